import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { openPglite, openPostgres } from './client.ts';
import { DatabaseUnavailableError, openWhenReady } from './wait.ts';

/** a local port with nothing listening on it */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

test('while PostgreSQL refuses connections it waits with back-off, then stops with a message that says what to check', async () => {
  const port = await closedPort();
  const lines: string[] = [];
  // a clock that moves only when it sleeps, so the back-off is the same on a busy machine
  let clock = 0;
  const now = () => clock;
  const sleep = async (ms: number) => void (clock += ms);
  await assert.rejects(
    openWhenReady(() => openPostgres(`postgres://chorus:secret-password@127.0.0.1:${port}/chorus`, 1), { waitSeconds: 2, where: `127.0.0.1:${port}/chorus`, log: (l) => lines.push(l), now, sleep }),
    (err: Error) => err instanceof DatabaseUnavailableError && /did not answer within 2 s \(connection refused\)\. Check DATABASE_URL/.test(err.message),
  );
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.equal(clock, 1500, 'it waited 0.5 s, then 1 s, and gave up before passing 2 s');
  assert.match(lines[0]!, /^Waiting for the database at 127\.0\.0\.1:\d+\/chorus \(connection refused\); trying again in 0\.5 s \(attempt 1\)\.$/);
  assert.match(lines[1]!, /trying again in 1\.0 s \(attempt 2\)/);
  assert.doesNotMatch(lines.join('\n'), /secret-password/);
});

test('it carries on once the database answers', async () => {
  let calls = 0;
  const lines: string[] = [];
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const db = await openWhenReady(
    async () => {
      calls++;
      if (calls < 3) throw refused();
      return openPglite(undefined);
    },
    { waitSeconds: 30, where: 'db:5432/chorus', log: (l) => lines.push(l), sleep: async () => undefined },
  );
  try {
    assert.equal(calls, 3);
    assert.deepEqual((await db.query('SELECT 1 AS one')).rows, [{ one: 1 }]);
    assert.equal(lines.length, 3);
    assert.equal(lines[2], 'The database at db:5432/chorus is answering now.');
  } finally {
    await db.close();
  }
});

test('a failure that waiting cannot mend (a wrong password) stops at once', async () => {
  const lines: string[] = [];
  let calls = 0;
  const wrongPassword = Object.assign(new Error('password authentication failed for user "chorus"'), { code: '28P01' });
  await assert.rejects(
    openWhenReady(
      async () => {
        calls++;
        throw wrongPassword;
      },
      { waitSeconds: 30, where: 'db', log: (l) => lines.push(l) },
    ),
    wrongPassword,
  );
  assert.equal(calls, 1);
  assert.deepEqual(lines, []);
});

test('`npm start` with PostgreSQL down says it is waiting, then stops with a clear message and no stack trace', async () => {
  const port = await closedPort();
  const root = path.resolve(import.meta.dirname, '../..');
  const { NODE_TEST_CONTEXT: _n, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...env, NODE_ENV: 'development', DATABASE_URL: `postgres://chorus@127.0.0.1:${port}/chorus`, DATABASE_WAIT_SECONDS: '1', PORT: '0' },
  });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /Waiting for the database at 127\.0\.0\.1:\d+\/chorus \(connection refused\)/);
  assert.match(r.stderr, /Chorus could not start\.\nThe database at 127\.0\.0\.1:\d+\/chorus did not answer within 1 s/);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
});
