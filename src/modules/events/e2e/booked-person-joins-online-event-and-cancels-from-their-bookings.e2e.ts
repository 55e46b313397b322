// Story: a signed-in person with a place at an online event finds the joining link on the event page, with the time
// it opens; later they cancel from "Your bookings", which asks first (they keep it once, then cancel). Someone on
// the waiting list never sees the link. JavaScript on and off; axe runs on every page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Journey, openPage, press, signIn, startJourney, visit } from '../../../../tests/support/journey.ts';
import { buildUser } from '../../accounts/testing/factories.ts';
import { buildBooking, buildEvent } from '../testing/factories.ts';

let j: Journey;
before(async () => {
  j = await startJourney();
});
after(() => j.close());

// 2pm in London (summer time), so the link opens at 1:30pm
const STARTS = new Date('2030-07-15T13:00:00Z');

for (const js of [true, false]) {
  describe(`with JavaScript ${js ? 'on' : 'off'}`, () => {
    test('the booked person sees the joining link, then cancels from their bookings after being asked', async () => {
      const title = `Online conversation about carers ${js ? 'A' : 'B'}`;
      const eventId = await buildEvent(j.t.ctx, { title, capacity: 1, starts_at: STARTS, ends_at: new Date(STARTS.getTime() + 2 * 3600_000) });
      const person = await buildUser(j.t.ctx, { roles: ['participant'] });
      const booking = await buildBooking(j.t.ctx, eventId, { userId: person.id, email: person.email! });
      const waiting = await buildUser(j.t.ctx, { roles: ['participant'] });
      await buildBooking(j.t.ctx, eventId, { userId: waiting.id, email: waiting.email! });

      const page = await openPage(j, js);
      await signIn(page, person.email!);
      await visit(page, `/events/${eventId}`);
      const join = page.getByRole('link', { name: 'Join the event online' });
      assert.equal(await join.getAttribute('href'), 'https://meet.example.org/secret-room');
      assert.match(await page.locator('main').innerText(), /The joining link opens at 1:30pm on Monday 15 July 2030, 30 minutes before the start/);

      await press(page, 'Your bookings', 'link');
      await press(page, `Cancel booking for ${title}`, 'link');
      await page.getByRole('heading', { level: 1, name: 'Cancel your booking' }).waitFor();
      assert.match(await page.locator('main').innerText(), new RegExp(booking.reference));
      await press(page, 'Keep my booking', 'link');
      await page.getByRole('heading', { level: 1, name: 'Your bookings' }).waitFor();
      await press(page, `Cancel booking for ${title}`, 'link');
      await press(page, 'Cancel my booking');
      await page.getByRole('heading', { level: 1, name: 'Your bookings' }).waitFor();
      assert.match(await page.getByRole('alert', { name: 'Success' }).innerText(), new RegExp(`Your booking ${booking.reference} is cancelled`));
      const { rows } = await j.t.db.query<{ status: string }>('SELECT status FROM event_bookings WHERE id = $1', [booking.id]);
      assert.equal(rows[0]!.status, 'cancelled');
      await page.context().close();

      // the person waiting got the place: now they see the link; before, they did not
      const other = await openPage(j, js);
      await signIn(other, waiting.email!);
      await visit(other, `/events/${eventId}`);
      await other.getByRole('link', { name: 'Join the event online' }).waitFor();
      await other.context().close();
    });
  });
}

test('someone on the waiting list is told they get the link if a place comes up (JavaScript off)', async () => {
  const eventId = await buildEvent(j.t.ctx, { capacity: 1, title: 'Full online forum' });
  await buildBooking(j.t.ctx, eventId);
  const waiting = await buildUser(j.t.ctx, { roles: ['participant'] });
  await buildBooking(j.t.ctx, eventId, { userId: waiting.id, email: waiting.email! });
  const page = await openPage(j, false);
  await signIn(page, waiting.email!);
  await visit(page, `/events/${eventId}`);
  assert.equal(await page.getByRole('link', { name: 'Join the event online' }).count(), 0);
  assert.match(await page.locator('main').innerText(), /We will send you the joining link if you get a place/);
  assert.doesNotMatch(await page.content(), /secret-room/);
  await page.context().close();
});
