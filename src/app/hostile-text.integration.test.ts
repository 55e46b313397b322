// Text people type is shown to others as text, never as markup. Everything here is typed through the real forms with
// an HTML payload (and, in names and titles, bidirectional controls and zero-width characters): event, programme,
// phase, workgroup, survey, page, question and option, booking question, organisation, display name, booking name,
// closing report and quotes, picture name. Then every page that shows them (public and admin, both survey renderings,
// previews, the paper pack, bookings lists, your bookings, Have your say, the outbox) is parsed: no <img src=x>, no
// element with an onerror attribute, the payload never written as it is, the text shown (escaped), and no invisible
// characters.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { Agent, buildTestApp, text, type Page, type TestApp } from '../../tests/support/app.ts';
import { signedInAgent } from '../../tests/support/sign-in.ts';
import { buildEvent } from '../modules/events/testing/factories.ts';
import { listPhases, listWorkgroups } from '../modules/programmes/api.ts';
import { errorSummary } from '../../tests/support/find.ts';

const P = '<img src=x onerror=alert(1)>';
/** what a person types: the text with invisible characters inside it (names and titles are stored without them) */
const typed = (s: string) => `\u202E${s.slice(0, 3)}\u200B${s.slice(3)}\uFEFF\u2066`;
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const T = {
  programme: `Programme ${P}`,
  summary: `Summary ${P}`,
  phase: `Phase ${P}`,
  workgroup: `Workgroup ${P}`,
  event: `Event ${P}`,
  description: `Description ${P}`,
  venue: `Venue ${P}`,
  organiser: `Organiser ${P}`,
  pastEvent: `Past event ${P}`,
  report: `Report ${P}`,
  quote: `Quote ${P}`,
  bookingQuestion: `Booking question ${P}`,
  bookingChoice: `Choice ${P}`,
  survey: `Survey ${P}`,
  purpose: `Purpose ${P}`,
  easyPurpose: `Easy purpose ${P}`,
  page: `Page ${P}`,
  easyPage: `Easy page ${P}`,
  question: `Question ${P}`,
  easyQuestion: `Easy question ${P}`,
  option: `Option ${P}`,
  textQuestion: `Tell us more ${P}`,
  answer: `Answer ${P}`,
  easyOption: `Easy option ${P}`,
  organisation: `Organisation ${P}`,
  person: `Person ${P}`,
  booker: `Booker ${P}`,
  picture: `Picture ${P}`,
};

let t: TestApp;
let admin: Agent;
let participant: Agent;
let guest: Agent;
const ids: Record<string, string> = {};
/** pages visited along the journeys, to check with the others */
const journeyPages: { url: string; page: Page; shows: string[] }[] = [];

const idFrom = (res: Page) => {
  assert.equal(res.status, 303, res.status === 400 ? text(errorSummary(res.document)) : `status ${res.status}`);
  return res.location!.split('?')[0]!.split('/').filter(Boolean).pop()!;
};

function fieldsOf(form: Element): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = out[name];
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  const radioGroups = new Set<string>();
  const checkboxGroups = new Set<string>();
  for (const el of form.querySelectorAll('input, textarea, select')) {
    const name = el.getAttribute('name');
    if (!name) continue;
    if (el.tagName === 'SELECT') add(name, el.querySelector('option[selected]')?.getAttribute('value') ?? el.querySelector('option')?.getAttribute('value') ?? '');
    else if (el.tagName === 'TEXTAREA') add(name, (el as HTMLTextAreaElement).value);
    else {
      const input = el as HTMLInputElement;
      if (input.type === 'radio') radioGroups.add(name);
      if (input.type === 'checkbox') checkboxGroups.add(name);
      if ((input.type === 'checkbox' || input.type === 'radio') && !input.checked) continue;
      add(name, input.value);
    }
  }
  // a question not answered yet gets its first choice
  for (const name of [...radioGroups, ...checkboxGroups]) if (!(name in out)) out[name] = form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value;
  return out;
}

/**
 * Walks a question-page journey from `url`: on each page fills in `answers` (by field name) over what is there,
 * presses the main button and follows the redirect, until a page's address matches `until`.
 */
