// Every download in Chorus goes through src/platform/exports. This sends hostile cells (spreadsheet formulas) through
// every export route, CSV and XLSX, and checks that none comes out as a formula; that each download is in the audit
// log (who, what, how many rows, with or without equality columns), is not cached and has a safe file name; and who
// may download what.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Agent, buildTestApp, type Page, type TestApp } from '../../tests/support/app.ts';
import { signedInAgent } from '../../tests/support/sign-in.ts';
import { text, type Definition } from '../capabilities/questionnaires/index.ts';
import { buildProgramme } from '../modules/programmes/testing/factories.ts';
import { buildBooking, buildEvent } from '../modules/events/testing/factories.ts';
import { buildSurvey, insertDemoResponses, type DemoRow } from '../modules/surveys/testing/factories.ts';

const HOSTILE = ['=HYPERLINK("http://x","click")', '+1', '-1+2', '@SUM(A1)', '\t=1', '  =1'];
/** what a spreadsheet would read as a formula, written out here rather than taken from the code under test */
const formulaLike = (s: string) => /^[=+\-@\t\r]/.test(s) || /^\s+[=+\-@]/.test(s);

/** a survey whose title, question and option labels and free-text answers are all hostile */
const HOSTILE_DEFINITION: Definition = {
  sections: [{
    id: 'p1',
    title: text('Your views'),
    questions: [
      { id: 'h1', type: 'single-choice', label: text(HOSTILE[0]!), subject: 'the hostile choice', required: false, options: HOSTILE.map((h, i) => ({ value: `o${i}`, label: text(h) })) },
      { id: 'h2', type: 'long-text', label: text('Tell us more'), subject: 'more', required: false, maxLength: 500 },
    ],
  }],
};

let t: TestApp;
let admin: Agent;
let adminId: string;
let facilitator: Agent;
let programmeId: string;
let eventId: string;
let surveyId: string;
const agents: Record<string, Agent> = {};

before(async () => {
  t = await buildTestApp();
  const p = await buildProgramme(t.ctx, { title: 'Export test programme' });
  programmeId = p.id;
  for (const [i, h] of HOSTILE.entries()) {
    await buildEvent(t.ctx, { title: h, venue_name: h, programme_id: programmeId, starts_at: new Date(Date.UTC(2030, 0, 1 + i, 14)), ends_at: new Date(Date.UTC(2030, 0, 1 + i, 16)) });
  }
  eventId = await buildEvent(t.ctx, { title: HOSTILE[0]!, capacity: 20 });
  for (const h of HOSTILE) await buildBooking(t.ctx, eventId, { name: h, organisation: h, dietary: h, accessOther: h, accessNeeds: ['dietary'] });

  surveyId = (await buildSurvey(t.ctx, { title: HOSTILE[0]!, definition: HOSTILE_DEFINITION })).id;
  const rows: DemoRow[] = HOSTILE.map((h, i) => ({
    kind: 'individual', variant: 'standard', channel: 'online', roles: ['public'], answers: { h1: `o${i}`, h2: h }, equality: { 'ethnic-group': 'white' }, equalityChoice: 'answered', daysAgo: 1,
  }));
  rows.push({ kind: 'organisation', variant: 'standard', channel: 'online', roles: [], answers: { h2: HOSTILE[1]! }, equality: null, equalityChoice: null, organisationName: HOSTILE[3]!, gatheredHow: 'focus-group', representsCount: 12, representsWho: HOSTILE[2]!, daysAgo: 0 });
  await insertDemoResponses(t.db, surveyId, rows);

  const a = await signedInAgent(t, ['participant', 'admin']);
  admin = a.agent;
  adminId = a.user.id;
  facilitator = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
  agents.participant = (await signedInAgent(t, ['participant'])).agent;
  agents.moderator = (await signedInAgent(t, ['participant', 'moderator'])).agent;
  agents.facilitator = facilitator;
  agents.admin = admin;
});
after(() => t.close());

interface Route {
  url: () => string;
  format: 'csv' | 'xlsx';
  file: string;
  what: string;
  subject: [type: string, id: () => string | null];
  /** data rows the file should hold */
  rows: number;
  /** what the admin's download has in the audit log beyond the usual */
  equalityColumns: boolean;
}

