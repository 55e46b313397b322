// Reading ?page=, clamping it, LIMIT/OFFSET, the numbered items for the NHS pagination component, and keyset pages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hrefFor, keysetPage, keysetSql, pageNumbers, paginate, readKeyset, requestedPage } from '../pagination.ts';

describe('requestedPage', () => {
  test('whole numbers of 1 or more are read; anything else is page 1', () => {
    assert.equal(requestedPage({ page: '3' }), 3);
    assert.equal(requestedPage({ page: ' 7 ' }), 7);
    for (const bad of ['abc', '-1', '0', '1.5', '', '1e3', '0x10', '２', undefined, ['2', '3'], { a: 1 }, '9'.repeat(101)]) assert.equal(requestedPage({ page: bad as never }), 1, JSON.stringify(bad));
    assert.equal(requestedPage({ page: '9'.repeat(30) }), Number.MAX_SAFE_INTEGER, 'a huge page number is past the end');
    assert.equal(requestedPage(undefined), 1);
  });
});

describe('paginate', () => {
  const p = (page: unknown, total: number, perPage = 10) => paginate({ query: { page }, total, perPage, path: '/admin/things', params: { q: 'café & co', empty: '' } });

  test('LIMIT/OFFSET and the positions shown', () => {
    const r = p('3', 95);
    assert.deepEqual([r.page, r.pageCount, r.limit, r.offset, r.from, r.to], [3, 10, 10, 20, 21, 30]);
    const last = p('10', 95);
    assert.deepEqual([last.from, last.to], [91, 95]);
  });

  test('past the end gives the last page; a huge number too; an empty list is page 1 of 1', () => {
    assert.equal(p('11', 95).page, 10);
    assert.equal(p('99999999999999999999', 95).page, 10);
    const empty = p('4', 0);
    assert.deepEqual([empty.page, empty.pageCount, empty.offset, empty.from, empty.to, empty.component], [1, 1, 0, 0, 0, undefined]);
  });

  test('the numbered items: first, last, current and neighbours, with ellipses; links keep the filters', () => {
    const r = p('5', 95);
    assert.deepEqual(r.component!.items.map((i) => ('ellipsis' in i ? '…' : i.current ? `[${i.number}]` : String(i.number))), ['1', '…', '4', '[5]', '6', '…', '10']);
    const first = r.component!.items[0]!;
    assert.ok(!('ellipsis' in first) && first.href === '/admin/things?q=caf%C3%A9+%26+co', 'page 1 has no ?page, and filters are encoded');
    assert.equal(r.component!.previous!.href, '/admin/things?q=caf%C3%A9+%26+co&page=4');
    assert.equal(r.component!.next!.href, '/admin/things?q=caf%C3%A9+%26+co&page=6');
    assert.equal(p('1', 95).component!.previous, undefined);
    assert.equal(p('10', 95).component!.next, undefined);
    assert.equal(p('1', 10).component, undefined, 'one page: no pagination');
  });

  test('a gap of one page shows that page rather than an ellipsis', () => {
    assert.deepEqual(pageNumbers(3, 5), [1, 2, 3, 4, 5]);
    assert.deepEqual(pageNumbers(1, 1), [1]);
    assert.deepEqual(pageNumbers(1, 9), [1, 2, null, 9]);
    assert.deepEqual(pageNumbers(9, 9), [1, null, 8, 9]);
  });

  test('bad totals and page sizes do not break it', () => {
    const r = paginate({ query: {}, total: Number.NaN, perPage: 0, path: '/x' });
    assert.deepEqual([r.page, r.pageCount, r.limit, r.offset], [1, 1, 1, 0]);
  });

  test('hrefFor leaves out empty values', () => {
    assert.equal(hrefFor('/x', { a: '', b: undefined, c: null, d: 0 }), '/x?d=0');
  });
});

describe('keyset pages (newest first)', () => {
  const rows = (ids: number[]) => ids.map((id) => ({ id }));
  const opts = { path: '/admin/outbox', params: {} };

  test('reads before/after cursors; anything odd is the first page', () => {
    assert.deepEqual(readKeyset({ before: '40' }, 10), { direction: 'before', cursor: 40, perPage: 10 });
    assert.deepEqual(readKeyset({ after: '40' }, 10), { direction: 'after', cursor: 40, perPage: 10 });
    for (const bad of ['abc', '-1', '0', '1.5', '9'.repeat(16)]) assert.equal(readKeyset({ before: bad }, 10).direction, 'first', bad);
  });

  test('SQL: newest first, one extra row to learn whether there is more', () => {
    assert.deepEqual(keysetSql({ direction: 'first', perPage: 10 }), { where: 'TRUE', order: 'id DESC', limit: 11, params: [] });
    assert.deepEqual(keysetSql({ direction: 'before', cursor: 5, perPage: 10 }), { where: 'id < $1', order: 'id DESC', limit: 11, params: [5] });
    assert.deepEqual(keysetSql({ direction: 'after', cursor: 5, perPage: 10 }), { where: 'id > $1', order: 'id ASC', limit: 11, params: [5] });
  });

  test('links to older and newer pages', () => {
    const first = keysetPage(rows([30, 29, 28]), { direction: 'first', perPage: 2 }, (r) => r.id, opts);
    assert.deepEqual(first.rows.map((r) => r.id), [30, 29]);
    assert.equal(first.component!.previous, undefined);
    assert.equal(first.component!.next!.href, '/admin/outbox?before=29');
    const older = keysetPage(rows([28, 27]), { direction: 'before', cursor: 29, perPage: 2 }, (r) => r.id, opts);
    assert.equal(older.component!.previous!.href, '/admin/outbox?after=28');
    assert.equal(older.component!.next, undefined, 'no extra row: nothing older');
    const newer = keysetPage(rows([29, 30, 31]), { direction: 'after', cursor: 28, perPage: 2 }, (r) => r.id, opts);
    assert.deepEqual(newer.rows.map((r) => r.id), [30, 29], 'shown newest first');
    assert.equal(newer.component!.previous!.href, '/admin/outbox?after=30');
    assert.equal(newer.component!.next!.href, '/admin/outbox?before=29');
    assert.equal(keysetPage([], { direction: 'first', perPage: 2 }, (r: { id: number }) => r.id, opts).component, undefined);
    assert.equal(keysetPage([], { direction: 'before', cursor: 1, perPage: 2 }, (r: { id: number }) => r.id, opts).component!.previous!.href, '/admin/outbox');
  });
});
