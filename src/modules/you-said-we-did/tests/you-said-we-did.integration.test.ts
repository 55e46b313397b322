import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole, getAllByRole, queryByText, within } from '@testing-library/dom';
import { parse as parseCsv } from 'csv-parse/sync';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { errorSummary } from '../../../../tests/support/find.ts';
import type { Role } from '../../../platform/authorisation/index.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildConsultation, buildDecision } from '../../consultations/testing/factories.ts';
import { buildYouSaidWeDidItem } from '../testing/factories.ts';
import * as repo from '../repository.ts';

let t: TestApp;
let programmeId: string;
let otherProgrammeId: string;
let itemId: string;
let decisionIds: string[];
let otherDecisionId: string;
let consultationId: string;
let sectionIds: string[];
let facilitator: Agent;

const ITEM = {
  youSaid: 'Waiting for a first appointment takes too long.', youSaidEasyRead: 'You wait a long time to see us.', peopleCount: '81', audiences: ['public', 'staff'], theme: 'Waiting times',
  weDid: 'We write to everyone with the expected wait.', status: 'in-progress', notDoingReason: '', progress: '55', owner: 'Community mental health teams',
  'startsOn[day]': '1', 'startsOn[month]': '3', 'startsOn[year]': '2026', 'dueOn[day]': '31', 'dueOn[month]': '3', 'dueOn[year]': '2027', differenceMade: '',
};

before(async () => {
  t = await buildTestApp();
  programmeId = (await buildProgramme(t.ctx, { title: 'Strategy review' })).id;
  otherProgrammeId = (await buildProgramme(t.ctx, { title: 'Another programme' })).id;
  const c = await buildConsultation(t.ctx, { title: 'Draft strategy', programmeId });
  consultationId = c.id;
  sectionIds = c.sectionIds;
  decisionIds = [
    await buildDecision(t.ctx, { consultationId: c.id, sectionId: c.sectionIds[1]!, versionId: c.versionId, theme: 'Out-of-hours crisis line', reason: 'Many people asked for it.' }),
    await buildDecision(t.ctx, { consultationId: c.id, sectionId: c.sectionIds[0]!, versionId: c.versionId, theme: 'Waiting times', decision: 'changed-in-part' }),
  ];
  const other = await buildConsultation(t.ctx, { title: 'Other consultation', programmeId: otherProgrammeId });
  otherDecisionId = await buildDecision(t.ctx, { consultationId: other.id, sectionId: other.sectionIds[0]!, versionId: other.versionId, theme: 'Elsewhere' });
  itemId = await buildYouSaidWeDidItem(t.ctx, programmeId);
  ({ agent: facilitator } = await signedInAgent(t, ['participant', 'facilitator']));
});
after(() => t.close());

const ADMIN_PAGES = ['/admin/you-said-we-did', '/admin/you-said-we-did/:p', '/admin/you-said-we-did/:p/new', '/admin/you-said-we-did/:p/items/:i', '/admin/you-said-we-did/:p/items/:i/edit',
  '/admin/you-said-we-did/:p/items/:i/updates/new', '/admin/you-said-we-did/:p/items/:i/decisions', '/admin/you-said-we-did/:p/items.csv', '/admin/you-said-we-did/:p/items.xlsx'];
const path = (p: string) => p.replace(':p', programmeId).replace(':i', itemId);

describe('you said, we did: who can reach what', () => {
  test('signed-out people are sent to sign in from staff pages, and can read the public pages', async () => {
    for (const p of ADMIN_PAGES) {
      const res = await new Agent(t.app).get(path(p));
      assert.equal(res.status, 303, p);
      assert.match(res.location ?? '', /^\/sign-in\?next=/);
    }
    const guest = new Agent(t.app);
    assert.equal((await guest.get(`/programmes/${programmeId}/you-said-we-did`)).status, 200);
    assert.equal((await guest.get('/you-said-we-did')).status, 200);
    assert.equal((await guest.get('/programmes/00000000-0000-4000-8000-000000000000/you-said-we-did')).status, 404);
  });

  for (const role of ['participant', 'moderator', 'facilitator', 'admin'] as Role[]) {
    const allowed = role === 'facilitator' || role === 'admin';
    test(`a ${role} ${allowed ? 'can' : 'cannot'} manage "you said, we did"`, async () => {
      const { agent } = await signedInAgent(t, role === 'participant' ? ['participant'] : ['participant', role]);
      for (const p of ADMIN_PAGES) assert.equal((await agent.get(path(p))).status, allowed ? 200 : 403, `${role} ${p}`);
      assert.equal((await agent.get(`/programmes/${programmeId}/you-said-we-did`)).status, 200);
    });
  }

  test('an item of another programme is not found under this one', async () => {
    assert.equal((await facilitator.get(`/admin/you-said-we-did/${otherProgrammeId}/items/${itemId}`)).status, 404);
  });
});

