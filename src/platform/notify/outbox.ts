// Email and text messages go through an outbox: every message is written to outbox_messages, then a pg-boss job
// delivers it. Email: through GOV.UK Notify when NOTIFY_API_KEY and NOTIFY_EMAIL_TEMPLATE_ID are set, else with
// nodemailer when SMTP_URL is set, else it is kept as "stored" and shown at /admin/outbox, so a demo works with no
// mail server. Text messages: through Notify when NOTIFY_SMS_TEMPLATE_ID is set, else kept as "stored". Failed sends
// are marked failed with a reason (no address, phone number or quoted value in it) and retried by pg-boss with back-off.
// Phone numbers are never logged: they are only in outbox_messages (for /admin/outbox) and sent to Notify.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Queryable } from '../../db/client.ts';
import type { Jobs } from '../jobs/index.ts';
import { keysetSql, type Keyset } from '../http/pagination.ts';
import { scrub } from '../errors/log.ts';
import { GovNotify, withoutContactDetails, type NotifyOptions } from './gov-notify.ts';

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
  /**
   * Where the person can get the same file, for a delivery that cannot attach files (GOV.UK Notify): the email then
   * ends with "text: url" instead, e.g. "Add it to your calendar: https://…/calendar.ics".
   */
  link?: { text: string; url: string };
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** why we sent it, e.g. "sign-in-link" (shown in the admin outbox, useful for tests) */
  purpose: string;
  attachments?: Attachment[];
}

/** A text message (SMS). Keep it short: one text is 160 characters, and a long one costs more. */
export interface OutgoingTextMessage {
  /** a UK mobile number (GOV.UK Notify accepts 07700 900982, +44 7700 900982 and the like) */
  phoneNumber: string;
  text: string;
  purpose: string;
}

export type Channel = 'email' | 'sms';

export interface OutboxMessage {
  id: number;
  channel: Channel;
  /** the email address (email only) */
  to_address: string | null;
  /** the mobile number (text messages only) */
  phone_number: string | null;
  /** empty for a text message */
  subject: string;
  body_text: string;
  purpose: string;
  status: string;
  attempts: number;
  attachments: Attachment[];
  last_error: string | null;
  /** the id GOV.UK Notify gave the message */
  provider_id: string | null;
  created_at: Date;
  sent_at: Date | null;
}

export const DELIVER_JOB = 'outbox.deliver';
const RETRY_LIMIT = 5;

export class Outbox {
  private transport?: Transporter;
  private readonly notify?: GovNotify;

  constructor(
    private readonly db: Queryable,
    private readonly jobs: Jobs,
    private readonly options: { smtpUrl?: string; mailFrom: string; notify?: NotifyOptions },
  ) {
    if (options.notify) this.notify = new GovNotify(options.notify);
    jobs.define<{ id: number }>({ name: DELIVER_JOB, retryLimit: RETRY_LIMIT, handle: (data) => this.deliver(data.id) });
  }

  /** How each channel is delivered, for the admin outbox page. */
  get deliveries(): { email: 'notify' | 'smtp' | 'stored'; sms: 'notify' | 'stored' } {
    return {
      email: this.notify?.sendsEmail ? 'notify' : this.options.smtpUrl ? 'smtp' : 'stored',
      sms: this.notify?.sendsTextMessages ? 'notify' : 'stored',
    };
  }

  /** Records the message and queues its delivery. Call after the surrounding transaction has committed. */
  async send(email: OutgoingEmail): Promise<number> {
    const { rows } = await this.db.query<{ id: number }>(
      'INSERT INTO outbox_messages (to_address, subject, body_text, purpose, attachments) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [email.to, email.subject, email.text, email.purpose, JSON.stringify(email.attachments ?? [])],
    );
    const id = rows[0]!.id;
    await this.jobs.send(DELIVER_JOB, { id });
    return id;
  }

