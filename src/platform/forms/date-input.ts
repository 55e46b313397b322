// Reads an NHS date input (three boxes: day, month, year) into an ISO date, with GOV.UK/NHS error wording.
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
}

const one = (raw: unknown): string => (typeof raw === 'string' ? raw.trim().slice(0, 10) : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0].trim().slice(0, 10) : '');

/** `label` is used in messages, e.g. "start date" → "Enter the start date", "Start date must be a real date". */
export function readDate(body: Record<string, unknown>, prefix: string, label: string, required: boolean): DateReading {
  // the NHS date input names its boxes prefix[day], prefix[month], prefix[year]
  const parts = { day: one(body[`${prefix}[day]`]), month: one(body[`${prefix}[month]`]), year: one(body[`${prefix}[year]`]) };
  if (!parts.day && !parts.month && !parts.year) return required ? { parts, error: `Enter the ${label}` } : { parts };
  const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k]);
  if (missing.length) return { parts, error: `${capital(label)} must include a ${missing.join(' and ')}` };
  if (![parts.day, parts.month, parts.year].every((p) => /^\d+$/.test(p)) || parts.year.length !== 4) return { parts, error: `${capital(label)} must be a real date` };
  const [d, m, y] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { parts, error: `${capital(label)} must be a real date` };
  return { parts, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export function partsOf(value: Date | string | null | undefined): DateParts {
  if (!value) return { day: '', month: '', year: '' };
  const d = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  const iso = new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString();
  return { day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
