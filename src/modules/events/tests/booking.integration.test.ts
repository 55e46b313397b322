import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { buildBooking, buildEvent } from '../testing/factories.ts';
import { cancelToken } from '../commands/book-place.ts';
import { bookingDrafts } from '../booking-routes.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const outbox = (to: string) => t.ctx.outbox.find({ to });

async function bookAsGuest(agent: Agent, eventId: string, a: { name: string; email: string; identities?: string[]; organisation?: string; needs?: string[]; dietary?: string; other?: string }) {
  const start = await agent.submit(`/events/${eventId}`, {}, 'Book a place').catch(() => agent.submit(`/events/${eventId}`, {}, 'Join the waiting list'));
  assert.equal(start.status, 303);
  const base = start.location!.replace(/\/name$/, '');
  assert.equal((await agent.submit(`${base}/name`, { name: a.name })).status, 303);
  assert.equal((await agent.submit(`${base}/email`, { email: a.email })).status, 303);
  assert.equal((await agent.submit(`${base}/identify`, { identities: a.identities ?? ['public'] })).status, 303);
  assert.equal((await agent.submit(`${base}/organisation`, { organisation: a.organisation ?? '' })).status, 303);
  const access = await agent.submit(`${base}/access`, { accessNeeds: a.needs ?? [], dietary: a.dietary ?? '', accessOther: a.other ?? '' });
  assert.equal(access.status, 303);
  assert.equal(access.location, `${base}/check`);
  const check = await agent.get(`${base}/check`);
  getByRole(check.document.body, 'heading', { name: 'Check your answers before booking' });
  const done = await agent.submitOn(check, `${base}/check`, {});
  assert.equal(done.status, 303, text(done.document.body));
  const page = await agent.follow(done);
  return { base, page };
}

describe('booking without an account', () => {
  test('a guest books an online event one question at a time and gets a confirmation with their own calendar file', async () => {
    const id = await buildEvent(t.ctx, { title: 'Online conversation about crisis care' });
    const agent = new Agent(t.app);
    const { page } = await bookAsGuest(agent, id, { name: 'Alex Guest', email: 'alex@example.org' });
    getByRole(page.document.body, 'heading', { name: 'Booking confirmed' });
    const ref = /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(text(page.document.body))![1]!;
    const { rows } = await t.db.query<{ status: string; name: string; user_id: string | null }>('SELECT status, name, user_id FROM event_bookings WHERE reference = $1', [ref]);
    assert.deepEqual(rows[0], { status: 'booked', name: 'Alex Guest', user_id: null });
    const mail = await outbox('alex@example.org');
    assert.equal(mail[0]!.purpose, 'event-booking-confirmed');
    assert.match(mail[0]!.body_text, new RegExp(ref));
    assert.match(mail[0]!.body_text, /https:\/\/meet\.example\.org\/secret-room/);
    assert.match(mail[0]!.attachments[0]!.content, /secret-room/);
    assert.match(mail[0]!.body_text, new RegExp(`/bookings/cancel/${cancelToken(t.ctx.secret, ref)}`));
  });
});

