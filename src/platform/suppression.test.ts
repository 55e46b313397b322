import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOf, shownText, suppressTable, viewWithheld, withheldValues } from './suppression.ts';

const T = 5;
const ind = (...ns: number[]) => ns.map((n) => countOf(n));

test('a count of 1 to 4 is hidden as "fewer than 5"; 0 and 5 or more are shown', () => {
  const d = suppressTable({ cells: ind(0, 3, 5, 40), others: [] }, T);
  assert.deepEqual(d.cells, [undefined, 'small', undefined, undefined]);
  assert.deepEqual(ind(0, 3, 5, 40).map((c, i) => shownText(c, d.cells[i], T)), ['0', 'fewer than 5', '5', '40']);
});

test('with the total shown, one hidden cell could be worked out by subtraction, so the next smallest is hidden too', () => {
  // 100 answered: 80 + 17 + 3. Showing 80 and 17 would give the 3.
  const d = suppressTable({ cells: ind(80, 17, 3), total: countOf(100), others: [] }, T);
  assert.deepEqual(d.cells, [undefined, 'protect', 'small']);
  assert.equal(d.total, undefined);
  assert.equal(shownText(countOf(17), 'protect', T), 'not shown', 'a protected cell does not claim to be fewer than 5');
});

test('hidden cells must add up to the threshold: 2 + 1 hidden together would still give "3 chose one of them"', () => {
  const d = suppressTable({ cells: ind(90, 7, 2, 1), total: countOf(100), others: [] }, T);
  assert.deepEqual(d.cells, [undefined, 'protect', 'small', 'small']);
});

test('when no cells are left to hide, the total (and every percentage) is hidden instead', () => {
  const d = suppressTable({ cells: ind(3, 0, 0), total: countOf(3), others: [] }, T);
  assert.deepEqual([d.cells, d.total], [['small', undefined, undefined], 'small']);
  const one = suppressTable({ cells: ind(0, 12, 2), total: countOf(14), others: [] }, T);
  assert.deepEqual([one.cells, one.total], [[undefined, 'protect', 'small'], undefined]);
});

test('a cell is hidden when the same cell in a group reachable by differencing is small (filtered 10, unfiltered 12: the other 2)', () => {
  // filtered view: 10 and 30; the responses outside the filter: 2 and 50
  const d = suppressTable({ cells: ind(10, 30), total: countOf(40), others: [{ cells: [2, 50], total: 52 }] }, T);
  assert.deepEqual(d.cells, ['small', 'protect'], 'and the other cell, so the hidden one cannot be worked out from the total');
  assert.equal(shownText(countOf(10), 'small', T), 'not shown', '10 is not "fewer than 5"');
  const total = suppressTable({ cells: ind(10, 30), total: countOf(40), others: [{ cells: [20, 20], total: 3 }] }, T);
  assert.equal(total.total, 'small', 'a small number of other people who answered hides the total');
  assert.equal(total.cells.filter(Boolean).length, 1, 'and one cell, since shown cells would add up to it');
});

test('decisions are taken on individual responses: organisations are shown, but never uncover a small number of individuals', () => {
  const d = suppressTable({ cells: [countOf(0, 4), countOf(3, 4), countOf(60, 0)], total: countOf(63, 8), others: [] }, T);
  assert.deepEqual(d.cells, [undefined, 'small', 'protect']);
  assert.equal(shownText(countOf(0, 4), d.cells[0], T), '4', 'four organisations are shown as they are');
  assert.equal(shownText(countOf(3, 4), 'small', T), 'not shown', '7 in all is not "fewer than 5"');
});

test('a filtered view is withheld when it, or a group reachable by differencing, has 1 to 4 individual responses', () => {
  assert.equal(viewWithheld(3, [997], [], T), 'small');
  assert.equal(viewWithheld(997, [3], [], T), 'protect', 'everyone but 3: compared with all responses it gives the 3');
  assert.equal(viewWithheld(11, [989], [], T), undefined);
  assert.equal(viewWithheld(0, [1000], [], T), undefined, 'nobody matches: nothing to hide');
});

test('values of one field are withheld together until they reach the threshold, so the shown ones cannot be taken from the total', () => {
  assert.deepEqual(withheldValues({ online: 900, paper: 40, phone: 2, assisted: 1 }, T).sort(), ['assisted', 'paper', 'phone']);
  assert.deepEqual(withheldValues({ online: 900, paper: 40, phone: 2, assisted: 4 }, T).sort(), ['assisted', 'phone']);
  assert.deepEqual(withheldValues({ online: 900, paper: 40 }, T), []);
  assert.equal(viewWithheld(40, [902], [{ value: 'paper', counts: { online: 900, paper: 40, phone: 2, assisted: 1 } }], T), 'protect');
  assert.equal(viewWithheld(900, [43], [{ value: 'online', counts: { online: 900, paper: 40, phone: 2, assisted: 1 } }], T), undefined);
});
