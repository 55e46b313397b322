// Email goes through an outbox: every message is written to outbox_messages, then a pg-boss job delivers it.
// With SMTP_URL set the job sends it with nodemailer; without, it is kept as "stored" and shown at /admin/outbox,
// so a demo works with no mail server. Failed sends are retried by pg-boss with back-off.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Queryable } from '../../db/client.ts';
import type { Jobs } from '../jobs/index.ts';
import { keysetSql, type Keyset } from '../http/pagination.ts';

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** why we sent it, e.g. "sign-in-link" (shown in the admin outbox, useful for tests) */
  purpose: string;
  attachments?: Attachment[];
}

export interface OutboxMessage {
  id: number;
  to_address: string;
  subject: string;
  body_text: string;
  purpose: string;
  status: string;
  attempts: number;
  attachments: Attachment[];
  created_at: Date;
  sent_at: Date | null;
}

export const DELIVER_JOB = 'outbox.deliver';
const RETRY_LIMIT = 5;

export class Outbox {
  private transport?: Transporter;

  constructor(
    private readonly db: Queryable,
    private readonly jobs: Jobs,
    private readonly options: { smtpUrl?: string; mailFrom: string },
  ) {
    jobs.define<{ id: number }>({ name: DELIVER_JOB, retryLimit: RETRY_LIMIT, handle: (data) => this.deliver(data.id) });
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

  async deliver(id: number): Promise<void> {
    const { rows } = await this.db.query<OutboxMessage>(`SELECT * FROM outbox_messages WHERE id = $1 AND status IN ('queued', 'failed')`, [id]);
    const message = rows[0];
    if (!message) return;
    if (!this.options.smtpUrl) {
      await this.db.query(`UPDATE outbox_messages SET status = 'stored', attempts = attempts + 1 WHERE id = $1`, [id]);
      return;
    }
    try {
      this.transport ??= nodemailer.createTransport(this.options.smtpUrl);
      await this.transport.sendMail({
        from: this.options.mailFrom,
        to: message.to_address,
        subject: message.subject,
        text: message.body_text,
        attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      await this.db.query(`UPDATE outbox_messages SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
    } catch (err) {
      const reason = err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
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

  /** Messages to one address and/or for one purpose, oldest first (for tests: modules never read outbox_messages). */
  async find(where: { to?: string; purpose?: string }): Promise<OutboxMessage[]> {
    const { rows } = await this.db.query<OutboxMessage>(
      'SELECT * FROM outbox_messages WHERE ($1::text IS NULL OR to_address = $1) AND ($2::text IS NULL OR purpose = $2) ORDER BY id',
      [where.to ?? null, where.purpose ?? null],
    );
    return rows;
  }

  async get(id: number): Promise<OutboxMessage | undefined> {
    const { rows } = await this.db.query<OutboxMessage>('SELECT * FROM outbox_messages WHERE id = $1', [id]);
    return rows[0];
  }
}
