import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineJourney, isChanging, summaryRows } from './index.ts';

// a small referral journey: who it is for, their name (only when it is for someone else), what they need
interface S {
  forWhom?: 'me' | 'someone-else';
  theirName?: string;
  need?: string;
}
const referral = defineJourney<S>({
  steps: [
    { slug: 'for-whom', done: (s) => Boolean(s.forWhom) },
    { slug: 'their-name', showIf: (s) => s.forWhom === 'someone-else', done: (s) => Boolean(s.theirName) },
    { slug: 'need', done: (s) => Boolean(s.need) },
  ],
});
const where = { base: '/refer/1', start: '/refer' };

test('pages hidden by a condition are left out of the order, Continue and the back links', () => {
  assert.deepEqual(referral.slugs({ forWhom: 'me' }), ['for-whom', 'need']);
  assert.deepEqual(referral.slugs({ forWhom: 'someone-else' }), ['for-whom', 'their-name', 'need']);
  assert.equal(referral.nextUrl({ forWhom: 'me' }, 'for-whom', where), '/refer/1/need');
  assert.equal(referral.nextUrl({ forWhom: 'someone-else' }, 'for-whom', where), '/refer/1/their-name');
  assert.equal(referral.backUrl({ forWhom: 'me' }, 'need', where), '/refer/1/for-whom');
  assert.equal(referral.backUrl({ forWhom: 'someone-else' }, 'need', where), '/refer/1/their-name');
  assert.equal(referral.backUrl({}, 'for-whom', where), '/refer', 'the first page goes back to the start');
  assert.equal(referral.nextUrl({ forWhom: 'me', need: 'x' }, 'need', where), '/refer/1/check', 'the last page goes to check answers');
  assert.equal(referral.backUrl({ forWhom: 'me' }, 'check', where), '/refer/1/need', 'check answers goes back to the last page shown');
  assert.equal(referral.includes({ forWhom: 'me' }, 'their-name'), false);
  assert.equal(referral.includes({ forWhom: 'me' }, 'check'), true);
});

test('check answers sends people to the first page without an answer', () => {
  assert.equal(referral.firstUnfinished({}), 'for-whom');
  assert.equal(referral.firstUnfinished({ forWhom: 'someone-else', need: 'Help' }), 'their-name');
  assert.equal(referral.firstUnfinished({ forWhom: 'me', need: 'Help' }), undefined, 'a hidden page need not be answered');
});

test('changing an answer returns to check answers, unless the change brings in a page still to answer', () => {
  const done: S = { forWhom: 'me', need: 'Help' };
  assert.equal(referral.changeUrl(where.base, 'need'), '/refer/1/need?change=1');
  assert.equal(referral.backUrl(done, 'need', { ...where, change: true }), '/refer/1/check', 'the back link goes to check answers');
  assert.equal(referral.nextUrl(done, 'need', { ...where, change: true }), '/refer/1/check');
  // changing "for whom" to someone else brings in their name: ask it next, still in change mode, then check answers
  const changed: S = { ...done, forWhom: 'someone-else' };
  assert.equal(referral.nextUrl(changed, 'for-whom', { ...where, change: true }), '/refer/1/their-name?change=1');
  assert.equal(referral.nextUrl({ ...changed, theirName: 'Sam' }, 'their-name', { ...where, change: true }), '/refer/1/check');
});

test('steps may be worked out from the state (e.g. one page per questionnaire section)', () => {
  const pages = defineJourney<{ sections: string[] }>({ steps: (s) => s.sections.map((id) => ({ slug: `page/${id}` })), check: 'review' });
  assert.equal(pages.nextUrl({ sections: ['a', 'b'] }, 'page/a', { base: '/s' }), '/s/page/b');
  assert.equal(pages.nextUrl({ sections: ['a', 'b'] }, 'page/b', { base: '/s' }), '/s/review');
  assert.equal(pages.url('/s', 'review', true), '/s/review', 'check answers itself is never in change mode');
});

test('change mode comes from the address or from a form field', () => {
  assert.equal(isChanging({ query: { change: '1' } }), true);
  assert.equal(isChanging({ query: {}, body: { change: '1' } }), true);
  assert.equal(isChanging({ query: { change: 'yes' }, body: null }), false);
  assert.equal(isChanging({}), false);
});

test('check answers rows for the nhsuk summary list name what each Change link changes', () => {
  const rows = summaryRows([
    { key: 'Name', value: 'Sam', change: { href: '/r/name?change=1', hiddenText: 'name' } },
    { key: 'Organisation', value: '', empty: 'Coming for yourself', change: { href: '/r/organisation?change=1', hiddenText: 'organisation' } },
    { key: 'Reference', value: 'AB-12' },
    { key: 'Needs', html: 'A<br>B' },
  ]);
  assert.deepEqual(rows[0], { key: { text: 'Name' }, value: { text: 'Sam' }, actions: { items: [{ href: '/r/name?change=1', text: 'Change', visuallyHiddenText: 'name' }] } });
  assert.deepEqual(rows[1]!.value, { text: 'Coming for yourself' });
  assert.equal(rows[2]!.actions, undefined, 'a row that cannot be changed has no link');
  assert.deepEqual(rows[3]!.value, { html: 'A<br>B' });
});
