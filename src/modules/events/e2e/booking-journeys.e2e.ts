// Journeys: a member of the public books an online event without an account and cancels it from the emailed link
// (JavaScript on and off); a person with access needs books and the organiser sees them; a facilitator creates,
// publishes, takes attendance and closes an event. axe runs on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { buildEvent } from '../testing/factories.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { bookPlace } from '../commands/book-place.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

/** The path of the newest link to `pathPrefix` in an email to this address (read from the outbox table). */
async function linkInEmail(to: string, pathPrefix: string): Promise<string> {
  const { rows } = await j.t.db.query<{ body_text: string }>('SELECT body_text FROM outbox_messages WHERE to_address = $1 ORDER BY id DESC', [to]);
  for (const r of rows) {
    const m = new RegExp(`https?://[^/\\s]+(${pathPrefix}\\S+)`).exec(r.body_text);
    if (m) return m[1]!;
  }
  throw new Error(`no ${pathPrefix} link emailed to ${to}`);
}

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('the home page, programme hub, a programme timeline and the filtered events list', async () => {
      const { id, phaseIds } = await buildProgramme(j.t.ctx, { title: `Strategy review ${js ? 'A' : 'B'}` });
      await buildEvent(j.t.ctx, { title: `Staff workshop ${js ? 'A' : 'B'}`, programme_id: id, phase_id: phaseIds[0]!, audiences: ['staff'] });
      const page = await openPage(j, js);
      await visit(page, '/');
      await press(page, `Strategy review ${js ? 'A' : 'B'}`, 'link');
      await page.getByRole('link', { name: `Staff workshop ${js ? 'A' : 'B'}` }).waitFor();
      await visit(page, '/programmes');
      await visit(page, '/events');
      await page.getByLabel('Who it is for').selectOption('staff');
      await press(page, 'Show events');
      assert.match(await page.locator('main').innerText(), new RegExp(`Staff workshop ${js ? 'A' : 'B'}`));
      await page.context().close();
    });

    test('a member of the public books a place at an online event without an account, then cancels it', async () => {
      const title = `Online conversation about crisis care ${js ? 'A' : 'B'}`;
      await buildEvent(j.t.ctx, { title });
      const page = await openPage(j, js);
      await visit(page, '/events');
      await press(page, title, 'link');
      await press(page, 'Book a place');
      await press(page, 'Continue');
      assert.match(await page.title(), /^Error: /, 'an empty answer shows the error summary');
      await page.getByLabel('What is your name?').fill('Alex Public');
      await press(page, 'Continue');
      const email = `alex-${js ? 'js' : 'nojs'}@example.org`;
      await page.getByLabel('What is your email address?').fill(email);
      await press(page, 'Continue');
      await page.getByLabel('A member of the public').check();
      await press(page, 'Continue');
      await press(page, 'Continue');
      await page.getByLabel('Captions or a speech-to-text reporter').check();
      await press(page, 'Continue');
      await page.getByRole('heading', { name: 'Check your answers before booking' }).waitFor();
      assert.match(await page.locator('main').innerText(), /Captions or a speech-to-text reporter/);
      await press(page, 'Book my place');
      await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
      const reference = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(await page.locator('.nhsuk-panel').innerText())![0];

      await visit(page, await linkInEmail(email, '/bookings/cancel/'));
      assert.match(await page.locator('main').innerText(), new RegExp(reference));
      await press(page, 'Cancel my booking');
      await page.getByRole('heading', { name: 'Your booking is cancelled' }).waitFor();
      const { rows } = await j.t.db.query<{ status: string }>('SELECT status FROM event_bookings WHERE reference = $1', [reference]);
      assert.equal(rows[0]!.status, 'cancelled');
      await page.context().close();
    });
  });
}

