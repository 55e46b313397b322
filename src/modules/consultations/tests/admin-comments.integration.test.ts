// The facilitator's comment pages for a consultation: the list narrowed by section, role, organisation and search
// words, a page at a time; CSV and XLSX downloads with the section of each comment and formulas neutralised;
// entering a comment received by letter (stored with its channel and who entered it, shown in the list); errors that
// keep what was typed; and who can reach each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryAllByRole, within } from '@testing-library/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Agent, buildTestApp, text, type Page, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { errorSummary, notificationBanner } from '../../../../tests/support/find.ts';
import { assertPagination, pageLink } from '../../../../tests/support/pagination.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';
import { addComment, searchComments, type NewComment } from '../../../capabilities/comments/index.ts';
import { buildOrganisation } from '../../accounts/testing/factories.ts';
import * as repo from '../repository.ts';
import { londonToday } from '../status.ts';

let t: TestApp;
let facilitator: Agent;
let facilitatorId: string;
let participant: Agent;
let consultationId: string;
let pagedId: string;
let sectionA: string;
let sectionB: string;
let sectionC: string;
let draft1: repo.VersionRow;
let organisationId: string;

const NAV = 'Pages of comments';
const section = (heading: string, body = `The text of ${heading}.`) => ({ heading, body, easyReadText: '', easyReadPicture: null, easyReadPictureAlt: '' });
const details = (title: string): repo.ConsultationInput => ({
  title, summary: 'What we plan to do.', easyReadSummary: '', audience: 'Everyone', audiences: [], programmeId: null, phaseId: null, signIn: 'optional', moderation: 'post',
});

/** a consultation with Draft 1 (sections A and B, published, in a wave) and Draft 2 (A renamed, B, and a new C) */
async function buildConsultation(title: string) {
  const id = await repo.insertConsultation(t.db, details(title), null);
  const v1 = await repo.insertVersion(t.db, id, 'Draft 1');
  const a = await repo.addSection(t.db, id, v1.id, section('Prevention and wellbeing'));
  const b = await repo.addSection(t.db, id, v1.id, section('Crisis care'));
  await repo.publishVersion(t.db, v1.id, null, new Date(Date.UTC(2026, 0, 5)));
  await repo.addWave(t.db, id, { opensOn: '2026-01-05', closesOn: '2026-02-05' });
  const v2 = await repo.insertVersion(t.db, id, 'Draft 2');
  await repo.copySectionTexts(t.db, v1.id, v2.id);
  await repo.updateSectionText(t.db, v2.id, a, section('Staying well'));
  const c = await repo.addSection(t.db, id, v2.id, section('Care close to home'));
  return { id, v1: { ...v1, published_at: new Date(Date.UTC(2026, 0, 5)) }, v2, a, b, c };
}

const comment = (over: Partial<NewComment> & Pick<NewComment, 'resourceId' | 'body'>): NewComment => ({
  resourceType: 'consultation-section', anonymous: false, displayName: 'Sam', role: 'public', moderation: 'post', ...over,
});

before(async () => {
  t = await buildTestApp();
  const f = await signedInAgent(t, ['participant', 'facilitator']);
  facilitator = f.agent;
  facilitatorId = f.user.id;
  participant = (await signedInAgent(t)).agent;
  organisationId = (await buildOrganisation(t.ctx, 'Carers Together')).id;

  const built = await buildConsultation('Draft adult mental health strategy');
  consultationId = built.id;
  draft1 = built.v1;
  [sectionA, sectionB, sectionC] = [built.a, built.b, built.c];
  const on = (resourceId: string, body: string, over: Partial<NewComment> = {}) =>
    addComment(t.db, comment({ resourceId, scopeId: consultationId, body, tags: { versionId: built.v1.id }, ...over }));
  await on(sectionA, 'More walking groups would help me stay well.', { role: 'service-user', displayName: 'Alex', createdAt: new Date(Date.UTC(2026, 0, 10)) });
  await on(sectionA, 'Carers need a break too, please fund respite.', { role: 'carer', displayName: 'Jo', createdAt: new Date(Date.UTC(2026, 0, 11)) });
  await on(sectionB, 'The crisis line kept me on hold for an hour.', { role: 'service-user', anonymous: true, displayName: null, createdAt: new Date(Date.UTC(2026, 0, 12)) });
  await on(sectionB, 'Our members asked for a crisis café open at night.', {
    role: 'organisation', displayName: null, anonymous: true, createdAt: new Date(Date.UTC(2026, 0, 13)),
    onBehalf: { organisationId, organisationName: 'Carers Together', gatheredHow: 'focus-group', representsCount: 14, representsWho: 'Carers of adults in Leeds' },
  });
  await on(sectionA, '=HYPERLINK("https://example.com/steal","Click me")', { role: 'public', displayName: 'Formula Fan', createdAt: new Date(Date.UTC(2026, 0, 14)) });
  await on(sectionA, 'x'.repeat(290) + ' and the rest of this long comment is not in the list', { role: 'staff', displayName: 'Long Writer', createdAt: new Date(Date.UTC(2026, 0, 15)) });

  const paged = await buildConsultation('Consultation with many comments');
  pagedId = paged.id;
  for (let i = 1; i <= 30; i++) {
    await addComment(t.db, comment({ resourceId: paged.a, scopeId: pagedId, body: `Paged comment number ${i}`, channel: i % 2 ? 'online' : 'email', createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) }));
  }
});
after(() => t.close());

