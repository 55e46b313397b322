// The consultations module's free text for the insight analysis (ctx.freeTextSources): every published or held
// comment on a section, replies too, with the section's newest heading, the commenter's role, channel, individual
// or organisation, the consultation's programme and phase, and a link to the public section page; read a page at a
// time in id order. Withdrawn and hidden comments, comments on other modules' resources or on no section, quoted passages and any
// name, email or organisation detail are not offered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { readAllPages } from '../../../../tests/support/free-text.ts';
import type { FreeTextItem, FreeTextSource } from '../../../platform/module.ts';
import { addComment, getComment, moderateComment, withdrawComment, type NewComment } from '../../../capabilities/comments/index.ts';
import { TEST_RESOURCE, buildComment } from '../../../capabilities/comments/testing/factories.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildConsultation, publishNextVersion } from '../testing/factories.ts';
import * as repo from '../repository.ts';

const NAMED = { name: 'Jordan Blakemore', email: 'jordan.blakemore@example.org' };
const ORGANISATION = 'Testtown Mind';
const REPRESENTS_WHO = 'People who come to our Tuesday drop-in';
const QUOTE = 'A crisis line will answer day and night.';

let t: TestApp;
let source: FreeTextSource;
let expected: FreeTextItem[];

before(async () => {
  t = await buildTestApp();
  source = t.ctx.freeTextSources.find((s) => s.moduleId === 'consultations')!;
  const programme = await buildProgramme(t.ctx);
  const strategy = await buildConsultation(t.ctx, { programmeId: programme.id, phaseId: programme.phaseIds[0]! });
  const [prevention, crisis] = strategy.sectionIds as [string, string];
  // Draft 2 renames Pillar 1 (the newest heading is used); a Draft 3 being written renames it again (not published: not used)
  await publishNextVersion(t.ctx, strategy.id, 'Draft 2', { 0: { heading: 'Pillar 1: Staying well' } });
  const draft3 = await repo.insertVersion(t.db, strategy.id, 'Draft 3');
  const draft2 = (await repo.listVersions(t.db, strategy.id)).find((v) => v.label === 'Draft 2')!;
  await repo.copySectionTexts(t.db, draft2.id, draft3.id);
  await repo.updateSectionText(t.db, draft3.id, prevention, { heading: 'Pillar 1: Not published yet', body: 'Still being written.', easyReadText: '', easyReadPicture: null, easyReadPictureAlt: '' });
  const other = await buildConsultation(t.ctx, { title: 'Another consultation', sections: [{ heading: 'Care close to home', body: 'We will run clinics in town.' }] });

  const moderator = await buildUser(t.ctx, { roles: ['participant', 'facilitator'] });
  const author = await buildUser(t.ctx, NAMED);
  const on = (resourceId: string, scopeId: string, over: Partial<NewComment> & Pick<NewComment, 'body'>): NewComment => ({
    resourceType: 'consultation-section', resourceId, scopeId, anonymous: true, role: 'public', moderation: 'post', tags: {}, ...over,
  });
  const named = await addComment(t.db, on(prevention, strategy.id, { body: 'Schools need to be part of this.', anonymous: false, displayName: NAMED.name, authorUserId: author.id, role: 'carer', quote: QUOTE }));
  const reply = await addComment(t.db, on(prevention, strategy.id, { body: '  Thank you, we will add schools.  ', parentId: named.id, role: 'staff' }));
  const held = await addComment(t.db, on(crisis, strategy.id, { body: 'Nobody answered when I rang at 3am.', role: 'service-user', moderation: 'pre' }));
  const letter = await addComment(t.db, on(crisis, strategy.id, {
    body: 'Our members want a place to go that is not A&E.', role: 'organisation', channel: 'letter',
    onBehalf: { organisationId: null, organisationName: ORGANISATION, gatheredHow: 'focus-group', representsCount: 120, representsWho: REPRESENTS_WHO },
  }));
  const elsewhere = await addComment(t.db, on(other.sectionIds[0]!, other.id, { body: 'A clinic in the market town would help.' }));
  // withdrawn, hidden, and on another module's resource: not offered
  const withdrawn = await addComment(t.db, on(crisis, strategy.id, { body: 'I changed my mind about this.', browserHash: 'browser-1' }));
  assert.equal(await withdrawComment(t.db, withdrawn.id, { browserHash: 'browser-1' }), 'withdrawn');
  const hidden = await addComment(t.db, on(crisis, strategy.id, { body: 'Something unkind about a named nurse.' }));
  await moderateComment(t.db, hidden.id, { action: 'hide', reason: 'It names a member of staff', actorId: moderator.id });
  await buildComment(t.db, { resourceType: TEST_RESOURCE, body: 'A comment on something that is not a consultation.' });
  // comments on sections that are not there (pages are still full: the next comments are read to fill them)
  for (let i = 0; i < 3; i++) await addComment(t.db, on(randomUUID(), strategy.id, { body: 'On a section that is gone.' }));

  const created = async (id: string) => (await getComment(t.db, id))!.createdAt;
  const base = { module: 'consultations', source: 'comment', programmeId: programme.id, phaseId: programme.phaseIds[0]!, channel: 'online', kind: 'individual' as const, peopleRepresented: null, variant: 'standard' as const };
  const preventionHref = `/consultations/${strategy.id}/sections/${prevention}`;
  const crisisHref = `/consultations/${strategy.id}/sections/${crisis}`;
  expected = [
    { ...base, id: `consultations:comment:${named.id}`, prompt: 'Pillar 1: Staying well', text: 'Schools need to be part of this.', roles: ['carer'], createdAt: await created(named.id), href: preventionHref },
    { ...base, id: `consultations:comment:${reply.id}`, prompt: 'Pillar 1: Staying well', text: 'Thank you, we will add schools.', roles: ['staff'], createdAt: await created(reply.id), href: preventionHref },
    { ...base, id: `consultations:comment:${held.id}`, prompt: 'Pillar 4: Support in crisis', text: 'Nobody answered when I rang at 3am.', roles: ['service-user'], createdAt: await created(held.id), href: crisisHref },
    {
      ...base, id: `consultations:comment:${letter.id}`, prompt: 'Pillar 4: Support in crisis', text: 'Our members want a place to go that is not A&E.', roles: ['organisation'], channel: 'letter',
      kind: 'organisation', peopleRepresented: 120, createdAt: await created(letter.id), href: crisisHref,
    },
    {
      ...base, id: `consultations:comment:${elsewhere.id}`, programmeId: null, phaseId: null, prompt: 'Care close to home', text: 'A clinic in the market town would help.', roles: ['public'],
      createdAt: await created(elsewhere.id), href: `/consultations/${other.id}/sections/${other.sectionIds[0]!}`,
    },
  ];
  expected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
});
after(() => t.close());

