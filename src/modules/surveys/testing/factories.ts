// Test factories for surveys, exported for this module's tests (and others that need a survey).
import { createQuestionnaire, text, type Definition } from '../../../capabilities/questionnaires/index.ts';
import type { AppContext } from '../../../platform/module.ts';
import * as repo from '../repository.ts';

// the demo survey and its synthetic responses, for benchmarks and tests that need many responses
export { DEMO_DEFINITION, demoResponses, insertDemoResponses, type DemoRow } from '../seeds.ts';

/** a small survey with one question of each kind people meet most */
export const SAMPLE_DEFINITION: Definition = {
  sections: [
    {
      id: 'p1',
      title: text('Your experience', 'What happened to you'),
      questions: [
        {
          id: 'q1',
          type: 'rating',
          label: text('How easy was it to get help when you first needed it?', 'Was it easy to get help?'),
          subject: 'how easy it was to get help',
          required: true,
          options: [
            { value: 'very-easy', label: text('Very easy', 'Very easy') },
            { value: 'easy', label: text('Easy', 'Easy') },
            { value: 'difficult', label: text('Difficult', 'Hard') },
          ],
          dontKnow: true,
          picture: { icon: 'hand-helping', alt: 'A hand helping another hand' },
        },
      ],
    },
    {
      id: 'p2',
      title: text('What made it hard', 'Why it was hard'),
      questions: [
        {
          id: 'q2',
          type: 'multiple-choice',
          label: text('What made it difficult?', 'What made it hard?'),
          subject: 'what made it difficult',
          required: true,
          options: [
            { value: 'a1', label: text('Waiting times', 'Waiting a long time') },
            { value: 'a2', label: text('Not knowing where to go', 'I did not know where to go') },
            { value: 'none', label: text('None of these', 'None of these'), exclusive: true },
          ],
          other: true,
          showIf: { question: 'q1', anyOf: ['difficult'] },
        },
      ],
    },
    {
      id: 'p3',
      title: text('Your ideas', 'Your ideas'),
      questions: [
        { id: 'q3', type: 'long-text', label: text('What one thing would make the biggest difference?', 'What would make things better?'), subject: 'what would make the biggest difference', required: false, maxLength: 500 },
      ],
    },
  ],
};

export async function buildSurvey(
  ctx: Pick<AppContext, 'db'>,
  o: { definition?: Definition; status?: repo.SurveyStatus; easyRead?: boolean; anonymous?: boolean; title?: string; resumeDays?: number; programmeId?: string | null; createdBy?: string | null;
    phaseId?: string | null; opensOn?: string | null; closesOn?: string | null; audience?: string; purpose?: string } = {},
): Promise<{ id: string; questionnaireId: string }> {
  const questionnaireId = await createQuestionnaire(ctx.db, o.definition ?? SAMPLE_DEFINITION);
  const id = await repo.insertSurvey(
    ctx.db,
    questionnaireId,
    {
      title: o.title ?? 'Getting help early',
      purpose: o.purpose ?? 'We want to know how easy it is to get mental health support early.',
      easy_read_purpose: 'We want to know if it is easy to get help.',
      audience: o.audience ?? 'Anyone who lives in the area',
      privacy_text: 'We use your answers to improve services.',
      programme_id: o.programmeId ?? null,
      phase_id: o.phaseId ?? null,
      opens_on: o.opensOn ?? null,
      closes_on: o.closesOn ?? null,
      anonymous: o.anonymous ?? true,
      easy_read: o.easyRead ?? true,
      resume_days: o.resumeDays ?? 30,
    },
    o.createdBy ?? null,
  );
  if ((o.status ?? 'open') !== 'draft') await repo.setStatus(ctx.db, id, o.status ?? 'open');
  return { id, questionnaireId };
}