const listUrl = (id = consultationId) => `/admin/consultations/${id}/comments`;
/** the comments on a list page, as their "Moderate" links name them */
const moderateLinks = (page: Page) => queryAllByRole(page.document.body, 'link', { name: /^Moderate/ });
const cards = (page: Page) => [...page.document.querySelectorAll('.nhsuk-card')].map((c) => text(c));
const countLine = (page: Page) => text(page.document.getElementById('count'));

describe('who can reach the comment pages', () => {
  const pages = () => [listUrl(), `${listUrl()}.csv`, `${listUrl()}.xlsx`, `${listUrl()}/new`];
  test('signed-out people are sent to sign in', async () => {
    for (const p of pages()) {
      const res = await new Agent(t.app).get(p);
      assert.equal(res.status, 303, p);
      assert.match(res.location ?? '', /^\/sign-in\?next=/, p);
    }
  });
  test('a participant gets 403 on every page and cannot enter a comment', async () => {
    for (const p of pages()) assert.equal((await participant.get(p)).status, 403, p);
    const account = await participant.get('/account');
    const token = account.document.querySelector<HTMLInputElement>('form[method="post"] input[type="hidden"]')!;
    const res = await participant.postRaw(`${listUrl()}/new`, { [token.name]: token.value, section: sectionA, channel: 'letter', body: 'Not allowed' });
    assert.equal(res.status, 403);
    assert.equal((await searchComments(t.db, { scopeId: consultationId, search: 'Not allowed' }, 1)).total, 0);
  });
  test('an unknown consultation is not found', async () => {
    assert.equal((await facilitator.get('/admin/consultations/00000000-0000-4000-8000-000000000000/comments')).status, 404);
  });
});

