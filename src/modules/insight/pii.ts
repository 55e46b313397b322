// Personal data in quotes: before staff publish a quote, checkQuote looks for what could identify someone, and
// redact replaces it with a placeholder. The rules, kept simple on purpose (a person still reads every quote):
//
// - Names (kind 'name'), from the list given (staff and people with an account, see peopleNames in accounts):
//   whole words, any case, any spacing between the words. For each listed name we flag
//     · the full name as listed ("Femi Olu Adebayo"),
//     · the first name and the surname ("Femi Adebayo"),
//     · the first name and the surname's initial as a capital letter ("Femi A"; "femi a" and "Femi a lot" are not),
//     · a title and the surname ("Dr Adebayo", "Nurse Adebayo").
//   A first name alone is never flagged ("Femi was kind"), nor is a name of one word. Titles in the list
//   ("Dr Femi Adebayo") are ignored. Names with fewer than 3 letters are ignored, and so are the initial form when the
//   first name is shorter than 3 letters and the title form when the surname is.
// - Emails ('email'): something@domain.tld.
// - UK phone numbers ('phone'): 01, 02, 03 and 07 numbers with the usual groupings, spaces or hyphens or none,
//   written with 0, +44, 0044 or +44 (0), and area codes in brackets ("(0113) 496 0000"). Short numbers
//   ("111", "NHS 111", "999"), prices, times and years are not phone numbers.
// - UK postcodes ('postcode'): the official pattern (outward code, optional space, inward code), any case
//   ("LS1 4AP", "ls14ap"). Text not in capitals whose second part reads as an ordinal or a time ("a4 2nd",
//   "b4 2pm") is not flagged.
// - NHS numbers ('nhs-number'): 10 digits, together or as 3-3-4 with spaces or hyphens, whose last digit is the
//   right modulus 11 check digit. Ten digits with a wrong check digit are not an NHS number.
// - Dates of birth ('date-of-birth'): a date right after a birth word: "born", "date of birth", "DOB" / "D.O.B.",
//   "birth date", "birthday" (with "on", "is", "was", "the", ":" or "-" between). The date is a day, month and
//   year in numbers (03/03/1987, 3-3-87, 1987-03-03), or a day and month name with or without a year
//   ("3 March 1987", "3rd of March", "March 3, 1987"). A date with no birth word before it is not flagged, and
//   neither is a year alone ("born in 1987").
//
// Findings never overlap: when two overlap, the one that starts first is kept (the longer one when they start
// together), so "ls14ap@example.org" is one email, not an email and a postcode. Findings are in text order.

export type PiiKind = 'name' | 'email' | 'phone' | 'postcode' | 'nhs-number' | 'date-of-birth';

export interface PiiFinding {
  kind: PiiKind;
  /** the text found, exactly as written */
  text: string;
  /** where it starts in the text checked (UTF-16 index, as String.prototype.slice uses) */
  index: number;
  /** what to tell staff, in plain English */
  message: string;
}

export interface QuoteCheck {
  /** true when nothing was found */
  ok: boolean;
  findings: PiiFinding[];
}

/** What redact puts in place of each kind. */
export const PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  name: '[name]',
  email: '[email]',
  phone: '[phone number]',
  postcode: '[postcode]',
  'nhs-number': '[NHS number]',
  'date-of-birth': '[date of birth]',
};

const WHAT: Readonly<Record<PiiKind, string>> = {
  name: 'a name',
  email: 'an email address',
  phone: 'a phone number',
  postcode: 'a postcode',
  'nhs-number': 'an NHS number',
  'date-of-birth': 'a date of birth',
};

/** The message staff see for a kind of finding. */
export function messageFor(kind: PiiKind): string {
  return `It has ${WHAT[kind]}: take it out or replace it with ${PLACEHOLDERS[kind]}`;
}

export function checkQuote(text: string, opts: { names: readonly string[] }): QuoteCheck {
  const found: Omit<PiiFinding, 'message'>[] = [
    ...findNames(text, opts.names),
    ...findEmails(text),
    ...findPhones(text),
    ...findPostcodes(text),
    ...findNhsNumbers(text),
    ...findDatesOfBirth(text),
  ];
  const findings = withoutOverlaps(found).map((f) => ({ ...f, message: messageFor(f.kind) }));
  return { ok: findings.length === 0, findings };
}

/** The text with each finding replaced by its placeholder ("[email]" and so on). Overlapping findings are merged as checkQuote does. */
export function redact(text: string, findings: readonly Pick<PiiFinding, 'kind' | 'text' | 'index'>[]): string {
  let out = '';
  let at = 0;
  for (const f of withoutOverlaps(findings)) {
    out += text.slice(at, f.index) + PLACEHOLDERS[f.kind];
    at = f.index + f.text.length;
  }
  return out + text.slice(at);
}

function withoutOverlaps<F extends Pick<PiiFinding, 'text' | 'index'>>(findings: readonly F[]): F[] {
  const sorted = [...findings].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: F[] = [];
  let end = 0;
  for (const f of sorted) {
    if (f.text.length === 0 || f.index < end) continue;
    kept.push(f);
    end = f.index + f.text.length;
  }
  return kept;
}

type Found = Omit<PiiFinding, 'message'>;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}

// a letter or digit, so that matches are whole words
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

// ---- names ----

