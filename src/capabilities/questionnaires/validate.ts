// Reading one page of answers: keep exactly what was typed, and say what is wrong in GOV.UK/NHS words.
// Validation happens only when someone tries to move on (Continue), never while they type.
import { cleanText, hasHiddenCharacters, type ErrorItem } from '../../platform/forms/index.ts';
import { DONT_KNOW, OTHER, pick, type Answers, type Definition, type Option, type Question, type Section, type Variant } from './types.ts';
import { DONT_KNOW_LABEL } from './scales.ts';

export const DEFAULT_MAX_LENGTH = { 'short-text': 200, 'long-text': 5000 } as const;
export const OTHER_MAX_LENGTH = 500;

export interface PageResult {
  ok: boolean;
  /** the page's answers, as typed (also kept when there are errors) */
  answers: Answers;
  errors: Record<string, string>;
  errorList: ErrorItem[];
}

/** "How easy was it to get help?" → "how easy was it to get help" when no subject was written */
export function subjectOf(q: Question): string {
  if (q.subject) return q.subject;
  const s = q.label.standard.trim().replace(/[?.:!]+$/, '');
  return s.charAt(0).toLowerCase() + s.slice(1);
}
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** every option a person can pick for a choice, rating, matrix or ranking question, in order */
export function choicesOf(q: Question): Option[] {
  const list = [...(q.options ?? [])];
  if (q.other && (q.type === 'single-choice' || q.type === 'multiple-choice')) list.push({ value: OTHER, label: q.otherLabel ?? { standard: 'Other', easyRead: 'Something else' } });
  if (q.dontKnow && (q.type === 'rating' || q.type === 'matrix')) list.push({ value: DONT_KNOW, label: DONT_KNOW_LABEL });
  // "None of these" always goes last
  return [...list.filter((o) => !o.exclusive), ...list.filter((o) => o.exclusive)];
}

export function conditionMet(q: Question, answers: Answers): boolean {
  if (!q.showIf) return true;
  const given = answers[q.showIf.question];
  const values = Array.isArray(given) ? given : given ? [given] : [];
  return values.some((v) => q.showIf!.anyOf.includes(v));
}

export function visibleQuestions(section: Section, answers: Answers): Question[] {
  return section.questions.filter((q) => conditionMet(q, answers));
}

/** the pages a person sees, given what they have answered so far (a page whose questions are all hidden is skipped) */
export function visibleSections(def: Definition, answers: Answers): Section[] {
  return def.sections.filter((s) => visibleQuestions(s, answers).length > 0);
}

export function allQuestions(def: Definition): Question[] {
  return def.sections.flatMap((s) => s.questions);
}

/** the answer fields that belong to a question */
export function fieldsOf(q: Question): string[] {
  switch (q.type) {
    case 'matrix':
      return (q.statements ?? []).map((s) => `${q.id}.${s.value}`);
    case 'date':
      return [`${q.id}.day`, `${q.id}.month`, `${q.id}.year`, q.id];
    case 'single-choice':
    case 'multiple-choice':
      return q.other ? [q.id, `${q.id}.other`] : [q.id];
    default:
      return [q.id];
  }
}

/** drops answers to questions that are now hidden (e.g. after changing an earlier answer) */
export function pruneHidden(def: Definition, answers: Answers): Answers {
  const out: Answers = { ...answers };
  // repeat until stable: hiding one question can hide another that depends on it
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of allQuestions(def)) {
      if (conditionMet(q, out)) continue;
      for (const f of fieldsOf(q)) if (f in out) { delete out[f]; changed = true; }
    }
  }
  return out;
}

const strings = (raw: unknown): string[] => (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).filter((v): v is string => typeof v === 'string');

/**
 * What the error messages say. Standard: the GOV.UK/NHS pattern, naming the question's subject. Easy Read: short
 * everyday words that make sense beside the question on its own ("Choose an answer", "Write your answer").
 */
