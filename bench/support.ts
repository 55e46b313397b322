// Shared by the web benchmarks: run Chorus as in production in a child process, and read cookies and CSRF tokens.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { openPostgres } from '../src/db/client.ts';
import { withDatabase } from '../tests/support/database.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Starts `src/main.ts` (NODE_ENV=production, demo data) on `port` and waits until /healthz answers. */
export async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', SESSION_SECRET: 'b'.repeat(40), SEED_DEMO_DATA: 'true', LOG_LEVEL: 'warn', PORT: String(port), BASE_URL: base, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('The app did not start within 2 minutes');
}

/** Merges a response's Set-Cookie headers into a Cookie header value. */
export function cookieFrom(res: Response, old = ''): string {
  const jar = new Map(old.split('; ').filter(Boolean).map((c) => [c.split('=')[0]!, c]));
  for (const c of res.headers.getSetCookie()) jar.set(c.split('=')[0]!, c.split(';')[0]!);
  return [...jar.values()].join('; ');
}

export function csrfOf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
}

/** signs in as a demo person (every demo account has the demo password) and returns the session cookie */
export async function signInDemo(base: string, email: string): Promise<string> {
  const first = await fetch(`${base}/sign-in/password`);
  const cookie = cookieFrom(first);
  const res = await fetch(`${base}/sign-in/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrfOf(await first.text()), email, password: 'chorus-demo-password' }).toString(),
  });
  if (res.status !== 303) throw new Error(`Demo sign-in as ${email} failed (${res.status})`);
  return cookieFrom(res, cookie);
}

/**
 * A throwaway PostgreSQL database for one run, on BENCH_DATABASE_URL (or TEST_DATABASE_URL); says what to set and
 * exits when neither is. `finish` stops the app (if any) and drops the database.
 */
export async function benchDatabase(what: string): Promise<{ url: string; finish(app?: ChildProcess): Promise<void> }> {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    console.log('Set BENCH_DATABASE_URL=postgres://… (a server where this user may create databases).');
    process.exit(1);
  }
  const name = `chorus_bench_${what}_${Date.now()}`;
  const admin = await openPostgres(pgUrl, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  return {
    url: withDatabase(pgUrl, name),
    async finish(app) {
      app?.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1000));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