const TITLES = ['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'nurse', 'sister', 'matron'];
const TITLE = new RegExp(`^(?:${TITLES.join('|')})\\.?$`, 'i');

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
const words = (parts: readonly string[]) => parts.map(escape).join('\\s+');

const nameRegexes = new WeakMap<readonly string[], RegExp | null>();

function nameRegex(names: readonly string[]): RegExp | null {
  const cached = nameRegexes.get(names);
  if (cached !== undefined) return cached;
  const forms = new Set<string>();
  for (const name of names) {
    const parts = name.trim().split(/\s+/).filter((p) => p !== '');
    while (parts.length > 0 && TITLE.test(parts[0]!)) parts.shift();
    if (parts.length < 2 || letters(parts.join('')) < 3) continue;
    const first = parts[0]!;
    const surname = parts[parts.length - 1]!;
    forms.add(words(parts));
    forms.add(words([first, surname]));
    const initial = surname.match(/\p{L}/u)?.[0];
    if (initial && letters(first) >= 3) forms.add(`${escape(first)}\\s+${escape(initial)}`);
    if (letters(surname) >= 3) forms.add(`(?:${TITLES.join('|')})\\.?\\s+${escape(surname)}`);
  }
  // the longest form first, so "Femi Adebayo" is found whole rather than as "Femi A"
  const re = forms.size === 0 ? null : new RegExp(`${NOT_AFTER_WORD}(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})${NOT_BEFORE_WORD}`, 'giu');
  nameRegexes.set(names, re);
  return re;
}

function findNames(text: string, names: readonly string[]): Found[] {
  const re = nameRegex(names);
  if (!re) return [];
  const out: Found[] = [];
  for (const m of matches(re, text)) {
    const last = m[0].split(/\s+/).pop()!;
    // the initial form only with a capital letter: "Femi A", not "thank Femi a lot"
    if (last.length === 1 && last === last.toLowerCase() && last !== last.toUpperCase()) continue;
    out.push({ kind: 'name', text: m[0], index: m.index });
  }
  return out;
}

// ---- emails ----

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

function findEmails(text: string): Found[] {
  return [...matches(EMAIL, text)].map((m) => ({ kind: 'email' as const, text: m[0], index: m.index }));
}

// ---- phone numbers ----

const SEP = '[\\s-]?';
// after the leading 0: an area or mobile code, then the rest, in the groupings people write
const NATIONAL = [
  `7\\d{3}\\)?${SEP}\\d{3}${SEP}\\d{3}`, // 07700 900 123, 07700 900123
  `2\\d\\)?${SEP}\\d{4}${SEP}\\d{4}`, // 020 7946 0000
  `1\\d{2}\\)?${SEP}\\d{3}${SEP}\\d{4}`, // 0113 496 0000, 0161 496 0000, 0121 496 0000
  `1\\d{3}\\)?${SEP}\\d{3}${SEP}\\d{2,3}`, // 01632 960000, 01632 960 000, 01632 96000
  `3\\d{2}\\)?${SEP}\\d{3}${SEP}\\d{4}`, // 0300 123 4567
];
const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}+£$€.,:/])(?:(?:\\+|00)44${SEP}(?:\\(0\\)${SEP})?|\\(?0)(?:${NATIONAL.join('|')})(?![\\p{N}]|[.,:/]\\p{N})`,
  'gu',
);

function findPhones(text: string): Found[] {
  return [...matches(PHONE, text)].map((m) => ({ kind: 'phone' as const, text: m[0], index: m.index }));
}

// ---- postcodes ----

// the official pattern for UK postcodes, with the space optional, plus GIR 0AA
const POSTCODE = new RegExp(
  `${NOT_AFTER_WORD}(?:GIR\\s?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW])\\s?[0-9][ABD-HJLNP-UW-Z]{2})${NOT_BEFORE_WORD}`,
  'giu',
);
// "a4 2nd", "b4 2pm": ordinals and times, not postcodes, unless written in capitals
const LOOKS_LIKE_WORDS = /(?:1st|2nd|3rd|[04-9]th|\d[ap]m)$/;

function findPostcodes(text: string): Found[] {
  const out: Found[] = [];
  for (const m of matches(POSTCODE, text)) {
    if (m[0] !== m[0].toUpperCase() && LOOKS_LIKE_WORDS.test(m[0].toLowerCase()) && /\s/.test(m[0])) continue;
    out.push({ kind: 'postcode', text: m[0], index: m.index });
  }
  return out;
}

// ---- NHS numbers ----

const NHS_NUMBER = /(?<![\p{L}\p{N}.,£$€])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}]|[.,]\p{N})/gu;

/** Whether ten digits are a valid NHS number: the last is the modulus 11 check digit of the first nine. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function findNhsNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of matches(NHS_NUMBER, text)) {
    if (isValidNhsNumber(m[1]! + m[3]! + m[4]!)) out.push({ kind: 'nhs-number', text: m[0], index: m.index });
  }
  return out;
}

// ---- dates of birth ----

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';
const DATE = [
  `${DAY}[/.-]${MONTH_NUMBER}[/.-](?:\\d{4}|\\d{2})`, // 03/03/1987, 3.3.87
  `(?:19|20)\\d{2}-${MONTH_NUMBER}-${DAY}`, // 1987-03-03
  `${DAY}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+\\d{4})?`, // 3 March 1987, 3rd of March
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`, // March 3, 1987
].join('|');
const BIRTH = '(?:born|date\\s+of\\s+birth|d\\.?o\\.?b\\.?|birth\\s*date|birthday)';
const DATE_OF_BIRTH = new RegExp(
  `${NOT_AFTER_WORD}${BIRTH}(?:\\s*[:-]\\s*|\\s+)(?:(?:on|is|was|the)(?:\\s*:\\s*|\\s+))*(${DATE})(?![\\p{L}\\p{N}]|[/.-]\\p{N})`,
  'giud',
);

function findDatesOfBirth(text: string): Found[] {
  const out: Found[] = [];
  for (const m of matches(DATE_OF_BIRTH, text)) {
    const [start] = m.indices![1]!;
    out.push({ kind: 'date-of-birth', text: m[1]!, index: start });
  }
  return out;
}
