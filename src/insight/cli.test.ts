import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main, type Io } from './cli.ts';

const bin = fileURLToPath(new URL('../../bin/chorus.mjs', import.meta.url));
let dir = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chorus-cli-'));
  await writeFile(join(dir, 'comments.csv'), 'id,comment\n1,The wait was long\n');
  await writeFile(join(dir, 'empty.csv'), '');
  await writeFile(join(dir, 'header-only.csv'), 'comment,label\n');
  await writeFile(join(dir, 'bad-model.json'), '{"hello": 1}');
});
after(() => rm(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

test('missing column: clear message naming the columns, exit 1', async () => {
  const r = await run(['insight', 'classify', '--input', join(dir, 'comments.csv'), '--text-column', 'Text', '--output', join(dir, 'o.csv')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /chorus insight classify: error: column "Text" not found; the file has: "id", "comment"/);
});

test('empty file and header-only file: clear message, non-zero exit', async () => {
  const a = await run(['insight', 'classify', '--input', join(dir, 'empty.csv'), '--text-column', 'comment', '--output', join(dir, 'o.csv')]);
  assert.equal(a.code, 1);
  assert.match(a.err, /input file .*empty\.csv is empty/);
  const b = await run(['insight', 'train', '--input', join(dir, 'header-only.csv'), '--text-column', 'comment', '--label-column', 'label', '--output', join(dir, 'm.json')]);
  assert.equal(b.code, 1);
  assert.match(b.err, /0 usable row\(s\)/);
  const c = await run(['insight', 'discover', '--input', join(dir, 'header-only.csv'), '--text-column', 'comment']);
  assert.equal(c.code, 1);
  assert.match(c.err, /no comments/);
});

test('unknown or invalid model: clear message, exit 1', async () => {
  const a = await run(['insight', 'classify', '--model', join(dir, 'nope.json'), '--input', join(dir, 'comments.csv'), '--text-column', 'comment', '--output', join(dir, 'o.csv')]);
  assert.equal(a.code, 1);
  assert.match(a.err, /unknown model ".*nope\.json": no such file/);
  const b = await run(['insight', 'evaluate', '--model', join(dir, 'bad-model.json'), '--input', join(dir, 'comments.csv'), '--text-column', 'comment', '--label-column', 'id']);
  assert.equal(b.code, 1);
  assert.match(b.err, /is not a Chorus insight model/);
});

test('usage errors exit 2 with the usage line', async () => {
  const a = await run(['insight', 'classify', '--input', join(dir, 'comments.csv'), '--text-column', 'comment']);
  assert.equal(a.code, 2);
  assert.match(a.err, /--output is required\nUsage: chorus insight classify/);
  const b = await run(['insight', 'train', '--input', join(dir, 'comments.csv'), '--bogus']);
  assert.equal(b.code, 2);
  assert.match(b.err, /Unknown option '--bogus'/);
  const c = await run(['insight', 'frobnicate']);
  assert.equal(c.code, 2);
  assert.match(c.err, /unknown command "frobnicate"/);
  const d = await run(['nosuchgroup']);
  assert.equal(d.code, 2);
  assert.match(d.err, /unknown command group "nosuchgroup"/);
  const e = await run(['insight', 'train', '--input', join(dir, 'comments.csv'), '--text-column', 'comment', '--output', join(dir, 'm.json')]);
  assert.equal(e.code, 2);
  assert.match(e.err, /give --label-column or --label-columns/);
  const f = await run(['insight', 'classify', '--input', join(dir, 'missing.csv'), '--text-column', 'comment', '--output', join(dir, 'o.csv')]);
  assert.equal(f.code, 1);
  assert.match(f.err, /input file not found/);
});

test('classify reports unreadable records and non-UTF-8 bytes but still writes the rows it could read', async () => {
  const input = join(dir, 'messy.csv');
  const bytes = Buffer.concat([
    Buffer.from('\ufeffid,comment\n1,"Waited, waited and waited\nfor hours"\n2,\n3,Caf'),
    Buffer.from([0xe9]),
    Buffer.from(' food was cold\n4,"never closed\n'),
  ]);
  await writeFile(input, bytes);
  const output = join(dir, 'messy-out.csv');
  const r = await run(['insight', 'classify', '--input', input, '--text-column', 'comment', '--output', output]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Classified 3 rows/);
  assert.match(r.err, /1 record\(s\) could not be read and were skipped:\n {2}line \d+: Quote Not Closed/);
  assert.match(r.err, /1 byte\(s\) were not valid UTF-8/);
  const text = await readFile(output, 'utf8');
  assert.match(text, /^id,comment,themes,theme_confidence,sentiment,sentiment_confidence\n/);
  assert.match(text, /Café food was cold,Food & drink provision & facilities/);
  assert.match(text, /\n2,,,,,\n/);
});

test('the chorus bin exits non-zero with the message on stderr', () => {
  const r = spawnSync(process.execPath, [bin, 'insight', 'classify', '--model', 'no-such-model.json', '--input', join(dir, 'comments.csv'), '--text-column', 'comment', '--output', join(dir, 'o.csv')], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /unknown model "no-such-model.json"/);
  assert.equal(r.stdout, '');
});
