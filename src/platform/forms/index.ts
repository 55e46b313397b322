// Parse a submitted form against a field spec: values to keep (exactly as typed) and NHS-style errors.
// Errors are written the GOV.UK/NHS way: an instruction for an empty field, a description for a constraint.
// A field can carry rules that read other fields ("end date on or after start date", "venue required unless
// online"); errors that need the database are added with `withErrors`. Either way the error list is built here, in
// the order of the spec, so no module writes one by hand. `renderForm` (render.ts) shows the page with status 400.
import { datePartsFrom, readDateParts, type DateParts } from './date-input.ts';
import { stripInvisible } from './text.ts';
import type { Rule } from './rules.ts';

export * from './date-input.ts';
export * from './rules.ts';
export * from './text.ts';
export * from './render.ts';
export * from './phone.ts';
export * from './on-behalf.ts';

interface Base {
  /** used in constraint messages, e.g. "Full name must be 100 characters or less" */
  label: string;
  /** checks that read other fields, run after every field has been read (the first message wins) */
  rules?: readonly Rule[];
}

export type FieldSpec =
  | (Base & {
      kind: 'text';
      required?: string;
      maxLength?: number;
      email?: boolean;
      /** extra check: return an error message or undefined */
      check?: (value: string) => string | undefined;
      /** a textarea: line breaks are kept, and invisible characters are kept unless `stripInvisible` is set */
      multiline?: boolean;
      /**
       * remove bidirectional controls and zero-width characters (see text.ts) before the value is checked and stored.
       * On by default for single-line text (names, titles, emails), off for multiline text.
       */
      stripInvisible?: boolean;
    })
  | (Base & { kind: 'choice'; options: readonly string[]; required?: string })
  | (Base & { kind: 'choices'; options: readonly string[]; required?: string; exclusive?: string })
  | (Base & { kind: 'password'; required?: string; minLength?: number; maxLength?: number })
  | (Base & {
      /** a file input: read by platform/uploads, listed here so its errors take their place in the error summary */
      kind: 'file';
    })
  | (Base & {
      /** an NHS date input: boxes named name[day], name[month], name[year]; label starts messages ("Start date must…") */
      kind: 'date';
      required?: string;
      /** earliest and latest year accepted (2000 to 2100 unless given) */
      years?: readonly [number, number];
    });

export type FormSpec = Record<string, FieldSpec>;

type ValueOf<F> = F extends { kind: 'choices' } ? string[] : F extends { kind: 'date' } ? DateParts : string;
export type FormValues<S extends FormSpec> = { [K in keyof S]: ValueOf<S[K]> };
type DateKeys<S extends FormSpec> = { [K in keyof S]: S[K] extends { kind: 'date' } ? K : never }[keyof S] & string;

export interface ErrorItem {
  text: string;
  href: string;
}

export interface FormResult<S extends FormSpec> {
  ok: boolean;
  values: FormValues<S>;
  errors: Partial<Record<keyof S & string, string>>;
  errorList: ErrorItem[];
  /** each date field as YYYY-MM-DD, when it was given and is a real date */
  dates: Partial<Record<DateKeys<S>, string>>;
}

// Control characters (except tab and newlines), unpaired surrogates and non-characters cannot be stored or shown safely.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

export const MAX_TEXT = 100_000;

function asStrings(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === 'string');
  return typeof raw === 'string' ? [raw] : [];
}

/** The first submitted value, NFC-normalised and trimmed; with `strip`, invisible characters removed first. */
export function cleanText(raw: unknown, strip = false): string {
  const [first = ''] = asStrings(raw);
  return (strip ? stripInvisible(first) : first).normalize('NFC').trim();
}

export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN.test(value);
}

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

const isEmpty = (v: string | string[] | DateParts) => (typeof v === 'string' ? v === '' : Array.isArray(v) ? v.length === 0 : !v.day && !v.month && !v.year);

/** Where an error summary link for a field goes: the input itself, or the first box of a date input that needs fixing. */
export function errorHref(spec: FormSpec, name: string, box: keyof DateParts = 'day'): string {
  return spec[name]?.kind === 'date' ? `#${name}-${box}` : `#${name}`;
}

/** The error summary list for `errors`: fields in the order of the spec, then any other names in the order given. */
export function errorListFor(spec: FormSpec, errors: Record<string, string | undefined>, boxes: Record<string, keyof DateParts> = {}): ErrorItem[] {
  const names = [...Object.keys(spec).filter((k) => errors[k]), ...Object.keys(errors).filter((k) => errors[k] && !(k in spec))];
  return names.map((k) => ({ text: errors[k]!, href: errorHref(spec, k, boxes[k]) }));
}

