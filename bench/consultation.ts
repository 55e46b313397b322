// npm run bench:consultation — a consultation section page with 5,000 published comments (page 1 and a page deep in
// the list) and comments created per second through the whole comment journey, on PostgreSQL, each beside GET
// /healthz measured against the same server in the same run.
// The app runs as in production (NODE_ENV=production, demo data seeded) in a child process; autocannon is the load
// generator on the same machine. Needs BENCH_DATABASE_URL (or TEST_DATABASE_URL): a database is created for the run
// and dropped afterwards. Options (env): BENCH_SECONDS (10), BENCH_CONNECTIONS (20), BENCH_WEB_CONCURRENCY (1),
// BENCH_COMMENTS (5000), BENCH_DEEP_PAGE (200), BENCH_PEOPLE (1000).
//
// A comment journey is three POSTs, as a person sends them with the browser: the section's comment form (creates a
// draft, 303 to about-you), about-you (303 to check) and check (creates the comment, 303 to done). Each journey is a
// person with their own session and commenter cookie, made before the timed part; a person makes at most 10 comments
// (the comments capability allows 10 an hour for each person), so a rate limit never stops the run.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import { openPostgres } from '../src/db/client.ts';
import type { AppContext } from '../src/platform/module.ts';
import { benchDatabase, cookieFrom, csrfOf, startApp } from './support.ts';
import { COMMENTER_COOKIE, COMMENT_RATE_LIMIT } from '../src/capabilities/comments/index.ts';
import { insertManyComments } from '../src/capabilities/comments/testing/factories.ts';
import { buildConsultation } from '../src/modules/consultations/testing/factories.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PROCESSES = Number(process.env.BENCH_WEB_CONCURRENCY ?? 1);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 5000);
const DEEP_PAGE = Number(process.env.BENCH_DEEP_PAGE ?? 200);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1000);
const PER_PERSON = COMMENT_RATE_LIMIT.max;
const PORT = 3920;
const BASE = `http://127.0.0.1:${PORT}`;
const FORM = 'application/x-www-form-urlencoded';

interface Person {
  cookie: string;
  csrf: string;
}

/** someone not signed in: a session (from a page with a form) and a commenter cookie of their own */
async function person(): Promise<Person> {
  const res = await fetch(`${BASE}/sign-in/password`);
  const csrf = csrfOf(await res.text());
  return { cookie: `${cookieFrom(res)}; ${COMMENTER_COOKIE}=${randomBytes(32).toString('base64url')}`, csrf };
}

async function inBatches<T>(n: number, size: number, make: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  while (out.length < n) out.push(...(await Promise.all(Array.from({ length: Math.min(size, n - out.length) }, make))));
  return out;
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : '–');
const n = (x: number) => Math.round(x).toLocaleString('en-GB');

interface Row {
  route: string;
  perSecond: number;
  p50: number;
  p99: number;
  note: string;
}

async function measureGet(route: string, url: string, cookie: string): Promise<Row> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { cookie } });
  const ok = r.statusCodeStats?.['200']?.count ?? 0;
  const row = { route, perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, note: `${n(ok)} of ${n(r.requests.total)} answered 200${r.errors ? `, ${r.errors} errors` : ''}` };
  console.log(JSON.stringify(row));
  return row;
}

