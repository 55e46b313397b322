// The insight workspace on a real database: items written straight into insight_items (this module's own table) with
// known themes, roles, channels and phases; the theme overview's counts, shares, splits and small-number
// suppression, and a theme's page (lowest confidence first, search, pages, 404, roles).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole, queryByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';

const FOOD = 'Food & drink provision & facilities';
const PARKING = 'Parking';
const STAFF = 'Staff manner & personal attributes';

let t: TestApp;
let programme: { id: string; phaseIds: string[] };
let n = 0;

interface ItemInput {
  theme: string | null;
  score?: number;
  text?: string;
  sentiment?: string | null;
  roles?: string[];
  channel?: string;
  kind?: 'individual' | 'organisation';
  phase?: 0 | 1;
  day?: number;
}

async function insert(i: ItemInput) {
  n++;
  await t.db.query(
    `INSERT INTO insight_items (id, module, source, programme_id, phase_id, prompt, text, text_hash, roles, channel, kind, people_represented, variant, created_at, href, themes, sentiment, unclassified, model_version)
     VALUES ($1, 'surveys', 'answer', $2, $3, 'What could we do better?', $4, 'hash', $5, $6, $7, $8, 'standard', $9, $10, $11, $12, $13, 'test-model')`,
    [
      `surveys:answer:${String(n).padStart(4, '0')}`,
      programme.id,
      programme.phaseIds[i.phase ?? 0],
      i.text ?? `Comment number ${n}`,
      i.roles ?? ['carer'],
      i.channel ?? 'online',
      i.kind ?? 'individual',
      i.kind === 'organisation' ? 40 : null,
      new Date(Date.UTC(2026, 10, 1 + (i.day ?? n % 28))),
      `/admin/surveys/x/responses/${n}`,
      JSON.stringify(i.theme ? [{ theme: i.theme, score: i.score ?? 0.9 }, { theme: 'Organisation & efficiency', score: 0.2 }] : []),
      i.theme ? i.sentiment ?? 'negative' : null,
      i.theme === null,
    ],
  );
}

before(async () => {
  t = await buildTestApp();
  programme = await buildProgramme(t.ctx, { title: 'Inpatient food review' });
  // food: 22 in the first phase online (one of them low confidence, about soup), 6 in the second on paper, and one
  // organisation's by email in the second phase: 29
  for (let i = 0; i < 21; i++) await insert({ theme: FOOD, score: 0.6 + (i % 10) * 0.03 });
  await insert({ theme: FOOD, score: 0.3, text: 'The soup was cold.\nEvery single day.' });
  for (let i = 0; i < 6; i++) await insert({ theme: FOOD, score: 0.8, channel: 'paper', phase: 1 });
  await insert({ theme: FOOD, score: 0.85, channel: 'email', kind: 'organisation', phase: 1, roles: ['organisation'] });
  for (let i = 0; i < 6; i++) await insert({ theme: PARKING, score: 0.95, roles: ['public'] });
  for (let i = 0; i < 2; i++) await insert({ theme: STAFF, score: 0.7, sentiment: 'positive', roles: ['staff'] });
  await insert({ theme: null, text: '12345' });
});
after(() => t.close());

const rowOf = (table: HTMLElement, header: string) => getByRole(table, 'rowheader', { name: header }).closest('tr')!;
const cellsOf = (row: Element) => [...row.querySelectorAll('td')].map((c) => text(c));

