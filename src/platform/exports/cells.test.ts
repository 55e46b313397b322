import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellOf, looksLikeFormula, neutralise, safeFileName } from './cells.ts';
import { inPages } from './index.ts';

test('a cell that starts like a formula gets a leading apostrophe', () => {
  const hostile: [string, string][] = [
    ['=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['+1', `'+1`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['\tplain', `'\tplain`],
    ['  =1', `'  =1`],
    ['\n=1', `'\n=1`],
    ['\u00a0@x', `'\u00a0@x`],
    ['\uFF1D1+1', `'\uFF1D1+1`],
  ];
  for (const [input, expected] of hostile) {
    assert.equal(looksLikeFormula(input), true, JSON.stringify(input));
    assert.equal(neutralise(input), expected, JSON.stringify(input));
    assert.equal(looksLikeFormula(neutralise(input)), false, JSON.stringify(input));
  }
});

test('ordinary text is left as typed', () => {
  for (const s of ['', 'Jo Bloggs', 'It was fine = good', 'Email me at a@b.org', '1-2 weeks', "'already quoted", ' leading space', 'Line one\nLine two']) {
    assert.equal(neutralise(s), s);
  }
});

test('control characters that would break an XLSX file are dropped, then the start is checked again', () => {
  assert.equal(neutralise('a\u0000b\u0007c\u001f'), 'abc');
  assert.equal(neutralise('\u0001=1'), `'=1`);
  assert.equal(neutralise('tab\tand\r\nnew line'), 'tab\tand\r\nnew line');
});

test('values become cells: numbers stay numbers, the rest is neutralised text', () => {
  assert.equal(cellOf(-1), -1);
  assert.equal(cellOf(0), 0);
  assert.equal(cellOf(Number.NaN), '');
  assert.equal(cellOf(null), '');
  assert.equal(cellOf(undefined), '');
  assert.equal(cellOf(true), 'Yes');
  assert.equal(cellOf(false), 'No');
  assert.equal(cellOf(new Date('2027-07-15T13:00:00Z')), '2027-07-15T13:00:00.000Z');
  assert.equal(cellOf(['Vegan', 'BSL']), 'Vegan; BSL');
  assert.equal(cellOf(['=1', 'two']), `'=1; two`);
  assert.equal(cellOf('-5'), `'-5`, 'text that looks like a negative number is still text');
});

test('file names: letters, digits and hyphens only, never empty, at most 60 characters before the extension', () => {
  assert.equal(safeFileName('Your views on crisis care 2027', 'csv'), 'your-views-on-crisis-care-2027.csv');
  assert.equal(safeFileName('Café "quoted"; name=evil.exe\r\nX-Header: 1', 'xlsx'), 'cafe-quoted-name-evil-exe-x-header-1.xlsx');
  assert.equal(safeFileName('../../etc/passwd', 'csv'), 'etc-passwd.csv');
  assert.equal(safeFileName('', 'csv'), 'export.csv');
  assert.equal(safeFileName('ПЕРЕВОД 文字', 'csv'), 'export.csv');
  const long = safeFileName(`${'a'.repeat(59)} b c`, 'csv');
  assert.equal(long, `${'a'.repeat(59)}.csv`, 'no hyphen left dangling where it was cut');
  assert.ok(safeFileName('x'.repeat(500), 'xlsx').length <= 65);
  assert.equal(safeFileName(`${'Long survey title '.repeat(10)}`, 'csv', 'responses'), `${'long-survey-title-'.repeat(4).slice(0, 60).replace(/-+$/, '')}-responses.csv`, 'the suffix survives the cut');
  assert.equal(safeFileName('', 'xlsx', 'responses'), 'responses.xlsx');
  for (const name of ['a"b', 'a\\b', 'a/b', 'a;b', 'a\u202eb', 'a\u0000b']) assert.match(safeFileName(name, 'csv'), /^[a-z0-9-]+\.csv$/);
});

test('inPages reads until a short page, passing the last row of each page', async () => {
  const data = Array.from({ length: 7 }, (_, i) => i);
  const asked: (number | undefined)[] = [];
  const out: number[] = [];
  for await (const n of inPages<number>(async (after) => {
    asked.push(after);
    const from = after === undefined ? 0 : after + 1;
    return data.slice(from, from + 3);
  }, 3)) out.push(n);
  assert.deepEqual(out, data);
  assert.deepEqual(asked, [undefined, 2, 5]);
});
