import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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

// ---- classify: where the output goes, columns it adds, and an unclosed quote (the real CLI, spawned)
const classify = (args: string[], cwd = dir) => spawnSync(process.execPath, [bin, 'insight', 'classify', '--text-column', 'comment', ...args], { cwd, encoding: 'utf8' });
const noStackTrace = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at |node:internal|triggerUncaughtException/, 'one clear message, not a stack trace');

test('classify --output into a folder that does not exist: a clear message, exit 2, nothing created', async () => {
  const r = classify(['--input', 'comments.csv', '--output', join('no-such-folder', 'out.csv')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /chorus insight classify: error: the folder for --output does not exist: no-such-folder \(create it first, or choose another folder\)/);
  noStackTrace(r.stderr);
  await assert.rejects(readFile(join(dir, 'no-such-folder', 'out.csv')));
});

test('classify refuses to write over its input, however the path is written (./x, absolute, symbolic link)', async () => {
  const original = 'id,comment\n1,The wait was long\n2,Kind staff\n';
  await writeFile(join(dir, 'precious.csv'), original);
  await symlink(join(dir, 'precious.csv'), join(dir, 'precious-link.csv'));
  for (const [input, output] of [['precious.csv', 'precious.csv'], ['precious.csv', './precious.csv'], [join(dir, 'precious.csv'), 'precious.csv'], ['precious.csv', 'precious-link.csv']] as const) {
    const r = classify(['--input', input, '--output', output]);
    assert.equal(r.status, 2, `${input} -> ${output}`);
    assert.match(r.stderr, /is the input file; writing to it would destroy the input\. Choose another file, for example --output /);
    noStackTrace(r.stderr);
    assert.equal(await readFile(join(dir, 'precious.csv'), 'utf8'), original, 'the input is untouched');
  }
});

test('classify refuses an input that already has themes or sentiment columns, and leaves an existing output alone', async () => {
  await writeFile(join(dir, 'classified-before.csv'), 'id,comment,themes,theme_confidence,Sentiment,sentiment_confidence\n1,The wait was long,Timeliness,0.9,negative,0.8\n');
  await writeFile(join(dir, 'previous-output.csv'), 'keep me\n');
  const r = classify(['--input', 'classified-before.csv', '--output', 'previous-output.csv']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /the input already has columns "themes", "theme_confidence", "Sentiment", "sentiment_confidence", which classify adds to its output; rename or remove them in the input first/);
  noStackTrace(r.stderr);
  assert.equal(await readFile(join(dir, 'previous-output.csv'), 'utf8'), 'keep me\n');
});

test('classify: an unclosed quote is reported at the line where it opens, with how many lines it swallowed', async () => {
  await writeFile(join(dir, 'unclosed.csv'), 'id,comment\n1,The wait was long\n2,"Kind staff\n3,Cold food\n4,Parking was hard\n');
  const r = classify(['--input', 'unclosed.csv', '--output', 'unclosed-out.csv']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Classified 1 rows/);
  assert.match(r.stderr, /1 record\(s\) could not be read and were skipped:\n {2}line 3: Quote Not Closed: a quote opened on line 3 is never closed, so the rest of the file \(lines 3 to 5, 3 lines\) could not be read/);
  const out = await readFile(join(dir, 'unclosed-out.csv'), 'utf8');
  assert.equal(out.trim().split('\n').length, 2, 'the header and the one row before the quote');
});
