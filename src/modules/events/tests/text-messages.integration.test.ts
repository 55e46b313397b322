// Booking confirmations and reminders by text message, sent through GOV.UK Notify to a local server that speaks
// Notify's API (tests/support/fake-notify.ts): a signed-in booker whose contact method is "Text message" and who
// gave a mobile number gets a short text (booking reference and a link to the event) as well as the email; anyone
// else gets the email only; a text Notify refuses is marked failed without the number while the email still goes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getByRole, queryByRole } from '@testing-library/dom';
import { buildTestApp, type Agent, type Page, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { EMAIL_TEMPLATE_ID, SMS_TEMPLATE_ID, notifySettings, startFakeNotify, type FakeNotify } from '../../../../tests/support/fake-notify.ts';
import { giveAccessNeeds } from '../../accounts/testing/factories.ts';
import { buildEvent } from '../testing/factories.ts';
import { formValues } from '../testing/form-values.ts';
import { REMINDER_JOB, sendReminder } from '../commands/notify.ts';

let notify: FakeNotify;
let t: TestApp;
before(async () => {
  notify = await startFakeNotify();
  t = await buildTestApp(notifySettings(notify));
});
after(async () => {
  await t.close();
  await notify.close();
});

/** Books a place as a signed-in person, answering each question page with what it shows (pre-filled from the account). */
async function bookSignedIn(agent: Agent, eventId: string): Promise<{ page: Page; reference: string }> {
  let res = await agent.submit(`/events/${eventId}`, {}, 'Book a place');
  for (let step = 0; step < 15; step++) {
    assert.equal(res.status, 303, `step ${step}`);
    const url = res.location!;
    const page = await agent.get(url);
    assert.equal(page.status, 200, url);
    if (queryByRole(page.document.body, 'heading', { name: 'Booking confirmed' })) {
      return { page, reference: /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(page.document.body.textContent!)![1]! };
    }
    res = await agent.submitOn(page, url, formValues(page));
  }
  throw new Error('the booking journey did not end');
}

/** Delivers every queued message (the pg-boss job does this in a running app). */
async function deliverAll() {
  for (const channel of ['email', 'sms'] as const) {
    for (const m of await t.ctx.outbox.find({ channel })) if (m.status === 'queued') await t.ctx.outbox.deliver(m.id).catch(() => undefined);
  }
}

async function personWhoWantsTexts(mobile: string, name: string) {
  const { agent, user } = await signedInAgent(t, ['participant'], { name, identities: ['public'] });
  const saved = await agent.submit('/account/access-needs', { contactMethod: 'text', mobile, share: 'yes' });
  assert.equal(saved.status, 303);
  return { agent, user };
}

describe('text messages about bookings', () => {
  test('a booker whose contact method is text message gets the confirmation by text through Notify, and the email too', async () => {
    const { agent, user } = await personWhoWantsTexts('07700 900 301', 'Tex Messager');
    const id = await buildEvent(t.ctx, { title: 'Talking about crisis care' });
    const { reference } = await bookSignedIn(agent, id);
    await deliverAll();

    const texts = notify.received.filter((r) => r.type === 'sms' && r.phone_number === '07700900301');
    assert.equal(texts.length, 1);
    assert.equal(texts[0]!.template_id, SMS_TEMPLATE_ID);
    const body = texts[0]!.personalisation!.body!;
    assert.match(body, /^Your place is booked: Talking about crisis care, /);
    assert.match(body, new RegExp(`Booking reference ${reference}\\.`));
    assert.ok(body.endsWith(`Details: ${t.ctx.config.baseUrl}/events/${id}`), body);
    assert.ok(!body.includes('secret-room'), 'the joining link is only in the email');

    const emails = notify.received.filter((r) => r.type === 'email' && r.email_address === user.email);
    assert.equal(emails.length, 1, 'the email as well');
    assert.equal(emails[0]!.template_id, EMAIL_TEMPLATE_ID);
    assert.equal(emails[0]!.personalisation!.subject, 'Booking confirmed: Talking about crisis care');
    assert.match(emails[0]!.personalisation!.body!, /Join online: https:\/\/meet\.example\.org\/secret-room/);
    assert.match(emails[0]!.personalisation!.body!, new RegExp(`Add it to your calendar: ${t.ctx.config.baseUrl}/events/${id}/calendar\\.ics`));

    const [message] = await t.ctx.outbox.find({ phone: '07700900301' });
    assert.deepEqual([message!.purpose, message!.status], ['event-booking-confirmed', 'sent']);
  });

  test('the reminder job sends the reminder by text as well as by email', async () => {
    const { agent, user } = await personWhoWantsTexts('+44 7700 900302', 'Remi Nder');
    const starts = new Date(Date.now() + 10 * 86400_000);
    const id = await buildEvent(t.ctx, { title: 'Peer support planning', starts_at: starts, ends_at: new Date(starts.getTime() + 3600_000) });
    const { reference } = await bookSignedIn(agent, id);
    const jobs = await t.ctx.jobs.find<{ bookingId: string }>(REMINDER_JOB);
    const bookingIds = jobs.map((j) => j.data.bookingId);
    let sent = false;
    for (const bookingId of bookingIds) sent = (await sendReminder(t.ctx, bookingId, new Date(starts.getTime() - 2 * 86400_000 + 60_000))) || sent;
    assert.ok(sent, 'the reminder was due');
    await deliverAll();

    const texts = notify.received.filter((r) => r.type === 'sms' && r.phone_number === '07700900302').map((r) => r.personalisation!.body!);
    assert.equal(texts.length, 2, 'confirmation, then reminder');
    assert.match(texts[1]!, /^Reminder: Peer support planning is on /);
    assert.match(texts[1]!, new RegExp(`Booking reference ${reference}\\. Details: .*/events/${id}$`));
    assert.deepEqual((await t.ctx.outbox.find({ to: user.email! })).map((m) => m.purpose), ['event-booking-confirmed', 'event-reminder'], 'the emails too');
  });

  test('a person without a mobile number (or who chose email) gets email only', async () => {
    const { agent: byEmail, user: emailUser } = await signedInAgent(t, ['participant'], { identities: ['public'] });
    await byEmail.submit('/account/access-needs', { contactMethod: 'email', share: 'yes' });
    const { agent: noMobile, user: textUser } = await signedInAgent(t, ['participant'], { identities: ['public'] });
    // chose text messages before Chorus asked for a mobile number
    await giveAccessNeeds(t.ctx, textUser.id, { contact_method: 'text' });
    const id = await buildEvent(t.ctx, { title: 'Email only please' });
    const textsBefore = (await t.ctx.outbox.find({ channel: 'sms' })).length;
    await bookSignedIn(byEmail, id);
    await bookSignedIn(noMobile, id);
    await deliverAll();
    assert.equal((await t.ctx.outbox.find({ channel: 'sms' })).length, textsBefore, 'no text message');
    for (const u of [emailUser, textUser]) {
      assert.deepEqual((await t.ctx.outbox.find({ to: u.email! })).map((m) => [m.purpose, m.status]), [['event-booking-confirmed', 'sent']]);
      assert.equal(notify.received.filter((r) => r.email_address === u.email).length, 1);
    }
  });

  test('a text Notify refuses is marked failed with a reason that has no number in it; the email still goes', async () => {
    const { agent, user } = await personWhoWantsTexts('07700 900 303', 'Refused Text');
    const id = await buildEvent(t.ctx, { title: 'Refused text' });
    await bookSignedIn(agent, id);
    const [text] = await t.ctx.outbox.find({ phone: '07700900303' });
    notify.refuseNext(400, { status_code: 400, errors: [{ error: 'ValidationError', message: 'phone_number 07700900303 is not allowed' }] });
    await assert.rejects(() => t.ctx.outbox.deliver(text!.id));
    await deliverAll();
    const failed = await t.ctx.outbox.get(text!.id);
    assert.equal(failed!.status, 'failed');
    assert.equal(failed!.last_error, 'GOV.UK Notify answered 400: ValidationError: phone_number … is not allowed');
    assert.equal((await t.ctx.outbox.find({ to: user.email! }))[0]!.status, 'sent');

    const { agent: admin } = await signedInAgent(t, ['participant', 'admin']);
    const page = await admin.get(`/admin/outbox/${text!.id}`);
    getByRole(page.document.body, 'heading', { name: 'Text message to 07700900303' });
    assert.match(page.document.body.textContent!, /What went wrong\s*GOV\.UK Notify answered 400/);
  });

  test('phone numbers never reach the logs', () => {
    const logs = t.logs.join('');
    for (const n of ['900301', '900302', '900303', '900 30']) assert.ok(!logs.includes(n), n);
  });
});
