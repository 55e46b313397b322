// Story: a facilitator opens the register of an event two weeks away and is told attendance can be taken once it
// has started; on the day they save attendance and see it saved; a guest's emailed cancel link then says the
// booking can no longer be cancelled. JavaScript off; axe runs on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { buildBooking, buildEvent } from '../testing/factories.ts';
import { cancelToken } from '../commands/book-place.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

test('attendance waits for the event to start, says when it is saved, and stops cancelling', async () => {
  const title = 'Carers forum at Riverside';
  const eventId = await buildEvent(j.t.ctx, { title, format: 'in-person', venue_name: 'Riverside Centre', online_link: null });
  const ada = await buildBooking(j.t.ctx, eventId, { name: 'Ada Guest' });
  await buildBooking(j.t.ctx, eventId, { name: 'Bo Guest' });
  const facilitator = await buildUser(j.t.ctx, { roles: ['participant', 'facilitator'] });

  const page = await openPage(j, false);
  await signIn(page, facilitator.email!);
  await visit(page, `/admin/events/${eventId}`);
  await press(page, 'Take attendance', 'link');
  assert.match(await page.locator('main').innerText(), /You can take attendance once the event has started, from .+ on .+\./);
  assert.equal(await page.getByRole('button', { name: 'Save attendance' }).count(), 0);

  // the day of the event comes
  await j.t.db.query(`UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`, [eventId]);
  await visit(page, `/admin/events/${eventId}/register`);
  await page.getByLabel('Ada Guest').check();
  await press(page, 'Save attendance');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.match(await page.getByRole('alert', { name: 'Success' }).innerText(), /Attendance saved: 1 of 2 people booked came/);
  await page.context().close();

  const guest = await openPage(j, false);
  await visit(guest, `/bookings/cancel/${cancelToken(j.t.ctx.secret, ada.reference)}`);
  await guest.getByRole('heading', { level: 1, name: 'You cannot cancel this booking' }).waitFor();
  assert.match(await guest.locator('main').innerText(), /the organiser has already recorded who came/);
  assert.equal(await guest.getByRole('button', { name: 'Cancel my booking' }).count(), 0);
  await guest.context().close();
});
