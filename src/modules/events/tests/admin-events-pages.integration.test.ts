// The admin events list comes a page at a time (it used to stop at 500 events): page 2 by its link shows the
// next events in date order, the programme filter is kept, and a bad ?page= gives page 1 or the last page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole, within } from '@testing-library/dom';
import { buildTestApp, text, type Agent, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { assertPagination, pageLink } from '../../../../tests/support/pagination.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildEvent } from '../testing/factories.ts';

const PER_PAGE = 50;
const TOTAL = 123;
const DAY = 24 * 3600 * 1000;
const NAV = 'Pages of events';
let t: TestApp;
let admin: Agent;
let programmeId: string;
const titles: string[] = [];
before(async () => {
  t = await buildTestApp();
  admin = (await signedInAgent(t, ['participant', 'admin'])).agent;
  const p = await buildProgramme(t.ctx, { title: 'Paging programme' });
  programmeId = p.id;
  const base = Date.UTC(2027, 0, 1, 10);
  for (let i = 0; i < TOTAL; i++) {
    const title = `Paging event ${String(i + 1).padStart(3, '0')}`;
    titles.push(title);
    await buildEvent(t.ctx, { title, starts_at: new Date(base + i * DAY), ends_at: new Date(base + i * DAY + 3600_000), programme_id: i < 60 ? programmeId : null, status: 'draft' });
  }
});
after(() => t.close());

const eventTitles = (doc: Document) => getAllByRole(getByRole(doc.body, 'table'), 'link').map((a) => text(a));

describe('admin events list, a page at a time', () => {
  test('page 1 shows the first 50 with numbered pagination; page 2 by its link shows the next 50', async () => {
    const first = await admin.get('/admin/events');
    assert.equal(first.status, 200);
    assert.deepEqual(eventTitles(first.document), titles.slice(0, PER_PAGE));
    assert.equal(text(first.document.querySelector('caption')), `Showing 1 to 50 of ${TOTAL} events`);
    assertPagination(first.document, NAV, { current: 1, pageCount: 3 });

    const second = await admin.get(pageLink(first.document, NAV, 2));
    assert.equal(second.status, 200);
    assert.deepEqual(eventTitles(second.document), titles.slice(PER_PAGE, 2 * PER_PAGE));
    assert.equal(text(second.document.querySelector('caption')), `Showing 51 to 100 of ${TOTAL} events`);
    assert.match(text(second.document.querySelector('title')), /^Events \(page 2 of 3\)/);
    assertPagination(second.document, NAV, { current: 2, pageCount: 3 });

    const next = within(getByRole(second.document.body, 'navigation', { name: NAV })).getByRole('link', { name: /Next/ });
    const third = await admin.get(next.getAttribute('href')!);
    assert.deepEqual(eventTitles(third.document), titles.slice(2 * PER_PAGE));
  });

  test('the programme filter is kept on every page link', async () => {
    const first = await admin.get(`/admin/events?programme=${programmeId}`);
    assert.equal(text(first.document.querySelector('caption')), 'Showing 1 to 50 of 60 events');
    const href = pageLink(first.document, NAV, 2);
    assert.equal(href, `/admin/events?programme=${programmeId}&page=2`);
    const second = await admin.get(href);
    assert.deepEqual(eventTitles(second.document), titles.slice(50, 60));
  });

  test('a bad page number gives page 1, or the last page when it is past the end, never an error', async () => {
    for (const bad of ['abc', '-1', '0', '1.5', '%00', '']) {
      const page = await admin.get(`/admin/events?page=${bad}`);
      assert.equal(page.status, 200, bad);
      assert.deepEqual(eventTitles(page.document), titles.slice(0, PER_PAGE), bad);
    }
    for (const huge of ['4', '99999999999999999999999', '9007199254740993']) {
      const page = await admin.get(`/admin/events?page=${huge}`);
      assert.equal(page.status, 200, huge);
      assert.deepEqual(eventTitles(page.document), titles.slice(2 * PER_PAGE), huge);
      assertPagination(page.document, NAV, { current: 3, pageCount: 3 });
    }
  });
});
