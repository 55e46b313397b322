import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { buildSurvey } from '../testing/factories.ts';

let t: TestApp;
let surveyId: string;
before(async () => {
  t = await buildTestApp();
  surveyId = (await buildSurvey(t.ctx)).id;
});
after(() => t.close());

const response = async (id: string) =>
  (await t.db.query<{ status: string; variant: string; channel: string; respondent_roles: string[]; answers: Record<string, unknown>; equality: Record<string, unknown> | null; equality_choice: string | null; reference: string | null; user_id: string | null }>(
    'SELECT status, variant, channel, respondent_roles, answers, equality, equality_choice, reference, user_id FROM survey_responses WHERE survey_id = $1 ORDER BY started_at DESC LIMIT 1',
    [id],
  )).rows[0]!;

async function begin(agent: Agent, id = surveyId) {
  const start = await agent.submit(`/surveys/${id}`, {}, 'Start now');
  assert.equal(start.status, 303);
  return start;
}

describe('answering a survey', () => {
  test('a person answers the standard version, skips the equality questions and gets a reference', async () => {
    const a = new Agent(t.app);
    const startPage = await a.get(`/surveys/${surveyId}`);
    getByRole(startPage.document.body, 'heading', { level: 1, name: 'Getting help early' });
    const start = await begin(a);
    assert.equal(start.location, `/surveys/${surveyId}/format`);
    assert.equal((await a.submit(`/surveys/${surveyId}/format`, { variant: 'standard' })).location, `/surveys/${surveyId}/about-you`);
    assert.equal((await a.submit(`/surveys/${surveyId}/about-you`, { roles: ['service-user', 'carer'] }, 'Continue')).location, `/surveys/${surveyId}/page/p1`);
    const q1 = await a.get(`/surveys/${surveyId}/page/p1`);
    getByRole(q1.document.body, 'group', { name: /How easy was it to get help when you first needed it\?/ });
    const afterQ1 = await a.submitOn(q1, `/surveys/${surveyId}/page/p1`, { q1: 'easy' }, 'Continue');
    assert.equal(afterQ1.location, `/surveys/${surveyId}/page/p3`, 'page 2 is skipped: it is only for people who found it difficult');
    assert.equal((await a.submit(`/surveys/${surveyId}/page/p3`, { q3: 'More drop-in sessions in the evening' }, 'Continue')).location, `/surveys/${surveyId}/check`);
    const check = await a.get(`/surveys/${surveyId}/check`);
    assert.match(text(check.document.body), /More drop-in sessions in the evening/);
    assert.match(text(check.document.body), /A carer, family member or friend/);
    const sent = await a.submitOn(check, `/surveys/${surveyId}/check`, {}, 'Send response');
    assert.equal(sent.location, `/surveys/${surveyId}/equality`);
    const eq = await a.get(`/surveys/${surveyId}/equality`);
    getByRole(eq.document.body, 'radio', { name: 'Yes, answer the equality questions (takes 2 minutes)' });
    const skip = await a.submitOn(eq, `/surveys/${surveyId}/equality`, { answer: 'no' });
    assert.equal(skip.location, `/surveys/${surveyId}/done`);
    const done = await a.get(`/surveys/${surveyId}/done`);
    const row = await response(surveyId);
    assert.match(row.reference!, /^SV-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    assert.match(text(done.document.body), new RegExp(row.reference!));
    assert.deepEqual(
      { status: row.status, variant: row.variant, channel: row.channel, roles: row.respondent_roles, answers: row.answers, equality: row.equality, choice: row.equality_choice, user: row.user_id },
      { status: 'submitted', variant: 'standard', channel: 'online', roles: ['service-user', 'carer'], answers: { q1: 'easy', q3: 'More drop-in sessions in the evening' }, equality: null, choice: 'skipped', user: null },
    );
  });
});