describe('you said, we did: adding and changing items', () => {
  test('a facilitator adds an item; it is stored and in the audit log', async () => {
    const res = await facilitator.submit(`/admin/you-said-we-did/${programmeId}/new`, ITEM);
    assert.equal(res.status, 303);
    const id = res.location!.split('/').pop()!;
    const row = await repo.findItem(t.db, programmeId, id);
    assert.equal(row?.you_said, ITEM.youSaid);
    assert.equal(row?.people_count, 81);
    assert.deepEqual(row?.audiences, ['public', 'staff']);
    assert.equal(row?.status, 'in-progress');
    assert.equal(row?.starts_on, '2026-03-01');
    assert.equal(row?.due_on, '2027-03-31');
    const page = await facilitator.follow(res);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Waiting times' });
    assert.equal((await findAuditEntries(t.db, { action: 'you-said-we-did.item-added', subjectId: id })).length, 1);
  });

  test('errors are shown and what was typed is kept', async () => {
    const res = await facilitator.submit(`/admin/you-said-we-did/${programmeId}/new`, { ...ITEM, youSaid: '', progress: '150', peopleCount: 'lots', 'dueOn[year]': '2025' });
    assert.equal(res.status, 400);
    const summary = errorSummary(res.document)!;
    assert.ok(summary);
    for (const message of ['Enter what people said, in plain English', 'Progress must be a whole number from 0 to 100', 'How many people said it must be a whole number, like 25', 'The due date must be the same as or after the start date']) {
      getByRole(summary, 'link', { name: message });
    }
    assert.equal(getByRole<HTMLTextAreaElement>(res.document.body, 'textbox', { name: /Easy Read summary/ }).value, ITEM.youSaidEasyRead);
    assert.equal(getByRole<HTMLInputElement>(res.document.body, 'textbox', { name: /Progress/ }).value, '150');
    assert.equal(getByRole<HTMLInputElement>(res.document.body, 'checkbox', { name: 'Health and social care staff' }).checked, true);
  });

  test('"not doing" needs a reason', async () => {
    const res = await facilitator.submit(`/admin/you-said-we-did/${programmeId}/new`, { ...ITEM, status: 'not-doing', notDoingReason: '' });
    assert.equal(res.status, 400);
    getByRole(errorSummary(res.document)!, 'link', { name: 'Enter why we are not doing this, in plain English' });
    const ok = await facilitator.submit(`/admin/you-said-we-did/${programmeId}/new`, { ...ITEM, status: 'not-doing', notDoingReason: 'GP practices set their own appointment lengths.' });
    assert.equal(ok.status, 303);
    const row = await repo.findItem(t.db, programmeId, ok.location!.split('/').pop()!);
    assert.equal(row?.not_doing_reason, 'GP practices set their own appointment lengths.');
  });

  test('"difference made" only once the work is done, and done means 100%', async () => {
    const early = await facilitator.submit(`/admin/you-said-we-did/${programmeId}/items/${itemId}/edit`, { ...ITEM, differenceMade: 'Waits fell.' });
    assert.equal(early.status, 400);
    getByRole(errorSummary(early.document)!, 'link', { name: 'You can only add the difference it made once the work is done' });
    const notFull = await facilitator.submit(`/admin/you-said-we-did/${programmeId}/items/${itemId}/edit`, { ...ITEM, status: 'done', differenceMade: 'Waits fell.' });
    getByRole(errorSummary(notFull.document)!, 'link', { name: 'Progress must be 100 when the work is done' });
    assert.equal((await repo.findItem(t.db, programmeId, itemId))?.difference_made, '');

    const done = await facilitator.submit(`/admin/you-said-we-did/${programmeId}/items/${itemId}/edit`, { ...ITEM, status: 'done', progress: '100', differenceMade: 'Waits fell by a third.', notDoingReason: 'left over' });
    assert.equal(done.status, 303);
    const row = await repo.findItem(t.db, programmeId, itemId);
    assert.equal(row?.status, 'done');
    assert.equal(row?.difference_made, 'Waits fell by a third.');
    assert.equal(row?.not_doing_reason, '', 'a reason is kept only when not doing');
    const audit = await findAuditEntries(t.db, { action: 'you-said-we-did.item-changed', subjectId: itemId });
    assert.equal(audit.at(-1)?.details?.status, 'done');
    // the edit form shows what is stored
    const form = await facilitator.get(`/admin/you-said-we-did/${programmeId}/items/${itemId}/edit`);
    assert.equal(getByRole<HTMLInputElement>(form.document.body, 'radio', { name: 'Done' }).checked, true);
    const starts = getByRole(form.document.body, 'group', { name: /Start date/ });
    assert.equal(within(starts).getByRole<HTMLInputElement>('textbox', { name: 'Day' }).value, '1');
  });

  test('dated updates, with an evidence link that must be http or https', async () => {
    const url = `/admin/you-said-we-did/${programmeId}/items/${itemId}/updates/new`;
    const bad = await facilitator.submit(url, { 'onDate[day]': '', 'onDate[month]': '', 'onDate[year]': '', body: 'Letters sent.', evidence: 'javascript:alert(1)' });
    assert.equal(bad.status, 400);
    getByRole(errorSummary(bad.document)!, 'link', { name: 'Enter the date of the update' });
    getByRole(errorSummary(bad.document)!, 'link', { name: 'Enter a link to the evidence that starts with https:// or http://' });
    assert.equal(getByRole<HTMLTextAreaElement>(bad.document.body, 'textbox', { name: /Update/ }).value, 'Letters sent.');
    const ok = await facilitator.submit(url, { 'onDate[day]': '1', 'onDate[month]': '5', 'onDate[year]': '2026', body: 'Waiting-list letters now go to everyone.', evidence: 'https://example.nhs.uk/report' });
    assert.equal(ok.status, 303);
    const updates = await repo.listUpdates(t.db, [itemId]);
    assert.equal(updates.length, 1);
    assert.equal(updates[0]!.on_date, '2026-05-01');
    assert.equal(updates[0]!.evidence_url, 'https://example.nhs.uk/report');
    assert.equal((await findAuditEntries(t.db, { action: 'you-said-we-did.update-added', subjectId: itemId })).length, 1);
  });

  test('decision records are chosen from the programme\'s own, by checkbox', async () => {
    const url = `/admin/you-said-we-did/${programmeId}/items/${itemId}/decisions`;
    const page = await facilitator.get(url);
    const boxes = getAllByRole(page.document.body, 'checkbox');
    assert.equal(boxes.length, 2, 'only this programme\'s decision records');
    getByRole(page.document.body, 'checkbox', { name: /Draft strategy: Pillar 4: Support in crisis – Out-of-hours crisis line/ });
    const res = await facilitator.submitOn(page, url, { decisions: [decisionIds[0]!, otherDecisionId] });
    assert.equal(res.status, 303);
    assert.deepEqual((await repo.findItem(t.db, programmeId, itemId))?.decision_ids, [decisionIds[0]]);
    const again = await facilitator.get(url);
    assert.equal(getByRole<HTMLInputElement>(again.document.body, 'checkbox', { name: /Out-of-hours crisis line/ }).checked, true);
    assert.equal((await findAuditEntries(t.db, { action: 'you-said-we-did.decisions-linked', subjectId: itemId })).length, 1);
  });
});

