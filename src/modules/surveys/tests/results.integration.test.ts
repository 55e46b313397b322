import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { buildTestApp, text, type TestApp, type Agent } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildSurvey } from '../testing/factories.ts';
import { seedSurveys, insertDemoResponses, demoResponses, DEMO_SURVEY } from '../seeds.ts';
import { listProgrammes } from '../../programmes/api.ts';
import { errorSummary } from '../../../../tests/support/find.ts';

let t: TestApp;
let demoId: string;
let facilitator: Agent;
let admin: Agent;
before(async () => {
  t = await buildTestApp();
  await seedSurveys(t.ctx);
  demoId = (await t.db.query<{ id: string }>('SELECT id FROM surveys WHERE title = $1', [DEMO_SURVEY])).rows[0]!.id;
  facilitator = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
  admin = (await signedInAgent(t, ['participant', 'admin'])).agent;
});
after(() => t.close());

const download = async (agent: Agent, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: agent.cookieHeader() } });
  return res;
};

describe('results', () => {
  test('the demo survey: about 1,000 responses, 62/38, about 60 Easy Read, paper and phone, four organisations counted separately', async () => {
    const { rows } = await t.db.query<{ kind: string; n: number; easy: number; paper: number; phone: number; staff: number }>(
      `SELECT kind, count(*)::int AS n, count(*) FILTER (WHERE variant = 'easy-read')::int AS easy, count(*) FILTER (WHERE channel = 'paper')::int AS paper,
         count(*) FILTER (WHERE channel = 'phone')::int AS phone, count(*) FILTER (WHERE respondent_roles && ARRAY['staff', 'vcse'])::int AS staff
       FROM survey_responses WHERE survey_id = $1 GROUP BY kind ORDER BY kind`, [demoId]);
    assert.deepEqual(rows, [{ kind: 'individual', n: 996, easy: 60, paper: 40, phone: 15, staff: 380 }, { kind: 'organisation', n: 4, easy: 0, paper: 0, phone: 0, staff: 0 }]);
    const page = await facilitator.get(`/admin/surveys/${demoId}/results`);
    assert.equal(page.status, 200);
    const body = text(page.document.body);
    assert.match(body, /1,000 responses: 996 individual responses and 4 organisation responses on behalf of 64 people \(counted separately\)\. 60 used the Easy Read version/);
    const chart = getByRole(page.document.body, 'img', { name: /How easy was it to get mental health support when it was needed\?/ });
    assert.equal(chart.tagName.toLowerCase(), 'svg');
    const table = getByRole(page.document.body, 'table', { name: /Answers \(1,000 answers\)/ });
    const row = getByRole(table, 'row', { name: /Difficult/ });
    assert.match([...row.querySelectorAll('th, td')].map((c) => text(c)).join('|'), /^Difficult\|\d+\|\d+(\.\d)?%$/);
    const difficult = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1 AND answers->>'q1' = 'difficult'`, [demoId])).rows[0]!.n;
    assert.equal(text(row.querySelector('td')), difficult.toLocaleString('en-GB'), 'the count matches the database');
    const summary = parseCsv((await download(facilitator, `/admin/surveys/${demoId}/summary.csv`)).body, { bom: true }) as string[][];
    const waiting = (await t.db.query<{ n: number; org: number }>(`SELECT count(*)::int AS n, count(*) FILTER (WHERE kind = 'organisation')::int AS org FROM survey_responses WHERE survey_id = $1 AND answers->'q2' ? 'a1'`, [demoId])).rows[0]!;
    const line = summary.find((r) => r[1] === 'What made it harder to get support?' && r[2] === 'Long waiting times')!;
    assert.deepEqual([line[3], line[6]], [String(waiting.n), String(waiting.org)], 'multiple choice counts, with organisations separately');
    const ranked = summary.filter((r) => r[1] === 'Put these in order of how much they matter to you').map((r) => r[2]);
    assert.equal(ranked.length, 4);
    assert.equal(ranked[0], 'Being seen quickly (average position)', 'the option put first most often has the best average position');
    assert.doesNotMatch(body, /Equality information/, 'facilitators do not see equality data');
  });

  test('filters by version, channel, role and individual or organisation', async () => {
    const cases: [string, RegExp][] = [
      ['variant=easy-read', /^60 responses match/],
      ['channel=paper', /^40 responses match/],
      ['kind=organisation', /^4 responses match these filters: 0 individual responses and 4 organisation responses on behalf of 64 people/],
      ['role=vcse', /responses match these filters: \d+ individual responses and 0 organisation responses/],
      ['variant=braille&channel=carrier-pigeon', /^1,000 responses:/],
    ];
    for (const [query, expected] of cases) {
      const page = await facilitator.get(`/admin/surveys/${demoId}/results?${query}`);
      assert.equal(page.status, 200, query);
      assert.match(text(page.document.querySelector('main p')), expected, query);
    }
  });

  test('free-text answers can be read and searched, and search input is checked', async () => {
    const page = await facilitator.get(`/admin/surveys/${demoId}/results/q5?search=interpreter`);
    assert.equal(page.status, 200);
    const cards = [...page.document.querySelectorAll('.app-free-text')].map((c) => text(c));
    assert.ok(cards.length >= 2);
    for (const c of cards) assert.match(c, /interpreter/i);
    const bad = await facilitator.get(`/admin/surveys/${demoId}/results/q5?search=${'x'.repeat(201)}`);
    assert.equal(bad.status, 400);
    assert.match(text(errorSummary(bad.document)), /Search must be 200 characters or less/);
    assert.equal((await facilitator.get(`/admin/surveys/${demoId}/results/q1`)).status, 404, 'only free-text questions');
    assert.equal((await facilitator.get(`/admin/surveys/${demoId}/results/q5?search=%25_%5C`)).status, 200, 'wildcards are searched for literally');
  });

  test('exports: CSV and XLSX open correctly, one row per response; equality columns only for people with the ability', async () => {
    const csv = await download(facilitator, `/admin/surveys/${demoId}/responses.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename=".*responses\.csv"/);
    const records = parseCsv(csv.body, { bom: true }) as string[][];
    assert.equal(records.length, 1001);
    const header = records[0]!;
    assert.deepEqual(header.slice(0, 10), ['Reference', 'Submitted', 'Response from', 'Organisation', 'How views were gathered', 'People represented', 'Who they are', 'Which of these describes you', 'Version', 'Channel']);
    assert.ok(header.includes('How easy was it to get mental health support when it was needed?'));
    assert.equal(header.some((h) => h.startsWith('Equality')), false);
    const org = records.find((r) => r[3] === 'Opening Doors')!;
    assert.deepEqual(org.slice(2, 7), ['Organisation or group', 'Opening Doors', 'Focus group', '14', 'Adults with a learning disability who meet at our weekly self-advocacy group']);

    const adminCsv = parseCsv((await download(admin, `/admin/surveys/${demoId}/responses.csv`)).body, { bom: true }) as string[][];
    assert.ok(adminCsv[0]!.includes('Equality: What is your ethnic group?'));

    const xlsx = await download(facilitator, `/admin/surveys/${demoId}/responses.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Responses')!;
    assert.equal(sheet.rowCount, 1001);
    assert.equal(sheet.getRow(1).getCell(1).value, 'Reference');
    assert.match(String(sheet.getRow(2).getCell(1).value), /^SV-/);
  });

  test('equality summaries suppress small numbers (configurable threshold, default 5) in results and the summary CSV', async () => {
    const { id } = await buildSurvey(t.ctx, { title: 'Small survey' });
    const rows = demoResponses(9, 7).map((r, i) => ({ ...r, equality: { 'ethnic-group': i < 7 ? 'white' : 'asian' }, equalityChoice: 'answered' as const }));
    await insertDemoResponses(t.db, id, rows);
    const summary = parseCsv((await download(facilitator, `/admin/surveys/${id}/summary.csv`)).body, { bom: true }) as string[][];
    const eq = (label: string) => summary.find((r) => r[0] === 'Equality (individual responses)' && r[1] === 'What is your ethnic group?' && r[2] === label)!;
    assert.equal(eq('White')[3], '7');
    assert.equal(eq('Asian or Asian British')[3], 'fewer than 5');
    assert.equal(eq('Black, African, Caribbean or Black British')[3], '0');
    assert.deepEqual(summary[1], ['Totals', 'Responses', '', '9', '', '9', '0']);
    const page = await admin.get(`/admin/surveys/${id}/results`);
    assert.match(text(page.document.body), /Asian or Asian British\s*fewer than 5/);
    await t.ctx.settings.update({ smallNumberThreshold: 2 });
    const lower = parseCsv((await download(facilitator, `/admin/surveys/${id}/summary.csv`)).body, { bom: true }) as string[][];
    assert.equal(lower.find((r) => r[2] === 'Asian or Asian British')![3], '2');
    await t.ctx.settings.update({ smallNumberThreshold: 5 });
  });

  test('the programme timeline lists open surveys', async () => {
    const { surveysModule } = await import('../index.ts');
    const programmeId = (await t.db.query<{ programme_id: string | null }>('SELECT programme_id FROM surveys WHERE id = $1', [demoId])).rows[0]!.programme_id;
    if (programmeId) {
      const items = await surveysModule.programmeItems!(t.ctx, programmeId);
      assert.deepEqual(items.map((i) => [i.title, i.status, i.href]), [[DEMO_SURVEY, 'Open', `/surveys/${demoId}`]]);
    }
    const rows = await listProgrammes(t.db);
    const { id } = await buildSurvey(t.ctx, { programmeId: rows[0]?.id ?? null, title: 'Timeline survey' });
    if (rows[0]) assert.ok((await surveysModule.programmeItems!(t.ctx, rows[0].id)).some((i) => i.href === `/surveys/${id}`));
    await t.db.query(`UPDATE surveys SET status = 'closed' WHERE id = $1`, [id]);
    if (rows[0]) assert.equal((await surveysModule.programmeItems!(t.ctx, rows[0].id)).some((i) => i.href === `/surveys/${id}`), false, 'closed surveys are not listed');
  });
});

describe('personal data', () => {
  test('download my data includes linked responses; deleting the account removes the link and equality answers', async () => {
    const { id } = await buildSurvey(t.ctx, { anonymous: false, easyRead: false, title: 'Named survey' });
    const { agent, user } = await signedInAgent(t);
    await agent.submit(`/surveys/${id}`, {}, 'Start now');
    await agent.submit(`/surveys/${id}/about-you`, { roles: ['carer'] }, 'Continue');
    await agent.submit(`/surveys/${id}/page/p1`, { q1: 'easy' }, 'Continue');
    await agent.submit(`/surveys/${id}/page/p3`, { q3: 'My own words' }, 'Continue');
    await agent.submit(`/surveys/${id}/check`, {}, 'Send response');
    const exporter = t.ctx.privacy.exporters.find((e) => e.moduleId === 'surveys')!;
    const data = (await exporter.exportFor(user.id)) as { survey: string; answers: Record<string, string> }[];
    assert.deepEqual(data.map((d) => [d.survey, d.answers.q3]), [['Named survey', 'My own words']]);
    const eraser = t.ctx.privacy.erasers.find((e) => e.moduleId === 'surveys')!;
    await t.db.transaction((tx) => eraser.eraseFor(tx, user.id));
    const { rows } = await t.db.query('SELECT user_id, equality, status FROM survey_responses WHERE survey_id = $1', [id]);
    assert.deepEqual(rows, [{ user_id: null, equality: null, status: 'submitted' }]);
  });
});
