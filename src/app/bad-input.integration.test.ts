// Bad input never breaks the service. The test walks the app's own route table (collected as routes are added), so a
// route added later is covered without anyone listing it here:
// - every route with a path parameter gets malformed and unknown ids, as a signed-in admin (with a valid CSRF token)
//   and as a guest, and answers 404, 400, 403, 303 or 409, never 500;
// - every form on every page (found by GET-ing each page and reading its fields, as a browser would) gets NUL and
//   other control bytes in each field in turn, and never answers 500.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { RouteOptions } from 'fastify';
import { Agent, buildTestApp, type Page, type TestApp } from '../../tests/support/app.ts';
import { signedInAgent } from '../../tests/support/sign-in.ts';
import { buildOrganisation } from '../modules/accounts/testing/factories.ts';
import { buildBooking, buildEvent } from '../modules/events/testing/factories.ts';
import { buildProgramme } from '../modules/programmes/testing/factories.ts';
import { buildSurvey } from '../modules/surveys/testing/factories.ts';
import { errorSummary } from '../../tests/support/find.ts';

interface Route {
  method: string;
  url: string;
}

const routes: Route[] = [];
let t: TestApp;
let admin: Agent;
let adminEmail: string;
let guest: Agent;
/** a realistic value for each path parameter, by the start of the path it appears in */
let valid: (url: string, param: string, agent?: Agent) => string;
const drafts = new Map<Agent, string>();

const BAD_IDS = ['not-a-uuid', encodeURIComponent("'; DROP TABLE users; --"), '%00', randomUUID(), 'x'.repeat(300)];
const CONTROL = 'a\u0000b\u0007c\u001bd';

const csrfOf = (page: Page) => page.document.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
/** the agent's CSRF token, read from a page with a form (the token belongs to the session, so it is read once) */
const tokens = new Map<Agent, string>();
async function csrfFor(agent: Agent): Promise<string> {
  if (!tokens.has(agent)) tokens.set(agent, csrfOf(await agent.get(agent === guest ? '/sign-in' : '/account')));
  const token = tokens.get(agent)!;
  assert.ok(token, 'the agent has a CSRF token');
  return token;
}

