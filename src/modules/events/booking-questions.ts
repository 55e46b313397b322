// An organiser's own questions for people booking an event, kept as a questionnaire (questionnaires capability):
// one question per page, with standard and Easy Read text. The answers are stored on the booking and shown in the
// bookings list and export.
import {
  createQuestionnaire, describeAnswer, getQuestionnaire, pick, saveDefinition, text, visibleSections, type Answers, type Definition, type Question, type Variant,
} from '../../capabilities/questionnaires/index.ts';
import type { Column } from '../../platform/exports/index.ts';
import type { FormSpec } from '../../platform/forms/index.ts';
import { validateForm } from '../../platform/forms/index.ts';
import type { Queryable } from '../../db/client.ts';
import { newToken } from '../../platform/security/tokens.ts';
import * as repo from './repository.ts';

export const QUESTION_KINDS = [
  { value: 'short-text', text: 'A short answer', hint: 'One line, like a name or a place' },
  { value: 'long-text', text: 'A longer answer', hint: 'A few sentences' },
  { value: 'single-choice', text: 'One choice from a list' },
  { value: 'multiple-choice', text: 'One or more choices from a list' },
] as const;

export const questionForm = {
  label: { kind: 'text', label: 'Question', required: 'Enter the question', maxLength: 300 },
  easyReadLabel: { kind: 'text', label: 'Easy Read question', maxLength: 300 },
  hint: { kind: 'text', label: 'Hint', maxLength: 300 },
  type: { kind: 'choice', label: 'Type of answer', options: QUESTION_KINDS.map((k) => k.value), required: 'Select the type of answer' },
  options: { kind: 'text', label: 'Choices', maxLength: 3000 },
  easyReadOptions: { kind: 'text', label: 'Easy Read choices', maxLength: 3000 },
  required: { kind: 'choice', label: 'Required', options: ['yes', 'no'], required: 'Select yes if people must answer this question' },
} satisfies FormSpec;

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** reads the "add a question" form into a question, or the errors to show */
export function readQuestionForm(body: unknown) {
  const form = validateForm(body, questionForm);
  const v = form.values;
  const choice = v.type === 'single-choice' || v.type === 'multiple-choice';
  const options = lines(v.options);
  const easyOptions = lines(v.easyReadOptions);
  const errors: Record<string, string> = { ...(form.errors as Record<string, string>) };
  if (choice && !errors.options && options.length < 2) errors.options = 'Enter at least 2 choices, one on each line';
  if (choice && !errors.options && new Set(options.map((o) => o.toLowerCase())).size !== options.length) errors.options = 'Enter each choice once';
  if (choice && !errors.easyReadOptions && easyOptions.length && easyOptions.length !== options.length) errors.easyReadOptions = 'Enter one Easy Read choice for each choice, in the same order, or leave this empty';
  const errorList = Object.entries(errors).map(([k, t]) => ({ text: t, href: `#${k}` }));
  if (errorList.length) return { ok: false as const, values: v, errors, errorList };
  const id = `q${newToken().slice(0, 8).replace(/[^A-Za-z0-9]/g, 'x')}`;
  const question: Question = {
    id,
    type: v.type as Question['type'],
    label: text(v.label, v.easyReadLabel),
    ...(v.hint ? { hint: text(v.hint) } : {}),
    required: v.required === 'yes',
    ...(choice ? { options: options.map((o, i) => ({ value: `o${i + 1}`, label: text(o, easyOptions[i] ?? '') })) } : {}),
    ...(v.type === 'long-text' ? { maxLength: 2000 } : {}),
  };
  return { ok: true as const, question };
}

export async function bookingQuestionsOf(db: Queryable, event: Pick<repo.EventRow, 'booking_questionnaire_id'>): Promise<Definition | undefined> {
  if (!event.booking_questionnaire_id) return undefined;
  return (await getQuestionnaire(db, event.booking_questionnaire_id))?.definition;
}

/** every question, in order (one per page) */
export const questionsOf = (def: Definition | undefined): Question[] => (def?.sections ?? []).flatMap((s) => s.questions);

/** replaces the event's booking questions with these (a new questionnaire the first time) */
export async function saveBookingQuestions(db: Queryable, event: Pick<repo.EventRow, 'id' | 'booking_questionnaire_id'>, questions: Question[]): Promise<void> {
  const def: Definition = { sections: questions.map((q) => ({ id: `s-${q.id}`, title: q.label, questions: [q] })) };
  if (event.booking_questionnaire_id && (await saveDefinition(db, event.booking_questionnaire_id, def))) return;
  await repo.setBookingQuestionnaire(db, event.id, await createQuestionnaire(db, def));
}

/** the pages of questions shown for these answers */
export const questionPages = (def: Definition | undefined, answers: Answers) => (def ? visibleSections(def, answers) : []);

/** "What would you like to talk about?" → "Carers' breaks", for the bookings list */
export function answerLines(def: Definition | undefined, answers: Answers, variant: Variant = 'standard'): { question: string; answer: string }[] {
  return questionsOf(def)
    .map((q) => ({ question: pick(q.label, variant), answer: describeAnswer(q, answers ?? {}, variant) }))
    .filter((l) => l.answer !== '');
}

/** one export column per question, after the standard booking columns */
export function answerColumns(def: Definition | undefined): Column<repo.BookingRow>[] {
  return questionsOf(def).map((q) => ({ header: q.label.standard, value: (b: repo.BookingRow) => describeAnswer(q, b.answers ?? {}), width: 40 }));
}
