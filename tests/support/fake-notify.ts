// A local HTTP server that speaks the part of GOV.UK Notify's API that Chorus uses, for tests: POST
// /v2/notifications/email and /v2/notifications/sms. Like Notify it checks the bearer token (a JWT signed HS256 with
// the API key's secret, whose iss is the service ID and whose iat is recent) and the request body, and answers with
// Notify's JSON: 201 with the notification, or Notify's error shape (403 AuthError, 400 ValidationError). A test can
// make it refuse the next requests with any status and error body, to see a failure recorded and retried.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
export const FAKE_SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
/** an API key as Notify issues one: {key name}-{service ID}-{secret key} */
export const FAKE_API_KEY = `chorus_test-${FAKE_SERVICE_ID}-${FAKE_SECRET}`;
export const EMAIL_TEMPLATE_ID = '0b6a8e4c-2f7d-4a53-9d1e-5f2e0c6b9a11';
export const SMS_TEMPLATE_ID = '7c1d2e3f-4a5b-4c6d-8e7f-901234567890';

export interface Received {
  id: string;
  type: 'email' | 'sms';
  template_id: string;
  email_address?: string;
  phone_number?: string;
  personalisation?: Record<string, string>;
  reference?: string;
  /** the JWT's claims, after its signature was checked */
  claims: { iss: string; iat: number };
}

interface Refusal {
  status: number;
  body: unknown;
}

export interface FakeNotify {
  baseUrl: string;
  /** notifications accepted, oldest first */
  received: Received[];
  /** requests turned away (bad token, bad body or a refusal), with the status given */
  refused: { path: string; status: number }[];
  /** answer the next `times` sending requests with this status and body instead of sending */
  refuseNext(status: number, body: unknown, times?: number): void;
  close(): Promise<void>;
}

const error = (status: number, name: string, message: string) => ({ status_code: status, errors: [{ error: name, message }] });

function base64url(buf: Buffer): string {
  return buf.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** Checks a Notify API token the way Notify does; returns its claims or why it is refused. */
export function checkToken(header: string | undefined, serviceId = FAKE_SERVICE_ID, secret = FAKE_SECRET): { claims: Received['claims'] } | { reason: string } {
  const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!m) return { reason: 'Unauthorized: authentication token must be provided' };
  const [, h, p, sig] = m as unknown as [string, string, string, string];
  const json = <T>(part: string): T | undefined => {
    try {
      return JSON.parse(Buffer.from(part, 'base64url').toString()) as T;
    } catch {
      return undefined;
    }
  };
  const head = json<{ alg?: string; typ?: string }>(h);
  if (!head) return { reason: 'Invalid token: not a JWT' };
  if (head.alg !== 'HS256' || head.typ !== 'JWT') return { reason: 'Invalid token: algorithm used is not HS256' };
  const expected = Buffer.from(base64url(createHmac('sha256', secret).update(`${h}.${p}`).digest()));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { reason: 'Invalid token: signature, api token not found' };
  const claims = json<Received['claims']>(p);
  if (!claims) return { reason: 'Invalid token: not a JWT' };
  if (claims.iss !== serviceId) return { reason: 'Invalid token: service not found' };
  if (typeof claims.iat !== 'number' || Math.abs(Date.now() / 1000 - claims.iat) > 30) return { reason: 'Error: Your system clock must be accurate to within 30 seconds' };
  return { claims };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let raw = '';
  for await (const chunk of req) raw += String(chunk);
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function startFakeNotify(): Promise<FakeNotify> {
  const received: Received[] = [];
  const refused: FakeNotify['refused'] = [];
  const refusals: Refusal[] = [];
  const send = (res: ServerResponse, path: string, status: number, body: unknown) => {
    if (status >= 400) refused.push({ path, status });
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const path = req.url ?? '';
    const type = path === '/v2/notifications/email' ? 'email' : path === '/v2/notifications/sms' ? 'sms' : undefined;
    if (req.method !== 'POST' || !type) return send(res, path, 404, error(404, 'NoResultFound', 'Not found'));
    const token = checkToken(req.headers.authorization);
    if ('reason' in token) return send(res, path, 403, error(403, 'AuthError', token.reason));
    const body = await readJson(req);
    if (!body) return send(res, path, 400, error(400, 'ValidationError', 'Invalid JSON supplied in POST data'));
    const refusal = refusals.shift();
    if (refusal) return send(res, path, refusal.status, refusal.body);
    const to = type === 'email' ? body.email_address : body.phone_number;
    if (typeof body.template_id !== 'string') return send(res, path, 400, error(400, 'ValidationError', 'template_id is a required property'));
    if (typeof to !== 'string') return send(res, path, 400, error(400, 'ValidationError', `${type === 'email' ? 'email_address' : 'phone_number'} is a required property`));
    const id = randomUUID();
    received.push({
      id,
      type,
      template_id: body.template_id,
      ...(type === 'email' ? { email_address: to } : { phone_number: to }),
      personalisation: body.personalisation as Record<string, string> | undefined,
      reference: body.reference as string | undefined,
      claims: token.claims,
    });
    const p = (body.personalisation ?? {}) as Record<string, string>;
    const template = { id: body.template_id, version: 1, uri: `${baseUrl}/v2/template/${body.template_id}` };
    send(res, path, 201, {
      id,
      reference: body.reference ?? null,
      content: type === 'email' ? { subject: p.subject ?? '', body: p.body ?? '', from_email: 'chorus@notifications.service.gov.uk', one_click_unsubscribe_url: null } : { body: p.body ?? '', from_number: 'Chorus' },
      uri: `${baseUrl}/v2/notifications/${id}`,
      template,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    received,
    refused,
    refuseNext(status, body, times = 1) {
      for (let i = 0; i < times; i++) refusals.push({ status, body });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The settings that send through the fake server (as NOTIFY_* would). */
export function notifySettings(fake: FakeNotify, templates: { email?: boolean; sms?: boolean } = { email: true, sms: true }) {
  return {
    notifyApiKey: FAKE_API_KEY,
    notifyBaseUrl: fake.baseUrl,
    notifyEmailTemplateId: templates.email ? EMAIL_TEMPLATE_ID : undefined,
    notifySmsTemplateId: templates.sms ? SMS_TEMPLATE_ID : undefined,
  };
}
