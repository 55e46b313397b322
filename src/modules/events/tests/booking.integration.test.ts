import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { buildEvent } from '../testing/factories.ts';
import { cancelToken } from '../commands/book-place.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const outbox = async (to: string) => (await t.db.query<{ purpose: string; subject: string; body_text: string; attachments: { filename: string; content: string }[] }>('SELECT * FROM outbox_messages WHERE to_address = $1 ORDER BY id', [to])).rows;

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
