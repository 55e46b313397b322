// The capability's own pages as people use them: reporting a comment, changing it within the time allowed (signed
// in, or from the same browser), withdrawing it; and the comment list owner modules put on their pages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { getByRole, getAllByRole, queryAllByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, parse, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { errorSummary } from '../../../../tests/support/find.ts';
import { hashToken, newToken } from '../../../platform/security/tokens.ts';
import { RateLimitedError } from '../../../platform/security/rate-limit.ts';
import { COMMENT_RATE_LIMIT, COMMENTER_COOKIE, enforceCommentRate, getComment, listComments, renderCommentList, renderAboutYouFields, renderOnBehalfFields } from '../index.ts';
import { buildComment, registerTestResource, TEST_RESOURCE } from '../testing/factories.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  registerTestResource(t.ctx);
});
after(async () => t.close());

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
/** HTML a module puts in its page, read as a page (a doctype, so the browser's standard mode) */
const fragment = (html: string) => parse(`<!DOCTYPE html><html lang="en"><head><title>Test</title></head><body>${html}</body></html>`);

/** a person who is not signed in, whose browser already holds a commenter cookie; returns its hash */
function browserPerson(): { agent: Agent; hash: string } {
  const agent = new Agent(t.app);
  const token = newToken();
  agent.cookies.set(COMMENTER_COOKIE, token);
  return { agent, hash: hashToken(token) };
}

describe('reporting a comment', () => {
  test('one question, an error that keeps what was typed, then thanks and a link back to the page', async () => {
    const c = await buildComment(t.db, { body: 'You are all useless' });
    const agent = new Agent(t.app);
    const page = await agent.get(`/comments/${c.id}/flag`);
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'group', { name: 'Why are you reporting this comment?' });
    assert.match(text(page.document.body), /You are all useless/);
    const back = getByRole(page.document.body, 'link', { name: 'Back' });
    assert.equal(back.getAttribute('href'), `/test-things/${c.resourceId}`);

    const wrong = await agent.submit(`/comments/${c.id}/flag`, { details: 'They were rude to staff' });
    assert.equal(wrong.status, 400);
    assert.match(text(errorSummary(wrong.document)), /Select why you are reporting this comment/);
    assert.equal((getByRole(wrong.document.body, 'textbox', { name: /Tell us more/ }) as HTMLTextAreaElement).value, 'They were rude to staff');

    const sent = await agent.submit(`/comments/${c.id}/flag`, { reason: 'unkind', details: 'They were rude to staff' });
    assert.equal(sent.status, 303);
    const thanks = await agent.follow(sent);
    getByRole(thanks.document.body, 'heading', { name: 'Thank you, a moderator will look at this comment' });
    assert.equal(getByRole(thanks.document.body, 'link', { name: `Go back to Test thing ${c.resourceId.slice(0, 4)}` }).getAttribute('href'), `/test-things/${c.resourceId}`);
    const { rows } = await t.db.query<{ reason: string; details: string; flagged_by: string | null }>('SELECT reason, details, flagged_by FROM comment_flags WHERE comment_id = $1', [c.id]);
    assert.deepEqual(rows, [{ reason: 'unkind', details: 'They were rude to staff', flagged_by: null }]);
  });

  test('a comment no one can see cannot be reported', async () => {
    const held = await buildComment(t.db, { moderation: 'pre' });
    const agent = new Agent(t.app);
    assert.equal((await agent.get(`/comments/${held.id}/flag`)).status, 404);
    assert.equal((await agent.get(`/comments/${randomUUID()}/flag`)).status, 404);
    assert.equal((await agent.get('/comments/not-an-id/flag')).status, 404);
  });

  test('reports are rate limited for each person', async () => {
    const c = await buildComment(t.db);
    const { agent } = browserPerson();
    const page = await agent.get(`/comments/${c.id}/flag`);
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await agent.submitOn(page, `/comments/${c.id}/flag`, { reason: 'spam' })).status;
    assert.equal(last, 429);
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM comment_flags WHERE comment_id = $1', [c.id]);
    assert.equal(rows[0]!.n, 20);
  });
});

