/** Held-out evaluation of a model on coded rows (multi- or single-label, plus sentiment). */
import { classifyWith } from './classify.ts';
import { bootstrapF1, indicator, multiLabelReport, singleLabelReport, type MultiLabelReport, type SingleLabelReport } from './metrics.ts';
import { type InsightModel } from './model.ts';
import { mulberry32, permutation } from './rng.ts';
import { type TrainingRow } from './train.ts';

export interface Evaluation {
  rows: number;
  multiLabel: boolean;
  themes: MultiLabelReport & { ci?: ReturnType<typeof bootstrapF1> };
  /** Single-label view (first assigned theme vs the coded label) when the model is single-label. */
  single?: SingleLabelReport;
  sentiment?: SingleLabelReport & { rows: number };
  /** Coded labels that the model does not know (ignored in scoring). */
  unknownLabels: string[];
}

export function evaluateModel(model: InsightModel, rows: readonly TrainingRow[], opts: { bootstrap?: number } = {}): Evaluation {
  const index = new Map(model.labels.map((l, i) => [l.name, i]));
  const L = model.labels.length;
  const unknown = new Set<string>();
  const usable = rows.filter((r) => r.text.trim() !== '' && r.labels.length > 0);
  const out = classifyWith(model, usable);
  const truthSets = usable.map((r) =>
    r.labels.flatMap((name) => {
      const i = index.get(name);
      if (i === undefined) unknown.add(name);
      return i === undefined ? [] : [i];
    }),
  );
  const predSets = out.map((c) => c.themes.map((t) => index.get(t.label) as number));
  const truth = indicator(truthSets, L);
  const pred = indicator(predSets, L);
  const report: Evaluation['themes'] = multiLabelReport(truth, pred);
  if (opts.bootstrap) report.ci = bootstrapF1(truth, pred, opts.bootstrap, 1);
  const result: Evaluation = { rows: usable.length, multiLabel: model.multiLabel, themes: report, unknownLabels: [...unknown] };
  if (!model.multiLabel) {
    const pairs = truthSets.map((t, i) => [t[0], predSets[i][0]] as const).filter(([t]) => t !== undefined);
    result.single = singleLabelReport(pairs.map(([t]) => t), pairs.map(([, p]) => p), L);
  }
  if (model.sentiment) {
    const classes = model.sentiment.classes;
    const pairs = usable
      .map((r, i) => [classes.indexOf(r.sentiment ?? ''), classes.indexOf(out[i].sentiment?.label ?? '')] as const)
      .filter(([t]) => t >= 0);
    if (pairs.length) result.sentiment = { ...singleLabelReport(pairs.map(([t]) => t), pairs.map(([, p]) => p), classes.length), rows: pairs.length };
  }
  return result;
}

/** Seeded random split of rows into (train, test). */
export function holdoutSplit<T>(rows: readonly T[], testFraction: number, seed: number): { train: T[]; test: T[] } {
  const perm = permutation(rows.length, mulberry32(seed));
  const nTest = Math.round(rows.length * testFraction);
  return { test: Array.from(perm.subarray(0, nTest), (i) => rows[i]), train: Array.from(perm.subarray(nTest), (i) => rows[i]) };
}

const f = (x: number) => x.toFixed(3);

/** Human-readable evaluation summary. */
export function formatEvaluation(e: Evaluation, labels: readonly string[], sentimentClasses: readonly string[] = []): string {
  const t = e.themes;
  const lines = [`Rows evaluated: ${e.rows}`];
  if (e.single) {
    lines.push(`Accuracy ${f(e.single.accuracy)}, balanced accuracy ${f(e.single.balancedAccuracy)}, class-balance accuracy ${f(e.single.classBalanceAccuracy)}, macro-F1 ${f(e.single.macroF1)}`);
  }
  lines.push(
    `Themes: micro-F1 ${f(t.microF1)} (P ${f(t.microPrecision)}, R ${f(t.microRecall)})` + (t.ci ? ` 95% CI ${f(t.ci.micro.low)}–${f(t.ci.micro.high)}` : ''),
    `        macro-F1 ${f(t.macroF1)} over labels present (${f(t.macroF1All)} over all ${labels.length})` + (t.ci ? ` 95% CI ${f(t.ci.macro.low)}–${f(t.ci.macro.high)}` : ''),
    `        samples-F1 ${f(t.samplesF1)}, exact match ${f(t.exactMatch)}, Hamming loss ${f(t.hammingLoss)}`,
    '',
    'Per label: precision / recall / F1 (support)',
  );
  t.perLabel.forEach((p, i) => {
    if (p.support === 0 && p.precision === 0) return;
    lines.push(`  ${labels[i].padEnd(45).slice(0, 45)} ${f(p.precision)} / ${f(p.recall)} / ${f(p.f1)} (${p.support})`);
  });
  if (e.sentiment) {
    lines.push('', `Sentiment (${e.sentiment.rows} rows): accuracy ${f(e.sentiment.accuracy)}, macro-F1 ${f(e.sentiment.macroF1)}`);
    e.sentiment.perClass.forEach((p, i) => lines.push(`  ${(sentimentClasses[i] ?? String(i)).padEnd(15)} F1 ${f(p.f1)} (${p.support})`));
  }
  if (e.unknownLabels.length) lines.push('', `Labels in the file that the model does not know (not scored): ${e.unknownLabels.join(', ')}`);
  return lines.join('\n') + '\n';
}
