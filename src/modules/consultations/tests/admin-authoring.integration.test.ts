// Writing a consultation in the admin: details, waves, sections (add, change, move), publishing versions and what
// changed between them, importing a Word document, decisions linked to comments, and the response.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { errorSummary, fieldErrors } from '../../../../tests/support/find.ts';
import { addComment } from '../../../capabilities/comments/index.ts';
import { buildDocx, passwordProtectedLike } from '../testing/docx.ts';
import { SECTION_COMMENTS } from '../comment-target.ts';
import { londonToday } from '../status.ts';
import * as repo from '../repository.ts';

let t: TestApp;
let facilitator: Agent;
before(async () => {
  t = await buildTestApp();
  facilitator = (await signedInAgent(t, ['participant', 'facilitator'])).agent;
});
after(() => t.close());

const DETAILS = {
  title: 'Draft mental health strategy',
  summary: 'Tell us what you think of our draft strategy.',
  easyReadSummary: '',
  audience: 'Everyone in the area',
  audiences: ['public', 'staff'],
  programme: '',
  signIn: 'optional',
  moderation: 'post',
};

/** a date `days` from today, as the three fields of an NHS date input */
function dateFields(name: string, days: number): Record<string, string> {
  const d = new Date(`${londonToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { [`${name}[day]`]: String(d.getUTCDate()), [`${name}[month]`]: String(d.getUTCMonth() + 1), [`${name}[year]`]: String(d.getUTCFullYear()) };
}
const isoDate = (days: number) => {
  const d = new Date(`${londonToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function createConsultation(title = DETAILS.title): Promise<string> {
  const res = await facilitator.submit('/admin/consultations/new', { ...DETAILS, title });
  assert.equal(res.status, 303);
  const id = res.location!.split('/').pop()!;
  assert.match(id, /^[0-9a-f-]{36}$/);
  return id;
}

async function addSection(id: string, heading: string, body: string, easyReadText = ''): Promise<void> {
  const res = await facilitator.submit(`/admin/consultations/${id}/sections/new`, { heading, body, easyReadText, picture: '', pictureAlt: '' });
  assert.equal(res.status, 303, `adding ${heading}`);
}

async function working(id: string) {
  const versions = await repo.listVersions(t.db, id);
  const w = versions.find((v) => !v.published_at)!;
  return { versions, version: w, sections: w ? await repo.sectionTexts(t.db, w.id) : [] };
}

const publish = (id: string, label: string) => facilitator.submit(`/admin/consultations/${id}/publish`, { confirm: 'yes' }, `Publish ${label}`);

describe('writing a consultation', () => {
  test('the list shows each consultation and a button to create one', async () => {
    const id = await createConsultation('Crisis care consultation');
    const list = await facilitator.get('/admin/consultations');
    assert.equal(list.status, 200);
    getByRole(list.document.body, 'heading', { level: 1, name: 'Consultations' });
    assert.equal(getByRole(list.document.body, 'button', { name: 'Create a consultation' }).getAttribute('href'), '/admin/consultations/new');
    const link = getByRole(list.document.body, 'link', { name: 'Crisis care consultation' });
    assert.equal(link.getAttribute('href'), `/admin/consultations/${id}`);
    const row = link.closest('tr')!;
    assert.deepEqual([...row.querySelectorAll('td')].map((td) => text(td)), ['Crisis care consultation', 'Not part of a programme', 'Draft', '1']);
  });

  test('the details form explains what is wrong and keeps what was typed', async () => {
    const res = await facilitator.submit('/admin/consultations/new', { ...DETAILS, title: '', audience: '', signIn: '', summary: 'Kept summary' });
    assert.equal(res.status, 400);
    assert.match(text(errorSummary(res.document)), /Enter the title of the consultation.*Enter who the consultation is for.*Select who can comment/);
    const body = res.document.body;
    assert.equal((getByRole(body, 'textbox', { name: 'Summary' }) as HTMLTextAreaElement).value, 'Kept summary');
    assert.ok((getByRole(body, 'checkbox', { name: 'Health and social care staff' }) as HTMLInputElement).checked);
    assert.ok((getByRole(body, 'radio', { name: /Show comments at once/ }) as HTMLInputElement).checked);
    assert.ok(fieldErrors(res.document).some((e) => /Enter the title of the consultation/.test(e)));

    const id = await createConsultation('Details to change');
    const edit = await facilitator.get(`/admin/consultations/${id}/edit`);
    getByRole(edit.document.body, 'heading', { level: 1, name: 'Change consultation details' });
    assert.equal((getByRole(edit.document.body, 'textbox', { name: 'Title' }) as HTMLInputElement).value, 'Details to change');
    assert.equal((await facilitator.submitOn(edit, `/admin/consultations/${id}/edit`, { ...DETAILS, title: 'Changed title', signIn: 'required' })).status, 303);
    const overview = await facilitator.get(`/admin/consultations/${id}`);
    getByRole(overview.document.body, 'heading', { level: 1, name: /Changed title/ });
    assert.match(text(overview.document.body), /Who can comment\s*Only people who are signed in/);
    assert.match(text(overview.document.body), /Everyone in the area \(People who use services, carers and the public, Health and social care staff\)/);
  });

  test('a facilitator adds a wave, writes sections, publishes Draft 1, then changes it in Draft 2 and sees what changed', async () => {
    const id = await createConsultation();
    const base = `/admin/consultations/${id}`;
    let overview = await facilitator.get(base);
    assert.equal(overview.status, 200);
    getByRole(overview.document.body, 'heading', { level: 1, name: /Draft mental health strategy/ });
    getByRole(overview.document.body, 'heading', { name: 'Draft 1 (being written)' });
    assert.match(text(overview.document.body), /Draft 1 has no sections yet/);

    // a wave that closes before it opens
    const badWave = await facilitator.submit(`${base}/waves/new`, { ...dateFields('opens', 10), ...dateFields('closes', 5) });
    assert.equal(badWave.status, 400);
    assert.match(text(errorSummary(badWave.document)), /The closing date must be the same as or after the opening date/);
    assert.equal((badWave.document.querySelector('input[name="opens[day]"]') as HTMLInputElement).value, dateFields('opens', 10)['opens[day]']);
    getByRole(badWave.document.body, 'heading', { level: 1, name: 'Wave 1' });
    assert.equal((await facilitator.submit(`${base}/waves/new`, { ...dateFields('opens', 1), ...dateFields('closes', 30) })).status, 303);
    const waves = await repo.listWaves(t.db, id);
    assert.deepEqual(waves.map((w) => [w.number, w.opens_on, w.closes_on]), [[1, isoDate(1), isoDate(30)]]);
    overview = await facilitator.get(base);
    const waveRow = getByRole(overview.document.body, 'link', { name: 'Change wave 1' }).closest('tr')!;
    assert.match(text(waveRow), /^Wave 1/);
    assert.equal(getByRole(overview.document.body, 'link', { name: 'Change wave 1' }).getAttribute('href'), `${base}/waves/${waves[0]!.id}`);

    // publishing with no sections
    const empty = await publish(id, 'Draft 1');
    assert.equal(empty.status, 400);
    assert.match(text(errorSummary(empty.document)), /Add at least one section before you publish/);

    // a section with no heading keeps the text
    const noHeading = await facilitator.submit(`${base}/sections/new`, { heading: '', body: 'Some text', easyReadText: '', picture: '', pictureAlt: '' });
    assert.equal(noHeading.status, 400);
    assert.match(text(errorSummary(noHeading.document)), /Enter the heading of the section/);
    assert.equal((getByRole(noHeading.document.body, 'textbox', { name: 'Text' }) as HTMLTextAreaElement).value, 'Some text');

    await addSection(id, 'Pillar 1: prevention and wellbeing', 'We will help people stay well in their community.', 'We want to help you stay well.');
    await addSection(id, 'Pillar 2: clear routes into services', 'People should know where to go for help.');
    overview = await facilitator.get(base);
    const table = getByRole(overview.document.body, 'table', { name: 'Sections in Draft 1' });
    assert.deepEqual(getAllByRole(table, 'link', { name: /^Pillar/ }).map((a) => text(a)), ['Pillar 1: prevention and wellbeing', 'Pillar 2: clear routes into services']);
    assert.match(text(getByRole(table, 'link', { name: 'Pillar 2: clear routes into services' }).closest('tr')), /No Easy Read text/);
    getByRole(table, 'button', { name: 'Move down section: Pillar 1: prevention and wellbeing' });
    getByRole(table, 'button', { name: 'Move up section: Pillar 2: clear routes into services' });
    assert.equal(queryByRole(table, 'button', { name: 'Move up section: Pillar 1: prevention and wellbeing' }), null, 'the first section can only move down');
    assert.equal(queryByRole(table, 'button', { name: 'Move down section: Pillar 2: clear routes into services' }), null, 'the last section can only move up');

    assert.equal((await facilitator.submit(base, {}, 'Move up section: Pillar 2: clear routes into services')).status, 303);
    assert.deepEqual((await working(id)).sections.map((s) => s.heading), ['Pillar 2: clear routes into services', 'Pillar 1: prevention and wellbeing']);
    assert.equal((await facilitator.submit(base, {}, 'Move down section: Pillar 2: clear routes into services')).status, 303);
    const draft1 = await working(id);
    assert.deepEqual(draft1.sections.map((s) => s.heading), ['Pillar 1: prevention and wellbeing', 'Pillar 2: clear routes into services']);

    // publishing needs the box ticked
    const unconfirmed = await facilitator.submit(`${base}/publish`, {}, 'Publish Draft 1');
    assert.equal(unconfirmed.status, 400);
    assert.match(text(errorSummary(unconfirmed.document)), /Confirm that you want to do this/);
    const publishPage = await facilitator.get(`${base}/publish`);
    assert.match(text(publishPage.document.body), /Once published, Draft 1 cannot be changed/);
    assert.deepEqual([...publishPage.document.querySelectorAll('main ol li')].map((li) => text(li)), ['Pillar 1: prevention and wellbeing', 'Pillar 2: clear routes into services']);
    assert.equal((await publish(id, 'Draft 1')).status, 303);
    assert.ok((await repo.listVersions(t.db, id))[0]!.published_at, 'Draft 1 is published');

    // the next version starts as a copy
    overview = await facilitator.get(base);
    assert.equal(queryByRole(overview.document.body, 'heading', { name: /being written/ }), null);
    assert.match(text(getByRole(overview.document.body, 'link', { name: 'Draft 1' }).closest('li')), /published/);
    assert.equal(getByRole(overview.document.body, 'link', { name: 'Draft 1' }).getAttribute('href'), `/consultations/${id}?version=1`);
    assert.equal((await facilitator.submit(base, {}, 'Start the next version')).status, 303);
    const draft2 = await working(id);
    assert.equal(draft2.version.label, 'Draft 2');
    assert.deepEqual(draft2.sections.map((s) => [s.section_id, s.heading, s.body]), draft1.sections.map((s) => [s.section_id, s.heading, s.body]));
    overview = await facilitator.get(base);
    getByRole(overview.document.body, 'heading', { name: 'Draft 2 (being written)' });
    getByRole(overview.document.body, 'button', { name: 'Publish Draft 2' });

    // change a section's text: the publish page shows what changed
    const pillar2 = draft2.sections[1]!;
    const edit = await facilitator.get(`${base}/sections/${pillar2.section_id}`);
    assert.equal((getByRole(edit.document.body, 'textbox', { name: 'Text' }) as HTMLTextAreaElement).value, 'People should know where to go for help.');
    assert.match(text(edit.document.querySelector('.nhsuk-caption-l')), /Draft mental health strategy – Draft 2/);
    const changed = await facilitator.submitOn(edit, `${base}/sections/${pillar2.section_id}`, { heading: pillar2.heading, body: 'People should know where to go for urgent help.', easyReadText: '', picture: '', pictureAlt: '' });
    assert.equal(changed.status, 303);
    const preview = await facilitator.get(`${base}/publish`);
    assert.equal(preview.status, 200);
    getByRole(preview.document.body, 'heading', { name: 'What changed since Draft 1' });
    const card = getByRole(preview.document.body, 'heading', { name: 'Pillar 2: clear routes into services' }).closest('.nhsuk-card')!;
    assert.match(text(card), /Changed: 1 word added, 0 words removed/);
    assert.equal(text(card.querySelector('ins')), 'Added: urgent (end of added text)');
    const unchanged = getByRole(preview.document.body, 'heading', { name: 'Pillar 1: prevention and wellbeing' }).closest('.nhsuk-card')!;
    assert.match(text(unchanged), /Not changed/);
    assert.equal(unchanged.querySelector('ins, del'), null);

    const removedWord = await facilitator.submit(`${base}/sections/${pillar2.section_id}`, { heading: pillar2.heading, body: 'People should know where to go for urgent support.', easyReadText: '', picture: '', pictureAlt: '' });
    assert.equal(removedWord.status, 303);
    const again = await facilitator.get(`${base}/publish`);
    const card2 = getByRole(again.document.body, 'heading', { name: 'Pillar 2: clear routes into services' }).closest('.nhsuk-card')!;
    assert.deepEqual([...card2.querySelectorAll('del')].map((d) => text(d)), ['Removed: help (end of removed text)']);
    assert.deepEqual([...card2.querySelectorAll('ins')].map((d) => text(d)), ['Added: urgent support (end of added text)']);
    assert.equal((await publish(id, 'Draft 2')).status, 303);
    assert.equal((await repo.listVersions(t.db, id)).filter((v) => v.published_at).length, 2);
  });

  test('removing a section asks first and keeps it in published versions', async () => {
    const id = await createConsultation('Removing sections');
    const base = `/admin/consultations/${id}`;
    await addSection(id, 'Kept section', 'Stays.');
    await addSection(id, 'Old section', 'Goes in Draft 2.');
    assert.equal((await publish(id, 'Draft 1')).status, 303);
    assert.equal((await facilitator.submit(base, {}, 'Start the next version')).status, 303);
    const { sections } = await working(id);
    const old = sections.find((s) => s.heading === 'Old section')!;
    const ask = await facilitator.get(`${base}/sections/${old.section_id}/remove`);
    getByRole(ask.document.body, 'heading', { level: 1, name: 'Remove Old section' });
    assert.match(text(ask.document.body), /Versions that are already published still show it/);
    const unticked = await facilitator.submitOn(ask, `${base}/sections/${old.section_id}/remove`, {});
    assert.equal(unticked.status, 400);
    assert.match(text(errorSummary(unticked.document)), /Confirm that you want to do this/);
    getByRole(ask.document.body, 'checkbox', { name: 'Yes, remove Old section from Draft 2' });
    assert.equal((await facilitator.submitOn(ask, `${base}/sections/${old.section_id}/remove`, { confirm: 'yes' })).status, 303);
    assert.deepEqual((await working(id)).sections.map((s) => s.heading), ['Kept section']);
    const draft1 = (await repo.listVersions(t.db, id))[0]!;
    assert.deepEqual((await repo.sectionTexts(t.db, draft1.id)).map((s) => s.heading), ['Kept section', 'Old section']);
    const preview = await facilitator.get(`${base}/publish`);
    assert.match(text(getByRole(preview.document.body, 'heading', { name: 'Old section' }).closest('.nhsuk-card')), /Removed: it is not in Draft 2/);
  });

  test('text typed into a section is shown as text on the overview and in what changed, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    const id = await createConsultation(`Strategy ${hostile}`);
    const base = `/admin/consultations/${id}`;
    await addSection(id, `Heading ${hostile}`, `First text ${hostile}`);
    assert.equal((await publish(id, 'Draft 1')).status, 303);
    assert.equal((await facilitator.submit(base, {}, 'Start the next version')).status, 303);
    const [section] = (await working(id)).sections;
    assert.equal((await facilitator.submit(`${base}/sections/${section!.section_id}`, { heading: `New heading ${hostile}`, body: `Second text ${hostile} <script>alert(2)</script>`, easyReadText: '', picture: '', pictureAlt: '' })).status, 303);
    for (const url of [base, `${base}/publish`, `${base}/decisions`, `${base}/sections/${section!.section_id}/remove`]) {
      const page = await facilitator.get(url);
      assert.equal(page.status, 200, url);
      const main = page.document.querySelector('main')!;
      assert.equal(main.querySelectorAll('img, b, script').length, 0, `no markup from typed text on ${url}`);
      assert.ok(text(main).includes('<img src=x onerror="alert(1)"> & <b>bold</b>'), `the text is shown as typed on ${url}`);
    }
  });

  test('the version name can be changed, but not to the name of another version', async () => {
    const id = await createConsultation('Naming versions');
    await addSection(id, 'Only section', 'Text.');
    assert.equal((await publish(id, 'Draft 1')).status, 303);
    assert.equal((await facilitator.submit(`/admin/consultations/${id}`, {}, 'Start the next version')).status, 303);
    const taken = await facilitator.submit(`/admin/consultations/${id}/version`, { label: 'draft 1', final: 'no' });
    assert.equal(taken.status, 400);
    assert.match(text(errorSummary(taken.document)), /Another version already has this name/);
    assert.equal((getByRole(taken.document.body, 'textbox', { name: 'Version name' }) as HTMLInputElement).value, 'draft 1');
    assert.equal((await facilitator.submit(`/admin/consultations/${id}/version`, { label: 'Final', final: 'yes' })).status, 303);
    const { version } = await working(id);
    assert.deepEqual([version.label, version.is_final], ['Final', true]);
  });
});

describe('importing a Word document', () => {
  const PILLARS = ['Prevention and wellbeing', 'Clear routes into services', 'Mental health in primary care', 'Support in crisis', 'Effective in-patient care', 'Integrated working'];
  const sixPillars = () => buildDocx(PILLARS.flatMap((heading, i) => [{ heading }, { p: `What we will do for pillar ${i + 1}. ${'More detail. '.repeat(40)}` }]));

  test('the sections found are shown for checking, then saved into the version being written', async () => {
    const id = await createConsultation('Imported strategy');
    const base = `/admin/consultations/${id}`;
    const form = await facilitator.get(`${base}/import`);
    assert.equal(form.status, 200);
    assert.match(text(form.document.body), /Each Heading 1 \(or Heading 2 when there is no Heading 1\) starts a new section/);
    assert.match(text(form.document.body), /smaller than 5 MB/);
    const formEl = form.document.querySelector('form[method="post"]')!;
    assert.equal(formEl.getAttribute('enctype'), 'multipart/form-data');
    assert.equal(formEl.querySelector('input')!.getAttribute('type'), 'hidden', 'the CSRF field comes before the file');

    const uploaded = await facilitator.submitWithFiles(`${base}/import`, {}, { file: { filename: 'strategy.docx', data: await sixPillars() } });
    assert.equal(uploaded.status, 303);
    assert.match(uploaded.location!, new RegExp(`^${base}/import/`));
    const confirm = await facilitator.follow(uploaded);
    assert.equal(confirm.status, 200);
    getByRole(confirm.document.body, 'heading', { level: 1, name: 'Check the sections found in strategy.docx' });
    assert.deepEqual(getAllByRole(confirm.document.body, 'heading', { level: 2 }).map((h) => text(h)).filter((h) => /^\d\./.test(h)), PILLARS.map((p, i) => `${i + 1}. ${p}`));
    const firstBody = text(getByRole(confirm.document.body, 'heading', { name: '1. Prevention and wellbeing' }).closest('.nhsuk-card')!.querySelector('p'));
    assert.ok(firstBody.startsWith('What we will do for pillar 1.') && firstBody.endsWith('…') && firstBody.length <= 301, 'only the start of each body');
    assert.equal(queryByRole(confirm.document.body, 'radio', { name: /Add them after/ }), null, 'nothing to add to or replace yet');
    assert.deepEqual((await working(id)).sections, [], 'nothing is saved before it is confirmed');

    const saved = await facilitator.submitOn(confirm, uploaded.location!, {}, 'Save these sections');
    assert.equal(saved.status, 303);
    const { sections } = await working(id);
    assert.deepEqual(sections.map((s) => s.heading), PILLARS);
    assert.match(sections[3]!.body, /What we will do for pillar 4/);
    assert.equal((await facilitator.get(uploaded.location!)).status, 404, 'a proposal is used once');

    // a second import asks whether to add or replace
    const second = await facilitator.submitWithFiles(`${base}/import`, {}, { file: { filename: 'strategy v2.docx', data: await buildDocx([{ heading: 'Support in crisis' }, { p: 'A new text for crisis support.' }]) } });
    const ask = await facilitator.follow(second);
    getByRole(ask.document.body, 'radio', { name: 'Add them after the 6 sections already in Draft 1' });
    getByRole(ask.document.body, 'radio', { name: /Replace the sections in Draft 1/ });
    const unanswered = await facilitator.submitOn(ask, second.location!, {}, 'Save these sections');
    assert.equal(unanswered.status, 400);
    assert.match(text(errorSummary(unanswered.document)), /Select if the sections should be added or replace the sections there now/);
    assert.equal((await facilitator.submitOn(ask, second.location!, { how: 'replace' }, 'Save these sections')).status, 303);
    const replaced = (await working(id)).sections;
    assert.deepEqual(replaced.map((s) => [s.section_id, s.body]), [[sections[3]!.section_id, 'A new text for crisis support.']], 'Support in crisis keeps its identity');
  });

  test('a file that cannot be imported gets a clear error on the form', async () => {
    const id = await createConsultation('Bad files');
    const base = `/admin/consultations/${id}`;
    const locked = await facilitator.submitWithFiles(`${base}/import`, {}, { file: { filename: 'locked.docx', data: passwordProtectedLike() } });
    assert.equal(locked.status, 400);
    const message = /The selected file is password-protected or an old Word format/;
    assert.match(text(errorSummary(locked.document)), message);
    assert.ok(fieldErrors(locked.document).some((e) => message.test(e)), 'the message is on the file field');
    const none = await facilitator.submitWithFiles(`${base}/import`, {}, { file: { filename: '', data: Buffer.alloc(0) } });
    assert.equal(none.status, 400);
    assert.match(text(errorSummary(none.document)), /Select a Word document|The selected file is empty/);
    const noHeadings = await facilitator.submitWithFiles(`${base}/import`, {}, { file: { filename: 'plain.docx', data: await buildDocx([{ p: 'No headings at all.' }]) } });
    assert.equal(noHeadings.status, 400);
    assert.match(text(errorSummary(noHeadings.document)), /The document has no headings/);
    assert.deepEqual((await working(id)).sections, []);
  });
});

describe('decisions and the response', () => {
  /** a consultation with Draft 1 published (two sections) and Draft 2 being written */
  async function consultationInDraft2(title: string) {
    const id = await createConsultation(title);
    await addSection(id, 'Support in crisis', 'A crisis line open all day and night.');
    await addSection(id, 'Integrated working', 'Services work together.');
    assert.equal((await publish(id, 'Draft 1')).status, 303);
    assert.equal((await facilitator.submit(`/admin/consultations/${id}`, {}, 'Start the next version')).status, 303);
    return { id, ...(await working(id)) };
  }

  test('a decision is recorded for a section and linked to the comments behind it', async () => {
    const { id, version, sections } = await consultationInDraft2('Decisions consultation');
    const crisis = sections[0]!;
    const comment = (body: string, role: 'carer' | 'service-user') =>
      addComment(t.db, { resourceType: SECTION_COMMENTS, resourceId: crisis.section_id, scopeId: id, body, anonymous: false, displayName: 'Sam', role, moderation: 'post', tags: { versionId: version.id } });
    const first = await comment('Please add text support for people who cannot phone.', 'carer');
    const second = await comment('Texting would help me a lot at night.', 'service-user');
    await comment('The crisis line number should be on every letter.', 'carer');

    const base = `/admin/consultations/${id}/decisions`;
    const list = await facilitator.get(base);
    assert.equal(list.status, 200);
    getByRole(list.document.body, 'heading', { level: 2, name: 'Support in crisis' });
    const add = getByRole(list.document.body, 'link', { name: /^Add a decision for this section\s*: Support in crisis$/ });
    assert.equal(add.getAttribute('href'), `${base}/new?section=${crisis.section_id}`);

    const form = await facilitator.get(add.getAttribute('href')!);
    assert.equal((getByRole(form.document.body, 'combobox', { name: 'Section' }) as HTMLSelectElement).value, crisis.section_id);
    assert.equal((getByRole(form.document.body, 'combobox', { name: /Version/ }) as HTMLSelectElement).value, version.id);
    assert.deepEqual([...(getByRole(form.document.body, 'combobox', { name: /Version/ }) as HTMLSelectElement).options].map((o) => o.text), ['Select a version', 'Draft 2']);
    const fields = { section: crisis.section_id, version: version.id, theme: 'Text support as well as phone', decision: 'changed', reason: 'We added a text service to the crisis line.' };
    const missing = await facilitator.submitOn(form, base + '/new', { ...fields, theme: '', decision: '' });
    assert.equal(missing.status, 400);
    assert.match(text(errorSummary(missing.document)), /Enter what people said, in a few words.*Select what you decided/);
    assert.equal((getByRole(missing.document.body, 'textbox', { name: 'Reason' }) as HTMLTextAreaElement).value, fields.reason);

    const saved = await facilitator.submitOn(form, base + '/new', fields);
    assert.equal(saved.status, 303);
    assert.match(saved.location!, new RegExp(`^${base}/[0-9a-f-]{36}/comments$`));
    const decisionId = saved.location!.split('/').at(-2)!;

    const link = await facilitator.follow(saved);
    getByRole(link.document.body, 'heading', { level: 1, name: 'Comments behind this decision' });
    assert.match(text(link.document.body), /What people said\s*Text support as well as phone/);
    assert.equal(getAllByRole(link.document.body, 'checkbox').length, 3);
    const firstBox = getByRole(link.document.body, 'checkbox', { name: 'Please add text support for people who cannot phone.' }) as HTMLInputElement;
    assert.equal(firstBox.value, first.id);
    assert.ok(!firstBox.checked);
    // the Agent keeps one value of each hidden field, so the ids shown on the page are sent as a browser would
    const shownOn = (page: typeof link) => [...page.document.querySelectorAll<HTMLInputElement>('input[name="shown"]')].map((i) => i.value);
    assert.equal(shownOn(link).length, 3);
    assert.equal((await facilitator.submitOn(link, saved.location!, { shown: shownOn(link), comments: [first.id, second.id] }, 'Save linked comments')).status, 303);
    assert.deepEqual((await repo.findDecision(t.db, id, decisionId))!.comment_ids, [first.id, second.id].sort());

    const relinked = await facilitator.get(saved.location!);
    assert.ok((getByRole(relinked.document.body, 'checkbox', { name: 'Texting would help me a lot at night.' }) as HTMLInputElement).checked);
    assert.match(text(relinked.document.body), /Linked\s*2 comments/);

    // search keeps the search on the way back, and unticking one on the page unlinks it
    const searched = await facilitator.get(`${saved.location!}?search=texting`);
    assert.equal(getAllByRole(searched.document.body, 'checkbox').length, 1);
    assert.equal((searched.document.querySelector('input[name="back"]') as HTMLInputElement).value, '?search=texting');
    assert.deepEqual(shownOn(searched), [second.id]);
    const unlinked = await facilitator.submitOn(searched, saved.location!, { shown: shownOn(searched) }, 'Save linked comments');
    assert.equal(unlinked.location, `${saved.location!}?search=texting`);
    assert.deepEqual((await repo.findDecision(t.db, id, decisionId))!.comment_ids, [first.id], 'only the comment shown was unlinked');

    const decisions = await facilitator.get(base);
    const card = getByRole(decisions.document.body, 'heading', { name: 'Text support as well as phone' }).closest('.nhsuk-card')!;
    assert.match(text(card), /Decision\s*Changed as suggested/);
    assert.match(text(card), /Version\s*Draft 2/);
    assert.match(text(card), /1 comment linked/);

    // change it, then remove it
    const change = await facilitator.submit(`${base}/${decisionId}`, { ...fields, decision: 'changed-in-part' });
    assert.equal(change.status, 303);
    assert.equal((await repo.findDecision(t.db, id, decisionId))!.decision, 'changed-in-part');
    const removeAsk = await facilitator.get(`${base}/${decisionId}/remove`);
    assert.equal((await facilitator.submitOn(removeAsk, `${base}/${decisionId}/remove`, {})).status, 400);
    assert.equal((await facilitator.submitOn(removeAsk, `${base}/${decisionId}/remove`, { confirm: 'yes' })).status, 303);
    assert.equal(await repo.findDecision(t.db, id, decisionId), undefined);
  });

  test('the response cannot be published while the consultation is open, and concludes it once closed', async () => {
    const { id } = await consultationInDraft2('Response consultation');
    const base = `/admin/consultations/${id}`;
    assert.equal((await facilitator.submit(`${base}/waves/new`, { ...dateFields('opens', -5), ...dateFields('closes', 20) })).status, 303);
    const open = await facilitator.get(`${base}/response`);
    assert.equal(open.status, 200);
    assert.equal(queryByRole(open.document.body, 'button', { name: 'Save and publish the response' }), null);
    assert.match(text(open.document.body), /You can publish the response once the consultation has closed/);
    const response = { intro: 'We heard from 300 people.', nextSteps: 'We launch the final strategy in May.' };
    const refused = await facilitator.submitOn(open, `${base}/response`, { ...response, action: 'publish' });
    assert.equal(refused.status, 400);
    assert.match(text(errorSummary(refused.document)), /You can publish the response once the consultation has closed/);
    assert.equal((getByRole(refused.document.body, 'textbox', { name: 'Next steps' }) as HTMLTextAreaElement).value, response.nextSteps);
    assert.equal((await repo.findConsultation(t.db, id))!.response_published_at, null);

    assert.equal((await facilitator.submitOn(open, `${base}/response`, { ...response, action: 'save' })).status, 303);
    assert.equal((await repo.findConsultation(t.db, id))!.response_intro, response.intro);

    const [wave] = await repo.listWaves(t.db, id);
    await repo.updateWave(t.db, id, wave!.id, { opensOn: isoDate(-40), closesOn: isoDate(-10) });
    const overview = await facilitator.get(base);
    assert.match(text(overview.document.body), /The response should be published within 12 weeks of closing: 10 weeks left/);
    const closed = await facilitator.get(`${base}/response`);
    assert.equal((getByRole(closed.document.body, 'textbox', { name: 'Introduction' }) as HTMLTextAreaElement).value, response.intro);
    getByRole(closed.document.body, 'button', { name: 'Save and publish the response' });
    assert.equal((await facilitator.submitOn(closed, `${base}/response`, { ...response, action: 'publish' }, 'Save and publish the response')).status, 303);
    assert.ok((await repo.findConsultation(t.db, id))!.response_published_at);
    const concluded = await facilitator.get(base);
    getByRole(concluded.document.body, 'heading', { level: 1, name: /Concluded/ });
    assert.doesNotMatch(text(concluded.document.body), /weeks left/);
  });
});

describe('who can use the admin pages', () => {
  test('a participant is refused and a signed-out person is sent to sign in', async () => {
    const id = await createConsultation('Who can see');
    const pages = ['/admin/consultations', '/admin/consultations/new', `/admin/consultations/${id}`, `/admin/consultations/${id}/sections/new`, `/admin/consultations/${id}/import`, `/admin/consultations/${id}/decisions`, `/admin/consultations/${id}/response`];
    const { agent: participant } = await signedInAgent(t, ['participant']);
    for (const p of pages) {
      assert.equal((await participant.get(p)).status, 403, p);
      const signedOut = await new Agent(t.app).get(p);
      assert.equal(signedOut.status, 303, p);
      assert.match(signedOut.location ?? '', /^\/sign-in\?next=/);
    }
    const before = (await repo.listConsultations(t.db)).length;
    const token = ((await participant.get('/account')).document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
    assert.equal((await participant.postRaw('/admin/consultations/new', { ...DETAILS, _csrf: token })).status, 403);
    assert.equal((await repo.listConsultations(t.db)).length, before, 'nothing was created');
  });
});
