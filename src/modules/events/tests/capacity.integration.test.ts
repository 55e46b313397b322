// Capacity, the waiting list and cancellation: nobody is ever booked over capacity, however many book at once;
// a cancellation promotes the first person waiting and emails them; cancelling needs no sign-in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { backend } from '../../../../tests/support/database.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildBooking, buildEvent } from '../testing/factories.ts';
import { bookPlace, cancelToken } from '../commands/book-place.ts';
import { formValues } from '../testing/form-values.ts';
import { errorSummary } from '../../../../tests/support/find.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const statusOf = async (id: string) => (await t.db.query<{ status: string }>('SELECT status FROM event_bookings WHERE id = $1', [id])).rows[0]!.status;
const counts = async (eventId: string) =>
  (
    await t.db.query<{ booked: number; waiting: number; places: number }>(
      `SELECT count(*) FILTER (WHERE status = 'booked')::int AS booked, count(*) FILTER (WHERE status = 'waiting')::int AS waiting,
         coalesce(sum(places) FILTER (WHERE status = 'booked'), 0)::int AS places FROM event_bookings WHERE event_id = $1`,
      [eventId],
    )
  ).rows[0]!;
const mailTo = (to: string) => t.ctx.outbox.find({ to });

describe('capacity under concurrent booking', () => {
  const attempts = backend() === 'postgres' ? 300 : 40;
  const capacity = backend() === 'postgres' ? 20 : 8;

  test(`${attempts} people booking at once a ${capacity}-place event: exactly ${capacity} booked, the rest waiting`, async () => {
    const eventId = await buildEvent(t.ctx, { capacity });
    const results = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        bookPlace(t.db, t.ctx.secret, { eventId, userId: null, name: `Person ${i}`, email: `p${i}@example.org`, identities: [], organisation: '', accessNeeds: [], dietary: '', accessOther: '' }),
      ),
    );
    assert.ok(results.every((r) => r.ok));
    const c = await counts(eventId);
    assert.equal(c.booked, capacity);
    assert.equal(c.places, capacity);
    assert.equal(c.waiting, attempts - capacity);
    // the waiting list is in the order people were told they were waiting
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(DISTINCT reference)::int AS n FROM event_bookings WHERE event_id = $1`, [eventId]);
    assert.equal(rows[0]!.n, attempts, 'every booking has its own reference');
  });

  test('companions count against capacity, also under concurrency', async () => {
    const eventId = await buildEvent(t.ctx, { capacity: 5 });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        bookPlace(t.db, t.ctx.secret, { eventId, userId: null, name: `C ${i}`, email: `c${i}@example.org`, identities: [], organisation: '', accessNeeds: i % 2 ? ['companion'] : [], dietary: '', accessOther: '' }),
      ),
    );
    const c = await counts(eventId);
    assert.ok(c.places <= 5, `booked places ${c.places} must not exceed 5`);
    assert.ok(c.places >= 4, 'the event fills up as far as it can');
  });
});

describe('waiting list and cancellation', () => {
  test('a cancellation from the emailed link (no sign-in) promotes the first person waiting and emails them', async () => {
    const eventId = await buildEvent(t.ctx, { capacity: 2, title: 'Small user forum' });
    const a = await buildBooking(t.ctx, eventId, { email: 'first@example.org' });
    await buildBooking(t.ctx, eventId, { email: 'second@example.org' });
    const w1 = await buildBooking(t.ctx, eventId, { email: 'waiting1@example.org', name: 'Wendy Waiting' });
    const w2 = await buildBooking(t.ctx, eventId, { email: 'waiting2@example.org' });
    assert.equal(w1.status, 'waiting');
    assert.equal(w2.status, 'waiting');

    const agent = new Agent(t.app);
    const url = `/bookings/cancel/${cancelToken(t.ctx.secret, a.reference)}`;
    const page = await agent.get(url);
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'heading', { name: 'Cancel your booking' });
    const res = await agent.submit(url, {}, 'Cancel my booking');
    assert.equal(res.status, 303);
    getByRole((await agent.follow(res)).document.body, 'heading', { name: 'Your booking is cancelled' });

    assert.equal(await statusOf(a.id), 'cancelled');
    assert.equal(await statusOf(w1.id), 'booked', 'the first person waiting gets the place');
    assert.equal(await statusOf(w2.id), 'waiting');
    assert.equal((await mailTo('first@example.org')).at(-1)!.purpose, 'event-booking-cancelled');
    const promoted = (await mailTo('waiting1@example.org')).at(-1)!;
    assert.equal(promoted.purpose, 'event-promoted');
    assert.match(promoted.body_text, /Hello Wendy Waiting/);
    assert.match(promoted.body_text, /secret-room/, 'a promoted person gets the joining link');

    // cancelling twice changes nothing and promotes nobody else
    assert.equal((await agent.postRaw(url, {})).status, 403, 'no CSRF token');
    const again = await agent.get(url);
    getByRole(again.document.body, 'heading', { name: 'Your booking is cancelled' });
    assert.equal(await statusOf(w2.id), 'waiting');
  });

  test('a wrong or made-up cancel link shows "page not found"', async () => {
    const agent = new Agent(t.app);
    assert.equal((await agent.get('/bookings/cancel/not-a-real-token')).status, 404);
    assert.equal((await agent.get(`/bookings/cancel/${'A'.repeat(43)}`)).status, 404);
  });

  test('a waiting person whose companion place does not fit stays first in the queue', async () => {
    const eventId = await buildEvent(t.ctx, { capacity: 2 });
    const a = await buildBooking(t.ctx, eventId);
    await buildBooking(t.ctx, eventId);
    const pair = await buildBooking(t.ctx, eventId, { accessNeeds: ['companion'] });
    const single = await buildBooking(t.ctx, eventId);
    assert.equal(pair.places, 2);
    await signedInAgent(t); // keep the app warm; cancellation below is through the emailed link
    const agent = new Agent(t.app);
    await agent.submit(`/bookings/cancel/${cancelToken(t.ctx.secret, a.reference)}`, {}, 'Cancel my booking');
    assert.equal(await statusOf(pair.id), 'waiting', 'two places do not fit into one');
    assert.equal(await statusOf(single.id), 'waiting', 'nobody jumps the queue');
  });

  test('a signed-in person cancels from "your bookings"; nobody else can cancel it', async () => {
    const { agent, user } = await signedInAgent(t);
    const eventId = await buildEvent(t.ctx, { capacity: 1, title: 'Members forum' });
    const mine = await buildBooking(t.ctx, eventId, { userId: user.id, email: user.email!, name: 'Me' });
    const waiting = await buildBooking(t.ctx, eventId, { email: 'next@example.org' });
    const list = await agent.get('/account/bookings');
    assert.equal(list.status, 200);
    getByRole(list.document.body, 'heading', { name: 'Members forum' });

    const { agent: other } = await signedInAgent(t);
    const stranger = await other.get('/account/bookings');
    const csrf = (stranger.document.querySelector('input[name="_csrf"]') as HTMLInputElement | null)?.value;
    const refused = await other.postRaw(`/account/bookings/${mine.id}/cancel`, csrf ? { _csrf: csrf } : {});
    assert.ok([403, 404].includes(refused.status));
    assert.equal(await statusOf(mine.id), 'booked');

    // cancelling asks first, on its own page
    const cancelHref = getByRole(list.document.body, 'link', { name: 'Cancel booking for Members forum' }).getAttribute('href')!;
    const confirm = await agent.get(cancelHref);
    assert.equal(await statusOf(mine.id), 'booked', 'opening the page cancels nothing');
    const res = await agent.submitOn(confirm, cancelHref, {}, 'Cancel my booking');
    assert.equal(res.status, 303);
    assert.equal(await statusOf(mine.id), 'cancelled');
    assert.equal(await statusOf(waiting.id), 'booked');
    assert.equal((await new Agent(t.app).get('/account/bookings')).status, 303, 'signed-out people are sent to sign in');
  });

  test('raising the capacity fills the new places from the waiting list', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const eventId = await buildEvent(t.ctx, { capacity: 1 });
    await buildBooking(t.ctx, eventId);
    const w = await buildBooking(t.ctx, eventId, { email: 'raised@example.org' });
    const form = await agent.get(`/admin/events/${eventId}/edit`);
    const res = await agent.submitOn(form, `/admin/events/${eventId}/edit`, { ...formValues(form), capacity: '2' });
    assert.equal(res.status, 303, res.status === 400 ? errorSummary(res.document)?.textContent ?? '' : '');
    assert.equal(await statusOf(w.id), 'booked');
    assert.equal((await mailTo('raised@example.org')).at(-1)!.purpose, 'event-promoted');
  });
});
