/** Evaluation metrics: multi-label, single-label, clustering, bootstrap CIs. */
import { mulberry32 } from './rng.ts';

/** n × L 0/1 indicator matrix, row-major. */
export interface Indicator {
  n: number;
  labels: number;
  data: Uint8Array;
}

export function indicator(sets: ReadonlyArray<ReadonlyArray<number>>, labels: number): Indicator {
  const data = new Uint8Array(sets.length * labels);
  sets.forEach((s, i) => s.forEach((l) => (data[i * labels + l] = 1)));
  return { n: sets.length, labels, data };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

export interface MultiLabelReport {
  microPrecision: number;
  microRecall: number;
  microF1: number;
  /** Mean F1 over labels that occur in the truth or the predictions (scikit-learn counts absent labels as 0; see macroF1All). */
  macroF1: number;
  /** Mean F1 over all L labels, absent ones scoring 0 (scikit-learn's `average="macro"` with zero_division=0). */
  macroF1All: number;
  macroPrecision: number;
  macroRecall: number;
  samplesF1: number;
  exactMatch: number;
  hammingLoss: number;
  perLabel: Prf[];
}

function counts(t: Indicator, p: Indicator, rows?: ArrayLike<number>): { tp: Float64Array; fp: Float64Array; fn: Float64Array } {
  const L = t.labels;
  const tp = new Float64Array(L);
  const fp = new Float64Array(L);
  const fn = new Float64Array(L);
  const n = rows ? rows.length : t.n;
  for (let k = 0; k < n; k++) {
    const o = (rows ? rows[k] : k) * L;
    for (let l = 0; l < L; l++) {
      const a = t.data[o + l];
      const b = p.data[o + l];
      if (a && b) tp[l]++;
      else if (b) fp[l]++;
      else if (a) fn[l]++;
    }
  }
  return { tp, fp, fn };
}

function microMacro(tp: Float64Array, fp: Float64Array, fn: Float64Array): { micro: number; macro: number } {
  let TP = 0;
  let FP = 0;
  let FN = 0;
  let sum = 0;
  let used = 0;
  for (let l = 0; l < tp.length; l++) {
    TP += tp[l];
    FP += fp[l];
    FN += fn[l];
    if (tp[l] + fp[l] + fn[l] > 0) {
      sum += prf(tp[l], fp[l], fn[l]).f1;
      used++;
    }
  }
  return { micro: prf(TP, FP, FN).f1, macro: used ? sum / used : 0 };
}

export function multiLabelReport(truth: Indicator, pred: Indicator): MultiLabelReport {
  if (truth.n !== pred.n || truth.labels !== pred.labels) throw new Error('truth and prediction shapes differ');
  const L = truth.labels;
  const { tp, fp, fn } = counts(truth, pred);
  const perLabel = Array.from({ length: L }, (_, l) => prf(tp[l], fp[l], fn[l]));
  let TP = 0;
  let FP = 0;
  let FN = 0;
  for (let l = 0; l < L; l++) {
    TP += tp[l];
    FP += fp[l];
    FN += fn[l];
  }
  const micro = prf(TP, FP, FN);
  const present = perLabel.filter((_, l) => tp[l] + fp[l] + fn[l] > 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  let samples = 0;
  let exact = 0;
  let wrong = 0;
  for (let i = 0; i < truth.n; i++) {
    let a = 0;
    let b = 0;
    let both = 0;
    let same = true;
    for (let l = 0; l < L; l++) {
      const t = truth.data[i * L + l];
      const p = pred.data[i * L + l];
      a += t;
      b += p;
      both += t & p;
      if (t !== p) {
        same = false;
        wrong++;
      }
    }
    samples += a + b > 0 ? (2 * both) / (a + b) : 0;
    if (same) exact++;
  }
  return {
    microPrecision: micro.precision,
    microRecall: micro.recall,
    microF1: micro.f1,
    macroF1: mean(present.map((r) => r.f1)),
    macroF1All: mean(perLabel.map((r) => r.f1)),
    macroPrecision: mean(present.map((r) => r.precision)),
    macroRecall: mean(present.map((r) => r.recall)),
    samplesF1: truth.n ? samples / truth.n : 0,
    exactMatch: truth.n ? exact / truth.n : 0,
    hammingLoss: truth.n ? wrong / (truth.n * L) : 0,
    perLabel,
  };
}

export interface Interval {
  low: number;
  high: number;
}

/** Percentile bootstrap (resampling rows) 95% CI for micro- and macro-F1. */
export function bootstrapF1(truth: Indicator, pred: Indicator, samples = 1000, seed = 1): { micro: Interval; macro: Interval } {
  const rand = mulberry32(seed);
  const micro: number[] = [];
  const macro: number[] = [];
  const rows = new Int32Array(truth.n);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < truth.n; i++) rows[i] = Math.floor(rand() * truth.n);
    const c = counts(truth, pred, rows);
    const r = microMacro(c.tp, c.fp, c.fn);
    micro.push(r.micro);
    macro.push(r.macro);
  }
  const ci = (xs: number[]): Interval => {
    xs.sort((a, b) => a - b);
    const q = (f: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.round(f * (xs.length - 1))))];
    return { low: q(0.025), high: q(0.975) };
  };
  return { micro: ci(micro), macro: ci(macro) };
}

