import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { buildTestApp, type TestApp } from '../../../tests/support/app.ts';

// A real SMTP server on this machine: it accepts mail for anyone except refuse@example.org.
const received: { to: string[]; raw: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(address, _session, cb) {
    cb(address.address === 'refuse@example.org' ? new Error('Mailbox unavailable') : undefined);
  },
  onData(stream, session, cb) {
    let raw = '';
    stream.on('data', (c: Buffer) => (raw += c.toString()));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      cb();
    });
  },
  logger: false,
});

let t: TestApp;
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  t = await buildTestApp({ smtpUrl: `smtp://127.0.0.1:${port}` });
});
after(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('with SMTP_URL set, a message is sent with its attachment and marked sent', async () => {
  const id = await t.ctx.outbox.send({
    to: 'person@example.org',
    subject: 'Your booking',
    text: 'See you there',
    purpose: 'test',
    attachments: [{ filename: 'event.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
  });
  await t.ctx.outbox.deliver(id);
  const { rows } = await t.db.query<{ status: string; attempts: number; sent_at: Date | null }>('SELECT status, attempts, sent_at FROM outbox_messages WHERE id = $1', [id]);
  assert.equal(rows[0]!.status, 'sent');
  assert.equal(rows[0]!.attempts, 1);
  assert.ok(rows[0]!.sent_at instanceof Date);
  const mail = received.find((m) => m.to.includes('person@example.org'));
  assert.ok(mail);
  assert.match(mail.raw, /Subject: Your booking/);
  assert.match(mail.raw, /filename=event\.ics/);
});

test('a refused message is marked failed and the error is raised so pg-boss retries it', async () => {
  const id = await t.ctx.outbox.send({ to: 'refuse@example.org', subject: 'Hello', text: 'Body', purpose: 'test' });
  await assert.rejects(() => t.ctx.outbox.deliver(id));
  const { rows } = await t.db.query<{ status: string; attempts: number; last_error: string }>('SELECT status, attempts, last_error FROM outbox_messages WHERE id = $1', [id]);
  assert.equal(rows[0]!.status, 'failed');
  assert.equal(rows[0]!.attempts, 1);
  assert.match(rows[0]!.last_error, /Mailbox unavailable/);
  await assert.rejects(() => t.ctx.outbox.deliver(id));
  const again = await t.db.query<{ attempts: number }>('SELECT attempts FROM outbox_messages WHERE id = $1', [id]);
  assert.equal(again.rows[0]!.attempts, 2, 'a retry tries again');
});
