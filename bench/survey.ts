// npm run bench:survey — survey page submissions per second and p99 latency on PostgreSQL (each autocannon
// connection is a different person with their own unfinished response, submitting a question page: validate,
// save, 303 to the next page), and the time to render the results page of a survey with 100,000 responses.
// The app runs as in production (NODE_ENV=production, demo data seeded) in a child process; autocannon is the load
// generator on the same machine. Needs BENCH_DATABASE_URL (or TEST_DATABASE_URL): a database is created for the
// run and dropped afterwards. Options (env): BENCH_SECONDS (10), BENCH_CONNECTIONS (20), BENCH_WEB_CONCURRENCY (1),
// BENCH_RESPONSES (100000).
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import { openPostgres } from '../src/db/client.ts';
import { benchDatabase, cookieFrom, csrfOf, startApp } from './support.ts';
import { lockQuestionnaire } from '../src/capabilities/questionnaires/index.ts';
import { buildSurvey, DEMO_DEFINITION, demoResponses, insertDemoResponses } from '../src/modules/surveys/testing/factories.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PROCESSES = Number(process.env.BENCH_WEB_CONCURRENCY ?? 1);
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 100_000);
const PORT = 3910;
const BASE = `http://127.0.0.1:${PORT}`;

/** a person who has started the survey and reached page 1: their cookie and a filled-in page-1 form */
async function respondent(surveyId: string): Promise<{ cookie: string; body: string }> {
  const start = await fetch(`${BASE}/surveys/${surveyId}`);
  let cookie = cookieFrom(start);
  const csrf = csrfOf(await start.text());
  const post = (url: string, fields: Record<string, string>) =>
    fetch(`${BASE}${url}`, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf, ...fields }).toString() });
  const started = await post(`/surveys/${surveyId}/start`, {});
  cookie = cookieFrom(started, cookie);
  await post(`/surveys/${surveyId}/format`, { variant: 'standard' });
  await post(`/surveys/${surveyId}/about-you`, { roles: 'public' });
  return { cookie, body: new URLSearchParams({ _csrf: csrf, q1: 'difficult' }).toString() };
}

async function signIn(email: string): Promise<string> {
  const first = await fetch(`${BASE}/sign-in/password`);
  const cookie = cookieFrom(first);
  const res = await fetch(`${BASE}/sign-in/password`, {
    method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrfOf(await first.text()), email, password: 'chorus-demo-password' }).toString(),
  });
  if (res.status !== 303) throw new Error(`Demo sign-in failed (${res.status})`);
  return cookieFrom(res, cookie);
}

async function timeGet(url: string, cookie: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  await res.text();
  if (res.status !== 200) throw new Error(`${url} gave ${res.status}`);
  return performance.now() - t0;
}

const bench = await benchDatabase('survey');
const url = bench.url;
let app: ChildProcess | undefined;
try {
  app = await startApp(PORT, { DATABASE_URL: url, WEB_CONCURRENCY: String(PROCESSES) });
  const db = await openPostgres(url, 4);
  const demo = (await db.query<{ id: string }>(`SELECT id FROM surveys WHERE status = 'open' ORDER BY created_at LIMIT 1`)).rows[0]!.id;

  // ---- page submissions
  const people = await Promise.all(Array.from({ length: CONNECTIONS }, () => respondent(demo)));
  let next = 0;
  await autocannon({ url: `${BASE}/healthz`, connections: 5, duration: 2 }); // warm-up
  const r = await autocannon({
    url: `${BASE}/surveys/${demo}/page/p1`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, context: object) => {
          const c = context as { person?: { cookie: string; body: string } };
          c.person ??= people[next++ % people.length]!;
          return { ...req, headers: { cookie: c.person.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: c.person.body };
        },
      },
    ],
  });
  const redirects = r.statusCodeStats?.['303']?.count ?? 0;
  const submissions = { requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, redirects, total: r.requests.total, errors: r.errors };
  console.log(JSON.stringify({ submissions }));

  // ---- results page with many responses
  const { id: big, questionnaireId } = await buildSurvey({ db }, { definition: DEMO_DEFINITION, title: `Benchmark survey with ${RESPONSES.toLocaleString('en-GB')} responses`, status: 'open' });
  await lockQuestionnaire(db, questionnaireId);
  const t0 = performance.now();
  for (let done = 0; done < RESPONSES; done += 10_000) await insertDemoResponses(db, big, demoResponses(Math.min(10_000, RESPONSES - done), done + 1));
  await db.query('ANALYZE survey_responses');
  const loadSeconds = (performance.now() - t0) / 1000;
  const cookie = await signIn('facilitator@chorus.example');
  const resultsUrl = `${BASE}/admin/surveys/${big}/results`;
  // first view computes the figures; repeat views reuse them until a new response arrives
  const first = await timeGet(resultsUrl, cookie);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(await timeGet(resultsUrl, cookie));
  const filtered: number[] = [];
  filtered.push(await timeGet(`${resultsUrl}?role=carer&variant=standard`, cookie));
  // a new response arrives: the next view computes again
  await insertDemoResponses(db, big, demoResponses(1, 999_999));
  const afterNew = await timeGet(resultsUrl, cookie);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const results = { responses: RESPONSES, loadSeconds: Math.round(loadSeconds), firstMs: Math.round(first), repeatMedianMs: Math.round(median(runs)), filteredFirstMs: Math.round(filtered[0]!), afterNewResponseMs: Math.round(afterNew) };
  console.log(JSON.stringify({ results }));
  await db.close();

  console.log(`\n${os.cpus().length} CPU cores, Node ${process.version}, PostgreSQL, ${PROCESSES} web process(es), load generator on the same machine\n`);
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| page submissions (POST question page: validate, save, 303), ${CONNECTIONS} connections, ${SECONDS} s | ${submissions.requestsPerSecond.toLocaleString('en-GB')}/s, p50 ${submissions.p50} ms, p99 ${submissions.p99} ms (${submissions.redirects.toLocaleString('en-GB')} of ${submissions.total.toLocaleString('en-GB')} answered 303) |`);
  console.log(`| results page, ${RESPONSES.toLocaleString('en-GB')} responses, first view (figures computed) | ${results.firstMs} ms |`);
  console.log(`| results page, repeat views, median of 5 (figures reused) | ${results.repeatMedianMs} ms |`);
  console.log(`| results page filtered (carers, standard version), first view | ${results.filteredFirstMs} ms |`);
  console.log(`| results page after one new response (computed again) | ${results.afterNewResponseMs} ms |`);
} finally {
  await bench.finish(app);
}
