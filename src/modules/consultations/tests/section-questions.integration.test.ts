// Optional questions about a section: a facilitator adds them to the version being written, people answer them in
// the comment journey, the answers are counted with small numbers not shown, and a published version's questions
// never change.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { getQuestionnaire } from '../../../capabilities/questionnaires/index.ts';
import * as repo from '../repository.ts';
import { buildConsultation } from '../testing/factories.ts';

let t: TestApp;
let facilitator: Agent;
let c: Awaited<ReturnType<typeof buildConsultation>>;
before(async () => {
  t = await buildTestApp();
  facilitator = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
  c = await buildConsultation(t.ctx, { publish: false });
});
after(() => t.close());

const sectionAdmin = () => `/admin/consultations/${c.id}/sections/${c.sectionIds[1]}`;

test('a facilitator adds questions; the form checks what is typed', async () => {
  const empty = await facilitator.submit(`${sectionAdmin()}/questions/new`, { kind: '', label: '' }, 'Add question');
  assert.equal(empty.status, 400);
  assert.match(text(empty.document.body), /Select the type of question/);
  assert.match(text(empty.document.body), /Enter the question/);
  for (const [kind, label] of [['agreement', 'Do you agree with this section?'], ['words', 'What is missing?']]) {
    const added = await facilitator.submit(`${sectionAdmin()}/questions/new`, { kind, label, easyReadLabel: '' }, 'Add question');
    assert.equal(added.status, 303);
  }
  const page = await facilitator.get(sectionAdmin());
  const list = getByRole(page.document.body, 'heading', { name: 'Questions about this section' }).nextElementSibling as HTMLElement;
  assert.match(text(list), /Do you agree with this section\?.*What is missing\?/);
  const publish = await facilitator.submit(`/admin/consultations/${c.id}/publish`, { confirm: 'yes' });
  assert.equal(publish.status, 303);
});

test('people answer them after their comment, see them on check answers, and the answers are stored', async () => {
  const agent = new Agent(t.app);
  const first = await agent.submit(`/consultations/${c.id}/sections/${c.sectionIds[1]}`, { body: 'Good plan, but say how' }, 'Continue');
  // after the comment comes the questions page, then about you
  const about = first.location!;
  const questionsUrl = about.replace(/about-you$/, 'questions');
  const page = await agent.get(questionsUrl);
  getByRole(page.document.body, 'group', { name: /Do you agree with this section\? \(optional\)/ });
  const next = await agent.submit(questionsUrl, { q1: 'agree', q2: 'How fast you will answer' }, 'Continue');
  assert.equal(next.location, about);
  const checkUrl = (await agent.submit(about, { role: 'carer', showName: 'anonymous' }, 'Continue')).location!;
  const check = await agent.get(checkUrl);
  assert.match(text(check.document.body), /Do you agree with this section\? Agree/);
  assert.match(text(check.document.body), /What is missing\? How fast you will answer/);
  assert.equal((await agent.submit(checkUrl, {}, 'Send comment')).status, 303);
  const { rows } = await t.db.query<{ answers: Record<string, string>; comment_id: string | null }>('SELECT answers, comment_id FROM consultation_answers');
  assert.deepEqual(rows.map((r) => r.answers), [{ q1: 'agree', q2: 'How fast you will answer' }]);
  assert.ok(rows[0]!.comment_id);
});

test('the answers page does not show small numbers, and shows them once enough people answered', async () => {
  const few = await facilitator.get(`/admin/consultations/${c.id}/answers`);
  assert.equal(few.status, 200);
  const question = getByRole(few.document.body, 'heading', { level: 3, name: 'Do you agree with this section?' });
  assert.match(text(question.nextElementSibling), /fewer than 5 answered/i);
  assert.doesNotMatch(text(few.document.body), /\b1 answered\b/);
  assert.match(text(few.document.body), /How fast you will answer/, 'answers in people\'s own words are listed');
  const { rows } = await t.db.query<{ questionnaire_id: string; section_id: string; version_id: string; consultation_id: string }>('SELECT questionnaire_id, section_id, version_id, consultation_id FROM consultation_answers');
  for (let i = 0; i < 6; i++) {
    await repo.insertAnswers(t.db, { consultationId: rows[0]!.consultation_id, sectionId: rows[0]!.section_id, versionId: rows[0]!.version_id, questionnaireId: rows[0]!.questionnaire_id, commentId: null, answers: { q1: 'agree' } });
  }
  const many = await facilitator.get(`/admin/consultations/${c.id}/answers`);
  const table = getByRole(many.document.body, 'table', { name: /Answers \(7 answers\)/ });
  assert.deepEqual([...within(table).getByRole('row', { name: /^Agree/ }).children].map((c) => text(c)), ['Agree', '7', '100%']);
});

test('the next version gets its own copy of the questions: the published ones never change', async () => {
  const before = (await repo.sectionTexts(t.db, c.versionId)).find((s) => s.section_id === c.sectionIds[1])!;
  const locked = await getQuestionnaire(t.db, before.questionnaire_id!);
  assert.ok(locked!.locked_at, 'publishing locked the questions');
  assert.equal((await facilitator.submit(`/admin/consultations/${c.id}`, {}, 'Start the next version')).status, 303);
  assert.equal((await facilitator.submit(`${sectionAdmin()}/questions/new`, { kind: 'yes-no', label: 'Is it clear?', easyReadLabel: '' }, 'Add question')).status, 303);
  const versions = await repo.listVersions(t.db, c.id);
  const next = (await repo.sectionTexts(t.db, versions.at(-1)!.id)).find((s) => s.section_id === c.sectionIds[1])!;
  assert.notEqual(next.questionnaire_id, before.questionnaire_id);
  assert.equal((await getQuestionnaire(t.db, before.questionnaire_id!))!.definition.sections[0]!.questions.length, 2);
  assert.equal((await getQuestionnaire(t.db, next.questionnaire_id!))!.definition.sections[0]!.questions.length, 3);
});

test('people who may not manage consultations cannot add questions or read answers', async () => {
  const { agent } = await signedInAgent(t, ['participant']);
  assert.equal((await agent.get(`${sectionAdmin()}/questions/new`)).status, 403);
  assert.equal((await agent.get(`/admin/consultations/${c.id}/answers`)).status, 403);
});
