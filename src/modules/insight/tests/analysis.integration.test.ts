// The analysis job end to end on a real database: fake free-text sources (pushed into ctx.freeTextSources) stand in
// for the modules, so these tests do not depend on what surveys, events and consultations offer.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type Page, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { notificationBanner } from '../../../../tests/support/find.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';
import type { FreeTextItem, FreeTextSource } from '../../../platform/module.ts';
import { ANALYSE_JOB, runAnalysis } from '../analyse.ts';

let t: TestApp;
let originalSources: FreeTextSource[];
before(async () => {
  t = await buildTestApp();
  originalSources = [...t.ctx.freeTextSources];
});
after(async () => {
  t.ctx.freeTextSources.splice(0, t.ctx.freeTextSources.length, ...originalSources);
  await t.close();
});

const TEXTS = [
  'The nurse was kind and really listened to me',
  'I waited four hours in A&E before anyone saw me',
  'Nobody answered the phone when I rang the crisis team',
  'The food on the ward was cold and there was no choice',
  'Parking at the hospital was impossible and expensive',
  'My care coordinator changed three times in a year',
  'Staff explained my medication clearly',
  'The waiting room was dirty and noisy',
  'I was not involved in decisions about my care plan',
  'Thank you to everyone on the ward, you were brilliant',
  'It took months to get a referral to the memory clinic',
  'The letters were hard to read and used jargon',
];

function item(n: number, textValue: string): FreeTextItem {
  return {
    id: `fake:note:${String(n).padStart(3, '0')}`,
    module: 'fake',
    source: 'note',
    programmeId: null,
    phaseId: null,
    prompt: 'What could we do better?',
    text: textValue,
    roles: ['carer'],
    channel: 'online',
    kind: 'individual',
    peopleRepresented: null,
    variant: 'standard',
    createdAt: new Date('2026-11-20T10:00:00Z'),
    href: `/fake/${n}`,
  };
}

/** a module's free text in id order, a page at a time; `beforePage` runs before each page is given (1 = the first) */
function fakeSource(items: FreeTextItem[], beforePage?: (page: number) => void | Promise<void>): FreeTextSource {
  let page = 0;
  return {
    moduleId: 'fake',
    async items(afterId, limit = 500) {
      page++;
      await beforePage?.(page);
      return [...items].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((i) => afterId === undefined || i.id > afterId).slice(0, limit);
    },
  };
}

function useSources(...sources: FreeTextSource[]) {
  t.ctx.freeTextSources.splice(0, t.ctx.freeTextSources.length, ...sources);
}

const all = () => TEXTS.map((s, i) => item(i + 1, s));
const PAGE = { pageSize: 5 };

async function stored() {
  const { rows } = await t.db.query<{ id: string; text: string; themes: { theme: string; score: number }[]; sentiment: string | null; unclassified: boolean; model_version: string; analysed_at: Date; roles: string[]; prompt: string }>(
    'SELECT id, text, themes, sentiment, unclassified, model_version, analysed_at, roles, prompt FROM insight_items ORDER BY id',
  );
  return rows;
}
async function runs() {
  const { rows } = await t.db.query<{ status: string; total: number; done: number; changed: number; removed: number; error: string | null }>(
    'SELECT status, total, done, changed, removed, error FROM insight_runs ORDER BY started_at',
  );
  return rows;
}

beforeEach(async () => {
  await t.db.query('DELETE FROM insight_items');
  await t.db.query('DELETE FROM insight_runs');
});

