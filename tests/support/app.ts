// The test app: a real Chorus app on a fresh database, driven through fastify inject by an Agent that keeps
// cookies and fills in forms the way a person would (it reads the form on the page, then submits it).
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { JSDOM } from 'jsdom';
import { loadConfig, type Config } from '../../src/config/index.ts';
import { buildApp, type BuildOptions } from '../../src/app/build-app.ts';
import { createContext, migrateAll } from '../../src/app/context.ts';
import { MODULES } from '../../src/app/modules.ts';
import type { Database } from '../../src/db/client.ts';
import type { AppContext } from '../../src/platform/module.ts';
import { testDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  db: Database;
  /** every log line the app wrote */
  logs: string[];
  close(): Promise<void>;
}

export async function buildTestApp(overrides: Partial<Config> = {}, options: Pick<BuildOptions, 'onRoute'> = {}): Promise<TestApp> {
  const db = await testDatabase();
  await migrateAll(db, MODULES);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }, overrides);
  const ctx = await createContext(config, db);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const app = await buildApp(ctx, MODULES, { logStream, ...options });
  await ctx.jobs.start({ work: false });
  await app.ready();
  return {
    app,
    ctx,
    db,
    logs,
    async close() {
      await app.close();
      await ctx.jobs.stop();
      await db.close();
    },
  };
}

export interface Page {
  status: number;
  headers: LightMyRequestResponse['headers'];
  body: string;
  /** the body as bytes (pictures, spreadsheets) */
  raw: Buffer;
  document: Document;
  location?: string;
}

export function parse(body: string): Document {
  return new JSDOM(body).window.document;
}

type Fields = Record<string, string | string[]>;

/** a file as a browser sends it: an empty filename and no data means "no file chosen" */
export interface UploadFile {
  filename: string;
  data: Buffer;
  type?: string;
}

let agents = 0;

export class Agent {
  readonly cookies = new Map<string, string>();
  last?: Page;
  /** each agent is a different person on a different address, as far as rate limits can tell */
  readonly remoteAddress: string;

  constructor(readonly app: FastifyInstance) {
    agents++;
    this.remoteAddress = `127.${(process.pid >> 8) & 255}.${process.pid & 255}.${agents % 250}`;
  }

  private remember(res: LightMyRequestResponse): Page {
    for (const c of res.cookies) {
      if (c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    let doc: Document | undefined;
    const page: Page = {
      status: res.statusCode,
      headers: res.headers,
      body: res.body,
      raw: res.rawPayload,
      get document() {
        doc ??= parse(res.body);
        return doc;
      },
      location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
    };
    this.last = page;
    return page;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string): Promise<Page> {
    const res = await this.app.inject({ method: 'GET', url, remoteAddress: this.remoteAddress, headers: { cookie: this.cookieHeader() } });
    return this.remember(res);
  }

  /** POSTs raw fields (no CSRF token unless given): for testing what the server accepts. */
  async postRaw(url: string, fields: Fields): Promise<Page> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    const res = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress: this.remoteAddress,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
    });
    return this.remember(res);
  }

  /**
   * Opens `pageUrl`, finds the form (the one whose submit button has this text or accessible label, or the only POST form),
   * keeps its hidden fields (such as the CSRF token), sets `fields`, and submits it.
   */
  async submit(pageUrl: string, fields: Fields, button?: string): Promise<Page> {
    const page = await this.get(pageUrl);
    if (page.status !== 200) throw new Error(`GET ${pageUrl} gave ${page.status}`);
    return this.submitOn(page, pageUrl, fields, button);
  }

  async submitOn(page: Page, pageUrl: string, fields: Fields, button?: string): Promise<Page> {
    const { action, hidden } = this.formOn(page, pageUrl, button);
    return this.postRaw(action, { ...hidden, ...fields });
  }

  /** like submit, for a form with a file input: sends multipart/form-data the way a browser does */
  async submitWithFiles(pageUrl: string, fields: Fields, files: Record<string, UploadFile>, button?: string): Promise<Page> {
    const page = await this.get(pageUrl);
    if (page.status !== 200) throw new Error(`GET ${pageUrl} gave ${page.status}`);
    const { action, hidden } = this.formOn(page, pageUrl, button);
    return this.postMultipart(action, { ...hidden, ...fields }, files);
  }

  async postMultipart(url: string, fields: Fields, files: Record<string, UploadFile>): Promise<Page> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
    for (const [k, f] of Object.entries(files)) form.append(k, new Blob([new Uint8Array(f.data)], { type: f.type ?? 'application/octet-stream' }), f.filename);
    const encoded = new Response(form);
    const res = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress: this.remoteAddress,
      headers: { cookie: this.cookieHeader(), 'content-type': encoded.headers.get('content-type')! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    return this.remember(res);
  }

  private formOn(page: Page, pageUrl: string, button?: string): { action: string; hidden: Fields } {
    const forms = [...page.document.querySelectorAll('form[method="post"]')];
    const form = button
      ? forms.find((f) => [...f.querySelectorAll('button')].some((b) => b.textContent?.trim() === button || b.getAttribute('aria-label') === button))
      : forms.length === 1
        ? forms[0]
        : forms.find((f) => !f.closest('header'));
    if (!form) throw new Error(`No form${button ? ` with a "${button}" button` : ''} on ${pageUrl}`);
    const hidden: Fields = {};
    for (const input of form.querySelectorAll('input[type="hidden"]')) hidden[(input as HTMLInputElement).name] = (input as HTMLInputElement).value;
    return { action: form.getAttribute('action') || pageUrl, hidden };
  }

  async follow(page: Page = this.last!): Promise<Page> {
    if (!page.location) throw new Error(`Expected a redirect, got ${page.status}`);
    return this.get(page.location);
  }
}

/** Captures the test app's output text of a page for error-message assertions. */
export function text(el: Element | Document | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