async function walk(agent: Agent, url: string, answers: Record<string, string | string[]>, until: RegExp, shows: (url: string) => string[]): Promise<Page> {
  let page = await agent.get(url);
  for (let step = 0; step < 40; step++) {
    while (page.status === 303) {
      url = page.location!;
      page = await agent.get(url);
    }
    assert.equal(page.status, 200, `${url} gave ${page.status}`);
    journeyPages.push({ url, page, shows: shows(url) });
    if (until.test(url)) return page;
    const form = [...page.document.querySelectorAll('form[method="post"]')].find((f) => !f.closest('header') && f.querySelector('button:not(.nhsuk-button--secondary)'));
    assert.ok(form, `a form on ${url}`);
    const values = fieldsOf(form);
    for (const [k, v] of Object.entries(answers)) if (k in values || form.querySelector(`[name="${k}"]`)) values[k] = v;
    const res = await agent.postRaw(form.getAttribute('action') || url, values);
    assert.equal(res.status, 303, `${url}: ${res.status === 400 ? text(errorSummary(res.document)) : res.status}`);
    page = res;
  }
  throw new Error(`the journey from ${url} did not reach ${until}`);
}

before(async () => {
  t = await buildTestApp();
  ({ agent: admin } = await signedInAgent(t, ['participant', 'admin']));
  const signedIn = await signedInAgent(t, ['participant']);
  participant = signedIn.agent;
  ids.person = signedIn.user.id;
  guest = new Agent(t.app);

  // a person's display name
  assert.equal((await participant.submit('/account/name', { name: typed(T.person) })).status, 303);

  // a programme with a phase and a workgroup
  ids.programme = idFrom(await admin.submit('/admin/programmes/new', { title: typed(T.programme), summary: T.summary, area: 'East locality', ownerWorkgroup: 'Board', status: 'open' }));
  assert.equal((await admin.submit(`/admin/programmes/${ids.programme}/phases/new`, {
    name: typed(T.phase), description: '', 'startsOn[day]': '1', 'startsOn[month]': '1', 'startsOn[year]': '2026', 'endsOn[day]': '31', 'endsOn[month]': '12', 'endsOn[year]': '2030', status: 'open',
  })).status, 303);
  assert.equal((await admin.submit(`/admin/programmes/${ids.programme}/workgroups/new`, { name: typed(T.workgroup), description: '' })).status, 303);
  ids.phase = (await listPhases(t.db, ids.programme))[0]!.id;
  ids.workgroup = (await listWorkgroups(t.db, ids.programme))[0]!.id;

  // an event in it, with a booking question, published
  ids.event = idFrom(await admin.submit('/admin/events/new', {
    title: typed(T.event), description: T.description, programmeId: ids.programme, phaseId: ids.phase, workgroupId: ids.workgroup, audiences: ['public'], eventType: 'user-forum', format: 'in-person',
    venueName: typed(T.venue), venueAddress: '1 River Street', 'date[day]': '15', 'date[month]': '7', 'date[year]': String(new Date().getFullYear() + 1), startTime: '2pm', endTime: '4pm',
    capacity: '20', bookingRequired: 'yes', organiserName: typed(T.organiser), organiserEmail: 'organiser@example.org',
  }));
  assert.equal((await admin.submit(`/admin/events/${ids.event}/questions/new`, { label: typed(T.bookingQuestion), type: 'single-choice', options: `${T.bookingChoice}\nAnother choice`, required: 'yes' })).status, 303);
  assert.equal((await admin.submit(`/admin/events/${ids.event}`, {}, 'Publish event')).status, 303);

  // an event that has happened, closed with a report and published quotes
  ids.pastEvent = await buildEvent(t.ctx, { title: T.pastEvent, programme_id: ids.programme, phase_id: ids.phase, starts_at: new Date(Date.now() - 3 * 3600_000), ends_at: new Date(Date.now() - 3600_000) });
  assert.equal((await admin.submit(`/admin/events/${ids.pastEvent}/close`, { headcount: '12', organisations: T.organisation, report: T.report, verbatimNotes: T.quote, publishNotes: 'yes' })).status, 303);

  // an organisation the participant represents
  ids.organisation = idFrom(await admin.submit('/admin/organisations/new', { name: typed(T.organisation), description: '' }));
  assert.equal((await admin.submit(`/admin/organisations/${ids.organisation}`, { email: signedIn.user.email! })).status, 303);

  // a picture in the library
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#005eb8' } }).png().toBuffer();
  assert.equal((await admin.submitWithFiles('/admin/surveys/pictures/new', { name: typed(T.picture), alt: 'A blue square' }, { file: { filename: 'square.png', data: png, type: 'image/png' } })).status, 303);

  // a survey with Easy Read in the programme: a page and a question
  ids.survey = idFrom(await admin.submit('/admin/surveys/new', {
    title: typed(T.survey), purpose: T.purpose, easyReadPurpose: T.easyPurpose, audience: 'Everyone', privacy: 'We keep answers for 2 years.', programme: `${ids.programme}:${ids.phase}`,
    anonymous: 'yes', easyRead: 'yes', resumeDays: '14', 'closes[day]': '31', 'closes[month]': '12', 'closes[year]': '2030',
  }));
  assert.equal((await admin.submit(`/admin/surveys/${ids.survey}/pages/new`, { title: typed(T.page), easyReadTitle: typed(T.easyPage) })).status, 303);
  assert.equal((await admin.submit(`/admin/surveys/${ids.survey}/pages/p1/questions/new`, {
    type: 'single-choice', label: typed(T.question), easyReadLabel: typed(T.easyQuestion), required: 'yes', options: `${T.option}\nAnother option`, easyReadOptions: `${T.easyOption}\nAnother easy option`,
  })).status, 303);
  assert.equal((await admin.submit(`/admin/surveys/${ids.survey}/pages/p1/questions/new`, { type: 'long-text', label: typed(T.textQuestion), easyReadLabel: typed(T.textQuestion), required: 'no' })).status, 303);
});
after(() => t.close());

