// Reads an NHS date input (three boxes: day, month, year) into an ISO date, with GOV.UK/NHS error wording.
// Forms use it through a `kind: 'date'` field (see index.ts); `readDate` is here for pages that read one on its own.
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateReading {
  parts: DateParts;
  /** YYYY-MM-DD when valid */
  iso?: string;
  error?: string;
  /** the box the error link should move to: the first missing one, otherwise the day */
  box?: keyof DateParts;
}

export interface DateOptions {
  /** the message when all three boxes are empty; no message means the date is optional */
  required?: string;
  /** earliest and latest year accepted (2000 to 2100 unless given) */
  years?: readonly [number, number];
}

const one = (raw: unknown): string => (typeof raw === 'string' ? raw.trim().slice(0, 10) : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0].trim().slice(0, 10) : '');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The boxes of the date input called `name`: the NHS date input names them name[day], name[month], name[year]. */
export function datePartsFrom(body: Record<string, unknown>, name: string): DateParts {
  return { day: one(body[`${name}[day]`]), month: one(body[`${name}[month]`]), year: one(body[`${name}[year]`]) };
}

/** `label` starts the constraint messages, e.g. "Start date" → "Start date must be a real date". */
export function readDateParts(parts: DateParts, label: string, options: DateOptions = {}): DateReading {
  const name = capital(label);
  if (!parts.day && !parts.month && !parts.year) return options.required ? { parts, error: options.required, box: 'day' } : { parts };
  const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k]);
  if (missing.length) return { parts, error: `${name} must include a ${missing.join(' and ')}`, box: missing[0] };
  if (![parts.day, parts.month, parts.year].every((p) => /^\d+$/.test(p)) || parts.year.length !== 4) return { parts, error: `${name} must be a real date`, box: 'day' };
  const [d, m, y] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const [first, last] = options.years ?? [2000, 2100];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < first || y > last || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { parts, error: `${name} must be a real date`, box: 'day' };
  return { parts, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/**
 * Reads the date input `prefix` from a form body. `label` is used in messages, e.g. "start date" → "Enter the start
 * date", "Start date must be a real date".
 */
export function readDate(body: Record<string, unknown>, prefix: string, label: string, required: boolean): DateReading {
  return readDateParts(datePartsFrom(body, prefix), label, { required: required ? `Enter the ${label}` : undefined });
}

/** The three boxes for a stored date (a Date or YYYY-MM-DD), or empty boxes. */
export function partsOf(value: Date | string | null | undefined): DateParts {
  if (!value) return { day: '', month: '', year: '' };
  const d = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  const iso = new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString();
  return { day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) };
}
