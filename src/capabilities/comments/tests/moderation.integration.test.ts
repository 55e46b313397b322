// The moderation queue (/admin/comments) and each comment's moderation page: who may see them, the order (most
// reports first, then the longest waiting), pages of 20, decisions written to the audit log; and the download of
// every comment, neutralised against spreadsheet formulas.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryAllByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { errorSummary, notificationBanner } from '../../../../tests/support/find.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';
import { flagComment, getComment } from '../index.ts';
import { buildComment, registerTestResource } from '../testing/factories.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  registerTestResource(t.ctx);
});
after(async () => t.close());

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

/** the names of the queue's comments, in order (each card's heading links to its moderation page) */
const queueNames = (doc: Document) => queryAllByRole(doc.body, 'link', { name: /: check this comment$/ }).map((h) => text(h).replace(/: check this comment$/, ''));

test('only moderators, facilitators and admins reach the queue', async () => {
  const out = await new Agent(t.app).get('/admin/comments');
  assert.equal(out.status, 303);
  assert.match(out.location!, /^\/sign-in/);
  assert.equal((await (await signedInAgent(t, ['participant'])).agent.get('/admin/comments')).status, 403);
  for (const role of ['moderator', 'facilitator', 'admin'] as const) {
    const page = await (await signedInAgent(t, [role])).agent.get('/admin/comments');
    assert.equal(page.status, 200, role);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Comments to check' });
  }
  const { agent } = await signedInAgent(t, ['participant']);
  const c = await buildComment(t.db, { moderation: 'pre' });
  assert.equal((await agent.get(`/admin/comments/${c.id}`)).status, 403);
});

