// The surveys module's free text for the insight analysis (ctx.freeTextSources): every written answer of a
// submitted response, individual or on behalf of an organisation, with the words of its question, who answered and
// how, and a link to the staff page; read a page at a time in id order. Unfinished responses, choices and numbers,
// blank answers and the organisation's description of who it speaks for are not offered, nor any name or email.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { readAllPages } from '../../../../tests/support/free-text.ts';
import { text, type Definition } from '../../../capabilities/questionnaires/index.ts';
import type { FreeTextItem, FreeTextSource } from '../../../platform/module.ts';
import { buildOrganisation, buildUser } from '../../accounts/testing/factories.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildSurvey, insertDemoResponses } from '../testing/factories.ts';
import * as repo from '../repository.ts';

const DEFINITION: Definition = {
  sections: [
    {
      id: 'p1',
      title: text('Getting help', 'Getting help'),
      questions: [
        { id: 'q1', type: 'rating', label: text('How easy was it to get help?', 'Was it easy?'), required: false, options: [{ value: 'easy', label: text('Easy', 'Easy') }, { value: 'hard', label: text('Hard', 'Hard') }] },
        {
          id: 'q2', type: 'multiple-choice', label: text('What made it difficult?', 'What made it hard?'), required: false, other: true,
          options: [{ value: 'a1', label: text('Waiting times', 'Waiting a long time') }],
        },
      ],
    },
    {
      id: 'p2',
      title: text('Your ideas', 'Your ideas'),
      questions: [
        { id: 'q3', type: 'long-text', label: text('What one thing would make the biggest difference?', 'What would make things better?'), required: false },
        { id: 'q4', type: 'short-text', label: text('Which service did you use?', 'Where did you go?'), required: false },
        { id: 'q5', type: 'number', label: text('How many times did you call?', 'How many calls?'), required: false },
      ],
    },
  ],
};

const PERSON = { name: 'Alexandra Quigley', email: 'alexandra.quigley@example.org' };
const ORGANISATION = 'Testtown Carers Circle';
const REPRESENTS_WHO = 'Unpaid carers who meet at the Testtown library';

let t: TestApp;
let source: FreeTextSource;
let expected: FreeTextItem[];

before(async () => {
  t = await buildTestApp();
  source = t.ctx.freeTextSources.find((s) => s.moduleId === 'surveys')!;
  const programme = await buildProgramme(t.ctx);
  const survey = await buildSurvey(t.ctx, { definition: DEFINITION, anonymous: false, programmeId: programme.id, phaseId: programme.phaseIds[0]! });
  const other = await buildSurvey(t.ctx, { definition: DEFINITION, title: 'A survey with no programme' });
  await buildSurvey(t.ctx, { definition: DEFINITION, status: 'draft', title: 'Not yet open' });

  // a signed-in person's response, submitted as the journey does
  const person = await buildUser(t.ctx, PERSON);
  const mine = await repo.createResponse(t.db, { surveyId: survey.id, accessHash: randomBytes(8).toString('hex'), kind: 'individual', channel: 'online', variant: 'standard', userId: person.id, enteredBy: null, resumeDays: 30 });
  await repo.updateResponse(t.db, mine, {
    respondent_roles: ['service-user', 'carer'],
    answers: { q1: 'hard', q2: ['a1', 'other'], 'q2.other': 'The bus does not go there after six', q3: 'More evening appointments, please.', q4: '  The crisis café  ', q5: '3' },
  }, 30);
  assert.ok(await repo.submitResponse(t.db, mine, 'SV-TEST-0001', null));

  // an unfinished response: nothing of it is offered
  const unfinished = await repo.createResponse(t.db, { surveyId: survey.id, accessHash: randomBytes(8).toString('hex'), kind: 'individual', channel: 'online', variant: 'standard', userId: null, enteredBy: null, resumeDays: 30 });
  await repo.updateResponse(t.db, unfinished, { respondent_roles: ['public'], answers: { q3: 'Half a thought I never sent' } }, 30);

  // an organisation's response on paper, an Easy Read response by phone, and one with only blank or non-text answers
  const organisation = await buildOrganisation(t.ctx, ORGANISATION);
  await insertDemoResponses(t.db, survey.id, [
    { kind: 'organisation', variant: 'standard', channel: 'paper', roles: ['organisation'], answers: { q3: 'Our members want one number to call.', q4: '   ' }, equality: null, equalityChoice: null,
      organisationId: organisation.id, organisationName: ORGANISATION, gatheredHow: 'meeting', representsCount: 40, representsWho: REPRESENTS_WHO, daysAgo: 3 },
    { kind: 'individual', variant: 'easy-read', channel: 'phone', roles: ['public'], answers: { q3: '', q4: 'Kind staff at the GP' }, equality: null, equalityChoice: null, daysAgo: 2 },
    { kind: 'individual', variant: 'standard', channel: 'assisted', roles: ['staff'], answers: { q1: 'easy', q2: ['a1'], q5: '7' }, equality: null, equalityChoice: null, daysAgo: 1 },
  ]);
  await insertDemoResponses(t.db, other.id, [
    { kind: 'individual', variant: 'standard', channel: 'online', roles: ['carer'], answers: { q3: 'Tell carers what happens next.', 'q2.other': 'Nobody rang back' }, equality: null, equalityChoice: null, daysAgo: 5 },
  ]);

  const { rows } = await t.db.query<{ id: string; survey_id: string; submitted_at: Date; channel: string }>(`SELECT id, survey_id, submitted_at, channel FROM survey_responses WHERE status = 'submitted'`);
  const by = (channel: string) => rows.find((r) => r.channel === channel && (channel !== 'online' || r.survey_id === survey.id))!;
  const otherRow = rows.find((r) => r.survey_id === other.id)!;
  const base = { module: 'surveys', source: 'answer', programmeId: programme.id, phaseId: programme.phaseIds[0]!, kind: 'individual' as const, peopleRepresented: null, variant: 'standard' as const };
  const results = (id: string, q: string) => `/admin/surveys/${id}/results/${q}`;
  const online = by('online');
  expected = [
    { ...base, id: `surveys:answer:${online.id}:q2.other`, prompt: 'What made it difficult?', text: 'The bus does not go there after six', roles: ['service-user', 'carer'], channel: 'online', createdAt: online.submitted_at, href: `/admin/surveys/${survey.id}/results#result-q2` },
    { ...base, id: `surveys:answer:${online.id}:q3`, prompt: 'What one thing would make the biggest difference?', text: 'More evening appointments, please.', roles: ['service-user', 'carer'], channel: 'online', createdAt: online.submitted_at, href: results(survey.id, 'q3') },
    { ...base, id: `surveys:answer:${online.id}:q4`, prompt: 'Which service did you use?', text: 'The crisis café', roles: ['service-user', 'carer'], channel: 'online', createdAt: online.submitted_at, href: results(survey.id, 'q4') },
    { ...base, id: `surveys:answer:${by('paper').id}:q3`, prompt: 'What one thing would make the biggest difference?', text: 'Our members want one number to call.', roles: ['organisation'], channel: 'paper', kind: 'organisation', peopleRepresented: 40, createdAt: by('paper').submitted_at, href: results(survey.id, 'q3') },
    { ...base, id: `surveys:answer:${by('phone').id}:q4`, prompt: 'Which service did you use?', text: 'Kind staff at the GP', roles: ['public'], channel: 'phone', variant: 'easy-read', createdAt: by('phone').submitted_at, href: results(survey.id, 'q4') },
    { ...base, id: `surveys:answer:${otherRow.id}:q2.other`, programmeId: null, phaseId: null, prompt: 'What made it difficult?', text: 'Nobody rang back', roles: ['carer'], channel: 'online', createdAt: otherRow.submitted_at, href: `/admin/surveys/${other.id}/results#result-q2` },
    { ...base, id: `surveys:answer:${otherRow.id}:q3`, programmeId: null, phaseId: null, prompt: 'What one thing would make the biggest difference?', text: 'Tell carers what happens next.', roles: ['carer'], channel: 'online', createdAt: otherRow.submitted_at, href: results(other.id, 'q3') },
  ];
  expected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});