describe('the theme overview', () => {
  test('counts each item under its top theme, with shares, splits and links to the items', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const insight = await agent.get('/admin/insight');
    assert.ok(getByRole(insight.document.body, 'link', { name: 'See the themes in what people told us' }));
    const page = await agent.get('/admin/insight/themes');
    assert.equal(page.status, 200);
    const body = page.document.body;
    assert.match(text(body), /Each item is counted once, under its top theme/);
    // the bar chart is drawn (an image named by its title) beside its table
    getByRole(body, 'img', { name: /^Items by theme/ });
    assert.match(text(body), /Items analysed\s*38/);
    assert.match(text(body), /Items with no theme\s*fewer than 5/);
    const themes = getByRole(body, 'table', { name: 'Items by theme' });
    assert.deepEqual(cellsOf(rowOf(themes, FOOD)), ['29 items: Food & drink provision & facilities', '76%']);
    // 2 and 1 are small; together they are under 5, so the next smallest (6) is hidden too, or 38 − 29 would give them
    assert.deepEqual(cellsOf(rowOf(themes, STAFF)), ['fewer than 5', 'not shown']);
    assert.deepEqual(cellsOf(rowOf(themes, 'No theme (unclassified)')), ['fewer than 5', 'not shown']);
    assert.deepEqual(cellsOf(rowOf(themes, PARKING)), ['not shown', 'not shown']);
    assert.equal(queryByRole(rowOf(themes, STAFF), 'link'), null, 'a hidden count is not a link');
    const link = getByRole(themes, 'link', { name: `29 items: ${FOOD}` });
    assert.equal(link.getAttribute('href'), `/admin/insight/themes/${encodeURIComponent(FOOD)}`);
    assert.ok(body.querySelector('svg[role="img"]'), 'the chart is drawn');

    const sentiment = getByRole(body, 'table', { name: 'Items by theme and sentiment' });
    assert.deepEqual(cellsOf(rowOf(sentiment, FOOD)), ['0', '0', '29', '0']);
    assert.equal(getByRole(sentiment, 'link', { name: '29' }).getAttribute('href'), `/admin/insight/themes/${encodeURIComponent(FOOD)}?sentiment=negative`);
    const kinds = getByRole(body, 'table', { name: 'Items by theme and individual or organisation' });
    assert.deepEqual(cellsOf(rowOf(kinds, FOOD)), ['28', '1']);
    const channels = getByRole(body, 'table', { name: 'Items by theme and channel' });
    assert.deepEqual(within(channels).getAllByRole('columnheader').map((h) => text(h)), ['Theme', 'Email', 'Online', 'Paper']);
    // email is 1 item, but from an organisation: shown
    assert.deepEqual(cellsOf(rowOf(channels, FOOD)), ['1', '22', '6']);
    const roles = getByRole(body, 'table', { name: 'Items by theme and audience or role' });
    assert.equal(cellsOf(rowOf(roles, STAFF)).filter((c) => c === 'fewer than 5').length, 1);
    assert.equal(queryByRole(body, 'table', { name: 'Items by theme and phase' }), null, 'phases need a programme');
  });

  test('filters narrow the counts, and a programme shows a column per phase', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const [listen, draft] = programme.phaseIds;
    const all = (await agent.get(`/admin/insight/themes?programme=${programme.id}`)).document.body;
    const phases = getByRole(all, 'table', { name: 'Items by theme and phase' });
    assert.deepEqual(within(phases).getAllByRole('columnheader').map((h) => text(h)), ['Theme', 'Listen', 'Draft']);
    assert.deepEqual(cellsOf(rowOf(phases, FOOD)), ['22', '7']);
    assert.equal(getByRole(phases, 'link', { name: '7' }).getAttribute('href'), `/admin/insight/themes/${encodeURIComponent(FOOD)}?programme=${programme.id}&phase=${draft}`);

    const body = (await agent.get(`/admin/insight/themes?programme=${programme.id}&phase=${listen}`)).document.body;
    assert.match(text(body), /Items analysed matching these filters\s*31/);
    const themes = getByRole(body, 'table', { name: 'Items by theme' });
    assert.equal(cellsOf(rowOf(themes, FOOD))[0], `22 items: ${FOOD}`);
    assert.equal(
      getByRole(themes, 'link', { name: `22 items: ${FOOD}` }).getAttribute('href'),
      `/admin/insight/themes/${encodeURIComponent(FOOD)}?programme=${programme.id}&phase=${listen}`,
    );
    assert.equal((getByRole(body, 'combobox', { name: 'Phase' }) as HTMLSelectElement).value, listen);

    const staff = (await agent.get('/admin/insight/themes?role=staff')).document.body;
    assert.match(text(staff), /Items analysed matching these filters\s*fewer than 5/);
    assert.deepEqual(cellsOf(rowOf(getByRole(staff, 'table', { name: 'Items by theme' }), STAFF)), ['fewer than 5', 'not shown']);

    const junk = await agent.get('/admin/insight/themes?programme=nope&phase=1&kind=robot&source=%3Cb%3E&channel=x%20y');
    assert.equal(junk.status, 200);
    assert.match(text(junk.document.body), /Items analysed\s*38/);
  });
});

