// The Easy Read checker for authors: long sentences (over 15 words, DH 2010 guidance), long words, a reading-age
// estimate (Flesch-Kincaid grade level + 5, via the flesch-kincaid and syllable packages), and missing texts.
// Easy Read means a reading age of 9 or under: the NHS aims for 9 to 11 in all its writing (service manual, "How we
// write"), and Easy Read has to be easier than that. A text estimated above 9 is flagged.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Definition, Text } from './types.ts';

export const MAX_SENTENCE_WORDS = 15;
/** words of this many syllables or more are flagged as long words */
export const LONG_WORD_SYLLABLES = 4;
export const LONG_WORD_LETTERS = 12;
/** the highest reading age (in years) that counts as Easy Read */
export const EASY_READ_READING_AGE = 9;
/** the formula means little for a few words ("Anything else" comes out at 20), so shorter texts get no estimate */
export const READING_AGE_MIN_WORDS = 5;

export interface TextCheck {
  /** where the text is, e.g. "Question 3: option 2" */
  where: string;
  standard: string;
  easyRead: string;
  missing: boolean;
  longSentences: string[];
  longWords: string[];
  readingAge?: number;
}

const sentencesOf = (s: string) => s.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean);
const wordsOf = (s: string) => s.match(/[A-Za-z\u00C0-\u024F'’-]+/g) ?? [];

export function checkText(where: string, t: Text): TextCheck {
  const easyRead = t.easyRead.trim();
  const sentences = sentencesOf(easyRead);
  const words = wordsOf(easyRead);
  const longWords = [...new Set(words.filter((w) => syllable(w) >= LONG_WORD_SYLLABLES || w.length >= LONG_WORD_LETTERS))];
  const grade = words.length >= READING_AGE_MIN_WORDS ? fleschKincaid({ sentence: Math.max(1, sentences.length), word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) }) : undefined;
  return {
    where,
    standard: t.standard,
    easyRead,
    missing: t.standard.trim() !== '' && easyRead === '',
    longSentences: sentences.filter((s) => wordsOf(s).length > MAX_SENTENCE_WORDS),
    longWords,
    // US grade + 5 = reading age in years; never below 5
    readingAge: grade === undefined ? undefined : Math.max(5, Math.round(grade + 5)),
  };
}

/** the estimated reading age is above what counts as Easy Read */
export const readingAgeTooHigh = (c: Pick<TextCheck, 'readingAge'>): boolean => c.readingAge !== undefined && c.readingAge > EASY_READ_READING_AGE;

/** the text is missing or fails a check, so the author should look at it */
export const needsLook = (c: TextCheck): boolean => c.missing || c.longSentences.length > 0 || c.longWords.length > 0 || readingAgeTooHigh(c);

/** every text of a questionnaire with its Easy Read checks, in page order */
export function checkDefinition(def: Definition): TextCheck[] {
  const out: TextCheck[] = [];
  def.sections.forEach((s, si) => {
    const page = `Page ${si + 1}`;
    out.push(checkText(`${page}: title`, s.title));
    if (s.intro?.standard) out.push(checkText(`${page}: introduction`, s.intro));
    s.questions.forEach((q, qi) => {
      const where = `${page}, question ${qi + 1}`;
      out.push(checkText(where, q.label));
      if (q.hint?.standard) out.push(checkText(`${where}: hint`, q.hint));
      (q.options ?? []).forEach((o, oi) => out.push(checkText(`${where}: option ${oi + 1}`, o.label)));
      (q.statements ?? []).forEach((o, oi) => out.push(checkText(`${where}: statement ${oi + 1}`, o.label)));
    });
  });
  return out;
}

export function missingEasyRead(def: Definition): TextCheck[] {
  return checkDefinition(def).filter((c) => c.missing);
}
