// People and roles comes a page at a time (it used to stop at 200 people): page 2 by its link shows the next
// people by name, the search is kept on page links, and a bad ?page= gives page 1 or the last page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, within } from '@testing-library/dom';
import { buildTestApp, text, type Agent, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { assertPagination, pageLink } from '../../../../tests/support/pagination.ts';
import { buildUser } from '../testing/factories.ts';

const NAV = 'Pages of people';
const TOTAL = 75;
let t: TestApp;
let admin: Agent;
const names = Array.from({ length: TOTAL }, (_, i) => `Paging Person ${String(i + 1).padStart(3, '0')}`);
before(async () => {
  t = await buildTestApp();
  admin = (await signedInAgent(t, ['participant', 'admin'], { name: 'Zed Admin' })).agent;
  for (const name of [...names].reverse()) await buildUser(t.ctx, { name });
});
after(() => t.close());

const shown = (doc: Document) => within(getByRole(doc.body, 'table')).getAllByRole('row').slice(1).map((r) => text(r.querySelector('td')));

describe('people and roles, a page at a time', () => {
  test('page 2 by its link shows the next people by name; the search is kept', async () => {
    const first = await admin.get('/admin/users?q=Paging');
    assert.equal(first.status, 200);
    assert.deepEqual(shown(first.document), names.slice(0, 50));
    assert.equal(text(first.document.querySelector('caption')), `Showing 1 to 50 of ${TOTAL} people`);
    assertPagination(first.document, NAV, { current: 1, pageCount: 2 });
    const href = pageLink(first.document, NAV, 2);
    assert.equal(href, '/admin/users?q=Paging&page=2');
    const second = await admin.get(href);
    assert.deepEqual(shown(second.document), names.slice(50));
    assert.match(text(second.document.querySelector('title')), /^People and roles \(page 2 of 2\)/);
    assertPagination(second.document, NAV, { current: 2, pageCount: 2 });
  });

  test('everyone is counted without a search; a short list has no pagination', async () => {
    const all = await admin.get('/admin/users');
    assert.equal(text(all.document.querySelector('caption')), `Showing 1 to 50 of ${TOTAL + 1} people`);
    const few = await admin.get('/admin/users?q=Zed');
    assert.equal(text(few.document.querySelector('caption')), '1 person');
    assert.equal(few.document.querySelector('nav.nhsuk-pagination'), null);
  });

  test('a bad page number gives page 1, or the last page when it is past the end, never an error', async () => {
    for (const bad of ['abc', '-1', '0', '2.5', '%00']) {
      const page = await admin.get(`/admin/users?q=Paging&page=${bad}`);
      assert.equal(page.status, 200, bad);
      assert.deepEqual(shown(page.document), names.slice(0, 50), bad);
    }
    for (const huge of ['3', '123456789012345678901234567890']) {
      const page = await admin.get(`/admin/users?q=Paging&page=${huge}`);
      assert.equal(page.status, 200, huge);
      assert.deepEqual(shown(page.document), names.slice(50), huge);
    }
  });
});
