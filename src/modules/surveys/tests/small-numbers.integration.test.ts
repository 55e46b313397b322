// Small-number suppression on the results page and in the summary CSV: every count a filter produces, and every
// count that could be worked out by taking one shown figure from another (docs/surveys.md, "Small numbers").
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryAllByRole } from '@testing-library/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildTestApp, text, type TestApp, type Agent, type Page } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildSurvey } from '../testing/factories.ts';
import { seedSurveys, insertDemoResponses, DEMO_SURVEY, type DemoRow } from '../seeds.ts';

let t: TestApp;
let admin: Agent;
let facilitator: Agent;
before(async () => {
  t = await buildTestApp();
  admin = (await signedInAgent(t, ['participant', 'admin'])).agent;
  facilitator = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
});
after(() => t.close());

const person = (channel: DemoRow['channel'], q1: string, ethnicGroup: string): DemoRow => ({
  kind: 'individual', variant: 'standard', channel, roles: ['carer'], answers: { q1, q3: 'Some words' }, equality: { 'ethnic-group': ethnicGroup }, equalityChoice: 'answered', daysAgo: 1,
});
const many = (n: number, row: DemoRow) => Array.from({ length: n }, () => ({ ...row }));

/** the Number cell of a row of a table, found by the table's and the row's accessible names */
const cell = (page: Page, table: RegExp | string, row: string) => {
  const r = getByRole(getByRole(page.document.body, 'table', { name: table }), 'row', { name: new RegExp(`^${row}\\b`) });
  return [...r.querySelectorAll('td')].map((c) => text(c));
};
const headline = (page: Page) => text(page.document.querySelector('main p'));
/** every cell of a "Number" column on the page (average positions of ranking questions are not counts) */
const numberCells = (page: Page) =>
  [...page.document.querySelectorAll('main table')].flatMap((table) => {
    const col = [...table.querySelectorAll('thead th')].findIndex((th) => text(th) === 'Number');
    return col < 0 ? [] : [...table.querySelectorAll('tbody tr')].map((tr) => text(tr.children[col]!));
  });