describe('changing a comment', () => {
  test('from the same browser, within the time allowed: errors keep what was typed, then the comment shows Edited', async () => {
    const { agent, hash } = browserPerson();
    const c = await buildComment(t.db, { browserHash: hash, body: 'First thoughts', createdAt: minutesAgo(5) });
    const page = await agent.get(`/comments/${c.id}/edit`);
    assert.equal(page.status, 200);
    const box = () => getByRole(agent.last!.document.body, 'textbox', { name: 'Your comment' }) as HTMLTextAreaElement;
    assert.equal(box().value, 'First thoughts');

    const long = 'x'.repeat(5001);
    const tooLong = await agent.submit(`/comments/${c.id}/edit`, { body: long });
    assert.equal(tooLong.status, 400);
    assert.match(text(errorSummary(tooLong.document)), /Your comment must be 5,000 characters or less/);
    assert.equal(box().value, long, 'what was typed is kept');
    const empty = await agent.submit(`/comments/${c.id}/edit`, { body: '  ' });
    assert.match(text(errorSummary(empty.document)), /Enter your comment/);

    const saved = await agent.submit(`/comments/${c.id}/edit`, { body: 'Second thoughts\nwith a new line' });
    assert.equal(saved.status, 303);
    getByRole((await agent.follow(saved)).document.body, 'heading', { name: 'Your comment has been changed' });
    const list = fragment(renderCommentList(await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId: c.resourceId, page: 1 })));
    assert.match(text(list.body), /Second thoughts with a new line/);
    assert.match(text(list.body), /\(Edited\)/);
  });

  test('signed in, by the person who wrote it; after the time allowed a page says so', async () => {
    const { agent, user } = await signedInAgent(t);
    const fresh = await buildComment(t.db, { authorUserId: user.id, createdAt: minutesAgo(1) });
    const saved = await agent.submit(`/comments/${fresh.id}/edit`, { body: 'Changed while signed in' });
    assert.equal(saved.status, 303);
    assert.equal((await getComment(t.db, fresh.id))!.body, 'Changed while signed in');

    const old = await buildComment(t.db, { authorUserId: user.id, body: 'Old words', createdAt: minutesAgo(31) });
    const late = await agent.get(`/comments/${old.id}/edit`);
    assert.equal(late.status, 200);
    getByRole(late.document.body, 'heading', { name: 'The time to change your comment has passed' });
    assert.equal(queryByRole(late.document.body, 'textbox'), null);
    getByRole(late.document.body, 'link', { name: 'withdraw your comment' });
    const csrf = (await agent.get(`/comments/${fresh.id}/edit`)).document.querySelector<HTMLInputElement>('input[type=hidden]')!;
    const posted = await agent.postRaw(`/comments/${old.id}/edit`, { [csrf.name]: csrf.value, body: 'Sneaky change' });
    assert.equal(posted.status, 403);
    assert.equal((await getComment(t.db, old.id))!.body, 'Old words');
  });

  test('no one else may change or withdraw it', async () => {
    const { hash } = browserPerson();
    const c = await buildComment(t.db, { browserHash: hash });
    const stranger = browserPerson().agent;
    assert.equal((await stranger.get(`/comments/${c.id}/edit`)).status, 403);
    assert.equal((await stranger.get(`/comments/${c.id}/withdraw`)).status, 403);
    const { agent: other } = await signedInAgent(t);
    assert.equal((await other.get(`/comments/${c.id}/edit`)).status, 403);
    assert.equal((await new Agent(t.app).get(`/comments/${randomUUID()}/edit`)).status, 404);
  });
});

describe('withdrawing a comment', () => {
  test('a confirm page, then the comment leaves the public list', async () => {
    const { agent, hash } = browserPerson();
    const c = await buildComment(t.db, { browserHash: hash, body: 'I changed my mind about this' });
    const confirm = await agent.get(`/comments/${c.id}/withdraw`);
    getByRole(confirm.document.body, 'heading', { name: 'Are you sure you want to withdraw your comment?' });
    const done = await agent.submit(`/comments/${c.id}/withdraw`, {}, 'Withdraw comment');
    assert.equal(done.status, 303);
    getByRole((await agent.follow(done)).document.body, 'heading', { name: 'Your comment has been withdrawn' });
    assert.equal((await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId: c.resourceId, page: 1 })).total, 0);
    assert.equal((await agent.get(`/comments/${c.id}/edit`)).status, 404);
  });
});

