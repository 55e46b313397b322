// The shape of a questionnaire: sections (one page each) of questions, every text with an Easy Read text beside it.
// Surveys, event registration and consultations store a Definition and the answers against its question ids.

export const QUESTION_TYPES = ['short-text', 'long-text', 'single-choice', 'multiple-choice', 'rating', 'number', 'date', 'matrix', 'ranking'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const VARIANTS = ['standard', 'easy-read'] as const;
export type Variant = (typeof VARIANTS)[number];

/** a text in both renderings; easyRead may be '' while a draft is being written */
export interface Text {
  standard: string;
  easyRead: string;
}

/** a picture with its alt text: one from the starter set (by icon name) or one an author uploaded (by id) */
export type Picture = { icon: string; alt: string } | { upload: string; alt: string };

export interface Option {
  value: string;
  label: Text;
  /** "None of these": cannot be selected with other options (multiple choice) */
  exclusive?: boolean;
  /** shown beside the option in the Easy Read rendering */
  picture?: Picture;
}

export interface Condition {
  /** a question on an earlier page */
  question: string;
  /** shown when that answer is (or includes) any of these option values */
  anyOf: string[];
}

export interface Question {
  id: string;
  type: QuestionType;
  label: Text;
  hint?: Text;
  /** a short noun phrase used in error messages, e.g. "how easy it was to get help" */
  subject?: string;
  required: boolean;
  options?: Option[];
  /** adds "Other" with a "Please specify" box (single and multiple choice) */
  other?: boolean;
  /** the text of the "Other" option (default "Other") and of its box (default "Please specify") */
  otherLabel?: Text;
  otherPrompt?: Text;
  /** the "Other" box may be left empty */
  otherOptional?: boolean;
  /** rating and matrix: "Don't know" as the last point of the scale */
  dontKnow?: boolean;
  /** matrix rows */
  statements?: Option[];
  maxLength?: number;
  min?: number;
  max?: number;
  showIf?: Condition;
  picture?: Picture;
}

export interface Section {
  id: string;
  title: Text;
  intro?: Text;
  picture?: Picture;
  questions: Question[];
}

export interface Definition {
  sections: Section[];
}

/** answers by field name: a question id, "<id>.<statement>" for matrix rows, "<id>.other", "<id>.day|month|year" */
export type Answers = Record<string, string | string[]>;

export const OTHER = 'other';
export const DONT_KNOW = 'dont-know';

export const text = (standard: string, easyRead = ''): Text => ({ standard, easyRead });

export function pick(t: Text | undefined, variant: Variant): string {
  if (!t) return '';
  return variant === 'easy-read' && t.easyRead ? t.easyRead : t.standard;
}