describe('booking with an account: pre-filled from the account', () => {
  test('name, email, how they identify and shared access needs are pre-filled; the organiser is emailed and sees a summary', async () => {
    const { agent, user } = await signedInAgent(t, ['participant'], { name: 'Robin Member', identities: ['carer'] });
    const needs = await agent.submit('/account/access-needs', { contactMethod: 'email', communicationSupport: ['bsl-interpreter'], informationFormats: ['easy-read'], details: 'Seat near the door', share: 'yes' });
    assert.equal(needs.status, 303);
    const id = await buildEvent(t.ctx, { title: 'Carers forum', format: 'in-person', venue_name: 'Town hall', online_link: null, organiser_email: 'forum-organiser@example.org' });
    const start = await agent.submit(`/events/${id}`, {}, 'Book a place');
    const base = start.location!.replace(/\/name$/, '');
    const name = await agent.get(`${base}/name`);
    assert.equal((name.document.getElementById('name') as HTMLInputElement).value, 'Robin Member');
    assert.equal((await agent.submitOn(name, `${base}/name`, { name: 'Robin Member' })).status, 303);
    const email = await agent.get(`${base}/email`);
    assert.equal((email.document.getElementById('email') as HTMLInputElement).value, user.email);
    const identify = await agent.get(`${base}/identify`);
    assert.ok((identify.document.querySelector('input[value="carer"]') as HTMLInputElement).checked);
    const access = await agent.get(`${base}/access`);
    for (const v of ['bsl-interpreter', 'easy-read', 'other']) assert.ok((access.document.querySelector(`input[name="accessNeeds"][value="${v}"]`) as HTMLInputElement).checked, v);
    assert.equal((access.document.getElementById('accessOther') as HTMLTextAreaElement).value, 'Seat near the door');
    await agent.submit(`${base}/organisation`, { organisation: '' });
    await agent.submit(`${base}/access`, { accessNeeds: ['bsl-interpreter', 'step-free', 'other'], accessOther: 'Seat near the door' });
    const check = await agent.get(`${base}/check`);
    assert.match(text(check.document.body), /British Sign Language \(BSL\) interpreter; Step-free access; Something else/);
    const done = await agent.submitOn(check, `${base}/check`, {});
    assert.equal(done.status, 303);
    getByRole((await agent.follow(done)).document.body, 'heading', { name: 'Booking confirmed' });
    const { rows } = await t.db.query<{ user_id: string; identities: string[]; access_needs: string[] }>('SELECT user_id, identities, access_needs FROM event_bookings WHERE event_id = $1', [id]);
    assert.deepEqual(rows[0], { user_id: user.id, identities: ['carer'], access_needs: ['bsl-interpreter', 'step-free', 'other'] });

    const organiserMail = await outbox('forum-organiser@example.org');
    assert.equal(organiserMail[0]!.purpose, 'event-access-needs');
    assert.match(organiserMail[0]!.body_text, /Robin Member/);
    assert.match(organiserMail[0]!.body_text, /Seat near the door/);

    await buildBooking(t.ctx, id, { accessNeeds: ['step-free'] });
    await buildBooking(t.ctx, id, { accessNeeds: ['step-free', 'companion'] });
    const { agent: facilitator } = await signedInAgent(t, ['participant', 'facilitator']);
    const admin = await facilitator.get(`/admin/events/${id}`);
    assert.match(text(admin.document.body), /3 need step-free access, 1 needs a BSL interpreter, 1 is bringing a companion or carer, 1 has another need/);
    assert.ok(!t.logs.join('').includes('Seat near the door'), 'access needs are never logged');
    assert.ok(!t.logs.join('').includes('bsl-interpreter'), 'access needs are never logged');
  });

  test('a signed-in person\'s booking pages (pre-filled from their account) are theirs alone', async () => {
    const { agent } = await signedInAgent(t, ['participant'], { name: 'Private Person' });
    const id = await buildEvent(t.ctx);
    const start = await agent.submit(`/events/${id}`, {}, 'Book a place');
    assert.equal((await agent.get(start.location!)).status, 200);
    assert.equal((await new Agent(t.app).get(start.location!)).status, 404, 'someone else with the address sees nothing');
    const { agent: other } = await signedInAgent(t);
    assert.equal((await other.get(start.location!)).status, 404);
  });

  test('"your bookings" shows the booking and the event page says you have a place', async () => {
    const { agent, user } = await signedInAgent(t);
    const id = await buildEvent(t.ctx, { title: 'Booked already' });
    await buildBooking(t.ctx, id, { userId: user.id, email: user.email! });
    const page = await agent.get(`/events/${id}`);
    assert.match(text(page.document.body), /You have a place at this event/);
    assert.equal(queryByRole(page.document.body, 'button', { name: 'Book a place' }), null);
  });
});

describe('booking rules', () => {
  test('the same email address cannot book the same event twice', async () => {
    const id = await buildEvent(t.ctx);
    await bookAsGuest(new Agent(t.app), id, { name: 'Once', email: 'twice@example.org' });
    const agent = new Agent(t.app);
    const start = await agent.submit(`/events/${id}`, {}, 'Book a place');
    const base = start.location!.replace(/\/name$/, '');
    await agent.submit(`${base}/name`, { name: 'Twice' });
    await agent.submit(`${base}/email`, { email: 'TWICE@example.org' });
    await agent.submit(`${base}/identify`, { identities: ['prefer-not-to-say'] });
    await agent.submit(`${base}/organisation`, { organisation: 'Mind' });
    await agent.submit(`${base}/access`, {});
    const res = await agent.submit(`${base}/check`, {});
    assert.equal(res.status, 400);
    getByRole(res.document.body, 'link', { name: /There is already a booking for this event with this email address/ });
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM event_bookings WHERE event_id = $1', [id]);
    assert.equal(rows[0]!.n, 1);
  });

  test('a full event offers the waiting list; the confirmation says so', async () => {
    const id = await buildEvent(t.ctx, { capacity: 1 });
    await buildBooking(t.ctx, id);
    const agent = new Agent(t.app);
    const page = await agent.get(`/events/${id}`);
    getByRole(page.document.body, 'button', { name: 'Join the waiting list' });
    const { page: done } = await bookAsGuest(agent, id, { name: 'Wait Er', email: 'wait@example.org' });
    getByRole(done.document.body, 'heading', { name: 'You are on the waiting list' });
    const mail = await outbox('wait@example.org');
    assert.equal(mail[0]!.purpose, 'event-waiting-list');
    assert.doesNotMatch(mail[0]!.body_text, /secret-room/, 'people waiting do not get the joining link');
  });

  test('no booking for drafts, cancelled, past, not-yet-open, closed-for-booking or drop-in events', async () => {
    const day = 24 * 3600 * 1000;
    const draft = await buildEvent(t.ctx, { status: 'draft' });
    assert.equal((await new Agent(t.app).get(`/events/${draft}`)).status, 404, 'drafts are not public');
    const cases = [
      await buildEvent(t.ctx, { status: 'cancelled' }),
      await buildEvent(t.ctx, { starts_at: new Date(Date.now() - day) }),
      await buildEvent(t.ctx, { booking_opens_at: new Date(Date.now() + day) }),
      await buildEvent(t.ctx, { booking_closes_at: new Date(Date.now() - 3600_000) }),
      await buildEvent(t.ctx, { booking_required: false }),
    ];
    const open = await buildEvent(t.ctx);
    for (const id of cases) {
      const agent = new Agent(t.app);
      const token = ((await agent.get(`/events/${open}`)).document.querySelector('input[name="_csrf"]') as HTMLInputElement).value;
      const page = await agent.get(`/events/${id}`);
      assert.equal(page.status, 200);
      assert.equal(queryByRole(page.document.body, 'button', { name: 'Book a place' }), null, id);
      const res = await agent.postRaw(`/events/${id}/book`, { _csrf: token });
      assert.equal(res.status, 303);
      assert.equal(res.location, `/events/${id}`);
    }
    assert.equal(await bookingDrafts.count(t.db, cases), 0, 'no booking draft was started');
  });

  test('a made-up booking draft shows "page not found"', async () => {
    const id = await buildEvent(t.ctx);
    assert.equal((await new Agent(t.app).get(`/events/${id}/book/00000000-0000-4000-8000-000000000000/name`)).status, 404);
    assert.equal((await new Agent(t.app).get(`/events/${id}/book/nonsense/check`)).status, 404);
  });
});