after(() => t.close());

describe('survey free text for the analysis', () => {
  test('the module offers a free-text source', () => {
    assert.ok(source, 'a source with moduleId "surveys"');
  });

  test('every written answer of a submitted response, with every field, in id order', async () => {
    const items = await source.items(undefined, 100);
    assert.deepEqual(items, expected);
  });

  test('two at a time, after the last id, until a page is empty: every item once, none missing, in order', async () => {
    const pages = await readAllPages(source, 2);
    assert.deepEqual(pages.map((p) => p.length), [2, 2, 2, 1]);
    const ids = pages.flat().map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length, 'no item twice');
    assert.deepEqual(ids, expected.map((i) => i.id));
    assert.deepEqual(await source.items(expected.at(-1)!.id, 2), []);
  });

  test('a page can start after any id, even one that is not an item', async () => {
    const third = expected[2]!.id;
    assert.deepEqual((await source.items(third, 100)).map((i) => i.id), expected.slice(3).map((i) => i.id));
    assert.deepEqual((await source.items(`${third}~`, 100)).map((i) => i.id), expected.slice(3).map((i) => i.id));
    assert.deepEqual((await source.items('surveys:answer:', 100)).map((i) => i.id), expected.map((i) => i.id));
    assert.deepEqual((await source.items('events:note:', 100)).map((i) => i.id), expected.map((i) => i.id));
    assert.deepEqual(await source.items('surveys:answer:zzz', 100), []);
    assert.deepEqual(await source.items('zzz', 100), []);
  });

  test('unfinished responses, choices, numbers, blank answers and who an organisation speaks for are not offered', async () => {
    const items = await source.items(undefined, 100);
    const texts = items.map((i) => i.text);
    assert.ok(!texts.includes('Half a thought I never sent'));
    assert.ok(items.every((i) => i.text.trim() !== ''));
    assert.ok(!items.some((i) => /:q1$|:q2$|:q5$/.test(i.id)), 'no rating, choice or number answers');
    assert.ok(!JSON.stringify(items).includes(REPRESENTS_WHO));
  });

  test('no name, email or organisation name in any field', async () => {
    const all = JSON.stringify(await source.items(undefined, 100));
    for (const personal of [PERSON.name, PERSON.email, 'Alexandra', ORGANISATION, 'SV-TEST-0001', '@']) assert.ok(!all.includes(personal), personal);
  });
});