  /** Records a text message and queues its delivery. Call after the surrounding transaction has committed. */
  async sendText(message: OutgoingTextMessage): Promise<number> {
    const { rows } = await this.db.query<{ id: number }>(
      `INSERT INTO outbox_messages (channel, phone_number, subject, body_text, purpose) VALUES ('sms', $1, '', $2, $3) RETURNING id`,
      [message.phoneNumber, message.text, message.purpose],
    );
    const id = rows[0]!.id;
    await this.jobs.send(DELIVER_JOB, { id });
    return id;
  }

  async deliver(id: number): Promise<void> {
    const { rows } = await this.db.query<OutboxMessage>(`SELECT * FROM outbox_messages WHERE id = $1 AND status IN ('queued', 'failed')`, [id]);
    const message = rows[0];
    if (!message) return;
    const how = this.deliveries[message.channel];
    if (how === 'stored') {
      await this.db.query(`UPDATE outbox_messages SET status = 'stored', attempts = attempts + 1 WHERE id = $1`, [id]);
      return;
    }
    try {
      let providerId: string | null = null;
      const reference = `outbox-${message.id}`;
      if (message.channel === 'sms') {
        providerId = await this.notify!.textMessage(message.phone_number!, message.body_text, reference);
      } else if (how === 'notify') {
        const links = message.attachments.filter((a) => a.link).map((a) => `${a.link!.text}: ${a.link!.url}`);
        providerId = await this.notify!.email(message.to_address!, message.subject, [message.body_text, ...links].join('\n\n'), reference);
      } else {
        this.transport ??= nodemailer.createTransport(this.options.smtpUrl!);
        await this.transport.sendMail({
          from: this.options.mailFrom,
          to: message.to_address!,
          subject: message.subject,
          text: message.body_text,
          attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
        });
      }
      await this.db.query(`UPDATE outbox_messages SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL, provider_id = $2 WHERE id = $1`, [id, providerId]);
    } catch (err) {
      // kept for /admin/outbox: quoted values, addresses and phone numbers are taken out of it
      const reason = err instanceof Error ? withoutContactDetails(scrub(err.message), message.to_address ?? message.phone_number ?? '').slice(0, 500) : 'unknown error';
      await this.db.query(`UPDATE outbox_messages SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, reason]);
      throw err;
    }
  }

  async list(limit = 100): Promise<OutboxMessage[]> {
    const { rows } = await this.db.query<OutboxMessage>('SELECT * FROM outbox_messages ORDER BY id DESC LIMIT $1', [limit]);
    return rows;
  }

  /** One page of messages by id, newest first, plus one to tell whether there are more (keysetPage() makes the links). */
  async page(ks: Keyset): Promise<OutboxMessage[]> {
    const q = keysetSql(ks);
    const { rows } = await this.db.query<OutboxMessage>(`SELECT * FROM outbox_messages WHERE ${q.where} ORDER BY ${q.order} LIMIT ${q.limit}`, q.params);
    return rows;
  }

  /**
   * Messages to one address or phone number and/or for one purpose, oldest first (for tests: modules never read
   * outbox_messages). Emails unless `phone` or `channel: 'sms'` is given.
   */
  async find(where: { to?: string; phone?: string; purpose?: string; channel?: Channel }): Promise<OutboxMessage[]> {
    const channel = where.channel ?? (where.phone ? 'sms' : 'email');
    const { rows } = await this.db.query<OutboxMessage>(
      `SELECT * FROM outbox_messages WHERE channel = $1 AND ($2::text IS NULL OR to_address = $2) AND ($3::text IS NULL OR phone_number = $3)
         AND ($4::text IS NULL OR purpose = $4) ORDER BY id`,
      [channel, where.to ?? null, where.phone ?? null, where.purpose ?? null],
    );
    return rows;
  }

  async get(id: number): Promise<OutboxMessage | undefined> {
    const { rows } = await this.db.query<OutboxMessage>('SELECT * FROM outbox_messages WHERE id = $1', [id]);
    return rows[0];
  }
}

/** Erases every text message to this number (when the person deletes their account); a queued one is then never sent. */
export async function forgetPhoneNumber(db: Queryable, phoneNumber: string): Promise<void> {
  await db.query(`DELETE FROM outbox_messages WHERE channel = 'sms' AND phone_number = $1`, [phoneNumber]);
}