interface Messages {
  enter(subject: string): string;
  once(subject: string): string;
  hidden(subject: string): string;
  tooLong(subject: string, max: number): string;
  number(subject: string): string;
  between(subject: string, min: number, max: number): string;
  atLeast(subject: string, min: number): string;
  atMost(subject: string, max: number): string;
  select(subject: string, none?: string): string;
  noneAlone(none: string): string;
  matrix(subject: string, statement: string): string;
  order(subject: string): string;
  otherOnce: string;
  otherEnter: string;
  otherHidden: string;
  otherTooLong(max: number): string;
  dateMissing(subject: string, parts: string[]): string;
  dateYear: string;
  dateReal(subject: string): string;
  dateRange(subject: string): string;
}

const STANDARD: Messages = {
  enter: (s) => `Enter ${s}`,
  once: (s) => `Enter ${s} once`,
  hidden: (s) => `${capital(s)} must not include hidden or control characters`,
  tooLong: (s, max) => `${capital(s)} must be ${max.toLocaleString('en-GB')} characters or less`,
  number: (s) => `${capital(s)} must be a number`,
  between: (s, min, max) => `${capital(s)} must be between ${min} and ${max}`,
  atLeast: (s, min) => `${capital(s)} must be ${min} or more`,
  atMost: (s, max) => `${capital(s)} must be ${max} or less`,
  select: (s, none) => `Select ${s}${none ? `, or select '${none}'` : ''}`,
  noneAlone: (none) => `Select '${none}' on its own, or untick it`,
  matrix: (s, statement) => `Select ${s}: '${statement}'`,
  order: (s) => `Put the options in order for ${s}`,
  otherOnce: 'Enter your other answer once',
  otherEnter: 'Enter your other answer',
  otherHidden: 'Your other answer must not include hidden or control characters',
  otherTooLong: (max) => `Your other answer must be ${max} characters or less`,
  dateMissing: (s, parts) => `${capital(s)} must include a ${parts.join(' and ')}`,
  dateYear: 'Year must include 4 numbers',
  dateReal: (s) => `${capital(s)} must be a real date`,
  dateRange: (s) => `${capital(s)} must be between 1900 and 2100`,
};

const EASY_READ: Messages = {
  enter: () => 'Please write your answer',
  once: () => 'Please write your answer once',
  hidden: () => 'Your answer has a sign we cannot use. Please take it out',
  tooLong: (_s, max) => `Your answer is too long. Please use ${max.toLocaleString('en-GB')} letters or less`,
  number: () => 'Please write a number, like 3',
  between: (_s, min, max) => `Please write a number from ${min} to ${max}`,
  atLeast: (_s, min) => `Please write a number. It must be ${min} or more`,
  atMost: (_s, max) => `Please write a number. It must be ${max} or less`,
  select: (_s, none) => (none ? `Please choose an answer. Or choose '${none}'` : 'Please choose an answer'),
  noneAlone: (none) => `You chose '${none}' and another answer. Please choose only '${none}', or take it away`,
  matrix: (_s, statement) => `Please choose an answer for '${statement}'`,
  order: () => 'Please put the answers in order',
  otherOnce: 'Please write your other answer once',
  otherEnter: 'Please tell us what',
  otherHidden: 'Your answer has a sign we cannot use. Please take it out',
  otherTooLong: (max) => `Your answer is too long. Please use ${max} letters or less`,
  dateMissing: () => 'Please write the day, the month and the year',
  dateYear: 'Please write the year with 4 numbers, like 2025',
  dateReal: () => 'Please write a real date, like 27 3 2025',
  dateRange: () => 'Please write a year from 1900 to 2100',
};

/**
 * Reads and checks the visible questions of one page. `earlier` is everything answered so far (for conditions).
 * Error messages are in the words of the rendering the person sees.
 */
export function readPage(section: Section, body: unknown, earlier: Answers, variant: Variant = 'standard'): PageResult {
  const m = variant === 'easy-read' ? EASY_READ : STANDARD;
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  const hrefs: Record<string, string> = {};
  for (const q of visibleQuestions(section, earlier)) {
    const problem = readQuestion(q, input, answers, m, variant);
    if (problem) {
      errors[problem.field] = problem.message;
      hrefs[problem.field] = problem.href;
    }
  }
  const errorList = Object.entries(errors).map(([field, t]) => ({ text: t, href: `#${hrefs[field]}` }));
  return { ok: errorList.length === 0, answers, errors, errorList };
}

interface Problem {
  field: string;
  href: string;
  message: string;
}