const ROUTES: Route[] = [
  { url: () => '/admin/events/export.csv', format: 'csv', file: 'all-events.csv', what: 'event.all-events', subject: ['events', () => null], rows: HOSTILE.length + 1, equalityColumns: false },
  { url: () => `/admin/events/export.csv?programme=${programmeId}`, format: 'csv', file: 'export-test-programme-events.csv', what: 'event.programme-events', subject: ['programme', () => programmeId], rows: HOSTILE.length, equalityColumns: false },
  { url: () => `/admin/events/${eventId}/bookings.csv`, format: 'csv', file: 'hyperlink-http-x-click-bookings.csv', what: 'event.bookings', subject: ['event', () => eventId], rows: HOSTILE.length, equalityColumns: false },
  { url: () => `/admin/surveys/${surveyId}/responses.csv`, format: 'csv', file: 'hyperlink-http-x-click-responses.csv', what: 'survey.responses', subject: ['survey', () => surveyId], rows: HOSTILE.length + 1, equalityColumns: true },
  { url: () => `/admin/surveys/${surveyId}/responses.xlsx`, format: 'xlsx', file: 'hyperlink-http-x-click-responses.xlsx', what: 'survey.responses', subject: ['survey', () => surveyId], rows: HOSTILE.length + 1, equalityColumns: true },
  { url: () => `/admin/surveys/${surveyId}/summary.csv`, format: 'csv', file: 'hyperlink-http-x-click-summary.csv', what: 'survey.summary', subject: ['survey', () => surveyId], rows: -1, equalityColumns: false },
];

/** every cell of a downloaded file, row by row (the heading row first), and whether any XLSX cell is a formula */
async function cellsOf(page: Page, format: 'csv' | 'xlsx'): Promise<{ rows: string[][]; formulas: string[] }> {
  if (format === 'csv') return { rows: parseCsv(page.body, { bom: true, relax_column_count: true }) as string[][], formulas: [] };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(page.raw as unknown as ArrayBuffer);
  const rows: string[][] = [];
  const formulas: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow({ includeEmpty: true }, (row) => {
    const out: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) formulas.push(cell.address);
      out.push(cell.value === null || cell.value === undefined ? '' : String(cell.value));
    });
    rows.push(out);
  }));
  return { rows, formulas };
}

const lastExport = async () =>
  (await t.db.query<{ actor_id: string | null; subject_type: string; subject_id: string | null; details: Record<string, unknown> }>(
    `SELECT actor_id, subject_type, subject_id, details FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1`,
  )).rows[0];
const exportCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'export'`)).rows[0]!.n;

describe('every export route', () => {
  for (const route of ROUTES) {
    test(`${route.format.toUpperCase()} ${route.what}: no cell is a formula; audit log, no-store and a safe file name`, async () => {
      const page = await admin.get(route.url());
      assert.equal(page.status, 200);
      assert.equal(page.headers['cache-control'], 'no-store');
      assert.equal(page.headers['content-disposition'], `attachment; filename="${route.file}"`);
      assert.match(String(page.headers['content-type']), route.format === 'csv' ? /^text\/csv; charset=utf-8/ : /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/);

      const { rows, formulas } = await cellsOf(page, route.format);
      assert.deepEqual(formulas, [], 'no XLSX cell holds a formula');
      const cells = rows.flat();
      assert.deepEqual(cells.filter(formulaLike), [], 'no cell starts like a formula');
      for (const h of HOSTILE) assert.ok(cells.includes(`'${h}`), `${JSON.stringify(h)} is in the file, shown as typed with a leading apostrophe`);

      const entry = (await lastExport())!;
      assert.equal(entry.actor_id, adminId);
      assert.deepEqual([entry.subject_type, entry.subject_id], [route.subject[0], route.subject[1]()]);
      const dataRows = rows.length - 1;
      if (route.rows >= 0) assert.equal(dataRows, route.rows);
      assert.deepEqual(
        { export: entry.details.export, format: entry.details.format, rows: entry.details.rows, equalityColumns: entry.details.equalityColumns, complete: entry.details.complete },
        { export: route.what, format: route.format, rows: dataRows, equalityColumns: route.equalityColumns, complete: true },
      );
    });
  }

  test('a facilitator’s responses export has no equality columns, and the audit log says so', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const page = await facilitator.get(`/admin/surveys/${surveyId}/responses.${format}`);
      assert.equal(page.status, 200);
      const header = (await cellsOf(page, format)).rows[0]!;
      assert.ok(header.includes('Tell us more'));
      assert.equal(header.some((h) => h.startsWith('Equality')), false);
      assert.equal((await lastExport())!.details.equalityColumns, false);
    }
    const adminHeader = (await cellsOf(await admin.get(`/admin/surveys/${surveyId}/responses.csv`), 'csv')).rows[0]!;
    assert.ok(adminHeader.includes('Equality: What is your ethnic group?'));
  });

  test('the events list links to the all-events CSV', async () => {
    const page = await admin.get('/admin/events');
    assert.equal(getByRole(page.document.body, 'link', { name: 'Download all events (CSV)' }).getAttribute('href'), '/admin/events/export.csv');
    const inProgramme = await admin.get(`/admin/events?programme=${programmeId}`);
    assert.equal(getByRole(inProgramme.document.body, 'link', { name: 'Download all events in this programme (CSV)' }).getAttribute('href'), `/admin/events/export.csv?programme=${programmeId}`);
  });

  test('large exports are read a page at a time with every row once, in the order responses came in', async () => {
    const { id } = await buildSurvey(t.ctx, { title: 'Many responses', definition: HOSTILE_DEFINITION });
    // 1,201 responses over three days: many share a submitted time, so paging must break ties by id
    const many: DemoRow[] = Array.from({ length: 1201 }, (_, i) => ({ kind: 'individual', variant: 'standard', channel: 'online', roles: ['public'], answers: { h2: `answer ${i}` }, equality: null, equalityChoice: null, daysAgo: 2 - (i % 3) }));
    await insertDemoResponses(t.db, id, many);
    for (const format of ['csv', 'xlsx'] as const) {
      const { rows } = await cellsOf(await admin.get(`/admin/surveys/${id}/responses.${format}`), format);
      const body = rows.slice(1);
      assert.equal(body.length, 1201, format);
      assert.equal(new Set(body.map((r) => r[0])).size, 1201, `${format}: every reference once`);
      const submitted = body.map((r) => r[1]!);
      assert.deepEqual(submitted, [...submitted].sort(), `${format}: oldest first`);
      assert.equal((await lastExport())!.details.rows, 1201);
    }
  });
});

describe('who may download', () => {
  test('signed-out people are sent to sign in; participants and moderators get 403 and nothing is logged; facilitators and admins get the file', async () => {
    for (const route of ROUTES) {
      const before = await exportCount();
      const guest = await new Agent(t.app).get(route.url());
      assert.equal(guest.status, 303, route.url());
      assert.match(guest.location ?? '', /^\/sign-in\?next=/);
      for (const who of ['participant', 'moderator']) {
        const res = await agents[who]!.get(route.url());
        assert.equal(res.status, 403, `${who} ${route.url()}`);
        assert.equal(res.headers['content-disposition'], undefined);
      }
      assert.equal(await exportCount(), before, 'refused downloads write no export entry');
      for (const who of ['facilitator', 'admin']) assert.equal((await agents[who]!.get(route.url())).status, 200, `${who} ${route.url()}`);
      assert.equal(await exportCount(), before + 2);
    }
  });

  test('an unknown programme, event or survey is a 404, not an empty file', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const url of [`/admin/events/export.csv?programme=${missing}`, '/admin/events/export.csv?programme=nonsense', `/admin/events/${missing}/bookings.csv`, `/admin/surveys/${missing}/responses.csv`, `/admin/surveys/${missing}/responses.xlsx`, `/admin/surveys/${missing}/summary.csv`]) {
      assert.equal((await admin.get(url)).status, 404, url);
    }
  });
});
