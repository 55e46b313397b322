// The outbox sends through GOV.UK Notify's official client to a local server that speaks Notify's API and checks its
// token (tests/support/fake-notify.ts): emails with the email template, text messages with the text template, a
// refusal marked failed with a reason that names no one, then retried.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTestApp, type TestApp } from '../../../tests/support/app.ts';
import { EMAIL_TEMPLATE_ID, FAKE_SERVICE_ID, SMS_TEMPLATE_ID, checkToken, notifySettings, startFakeNotify, type FakeNotify } from '../../../tests/support/fake-notify.ts';
import { GovNotify, NotifyDeliveryError } from './gov-notify.ts';

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

const row = async (id: number) => (await t.ctx.outbox.get(id))!;

describe('email through GOV.UK Notify', () => {
  test('arrives at Notify with the email template, the address, ((subject)) and ((body)), and is marked sent with Notify\'s id', async () => {
    const id = await t.ctx.outbox.send({ to: 'sam@example.org', subject: 'Your booking', text: 'Hello Sam,\n\nSee you there.', purpose: 'test' });
    await t.ctx.outbox.deliver(id);
    const got = notify.received.filter((r) => r.email_address === 'sam@example.org');
    assert.equal(got.length, 1);
    assert.equal(got[0]!.type, 'email');
    assert.equal(got[0]!.template_id, EMAIL_TEMPLATE_ID);
    assert.deepEqual(got[0]!.personalisation, { subject: 'Your booking', body: 'Hello Sam,\n\nSee you there.' });
    assert.equal(got[0]!.reference, `outbox-${id}`, 'our reference, with no personal data in it');
    assert.equal(got[0]!.claims.iss, FAKE_SERVICE_ID, 'the token names the service and was signed with the secret key');
    const m = await row(id);
    assert.equal(m.status, 'sent');
    assert.equal(m.channel, 'email');
    assert.equal(m.attempts, 1);
    assert.equal(m.provider_id, got[0]!.id);
    assert.ok(m.sent_at instanceof Date);
  });

  test('Notify cannot attach files: an attachment with a link becomes a line with the link', async () => {
    const id = await t.ctx.outbox.send({
      to: 'cal@example.org',
      subject: 'Booked',
      text: 'Your place is booked.',
      purpose: 'test',
      attachments: [{ filename: 'event.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR', link: { text: 'Add it to your calendar', url: 'http://localhost:3000/events/1/calendar.ics' } }],
    });
    await t.ctx.outbox.deliver(id);
    const got = notify.received.find((r) => r.email_address === 'cal@example.org')!;
    assert.equal(got.personalisation!.body, 'Your place is booked.\n\nAdd it to your calendar: http://localhost:3000/events/1/calendar.ics');
  });
});

