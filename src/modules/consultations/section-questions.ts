// Optional questions about a section, kept as a questionnaire (questionnaires capability) on the section's text in a
// version: "Do you agree with this section?" on a five-point scale, a yes/no question, or a question for words.
// People answer them in the comment journey; the questionnaire is locked when the version is published, and the next
// version gets its own copy the first time its questions change.
import type { Queryable } from '../../db/client.ts';
import type { FormSpec } from '../../platform/forms/index.ts';
import { SCALES, createQuestionnaire, getQuestionnaire, lockQuestionnaire, saveDefinition, text, type Definition, type Question, type Section } from '../../capabilities/questionnaires/index.ts';
import * as repo from './repository.ts';

export const QUESTION_KINDS = [
  { value: 'agreement', text: 'How much people agree (strongly agree to strongly disagree)' },
  { value: 'yes-no', text: 'Yes, no or not sure' },
  { value: 'words', text: 'An answer in their own words' },
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number]['value'];

/** at most this many questions about one section: the comment is the main thing */
export const MAX_SECTION_QUESTIONS = 5;

export const questionForm = {
  kind: { kind: 'choice', label: 'Type of question', options: QUESTION_KINDS.map((k) => k.value), required: 'Select the type of question' },
  label: { kind: 'text', label: 'Question', required: 'Enter the question', maxLength: 300 },
  easyReadLabel: { kind: 'text', label: 'Easy Read question', maxLength: 300 },
} satisfies FormSpec;

const YES_NO = [
  { value: 'yes', label: text('Yes', 'Yes') },
  { value: 'no', label: text('No', 'No') },
  { value: 'not-sure', label: text('Not sure', 'I am not sure') },
];

export function buildQuestion(id: string, kind: QuestionKind, label: string, easyReadLabel: string): Question {
  const base = { id, label: text(label, easyReadLabel), required: false };
  if (kind === 'agreement') return { ...base, type: 'rating', options: SCALES.agreement!.options };
  if (kind === 'yes-no') return { ...base, type: 'single-choice', options: YES_NO };
  return { ...base, type: 'long-text', maxLength: 2000 };
}

/** the questions of a section's text, as one questionnaire page, or undefined when it has none */
export async function questionsOf(db: Queryable, t: Pick<repo.SectionTextRow, 'questionnaire_id' | 'heading'>): Promise<Section | undefined> {
  if (!t.questionnaire_id) return undefined;
  const page = (await getQuestionnaire(db, t.questionnaire_id))?.definition.sections[0];
  return page && page.questions.length ? page : undefined;
}

const definitionWith = (heading: string, questions: Question[]): Definition => ({ sections: [{ id: 'section', title: text(`Questions about ${heading}`, `Questions about ${heading}`), questions }] });

/**
 * Changes the questions of a section's text in the version being written. A questionnaire locked by an earlier
 * version is never changed: this version gets a copy first.
 */
export async function changeQuestions(db: Queryable, t: repo.SectionTextRow, change: (questions: Question[]) => Question[]): Promise<void> {
  const current = t.questionnaire_id ? await getQuestionnaire(db, t.questionnaire_id) : undefined;
  const questions = change(current?.definition.sections[0]?.questions ?? []);
  const definition = definitionWith(t.heading, questions);
  if (current && !current.locked_at) {
    await saveDefinition(db, current.id, definition);
    return;
  }
  await repo.setQuestionnaire(db, t.version_id, t.section_id, questions.length ? await createQuestionnaire(db, definition) : null);
}

/** a new question id for this section */
export const nextQuestionId = (questions: Question[]): string => `q${Math.max(0, ...questions.map((q) => Number(q.id.slice(1)) || 0)) + 1}`;

/** locks the questions of every section of a version (when it is published) */
export async function lockQuestions(db: Queryable, versionId: string): Promise<void> {
  for (const t of await repo.sectionTexts(db, versionId)) if (t.questionnaire_id) await lockQuestionnaire(db, t.questionnaire_id);
}