async function sqlMs(db: { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  const plan = (rows[0]!['QUERY PLAN'] as [{ 'Execution Time': number }])[0];
  return plan['Execution Time'];
}

const bench = await benchDatabase('consultation');
const url = bench.url;
let app: ChildProcess | undefined;
try {
  app = await startApp(PORT, { DATABASE_URL: url, WEB_CONCURRENCY: String(PROCESSES) });
  const db = await openPostgres(url, 4);

  // ---- a consultation open for comments, with one section that has COMMENTS published comments
  const paragraphs = [
    'A crisis line will answer day and night, every day of the year. The person who answers will be trained in mental health and will stay on the line until you are safe.',
    'If you need to be seen, a crisis team will visit you at home within 4 hours, or you can go to a safe place in the town centre that is open in the evenings and at weekends.',
    'We will work with the police, ambulance service and A&E so that people in crisis are not kept waiting in the wrong place.',
    'Carers will be told who to call, and what will happen next, when the person they care for is in crisis.',
  ];
  // buildConsultation needs only the database of an app context
  const built = await buildConsultation({ db } as Pick<AppContext, 'db'> as AppContext, {
    title: `Benchmark consultation with ${n(COMMENTS)} comments`,
    sections: [
      { heading: 'Pillar 4: Support in crisis', body: paragraphs.join('\n\n'), easyReadText: 'You can phone us any time.\nWe will help you quickly.' },
      { heading: 'Pillar 5: Effective in-patient care', body: 'Wards will be close to home.\n\nEveryone will have a plan for leaving hospital.' },
    ],
  });
  const sectionUrl = `${BASE}/consultations/${built.id}/sections/${built.sectionIds[0]}`;
  const commentUrl = `/consultations/${built.id}/sections/${built.sectionIds[0]}/comment`;

  // ---- people, made before the timed part
  const people = await inBatches(PEOPLE, 20, person);
  const commentBody = (i: number) => new URLSearchParams({ body: `Benchmark comment ${i}: please say how long the crisis team takes to arrive at night.`, quote: '', paragraph: '2', format: 'standard' });

  // one comment through the pages first: it checks the journey works and shows how the app stores a section's comments
  const first = people[0]!;
  const post = (path: string, fields: URLSearchParams) =>
    fetch(`${BASE}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie: first.cookie, 'content-type': FORM }, body: `_csrf=${encodeURIComponent(first.csrf)}&${fields}` });
  const drafted = await post(commentUrl, commentBody(0));
  const aboutYou = drafted.headers.get('location');
  if (drafted.status !== 303 || !aboutYou?.endsWith('/about-you')) throw new Error(`The section's comment form answered ${drafted.status} ${aboutYou ?? ''}`);
  const check = (await post(aboutYou, new URLSearchParams({ role: 'public', showName: 'anonymous' }))).headers.get('location');
  if (!check?.endsWith('/check')) throw new Error(`About you did not lead to check (${check})`);
  const done = await post(check, new URLSearchParams());
  if (done.status !== 303 || !done.headers.get('location')?.includes('/done')) throw new Error(`Check answered ${done.status}`);
  const stored = (await db.query<{ resource_type: string; scope_id: string; tags: Record<string, string> }>('SELECT resource_type, scope_id, tags FROM comments WHERE resource_id = $1', [built.sectionIds[0]])).rows[0]!;

  const t0 = performance.now();
  await insertManyComments(db, { resourceType: stored.resource_type, resourceId: built.sectionIds[0]!, scopeId: stored.scope_id, tags: stored.tags, count: COMMENTS - 1, repliesEvery: 10 });
  // the same page's worth of comments on the other section, to tell the cost of a long list from that of a full page
  await insertManyComments(db, { resourceType: stored.resource_type, resourceId: built.sectionIds[1]!, scopeId: stored.scope_id, tags: stored.tags, count: 20, repliesEvery: 10 });
  await db.query('VACUUM ANALYZE comments'); // as autovacuum would after this many inserts
  const loadSeconds = (performance.now() - t0) / 1000;
  const visit = await fetch(sectionUrl);
  await visit.text();
  const reader = cookieFrom(visit); // someone reading, not signed in, who has not commented
  const page1 = await (await fetch(sectionUrl, { headers: { cookie: reader } })).text();
  if (!page1.includes(`Comments (${n(COMMENTS)})`)) throw new Error(`The section page does not say "Comments (${n(COMMENTS)})"`);
  const deep = await (await fetch(`${sectionUrl}?page=${DEEP_PAGE}`, { headers: { cookie: reader } })).text();
  if (!deep.includes(`aria-current="page"`) || !new RegExp(`Comment ${(DEEP_PAGE - 1) * 20}\\. `).test(deep)) throw new Error(`Page ${DEEP_PAGE} does not show comment ${(DEEP_PAGE - 1) * 20}`);
  console.log(`${n(COMMENTS)} comments (and a reply to every 10th) on one section in ${loadSeconds.toFixed(1)} s; page 1 is ${n(page1.length / 1024)} KB of HTML`);

  // database time of the section's comment list (the count and the page), as listComments asks for them
  const where = `c.resource_type = $1 AND c.resource_id = $2 AND c.parent_id IS NULL AND c.status = 'published'`;
  const listParams = [stored.resource_type, built.sectionIds[0]];
  const sql = {
    count: await sqlMs(db, `SELECT count(*)::int AS n FROM comments c WHERE ${where}`, listParams),
    page1: await sqlMs(db, `SELECT c.* FROM comments c WHERE ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT 20 OFFSET 0`, listParams),
    deep: await sqlMs(db, `SELECT c.* FROM comments c WHERE ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT 20 OFFSET ${(DEEP_PAGE - 1) * 20}`, listParams),
  };
  console.log(JSON.stringify({ sqlMs: sql }));

  // one request at a time (no queueing): the page with the comments, and the same consultation's section with 20
  const shortUrl = `${BASE}/consultations/${built.id}/sections/${built.sectionIds[1]}`;
  const alone = async (u: string) => {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      const res = await fetch(u, { headers: { cookie: reader } });
      await res.text();
      if (i >= 10) times.push(performance.now() - t);
    }
    return percentile(times, 50);
  };
  const oneAtATime = { healthz: await alone(`${BASE}/healthz`), short: await alone(shortUrl), page1: await alone(sectionUrl), deep: await alone(`${sectionUrl}?page=${DEEP_PAGE}`) };
  console.log(JSON.stringify({ oneAtATimeMedianMs: oneAtATime }));

  // ---- the reads, with /healthz first as the yardstick
  await autocannon({ url: sectionUrl, connections: 5, duration: 2, headers: { cookie: reader } }); // warm-up
  const healthz = await measureGet('GET /healthz', `${BASE}/healthz`, reader);
  const rows: Row[] = [healthz];
  rows.push(await measureGet(`GET section page 1 (${n(COMMENTS)} comments, 20 a page)`, sectionUrl, reader));
  rows.push(await measureGet(`GET section page ${DEEP_PAGE}`, `${sectionUrl}?page=${DEEP_PAGE}`, reader));

  // ---- comment journeys: three POSTs a comment, a different person for each run of 10 comments
  const before = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM comments')).rows[0]!.n;
  let journeys = 0;
  const steps = { comment: [] as number[], aboutYou: [] as number[], check: [] as number[], journey: [] as number[] };
  const statuses: Record<string, number> = {};
  let made = 0;
  interface Ctx { who?: Person; next?: string; start?: number; sent?: number }
  const form = (c: Ctx, fields: URLSearchParams) => ({ headers: { cookie: c.who!.cookie, 'content-type': FORM }, body: `_csrf=${encodeURIComponent(c.who!.csrf)}&${fields}` });
  const seen = (step: string, status: number) => (statuses[`${step} ${status}`] = (statuses[`${step} ${status}`] ?? 0) + 1);
  const location = (headers: Record<string, unknown> | undefined) => (typeof headers?.location === 'string' ? headers.location : undefined);
  const r = await autocannon({
    url: `${BASE}${commentUrl}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const c = context as Ctx;
          const i = journeys++;
          c.who = people[1 + (Math.floor(i / PER_PERSON) % (people.length - 1))]!; // people[0] made the first comment
          c.start = c.sent = performance.now();
          return { ...req, path: commentUrl, ...form(c, commentBody(i + 1)) };
        },
        onResponse: (status, _body, context, headers) => {
          const c = context as Ctx;
          seen('comment', status);
          steps.comment.push(performance.now() - c.sent!);
          c.next = status === 303 ? location(headers) : undefined;
        },
      },
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const c = context as Ctx;
          if (!c.next) return undefined as unknown as autocannon.Request; // start again with a new journey
          c.sent = performance.now();
          return { ...req, path: c.next, ...form(c, new URLSearchParams({ role: 'public', showName: 'anonymous' })) };
        },
        onResponse: (status, _body, context, headers) => {
          const c = context as Ctx;
          seen('about-you', status);
          steps.aboutYou.push(performance.now() - c.sent!);
          c.next = status === 303 ? location(headers) : undefined;
        },
      },
      {
        method: 'POST',
        setupRequest: (req, context) => {
          const c = context as Ctx;
          if (!c.next?.endsWith('/check')) return undefined as unknown as autocannon.Request;
          c.sent = performance.now();
          return { ...req, path: c.next, ...form(c, new URLSearchParams()) };
        },
        onResponse: (status, _body, context, headers) => {
          const c = context as Ctx;
          const now = performance.now();
          seen('check', status);
          steps.check.push(now - c.sent!);
          if (status === 303 && location(headers)?.includes('/done')) {
            made++;
            steps.journey.push(now - c.start!);
          }
        },
      },
    ],
  });
  const after = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM comments')).rows[0]!.n;
  const seconds = r.duration;
  console.log(JSON.stringify({ journeys: { started: journeys, commentsCounted: made, commentsInDatabase: after - before, seconds, statuses, requests: r.requests.total, errors: r.errors, resets: r.resets } }));
  if (Math.ceil(journeys / PER_PERSON) > people.length - 1) console.log(`Warning: ${n(journeys)} journeys needed more than ${n(people.length)} people; raise BENCH_PEOPLE (people were used again and some hit the rate limit).`);
  const journeyRows: Row[] = [
    { route: 'comments created (whole journey: 3 POSTs a comment)', perSecond: made / seconds, p50: percentile(steps.journey, 50), p99: percentile(steps.journey, 99), note: `${n(made)} comments answered in ${seconds.toFixed(1)} s (${n(after - before)} in the database, counting those still on the way when the time ran out); p50/p99 of the whole journey` },
    { route: 'POST the section\'s comment form (draft, 303)', perSecond: steps.comment.length / seconds, p50: percentile(steps.comment, 50), p99: percentile(steps.comment, 99), note: `${n(statuses['comment 303'] ?? 0)} answered 303` },
    { route: 'POST about-you (303)', perSecond: steps.aboutYou.length / seconds, p50: percentile(steps.aboutYou, 50), p99: percentile(steps.aboutYou, 99), note: `${n(statuses['about-you 303'] ?? 0)} answered 303` },
    { route: 'POST check (creates the comment, 303)', perSecond: steps.check.length / seconds, p50: percentile(steps.check, 50), p99: percentile(steps.check, 99), note: `${n(statuses['check 303'] ?? 0)} answered 303` },
  ];
  rows.push(...journeyRows);
  const { rows: version } = await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
  await db.close();

  console.log(`\n${os.cpus().length} CPU cores (load average ${os.loadavg()[0]!.toFixed(1)}), Node ${process.version}, PostgreSQL ${version[0]!.v}, ${PROCESSES} web process(es), ${CONNECTIONS} connections, ${SECONDS} s each, load generator on the same machine\n`);
  console.log(`One request at a time (median): /healthz ${oneAtATime.healthz.toFixed(1)} ms, a section with 20 comments (one page) ${oneAtATime.short.toFixed(1)} ms, page 1 of ${n(COMMENTS)} comments ${oneAtATime.page1.toFixed(1)} ms, page ${DEEP_PAGE} ${oneAtATime.deep.toFixed(1)} ms`);
  console.log(`SQL (EXPLAIN ANALYZE) for the section's list: count ${sql.count.toFixed(2)} ms, page 1 ${sql.page1.toFixed(2)} ms, page ${DEEP_PAGE} ${sql.deep.toFixed(2)} ms\n`);
  console.log('| measure | per second | × /healthz | p50 ms | p99 ms | notes |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const ratio = row === healthz ? '1' : `${(row.perSecond / healthz.perSecond).toFixed(3)}`;
    console.log(`| ${row.route} | ${n(row.perSecond)} | ${ratio} | ${ms(row.p50)} | ${ms(row.p99)} | ${row.note} |`);
  }
} finally {
  await bench.finish(app);
}
