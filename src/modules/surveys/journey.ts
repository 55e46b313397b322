// The order of a respondent's pages, worked out from the survey and what they have answered so far.
import { visibleSections, type Definition } from '../../capabilities/questionnaires/index.ts';
import type { ResponseRow, SurveyRow } from './repository.ts';
import { EQUALITY } from './equality.ts';

export function steps(survey: SurveyRow, response: Pick<ResponseRow, 'kind' | 'answers'>, def: Definition): string[] {
  const list: string[] = [];
  if (survey.easy_read) list.push('format');
  list.push(response.kind === 'organisation' ? 'organisation' : 'about-you');
  for (const s of visibleSections(def, response.answers)) list.push(`page/${s.id}`);
  list.push('check');
  return list;
}

export function equalitySteps(response: Pick<ResponseRow, 'equality'>): string[] {
  return ['equality', ...visibleSections(EQUALITY, response.equality ?? {}).map((s) => `equality/${s.id}`)];
}

export function neighbours(list: string[], step: string): { previous?: string; next?: string } {
  const i = list.indexOf(step);
  if (i < 0) return {};
  return { previous: list[i - 1], next: list[i + 1] };
}

export function isOpen(survey: SurveyRow, today = new Date().toISOString().slice(0, 10)): boolean {
  return survey.status === 'open' && (!survey.opens_on || survey.opens_on <= today) && (!survey.closes_on || survey.closes_on >= today);
}
