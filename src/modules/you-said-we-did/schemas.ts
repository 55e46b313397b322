// Form specs for "you said, we did" (GOV.UK/NHS error wording).
import { dateOnOrAfter, requiredIf, rule, type FormSpec } from '../../platform/forms/index.ts';
import { AUDIENCES, STATUSES, valuesOf } from './vocabulary.ts';

const whole = (min: number, max: number, message: string) => (v: string) => (/^\d{1,7}$/.test(v) && Number(v) >= min && Number(v) <= max ? undefined : message);

/** a web address people can follow: http or https only */
export function isWebAddress(v: string): boolean {
  if (!/^https?:\/\//i.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && Boolean(u.hostname);
  } catch {
    return false;
  }
}

export const itemForm = {
  youSaid: { kind: 'text', label: 'What people said', required: 'Enter what people said, in plain English', maxLength: 2000, multiline: true },
  youSaidEasyRead: { kind: 'text', label: 'Easy Read summary', required: 'Enter an Easy Read summary of what people said', maxLength: 1000, multiline: true },
  peopleCount: { kind: 'text', label: 'How many people said it', maxLength: 7, check: whole(0, 1_000_000, 'How many people said it must be a whole number, like 25') },
  audiences: { kind: 'choices', label: 'Who said it', options: valuesOf(AUDIENCES) },
  theme: { kind: 'text', label: 'Theme', maxLength: 200 },
  weDid: { kind: 'text', label: 'What we are doing', required: 'Enter what we are doing about it', maxLength: 3000, multiline: true },
  status: { kind: 'choice', label: 'Status', options: valuesOf(STATUSES), required: 'Select the status' },
  notDoingReason: {
    kind: 'text', label: 'Why we are not doing this', maxLength: 2000, multiline: true,
    rules: [requiredIf('status', 'not-doing', 'Enter why we are not doing this, in plain English')],
  },
  progress: {
    kind: 'text', label: 'Progress', required: 'Enter the progress, as a number from 0 to 100', maxLength: 3, check: whole(0, 100, 'Progress must be a whole number from 0 to 100'),
    rules: [rule(['status'], (v, form) => (form.values.status === 'done' && v !== '100' ? 'Progress must be 100 when the work is done' : undefined))],
  },
  owner: { kind: 'text', label: 'Who is doing it', required: 'Enter the team or role doing the work', maxLength: 150 },
  startsOn: { kind: 'date', label: 'Start date' },
  dueOn: { kind: 'date', label: 'Due date', rules: [dateOnOrAfter('startsOn', 'The due date must be the same as or after the start date')] },
  differenceMade: {
    kind: 'text', label: 'The difference it made', maxLength: 3000, multiline: true,
    rules: [rule(['status'], (v, form) => (v !== '' && form.values.status !== 'done' ? 'You can only add the difference it made once the work is done' : undefined))],
  },
} satisfies FormSpec;

export const updateForm = {
  onDate: { kind: 'date', label: 'Date of the update', required: 'Enter the date of the update' },
  body: { kind: 'text', label: 'Update', required: 'Enter the update, in plain English', maxLength: 3000, multiline: true },
  evidence: { kind: 'text', label: 'Link to evidence', maxLength: 500, check: (v) => (isWebAddress(v) ? undefined : 'Enter a link to the evidence that starts with https:// or http://') },
} satisfies FormSpec;
