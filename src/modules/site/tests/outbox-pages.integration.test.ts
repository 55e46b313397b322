// The email outbox comes a page at a time, newest first (it used to show the newest 200 only), by "Older
// emails" and "Newer emails" links that read from an id, so a deep page costs no more than the first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import { buildTestApp, text, type Agent, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';

const NAV = 'Pages of emails';
const TOTAL = 130;
let t: TestApp;
let admin: Agent;
const subject = (i: number) => `Paging email ${String(i).padStart(3, '0')}`;
before(async () => {
  t = await buildTestApp();
  admin = (await signedInAgent(t, ['participant', 'admin'])).agent;
  for (let i = 1; i <= TOTAL; i++) await t.ctx.outbox.send({ to: `person${i}@example.org`, subject: subject(i), text: 'Hello', purpose: 'paging-test' });
});
after(() => t.close());

const subjects = (doc: Document) => within(getByRole(doc.body, 'table')).getAllByRole('link').map((a) => text(a)).filter((s) => s.startsWith('Paging email'));
const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, k) => subject(from - k));
const link = (doc: Document, name: RegExp) => {
  const nav = getByRole(doc.body, 'navigation', { name: NAV });
  return within(nav).getByRole('link', { name }).getAttribute('href')!;
};

describe('email outbox, a page at a time', () => {
  test('newest first; Older emails and Newer emails move through the pages', async () => {
    const first = await admin.get('/admin/outbox');
    assert.equal(first.status, 200);
    assert.deepEqual(subjects(first.document), range(130, 81));
    assert.equal(queryByRole(getByRole(first.document.body, 'navigation', { name: NAV }), 'link', { name: /Newer emails/ }), null, 'the newest page has no newer link');
    const second = await admin.get(link(first.document, /Older emails/));
    assert.equal(second.status, 200);
    assert.deepEqual(subjects(second.document), range(80, 31));
    const third = await admin.get(link(second.document, /Older emails/));
    const shown = subjects(third.document);
    assert.deepEqual(shown.slice(0, 30), range(30, 1));
    assert.equal(queryByRole(getByRole(third.document.body, 'navigation', { name: NAV }), 'link', { name: /Older emails/ }), null, 'the oldest page has no older link');
    const back = await admin.get(link(third.document, /Newer emails/));
    assert.deepEqual(subjects(back.document), range(80, 31), 'Newer emails goes back to the page before');
  });

  test('a bad cursor gives the newest page, never an error', async () => {
    for (const bad of ['abc', '-1', '0', '1.5', '99999999999999999999999']) {
      const page = await admin.get(`/admin/outbox?before=${bad}`);
      assert.equal(page.status, 200, bad);
      assert.deepEqual(subjects(page.document), range(130, 81), bad);
    }
    const past = await admin.get('/admin/outbox?before=1');
    assert.equal(past.status, 200);
    assert.match(text(past.document.querySelector('main')), /No emails on this page/);
    assert.equal(link(past.document, /Newest emails/), '/admin/outbox', 'a way back to the newest emails');
  });
});
