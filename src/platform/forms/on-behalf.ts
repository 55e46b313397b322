// The questions asked of someone who responds or comments on behalf of an organisation (a survey's organisation
// response, a comment on behalf of an organisation): the same fields and wording everywhere. The organisation id is
// checked by the owner against the organisations the person represents.
import { GATHERED_HOW, valuesOf } from '../vocabulary.ts';
import { requiredIf } from './rules.ts';
import type { FormSpec } from './index.ts';

/** a check for a whole number between min and max; commas are allowed ("1,000") */
export const wholeNumber = (label: string, min: number, max: number) => (v: string) => {
  const n = v.replace(/,/g, '');
  return /^\d+$/.test(n) && Number(n) >= min && Number(n) <= max ? undefined : `${label} must be a whole number between ${min} and ${max.toLocaleString('en-GB')}`;
};

/** the number a `wholeNumber` field gives */
export const wholeNumberOf = (value: string): number => Number(value.replace(/,/g, ''));

export const onBehalfForm = {
  organisation: { kind: 'text', label: 'Organisation', required: 'Select the organisation you are responding for', maxLength: 36 },
  gatheredHow: { kind: 'choice', label: 'How you gathered the views', options: valuesOf(GATHERED_HOW), required: 'Select how you gathered the views' },
  gatheredOther: { kind: 'text', label: 'How you gathered the views', maxLength: 300, rules: [requiredIf('gatheredHow', 'other', 'Enter how you gathered the views')] },
  representsCount: { kind: 'text', label: 'Number of people', required: 'Enter how many people this response represents', maxLength: 9, check: wholeNumber('Number of people', 1, 1_000_000) },
  representsWho: { kind: 'text', label: 'Who they are', required: 'Enter who the people are', maxLength: 1000, multiline: true },
  consent: { kind: 'choices', label: 'Consent', options: ['yes'], required: 'Confirm that the people agreed to you sharing their views' },
} satisfies FormSpec;
