// Calendars parse back in a real calendar parser (ical.js) with Europe/London times; the joining link is only in
// the booked person's own file. Also: reminder scheduling, the public list filters, and personal data (GDPR).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import ICAL from 'ical.js';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildProgramme } from '../../programmes/testing/factories.ts';
import { buildBooking, buildEvent } from '../testing/factories.ts';
import { REMINDER_JOB, sendReminder } from '../commands/notify.ts';
import { FILL_PLACES_JOB, fillFreedPlacesAndTell } from '../commands/cancel-booking.ts';
import { eventsModule } from '../index.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

function parseIcs(body: string) {
  const cal = new ICAL.Component(ICAL.parse(body));
  const tz = cal.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendars', () => {
  test('an event ICS imports with a valid UID and Europe/London times, summer and winter, and no joining link', async () => {
    const summer = await buildEvent(t.ctx, { title: 'Summer forum', starts_at: new Date('2027-07-01T13:00:00Z'), ends_at: new Date('2027-07-01T15:00:00Z') });
    const winter = await buildEvent(t.ctx, { title: 'Winter forum', starts_at: new Date('2027-01-12T10:00:00Z'), ends_at: new Date('2027-01-12T12:30:00Z') });
    for (const [id, start, localHour] of [[summer, '2027-07-01T13:00:00.000Z', 14], [winter, '2027-01-12T10:00:00.000Z', 10]] as const) {
      const res = await new Agent(t.app).get(`/events/${id}/calendar.ics`);
      assert.equal(res.status, 200);
      assert.match(String(res.headers['content-type']), /^text\/calendar/);
      assert.match(res.body, /BEGIN:VTIMEZONE\r\nTZID:Europe\/London/);
      const [ev] = parseIcs(res.body);
      assert.equal(ev!.uid, `event-${id}@localhost`);
      assert.equal(ev!.startDate.zone.tzid, 'Europe/London');
      assert.equal(ev!.startDate.hour, localHour);
      assert.equal(ev!.startDate.toJSDate().toISOString(), start);
      assert.doesNotMatch(res.body, /secret-room/, 'public calendars never include the joining link');
    }
  });

  test('a programme feed lists its public events only', async () => {
    const { id } = await buildProgramme(t.ctx, { title: 'Feed programme' });
    await buildEvent(t.ctx, { programme_id: id, title: 'Public one' });
    await buildEvent(t.ctx, { programme_id: id, title: 'Cancelled one', status: 'cancelled' });
    await buildEvent(t.ctx, { programme_id: id, title: 'Draft one', status: 'draft' });
    const res = await new Agent(t.app).get(`/programmes/${id}/events.ics`);
    assert.equal(res.status, 200);
    const events = parseIcs(res.body);
    assert.deepEqual(events.map((e) => e.summary).sort(), ['Cancelled: Cancelled one', 'Public one']);
    assert.equal(new Set(events.map((e) => e.uid)).size, 2);
    assert.equal((await new Agent(t.app).get('/programmes/00000000-0000-4000-8000-000000000000/events.ics')).status, 404);
  });

  test('the booked person gets the joining link in their own calendar file, from the email and from "your bookings"', async () => {
    const { agent, user } = await signedInAgent(t);
    const id = await buildEvent(t.ctx, { title: 'Online conversation' });
    const b = await buildBooking(t.ctx, id, { userId: user.id, email: user.email! });
    const res = await agent.get(`/account/bookings/${b.id}/calendar.ics`);
    assert.equal(res.status, 200);
    const [ev] = parseIcs(res.body);
    assert.match(ev!.description, /Join online: https:\/\/meet\.example\.org\/secret-room/);
    const { agent: other } = await signedInAgent(t);
    assert.equal((await other.get(`/account/bookings/${b.id}/calendar.ics`)).status, 404, 'nobody else can get it');
  });
});

describe('reminders', () => {
  test('a reminder job is scheduled 2 days before; it sends only to people still booked', async () => {
    const starts = new Date(Date.now() + 10 * 86400_000);
    const id = await buildEvent(t.ctx, { starts_at: starts, ends_at: new Date(starts.getTime() + 3600_000), capacity: 1 });
    const agent = new Agent(t.app);
    const start = await agent.submit(`/events/${id}`, {}, 'Book a place');
    const base = start.location!.replace(/\/name$/, '');
    await agent.submit(`${base}/name`, { name: 'Remy' });
    await agent.submit(`${base}/email`, { email: 'remy@example.org' });
    await agent.submit(`${base}/identify`, { identities: ['public'] });
    await agent.submit(`${base}/organisation`, {});
    await agent.submit(`${base}/access`, {});
    await agent.submit(`${base}/check`, {});
    const jobs = await t.ctx.jobs.find<{ bookingId: string }>(REMINDER_JOB);
    const job = jobs.find((r) => r.data.bookingId);
    assert.ok(job, 'a reminder is queued');
    assert.equal(job.startAfter.toISOString(), new Date(starts.getTime() - 2 * 86400_000).toISOString());

    const twoDaysBefore = new Date(starts.getTime() - 2 * 86400_000 + 60_000);
    assert.equal(await sendReminder(t.ctx, job.data.bookingId, new Date(starts.getTime() - 5 * 86400_000)), false, 'not sent if the event moved later');
    assert.equal(await sendReminder(t.ctx, job.data.bookingId, twoDaysBefore), true);
    const mail = await t.ctx.outbox.find({ to: 'remy@example.org' });
    assert.equal(await sendReminder(t.ctx, job.data.bookingId, new Date(twoDaysBefore.getTime() + 3600_000)), false, 'a second job after a small time change sends nothing');
    assert.deepEqual(mail.map((m) => m.purpose), ['event-booking-confirmed', 'event-reminder']);
    await t.db.query(`UPDATE event_bookings SET status = 'cancelled' WHERE id = $1`, [job.data.bookingId]);
    assert.equal(await sendReminder(t.ctx, job.data.bookingId, twoDaysBefore), false, 'not sent after cancelling');
  });
});