describe('you said, we did: the public page', () => {
  let notDoingId: string;
  before(async () => {
    notDoingId = await buildYouSaidWeDidItem(t.ctx, programmeId, { theme: 'Longer GP appointments', status: 'not-doing', progress: 0, notDoingReason: 'The trust does not run GP practices.', peopleCount: 3, youSaid: 'Ten minutes is not enough.', youSaidEasyRead: 'Ten minutes with your doctor is too short.' });
    await repo.setDecisions(t.db, itemId, [decisionIds[0]!], null);
    await repo.updateItem(t.db, itemId, { youSaid: 'The crisis line is hard to reach at night.', youSaidEasyRead: 'It is hard to get help at night.', peopleCount: 12, audiences: ['public', 'community'], theme: 'Crisis line', weDid: 'We added night staff.', status: 'done', notDoingReason: '', progress: 100, owner: 'Crisis team', startsOn: '2026-03-01', dueOn: '2026-06-30', differenceMade: 'Calls are answered within 5 minutes.' }, null);
  });

  test('each item says what was said, by how many and whom, what we did, its status in words, updates and decisions', async () => {
    const page = await new Agent(t.app).get(`/programmes/${programmeId}/you-said-we-did`);
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'heading', { level: 1, name: 'You said, we did' });
    assert.equal(getByRole(page.document.body, 'link', { name: 'Back to Strategy review' }).getAttribute('href'), `/programmes/${programmeId}`);
    const item = getByRole(page.document.body, 'region', { name: 'Crisis line' });
    const body = text(item);
    assert.match(body, /The crisis line is hard to reach at night\./);
    assert.match(body, /12 people told us this\./);
    assert.match(body, /Who told us: people who use services, carers and the public; community and voluntary groups\./);
    assert.match(body, /We added night staff\./);
    assert.match(body, /Status: Done/);
    assert.match(body, /Progress: 100% done/);
    getByRole(item, 'heading', { name: 'The difference it made' });
    assert.match(body, /Calls are answered within 5 minutes\./);
    assert.match(body, /1 May 2026 Waiting-list letters now go to everyone\./);
    assert.equal(getByRole(item, 'link', { name: 'Evidence for the update of 1 May 2026' }).getAttribute('href'), 'https://example.nhs.uk/report');
    assert.equal(getByRole(item, 'link', { name: 'Draft strategy: Pillar 4: Support in crisis' }).getAttribute('href'), `/consultations/${consultationId}/sections/${sectionIds[1]}`);

    const notDoing = getByRole(page.document.body, 'region', { name: 'Longer GP appointments' });
    assert.match(text(notDoing), /Status: Not doing/);
    getByRole(notDoing, 'heading', { name: 'Why we are not doing this' });
    assert.match(text(notDoing), /The trust does not run GP practices\./);
    // a small number of people is a count about people: it is not shown as it is
    assert.match(text(notDoing), /Fewer than 5 people told us this\./);
    assert.doesNotMatch(text(notDoing), /\b3 people/);
    assert.equal(queryByRole(notDoing, 'heading', { name: 'The difference it made' }), null);
    assert.ok(notDoingId);
  });

  test('in Easy Read each item shows its Easy Read summary', async () => {
    const page = await new Agent(t.app).get(`/programmes/${programmeId}/you-said-we-did?format=easy-read`);
    assert.equal(page.status, 200);
    const item = getByRole(page.document.body, 'region', { name: 'Crisis line' });
    assert.match(text(item), /It is hard to get help at night\./);
    assert.equal(queryByText(item, 'The crisis line is hard to reach at night.'), null);
    getByRole(item, 'heading', { name: 'You told us' });
    getByRole(page.document.body, 'link', { name: 'Read the standard version of this page' });
  });

  test('the programme timeline has one "You said, we did" item with the counts by status', async () => {
    const page = await new Agent(t.app).get(`/programmes/${programmeId}`);
    const link = getByRole(page.document.body, 'link', { name: 'You said, we did' });
    assert.equal(link.getAttribute('href'), `/programmes/${programmeId}/you-said-we-did`);
    const li = link.closest('li')!;
    const rows = await repo.listItems(t.db, programmeId);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    assert.match(text(li), new RegExp(`${count('in-progress')} in progress, ${count('done')} done and ${count('not-doing')} not doing`));
    assert.match(text(li), new RegExp(`${rows.length} things people told us`));
    const empty = await new Agent(t.app).get(`/programmes/${otherProgrammeId}`);
    assert.equal(queryByRole(empty.document.body, 'link', { name: 'You said, we did' }), null);
  });

  test('the home page links to the list of programmes with "you said, we did"', async () => {
    const home = await new Agent(t.app).get('/');
    const list = await new Agent(t.app).get(getByRole(home.document.body, 'link', { name: 'see what changed because of what people said' }).getAttribute('href')!);
    getByRole(list.document.body, 'link', { name: 'Strategy review' });
    assert.equal(queryByRole(list.document.body, 'link', { name: 'Another programme' }), null);
  });
});

describe('you said, we did: export', () => {
  test('the CSV has every item, with a hostile "=cmd" neutralised, and is in the audit log', async () => {
    await buildYouSaidWeDidItem(t.ctx, programmeId, { theme: '=cmd|"/c calc"!A1', youSaid: '+SUM(1)' });
    const res = await facilitator.get(`/admin/you-said-we-did/${programmeId}/items.csv`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /text\/csv/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const rows = parseCsv(res.body.replace(/^\uFEFF/, '')) as string[][];
    assert.equal(rows[0]![0], 'Theme');
    assert.equal(rows.length - 1, (await repo.listItems(t.db, programmeId)).length);
    const hostile = rows.find((r) => r[0]!.includes('cmd'))!;
    assert.ok(!/^[=+\-@]/.test(hostile[0]!), hostile[0]);
    assert.ok(!/^[=+\-@]/.test(hostile[1]!), hostile[1]);
    const entries = await findAuditEntries(t.db, { action: 'export', subjectId: programmeId });
    assert.equal(entries.at(-1)?.details?.export, 'you-said-we-did.items');
    const xlsx = await facilitator.get(`/admin/you-said-we-did/${programmeId}/items.xlsx`);
    assert.equal(xlsx.status, 200);
  });
});
