// The admin outbox shows emails and text messages: which is which, who to, and how each channel is delivered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole, within } from '@testing-library/dom';
import { buildTestApp, text, type TestApp } from '../../../../tests/support/app.ts';
import { signedInAgent } from '../../../../tests/support/sign-in.ts';
import { notifySettings, startFakeNotify, type FakeNotify } from '../../../../tests/support/fake-notify.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

const rowOf = (doc: Document, name: string) => {
  const link = within(getByRole(doc.body, 'table')).getByRole('link', { name });
  return getAllByRole(link.closest('tr') as HTMLElement, 'cell').map((c) => text(c));
};

describe('the admin outbox, emails and text messages', () => {
  test('lists both, says which is which and who each went to; a text message opens on its own page', async () => {
    await t.ctx.outbox.send({ to: 'both@example.org', subject: 'Booking confirmed: Both channels', text: 'Hello', purpose: 'event-booking-confirmed' });
    const smsId = await t.ctx.outbox.sendText({ phoneNumber: '07700900501', text: 'Your place is booked: Both channels. Booking reference ABCD-EFGH. Details: http://localhost:3000/events/1', purpose: 'event-booking-confirmed' });
    await t.ctx.outbox.deliver(smsId);
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const list = await agent.get('/admin/outbox');
    assert.equal(list.status, 200);
    getByRole(list.document.body, 'heading', { level: 1, name: 'Outbox: emails and text messages' });
    assert.match(text(list.document.querySelector('main')), /GOV\.UK Notify is not set up for text messages \(NOTIFY_SMS_TEMPLATE_ID\), so they are kept here/);
    const header = within(getByRole(list.document.body, 'table')).getAllByRole('columnheader').map((h) => text(h));
    assert.deepEqual(header, ['Created', 'Type', 'To', 'Subject or message', 'Status']);
    assert.deepEqual(rowOf(list.document, 'Booking confirmed: Both channels').slice(1), ['Email', 'both@example.org', 'Booking confirmed: Both channels', 'queued']);
    const smsRow = rowOf(list.document, 'Your place is booked: Both channels. Booking reference…');
    assert.deepEqual(smsRow.slice(1), ['Text message', '07700900501', 'Your place is booked: Both channels. Booking reference…', 'stored']);

    const link = within(getByRole(list.document.body, 'table')).getByRole('link', { name: /^Your place is booked: Both channels/ });
    const page = await agent.get(link.getAttribute('href')!);
    assert.equal(page.status, 200);
    getByRole(page.document.body, 'heading', { level: 1, name: 'Text message to 07700900501' });
    const body = text(page.document.querySelector('main'));
    assert.match(body, /Type\s*Text message/);
    assert.doesNotMatch(body, /Attachments/, 'text messages have none');
    assert.equal(within(page.document.querySelector('pre')!).getByRole('link').getAttribute('href'), 'http://localhost:3000/events/1');
  });
});

describe('with GOV.UK Notify set up', () => {
  let notify: FakeNotify;
  let n: TestApp;
  before(async () => {
    notify = await startFakeNotify();
    n = await buildTestApp(notifySettings(notify));
  });
  after(async () => {
    await n.close();
    await notify.close();
  });

  test('the outbox says emails and text messages are sent by GOV.UK Notify, and shows Notify\'s id for a sent message', async () => {
    const id = await n.ctx.outbox.send({ to: 'sent@example.org', subject: 'Sent by Notify', text: 'Hello', purpose: 'test' });
    await n.ctx.outbox.deliver(id);
    const { agent } = await signedInAgent(n, ['participant', 'admin']);
    const list = await agent.get('/admin/outbox');
    const main = text(list.document.querySelector('main'));
    assert.match(main, /Emails are sent by GOV\.UK Notify/);
    assert.match(main, /Text messages are sent by GOV\.UK Notify/);
    const page = await agent.get(`/admin/outbox/${id}`);
    assert.match(text(page.document.querySelector('main')), new RegExp(`GOV\\.UK Notify ID\\s*${notify.received[0]!.id}`));
  });
});