describe("a theme's page", () => {
  test('lists the items lowest confidence first, with search words and pages of 25', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const page = await agent.get(`/admin/insight/themes/${encodeURIComponent(FOOD)}`);
    assert.equal(page.status, 200);
    const body = page.document.body;
    assert.equal(text(getByRole(body, 'heading', { level: 1 })), FOOD);
    assert.match(text(body), /Showing 1 to 25 of 29 items/);
    const items = within(getByRole(body, 'list', { name: 'Items' })).getAllByRole('listitem');
    assert.equal(items.length, 25);
    assert.match(text(items[0]), /The soup was cold/);
    assert.match(text(items[0]), /Confidence\s*Low \(30%\)/);
    assert.match(text(items[0]), /From\s*Survey answers: What could we do better\?/);
    assert.ok(items[0]!.innerHTML.includes('The soup was cold.\nEvery single day.'), 'line breaks kept');
    assert.match(text(items[1]), /Confidence\s*60%/);
    const next = (await agent.get(getByRole(body, 'link', { name: /Next/ }).getAttribute('href')!)).document.body;
    assert.match(text(next), /Showing 26 to 29 of 29 items/);
    assert.equal(within(getByRole(next, 'list', { name: 'Items' })).getAllByRole('listitem').length, 4);

    const soup = (await agent.get(`/admin/insight/themes/${encodeURIComponent(FOOD)}?q=cold+SOUP`)).document.body;
    const found = within(getByRole(soup, 'list', { name: 'Items' })).getAllByRole('listitem');
    assert.equal(found.length, 1);
    assert.match(text(found[0]), /The soup was cold/);
    assert.match(text((await agent.get(`/admin/insight/themes/${encodeURIComponent(FOOD)}?q=%25`)).document.body), /No items match/);

    const paper = (await agent.get(`/admin/insight/themes/${encodeURIComponent(FOOD)}?channel=paper&sort=date`)).document.body;
    assert.match(text(paper), /^.*6 items/s);
    assert.equal(within(getByRole(paper, 'list', { name: 'Items' })).getAllByRole('listitem').length, 6);

    const none = (await agent.get('/admin/insight/themes/unclassified')).document.body;
    assert.equal(text(getByRole(none, 'heading', { level: 1 })), 'No theme (unclassified)');
    assert.match(text(none), /12345/);
    assert.match(text(none), /Confidence\s*None/);
    assert.equal(getAllByRole(none, 'link', { name: /See it where it was given/ })[0]!.getAttribute('href')?.startsWith('/admin/surveys/x/responses/'), true);
  });

  test('an unknown theme is not found; participants may not see the workspace; signed out goes to sign in', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    assert.equal((await agent.get('/admin/insight/themes/Not%20a%20theme')).status, 404);
    const { agent: participant } = await signedInAgent(t, ['participant']);
    assert.equal((await participant.get('/admin/insight/themes')).status, 403);
    assert.equal((await participant.get(`/admin/insight/themes/${encodeURIComponent(FOOD)}`)).status, 403);
    const signedOut = await new Agent(t.app).get('/admin/insight/themes');
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.location ?? '', /sign-in/);
  });
});