export interface SingleLabelReport {
  accuracy: number;
  /** Mean per-class recall. */
  balancedAccuracy: number;
  /** Class balance accuracy (Mosley 2013, used by pxtextmining): mean of Cᵢᵢ / max(row sumᵢ, column sumᵢ). */
  classBalanceAccuracy: number;
  macroF1: number;
  perClass: Prf[];
  confusion: number[][];
}

export function singleLabelReport(truth: ArrayLike<number>, pred: ArrayLike<number>, classes: number): SingleLabelReport {
  const conf = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let correct = 0;
  for (let i = 0; i < truth.length; i++) {
    conf[truth[i]][pred[i]]++;
    if (truth[i] === pred[i]) correct++;
  }
  const perClass: Prf[] = [];
  let recallSum = 0;
  let recallN = 0;
  let cba = 0;
  let cbaN = 0;
  for (let c = 0; c < classes; c++) {
    const tp = conf[c][c];
    const row = conf[c].reduce((a, b) => a + b, 0);
    let col = 0;
    for (let r = 0; r < classes; r++) col += conf[r][c];
    perClass.push(prf(tp, col - tp, row - tp));
    if (row > 0) {
      recallSum += tp / row;
      recallN++;
    }
    if (row + col > 0) {
      cba += tp / Math.max(row, col);
      cbaN++;
    }
  }
  const present = perClass.filter((r, c) => r.support > 0 || conf.some((row) => row[c] > 0));
  return {
    accuracy: truth.length ? correct / truth.length : 0,
    balancedAccuracy: recallN ? recallSum / recallN : 0,
    classBalanceAccuracy: cbaN ? cba / cbaN : 0,
    macroF1: present.length ? present.reduce((a, r) => a + r.f1, 0) / present.length : 0,
    perClass,
    confusion: conf,
  };
}

function contingency(a: ArrayLike<number>, b: ArrayLike<number>): { table: Map<string, number>; ra: Map<number, number>; rb: Map<number, number> } {
  const table = new Map<string, number>();
  const ra = new Map<number, number>();
  const rb = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const key = `${a[i]}:${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    ra.set(a[i], (ra.get(a[i]) ?? 0) + 1);
    rb.set(b[i], (rb.get(b[i]) ?? 0) + 1);
  }
  return { table, ra, rb };
}

/** Normalised mutual information with arithmetic-mean normalisation (scikit-learn's default). */
export function nmi(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n === 0) return 0;
  const { table, ra, rb } = contingency(a, b);
  const h = (m: Map<number, number>) => {
    let s = 0;
    for (const c of m.values()) s -= (c / n) * Math.log(c / n);
    return s;
  };
  const ha = h(ra);
  const hb = h(rb);
  if (ha === 0 && hb === 0) return 1;
  let mi = 0;
  for (const [key, c] of table) {
    const [x, y] = key.split(':').map(Number);
    mi += (c / n) * Math.log((n * c) / ((ra.get(x) as number) * (rb.get(y) as number)));
  }
  const denom = (ha + hb) / 2;
  return denom > 0 ? Math.max(0, mi / denom) : 0;
}

/** Adjusted Rand index. */
export function ari(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const { table, ra, rb } = contingency(a, b);
  const c2 = (x: number) => (x * (x - 1)) / 2;
  let sumIj = 0;
  for (const c of table.values()) sumIj += c2(c);
  let sumA = 0;
  for (const c of ra.values()) sumA += c2(c);
  let sumB = 0;
  for (const c of rb.values()) sumB += c2(c);
  const expected = (sumA * sumB) / c2(n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (sumIj - expected) / (max - expected);
}