before(async () => {
  t = await buildTestApp({}, {
    onRoute: (r: RouteOptions) => {
      for (const method of [r.method].flat()) if (method === 'GET' || method === 'POST') routes.push({ method, url: r.url });
    },
  });
  const signedIn = await signedInAgent(t, ['participant', 'admin'], { name: 'Ada Admin' });
  admin = signedIn.agent;
  guest = new Agent(t.app);
  adminEmail = signedIn.user.email!;

  const programme = await buildProgramme(t.ctx);
  const eventId = await buildEvent(t.ctx, { programme_id: programme.id, phase_id: programme.phaseIds[0]! });
  const booking = await buildBooking(t.ctx, eventId, { userId: signedIn.user.id, name: 'Ada Admin', email: signedIn.user.email! });
  const survey = await buildSurvey(t.ctx, { programmeId: programme.id });
  const draftSurvey = await buildSurvey(t.ctx, { status: 'draft', title: 'A draft survey' });
  const organisation = await buildOrganisation(t.ctx, 'Carers Together', [signedIn.user.id]);
  // an email in the outbox (a guest asks for a sign-in link)
  await new Agent(t.app).submit('/sign-in', { email: signedIn.user.email! });
  const outboxId = String((await t.ctx.outbox.find({}))[0]?.id ?? 1);

  // journeys in progress, so their later pages can be shown: each agent starts a booking and a survey
  const otherEvent = await buildEvent(t.ctx);
  for (const agent of [admin, guest]) {
    const started = await agent.submit(`/events/${otherEvent}`, {}, 'Book a place');
    const draft = /\/book\/([^/]+)\//.exec(started.location ?? '')?.[1];
    assert.ok(draft, `a booking was started: ${started.status} ${started.location}`);
    drafts.set(agent, draft);
    assert.equal((await agent.submit(`/surveys/${survey.id}`, {}, 'Start now')).status, 303);
  }

  valid = (url, param, agent = admin) => {
    const ids: [RegExp, string][] = [
      [/^\/(admin\/)?programmes\//, programme.id],
      [/^\/events\/:id\/book\//, otherEvent],
      [/^\/(admin\/)?events\//, eventId],
      [/^\/account\/bookings\//, booking.id],
      [/^\/admin\/surveys\/:id\/(pages|questions)/, draftSurvey.id],
      [/^\/(admin\/)?surveys\//, survey.id],
      [/^\/admin\/users\//, signedIn.user.id],
      [/^\/admin\/organisations\//, organisation.id],
      [/^\/admin\/outbox\//, outboxId],
    ];
    const others: Record<string, string> = {
      phaseId: programme.phaseIds[0]!,
      userId: signedIn.user.id,
      draft: drafts.get(agent)!,
      section: 'p1',
      page: 'p1',
      question: 'q1',
      token: 'a-token',
      purpose: 'research',
      icon: 'phone',
      direction: 'up',
      picture: randomUUID(),
    };
    if (param === 'id') return ids.find(([re]) => re.test(url))?.[1] ?? randomUUID();
    return others[param] ?? 'x';
  };
});
after(() => t.close());

const paramsOf = (url: string) => [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
const fill = (url: string, values: Record<string, string>) => url.replace(/:([A-Za-z]+)/g, (_m, name: string) => values[name]!);

async function send(agent: Agent, method: string, url: string, csrf: string): Promise<Page> {
  return method === 'GET' ? agent.get(url) : agent.postRaw(url, { _csrf: csrf });
}

describe('malformed ids in paths', () => {
  test('the route table was collected', () => {
    assert.ok(routes.some((r) => r.url === '/admin/organisations/:id/representatives'), 'routes are collected from the app as they are added');
    assert.ok(routes.filter((r) => r.url.includes(':')).length > 60);
  });

  test('every route with a path parameter answers malformed and unknown ids without a 500', async () => {
    const adminCsrf = await csrfFor(admin);
    const guestCsrf = await csrfFor(guest);
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.url.includes(':'))) {
      const names = paramsOf(route.url);
      const good = Object.fromEntries(names.map((n) => [n, valid(route.url, n)]));
      for (const bad of BAD_IDS) {
        // as an admin: each parameter bad in turn, the others real
        for (const name of names) {
          const url = fill(route.url, { ...good, [name]: bad });
          const res = await send(admin, route.method, url, adminCsrf);
          if (res.status >= 500) failures.push(`admin ${route.method} ${url.slice(0, 120)} gave ${res.status}`);
        }
        // as a guest: every parameter bad
        const url = fill(route.url, Object.fromEntries(names.map((n) => [n, bad])));
        const res = await send(guest, route.method, url, guestCsrf);
        if (res.status >= 500) failures.push(`guest ${route.method} ${url.slice(0, 120)} gave ${res.status}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('a malformed or unknown id is a 404 page, even on a route that writes', async () => {
    const csrf = await csrfFor(admin);
    for (const id of ['not-a-uuid', randomUUID()]) {
      // the email is a real account's, so only the organisation is missing
      const res = await admin.postRaw(`/admin/organisations/${id}/representatives`, { _csrf: csrf, email: adminEmail });
      assert.equal(res.status, 404, id);
      assert.match(res.document.title, /Page not found/);
    }
    assert.equal((await admin.get('/admin/outbox/1e3')).status, 404, 'a whole-number id is only digits');
    assert.equal((await admin.get('/admin/users/not-a-uuid')).status, 404);
    const out = await new Agent(t.app).get('/admin/users/not-a-uuid');
    assert.equal(out.status, 303, 'a guest is still asked to sign in first');
  });
});

interface FoundForm {
  page: string;
  action: string;
  multipart: boolean;
  values: Record<string, string | string[]>;
  fields: string[];
}

/** every POST form on a page (not the header's), with what a browser would send and the fields people can change */
function formsOn(page: Page, url: string): FoundForm[] {
  return [...page.document.querySelectorAll('form[method="post"]')]
    .filter((f) => !f.closest('header'))
    .map((form) => {
      const values: Record<string, string | string[]> = {};
      const fields: string[] = [];
      const add = (name: string, value: string) => {
        const prev = values[name];
        values[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
      };
      for (const el of form.querySelectorAll('input, textarea, select')) {
        const name = el.getAttribute('name');
        if (!name) continue;
        if (name !== '_csrf' && !fields.includes(name) && el.getAttribute('type') !== 'file') fields.push(name);
        if (el.tagName === 'SELECT') add(name, el.querySelector('option[selected]')?.getAttribute('value') ?? el.querySelector('option')?.getAttribute('value') ?? '');
        else if (el.tagName === 'TEXTAREA') add(name, (el as HTMLTextAreaElement).value);
        else {
          const input = el as HTMLInputElement;
          if (input.type === 'file' || ((input.type === 'checkbox' || input.type === 'radio') && !input.checked)) continue;
          add(name, input.value);
        }
      }
      return { page: url, action: form.getAttribute('action') || url, multipart: form.getAttribute('enctype') === 'multipart/form-data', values, fields };
    });
}

/** forms that end the session or the account: sending them would stop the walk, and they have no fields to fill */
const ENDS_THE_WALK = /^\/(sign-out|account\/delete)$/;

async function formsSeenBy(agent: Agent): Promise<FoundForm[]> {
  const found = new Map<string, FoundForm>();
  for (const route of routes.filter((r) => r.method === 'GET' && !/\.(ics|csv|xlsx|svg|css|js)$/.test(r.url) && !/^\/(assets|healthz|readyz|questionnaires\/pictures)/.test(r.url))) {
    const url = fill(route.url, Object.fromEntries(paramsOf(route.url).map((n) => [n, valid(route.url, n, agent)])));
    let page = await agent.get(url);
    for (let hops = 0; hops < 2 && page.status === 303 && page.location?.startsWith('/'); hops++) page = await agent.get(page.location);
    if (page.status !== 200 || !String(page.headers['content-type']).startsWith('text/html')) continue;
    for (const form of formsOn(page, url)) {
      const key = `${form.action} ${form.fields.join(',')}`;
      if (!found.has(key) && !ENDS_THE_WALK.test(form.action)) found.set(key, form);
    }
  }
  return [...found.values()];
}

async function sendHostile(agent: Agent, form: FoundForm, fields: Record<string, string | string[]>): Promise<Page> {
  const body = { ...fields, _csrf: await csrfFor(agent) };
  return form.multipart ? agent.postMultipart(form.action, body, { file: { filename: '', data: Buffer.alloc(0) } }) : agent.postRaw(form.action, body);
}

describe('control characters in every field of every form', () => {
  for (const who of ['admin', 'guest'] as const) {
    test(`every form a${who === 'admin' ? 'n admin' : ' guest'} can see refuses NUL and control bytes without a 500`, async () => {
      const agent = who === 'admin' ? admin : guest;
      const forms = await formsSeenBy(agent);
      assert.ok(forms.length > (who === 'admin' ? 30 : 5), `found ${forms.length} forms`);
      const failures: string[] = [];
      const statuses: Record<number, number> = {};
      const check = (res: Page, what: string) => {
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 500) failures.push(`${what} gave ${res.status}`);
      };
      for (const form of forms) {
        for (const field of form.fields) check(await sendHostile(agent, form, { ...form.values, [field]: CONTROL }), `${form.action} (from ${form.page}) field ${field}`);
        if (form.fields.length > 1) check(await sendHostile(agent, form, { ...form.values, ...Object.fromEntries(form.fields.map((f) => [f, CONTROL])) }), `${form.action} (from ${form.page}) every field`);
      }
      assert.deepEqual(failures, []);
      const sent = Object.values(statuses).reduce((a, b) => a + b, 0);
      assert.ok((statuses[400] ?? 0) > sent / 2, `most posts reach their form and are refused with its errors: ${JSON.stringify(statuses)}`);
    });
  }

  test('a NUL byte in the sign-in email is a form error, not a 500', async () => {
    const res = await new Agent(t.app).submit('/sign-in/password', { email: 'ada\u0000@example.org', password: 'whatever it is' });
    assert.equal(res.status, 400);
    assert.match(errorSummary(res.document)?.textContent ?? '', /There is a problem/);
  });
});