test('a person with access needs books (pre-filled from their account) and the organiser sees them', async () => {
  const person = await buildUser(j.t.ctx, { name: 'Sam Needs' });
  await j.t.db.query(
    `INSERT INTO user_access_needs (user_id, contact_method, information_formats, communication_support, details, share_with_organisers) VALUES ($1, 'email', ARRAY['large-print'], ARRAY['bsl-interpreter'], NULL, true)`,
    [person.id],
  );
  const title = 'Carers forum at the library';
  await buildEvent(j.t.ctx, { title, event_type: 'user-forum', format: 'in-person', venue_name: 'Central Library', online_link: null, venue_features: ['step-free', 'hearing-loop'] });
  const page = await openPage(j, true);
  await signIn(page, person.email!);
  await visit(page, '/events');
  await press(page, title, 'link');
  await page.getByRole('heading', { name: 'Accessibility' }).waitFor();
  await press(page, 'Book a place');
  for (let i = 0; i < 4; i++) {
    if (i === 2) await page.getByLabel('A carer, family member or friend of someone who uses services').check();
    await press(page, 'Continue');
  }
  assert.ok(await page.getByLabel('British Sign Language (BSL) interpreter').isChecked(), 'pre-filled from the account');
  assert.ok(await page.getByLabel('Large print').isChecked());
  await page.getByLabel('Step-free access').check();
  await page.getByLabel('A place for a companion or carer').check();
  await press(page, 'Continue');
  await press(page, 'Book my place');
  await page.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
  await page.context().close();

  const organiser = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });
  const admin = await openPage(j, true);
  await signIn(admin, organiser.email!);
  await press(admin, 'Admin', 'link');
  await visit(admin, '/admin/events');
  await press(admin, title, 'link');
  const main = await admin.locator('main').innerText();
  assert.match(main, /1 needs a BSL interpreter/);
  assert.match(main, /1 needs step-free access/);
  assert.match(main, /1 is bringing a companion or carer/);
  assert.match(main, /Sam Needs/);
  assert.match(main, /2 places booked/);
  await admin.context().close();
});

test('a facilitator creates, publishes, takes attendance and closes an event (JavaScript off)', async () => {
  const facilitator = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });
  const page = await openPage(j, false);
  await signIn(page, facilitator.email!);
  await visit(page, '/admin/events/new');
  await page.getByLabel('Title').fill('Community visit: Unity Hall');
  await page.getByLabel('Description').fill('We visit the Unity Hall lunch club to hear what matters.');
  await page.getByLabel('Community and voluntary groups').check();
  await page.getByLabel('Community group visit').check();
  await page.getByLabel('In person', { exact: true }).check();
  await page.getByLabel('Venue name').fill('Unity Hall');
  await page.getByLabel('Step-free access').check();
  const date = page.getByRole('group', { name: 'Date of the event' });
  const soon = new Date(Date.now() + 3 * 86400_000);
  await date.getByLabel('Day').fill(String(soon.getUTCDate()));
  await date.getByLabel('Month').fill(String(soon.getUTCMonth() + 1));
  await date.getByLabel('Year').fill(String(soon.getUTCFullYear()));
  await page.getByLabel('Start time').fill('11am');
  await page.getByLabel('End time').fill('1pm');
  await page.getByRole('group', { name: 'Do people need to book?' }).getByLabel('Yes').check();
  await page.getByLabel('Organiser name').fill('Farah Facilitator');
  await page.getByLabel('Organiser email address').fill('farah@example.nhs.uk');
  await press(page, 'Save event');
  await page.getByRole('heading', { level: 1, name: 'Community visit: Unity Hall' }).waitFor();
  await press(page, 'Publish event');
  assert.match(await page.locator('main').innerText(), /Published event/);

  const eventId = new URL(page.url()).pathname.split('/').pop()!;
  for (const name of ['Ada', 'Bo']) {
    await bookPlace(j.t.db, j.t.ctx.secret, { eventId, userId: null, name, email: `${name}@example.org`, identities: [], organisation: '', accessNeeds: [], dietary: '', accessOther: '' });
  }
  await visit(page, `/admin/events/${eventId}`);
  await press(page, 'Take attendance', 'link');
  await page.getByLabel('Ada').check();
  await press(page, 'Save attendance');
  await press(page, 'Close event', 'link');
  await page.getByLabel('How many people came? (optional)').fill('14');
  await page.getByLabel('Organisations that attended (optional)').fill('Unity Hall lunch club\nAge UK Anytown');
  await page.getByLabel('Short report').fill('Fourteen people talked about getting to appointments.');
  await page.getByLabel('What people said (optional)').fill('"The bus does not go to the hospital any more."');
  await page.getByRole('group', { name: /published on the event page/ }).getByLabel('Yes').check();
  await press(page, 'Close event');
  const main = await page.locator('main').innerText();
  assert.match(main, /Closed event/);
  assert.match(main, /People who came: 14/);
  await visit(page, `/events/${eventId}`);
  assert.match(await page.locator('main').innerText(), /The bus does not go to the hospital any more/);
  await page.context().close();
});