describe('the analysis run', () => {
  test('stores every item with its themes, scores and sentiment, and records the run', async () => {
    useSources(fakeSource(all()));
    const summary = await runAnalysis(t.ctx, PAGE);
    assert.deepEqual({ total: summary.total, done: summary.done, changed: summary.changed, removed: summary.removed }, { total: 12, done: 12, changed: 12, removed: 0 });
    const rows = await stored();
    assert.equal(rows.length, 12);
    for (const r of rows) {
      assert.ok(r.themes.length >= 1, `${r.text} has a theme`);
      for (const th of r.themes) {
        assert.equal(typeof th.theme, 'string');
        assert.ok(th.score > 0 && th.score <= 1);
      }
      assert.deepEqual(r.themes.map((x) => x.score), [...r.themes.map((x) => x.score)].sort((a, b) => b - a), 'most confident first');
      assert.ok(['positive', 'neutral/mixed', 'negative'].includes(r.sentiment ?? ''), `sentiment of ${r.text}`);
      assert.equal(r.unclassified, false);
      assert.equal(r.model_version, summary.modelVersion);
      assert.deepEqual(r.roles, ['carer']);
      assert.equal(r.prompt, 'What could we do better?');
    }
    const food = rows.find((r) => r.text.includes('food'))!;
    assert.ok(food.themes.some((x) => /food|diet/i.test(x.theme)), `food comment themes: ${food.themes.map((x) => x.theme).join(', ')}`);
    assert.equal(rows.find((r) => r.text.startsWith('Thank you'))!.sentiment, 'positive');
    assert.deepEqual(await runs(), [{ status: 'finished', total: 12, done: 12, changed: 12, removed: 0, error: null }]);
  });

  test('text the model cannot read is stored with no theme and no sentiment, and counted on the staff page', async () => {
    useSources(fakeSource([...all(), item(13, '12345 !!!'), item(14, 'Roedd y staff yn garedig iawn'), item(15, 'Great staff https://example.org/resources/photo.jpg')]));
    await runAnalysis(t.ctx, PAGE);
    const rows = await stored();
    for (const id of ['fake:note:013', 'fake:note:014']) {
      const r = rows.find((x) => x.id === id)!;
      assert.deepEqual({ themes: r.themes, sentiment: r.sentiment, unclassified: r.unclassified }, { themes: [], sentiment: null, unclassified: true }, r.text);
    }
    const link = rows.find((x) => x.id === 'fake:note:015')!;
    assert.equal(link.unclassified, false);
    assert.ok(!link.themes.some((x) => /financial/i.test(x.theme)), 'the link is not read as text');
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const counts = getByRole((await agent.get('/admin/insight')).document.body, 'table', { name: 'Items by part of the site' });
    assert.match(text(counts), /fake 15 2/);
  });

  test('a second run changes nothing', async () => {
    useSources(fakeSource(all()));
    await runAnalysis(t.ctx, PAGE);
    const before = await stored();
    const second = await runAnalysis(t.ctx, PAGE);
    assert.equal(second.changed, 0);
    assert.equal(second.removed, 0);
    assert.equal(second.done, 12);
    assert.deepEqual(await stored(), before);
  });

  test('changing the text of one item reclassifies only that item', async () => {
    useSources(fakeSource(all()));
    await runAnalysis(t.ctx, PAGE);
    const before = await stored();
    const items = all();
    items[3] = { ...items[3]!, text: 'Nobody told me when my appointment was' };
    useSources(fakeSource(items));
    const summary = await runAnalysis(t.ctx, PAGE);
    assert.equal(summary.changed, 1);
    const after = await stored();
    const changed = after.filter((r, i) => r.analysed_at.getTime() !== before[i]!.analysed_at.getTime());
    assert.deepEqual(changed.map((r) => r.id), ['fake:note:004']);
    assert.equal(changed[0]!.text, 'Nobody told me when my appointment was');
    assert.ok(!changed[0]!.themes.some((x) => /food/i.test(x.theme)), 'the old themes are gone');
  });

  test('an item its module no longer offers (withdrawn, hidden, erased) is deleted', async () => {
    useSources(fakeSource(all()));
    await runAnalysis(t.ctx, PAGE);
    useSources(fakeSource(all().filter((i) => i.id !== 'fake:note:007')));
    const summary = await runAnalysis(t.ctx, PAGE);
    assert.equal(summary.removed, 1);
    assert.equal(summary.changed, 0);
    const ids = (await stored()).map((r) => r.id);
    assert.equal(ids.length, 11);
    assert.ok(!ids.includes('fake:note:007'));
    assert.equal((await runs()).at(-1)!.removed, 1);
  });

  test('a run that fails half-way is recorded as failed; the next run analyses only the rest and deletes nothing', async () => {
    let broken = true;
    useSources(
      fakeSource(all(), (page) => {
        if (broken && page === 2) throw new Error('connection lost');
      }),
    );
    await assert.rejects(runAnalysis(t.ctx, PAGE), /connection lost/);
    const [failed] = await runs();
    assert.equal(failed!.status, 'failed');
    assert.equal(failed!.done, 5);
    assert.match(failed!.error ?? '', /connection lost/);
    assert.equal((await stored()).length, 5, 'the first page was kept');

    broken = false;
    useSources(fakeSource(all()));
    const summary = await runAnalysis(t.ctx, PAGE);
    assert.equal(summary.done, 12);
    assert.equal(summary.changed, 7, 'only the items the failed run did not reach');
    assert.equal(summary.removed, 0);
    assert.equal((await stored()).length, 12);
    assert.deepEqual((await runs()).map((r) => r.status), ['failed', 'finished']);
  });

  test('a run whose process died is marked as stopped when the next run starts', async () => {
    await t.db.query(`INSERT INTO insight_runs (model_version, status, total, done) VALUES ('old', 'running', 100, 40)`);
    useSources(fakeSource(all()));
    await runAnalysis(t.ctx, PAGE);
    const [dead, next] = await runs();
    assert.equal(dead!.status, 'failed');
    assert.equal(dead!.error, 'Stopped before it finished');
    assert.equal(next!.status, 'finished');
  });

  test('a different model version reclassifies everything', async () => {
    useSources(fakeSource(all()));
    await runAnalysis(t.ctx, PAGE);
    const summary = await runAnalysis(t.ctx, { ...PAGE, modelVersion: 'trust-model-2' });
    assert.equal(summary.changed, 12);
    assert.deepEqual([...new Set((await stored()).map((r) => r.model_version))], ['trust-model-2']);
    assert.equal((await runAnalysis(t.ctx, { ...PAGE, modelVersion: 'trust-model-2' })).changed, 0);
  });

  test('items from every source are read, each in pages', async () => {
    const other = all().map((i) => ({ ...i, id: i.id.replace('fake:', 'other:'), module: 'other' }));
    useSources(fakeSource(all()), { ...fakeSource(other), moduleId: 'other' });
    const summary = await runAnalysis(t.ctx, PAGE);
    assert.equal(summary.done, 24);
    assert.equal((await stored()).length, 24);
  });
});

