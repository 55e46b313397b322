// The comments API on a real database: adding and listing (pages, replies one level deep, held comments seen only
// by their author), pre- and post-moderation, counts with organisation comments apart, changing within the time
// allowed, withdrawing, moderating with its audit-log entry, the insight texts, and GDPR export and erase.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';
import {
  addComment,
  commentTexts,
  countComments,
  editComment,
  EDIT_WINDOW_MINUTES,
  flagComment,
  getComment,
  listComments,
  moderateComment,
  searchComments,
  withdrawComment,
  CommentError,
  type OnBehalf,
} from '../index.ts';
import { buildComment, TEST_RESOURCE } from '../testing/factories.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(async () => t.close());

const onBehalf = (n: number): OnBehalf => ({ organisationId: null, organisationName: 'Bridge Plus', gatheredHow: 'focus-group', representsCount: n, representsWho: 'Adults from Black and minority ethnic communities' });
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe('adding and listing', () => {
  test('a page of published comments, newest first, 20 to a page, with replies oldest first under their comment', async () => {
    const resourceId = randomUUID();
    for (let i = 0; i < 23; i++) await buildComment(t.db, { resourceId, body: `Comment number ${i}`, createdAt: minutesAgo(100 - i) });
    const newest = (await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 1 })).items[0]!;
    await buildComment(t.db, { resourceId, parentId: newest.id, body: 'Second reply', createdAt: minutesAgo(2) });
    await buildComment(t.db, { resourceId, parentId: newest.id, body: 'First reply', createdAt: minutesAgo(5) });

    const first = await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 1 });
    assert.equal(first.total, 23, 'replies are not top-level comments');
    assert.equal(first.pages, 2);
    assert.equal(first.items.length, 20);
    assert.equal(first.items[0]!.body, 'Comment number 22');
    assert.deepEqual(first.items[0]!.replies.map((r) => r.body), ['First reply', 'Second reply']);
    assert.equal(first.items[0]!.authorName, 'Anonymous');
    assert.equal(first.items[0]!.roleText, 'A member of the public');

    const second = await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 2 });
    assert.deepEqual(second.items.map((c) => c.body), ['Comment number 2', 'Comment number 1', 'Comment number 0']);
    const past = await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 99 });
    assert.equal(past.page, 2, 'a page past the end is the last page');
  });

  test('a reply is one level deep, on the same resource', async () => {
    const top = await buildComment(t.db);
    const reply = await buildComment(t.db, { resourceId: top.resourceId, parentId: top.id });
    await assert.rejects(buildComment(t.db, { resourceId: top.resourceId, parentId: reply.id }), (e: unknown) => e instanceof CommentError && /not to a reply/.test(e.message));
    await assert.rejects(buildComment(t.db, { resourceId: randomUUID(), parentId: top.id }), (e: unknown) => e instanceof CommentError && /same page/.test(e.message));
    await assert.rejects(buildComment(t.db, { resourceId: top.resourceId, parentId: randomUUID() }), CommentError);
  });

  test('a name is shown only when the person chose one; an anonymous comment stores no name', async () => {
    const named = await buildComment(t.db, { anonymous: false, displayName: 'Sam', role: 'carer' });
    const anon = await buildComment(t.db, { anonymous: true, displayName: 'Should not be kept', role: 'carer' });
    assert.equal((await getComment(t.db, named.id))!.authorName, 'Sam');
    assert.equal((await getComment(t.db, anon.id))!.authorName, 'Anonymous');
    const { items } = await searchComments(t.db, { search: 'Should not be kept' }, 1);
    assert.equal(items.length, 0);
  });

  test('no email or IP address is ever kept: there is no column for one, and a browser is known only by a hash', async () => {
    const { rows: columns } = await t.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name IN ('comments', 'comment_flags')`);
    assert.deepEqual(columns.filter((c) => /mail|ip|address|addr|agent/i.test(c.column_name)), []);
    const anon = await buildComment(t.db, { anonymous: true, browserHash: 'c2hhMjU2LW9mLWEtcmFuZG9tLWNvb2tpZQ', role: 'public' });
    const { rows } = await t.db.query<{ author_user_id: string | null; display_name: string | null; browser_hash: string }>('SELECT author_user_id, display_name, browser_hash FROM comments WHERE id = $1', [anon.id]);
    assert.deepEqual(rows[0], { author_user_id: null, display_name: null, browser_hash: 'c2hhMjU2LW9mLWEtcmFuZG9tLWNvb2tpZQ' });
  });

  test('too long, empty or hidden characters are refused', async () => {
    await assert.rejects(buildComment(t.db, { body: 'a'.repeat(5001) }), /5,000 characters or less/);
    await assert.rejects(buildComment(t.db, { body: '   ' }), /Enter your comment/);
    await assert.rejects(buildComment(t.db, { body: 'bad\u0000byte' }), /hidden or control characters/);
    assert.ok(await buildComment(t.db, { body: 'a'.repeat(5000) }));
  });
});

describe('moderation', () => {
  test('pre-moderation holds a comment: only its author sees it, marked as waiting; post-moderation publishes it', async () => {
    const resourceId = randomUUID();
    const author = { browserHash: 'hash-of-a-browser' };
    const held = await addComment(t.db, { resourceType: TEST_RESOURCE, resourceId, body: 'Held until checked', anonymous: true, role: 'carer', moderation: 'pre', browserHash: author.browserHash });
    const shown = await addComment(t.db, { resourceType: TEST_RESOURCE, resourceId, body: 'Shown at once', anonymous: true, role: 'carer', moderation: 'post' });
    assert.equal(held.status, 'held');
    assert.equal(shown.status, 'published');

    const everyone = await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 1 });
    assert.deepEqual(everyone.items.map((c) => c.body), ['Shown at once']);
    const someoneElse = await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 1, viewer: { browserHash: 'another' } });
    assert.deepEqual(someoneElse.items.map((c) => c.body), ['Shown at once']);
    const mine = await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 1, viewer: author });
    assert.deepEqual(mine.items.map((c) => [c.body, c.status, c.mine]).sort(), [['Held until checked', 'held', true], ['Shown at once', 'published', false]]);
  });

  test('publish, hold and hide each write an audit entry in the same change; hiding needs a reason', async () => {
    const { user } = await signedInAgent(t, ['moderator']);
    const resourceId = randomUUID();
    const { id } = await addComment(t.db, { resourceType: TEST_RESOURCE, resourceId, body: 'Check me', anonymous: true, role: 'public', moderation: 'pre' });
    await flagComment(t.db, id, { reason: 'spam' });

    await assert.rejects(moderateComment(t.db, id, { action: 'hide', actorId: user.id }), /Enter why you are hiding this comment/);
    assert.equal((await findAuditEntries(t.db, { subjectType: 'comment', subjectId: id })).length, 0, 'a refused action writes nothing');

    await moderateComment(t.db, id, { action: 'publish', actorId: user.id });
    assert.equal((await getComment(t.db, id))!.status, 'published');
    assert.equal((await searchComments(t.db, { status: 'flagged' }, 1)).items.filter((c) => c.id === id).length, 0, 'publishing resolves the reports');
    await moderateComment(t.db, id, { action: 'hold', actorId: user.id });
    await moderateComment(t.db, id, { action: 'hide', reason: 'It is advertising', actorId: user.id });
    const hidden = (await getComment(t.db, id))!;
    assert.equal(hidden.status, 'hidden');
    assert.equal(hidden.hiddenReason, 'It is advertising');
    assert.equal((await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId, page: 1 })).total, 0);

    const entries = await findAuditEntries(t.db, { subjectType: 'comment', subjectId: id });
    assert.deepEqual(entries.map((e) => [e.action, e.actor_id]), [['comment.published', user.id], ['comment.held', user.id], ['comment.hidden', user.id]]);
    assert.equal(entries[0]!.details.from, 'held');
    assert.ok(!JSON.stringify(entries).includes('Check me'), 'the comment text is not copied into the audit log');
  });
});

describe('counts', () => {
  test('organisation comments are counted apart from individuals, with the people they speak for; replies count too', async () => {
    const scopeId = randomUUID();
    const [a, b] = [randomUUID(), randomUUID()];
    const top = await buildComment(t.db, { scopeId, resourceId: a, role: 'carer' });
    await buildComment(t.db, { scopeId, resourceId: a, role: 'service-user', parentId: top.id });
    await buildComment(t.db, { scopeId, resourceId: a, role: 'organisation', onBehalf: onBehalf(40), channel: 'letter' });
    await buildComment(t.db, { scopeId, resourceId: b, role: 'organisation', onBehalf: onBehalf(12) });
    await buildComment(t.db, { scopeId, resourceId: b, role: 'staff', moderation: 'pre' });
    const gone = await buildComment(t.db, { scopeId, resourceId: b, role: 'public', browserHash: 'x' });
    await withdrawComment(t.db, gone.id, { browserHash: 'x' });

    const { overall, byResource } = await countComments(t.db, { scopeId });
    assert.equal(overall.total, 4);
    assert.equal(overall.individuals, 2);
    assert.equal(overall.organisations, 2);
    assert.equal(overall.peopleRepresented, 52);
    assert.deepEqual(overall.byRole, { 'service-user': 1, carer: 1, public: 0, staff: 0, organisation: 2 });
    assert.equal(overall.byChannel.letter, 1);
    assert.equal(overall.byChannel.online, 3);
    assert.equal(byResource.get(a)!.total, 3);
    assert.equal(byResource.get(b)!.organisations, 1);
    assert.equal(byResource.get(b)!.peopleRepresented, 12);

    const withHeld = await countComments(t.db, { scopeId, status: ['published', 'held'] });
    assert.equal(withHeld.overall.byRole.staff, 1);
    const some = await countComments(t.db, { resourceType: TEST_RESOURCE, resourceIds: [b, randomUUID()] });
    assert.equal(some.overall.total, 1);
    assert.equal(some.byResource.size, 2, 'every resource asked about has counts, even with none');
  });

  test('the insight texts are published and held comments, not hidden or withdrawn ones', async () => {
    const scopeId = randomUUID();
    await buildComment(t.db, { scopeId, body: 'published text' });
    await buildComment(t.db, { scopeId, body: 'held text', moderation: 'pre' });
    const w = await buildComment(t.db, { scopeId, body: 'withdrawn text', browserHash: 'w' });
    await withdrawComment(t.db, w.id, { browserHash: 'w' });
    const texts = await commentTexts(t.db, { scopeId });
    assert.deepEqual(texts.map((x) => x.body).sort(), ['held text', 'published text']);
    assert.equal(texts[0]!.onBehalf, false);
  });
});

describe('changing and withdrawing', () => {
  test(`the author may change a comment within ${EDIT_WINDOW_MINUTES} minutes, and no one else may`, async () => {
    const { user } = await signedInAgent(t);
    const mine = await buildComment(t.db, { authorUserId: user.id, createdAt: minutesAgo(10) });
    assert.equal(await editComment(t.db, mine.id, { userId: randomUUID() }, 'Not mine'), 'not-yours');
    assert.equal(await editComment(t.db, mine.id, { browserHash: 'someone' }, 'Not mine'), 'not-yours');
    assert.equal(await editComment(t.db, mine.id, { userId: user.id }, 'Changed text'), 'edited');
    const changed = (await getComment(t.db, mine.id))!;
    assert.equal(changed.body, 'Changed text');
    assert.ok(changed.editedAt);
    assert.equal(await editComment(t.db, mine.id, { userId: user.id }, 'Later', new Date(Date.now() + 25 * 60_000)), 'too-late');
    assert.equal(await editComment(t.db, randomUUID(), { userId: user.id }, 'x'), 'not-found');
  });

  test('a changed comment on a pre-moderated resource waits for a moderator again', async () => {
    const { id } = await addComment(t.db, { resourceType: TEST_RESOURCE, resourceId: randomUUID(), body: 'First', anonymous: true, role: 'public', moderation: 'pre', browserHash: 'p' });
    const { user } = await signedInAgent(t, ['moderator']);
    await moderateComment(t.db, id, { action: 'publish', actorId: user.id });
    assert.equal(await editComment(t.db, id, { browserHash: 'p' }, 'Now something else'), 'edited');
    assert.equal((await getComment(t.db, id))!.status, 'held');
  });

  test('withdrawing takes a comment out of lists and counts; only its author may', async () => {
    const c = await buildComment(t.db, { browserHash: 'b1' });
    assert.equal(await withdrawComment(t.db, c.id, { browserHash: 'b2' }), 'not-yours');
    assert.equal(await withdrawComment(t.db, c.id, { browserHash: 'b1' }), 'withdrawn');
    assert.equal(await withdrawComment(t.db, c.id, { browserHash: 'b1' }), 'not-found');
    assert.equal((await listComments(t.db, { resourceType: TEST_RESOURCE, resourceId: c.resourceId, page: 1, viewer: { browserHash: 'b1' } })).total, 0);
    assert.equal((await countComments(t.db, { resourceType: TEST_RESOURCE, resourceIds: [c.resourceId] })).overall.total, 0);
  });
});

describe('download my data and erase', () => {
  test('a person gets their comments and reports; erasing leaves no name, text or organisation', async () => {
    const { user } = await signedInAgent(t);
    const scopeId = randomUUID();
    const c = await buildComment(t.db, { scopeId, authorUserId: user.id, anonymous: false, displayName: 'Priya from Leeds', body: 'My own words about crisis care', quote: 'the quoted passage', role: 'organisation', onBehalf: onBehalf(7) });
    const other = await buildComment(t.db, { scopeId });
    await flagComment(t.db, other.id, { reason: 'unkind', details: 'my report', userId: user.id });

    const exporter = t.ctx.privacy.exporters.find((e) => e.moduleId === 'comments')!;
    const data = JSON.stringify(await exporter.exportFor(user.id));
    assert.match(data, /My own words about crisis care/);
    assert.match(data, /Priya from Leeds/);
    assert.match(data, /my report/);

    const eraser = t.ctx.privacy.erasers.find((e) => e.moduleId === 'comments')!;
    await t.db.transaction((tx) => eraser.eraseFor(tx, user.id));
    assert.equal(await getComment(t.db, c.id), undefined, 'an erased comment is not found');
    const { rows } = await t.db.query<Record<string, unknown>>('SELECT author_user_id, display_name, body, quote, browser_hash, organisation_name, represents_who, status, erased_at FROM comments WHERE id = $1', [c.id]);
    assert.deepEqual({ ...rows[0], erased_at: Boolean(rows[0]!.erased_at) }, { author_user_id: null, display_name: null, body: '', quote: '', browser_hash: null, organisation_name: null, represents_who: null, status: 'withdrawn', erased_at: true });
    const all = await searchComments(t.db, { scopeId }, 1);
    assert.deepEqual(all.items.map((x) => x.id), [other.id]);
    assert.equal((await countComments(t.db, { scopeId })).overall.organisations, 0);
    const after = JSON.stringify(await exporter.exportFor(user.id));
    assert.doesNotMatch(after, /My own words|Priya|my report/);
    // nothing of it is left in any list a member of staff can reach
    const texts = JSON.stringify(await commentTexts(t.db, { scopeId }));
    assert.doesNotMatch(texts, /My own words|Priya|the quoted passage|Bridge Plus/);
  });
});
