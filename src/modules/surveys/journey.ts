// A respondent's pages, on the platform journey helper: worked out from the survey and what they have answered so
// far. The survey journey ends at check answers; the equality questions (after sending) are a second journey.
import { conditionMet, readPage, visibleQuestions, visibleSections, type Answers, type Definition, type Section, type Variant } from '../../capabilities/questionnaires/index.ts';
import { defineJourney } from '../../platform/journeys/index.ts';
import type { ResponseRow, SurveyRow } from './repository.ts';
import { EQUALITY } from './equality.ts';

export interface SurveyState {
  survey: SurveyRow;
  def: Definition;
  response: ResponseRow;
}

/** a page is complete when its visible questions pass the same checks as pressing Continue */
const pageDone = (section: Section) => (s: SurveyState) => readPage(section, s.response.answers, s.response.answers).ok;

export const surveyJourney = defineJourney<SurveyState>({
  steps: (s) => [
    { slug: 'format', showIf: () => s.survey.easy_read },
    { slug: 'about-you', showIf: () => s.response.kind === 'individual', done: () => s.response.respondent_roles.length > 0 },
    { slug: 'organisation', showIf: () => s.response.kind === 'organisation', done: () => Boolean(s.response.consent_confirmed_at) },
    ...visibleSections(s.def, s.response.answers).map((section) => ({ slug: `page/${section.id}`, done: pageDone(section) })),
  ],
});

export const equalityJourney = defineJourney<{ equality: Answers }>({
  steps: (s) => [{ slug: 'equality' }, ...visibleSections(EQUALITY, s.equality).map((section) => ({ slug: `equality/${section.id}` }))],
  check: 'done',
});

/**
 * "Page 2 of 6", counted so that the total does not jump part-way: it counts the pages that can still be shown
 * (a page whose display depends on a question not answered yet is counted), and says "about" while any of them
 * might still be skipped.
 */
export function pagePosition(def: Definition, answers: Answers, sectionId: string): { n: number; of: number; about: boolean } {
  const unanswered = (id: string) => {
    const v = answers[id];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  };
  const undecided = (section: Section) => section.questions.some((q) => q.showIf && !conditionMet(q, answers) && unanswered(q.showIf.question));
  const shown = new Set(visibleSections(def, answers).map((s) => s.id));
  const possible = def.sections.filter((s) => shown.has(s.id) || undecided(s));
  return {
    n: possible.findIndex((s) => s.id === sectionId) + 1,
    of: possible.length,
    about: possible.some((s) => !shown.has(s.id)),
  };
}

/** the heading of a question page: the question when there is one, else the page title */
export function pageTitleOf(section: Section, answers: Answers, variant: Variant): string {
  const qs = visibleQuestions(section, answers);
  const t = qs.length === 1 ? qs[0]!.label : section.title;
  return variant === 'easy-read' && t.easyRead ? t.easyRead : t.standard;
}

export function isOpen(survey: SurveyRow, today = new Date().toISOString().slice(0, 10)): boolean {
  return survey.status === 'open' && (!survey.opens_on || survey.opens_on <= today) && (!survey.closes_on || survey.closes_on >= today);
}
