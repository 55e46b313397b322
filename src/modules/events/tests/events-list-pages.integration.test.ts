// The public events list comes a page at a time (it used to stop at 500 events): page 2 by its link shows the next
// events in date order, the filters are kept on every page link, and a bad ?page= never gives an error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryAllByRole, within } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { assertPagination, pageLink } from '../../../../tests/support/pagination.ts';
import { buildEvent } from '../testing/factories.ts';

const TOTAL = 57;
const DAY = 24 * 3600 * 1000;
const NAV = 'Pages of events';
let t: TestApp;
const titles: string[] = [];
before(async () => {
  t = await buildTestApp();
  const base = Date.now() + 7 * DAY;
  for (let i = 0; i < TOTAL; i++) {
    const title = `Listening event ${String(i + 1).padStart(2, '0')}`;
    titles.push(title);
    await buildEvent(t.ctx, { title, starts_at: new Date(base + i * DAY), ends_at: new Date(base + i * DAY + 3600_000), audiences: ['community'], format: 'online' });
  }
});
after(() => t.close());

/** the event titles listed, in order (each is a level-3 heading with a link) */
const listed = (doc: Document) => queryAllByRole(doc.body, 'heading', { level: 3 }).map((h) => text(h)).filter((s) => s.startsWith('Listening event'));

test('the public events list shows 50 events, then the rest on page 2, keeping the filters', async () => {
  const agent = new Agent(t.app);
  const first = await agent.get('/events?audience=community');
  assert.equal(first.status, 200);
  assert.deepEqual(listed(first.document), titles.slice(0, 50));
  getByRole(first.document.body, 'heading', { level: 2, name: `Showing 1 to 50 of ${TOTAL} events` });
  assertPagination(first.document, NAV, { current: 1, pageCount: 2 });
  const href = pageLink(first.document, NAV, 2);
  assert.match(href, /^\/events\?.*audience=community.*&page=2$/);
  const second = await agent.get(href);
  assert.deepEqual(listed(second.document), titles.slice(50));
  assert.match(text(second.document.querySelector('title')), /^Events \(page 2 of 2\)/);
  const previous = within(getByRole(second.document.body, 'navigation', { name: NAV })).getByRole('link', { name: /Previous/ });
  assert.deepEqual(listed((await agent.get(previous.getAttribute('href')!)).document), titles.slice(0, 50));
});

test('a bad page number gives page 1, or the last page past the end, never an error', async () => {
  const agent = new Agent(t.app);
  for (const bad of ['abc', '-3', '%00']) {
    const page = await agent.get(`/events?page=${bad}`);
    assert.equal(page.status, 200, bad);
    assert.deepEqual(listed(page.document), titles.slice(0, 50), bad);
  }
  const past = await agent.get('/events?page=99999999999999999999');
  assert.deepEqual(listed(past.document), titles.slice(50));
});
