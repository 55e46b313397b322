// Written answers come a page at a time, newest first (the page used to show the newest 100 only): page 2 by its
// link shows the next answers, the search and filters are kept, and a bad ?page= gives page 1 or the last page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, text, type Agent, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { assertPagination, pageLink } from '../../../../tests/support/pagination.ts';
import { buildSurvey, insertDemoResponses, type DemoRow } from '../testing/factories.ts';

const NAV = 'Pages of answers';
const TOTAL = 120;
let t: TestApp;
let facilitator: Agent;
let url: string;
const answer = (i: number) => `Answer number ${String(i).padStart(3, '0')}`;
before(async () => {
  t = await buildTestApp();
  facilitator = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
  const { id } = await buildSurvey(t.ctx);
  url = `/admin/surveys/${id}/results/q3`;
  // answer 1 is the newest; every third one came on paper
  const rows: DemoRow[] = Array.from({ length: TOTAL }, (_, i) => ({
    kind: 'individual', variant: 'standard', channel: i % 3 === 0 ? 'paper' : 'online', roles: ['public'],
    answers: { q1: 'easy', q3: answer(i + 1) }, equality: null, equalityChoice: null, daysAgo: i,
  }));
  await insertDemoResponses(t.db, id, rows);
});
after(() => t.close());

const cards = (doc: Document) => [...doc.querySelectorAll('.app-free-text')].map((c) => text(c));
const numbers = (from: number, to: number, keep: (i: number) => boolean = () => true) => Array.from({ length: to - from + 1 }, (_, k) => from + k).filter(keep).map(answer);

describe('written answers, a page at a time', () => {
  test('newest first; page 2 by its link shows the next 50', async () => {
    const first = await facilitator.get(url);
    assert.equal(first.status, 200);
    assert.deepEqual(cards(first.document), numbers(1, 50));
    assert.match(text(first.document.querySelector('main')), new RegExp(`${TOTAL} answers, newest first: showing 1 to 50\\.`));
    assertPagination(first.document, NAV, { current: 1, pageCount: 3 });
    const second = await facilitator.get(pageLink(first.document, NAV, 2));
    assert.deepEqual(cards(second.document), numbers(51, 100));
    assertPagination(second.document, NAV, { current: 2, pageCount: 3 });
    const third = await facilitator.get(pageLink(second.document, NAV, 3));
    assert.deepEqual(cards(third.document), numbers(101, 120));
  });

  test('the search and the filters are kept on page links', async () => {
    const first = await facilitator.get(`${url}?channel=online&search=number`);
    const online = (i: number) => (i - 1) % 3 !== 0;
    assert.deepEqual(cards(first.document), numbers(1, 75, online));
    const href = pageLink(first.document, NAV, 2);
    assert.equal(href, `${url}?channel=online&search=number&page=2`);
    assert.deepEqual(cards((await facilitator.get(href)).document), numbers(76, 120, online));
  });

  test('a bad page number gives page 1, or the last page when it is past the end, never an error', async () => {
    for (const bad of ['abc', '-1', '0', '1.5']) {
      const page = await facilitator.get(`${url}?page=${bad}`);
      assert.equal(page.status, 200, bad);
      assert.deepEqual(cards(page.document), numbers(1, 50), bad);
    }
    for (const huge of ['4', '99999999999999999999999']) {
      const page = await facilitator.get(`${url}?page=${huge}`);
      assert.equal(page.status, 200, huge);
      assert.deepEqual(cards(page.document), numbers(101, 120), huge);
    }
  });
});
