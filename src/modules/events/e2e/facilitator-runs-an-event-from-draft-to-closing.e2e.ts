// Story: a facilitator creates and publishes an event, takes attendance on the day and closes it with a short report
// and what people said (JavaScript off). axe runs on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { bookPlace } from '../commands/book-place.ts';


let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

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
  // the day of the event comes: attendance can be taken once it has started
  await j.t.db.query(`UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`, [eventId]);
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