/** the page is safe: the payload is text, never markup, never invisible characters; and it shows what it should */
function assertSafe(page: Page, url: string, shows: string[]) {
  assert.equal(page.status, 200, `${url} gave ${page.status}`);
  const doc = page.document;
  assert.equal(doc.querySelectorAll('img[src="x"]').length, 0, `${url}: an <img src=x> was made from the text`);
  assert.deepEqual([...doc.querySelectorAll('*')].filter((el) => el.hasAttribute('onerror')).map((el) => el.tagName), [], `${url}: an element with onerror`);
  assert.ok(!page.body.includes(P), `${url}: the payload is written as markup`);
  const shown = text(doc.body);
  for (const s of shows) assert.ok(shown.includes(s), `${url} shows "${s}" as text`);
  const invisible = INVISIBLE.exec(page.body);
  assert.equal(invisible, null, `${url}: an invisible character U+${invisible?.[0].codePointAt(0)?.toString(16)} near "${invisible ? page.body.slice(Math.max(0, invisible.index - 40), invisible.index) : ''}"`);
}

async function check(agent: Agent, url: string, shows: string[]) {
  assertSafe(await agent.get(url), url, shows);
}

describe('hostile text is shown as text everywhere', () => {
  test('the survey builder pages, previews, the paper pack and the Easy Read check (before publishing)', async () => {
    const s = `/admin/surveys/${ids.survey}`;
    await check(admin, '/admin/surveys', [T.survey]);
    await check(admin, s, [T.survey, T.page, T.question]);
    await check(admin, `${s}/edit`, []);
    await check(admin, `${s}/pages/p1`, [T.survey]);
    await check(admin, `${s}/pages/p1/questions/new`, [T.survey]);
    await check(admin, `${s}/questions/q1`, [T.survey]);
    await check(admin, `${s}/preview`, [T.page, T.question, T.option]);
    await check(admin, `${s}/preview?version=easy-read`, [T.easyPage, T.easyQuestion, T.easyOption]);
    await check(admin, `${s}/print`, [T.survey, T.question, T.option]);
    await check(admin, `${s}/print?version=easy-read`, [T.easyQuestion, T.easyOption]);
    await check(admin, `${s}/easy-read-check`, [T.easyQuestion]);
    await check(admin, '/admin/surveys/pictures', [T.picture]);
    const published = await admin.submit(s, {}, 'Publish survey');
    assert.equal(published.status, 303, published.status === 400 ? text(errorSummary(published.document)) : '');
  });

  test('answering the survey, in both renderings', async () => {
    const s = `/surveys/${ids.survey}`;
    await check(guest, s, [T.survey, T.purpose]);
    const shows = (url: string) => (/\/page\//.test(url) ? [T.question, T.option] : /\/check$/.test(url) ? [T.question] : []);
    await walk(guest, s, { q2: T.answer }, /\/done$/, shows);
    const easy = new Agent(t.app);
    await walk(easy, s, { variant: 'easy-read' }, /\/done$/, (url) => (/\/page\//.test(url) ? [T.easyQuestion, T.easyOption] : []));
    for (const { url, page, shows: expected } of journeyPages.splice(0)) assertSafe(page, url, expected);
  });

  test('the survey results and entry pages', async () => {
    const s = `/admin/surveys/${ids.survey}`;
    await check(admin, `${s}/results`, [T.survey, T.question]);
    await check(admin, `${s}/results/q2`, [T.textQuestion, T.answer]);
    await check(admin, `${s}/enter`, [T.survey]);
  });

  test('public pages: home, programmes, Have your say, events, an event and what people said', async () => {
    await check(guest, '/', [T.programme]);
    await check(guest, '/programmes', [T.programme]);
    await check(guest, `/programmes/${ids.programme}`, [T.programme, T.summary, T.phase, T.event, T.survey]);
    await check(guest, `/programmes/${ids.programme}/timeline`, [T.programme]);
    await check(guest, '/have-your-say', [T.survey, T.programme]);
    await check(guest, '/events', [T.event]);
    await check(guest, `/events/${ids.event}`, [T.event, T.description, T.venue, T.organiser]);
    await check(guest, `/events/${ids.pastEvent}`, [T.pastEvent, T.quote]);
  });

  test('booking a place (as a guest and as a signed-in person), your bookings and cancelling', async () => {
    const shows = (url: string) => (/\/questions\//.test(url) ? [T.bookingQuestion, T.bookingChoice] : /\/check$/.test(url) ? [T.event, T.bookingQuestion] : [T.event]);
    const book = (agent: Agent, answers: Record<string, string | string[]>) =>
      agent.submit(`/events/${ids.event}`, {}, 'Book a place').then((res) => walk(agent, res.location!, answers, /\/done$/, shows));
    await book(guest, { name: typed(T.booker), email: 'booker@example.org', identities: ['public'] });
    await book(participant, { identities: ['public'] });
    for (const { url, page, shows: expected } of journeyPages.splice(0)) assertSafe(page, url, expected);
    const bookings = await participant.get('/account/bookings');
    assertSafe(bookings, '/account/bookings', [T.event]);
    const cancel = bookings.document.querySelector<HTMLAnchorElement>('a[href$="/cancel"]')!.getAttribute('href')!;
    await check(participant, cancel, [T.event]);
    await check(participant, '/account', [T.person]);
  });

  test('admin pages: programmes, events, bookings, register, closing, people, organisations, outbox', async () => {
    const e = `/admin/events/${ids.event}`;
    await check(admin, '/admin/programmes', [T.programme]);
    await check(admin, `/admin/programmes/${ids.programme}`, [T.programme, T.phase, T.workgroup]);
    await check(admin, `/admin/programmes/${ids.programme}/edit`, []);
    await check(admin, `/admin/programmes/${ids.programme}/phases/${ids.phase}`, []);
    await check(admin, '/admin/events', [T.event]);
    await check(admin, e, [T.event, T.booker, T.person]);
    await check(admin, `${e}/edit`, []);
    await check(admin, `${e}/register`, [T.event]);
    await check(admin, `${e}/questions`, [T.bookingQuestion, T.bookingChoice]);
    await check(admin, `${e}/questions/new`, [T.event]);
    await check(admin, `${e}/cancel`, [T.event]);
    await check(admin, `/admin/events/${ids.pastEvent}`, [T.pastEvent, T.report, T.quote]);
    await check(admin, '/admin/users', [T.person]);
    await check(admin, `/admin/users/${ids.person}`, [T.person]);
    await check(admin, '/admin/organisations', [T.organisation]);
    await check(admin, `/admin/organisations/${ids.organisation}`, [T.organisation, T.person]);
    const outbox = await admin.get('/admin/outbox');
    assertSafe(outbox, '/admin/outbox', [T.event]);
    const messages = [...outbox.document.querySelectorAll<HTMLAnchorElement>('a[href^="/admin/outbox/"]')].filter((a) => text(a).includes(T.event));
    assert.ok(messages.length >= 2, 'the booking confirmations are in the outbox');
    for (const a of messages) await check(admin, a.getAttribute('href')!, [T.event]);
  });

  test('names and titles were stored without the invisible characters that were typed', async () => {
    const page = await admin.get(`/admin/programmes/${ids.programme}`);
    assert.equal(text(page.document.querySelector('h1')), T.programme);
    const event = await guest.get(`/events/${ids.event}`);
    assert.equal(text(event.document.querySelector('h1')), T.event);
  });
});