describe('the list of comments', () => {
  test('shows every comment with its section, who, how, status and date, newest first', async () => {
    const page = await facilitator.get(listUrl());
    assert.equal(page.status, 200);
    assert.ok(getByRole(page.document.body, 'heading', { level: 1, name: 'Comments on Draft adult mental health strategy' }));
    assert.equal(countLine(page), '6 comments');
    assert.equal(moderateLinks(page).length, 6);
    const all = cards(page);
    assert.match(all[0]!, /Long Writer/, 'newest first');
    const org = all.find((c) => c.includes('crisis café'))!;
    assert.match(org, /^Crisis care/);
    assert.match(org, /On behalf of Carers Together \(14 people\)/);
    assert.match(org, /Anonymous/);
    assert.match(org, /Online, 13 January 2026/);
    assert.match(org, /Published/);
    // the section's newest heading (Draft 2) is shown, not Draft 1's
    const alex = all.find((c) => c.includes('walking groups'))!;
    assert.match(alex, /^Staying well/);
    // a long comment shows its first 300 characters
    const long = all.find((c) => c.includes('Long Writer'))!;
    assert.doesNotMatch(long, /not in the list/);
    assert.match(long, /x{290} and the r…/);
    // a link to the capability's moderation page
    const link = moderateLinks(page).find((a) => /Alex/.test(text(a)))!;
    assert.match(link.getAttribute('href')!, /^\/admin\/comments\/[0-9a-f-]{36}$/);
  });

  test('every section in any version is a filter choice, with its newest heading', async () => {
    const page = await facilitator.get(listUrl());
    const options = [...getByRole(page.document.body, 'combobox', { name: 'Section' }).querySelectorAll('option')].map((o) => text(o));
    assert.deepEqual(options, ['All sections', 'Staying well', 'Crisis care', 'Care close to home']);
  });

  test('filters narrow the list: role, organisation, search words and section', async () => {
    const carers = await facilitator.get(`${listUrl()}?role=carer`);
    assert.equal(countLine(carers), '1 comment');
    assert.match(cards(carers)[0]!, /fund respite/);
    assert.equal((getByRole(carers.document.body, 'combobox', { name: 'Who they are' }) as HTMLSelectElement).value, 'carer', 'the filter stays chosen');

    const orgs = await facilitator.get(`${listUrl()}?kind=organisation`);
    assert.equal(countLine(orgs), '1 comment');
    assert.match(cards(orgs)[0]!, /Carers Together/);
    assert.equal(countLine(await facilitator.get(`${listUrl()}?kind=individual`)), '5 comments');

    const searched = await facilitator.get(`${listUrl()}?q=${encodeURIComponent('crisis')}`);
    assert.equal(countLine(searched), '2 comments');
    assert.equal((getByRole(searched.document.body, 'searchbox', { name: 'Search words' }) as HTMLInputElement).value, 'crisis');

    const b = await facilitator.get(`${listUrl()}?section=${sectionB}`);
    assert.equal(countLine(b), '2 comments');
    assert.ok(cards(b).every((c) => c.startsWith('Crisis care')));
    assert.equal(countLine(await facilitator.get(`${listUrl()}?section=${sectionC}`)), '0 comments');

    const both = await facilitator.get(`${listUrl()}?section=${sectionB}&role=service-user`);
    assert.equal(countLine(both), '1 comment');
    assert.match(cards(both)[0]!, /on hold for an hour/);
    assert.equal(countLine(await facilitator.get(`${listUrl()}?status=held`)), '0 comments');
  });

  test('values that are not choices are ignored, never an error', async () => {
    for (const q of ['role=king', 'section=not-an-id', 'status=%00', 'kind[]=x', `section=${sectionA}&section=${sectionB}`, 'page=-4', 'q=' + 'a'.repeat(5000)]) {
      const res = await facilitator.get(`${listUrl()}?${q}`);
      assert.equal(res.status, 200, q);
    }
  });

  test('the downloads keep the filters', async () => {
    const page = await facilitator.get(`${listUrl()}?role=carer&q=break`);
    const csv = getByRole(page.document.body, 'link', { name: /^Download as CSV/ }).getAttribute('href')!;
    const xlsx = getByRole(page.document.body, 'link', { name: /^Download as XLSX/ }).getAttribute('href')!;
    assert.equal(csv, `${listUrl()}.csv?role=carer&q=break`);
    assert.equal(xlsx, `${listUrl()}.xlsx?role=carer&q=break`);
  });

  test('comes a page at a time, and page links keep the filters', async () => {
    const first = await facilitator.get(listUrl(pagedId));
    assert.equal(countLine(first), 'Showing 1 to 25 of 30 comments');
    assert.equal(moderateLinks(first).length, 25);
    assertPagination(first.document, NAV, { current: 1, pageCount: 2 });
    const second = await facilitator.get(pageLink(first.document, NAV, 2));
    assert.equal(countLine(second), 'Showing 26 to 30 of 30 comments');
    assert.equal(moderateLinks(second).length, 5);
    assert.match(cards(second).at(-1)!, /Paged comment number 1\b/, 'the oldest is last');
    assertPagination(second.document, NAV, { current: 2, pageCount: 2 });

    const emails = await facilitator.get(`${listUrl(pagedId)}?channel=email`);
    assert.equal(countLine(emails), '15 comments');
    assert.equal(within(emails.document.body).queryByRole('navigation', { name: NAV }), null, 'one page needs no page links');
    assert.equal(countLine(await facilitator.get(`${listUrl(pagedId)}?page=99`)), 'Showing 26 to 30 of 30 comments', 'past the end is the last page');
  });
});