describe('the public events list', () => {
  test('filters by audience, format, area and date', async () => {
    const north = await buildProgramme(t.ctx, { area: 'North locality' });
    await buildEvent(t.ctx, { title: 'Staff workshop north', audiences: ['staff'], format: 'in-person', venue_name: 'Hall', online_link: null, programme_id: north.id });
    await buildEvent(t.ctx, { title: 'Dementia cafe', audiences: ['public'], dementia: true, format: 'in-person', venue_name: 'Cafe', online_link: null });
    await buildEvent(t.ctx, { title: 'Past conversation', starts_at: new Date(Date.now() - 30 * 86400_000), status: 'closed' });
    await buildEvent(t.ctx, { title: 'Secret draft', status: 'draft' });
    const names = async (qs: string) => {
      const page = await new Agent(t.app).get(`/events${qs}`);
      assert.equal(page.status, 200);
      return getAllByRole(page.document.body, 'heading', { level: 3 }).map((h) => text(h));
    };
    const all = await names('');
    assert.ok(all.includes('Staff workshop north') && all.includes('Dementia cafe'));
    assert.ok(!all.includes('Past conversation') && !all.includes('Secret draft'));
    assert.deepEqual(await names('?audience=staff'), ['Staff workshop north']);
    assert.deepEqual(await names('?audience=dementia'), ['Dementia cafe']);
    assert.ok((await names('?format=online')).every((n) => !['Staff workshop north', 'Dementia cafe'].includes(n)));
    assert.deepEqual(await names('?area=North%20locality'), ['Staff workshop north']);
    assert.deepEqual(await names('?when=past'), ['Past conversation']);
    assert.ok((await names('?audience=<script>&format[]=x&when=forever')).length >= 2, 'nonsense filters are ignored');
  });

  test('an event page has the accessibility block and the programme timeline shows it under its phase', async () => {
    const p = await buildProgramme(t.ctx, { title: 'Timeline programme' });
    const id = await buildEvent(t.ctx, { title: 'Phase one forum', programme_id: p.id, phase_id: p.phaseIds[0]!, format: 'in-person', venue_name: 'Library', venue_features: ['quiet-room'], online_link: null });
    const page = await new Agent(t.app).get(`/events/${id}`);
    getByRole(page.document.body, 'heading', { name: 'Accessibility' });
    assert.match(text(page.document.body), /Quiet room: yes/);
    const items = await eventsModule.programmeItems!(t.ctx, p.id);
    assert.deepEqual(items.map((i) => [i.title, i.phaseId, i.kind]), [['Phase one forum', p.phaseIds[0], 'events']]);
    const timeline = await new Agent(t.app).get(`/programmes/${p.id}`);
    const listen = getByRole(timeline.document.body, 'heading', { name: /^Listen/ }).closest('li')!;
    getByRole(listen as HTMLElement, 'link', { name: 'Phase one forum' });
    assert.equal(queryByRole(timeline.document.body, 'link', { name: 'Secret draft' }), null);
  });
});

describe('personal data', () => {
  test('download my data includes bookings; deleting the account anonymises them and frees future places', async () => {
    const { agent, user } = await signedInAgent(t);
    const id = await buildEvent(t.ctx, { capacity: 1 });
    await buildBooking(t.ctx, id, { userId: user.id, email: user.email!, name: 'Dee Leted', accessNeeds: ['captions'] });
    await buildBooking(t.ctx, id, { email: 'next.in.line@example.org', name: 'Nell Next' });
    const data = await agent.get('/account/download');
    assert.equal(data.status, 200);
    const json = JSON.parse(data.body) as Record<string, unknown>;
    assert.match(JSON.stringify(json), /Dee Leted/);
    assert.match(JSON.stringify(json), /captions/);
    const del = await agent.submit('/account/delete', {}, 'Delete my account');
    assert.equal(del.status, 303);
    const { rows } = await t.db.query<{ name: string; email: string | null; user_id: string | null; access_needs: string[]; status: string }>('SELECT name, email, user_id, access_needs, status FROM event_bookings WHERE event_id = $1', [id]);
    assert.deepEqual(rows[0], { name: 'Deleted person', email: null, user_id: null, access_needs: [], status: 'cancelled' });

    // the freed place goes to the waiting list once the deletion has committed, by a job that also sends the email
    const jobs = await t.ctx.jobs.find<{ eventId: string }>(FILL_PLACES_JOB);
    assert.deepEqual(jobs.map((j) => j.data), [{ eventId: id }]);
    const status = async () => (await t.db.query<{ status: string }>(`SELECT status FROM event_bookings WHERE email = 'next.in.line@example.org'`)).rows[0]!.status;
    assert.equal(await status(), 'waiting');
    await fillFreedPlacesAndTell(t.ctx, jobs[0]!.data.eventId);
    assert.equal(await status(), 'booked');
    const emails = await t.ctx.outbox.find({ to: 'next.in.line@example.org' });
    assert.match(emails.at(-1)!.subject, /^A place has come up – you are booked/);
  });
});
