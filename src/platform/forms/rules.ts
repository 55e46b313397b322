// Rules between fields, declared on a field in the form spec and run by validateForm after every field is read.
// A rule is skipped while a field it `uses` has an error (that error is the one to fix first), and a field's first
// failing rule gives its message. Write messages the GOV.UK/NHS way, e.g. "The end date must be on or after the
// start date".
import type { DateParts } from './date-input.ts';

export type FieldValue = string | string[] | DateParts;

export interface RuleInput {
  /** the field the rule is on */
  name: string;
  /** every field as read (text trimmed, choices filtered, date boxes as typed) */
  values: Readonly<Record<string, FieldValue>>;
  /** date fields that are real dates, as YYYY-MM-DD */
  dates: Readonly<Record<string, string>>;
  /** errors found so far */
  errors: Readonly<Record<string, string>>;
}

export interface Rule {
  /** the other fields this rule reads */
  uses?: readonly string[];
  /** the message for this field, or undefined when the rule is met */
  test: (value: FieldValue, form: RuleInput, empty: boolean) => string | undefined;
}

const text = (v: FieldValue | undefined): string => (typeof v === 'string' ? v : '');

/** The field must be answered when `when` says so, e.g. "Enter the name of the venue" unless the event is online. */
export function requiredWhen(when: (values: RuleInput['values']) => boolean, message: string, uses: readonly string[] = []): Rule {
  return { uses, test: (_v, form, empty) => (empty && when(form.values) ? message : undefined) };
}

/** The field must be answered when `other` has one of `answers`, e.g. "if 'yes', tell us more". */
export function requiredIf(other: string, answers: string | readonly string[], message: string): Rule {
  const list = typeof answers === 'string' ? [answers] : answers;
  return requiredWhen((values) => {
    const v = values[other];
    return Array.isArray(v) ? v.some((a) => list.includes(a)) : list.includes(text(v));
  }, message, [other]);
}

/** A date field on or after another date field (both given and real). */
export function dateOnOrAfter(other: string, message: string): Rule {
  return { uses: [other], test: (_v, form) => compare(form, other, (self, them) => self < them, message) };
}

/** A date field on or before another date field (both given and real). */
export function dateOnOrBefore(other: string, message: string): Rule {
  return { uses: [other], test: (_v, form) => compare(form, other, (self, them) => self > them, message) };
}

/**
 * A text field strictly later than another, compared after `read` turns each into something ordered (e.g. "2pm" →
 * "14:00"); skipped when either cannot be read.
 */
export function laterThan(other: string, message: string, read: (value: string) => string | number | undefined = (v) => v || undefined): Rule {
  return {
    uses: [other],
    test: (v, form) => {
      const [self, them] = [read(text(v)), read(text(form.values[other]))];
      return self !== undefined && them !== undefined && self <= them ? message : undefined;
    },
  };
}

/** Any other rule that reads `uses`: `test` returns the message or undefined. */
export function rule(uses: readonly string[], test: (value: FieldValue, form: RuleInput) => string | undefined): Rule {
  return { uses, test: (v, form) => test(v, form) };
}

function compare(form: RuleInput, other: string, wrong: (self: string, them: string) => boolean, message: string): string | undefined {
  const [self, them] = [form.dates[form.name], form.dates[other]];
  return self && them && wrong(self, them) ? message : undefined;
}