describe('downloads', () => {
  test('CSV has the Section column and neutralises a comment that starts with a formula', async () => {
    const res = await facilitator.get(`${listUrl()}.csv`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename=".*comments\.csv"/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const records = parseCsv(res.body, { bom: true }) as string[][];
    const header = records[0]!;
    assert.equal(header[0], 'Section');
    assert.equal(records.length, 7);
    const body = header.indexOf('Comment');
    const formula = records.find((r) => r[body]!.includes('HYPERLINK'))!;
    assert.equal(formula[body], `'=HYPERLINK("https://example.com/steal","Click me")`);
    assert.equal(formula[0], 'Staying well');
    assert.ok(records.some((r) => r[0] === 'Crisis care'));
    const [entry] = await findAuditEntries(t.db, { action: 'export', subjectType: 'consultation', subjectId: consultationId });
    assert.equal((entry!.details as { export: string }).export, 'consultation.comments');
  });

  test('CSV follows the filters', async () => {
    const records = parseCsv((await facilitator.get(`${listUrl()}.csv?kind=organisation`)).body, { bom: true }) as string[][];
    assert.equal(records.length, 2);
    assert.equal(records[1]![0], 'Crisis care');
  });

  test('XLSX downloads as a workbook with the Section column', async () => {
    const res = await facilitator.get(`${listUrl()}.xlsx`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.rowCount, 7);
    assert.equal(sheet.getRow(1).getCell(1).value, 'Section');
    const cells = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1).getCell(1).value);
    assert.ok(cells.includes('Staying well'));
  });
});