test('the queue: most reports first, then the longest waiting, with the reasons, time waiting, page and quote', async () => {
  const { agent } = await signedInAgent(t, ['moderator']);
  const held3h = await buildComment(t.db, { moderation: 'pre', anonymous: false, displayName: 'Held three hours', createdAt: hoursAgo(3), quote: 'The passage quoted' });
  await buildComment(t.db, { moderation: 'pre', anonymous: false, displayName: 'Held one hour', createdAt: hoursAgo(1) });
  const twice = await buildComment(t.db, { anonymous: false, displayName: 'Reported twice', createdAt: hoursAgo(0.5) });
  const once = await buildComment(t.db, { anonymous: false, displayName: 'Reported once', createdAt: hoursAgo(10) });
  await buildComment(t.db, { anonymous: false, displayName: 'Nothing wrong' });
  await flagComment(t.db, twice.id, { reason: 'personal' });
  await flagComment(t.db, twice.id, { reason: 'personal' });
  await flagComment(t.db, once.id, { reason: 'worried', details: 'They sound very low' });

  const page = await agent.get('/admin/comments');
  const names = queueNames(page.document);
  assert.deepEqual(names.filter((n) => n !== 'Anonymous'), ['Reported twice', 'Reported once', 'Held three hours', 'Held one hour'], 'a comment no one reported that is not held is not in the queue');
  const first = getByRole(page.document.body, 'link', { name: 'Reported twice: check this comment' }).closest('li')!;
  assert.match(text(first), /It shares someone's personal details \(2\)/);
  const held = getByRole(page.document.body, 'link', { name: 'Held three hours: check this comment' }).closest('li')!;
  assert.match(text(held), /3 hours/);
  assert.match(text(held), /Waiting for review/);
  assert.match(text(held), /Commenting on: The passage quoted/);
  assert.equal(getByRole(held, 'link', { name: `Test thing ${held3h.resourceId.slice(0, 4)}` }).getAttribute('href'), `/test-things/${held3h.resourceId}`);
});

test('publishing, keeping held or hiding (with a reason) writes the audit log and takes the comment off the queue', async () => {
  const { agent, user } = await signedInAgent(t, ['moderator']);
  const c = await buildComment(t.db, { moderation: 'pre', anonymous: false, displayName: 'Needs a decision', body: 'Buy cheap pills at example.com' });
  await flagComment(t.db, c.id, { reason: 'spam', details: 'An advert' });
  const page = await agent.get(`/admin/comments/${c.id}`);
  getByRole(page.document.body, 'heading', { level: 1, name: 'Check this comment' });
  assert.match(text(page.document.body), /It is advertising or spam/);
  assert.match(text(page.document.body), /An advert/);

  const noReason = await agent.submit(`/admin/comments/${c.id}`, { action: 'hide' });
  assert.equal(noReason.status, 400);
  assert.match(text(errorSummary(noReason.document)), /Enter why you are hiding this comment/);
  assert.equal((await getComment(t.db, c.id))!.status, 'held');

  const kept = await agent.submit(`/admin/comments/${c.id}`, { action: 'hold' });
  assert.equal(kept.status, 303);
  const hidden = await agent.submit(`/admin/comments/${c.id}`, { action: 'hide', reason: 'It is advertising' });
  assert.equal(hidden.status, 303);
  const queue = await agent.follow(hidden);
  assert.match(text(notificationBanner(queue.document)), /The comment is hidden/);
  assert.ok(!queueNames(queue.document).includes('Needs a decision'));
  const after = (await getComment(t.db, c.id))!;
  assert.equal(after.status, 'hidden');
  assert.equal(after.hiddenReason, 'It is advertising');
  const entries = await findAuditEntries(t.db, { subjectType: 'comment', subjectId: c.id });
  assert.deepEqual(entries.map((e) => [e.action, e.actor_id]), [['comment.held', user.id], ['comment.hidden', user.id]]);

  const published = await buildComment(t.db, { moderation: 'pre' });
  assert.equal((await agent.submit(`/admin/comments/${published.id}`, { action: 'publish' })).status, 303);
  assert.equal((await getComment(t.db, published.id))!.status, 'published');
  assert.equal((await findAuditEntries(t.db, { action: 'comment.published', subjectId: published.id })).length, 1);
});

test('the queue comes in pages of 20', async () => {
  const { agent } = await signedInAgent(t, ['moderator']);
  const first = await agent.get('/admin/comments');
  const before = Number(/of ([\d,]+) comments/.exec(text(first.document.body))?.[1] ?? /(\d+) comments?/.exec(text(first.document.body))![1]);
  for (let i = 0; i < 25 - before; i++) await buildComment(t.db, { moderation: 'pre', createdAt: hoursAgo(50 + i) });
  const one = await agent.get('/admin/comments');
  assert.equal(queueNames(one.document).length, 20);
  assert.match(text(one.document.body), /Showing 1 to 20 of 25 comments/);
  const nav = getByRole(one.document.body, 'navigation', { name: 'Pages of comments to check' });
  assert.equal(getByRole(nav, 'link', { name: /Next/ }).getAttribute('href'), '/admin/comments?page=2');
  const two = await agent.get('/admin/comments?page=2');
  assert.equal(queueNames(two.document).length, 5);
  assert.equal((await agent.get('/admin/comments?page=999')).status, 200);
});

test('the download of every comment is neutralised against formulas and audited; moderators cannot download', async () => {
  await buildComment(t.db, { body: '=cmd|/C calc!A0', anonymous: false, displayName: '@SUM(1+1)' });
  const { agent: moderator } = await signedInAgent(t, ['moderator']);
  assert.equal((await moderator.get('/admin/comments/export?format=csv')).status, 403);
  const { agent, user } = await signedInAgent(t, ['facilitator']);
  const csv = await agent.get('/admin/comments/export?format=csv');
  assert.equal(csv.status, 200);
  assert.match(String(csv.headers['content-type']), /text\/csv/);
  assert.equal(csv.headers['cache-control'], 'no-store');
  assert.match(csv.body, /'=cmd\|\/C calc!A0/);
  assert.match(csv.body, /'@SUM\(1\+1\)/);
  assert.doesNotMatch(csv.body, /(^|,|")=cmd/m);
  assert.match(csv.body.split('\n')[0]!, /Comment id,About \(type\)/);
  const audit = await findAuditEntries(t.db, { action: 'export', actorId: user.id });
  assert.equal(audit[0]!.details.export, 'comment.all-comments');
  const xlsx = await agent.get('/admin/comments/export?format=xlsx');
  assert.equal(xlsx.status, 200);
  assert.equal(xlsx.raw.subarray(0, 2).toString(), 'PK');
});
