// A booked person's event page shows the joining link (and when it opens) to them alone; "Add to calendar" is not
// offered for events that are over; cancelling from "Your bookings" asks first; attendance is taken only once the
// event has started, with a success message; a booking cannot be cancelled once attendance is recorded or the event
// has started, by the emailed link or from "Your bookings".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildBooking, buildEvent } from '../testing/factories.ts';
import { cancelToken } from '../commands/book-place.ts';
import { findAuditEntries } from '../../../platform/audit/index.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const LINK = 'https://meet.example.org/secret-room';
// 2pm in London (summer time): the link opens at 1:30pm
const STARTS = new Date('2030-07-15T13:00:00Z');
const statusOf = async (id: string) => (await t.db.query<{ status: string; attended: boolean | null }>('SELECT status, attended FROM event_bookings WHERE id = $1', [id])).rows[0]!;
/** the day of the event comes: it started an hour ago and ends in an hour */
const startEvent = (id: string) => t.db.query(`UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`, [id]);
const csrfOf = (doc: Document) => (doc.querySelector('input[name="_csrf"]') as HTMLInputElement).value;

describe('the joining link on the event page', () => {
  test('the booked, signed-in person sees the joining link and when it opens; nobody else does', async () => {
    const id = await buildEvent(t.ctx, { title: 'Online conversation: crisis care', starts_at: STARTS, ends_at: new Date(STARTS.getTime() + 2 * 3600_000), capacity: 1 });
    const { agent: booked, user } = await signedInAgent(t);
    await buildBooking(t.ctx, id, { userId: user.id, email: user.email! });
    const { agent: waiting, user: w } = await signedInAgent(t);
    await buildBooking(t.ctx, id, { userId: w.id, email: w.email! });
    const { agent: stranger } = await signedInAgent(t);

    const mine = await booked.get(`/events/${id}`);
    const link = getByRole(mine.document.body, 'link', { name: 'Join the event online' });
    assert.equal(link.getAttribute('href'), LINK);
    assert.match(text(mine.document.body), /The joining link opens at 1:30pm on Monday 15 July 2030, 30 minutes before the start/);
    assert.doesNotMatch(text(mine.document.body), /We will send you the joining link when you book/);
    assert.equal(getByRole(mine.document.body, 'link', { name: /Add to calendar/ }).getAttribute('href')?.startsWith('/account/bookings/'), true, 'their own calendar file, which has the link');

    const onList = await waiting.get(`/events/${id}`);
    assert.equal(queryByRole(onList.document.body, 'link', { name: 'Join the event online' }), null);
    assert.match(text(onList.document.body), /We will send you the joining link if you get a place/);
    for (const page of [onList, await stranger.get(`/events/${id}`), await new Agent(t.app).get(`/events/${id}`)]) {
      assert.doesNotMatch(page.body, /secret-room/, 'only the person with a place sees the link');
    }
    assert.match(text((await stranger.get(`/events/${id}`)).document.body), /We will send you the joining link when you book/);
  });

  test('from 30 minutes before the start the page says they can join now; a hybrid event shows the link beside the venue', async () => {
    const soon = new Date(Date.now() + 20 * 60_000);
    const id = await buildEvent(t.ctx, { format: 'hybrid', venue_name: 'Riverside Centre', starts_at: new Date(Date.now() + 3600_000) });
    const { agent, user } = await signedInAgent(t);
    await buildBooking(t.ctx, id, { userId: user.id, email: user.email! });
    await t.db.query('UPDATE events SET starts_at = $2, ends_at = $3 WHERE id = $1', [id, soon, new Date(soon.getTime() + 3600_000)]);
    const page = await agent.get(`/events/${id}`);
    getByRole(page.document.body, 'link', { name: 'Join the event online' });
    assert.match(text(page.document.body), /Riverside Centre\s*You can also join online\.\s*Join the event online\s*You can join now\./);
  });

  test('after the event has ended: no joining link and no "Add to calendar"', async () => {
    const id = await buildEvent(t.ctx, { title: 'Finished forum' });
    const { agent, user } = await signedInAgent(t);
    await buildBooking(t.ctx, id, { userId: user.id, email: user.email! });
    await t.db.query(`UPDATE events SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    for (const page of [await agent.get(`/events/${id}`), await new Agent(t.app).get(`/events/${id}`)]) {
      assert.equal(queryByRole(page.document.body, 'link', { name: /Add to calendar/ }), null);
      assert.equal(queryByRole(page.document.body, 'link', { name: 'Join the event online' }), null);
      assert.doesNotMatch(text(page.document.body), /We will send you the joining link/);
    }
    const upcoming = await buildEvent(t.ctx);
    getByRole((await new Agent(t.app).get(`/events/${upcoming}`)).document.body, 'link', { name: /Add to calendar/ });
  });
});

describe('cancelling from "Your bookings"', () => {
  test('asks first on its own page; keeping the booking changes nothing; confirming cancels it', async () => {
    const { agent, user } = await signedInAgent(t);
    const id = await buildEvent(t.ctx, { title: 'Carers forum' });
    const b = await buildBooking(t.ctx, id, { userId: user.id, email: user.email! });
    const list = await agent.get('/account/bookings');
    assert.equal(queryByRole(list.document.body, 'button', { name: /Cancel booking/ }), null, 'no one-click cancel button');
    const link = getByRole(list.document.body, 'link', { name: 'Cancel booking for Carers forum' });

    const confirm = await agent.get(link.getAttribute('href')!);
    assert.equal(confirm.status, 200);
    getByRole(confirm.document.body, 'heading', { level: 1, name: 'Cancel your booking' });
    assert.match(text(confirm.document.body), new RegExp(`Booking reference ${b.reference}`));
    assert.equal(getByRole(confirm.document.body, 'link', { name: 'Keep my booking' }).getAttribute('href'), '/account/bookings');
    assert.equal(getByRole(confirm.document.body, 'link', { name: 'Back' }).getAttribute('href'), '/account/bookings');
    assert.equal((await statusOf(b.id)).status, 'booked', 'opening the page cancels nothing');

    const { agent: other } = await signedInAgent(t);
    assert.equal((await other.get(link.getAttribute('href')!)).status, 404, 'nobody else sees it');

    const res = await agent.submitOn(confirm, link.getAttribute('href')!, {}, 'Cancel my booking');
    assert.equal(res.status, 303);
    assert.equal((await statusOf(b.id)).status, 'cancelled');
    const after = await agent.follow(res);
    getByRole(after.document.body, 'heading', { name: 'Success' });
    assert.match(text(after.document.body), new RegExp(`Your booking ${b.reference} is cancelled`));
  });
});

describe('attendance and cancelling after it', () => {
  test('attendance cannot be taken before the event starts', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'facilitator']);
    const id = await buildEvent(t.ctx, { title: 'Forum in two weeks' });
    const b = await buildBooking(t.ctx, id);
    const page = await agent.get(`/admin/events/${id}/register`);
    assert.equal(page.status, 200);
    assert.match(text(page.document.body), /You can take attendance once the event has started, from .+ on .+\./);
    assert.equal(queryByRole(page.document.body, 'button', { name: 'Save attendance' }), null);
    const csrf = csrfOf((await agent.get(`/admin/events/${id}/edit`)).document);
    const refused = await agent.postRaw(`/admin/events/${id}/register`, { _csrf: csrf, attended: [b.id] });
    assert.equal(refused.status, 409);
    assert.match(text(refused.document.body), /You can take attendance once the event has started/);
    assert.equal((await statusOf(b.id)).attended, null, 'nothing recorded');
  });

  test('once it has started: saving attendance says so, and is in the audit log', async () => {
    const { agent, user } = await signedInAgent(t, ['participant', 'facilitator']);
    const id = await buildEvent(t.ctx, { title: 'Forum today' });
    const ann = await buildBooking(t.ctx, id, { name: 'Ann' });
    await buildBooking(t.ctx, id, { name: 'Ben' });
    await startEvent(id);
    const page = await agent.get(`/admin/events/${id}/register`);
    const res = await agent.submitOn(page, `/admin/events/${id}/register`, { attended: [ann.id] }, 'Save attendance');
    assert.equal(res.status, 303);
    const after = await agent.follow(res);
    getByRole(after.document.body, 'heading', { name: 'Success' });
    assert.match(text(after.document.body), /Attendance saved: 1 of 2 people booked came/);
    const entries = await findAuditEntries(t.db, { action: 'event.attendance-recorded', subjectId: id });
    assert.deepEqual(entries.map((e) => e.actor_id), [user.id]);
  });

  test('once attendance is recorded, the emailed cancel link refuses with a clear message', async () => {
    const { agent: organiser } = await signedInAgent(t, ['participant', 'facilitator']);
    const id = await buildEvent(t.ctx, { title: 'Forum with a register' });
    const b = await buildBooking(t.ctx, id);
    const url = `/bookings/cancel/${cancelToken(t.ctx.secret, b.reference)}`;
    const guest = new Agent(t.app);
    const before = await guest.get(url);
    getByRole(before.document.body, 'button', { name: 'Cancel my booking' });

    await startEvent(id);
    const register = await organiser.get(`/admin/events/${id}/register`);
    assert.equal((await organiser.submitOn(register, `/admin/events/${id}/register`, { attended: [] }, 'Save attendance')).status, 303);

    const page = await guest.get(url);
    getByRole(page.document.body, 'heading', { level: 1, name: 'You cannot cancel this booking' });
    assert.match(text(page.document.body), /You cannot cancel this booking because the organiser has already recorded who came to the event\./);
    assert.equal(queryByRole(page.document.body, 'button', { name: 'Cancel my booking' }), null);
    const refused = await guest.submitOn(before, url, {}, 'Cancel my booking');
    assert.equal(refused.status, 409);
    getByRole(refused.document.body, 'heading', { level: 1, name: 'You cannot cancel this booking' });
    assert.equal((await statusOf(b.id)).status, 'booked');
    assert.equal((await t.ctx.outbox.find({ to: b.email!, purpose: 'event-booking-cancelled' })).length, 0, 'no cancellation email');
  });

  test('once the event has started, "Your bookings" offers no cancel and refuses one', async () => {
    const { agent, user } = await signedInAgent(t);
    const id = await buildEvent(t.ctx, { title: 'Forum happening now' });
    const b = await buildBooking(t.ctx, id, { userId: user.id, email: user.email! });
    const confirm = await agent.get(`/account/bookings/${b.id}/cancel`);
    await startEvent(id);

    const list = await agent.get('/account/bookings');
    getByRole(list.document.body, 'heading', { name: 'Forum happening now' });
    assert.equal(queryByRole(list.document.body, 'link', { name: 'Cancel booking for Forum happening now' }), null);
    assert.match(text(list.document.body), /You cannot cancel this booking because the event has already started\./);
    const page = await agent.get(`/account/bookings/${b.id}/cancel`);
    getByRole(page.document.body, 'heading', { level: 1, name: 'You cannot cancel this booking' });
    const refused = await agent.submitOn(confirm, `/account/bookings/${b.id}/cancel`, {}, 'Cancel my booking');
    assert.equal(refused.status, 409);
    assert.match(text(refused.document.body), /because the event has already started/);
    assert.equal((await statusOf(b.id)).status, 'booked');
  });
});
