/**
 * Hyper-parameter check on validation folds carved from each seed's TRAINING part only (never the test fold).
 *
 *   node --import tsx bench/insight/tune.ts [--data PATH] [--configs '[{"C":1}, …]'] [--sentiment]
 *
 * For each seed (42, 7, 123): the same 80/20 split as bench/insight.ts; the 80% is split again 80/20 (same seed)
 * into fit and validation rows. Prints mean validation micro-/macro-F1 (and sentiment accuracy) per config.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyWith } from '../../src/insight/classify.ts';
import { DEFAULT_TRAIN_OPTIONS } from '../../src/insight/defaults.ts';
import { SENTIMENT_CLASSES, V7_FRAMEWORK } from '../../src/insight/framework.ts';
import { indicator, multiLabelReport, singleLabelReport } from '../../src/insight/metrics.ts';
import { loadPxtextmining, type PxRow } from '../../src/insight/pxtextmining.ts';
import { mulberry32, permutation } from '../../src/insight/rng.ts';
import { trainSync, type TrainOptions } from '../../src/insight/train.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const data = await loadPxtextmining(resolve(root, flag('data') ?? process.env.INSIGHT_DATA ?? '../shared/data/pxtextmining/v6framework_230831.csv'));
const configs = JSON.parse(flag('configs') ?? '[{}]') as TrainOptions[];
const withSentiment = args.includes('--sentiment');
const labelIndex = new Map(V7_FRAMEWORK.map((l, i) => [l.name, i]));

function split<T>(rows: T[], seed: number): { a: T[]; b: T[] } {
  const perm = permutation(rows.length, mulberry32(seed));
  const nB = Math.round(rows.length * 0.2);
  return { b: Array.from(perm.subarray(0, nB), (i) => rows[i]), a: Array.from(perm.subarray(nB), (i) => rows[i]) };
}

for (const cfg of configs) {
  const res: number[][] = [];
  let secs = 0;
  for (const seed of [42, 7, 123]) {
    const trainPart = split(data.rows, seed).a; // the test fold (b) is never touched
    const { a: fit, b: val } = split<PxRow>(trainPart, seed + 1);
    const rows = withSentiment ? fit : fit.map((r) => ({ ...r, sentiment: undefined }));
    const t0 = performance.now();
    const model = trainSync(rows, { ...DEFAULT_TRAIN_OPTIONS, seed, ...cfg });
    secs += (performance.now() - t0) / 1000;
    const out = classifyWith(model, val);
    const rep = multiLabelReport(
      indicator(val.map((r) => r.labels.map((l) => labelIndex.get(l) as number)), V7_FRAMEWORK.length),
      indicator(out.map((c) => c.themes.map((t) => labelIndex.get(t.label) as number)), V7_FRAMEWORK.length),
    );
    let acc = NaN;
    if (withSentiment) {
      const pairs = val.map((r, i) => [r.sentiment, out[i].sentiment?.label] as const).filter(([t]) => t);
      const cls = SENTIMENT_CLASSES as readonly string[];
      acc = singleLabelReport(pairs.map(([t]) => cls.indexOf(t as string)), pairs.map(([, p]) => cls.indexOf(p as string)), 3).accuracy;
    }
    res.push([rep.microF1, rep.macroF1, acc]);
  }
  const m = (j: number) => (res.reduce((s, r) => s + r[j], 0) / res.length).toFixed(4);
  console.log(`${JSON.stringify(cfg)}  micro ${m(0)}  macro ${m(1)}${withSentiment ? `  sentiment ${m(2)}` : ''}  (${(secs / 3).toFixed(1)} s/fit)`);
}
