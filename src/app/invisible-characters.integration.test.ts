// Names and titles shown to other people are stored without bidirectional controls and zero-width characters, so a
// name cannot be made to read backwards or to look like someone else's (a sign-up name, an event title, an
// organisation name, a changed account name and an invited colleague's name).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../tests/support/app.ts';
import { signedInAgent } from '../../tests/support/sign-in.ts';
import { listAllOrganisations, profileFor, userIdForEmail } from '../modules/accounts/api.ts';
import { storedEvent } from '../modules/events/testing/factories.ts';
import { errorSummary } from '../../tests/support/find.ts';

const nameOf = async (email: string) => (await profileFor(t.db, (await userIdForEmail(t.db, email))!))!.name;

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

/** every bidirectional control and zero-width character the forms remove */
const HIDDEN = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u200D\u2060\uFEFF';
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

describe('names and titles without invisible characters', () => {
  test('a sign-up name is stored without them', async () => {
    const agent = new Agent(t.app);
    const res = await agent.submit('/sign-up', { name: `\uFEFFAda\u200B Love\u202Elace${HIDDEN}`, email: 'ada.hidden@example.org', privacy: 'yes' });
    assert.equal(res.status, 303);
    assert.equal(await nameOf('ada.hidden@example.org'), 'Ada Lovelace');
  });

  test('a name made only of invisible characters is a missing name', async () => {
    const res = await new Agent(t.app).submit('/sign-up', { name: '\u200B\u202E\uFEFF', email: 'nobody.hidden@example.org', privacy: 'yes' });
    assert.equal(res.status, 400);
    getByRole(res.document.body, 'link', { name: 'Enter your full name' });
  });

  test('a changed account name is stored without them, and an emoji in it is kept whole', async () => {
    const { agent, user } = await signedInAgent(t, ['participant'], { email: 'pat.hidden@example.org', name: 'Pat' });
    const res = await agent.submit('/account/name', { name: 'Pat\u202E 👩🏽‍⚕️\u2066' });
    assert.equal(res.status, 303);
    assert.equal((await profileFor(t.db, user.id))!.name, 'Pat 👩🏽‍⚕️');
  });

  test('an event title (and its venue and organiser) is stored without them and shown without them', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const res = await agent.submit('/admin/events/new', {
      title: `Carers\u202E forum${HIDDEN}`,
      description: 'Tell us what would make services better for carers.',
      audiences: ['public'],
      eventType: 'user-forum',
      format: 'in-person',
      venueName: 'Riverside\u200B Centre',
      'date[day]': '15',
      'date[month]': '7',
      'date[year]': '2027',
      startTime: '2pm',
      endTime: '4pm',
      bookingRequired: 'yes',
      organiserName: '\u2067Jo\u2069 Facilitator',
      organiserEmail: 'jo\u200B@example.org',
    });
    assert.equal(res.status, 303, res.status === 400 ? text(errorSummary(res.document)) : '');
    const id = res.location!.split('/').pop()!;
    const e = (await storedEvent(t.ctx, id))!;
    assert.deepEqual({ title: e.title, venue_name: e.venue_name, organiser_name: e.organiser_name, organiser_email: e.organiser_email }, { title: 'Carers forum', venue_name: 'Riverside Centre', organiser_name: 'Jo Facilitator', organiser_email: 'jo@example.org' });
    const page = await agent.get(`/admin/events/${id}`);
    const heading = getByRole(page.document.body, 'heading', { level: 1 });
    assert.equal(text(heading), 'Carers forum');
    assert.doesNotMatch(page.body, INVISIBLE);
  });

  test('an invited colleague and an organisation are named without them', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    assert.equal((await agent.submit('/admin/users/invite', { name: 'Sam\u200D Staff\u202C', email: 'sam.hidden@example.org', role: 'facilitator' })).status, 303);
    assert.equal(await nameOf('sam.hidden@example.org'), 'Sam Staff');
    assert.equal((await agent.submit('/admin/organisations/new', { name: 'Open\u2060ing Minds\u202E', description: '' })).status, 303);
    const orgs = (await listAllOrganisations(t.db)).filter((o) => o.name.startsWith('Open'));
    assert.deepEqual(orgs.map((o) => o.name), ['Opening Minds']);
  });
});