function readQuestion(q: Question, input: Record<string, unknown>, out: Answers, m: Messages, variant: Variant): Problem | undefined {
  const subject = subjectOf(q);
  const fail = (message: string, field = q.id, href = q.id): Problem => ({ field, href, message });
  const oneText = (name: string): { value: string; repeated: boolean } => {
    const all = strings(input[name]);
    return { value: cleanText(all), repeated: all.length > 1 };
  };

  switch (q.type) {
    case 'short-text':
    case 'long-text': {
      const { value, repeated } = oneText(q.id);
      out[q.id] = value;
      const max = q.maxLength ?? DEFAULT_MAX_LENGTH[q.type];
      if (repeated) return fail(m.once(subject));
      if (value === '') return q.required ? fail(m.enter(subject)) : undefined;
      if (hasHiddenCharacters(value)) return fail(m.hidden(subject));
      if ([...value].length > max) return fail(m.tooLong(subject, max));
      return undefined;
    }
    case 'number': {
      const { value, repeated } = oneText(q.id);
      out[q.id] = value;
      if (repeated) return fail(m.once(subject));
      if (value === '') return q.required ? fail(m.enter(subject)) : undefined;
      const plain = value.replace(/,/g, '');
      if (!/^-?\d+(\.\d+)?$/.test(plain)) return fail(m.number(subject));
      const n = Number(plain);
      if (q.min !== undefined && q.max !== undefined && (n < q.min || n > q.max)) return fail(m.between(subject, q.min, q.max));
      if (q.min !== undefined && n < q.min) return fail(m.atLeast(subject, q.min));
      if (q.max !== undefined && n > q.max) return fail(m.atMost(subject, q.max));
      out[q.id] = String(n);
      return undefined;
    }
    case 'date':
      return readDate(q, subject, input, out, m);
    case 'single-choice':
    case 'rating': {
      const all = strings(input[q.id]);
      const allowed = choicesOf(q).map((o) => o.value);
      const value = all.length === 1 && allowed.includes(all[0]!) ? all[0]! : '';
      out[q.id] = value;
      const problem = all.length > 1 || (all.length === 1 && value === '') ? fail(m.select(subject)) : value === '' && q.required ? fail(m.select(subject)) : undefined;
      return problem ?? readOther(q, [value], input, out, m);
    }
    case 'multiple-choice': {
      const choices = choicesOf(q);
      const allowed = choices.map((o) => o.value);
      const picked = [...new Set(strings(input[q.id]))];
      const kept = picked.filter((v) => allowed.includes(v));
      out[q.id] = kept;
      const none = choices.find((o) => o.exclusive);
      const noneText = none ? pick(none.label, variant) : undefined;
      if (kept.length !== picked.length) return fail(m.select(subject, noneText));
      if (kept.length === 0) return q.required ? fail(m.select(subject, noneText)) : undefined;
      if (none && kept.includes(none.value) && kept.length > 1) return fail(m.noneAlone(noneText!));
      return readOther(q, kept, input, out, m);
    }
    case 'matrix': {
      const allowed = choicesOf(q).map((o) => o.value);
      let first: Problem | undefined;
      for (const s of q.statements ?? []) {
        const name = `${q.id}.${s.value}`;
        const all = strings(input[name]);
        const value = all.length === 1 && allowed.includes(all[0]!) ? all[0]! : '';
        out[name] = value;
        const bad = all.length > 0 && value === '';
        if (!first && (bad || (value === '' && q.required))) first = fail(m.matrix(subject, pick(s.label, variant)), q.id, `${q.id}-${s.value}`);
      }
      return first;
    }
    case 'ranking': {
      const allowed = (q.options ?? []).map((o) => o.value);
      const order = strings(input[q.id]);
      const isPermutation = order.length === allowed.length && new Set(order).size === order.length && order.every((v) => allowed.includes(v));
      out[q.id] = isPermutation ? order : allowed;
      if (!isPermutation) return fail(m.order(subject), q.id, `${q.id}-list`);
      return undefined;
    }
  }
}

