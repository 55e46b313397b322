// npm run bench:web — requests/s and p50/p99 latency for GET /healthz, a rendered NHS form page (/sign-up) and a
// form POST that writes a row (/account/access-needs, signed in), on PGlite and on PostgreSQL.
// The app runs as it would in production (NODE_ENV=production, templates cached) in child processes;
// autocannon is the load generator on the same machine. PostgreSQL needs BENCH_DATABASE_URL (or TEST_DATABASE_URL):
// a database is created for the run and dropped afterwards.
// Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50), BENCH_WEB_CONCURRENCY (default 2).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openPostgres } from '../src/db/client.ts';
import { withDatabase } from '../tests/support/database.ts';
import { csrfOf, signInDemo, startApp } from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PG_PROCESSES = Number(process.env.BENCH_WEB_CONCURRENCY ?? 2);
const PORT = 3900;
const BASE = `http://127.0.0.1:${PORT}`;

interface Row {
  backend: string;
  processes: number;
  route: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function signedInForm(): Promise<{ cookie: string; body: string }> {
  const cookie = await signInDemo(BASE, 'sam@chorus.example');
  const form = await fetch(`${BASE}/account/access-needs`, { headers: { cookie } });
  const csrf = csrfOf(await form.text());
  const body = new URLSearchParams({ _csrf: csrf, contactMethod: 'email', informationFormats: 'easy-read', details: 'Benchmark', share: 'yes' }).toString();
  return { cookie, body };
}

async function measure(backend: string, processes: number, route: string, opts: autocannon.Options): Promise<Row> {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  const row = { backend, processes, route, requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
  console.log(JSON.stringify(row));
  return row;
}

async function runBackend(backend: string, processes: number, env: NodeJS.ProcessEnv): Promise<Row[]> {
  const app = await startApp(PORT, { ...env, WEB_CONCURRENCY: String(processes) });
  try {
    const rows: Row[] = [];
    await autocannon({ url: `${BASE}/sign-up`, connections: 10, duration: 2 }); // warm-up
    rows.push(await measure(backend, processes, 'GET /healthz', { url: `${BASE}/healthz` }));
    rows.push(await measure(backend, processes, 'GET /sign-up (NHS form page)', { url: `${BASE}/sign-up` }));
    const { cookie, body } = await signedInForm();
    rows.push(
      await measure(backend, processes, 'POST /account/access-needs (writes a row)', {
        url: `${BASE}/account/access-needs`,
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body,
        connections: Math.min(CONNECTIONS, 10),
      }),
    );
    const bad = rows.find((r) => r.route.startsWith('POST') && r.non2xx === 0);
    if (!bad) console.log('(the POST answers 303 See Other, counted by autocannon as non-2xx: that is the redirect after a successful save)');
    return rows;
  } finally {
    app.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const rows: Row[] = [];
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chorus-bench-'));
try {
  rows.push(...(await runBackend('PGlite', 1, { DATA_DIR: dataDir, DATABASE_URL: '' })));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const name = `chorus_bench_${Date.now()}`;
  const admin = await openPostgres(pgUrl, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = withDatabase(pgUrl, name);
    rows.push(...(await runBackend('PostgreSQL', 1, { DATABASE_URL: url })));
    if (PG_PROCESSES > 1) rows.push(...(await runBackend('PostgreSQL', PG_PROCESSES, { DATABASE_URL: url })));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
} else {
  console.log('\nPostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… (a server where this user may create databases).');
}

console.log(`\n${os.cpus().length} CPU cores, Node ${process.version}, ${CONNECTIONS} connections (10 for the POST), ${SECONDS} s per route, load generator on the same machine\n`);
console.log('| database | web processes | route | requests/s | p50 ms | p99 ms |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.backend} | ${r.processes} | ${r.route} | ${r.requestsPerSecond.toLocaleString('en-GB')} | ${r.p50} | ${r.p99} |`);
