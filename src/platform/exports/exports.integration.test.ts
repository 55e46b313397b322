// sendExport on a bare fastify app over real HTTP: a download that stops part-way (the person goes away, or a query
// fails after the first rows) is still in the audit log, marked incomplete; rows are produced only as fast as they
// are read; a query that fails before the first row is an ordinary error, with no file and no audit entry.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { testDatabase } from '../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { sendExport, type Column } from './index.ts';

let db: Database;
let app: FastifyInstance;
let base: string;
let produced = 0;
let finished = false;

const columns: Column<number>[] = [
  { header: 'Number', value: (n) => n },
  { header: 'Text', value: (n) => `=row ${n} ${'x'.repeat(200)}` },
];

before(async () => {
  db = await testDatabase();
  app = Fastify({ logger: false });
  app.get<{ Params: { format: 'csv' | 'xlsx' } }>('/endless.:format', async (req, reply) => {
    produced = 0;
    finished = false;
    async function* endless() {
      try {
        for (let n = 0; n < 10_000_000; n++) {
          produced++;
          yield n;
        }
      } finally {
        finished = true;
      }
    }
    return sendExport(req, reply, db, { what: 'test.endless', subject: { type: 'test' }, format: req.params.format, fileName: 'endless', columns, rows: endless() });
  });
  app.get('/breaks.csv', async (req, reply) => {
    async function* breaks() {
      yield 1;
      yield 2;
      throw new Error('the database went away');
    }
    return sendExport(req, reply, db, { what: 'test.breaks', subject: { type: 'test' }, format: 'csv', fileName: 'breaks', columns, rows: breaks() });
  });
  app.get('/fails-first.csv', async (req, reply) => {
    const fails: AsyncIterable<number> = { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('no database')) }) };
    return sendExport(req, reply, db, { what: 'test.fails-first', subject: { type: 'test' }, format: 'csv', fileName: 'fails', columns, rows: fails });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
after(async () => {
  await app.close();
  await db.close();
});

const entries = async (what: string) =>
  (await db.query<{ details: { rows: number; complete: boolean } }>(`SELECT details FROM audit_log WHERE action = 'export' AND details->>'export' = $1 ORDER BY id`, [what])).rows.map((r) => r.details);

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting until ${what}`);
}

/** reads the start of a download, then hangs up, as a person closing the tab would */
function readStartThenHangUp(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; start: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (Buffer.concat(chunks).length < 1000) return;
        req.destroy();
        resolve({ status: res.statusCode!, headers: res.headers, start: Buffer.concat(chunks) });
      });
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
  });
}

for (const format of ['csv', 'xlsx'] as const) {
  test(`${format}: rows are made only as fast as they are read, and a download stopped part-way is logged as incomplete`, { timeout: 60_000 }, async () => {
    const res = await readStartThenHangUp(`${base}/endless.${format}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['content-disposition'], `attachment; filename="endless.${format}"`);
    if (format === 'csv') assert.match(res.start.toString('utf8'), /^\uFEFFNumber,Text\n0,'=row 0 x/);
    else assert.equal(res.start.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file is a zip');
    await until(async () => finished, 'the rows stop being made');
    assert.ok(produced < 1_000_000, `stopped after ${produced} rows, not all ten million`);
    await until(async () => (await entries('test.endless')).length > 0, 'the audit entry is written');
    const [entry] = (await entries('test.endless')).splice(-1);
    assert.equal(entry!.complete, false);
    assert.ok(entry!.rows > 0 && entry!.rows <= produced);
    await db.query(`DELETE FROM audit_log WHERE details->>'export' = 'test.endless'`);
  });
}

test('a query that fails after some rows cuts the file short and logs what was sent as incomplete', async () => {
  const res = await fetch(`${base}/breaks.csv`).then(async (r) => ({ status: r.status, body: await r.text().catch(() => 'cut short') }));
  assert.equal(res.status, 200, 'the file had started');
  await until(async () => (await entries('test.breaks')).length === 1, 'the audit entry is written');
  assert.deepEqual((await entries('test.breaks'))[0], { export: 'test.breaks', format: 'csv', rows: 2, equalityColumns: false, complete: false });
});

test('a query that fails before the first row is an ordinary error: no file, no audit entry', async () => {
  const res = await fetch(`${base}/fails-first.csv`);
  assert.equal(res.status, 500);
  assert.equal(res.headers.get('content-disposition'), null);
  assert.deepEqual(await entries('test.fails-first'), []);
});