describe('entering a comment received by letter, email or at an event', () => {
  const newUrl = () => `${listUrl()}/new`;
  const today = () => londonToday().split('-');

  test('a letter comment is stored with its channel, who entered it and the date received, and shows in the list', async () => {
    const page = await facilitator.get(newUrl());
    assert.equal(page.status, 200);
    const options = [...getByRole(page.document.body, 'combobox', { name: 'Which section is the comment about?' }).querySelectorAll('option')].map((o) => text(o));
    assert.deepEqual(options, ['Select a section', 'Staying well', 'Crisis care', 'Care close to home']);
    const res = await facilitator.submitOn(page, newUrl(), {
      section: sectionB, channel: 'letter', 'received[day]': '20', 'received[month]': '1', 'received[year]': '2026',
      role: 'carer', showName: 'name', displayName: 'Pat', kind: 'individual', body: 'I wrote to say the night service saved my son.', quote: 'Crisis care',
    });
    assert.equal(res.status, 303, res.status === 400 ? text(errorSummary(res.document)) : '');
    assert.equal(res.location, listUrl());
    const list = await facilitator.follow(res);
    assert.match(text(notificationBanner(list.document)), /Comment added/);
    const card = cards(list).find((c) => c.includes('night service saved my son'))!;
    assert.match(card, /^Crisis care/);
    assert.match(card, /Pat, a carer, family member or friend/);
    assert.match(card, /By letter, 20 January 2026/);

    const found = await searchComments(t.db, { scopeId: consultationId, search: 'night service saved' }, 1);
    assert.equal(found.total, 1);
    const stored = found.items[0]!;
    assert.equal(stored.channel, 'letter');
    assert.equal(stored.status, 'published');
    assert.equal(stored.resourceId, sectionB);
    assert.equal(stored.quote, 'Crisis care');
    assert.equal(stored.tags.versionId, draft1.id, 'the version published when it was received');
    assert.equal(stored.createdAt.toISOString().slice(0, 10), '2026-01-20');
    const audits = await findAuditEntries(t.db, { action: 'consultation.comment-entered', actorId: facilitatorId, subjectId: consultationId });
    assert.equal(audits.length, 1);
    assert.equal((audits[0]!.details as { comment: string }).comment, stored.id);
  });

  test('a comment on behalf of an organisation not in the list', async () => {
    const [year, month, day] = today();
    const res = await facilitator.submit(newUrl(), {
      section: sectionC, channel: 'event', 'received[day]': day!, 'received[month]': month!, 'received[year]': year!,
      role: 'organisation', showName: 'anonymous', kind: 'organisation', organisation: 'other', organisationName: 'Hope Street Group',
      gatheredHow: 'other', gatheredOther: 'A stall at the summer fair', representsCount: '1,200', representsWho: 'Families in Hope Street', body: 'Keep the drop-in open on Saturdays.',
    });
    assert.equal(res.status, 303, res.status === 400 ? text(errorSummary(res.document)) : '');
    const stored = (await searchComments(t.db, { scopeId: consultationId, kind: 'organisation', search: 'drop-in' }, 1)).items[0]!;
    assert.equal(stored.channel, 'event');
    assert.deepEqual(stored.onBehalf, { organisationId: null, organisationName: 'Hope Street Group', gatheredHow: 'other', gatheredOther: 'A stall at the summer fair', representsCount: 1200, representsWho: 'Families in Hope Street' });
    assert.equal(stored.authorName, 'Anonymous');
  });

  test('errors are listed in the error summary and what was typed is kept', async () => {
    const future = new Date(Date.now() + 5 * 86_400_000);
    const res = await facilitator.submit(newUrl(), {
      section: '', channel: '', 'received[day]': String(future.getUTCDate()), 'received[month]': String(future.getUTCMonth() + 1), 'received[year]': String(future.getUTCFullYear()),
      role: 'public', showName: 'name', displayName: '', kind: 'organisation', organisation: '', representsCount: 'lots', body: 'My typed comment about <b>crisis</b> care',
    });
    assert.equal(res.status, 400);
    const summary = text(errorSummary(res.document));
    for (const message of [
      'Select the section the comment is about',
      'Select how the comment was received',
      'Date received must be today or in the past',
      'Enter the name to show with the comment',
      'Select the organisation the comment is from',
      'Select how the organisation gathered the views',
      'Number of people must be a whole number between 1 and 1,000,000',
      'Enter who the people are',
    ]) assert.ok(summary.includes(message), `${message} in: ${summary}`);
    assert.equal((getByRole(res.document.body, 'textbox', { name: /^Comment/ }) as HTMLTextAreaElement).value, 'My typed comment about <b>crisis</b> care');
    assert.equal((getByRole(res.document.body, 'textbox', { name: /How many people/ }) as HTMLInputElement).value, 'lots');
    assert.equal((getByRole(res.document.body, 'radio', { name: 'A member of the public' }) as HTMLInputElement).checked, true);
    assert.match(res.document.title, /^Error: /);
    assert.equal((await searchComments(t.db, { scopeId: consultationId, search: 'My typed comment' }, 1)).total, 0);
  });

  test('a section of another consultation, an unknown organisation or control characters are refused with a message, never a 500', async () => {
    const base = { channel: 'email', 'received[day]': '2', 'received[month]': '2', 'received[year]': '2026', role: 'public', showName: 'anonymous', kind: 'individual', body: 'A fine comment' };
    const { a: elsewhere } = { a: (await searchComments(t.db, { scopeId: pagedId }, 1)).items[0]!.resourceId };
    const other = await facilitator.submit(newUrl(), { ...base, section: elsewhere });
    assert.equal(other.status, 400);
    assert.match(text(errorSummary(other.document)), /Select a section from the list/);
    const org = await facilitator.submit(newUrl(), { ...base, section: sectionA, kind: 'organisation', organisation: '00000000-0000-4000-8000-000000000000', gatheredHow: 'focus-group', representsCount: '3', representsWho: 'Friends' });
    assert.equal(org.status, 400);
    assert.match(text(errorSummary(org.document)), /Select an organisation from the list/);
    const control = await facilitator.submit(newUrl(), { ...base, section: sectionA, body: 'Bad \u0007 bell' });
    assert.equal(control.status, 400);
    assert.match(text(errorSummary(control.document)), /Comment must not include hidden or control characters/);
    const empty = await facilitator.submit(newUrl(), {});
    assert.equal(empty.status, 400);
    assert.match(text(errorSummary(empty.document)), /Enter the comment/);
  });

  test('a known organisation from the accounts list is linked by its id', async () => {
    const res = await facilitator.submit(newUrl(), {
      section: sectionA, channel: 'email', 'received[day]': '3', 'received[month]': '2', 'received[year]': '2026', role: 'organisation', showName: 'name', displayName: 'Chris',
      kind: 'organisation', organisation: organisationId, gatheredHow: 'collated-letters', representsCount: '8', representsWho: 'Carers', body: 'Collated letters about respite care.',
    });
    assert.equal(res.status, 303, res.status === 400 ? text(errorSummary(res.document)) : '');
    const stored = (await searchComments(t.db, { scopeId: consultationId, search: 'Collated letters about' }, 1)).items[0]!;
    assert.equal(stored.onBehalf?.organisationId, organisationId);
    assert.equal(stored.onBehalf?.organisationName, 'Carers Together');
  });
});
