// Parse a submitted form against a field spec: values to keep (exactly as typed) and NHS-style errors.
// Errors are written the GOV.UK/NHS way: an instruction for an empty field, a description for a constraint.

export type FieldSpec =
  | {
      kind: 'text';
      /** used in constraint messages, e.g. "Full name must be 100 characters or less" */
      label: string;
      required?: string;
      maxLength?: number;
      email?: boolean;
      /** extra check: return an error message or undefined */
      check?: (value: string) => string | undefined;
    }
  | { kind: 'choice'; label: string; options: readonly string[]; required?: string }
  | { kind: 'choices'; label: string; options: readonly string[]; required?: string; exclusive?: string }
  | { kind: 'password'; label: string; required?: string; minLength?: number; maxLength?: number };

export type FormSpec = Record<string, FieldSpec>;

export type FormValues<S extends FormSpec> = {
  [K in keyof S]: S[K] extends { kind: 'choices' } ? string[] : string;
};

export interface ErrorItem {
  text: string;
  href: string;
}

export interface FormResult<S extends FormSpec> {
  ok: boolean;
  values: FormValues<S>;
  errors: Partial<Record<keyof S & string, string>>;
  errorList: ErrorItem[];
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

export function cleanText(raw: unknown): string {
  const [first = ''] = asStrings(raw);
  return first.normalize('NFC').trim();
}

export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN.test(value);
}

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

export function validateForm<S extends FormSpec>(body: unknown, spec: S): FormResult<S> {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const values: Record<string, string | string[]> = {};
  const errors: Record<string, string> = {};

  for (const [name, field] of Object.entries(spec)) {
    const raw = input[name];
    if (field.kind === 'choices') {
      const picked = [...new Set(asStrings(raw))];
      values[name] = picked.filter((v) => field.options.includes(v));
      if (picked.some((v) => !field.options.includes(v))) errors[name] = field.required ?? `Select from the list for ${field.label.toLowerCase()}`;
      else if (picked.length === 0 && field.required) errors[name] = field.required;
      else if (field.exclusive && picked.includes(field.exclusive) && picked.length > 1)
        errors[name] = `Select "${field.exclusive}" on its own, or untick it`;
      continue;
    }
    const text = field.kind === 'password' ? (asStrings(raw)[0] ?? '') : cleanText(raw);
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

  const errorList = Object.entries(errors).map(([name, text]) => ({ text, href: `#${name}` }));
  return { ok: errorList.length === 0, values: values as FormValues<S>, errors: errors as FormResult<S>['errors'], errorList };
}

/** Blank values for a form's first display. */
export function emptyValues<S extends FormSpec>(spec: S): FormValues<S> {
  const out: Record<string, string | string[]> = {};
  for (const [name, field] of Object.entries(spec)) out[name] = field.kind === 'choices' ? [] : '';
  return out as FormValues<S>;
}