function readOther(q: Question, picked: string[], input: Record<string, unknown>, out: Answers, m: Messages): Problem | undefined {
  if (!q.other) return undefined;
  const field = `${q.id}.other`;
  const all = strings(input[field]);
  const value = picked.includes(OTHER) ? cleanText(all) : '';
  out[field] = value;
  if (!picked.includes(OTHER)) return undefined;
  const href = `${q.id}-other`;
  if (all.length > 1) return { field, href, message: m.otherOnce };
  if (value === '') return q.otherOptional ? undefined : { field, href, message: m.otherEnter };
  if (hasHiddenCharacters(value)) return { field, href, message: m.otherHidden };
  if ([...value].length > OTHER_MAX_LENGTH) return { field, href, message: m.otherTooLong(OTHER_MAX_LENGTH) };
  return undefined;
}

function readDate(q: Question, subject: string, input: Record<string, unknown>, out: Answers, say: Messages): Problem | undefined {
  const parts = (['day', 'month', 'year'] as const).map((p) => {
    const all = strings(input[`${q.id}.${p}`]);
    const v = cleanText(all);
    out[`${q.id}.${p}`] = v;
    return { p, v, repeated: all.length > 1 };
  });
  out[q.id] = '';
  const fail = (message: string, part: 'day' | 'month' | 'year' = 'day'): Problem => ({ field: q.id, href: `${q.id}.${part}`.replace('.', '-'), message });
  if (parts.some((x) => x.repeated)) return fail(say.once(subject));
  const missing = parts.filter((x) => x.v === '');
  if (missing.length === 3) return q.required ? fail(say.enter(subject)) : undefined;
  if (missing.length > 0) {
    const names = missing.map((x) => x.p);
    return fail(say.dateMissing(subject, names), missing[0]!.p);
  }
  const [d, m, y] = parts.map((x) => x.v);
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const monthNumber = /^\d{1,2}$/.test(m!) ? Number(m) : months.indexOf(m!.slice(0, 3).toLowerCase()) + 1;
  if (!/^\d{1,2}$/.test(d!) || monthNumber < 1 || !/^\d{4}$/.test(y!)) {
    if (!/^\d{4}$/.test(y!)) return fail(say.dateYear, 'year');
    return fail(say.dateReal(subject));
  }
  const date = new Date(Date.UTC(Number(y), monthNumber - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== Number(d)) return fail(say.dateReal(subject));
  if (Number(y) < 1900 || Number(y) > 2100) return fail(say.dateRange(subject), 'year');
  out[q.id] = date.toISOString().slice(0, 10);
  return undefined;
}

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** answers safe to store as a draft (control characters and broken surrogates removed; jsonb cannot hold NUL) */
export function storable(answers: Answers): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries(answers)) out[k] = Array.isArray(v) ? v.map((x) => x.replace(UNSTORABLE, '')) : v.replace(UNSTORABLE, '');
  return out;
}

/** Moves one ranking option up or down (the no-JavaScript, no-drag way to reorder: WCAG 2.5.7). */
export function moveRanked(order: string[], value: string, direction: 'up' | 'down'): string[] {
  const i = order.indexOf(value);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= order.length) return order;
  const next = [...order];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** A readable answer for check-your-answers pages, results and exports. */
export function describeAnswer(q: Question, answers: Answers, variant: 'standard' | 'easy-read' = 'standard'): string {
  const label = (v: string) => {
    const o = choicesOf(q).find((c) => c.value === v);
    if (!o) return v;
    return v === OTHER && answers[`${q.id}.other`] ? `${pick(o.label, variant)}: ${answers[`${q.id}.other`] as string}` : pick(o.label, variant);
  };
  const a = answers[q.id];
  switch (q.type) {
    case 'matrix':
      return (q.statements ?? []).map((s) => `${pick(s.label, variant)}: ${label(String(answers[`${q.id}.${s.value}`] ?? '')) || 'Not answered'}`).join('; ');
    case 'multiple-choice':
      return Array.isArray(a) ? a.map(label).join('; ') : '';
    case 'ranking':
      return Array.isArray(a) ? a.map((v, i) => `${i + 1}. ${label(v)}`).join('; ') : '';
    case 'single-choice':
    case 'rating':
      return typeof a === 'string' && a ? label(a) : '';
    default:
      return typeof a === 'string' ? a : '';
  }
}
