import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { columnIndex, decodeLenient, LenientDecoder, readCsv } from './csv.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

test('a UTF-8 BOM is removed, quoted newlines stay inside the cell, empty cells are kept', async () => {
  const buf = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), enc('id,text,x\n1,"line one\nline two, with comma",\n2,,z\n\n3,"say ""hi""",y\n'));
  const r = await readCsv({ buffer: buf });
  assert.deepEqual(r.header, ['id', 'text', 'x']);
  assert.deepEqual(r.rows, [
    ['1', 'line one\nline two, with comma', ''],
    ['2', '', 'z'],
    ['3', 'say "hi"', 'y'],
  ]);
  assert.equal(r.invalidBytes, 0);
});

test('non-UTF-8 bytes are decoded as Windows-1252 and counted', async () => {
  // "café “hi”" as Windows-1252: é = 0xE9, “ = 0x93, ” = 0x94; then a valid UTF-8 "é".
  const bytes = concat(enc('id,text\n1,caf'), Uint8Array.from([0xe9, 0x20, 0x93]), enc('hi'), Uint8Array.from([0x94]), enc(' ok \u00e9\n'));
  const r = await readCsv({ buffer: bytes });
  assert.equal(r.rows[0][1], 'café “hi” ok é');
  assert.equal(r.invalidBytes, 3);
});

test('the decoder joins a multi-byte character split across chunks', () => {
  const d = new LenientDecoder();
  const euro = enc('€'); // 3 bytes
  const text = d.write(concat(enc('a'), euro.subarray(0, 2))) + d.write(concat(euro.subarray(2), enc('b'))) + d.end();
  assert.equal(text, 'a€b');
  assert.equal(d.invalidBytes, 0);
  assert.equal(decodeLenient(Uint8Array.from([0x61, 0xe2, 0x82])).text, 'aâ‚');
});

test('ragged rows are read and an unreadable record is reported, not thrown', async () => {
  const r = await readCsv({ text: 'a,b\n1\n2,x,extra\n3,"broken "quote" here\n4,fine\n' });
  assert.deepEqual(r.rows[0], ['1']);
  assert.deepEqual(r.rows[1], ['2', 'x', 'extra']);
  assert.deepEqual(r.rows[2], ['3', '"broken "quote" here']);
  assert.deepEqual(r.rows[3], ['4', 'fine']);
  // A quote that never closes swallows the rest of the file: that record is reported as skipped.
  const bad = await readCsv({ text: 'a,b\n1,ok\n2,"never closed\n3,lost\n' });
  assert.deepEqual(bad.rows, [['1', 'ok']]);
  assert.equal(bad.skipped.length, 1);
  assert.match(bad.skipped[0].reason, /Quote Not Closed/);
});

test('files: an empty file is an error; a missing column names the columns that exist', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chorus-csv-'));
  try {
    await writeFile(join(dir, 'empty.csv'), '');
    await assert.rejects(readCsv(join(dir, 'empty.csv')), /empty/);
    await writeFile(join(dir, 'h.csv'), 'Comment,Other\n');
    const r = await readCsv(join(dir, 'h.csv'));
    assert.equal(r.rows.length, 0);
    assert.equal(columnIndex(r.header, 'comment'), 0);
    assert.throws(() => columnIndex(r.header, 'Text'), /column "Text" not found; the file has: "Comment", "Other"/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
