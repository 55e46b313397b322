// A programme page with a long timeline: "Have your say" near the top, each phase's items grouped by kind with
// counts, long lists cut to the next few with a "Show all N events" link, and the full list behind it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, getAllByRole, queryByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { buildProgramme } from '../testing/factories.ts';
import { buildEvent } from '../../events/testing/factories.ts';
import { buildSurvey } from '../../surveys/testing/factories.ts';

const DAY = 24 * 3600 * 1000;
let t: TestApp;
let programmeId: string;
let listenId: string;
before(async () => {
  t = await buildTestApp();
  const p = await buildProgramme(t.ctx, { title: 'Long review' });
  programmeId = p.id;
  listenId = p.phaseIds[0]!;
  // 30 events that have happened and 12 coming up, all in the Listen phase, and one open survey
  for (let n = 0; n < 42; n++) {
    const starts = new Date(Date.now() + (n < 30 ? -(60 - n) : n - 28) * DAY);
    await buildEvent(t.ctx, { title: `${n < 30 ? 'Past' : 'Coming'} forum ${String(n).padStart(2, '0')}`, programme_id: p.id, phase_id: listenId, starts_at: starts, ends_at: new Date(starts.getTime() + 2 * 3600_000), status: n < 30 ? 'closed' : 'published' });
  }
  await buildSurvey(t.ctx, { title: 'Tell us about getting help', programmeId: p.id, phaseId: listenId, closesOn: '2099-06-30' });
  await buildSurvey(t.ctx, { title: 'Draft survey nobody sees', programmeId: p.id, phaseId: listenId, status: 'draft' });
  await buildEvent(t.ctx, { title: 'Programme launch', programme_id: p.id, phase_id: null });
});
after(() => t.close());

const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);

describe('a programme page with a long timeline', () => {
  test('"Have your say" comes before the timeline, with the open survey and its details', async () => {
    const page = await new Agent(t.app).get(`/programmes/${programmeId}`);
    assert.equal(page.status, 200);
    const body = page.document.body;
    const block = getByRole(body, 'region', { name: 'Have your say' });
    const survey = getByRole(block, 'link', { name: 'Tell us about getting help' });
    assert.match(text(block), /Survey\. Easy Read version available\. About 5 minutes\. Closes on 30 June 2099\./);
    assert.equal(queryByRole(block, 'link', { name: 'Draft survey nobody sees' }), null);
    getByRole(block, 'link', { name: 'Everything open now, in every programme' });
    const timeline = getByRole(body, 'heading', { level: 2, name: 'Timeline' });
    const firstEvent = getAllByRole(body, 'link', { name: /forum \d\d$/ })[0]!;
    assert.ok(follows(survey, timeline) && follows(survey, firstEvent), 'the survey is above the timeline and every event');
  });

  test('each phase groups its items by kind with counts, and a long list shows the next few with "Show all 42 events"', async () => {
    const page = await new Agent(t.app).get(`/programmes/${programmeId}`);
    const listen = getByRole(page.document.body, 'heading', { level: 3, name: /^Listen/ }).closest('li')!;
    getByRole(listen, 'heading', { level: 4, name: 'Events (42)' });
    getByRole(listen, 'heading', { level: 4, name: 'Surveys (1)' });
    const shown = within(listen).getAllByRole('link', { name: /forum \d\d$/ }).map((a) => text(a));
    assert.deepEqual(shown, ['Coming forum 30', 'Coming forum 31', 'Coming forum 32', 'Coming forum 33', 'Coming forum 34'], 'the next five coming up, not the oldest');
    const all = getByRole(listen, 'link', { name: 'Show all 42 events in the Listen phase' });
    assert.equal(all.getAttribute('href'), `/programmes/${programmeId}/timeline?phase=${listenId}&kind=events`);
    getByRole(listen, 'link', { name: 'Tell us about getting help' });
    assert.equal(queryByRole(listen, 'link', { name: /^Show all \d+ surveys/ }), null, 'a short list is shown whole');
    const draft = getByRole(page.document.body, 'heading', { level: 3, name: /^Draft/ }).closest('li')!;
    assert.match(text(draft), /Nothing is on in this phase yet/);
    getByRole(page.document.body, 'heading', { level: 2, name: 'Across the programme' });
    getByRole(page.document.body, 'heading', { level: 3, name: 'Events (1)' });
    getByRole(page.document.body, 'link', { name: 'Programme launch' });
  });

  test('"Show all 42 events" opens the full list, which works without JavaScript (a plain link and page)', async () => {
    const agent = new Agent(t.app);
    const page = await agent.get(`/programmes/${programmeId}`);
    const href = getByRole(page.document.body, 'link', { name: 'Show all 42 events in the Listen phase' }).getAttribute('href')!;
    const full = await agent.get(href);
    assert.equal(full.status, 200);
    getByRole(full.document.body, 'heading', { level: 1, name: 'All events in the Listen phase' });
    getByRole(full.document.body, 'heading', { level: 2, name: 'Events (42)' });
    assert.equal(getAllByRole(full.document.body, 'link', { name: /forum \d\d$/ }).length, 42);
    assert.equal(queryByRole(full.document.body, 'link', { name: /^Show all/ }), null);
    assert.equal(queryByRole(full.document.body, 'link', { name: 'Tell us about getting help' }), null, 'only events');
    assert.equal(getByRole(full.document.body, 'link', { name: 'Back to Long review' }).getAttribute('href'), `/programmes/${programmeId}`);
  });

  test('the whole timeline on one page, items across the programme, and bad addresses', async () => {
    const agent = new Agent(t.app);
    const whole = await agent.get(`/programmes/${programmeId}/timeline`);
    assert.equal(whole.status, 200);
    getByRole(whole.document.body, 'heading', { level: 1, name: 'Everything in this programme' });
    getByRole(whole.document.body, 'heading', { level: 2, name: 'Listen phase' });
    assert.equal(getAllByRole(whole.document.body, 'link', { name: /forum \d\d$/ }).length, 42);
    getByRole(whole.document.body, 'link', { name: 'Tell us about getting help' });
    getByRole(whole.document.body, 'link', { name: 'Programme launch' });

    const general = await agent.get(`/programmes/${programmeId}/timeline?phase=general&kind=events`);
    getByRole(general.document.body, 'heading', { level: 1, name: 'All events across the programme' });
    assert.deepEqual(getAllByRole(general.document.body, 'link', { name: /launch|forum/ }).map((a) => text(a)), ['Programme launch']);

    const nothing = await agent.get(`/programmes/${programmeId}/timeline?kind=<b>nonsense</b>`);
    assert.equal(nothing.status, 200);
    assert.match(text(nothing.document.body), /There is nothing to show here yet/);
    assert.doesNotMatch(nothing.body, /<b>nonsense/);

    for (const bad of [`/programmes/${programmeId}/timeline?phase=not-a-phase`, `/programmes/${programmeId}/timeline?phase=00000000-0000-4000-8000-000000000000`, '/programmes/not-an-id/timeline']) {
      assert.equal((await agent.get(bad)).status, 404, bad);
    }
  });
});