describe('small numbers under filters', () => {
  let id: string;
  before(async () => {
    ({ id } = await buildSurvey(t.ctx, { title: 'Thirty people' }));
    // 24 online: 12 very easy, 10 easy, 2 difficult; 6 by phone: 5 very easy, 1 easy
    await insertDemoResponses(t.db, id, [
      ...many(12, person('online', 'very-easy', 'white')), ...many(8, person('online', 'easy', 'white')),
      ...many(2, person('online', 'easy', 'asian')), ...many(2, person('online', 'difficult', 'black')),
      ...many(5, person('phone', 'very-easy', 'white')), person('phone', 'easy', 'asian'),
    ]);
  });

  test('the equality section follows the filters, and counts under a filter are suppressed', async () => {
    const all = await admin.get(`/admin/surveys/${id}/results`);
    assert.deepEqual(cell(all, 'What is your ethnic group?', 'White'), ['25']);
    const phone = await admin.get(`/admin/surveys/${id}/results?channel=phone`);
    assert.equal(phone.status, 200);
    assert.match(headline(phone), /^6 responses match these filters: 6 individual responses/);
    getByRole(phone.document.body, 'heading', { name: 'Equality information (individual responses) matching these filters' });
    assert.deepEqual(cell(phone, 'What is your ethnic group?', 'White'), ['5'], 'the 5 people who answered by phone, not all 25');
    assert.deepEqual(cell(phone, 'What is your ethnic group?', 'Asian or Asian British'), ['fewer than 5']);
    assert.deepEqual(cell(phone, 'What is your ethnic group?', 'Black, African, Caribbean or Black British'), ['not shown'],
      'nobody by phone, but showing 0 beside the 2 of all responses would show that the 2 answered online');
  });

  test('question results under a filter never show 1 to 4, nor a number that gives one by subtraction', async () => {
    const all = await facilitator.get(`/admin/surveys/${id}/results`);
    const table = /^Answers \(30 answers\)/;
    assert.deepEqual(cell(all, table, 'Very easy'), ['17', '56.7%']);
    assert.deepEqual(cell(all, table, 'Difficult'), ['fewer than 5', 'not shown']);
    assert.deepEqual(cell(all, table, 'Easy'), ['not shown', 'not shown'], 'else 30 − 17 − 11 would give the 2');

    const phone = await facilitator.get(`/admin/surveys/${id}/results?channel=phone`);
    const answers = /^Answers \(6 answers\)/;
    assert.deepEqual(cell(phone, answers, 'Easy'), ['fewer than 5', 'not shown'], 'the 1 person is not shown');
    assert.deepEqual(cell(phone, answers, 'Difficult'), ['not shown', 'not shown'], 'a 0 here would show that both people who found it difficult answered online');
    assert.deepEqual(cell(phone, answers, 'Very easy'), ['not shown', 'not shown'], 'else 6 − 5 would give the 1');
    for (const n of numberCells(phone)) assert.doesNotMatch(n, /^[1-4]$/, 'no count of 1 to 4 anywhere');
    assert.equal(phone.document.querySelectorAll('svg.app-chart').length, 0, 'no chart, since every answer that anyone gave is hidden');
    assert.ok(all.document.querySelectorAll('svg.app-chart').length > 0, 'a chart of the figures that are shown');

    const online = await facilitator.get(`/admin/surveys/${id}/results?channel=online`);
    assert.deepEqual(cell(online, /^Answers \(24 answers\)/, 'Very easy'), ['not shown', 'not shown'], '17 − 12 would give the 5 phone answers, 11 − 10 the 1');
  });

  test('the summary CSV suppresses in the same way', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/admin/surveys/${id}/summary.csv`, headers: { cookie: facilitator.cookieHeader() } });
    const rows = parseCsv(res.body, { bom: true }) as string[][];
    const line = (answer: string) => rows.find((r) => r[1] === 'How easy was it to get help when you first needed it?' && r[2] === answer)!.slice(3);
    assert.deepEqual(line('Very easy'), ['17', '56.7', '17', '0']);
    assert.deepEqual(line('Difficult').slice(0, 3), ['fewer than 5', 'not shown', 'fewer than 5']);
    assert.deepEqual(line('Easy').slice(0, 3), ['not shown', 'not shown', 'not shown']);
  });
});

describe('a filtered view is withheld when it could identify someone', () => {
  let id: string;
  before(async () => {
    ({ id } = await buildSurvey(t.ctx, { title: 'Thirty more people' }));
    // 20 online, 3 on paper (staff, the others carers), 1 by phone, 6 with support at an event
    await insertDemoResponses(t.db, id, [
      ...many(20, person('online', 'very-easy', 'white')), ...many(3, { ...person('paper', 'easy', 'white'), roles: ['staff'] }), person('phone', 'difficult', 'asian'), ...many(6, person('assisted', 'easy', 'white')),
    ]);
  });

  const withheld = (page: Page) => {
    assert.equal(page.status, 200);
    assert.match(headline(page), /^Results for these filters are not shown\./);
    assert.equal(queryAllByRole(page.document.body, 'table').length, 0, 'no table of answers or equality');
    assert.doesNotMatch(text(page.document.querySelector('main')!), /individual responses? and/);
  };

  test('fewer than 5 matching individual responses', async () => {
    const paper = await admin.get(`/admin/surveys/${id}/results?channel=paper`);
    withheld(paper);
    assert.match(headline(paper), /Fewer than 5 individual responses match them/);
  });

  test('everyone but fewer than 5: compared with all responses it would give the rest', async () => {
    const carers = await admin.get(`/admin/surveys/${id}/results?role=carer`);
    withheld(carers);
    assert.match(headline(carers), /Compared with other results, they would show the answers of fewer than 5 people/, '27 carers: taken from all 30, they give the 3 staff');
    withheld(await admin.get(`/admin/surveys/${id}/results?role=carer&channel=assisted`));
    const online = await admin.get(`/admin/surveys/${id}/results?channel=online`);
    assert.match(headline(online), /^20 responses match these filters/, 'online (20) and the rest (10) are both big enough');
  });

  test('channels are withheld together until they add up to 5: shown channels taken from the total would give the others', async () => {
    // paper 3 and phone 1 are withheld, but together they are only 4, so the smallest shown channel goes with them
    withheld(await admin.get(`/admin/surveys/${id}/results?channel=assisted`));
    const all = await admin.get(`/admin/surveys/${id}/results`);
    assert.match(headline(all), /^30 responses: 30 individual responses/);
  });
});

describe('the demo survey with one filter', () => {
  test('with support at an event (11 responses): the equality section is for those 11, and no 1 to 4 is shown', async () => {
    await seedSurveys(t.ctx);
    const demo = (await t.db.query<{ id: string }>('SELECT id FROM surveys WHERE title = $1', [DEMO_SURVEY])).rows[0]!.id;
    const { rows } = await t.db.query<{ n: number; white: number; all_white: number }>(
      `SELECT count(*) FILTER (WHERE channel = 'assisted')::int AS n, count(*) FILTER (WHERE channel = 'assisted' AND equality->>'ethnic-group' = 'white')::int AS white,
         count(*) FILTER (WHERE equality->>'ethnic-group' = 'white')::int AS all_white
       FROM survey_responses WHERE survey_id = $1 AND status = 'submitted' AND kind = 'individual'`, [demo]);
    const { n, white, all_white: allWhite } = rows[0]!;
    const page = await admin.get(`/admin/surveys/${demo}/results?channel=assisted`);
    assert.match(headline(page), new RegExp(`^${n} responses match these filters`));
    const shown = cell(page, 'What is your ethnic group?', 'White')[0]!;
    assert.notEqual(shown, allWhite.toLocaleString('en-GB'), 'not the figure for every response');
    assert.ok([String(white), 'fewer than 5', 'not shown'].includes(shown), `White: ${shown} (${white} by this channel)`);
    const numbers = numberCells(page);
    assert.ok(numbers.length > 50, 'question and equality tables are there');
    for (const n of numbers) assert.doesNotMatch(n, /^[1-4]$/, 'no count of 1 to 4 anywhere');
  });
});
