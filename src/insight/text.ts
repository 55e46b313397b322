/** Tokenising for TF-IDF: lower-case, strip punctuation and digits (as upstream `remove_punc_and_nums`). */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

export interface TokenizerOptions {
  /** Porter-stem each token (default false). */
  stem?: boolean;
  /** Remove English stop words (default false). */
  stopWords?: boolean;
  /** Drop tokens shorter than this (default 2, like scikit-learn's default token pattern). */
  minLength?: number;
}

const STOP = new Set(eng.map((w) => w.replace(/['’]/g, '')));
const stemCache = new Map<string, string>();

/** Whether a token (as `tokenize` returns it, unstemmed) is an English stop word such as "the", "and" or "was". */
export function isStopWord(token: string): boolean {
  return STOP.has(token);
}

/** Porter stem of one token, as `tokenize` with `stem: true` gives it. */
export function stemCached(t: string): string {
  let s = stemCache.get(t);
  if (s === undefined) {
    s = stemmer(t);
    if (stemCache.size < 200_000) stemCache.set(t, s);
  }
  return s;
}

/** Split text into normalised word tokens. */
export function tokenize(text: string, opts: TokenizerOptions = {}): string[] {
  const minLength = opts.minLength ?? 2;
  let lower = text.toLowerCase();
  // Fold accents (café → cafe) only when there is something to fold: normalising every string is slow.
  if (/[\u0080-\uffff]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const cleaned = lower.replace(/['’‘`]/g, '').replace(/[^a-z]+/g, ' ');
  const out: string[] = [];
  for (const raw of cleaned.split(' ')) {
    if (raw.length < minLength) continue;
    if (opts.stopWords && STOP.has(raw)) continue;
    out.push(opts.stem ? stemCached(raw) : raw);
  }
  return out;
}

/** Word n-grams from min to max (inclusive), joined by a space. */
export function ngrams(tokens: readonly string[], min: number, max: number): string[] {
  const out: string[] = [];
  for (let n = min; n <= max; n++) {
    if (n === 1) {
      for (const t of tokens) out.push(t);
      continue;
    }
    if (n === 2) {
      for (let i = 0; i + 1 < tokens.length; i++) out.push(tokens[i] + ' ' + tokens[i + 1]);
      continue;
    }
    for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  }
  return out;
}

/** Normalise a question text into a feature token, e.g. "FFT Why?" → "__q:fft_why". */
export function questionToken(question: string | undefined): string | undefined {
  const q = (question ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return q ? `__q:${q}` : undefined;
}