describe('the staff page', () => {
  test('shows the progress of a running analysis and refreshes itself only while it runs', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    useSources(fakeSource(all()));
    await runAnalysis(t.ctx, PAGE);
    let during: Page | undefined;
    useSources(
      fakeSource(all(), async (page) => {
        if (page === 3) during = await agent.get('/admin/insight');
      }),
    );
    await runAnalysis(t.ctx, { ...PAGE, modelVersion: 'trust-model-2' });
    assert.equal(during!.status, 200);
    const body = during!.document.body;
    getByRole(body, 'heading', { name: 'An analysis is running' });
    assert.match(text(body), /10 of 12 items done/);
    assert.match(text(body), /This page refreshes every 5 seconds while the analysis is running/);
    assert.ok(during!.document.querySelector('meta[http-equiv="refresh"][content="5"]'));
    const runsTable = getByRole(body, 'table', { name: 'Latest runs' });
    assert.match(text(runsTable), /Running/);
    assert.match(text(runsTable), /Finished/);

    const afterwards = await agent.get('/admin/insight');
    assert.equal(afterwards.document.querySelector('meta[http-equiv="refresh"]'), null);
    assert.equal(queryByRole(afterwards.document.body, 'heading', { name: 'An analysis is running' }), null);
    assert.match(text(getByRole(afterwards.document.body, 'table', { name: 'Latest runs' })), /12 of 12/);
    const counts = getByRole(afterwards.document.body, 'table', { name: 'Items by part of the site' });
    assert.match(text(counts), /fake 12 0/);
    assert.match(text(counts), /All 12 0/);
    getByRole(afterwards.document.body, 'link', { name: 'Back' });
  });

  test('the time left is estimated from the rate so far', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    await t.db.query(`INSERT INTO insight_runs (model_version, status, started_at, total, done) VALUES ('m', 'running', now() - interval '2 minutes', 400, 100)`);
    const page = await agent.get('/admin/insight');
    assert.match(text(page.document.body), /100 of 400 items done\. Time left: about 6 minutes\./);
  });

  test('"Analyse all free text now" sends the job, is in the audit log, and the job runs the analysis', async () => {
    const { agent, user } = await signedInAgent(t, ['participant', 'facilitator']);
    const before = (await t.ctx.jobs.find(ANALYSE_JOB)).length;
    const res = await agent.submit('/admin/insight', {}, 'Analyse all free text now');
    assert.equal(res.status, 303);
    assert.equal(res.location, '/admin/insight');
    const jobs = await t.ctx.jobs.find(ANALYSE_JOB);
    assert.equal(jobs.length, before + 1);
    assert.equal(jobs.at(-1)!.state, 'created');
    assert.equal((await findAuditEntries(t.db, { action: 'insight.analysis-requested', actorId: user.id })).length, 1);
    const page = await agent.follow(res);
    assert.match(text(notificationBanner(page.document)), /The analysis will start in a minute or so/);
    assert.match(text(page.document.body), /An analysis is waiting to start/);

    // a process that works the queues picks the job up and runs the analysis
    useSources(fakeSource(all()));
    await t.ctx.jobs.stop();
    await t.ctx.jobs.start({ work: true });
    try {
      for (let i = 0; i < 100 && (await runs()).at(-1)?.status !== 'finished'; i++) await new Promise((r) => setTimeout(r, 200));
    } finally {
      await t.ctx.jobs.stop();
      await t.ctx.jobs.start({ work: false });
    }
    assert.deepEqual(await runs(), [{ status: 'finished', total: 12, done: 12, changed: 12, removed: 0, error: null }]);
    assert.match(text(getByRole((await agent.get('/admin/insight')).document.body, 'table', { name: 'Latest runs' })), /Finished 12 of 12 12 0 None/);
  });

  test('only facilitators and admins can see the page or start a run', async () => {
    const signedOut = await new Agent(t.app).get('/admin/insight');
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.location ?? '', /^\/sign-in\?next=/);
    const { agent: participant } = await signedInAgent(t, ['participant']);
    assert.equal((await participant.get('/admin/insight')).status, 403);
    const { agent: moderator } = await signedInAgent(t, ['participant', 'moderator']);
    assert.equal((await moderator.get('/admin/insight')).status, 403);
    const before = (await t.ctx.jobs.find(ANALYSE_JOB)).length;
    const { agent: facilitator } = await signedInAgent(t, ['participant', 'facilitator']);
    const page = await facilitator.get('/admin/insight');
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Insight: analysis of free text' });
    getByRole(page.document.body, 'button', { name: 'Analyse all free text now' });
    const admin = await facilitator.get('/admin');
    getByRole(admin.document.body, 'link', { name: 'Insight' });
    // a moderator reaches /admin but cannot start a run even with a valid form token from another page
    const token = (await moderator.get('/admin')).document.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
    assert.equal((await moderator.postRaw('/admin/insight/analyse', { _csrf: token })).status, 403);
    assert.equal((await t.ctx.jobs.find(ANALYSE_JOB)).length, before);
  });
});
