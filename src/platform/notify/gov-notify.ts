// Delivery through GOV.UK Notify with its official client (notifications-node-client, decision 0010). Chorus writes
// its own words, so Notify needs one generic template per channel: an email template whose subject is ((subject)) and
// whose message is ((body)), and a text message template whose message is ((body)) (docs/notify.md).
// A failure becomes a NotifyDeliveryError whose message says what Notify answered, without the address, the phone
// number or anything quoted: the client's own error carries the request (API token, recipient) and must not be kept.
import notifications from 'notifications-node-client';
import { scrub } from '../errors/log.ts';

const { NotifyClient } = notifications;

export interface NotifyOptions {
  apiKey: string;
  /** Notify's API address; unset: GOV.UK Notify itself */
  baseUrl?: string;
  emailTemplateId?: string;
  smsTemplateId?: string;
}

export class NotifyDeliveryError extends Error {
  override name = 'NotifyDeliveryError';
}

interface NotifyErrorBody {
  status_code?: number;
  errors?: { error?: string; message?: string }[];
}

export class GovNotify {
  private readonly client: InstanceType<typeof NotifyClient>;

  constructor(private readonly options: NotifyOptions) {
    this.client = options.baseUrl ? new NotifyClient(options.baseUrl, options.apiKey) : new NotifyClient(options.apiKey);
  }

  get sendsEmail(): boolean {
    return Boolean(this.options.emailTemplateId);
  }

  get sendsTextMessages(): boolean {
    return Boolean(this.options.smsTemplateId);
  }

  /** Sends an email; returns Notify's id for it. `reference` is ours (no personal data), shown in Notify's records. */
  async email(to: string, subject: string, body: string, reference: string): Promise<string> {
    try {
      const res = await this.client.sendEmail(this.options.emailTemplateId!, to, { personalisation: { subject, body }, reference });
      return res.data.id;
    } catch (err) {
      throw new NotifyDeliveryError(reasonFrom(err, to));
    }
  }

  /** Sends a text message; returns Notify's id for it. */
  async textMessage(phoneNumber: string, body: string, reference: string): Promise<string> {
    try {
      const res = await this.client.sendSms(this.options.smsTemplateId!, phoneNumber, { personalisation: { body }, reference });
      return res.data.id;
    } catch (err) {
      throw new NotifyDeliveryError(reasonFrom(err, phoneNumber));
    }
  }
}

/** What went wrong, fit to store and show: Notify's status and error messages, with contact details and quoted values removed. */
export function reasonFrom(err: unknown, recipient: string): string {
  const response = (err as { response?: { status?: number; data?: unknown } } | undefined)?.response;
  let text: string;
  if (response) {
    const body = (typeof response.data === 'object' && response.data ? response.data : {}) as NotifyErrorBody;
    const details = Array.isArray(body.errors) ? body.errors.map((e) => `${e.error ?? 'Error'}: ${e.message ?? ''}`).join('; ') : '';
    text = `GOV.UK Notify answered ${response.status ?? 'with an error'}${details ? `: ${details}` : ''}`;
  } else {
    const code = (err as { code?: unknown } | undefined)?.code;
    text = `GOV.UK Notify could not be reached${typeof code === 'string' ? ` (${code})` : ''}`;
  }
  return withoutContactDetails(scrub(text), recipient).slice(0, 500);
}

/** Removes the recipient, anything like an email address and any run of digits long enough to be a phone number. */
export function withoutContactDetails(text: string, recipient = ''): string {
  let out = recipient ? text.split(recipient).join('…') : text;
  out = out.replace(/[^\s@]+@[^\s@]+/g, '…');
  return out.replace(/\+?\d[\d\s().-]{7,}\d/g, '…');
}
