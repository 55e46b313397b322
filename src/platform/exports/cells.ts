// What goes into one cell of a download, and the download's file name. Everything here is pure, so it is unit tested.

/** what a column's value function may return */
export type CellValue = string | number | boolean | Date | null | undefined | readonly (string | number)[];

/**
 * A text cell a spreadsheet would read as a formula (CSV or formula injection): it starts with = + - or @ (or their
 * full-width forms, which some versions of Excel also accept), with a tab or carriage return, or with any of
 * these after leading white space (Excel and LibreOffice skip spaces before a formula).
 */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
/** control characters that are not allowed in XML (so not in XLSX) and mean nothing in a spreadsheet */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** the most characters Excel keeps in one cell */
export const MAX_CELL_LENGTH = 32_767;

/** Makes a text cell safe to open in a spreadsheet: a formula-like start gets a leading apostrophe, so it is shown as typed. */
export function neutralise(text: string): string {
  const clean = text.replace(CONTROL, '');
  return FORMULA.test(clean) ? `'${clean}` : clean;
}

/** true when a spreadsheet could read this text as a formula (what neutralise guards against) */
export const looksLikeFormula = (text: string): boolean => FORMULA.test(text);

/**
 * One cell, ready to write: numbers stay numbers (so they sort and add up), everything else becomes neutralised
 * text. Dates are ISO 8601 in UTC (as the database holds them), lists are joined with "; ", true/false are Yes/No.
 */
export function cellOf(value: CellValue): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value)) return neutralise(value.join('; '));
  return neutralise(String(value));
}

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A file name that is safe in a Content-Disposition header and on every operating system: lower-case letters,
 * digits and hyphens only (accents dropped, everything else a hyphen), never empty. The name (often a title) is cut
 * to 60 characters; the suffix (such as "responses") is kept whole.
 */
export function safeFileName(name: string, extension: 'csv' | 'xlsx', suffix = ''): string {
  const base = slug(name).slice(0, 60).replace(/-+$/, '');
  return `${[base, slug(suffix).slice(0, 30)].filter(Boolean).join('-') || 'export'}.${extension}`;
}