describe('bad input on every booking question', () => {
  let base: string;
  let agent: Agent;
  before(async () => {
    const id = await buildEvent(t.ctx);
    agent = new Agent(t.app);
    base = (await agent.submit(`/events/${id}`, {}, 'Book a place')).location!.replace(/\/name$/, '');
  });

  const cases: [step: string, fields: Record<string, string | string[]>, messages: string[]][] = [
    ['name', {}, ['Enter your full name']],
    ['name', { name: 'x'.repeat(101) }, ['Full name must be 100 characters or less']],
    ['name', { name: ['Ann', 'Bob'] }, ['Enter your full name']],
    ['name', { name: 'Zoë\u0000' }, ['Full name must not include hidden or control characters']],
    ['email', {}, ['Enter your email address']],
    ['email', { email: 'not-an-email' }, ['Enter an email address in the correct format, like name@example.com']],
    ['identify', {}, ['Select how you identify, or prefer not to say']],
    ['identify', { identities: ['martian'] }, ['Select how you identify, or prefer not to say']],
    ['organisation', { organisation: 'o'.repeat(151) }, ['Organisation must be 150 characters or less']],
    ['access', { accessNeeds: ['dietary', 'other'] }, ['Enter your dietary needs', 'Enter what you need']],
    ['access', { accessNeeds: ['teleport'] }, ['Select from the list for access needs']],
  ];
  for (const [step, fields, messages] of cases) {
    test(`${step}: ${JSON.stringify(fields).slice(0, 60)}`, async () => {
      const res = await agent.submit(`${base}/${step}`, fields);
      assert.equal(res.status, 400);
      getByRole(res.document.body, 'heading', { name: 'There is a problem' });
      for (const m of messages) assert.ok(getAllByRole(res.document.body, 'link', { name: m }).length, m);
      assert.match(res.document.title, /^Error: /);
    });
  }

  test('typed values are kept, odd Unicode included', async () => {
    const res = await agent.submit(`${base}/access`, { accessNeeds: ['other', 'dietary'], accessOther: 'Ŝtep-free 🚪 please', dietary: '' });
    assert.equal(res.status, 400);
    assert.equal((res.document.getElementById('accessOther') as HTMLTextAreaElement).value, 'Ŝtep-free 🚪 please');
  });

  test('check your answers sends you back to the first unanswered question', async () => {
    const res = await agent.get(`${base}/check`);
    assert.equal(res.status, 303);
    assert.equal(res.location, `${base}/name`);
  });

  test('"Change" on check your answers returns to check your answers', async () => {
    await agent.submit(`${base}/name`, { name: 'Chris' });
    await agent.submit(`${base}/email`, { email: 'chris@example.org' });
    await agent.submit(`${base}/identify`, { identities: ['staff'] });
    await agent.submit(`${base}/organisation`, {});
    await agent.submit(`${base}/access`, {});
    const check = await agent.get(`${base}/check`);
    assert.equal(check.status, 200, check.location);
    const change = getByRole(check.document.body, 'link', { name: /^Change ?name$/ }).getAttribute('href')!;
    const res = await agent.submit(change, { name: 'Christine' });
    assert.equal(res.location, `${base}/check`);
    assert.match(text((await agent.get(`${base}/check`)).document.body), /Christine/);
  });
});