describe('the comment list owner modules show', () => {
  test('names or Anonymous, roles, organisations, quotes, escaped text with line breaks, replies, and the links each person may use', async () => {
    const resourceId = randomUUID();
    const me = { browserHash: 'my-browser' };
    const top = await buildComment(t.db, {
      resourceId, anonymous: false, displayName: 'Sam', role: 'carer', quote: 'Support in crisis', body: 'Line one\nLine two <script>alert(1)</script>', createdAt: minutesAgo(20),
    });
    await buildComment(t.db, { resourceId, parentId: top.id, role: 'staff', body: 'A reply from staff', createdAt: minutesAgo(10) });
    await buildComment(t.db, {
      resourceId, role: 'organisation', body: 'From our focus groups', createdAt: minutesAgo(15),
      onBehalf: { organisationId: null, organisationName: 'GYROS', gatheredHow: 'focus-group', representsCount: 40, representsWho: 'Migrants' },
    });
    await buildComment(t.db, { resourceId, body: 'Mine and waiting', quote: 'my passage', moderation: 'pre', browserHash: me.browserHash, createdAt: minutesAgo(1) });

    const result = await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 1, viewer: me });
    const doc = fragment(renderCommentList(result, { replyHref: `/test-things/${resourceId}/reply/:id` }));
    const articles = getAllByRole(doc.body, 'article');
    assert.deepEqual(articles.map((a) => a.getAttribute('aria-labelledby') && doc.getElementById(a.getAttribute('aria-labelledby')!)!.textContent), ['Anonymous', 'Anonymous', 'Sam', 'Anonymous']);

    const [mine, org, sam] = articles as [HTMLElement, HTMLElement, HTMLElement];
    assert.match(text(mine), /Waiting for review/);
    assert.match(text(mine), /You commented on: my passage/);
    getByRole(mine, 'link', { name: 'Change your comment' });
    getByRole(mine, 'link', { name: 'Withdraw your comment' });
    assert.equal(queryAllByRole(mine, 'link', { name: /Flag this comment/ }).length, 0);
    assert.equal(queryAllByRole(mine, 'link', { name: /^Reply/ }).length, 0, 'a comment waiting for review cannot be replied to yet');

    assert.match(text(org), /On behalf of GYROS \(40 people\)/);
    assert.match(text(org), /Someone from an organisation or group/);

    assert.match(text(sam), /A carer, family member or friend/);
    assert.match(text(sam), /Commenting on: Support in crisis/);
    assert.equal(sam.querySelector('script'), null, 'what people type is escaped');
    assert.match(text(sam), /<script>alert\(1\)<\/script>/);
    assert.ok(sam.querySelector('.app-comment__body br'), 'line breaks are kept');
    assert.equal(getByRole(sam, 'link', { name: 'Reply to Sam' }).getAttribute('href'), `/test-things/${resourceId}/reply/${top.id}`);
    assert.equal(getAllByRole(sam, 'link', { name: 'Flag this comment by Sam' })[0]!.getAttribute('href'), `/comments/${top.id}/flag`);
    assert.equal(queryAllByRole(sam, 'link', { name: /Change/ }).length, 0);
    const replies = getByRole(sam, 'list', { name: 'Replies to Sam' });
    assert.match(text(replies), /A reply from staff/);
    assert.match(text(replies), /Health or social care staff/);
    assert.equal(queryAllByRole(replies, 'link', { name: /^Reply/ }).length, 0, 'replies are one level deep');
  });

  test('the about-you and on-behalf fields, with their errors and what was typed', async () => {
    const about = fragment(renderAboutYouFields({ role: 'carer', showName: 'name', displayName: 'Jo' }, { displayName: 'Enter the name to show with your comment' }));
    assert.equal((getByRole(about.body, 'radio', { name: 'A carer, family member or friend' }) as HTMLInputElement).checked, true);
    assert.equal((getByRole(about.body, 'textbox', { name: /what name should we show/ }) as HTMLInputElement).value, 'Jo');
    assert.match(text(about.body), /Enter the name to show with your comment/);
    const org = fragment(renderOnBehalfFields({ organisation: 'b', gatheredHow: 'other', consent: ['yes'] }, {}, [{ id: 'a', name: 'Opening Doors' }, { id: 'b', name: 'ACCESS' }]));
    assert.equal((getByRole(org.body, 'combobox') as HTMLSelectElement).value, 'b');
    assert.equal((getByRole(org.body, 'radio', { name: 'Other' }) as HTMLInputElement).checked, true);
    assert.equal((getByRole(org.body, 'checkbox') as HTMLInputElement).checked, true);
  });
});

test(`comments are rate limited at ${COMMENT_RATE_LIMIT.max} an hour for each person`, async () => {
  const req = { ip: '127.0.0.9' } as FastifyRequest;
  for (let i = 0; i < COMMENT_RATE_LIMIT.max; i++) await enforceCommentRate(t.db, req, 'b:a-browser');
  await assert.rejects(enforceCommentRate(t.db, req, 'b:a-browser'), RateLimitedError);
  await enforceCommentRate(t.db, req, 'b:another-browser');
});
