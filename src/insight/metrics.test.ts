import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ari, bootstrapF1, indicator, multiLabelReport, nmi, singleLabelReport } from './metrics.ts';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

// Hand-worked: truth {0,1} {1} {2} {0}; predicted {0} {1,2} {2} {1}.
const truth = indicator([[0, 1], [1], [2], [0]], 3);
const pred = indicator([[0], [1, 2], [2], [1]], 3);

test('multi-label metrics match a hand-worked example', () => {
  const r = multiLabelReport(truth, pred);
  // label 0: tp 1 fp 0 fn 1; label 1: tp 1 fp 1 fn 1; label 2: tp 1 fp 1 fn 0.
  close(r.perLabel[0].precision, 1);
  close(r.perLabel[0].recall, 0.5);
  close(r.perLabel[0].f1, 2 / 3);
  close(r.perLabel[1].f1, 0.5);
  close(r.perLabel[2].f1, 2 / 3);
  assert.equal(r.perLabel[1].support, 2);
  close(r.microPrecision, 0.6);
  close(r.microRecall, 0.6);
  close(r.microF1, 0.6);
  close(r.macroF1, 11 / 18);
  close(r.macroF1All, 11 / 18);
  close(r.samplesF1, 7 / 12);
  close(r.exactMatch, 0.25);
  close(r.hammingLoss, 4 / 12);
});

test('macro-F1 leaves out labels absent from truth and predictions; macroF1All counts them as 0', () => {
  const r = multiLabelReport(indicator([[0], [1]], 3), indicator([[0], [1]], 3));
  close(r.macroF1, 1);
  close(r.macroF1All, 2 / 3);
});

test('single-label metrics: accuracy, balanced and class-balance accuracy, per-class F1', () => {
  // Confusion rows (truth) × columns (pred): [1 1 0] [0 2 0] [1 0 0].
  const r = singleLabelReport([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], 3);
  assert.deepEqual(r.confusion, [[1, 1, 0], [0, 2, 0], [1, 0, 0]]);
  close(r.accuracy, 0.6);
  close(r.balancedAccuracy, 0.5);
  close(r.classBalanceAccuracy, (0.5 + 2 / 3 + 0) / 3);
  close(r.perClass[0].f1, 0.5);
  close(r.perClass[1].f1, 0.8);
  close(r.macroF1, 1.3 / 3);
});

test('NMI and ARI match worked values (checked against scikit-learn)', () => {
  close(nmi([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2]), 0.7396673768007592, 1e-12);
  close(ari([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2]), 4 / 9, 1e-12);
  close(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 0.5158037429793889, 1e-12);
  close(ari([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]), 8 / 33, 1e-12);
  // Label names do not matter; identical partitions score 1.
  close(nmi([1, 1, 2], [7, 7, 3]), 1);
  close(ari([1, 1, 2], [7, 7, 3]), 1);
});

test('bootstrap CI is deterministic for a seed and brackets the point estimate', () => {
  const t = indicator(Array.from({ length: 60 }, (_, i) => [i % 3]), 3);
  const p = indicator(Array.from({ length: 60 }, (_, i) => [i % 5 === 0 ? (i + 1) % 3 : i % 3]), 3);
  const point = multiLabelReport(t, p).microF1;
  const a = bootstrapF1(t, p, 300, 9);
  const b = bootstrapF1(t, p, 300, 9);
  assert.deepEqual(a, b);
  assert.ok(a.micro.low <= point && point <= a.micro.high);
  assert.ok(a.micro.low < a.micro.high);
});
