// The Easy Read checker for authors: long sentences (over 15 words, DH 2010 guidance), long words, a reading-age
// estimate (Flesch-Kincaid grade level + 5, via the flesch-kincaid and syllable packages), and missing texts.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Definition, Text } from './types.ts';

export const MAX_SENTENCE_WORDS = 15;
/** words of this many syllables or more are flagged as long words */
export const LONG_WORD_SYLLABLES = 4;
export const LONG_WORD_LETTERS = 12;

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
  const grade = words.length ? fleschKincaid({ sentence: Math.max(1, sentences.length), word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) }) : undefined;
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