export function validateForm<S extends FormSpec>(body: unknown, spec: S): FormResult<S> {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const values: Record<string, string | string[] | DateParts> = {};
  const errors: Record<string, string> = {};
  const dates: Record<string, string> = {};
  const boxes: Record<string, keyof DateParts> = {};

  for (const [name, field] of Object.entries(spec)) {
    const raw = input[name];
    if (field.kind === 'file') {
      values[name] = '';
      continue;
    }
    if (field.kind === 'date') {
      const d = readDateParts(datePartsFrom(input, name), field.label, { required: field.required, years: field.years });
      values[name] = d.parts;
      if (d.iso) dates[name] = d.iso;
      if (d.error) {
        errors[name] = d.error;
        if (d.box) boxes[name] = d.box;
      }
      continue;
    }
    if (field.kind === 'choices') {
      const picked = [...new Set(asStrings(raw))];
      values[name] = picked.filter((v) => field.options.includes(v));
      if (picked.some((v) => !field.options.includes(v))) errors[name] = field.required ?? `Select from the list for ${field.label.toLowerCase()}`;
      else if (picked.length === 0 && field.required) errors[name] = field.required;
      else if (field.exclusive && picked.includes(field.exclusive) && picked.length > 1)
        errors[name] = `Select "${field.exclusive}" on its own, or untick it`;
      continue;
    }
    const strip = field.kind === 'text' && (field.stripInvisible ?? !field.multiline);
    const text = field.kind === 'password' ? (asStrings(raw)[0] ?? '') : cleanText(raw, strip);
    values[name] = text;
    if (Array.isArray(raw) && raw.length > 1 && field.kind !== 'password') {
      errors[name] = field.required ?? `Enter ${field.label.toLowerCase()} once`;
      continue;
    }
    if (text === '') {
      if (field.required) errors[name] = field.required;
      continue;
    }
    if (hasHiddenCharacters(text)) {
      errors[name] = `${field.label} must not include hidden or control characters`;
      continue;
    }
    if (field.kind === 'choice') {
      if (!field.options.includes(text)) errors[name] = field.required ?? `Select ${field.label.toLowerCase()}`;
      continue;
    }
    const max = field.maxLength ?? (field.kind === 'password' ? 256 : MAX_TEXT);
    if (text.length > max) {
      errors[name] = `${field.label} must be ${max.toLocaleString('en-GB')} characters or less`;
      continue;
    }
    if (field.kind === 'password') {
      if (field.minLength && text.length < field.minLength) errors[name] = `${field.label} must be ${field.minLength} characters or more`;
      continue;
    }
    if (field.email && !isEmail(text)) {
      errors[name] = 'Enter an email address in the correct format, like name@example.com';
      continue;
    }
    const extra = field.check?.(text);
    if (extra) errors[name] = extra;
  }

  // rules between fields: a field's rules run when it has no error of its own and the fields they read have none
  for (const [name, field] of Object.entries(spec)) {
    if (errors[name] || !field.rules) continue;
    for (const rule of field.rules) {
      if (rule.uses?.some((other) => errors[other])) continue;
      const message = rule.test(values[name]!, { name, values, dates, errors }, isEmpty(values[name]!));
      if (message) {
        errors[name] = message;
        break;
      }
    }
  }

  const errorList = errorListFor(spec, errors, boxes);
  return { ok: errorList.length === 0, values: values as FormValues<S>, errors: errors as FormResult<S>['errors'], errorList, dates: dates as FormResult<S>['dates'] };
}

/**
 * The same result with more errors, for checks that need the database or another lookup ("this name is taken").
 * The error list is rebuilt in the order of the spec; `values` can replace what is shown (e.g. to clear a password).
 */
export function withErrors<S extends FormSpec>(spec: S, form: Omit<FormResult<S>, 'errorList' | 'ok'> & Partial<Pick<FormResult<S>, 'errorList' | 'ok'>>, more: Record<string, string | undefined>, values?: Partial<FormValues<S>>): FormResult<S> {
  const errors = { ...form.errors } as Record<string, string>;
  for (const [k, text] of Object.entries(more)) if (text) errors[k] = text;
  const previous = new Map((form.errorList ?? []).map((e) => [e.text, e.href]));
  const errorList = errorListFor(spec, errors).map((e) => ({ ...e, href: previous.get(e.text) ?? e.href }));
  return { ...form, values: { ...form.values, ...values }, errors: errors as FormResult<S>['errors'], errorList, ok: errorList.length === 0 };
}

/** Blank values for a form's first display. */
export function emptyValues<S extends FormSpec>(spec: S): FormValues<S> {
  const out: Record<string, string | string[] | DateParts> = {};
  for (const [name, field] of Object.entries(spec)) out[name] = field.kind === 'choices' ? [] : field.kind === 'date' ? { day: '', month: '', year: '' } : '';
  return out as FormValues<S>;
}