describe('text messages through GOV.UK Notify', () => {
  test('arrive at Notify with the text message template, the number and ((body)); the outbox says it was a text message', async () => {
    const id = await t.ctx.outbox.sendText({ phoneNumber: '07700900111', text: 'Your place is booked. Ref ABCD-EFGH', purpose: 'test' });
    await t.ctx.outbox.deliver(id);
    const got = notify.received.filter((r) => r.phone_number === '07700900111');
    assert.equal(got.length, 1);
    assert.equal(got[0]!.type, 'sms');
    assert.equal(got[0]!.template_id, SMS_TEMPLATE_ID);
    assert.deepEqual(got[0]!.personalisation, { body: 'Your place is booked. Ref ABCD-EFGH' });
    const m = await row(id);
    assert.deepEqual([m.status, m.channel, m.phone_number, m.to_address, m.provider_id], ['sent', 'sms', '07700900111', null, got[0]!.id]);
    assert.deepEqual((await t.ctx.outbox.find({ phone: '07700900111' })).map((x) => x.id), [id]);
    assert.equal((await t.ctx.outbox.find({ purpose: 'test' })).some((x) => x.id === id), false, 'find gives emails unless asked for text messages');
  });

  test('a refusal from Notify marks the message failed with a reason that names no one; pg-boss retries it and it is sent', async () => {
    const phone = '07700900222';
    notify.refuseNext(400, { status_code: 400, errors: [{ error: 'BadRequestError', message: `Can't send to this recipient using a team-only API key (${phone}, "07700 900222")` }] });
    const id = await t.ctx.outbox.sendText({ phoneNumber: phone, text: 'Reminder', purpose: 'test' });
    await assert.rejects(() => t.ctx.outbox.deliver(id), NotifyDeliveryError, 'the error is raised so pg-boss retries it');
    const failed = await row(id);
    assert.equal(failed.status, 'failed');
    assert.equal(failed.attempts, 1);
    assert.match(failed.last_error!, /^GOV\.UK Notify answered 400: BadRequestError: Can/);
    assert.match(failed.last_error!, /team-only API key/);
    assert.ok(!failed.last_error!.includes('900222'), `no phone number in "${failed.last_error}"`);
    assert.equal(notify.received.filter((r) => r.phone_number === phone).length, 0);

    await t.ctx.outbox.deliver(id);
    const sent = await row(id);
    assert.deepEqual([sent.status, sent.attempts, sent.last_error], ['sent', 2, null]);
    assert.equal(notify.received.filter((r) => r.phone_number === phone).length, 1);
  });

  test('an email Notify refuses (a server error) is failed the same way, without the address', async () => {
    notify.refuseNext(500, { status_code: 500, errors: [{ error: 'Exception', message: 'Internal server error for fail@example.org' }] });
    const id = await t.ctx.outbox.send({ to: 'fail@example.org', subject: 'Hello', text: 'Body', purpose: 'test' });
    await assert.rejects(() => t.ctx.outbox.deliver(id));
    const m = await row(id);
    assert.equal(m.status, 'failed');
    assert.equal(m.last_error, 'GOV.UK Notify answered 500: Exception: Internal server error for …');
  });

  test('phone numbers never reach the logs', () => {
    const logs = t.logs.join('');
    for (const n of ['07700900111', '07700900222', '900222']) assert.ok(!logs.includes(n), n);
  });
});

describe('the token the client sends', () => {
  test('is checked: a key with the wrong secret is refused by Notify (403) and nothing is sent', async () => {
    const wrong = new GovNotify({ apiKey: `chorus_test-${FAKE_SERVICE_ID}-00000000-0000-4000-8000-000000000000`, baseUrl: notify.baseUrl, smsTemplateId: SMS_TEMPLATE_ID });
    const before = notify.received.length;
    await assert.rejects(() => wrong.textMessage('07700900333', 'Hello', 'outbox-0'), (err: Error) => {
      assert.equal(err.message, 'GOV.UK Notify answered 403: AuthError: Invalid token: signature, api token not found');
      return true;
    });
    assert.equal(notify.received.length, before);
    assert.deepEqual(notify.refused.at(-1), { path: '/v2/notifications/sms', status: 403 });
    assert.ok('reason' in checkToken('Bearer a.b.c'), 'a token that is not a signed JWT is refused');
  });

  test('Notify out of reach is a failure that says so', async () => {
    const gone = await startFakeNotify();
    await gone.close();
    const client = new GovNotify({ apiKey: `chorus_test-${FAKE_SERVICE_ID}-00000000-0000-4000-8000-000000000000`, baseUrl: gone.baseUrl, emailTemplateId: EMAIL_TEMPLATE_ID });
    await assert.rejects(() => client.email('x@example.org', 'S', 'B', 'outbox-0'), /^NotifyDeliveryError: GOV\.UK Notify could not be reached \(ECONNREFUSED\)$/);
  });
});

describe('without a text message template', () => {
  test('email goes through Notify and text messages are kept for the admin outbox', async () => {
    const only = await buildTestApp(notifySettings(notify, { email: true }));
    try {
      assert.deepEqual(only.ctx.outbox.deliveries, { email: 'notify', sms: 'stored' });
      const id = await only.ctx.outbox.sendText({ phoneNumber: '07700900444', text: 'Kept', purpose: 'test' });
      await only.ctx.outbox.deliver(id);
      assert.equal((await only.ctx.outbox.get(id))!.status, 'stored');
      assert.equal(notify.received.some((r) => r.phone_number === '07700900444'), false);
    } finally {
      await only.close();
    }
  });
});