describe('consultation comments for the analysis', () => {
  test('the module offers a free-text source', () => {
    assert.ok(source, 'a source with moduleId "consultations"');
  });

  test('every published or held comment and reply, with every field, in id order', async () => {
    assert.deepEqual(await source.items(undefined, 100), expected);
  });

  test('two at a time, after the last id, until a page is empty: every item once, none missing, in order', async () => {
    const pages = await readAllPages(source, 2);
    assert.deepEqual(pages.map((p) => p.length), [2, 2, 1]);
    const ids = pages.flat().map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length, 'no item twice');
    assert.deepEqual(ids, expected.map((i) => i.id));
    assert.deepEqual(await source.items(expected.at(-1)!.id, 2), []);
  });

  test('a page can start after any id, even one that is not an item', async () => {
    const second = expected[1]!.id;
    assert.deepEqual((await source.items(second, 100)).map((i) => i.id), expected.slice(2).map((i) => i.id));
    assert.deepEqual((await source.items(`${second}0`, 100)).map((i) => i.id), expected.slice(2).map((i) => i.id));
    const upper = `consultations:comment:${second.slice('consultations:comment:'.length).toUpperCase()}`;
    assert.deepEqual((await source.items(upper, 100)).map((i) => i.id), expected.filter((i) => i.id > upper).map((i) => i.id), 'an upper-case id is compared as text');
    assert.deepEqual((await source.items(second.toUpperCase(), 100)).map((i) => i.id), expected.map((i) => i.id), 'upper case comes before lower case');
    assert.deepEqual((await source.items('consultations:comment:', 100)).map((i) => i.id), expected.map((i) => i.id));
    assert.deepEqual((await source.items('aaa', 100)).map((i) => i.id), expected.map((i) => i.id));
    assert.deepEqual(await source.items('consultations:comment:zzz', 100), []);
    assert.deepEqual(await source.items('events:note:', 100), []);
  });

  test('withdrawn and hidden comments, comments on other resources or on no section, and quoted passages are not offered', async () => {
    const all = JSON.stringify(await source.items(undefined, 100));
    for (const absent of ['I changed my mind', 'named nurse', 'not a consultation', 'section that is gone', QUOTE, 'Not published yet', REPRESENTS_WHO]) assert.ok(!all.includes(absent), absent);
  });

  test('no name, email or organisation name in any field', async () => {
    const all = JSON.stringify(await source.items(undefined, 100));
    for (const personal of [NAMED.name, NAMED.email, 'Jordan', ORGANISATION, '@']) assert.ok(!all.includes(personal), personal);
  });
});
