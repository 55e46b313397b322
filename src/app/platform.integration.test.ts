import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAllByRole, getByRole } from '@testing-library/dom';
import { Agent, buildTestApp, text, type TestApp } from '../../tests/support/app.ts';
import { signedInAgent } from '../../tests/support/sign-in.ts';
import { buildStylesheet } from './assets.ts';
import { userIdForEmail } from '../modules/accounts/api.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  // A route that fails, to see what a person is shown when something breaks.
});
after(() => t.close());

const PUBLIC_PAGES = ['/', '/help', '/sign-in', '/sign-up', '/sign-in/password', '/sign-in/check-email', '/accessibility', '/privacy', '/cookies', '/contact', '/signed-out', '/no-such-page'];

describe('every page', () => {
  test('has the NHS layout, the service name, a "Get help now" link first in the header, and the footer links', async () => {
    for (const url of PUBLIC_PAGES) {
      const page = await new Agent(t.app).get(url);
      const doc = page.document;
      const banner = getByRole(doc.body, 'banner');
      assert.match(text(banner), /Chorus/, url);
      const helpNav = getByRole(banner, 'navigation', { name: 'Help and account' });
      const firstLink = helpNav.querySelector('a');
      assert.equal(text(firstLink), 'Get help now', `${url}: help is in the same place on every page`);
      assert.equal(firstLink?.getAttribute('href'), '/help');
      const footer = getByRole(doc.body, 'contentinfo');
      for (const name of ['Accessibility statement', 'Privacy notice', 'Cookies']) getByRole(footer, 'link', { name });
      assert.equal(getAllByRole(doc.body, 'heading', { level: 1 }).length, 1, `${url} has one h1`);
      assert.ok(doc.title.endsWith('– Chorus'), url);
    }
  });

  test('loads nothing from another host', async () => {
    const page = await new Agent(t.app).get('/');
    for (const el of page.document.querySelectorAll('script[src], link[href], img[src]')) {
      const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      assert.ok(ref.startsWith('/'), `${ref} is served locally`);
    }
    assert.doesNotMatch(buildStylesheet(), /url\(https?:/);
    const css = await new Agent(t.app).get('/assets/chorus.css');
    assert.equal(css.status, 200);
    const js = await new Agent(t.app).get('/nhsuk/nhsuk-frontend.min.js');
    assert.equal(js.status, 200);
  });
});

describe('Get help now', () => {
  test('shows 999, NHS 111 option 2, Samaritans and Shout with NHS care cards', async () => {
    const page = await new Agent(t.app).get('/help');
    const body = page.document.body;
    // the NHS care cards' headings say how urgent they are to screen reader users too
    getByRole(body, 'heading', { name: /^Immediate action required: ?Call 999 or go to A&E now if:/ });
    getByRole(body, 'heading', { name: /^Urgent advice: ?Call NHS 111 and select the mental health option \(option 2\) if:/ });
    assert.match(text(body), /Samaritans: call free on 116 123/);
    assert.match(text(body), /text "SHOUT" to 85258/);
  });

  test('an admin sets the local crisis line and it appears on the help page', async () => {
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const res = await agent.submit('/admin/settings/crisis-line', { name: 'Leicestershire Mental Health Central Access Point', phone: '0808 800 3302', hours: '24 hours a day', description: 'For anyone in Leicester, Leicestershire and Rutland' });
    assert.equal(res.status, 303);
    const help = await new Agent(t.app).get('/help');
    getByRole(help.document.body, 'heading', { name: 'Local crisis line' });
    assert.match(text(help.document.body), /Leicestershire Mental Health Central Access Point: call 0808 800 3302 \(24 hours a day\)/);
  });
});

describe('security', () => {
  test('a POST without the CSRF token, or with a wrong one, gets the 403 page and changes nothing', async () => {
    const agent = new Agent(t.app);
    await agent.get('/sign-up');
    const missing = await agent.postRaw('/sign-up', { name: 'Mallory', email: 'mallory@example.org', privacy: 'yes' });
    assert.equal(missing.status, 403);
    getByRole(missing.document.body, 'heading', { name: 'You do not have permission to see this page' });
    const wrong = await agent.postRaw('/sign-up', { _csrf: 'x'.repeat(43), name: 'Mallory', email: 'mallory@example.org', privacy: 'yes' });
    assert.equal(wrong.status, 403);
    const other = new Agent(t.app);
    const stolen = (await other.get('/sign-up')).document.querySelector('input[name="_csrf"]') as HTMLInputElement;
    const crossSession = await agent.postRaw('/sign-up', { _csrf: stolen.value, name: 'Mallory', email: 'mallory@example.org', privacy: 'yes' });
    assert.equal(crossSession.status, 403, "another session's token is refused");
    assert.equal(await userIdForEmail(t.db, 'mallory@example.org'), undefined);
  });

  test('a strict Content-Security-Policy with a per-request nonce; every inline script carries it', async () => {
    const a = await new Agent(t.app).get('/');
    const b = await new Agent(t.app).get('/');
    const csp = String(a.headers['content-security-policy']);
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.notEqual(nonce, /nonce-([^']+)/.exec(String(b.headers['content-security-policy']))?.[1], 'a new nonce per request');
    for (const s of a.document.querySelectorAll('script')) assert.equal(s.getAttribute('nonce'), nonce);
    assert.equal(a.headers['x-content-type-options'], 'nosniff');
    assert.ok(a.headers['x-frame-options']);
  });

  test('the session cookie is httpOnly and SameSite=Lax, and Secure in production', async () => {
    const dev = await new Agent(t.app).get('/');
    const cookie = String(dev.headers['set-cookie']);
    assert.match(cookie, /chorus_session=g\.[\w-]{43}/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/);
    const prod = await buildTestApp({ nodeEnv: 'production', isProduction: true, sessionSecret: 's'.repeat(40) });
    try {
      const res = await new Agent(prod.app).get('/');
      assert.match(String(res.headers['set-cookie']), /; Secure/);
      assert.match(String(res.headers['strict-transport-security']), /max-age=31536000/);
    } finally {
      await prod.close();
    }
  });

  test('a visitor who is not signed in causes no session row (no write per page view)', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    for (let i = 0; i < 5; i++) await new Agent(t.app).get('/help');
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    assert.equal(after.rows[0]!.n, before.rows[0]!.n);
  });

  test('404s are rate-limited', async () => {
    const agent = new Agent(t.app);
    let last;
    for (let i = 0; i < 61; i++) last = await agent.get(`/guess-${i}`);
    assert.equal(last!.status, 429);
  });
});

describe('errors', () => {
  test('the 404 page is in NHS style', async () => {
    const res = await new Agent(t.app).get('/no-such-page');
    assert.equal(res.status, 404);
    getByRole(res.document.body, 'heading', { name: 'Page not found' });
  });

  test('a failure shows the NHS 500 page with a reference, never a stack trace, and is logged once', async () => {
    const broken = await buildTestApp();
    try {
      const agent = new Agent(broken.app);
      await agent.get('/');
      await broken.db.query('DROP TABLE settings CASCADE');
      (broken.ctx.settings as unknown as { cache?: unknown }).cache = undefined;
      const res = await agent.get('/help');
      assert.equal(res.status, 500);
      assert.match(res.body, /Sorry, there is a problem with the service/);
      assert.doesNotMatch(res.body, /at .*\.ts:\d+|relation "settings"|Error:/);
      const logged = broken.logs.filter((l) => l.includes('"level":50'));
      assert.equal(logged.length, 1);
      assert.match(logged[0]!, /"reqId":"[0-9a-f-]{36}"/);
      assert.match(logged[0]!, /"stack":"[^"]*relation \\"…\\" does not exist/, 'the stack is logged, scrubbed like the message');
      assert.doesNotMatch(logged[0]!, /\\"settings\\"/, 'no quoted value from the error reaches the log, in the message or the stack');
    } finally {
      await broken.close();
    }
  });

  test('a form sent as something other than a web form is refused, not a 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/sign-in', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    assert.equal(res.statusCode, 415);
  });
});

describe('email outbox', () => {
  test('without SMTP, the pg-boss job keeps the message as "stored" for the admin outbox', async () => {
    const worker = await buildTestApp();
    try {
      await worker.ctx.jobs.stop();
      await worker.ctx.jobs.start({ work: true });
      const id = await worker.ctx.outbox.send({ to: 'a@example.org', subject: 'Hello', text: 'Body', purpose: 'test' });
      let status = 'queued';
      for (let i = 0; i < 100 && status === 'queued'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await worker.db.query<{ status: string }>('SELECT status FROM outbox_messages WHERE id = $1', [id])).rows[0]!.status;
      }
      assert.equal(status, 'stored');
    } finally {
      await worker.close();
    }
  });

  test('an admin reads emails in the outbox', async () => {
    await t.ctx.outbox.send({ to: 'reader@example.org', subject: 'Your booking', text: 'See you there', purpose: 'test' });
    const { agent } = await signedInAgent(t, ['participant', 'admin']);
    const list = await agent.get('/admin/outbox');
    const link = getByRole(list.document.body, 'link', { name: 'Your booking' });
    const message = await agent.get(link.getAttribute('href')!);
    assert.match(text(message.document.body), /See you there/);
  });
});

test('healthz answers without a session', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/healthz' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['set-cookie'], undefined);
});

test('readyz touches the database: 200 while it answers, 503 when it is down, while healthz (liveness) stays 200', async () => {
  const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
  assert.equal(ready.statusCode, 200);
  assert.deepEqual(ready.json(), { status: 'ready' });
  assert.equal(ready.headers['set-cookie'], undefined);
  assert.equal(ready.headers['cache-control'], 'no-store');

  const down = await buildTestApp();
  try {
    await down.ctx.jobs.stop();
    await down.db.close();
    const res = await down.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().status, 'unavailable');
    assert.equal((await down.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
  } finally {
    await down.app.close();
  }
});
