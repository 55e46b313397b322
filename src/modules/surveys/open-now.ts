// Open surveys for "Have your say" (the manifest's openItems hook), and /surveys, which goes to that list.
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../db/client.ts';
import type { OpenItem, OpenItemFilter } from '../../platform/module.ts';
import { getQuestionnaire } from '../../capabilities/questionnaires/index.ts';
import { isUuid } from '../../platform/http/ids.ts';
import * as repo from './repository.ts';

/** the rough time a survey takes, as its start page says it (about 45 seconds a question, at least 5 minutes) */
export const minutesToAnswer = (questions: number): number => Math.max(5, Math.round(questions * 0.75));

/** the first paragraph of the survey's purpose: what it is, in a sentence or two */
const firstParagraph = (text: string) => text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';

/** surveys that are open and within their dates (drafts, closed surveys and ones not yet open are never listed) */
export async function openSurveyItems(db: Queryable, filter: OpenItemFilter = {}): Promise<OpenItem[]> {
  if (filter.programmeId !== undefined && !isUuid(filter.programmeId)) return [];
  const surveys = await repo.listOpenSurveys(db, filter.programmeId);
  return Promise.all(
    surveys.map(async (s): Promise<OpenItem> => {
      const definition = (await getQuestionnaire(db, s.questionnaire_id))?.definition;
      const questions = definition?.sections.reduce((n, section) => n + section.questions.length, 0) ?? 0;
      return {
        kind: 'survey',
        kindText: 'Survey',
        kindTextPlural: 'Surveys',
        title: s.title,
        href: `/surveys/${s.id}`,
        description: firstParagraph(s.purpose),
        audienceText: s.audience,
        // surveys record who they are for in words only, so every audience filter finds them
        audiences: [],
        closesOn: s.closes_on,
        easyRead: s.easy_read,
        takes: `About ${minutesToAnswer(questions)} minutes`,
        programmeId: s.programme_id,
        phaseId: s.phase_id,
      };
    }),
  );
}

/** /surveys lists nothing of its own: open surveys are on "Have your say" */
export async function surveyListRoutes(app: FastifyInstance): Promise<void> {
  app.get('/surveys', async (_req, reply) => reply.redirect('/have-your-say?kind=survey', 302));
}
