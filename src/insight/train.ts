/** Train a model for any framework from coded rows (multi- or single-label), with optional sentiment. */
import { compile, decide } from './classify.ts';
import { balancedWeights, fitPlatt, sigmoid, trainBinaryLogistic, trainMultinomial, trainSvmDual } from './linear.ts';
import { multiLabelReport, indicator } from './metrics.ts';
import { MODEL_FORMAT, MODEL_VERSION, toSparse, type InsightModel, type KeywordRule, type ModelLabel } from './model.ts';
import { mulberry32, permutation } from './rng.ts';
import { csrSelectRows, type Csr } from './sparse.ts';
import { stripLinks } from './links.ts';
import { questionToken } from './text.ts';
import { TfidfVectorizer, type TfidfDoc, type TfidfOptions } from './tfidf.ts';

export interface TrainingRow {
  text: string;
  /** Label names (one or more). */
  labels: readonly string[];
  /** Sentiment class name, if coded. */
  sentiment?: string;
  question?: string;
}

export interface TrainOptions {
  name?: string;
  /** Label set in display order (default: the labels found in the rows, sorted). */
  labels?: readonly ModelLabel[];
  /** Default: true when any row has more than one label. */
  multiLabel?: boolean;
  /** TF-IDF options (default 1–2-grams, sublinear tf, min_df 2). */
  tfidf?: TfidfOptions;
  /** Use the question as a feature (default: when any row has one). */
  useQuestion?: boolean;
  /** Multi-label theme learner: linear SVM (dual coordinate descent) + Platt scaling, or logistic regression (default 'svm'). */
  algorithm?: 'svm' | 'logistic';
  /** Inverse regularisation for theme models (default 0.5 for svm, 4 for logistic and for single-label softmax). */
  C?: number;
  /** 1 = "balanced" class weights, 0 = none, in between = balanced weights raised to this power (default 0 multi-label, 0.5 single-label). */
  classWeightPower?: number;
  /** Folds for out-of-fold threshold tuning on the training rows (default 3; 0 = fixed 0.5 thresholds). */
  folds?: number;
  /**
   * Shrink each label's F1-optimal threshold towards the single threshold that maximises micro-F1, as if adding
   * this many pseudo-positives at the global threshold (0 = per-label thresholds only; default 300).
   */
  thresholdShrink?: number;
  /** Labels with fewer training positives than this use the global threshold (default 5). */
  minPositivesForThreshold?: number;
  /** Keyword rules (label → regex patterns), kept only where they improve out-of-fold F1. */
  rules?: Readonly<Record<string, readonly string[]>>;
  /** Sentiment classes in order (default: those found, sorted). */
  sentimentClasses?: readonly string[];
  sentimentC?: number;
  /** Drop weights smaller than this in the saved model (default 1e-3). */
  pruneBelow?: number;
  maxIter?: number;
  seed?: number;
  notice?: string;
  /** Progress messages (e.g. console.error). */
  log?: (message: string) => void;
}

export function trainingDocs(rows: readonly TrainingRow[], useQuestion: boolean): TfidfDoc[] {
  return rows.map((r) => {
    const q = useQuestion ? questionToken(r.question) : undefined;
    const text = stripLinks(r.text);
    return q ? { text, extra: [q] } : { text };
  });
}

interface ThemeFit {
  w: Float64Array[];
  bias: Float64Array;
}

type FitParams = Required<Pick<TrainOptions, 'C' | 'classWeightPower' | 'maxIter' | 'algorithm'>>;

/** Fit theme models; multi-label fits return raw decision values (apply `link` for probabilities). */
function fitThemes(x: Csr, y: Uint8Array, L: number, multiLabel: boolean, opts: FitParams, init?: ThemeFit): ThemeFit {
  const n = x.rows;
  const d = x.cols;
  if (!multiLabel) {
    const cls = new Int32Array(n);
    const counts = new Array<number>(L).fill(0);
    for (let i = 0; i < n; i++) {
      for (let l = 0; l < L; l++) if (y[i * L + l]) cls[i] = l;
      counts[cls[i]]++;
    }
    const cw = balancedWeights(counts).map((v) => (v > 0 ? Math.pow(v, opts.classWeightPower) : 0));
    const sw = Float64Array.from(cls, (c) => cw[c]);
    const m = trainMultinomial({ x, y: cls, k: L, C: opts.C, sampleWeight: sw }, { maxIter: opts.maxIter });
    const w = Array.from({ length: L }, (_, c) => Float64Array.from({ length: d }, (_v, j) => m.w[j * L + c]));
    return { w, bias: Float64Array.from(m.bias) };
  }
  const w: Float64Array[] = [];
  const bias = new Float64Array(L);
  const yl = new Uint8Array(n);
  const sw = new Float64Array(n);
  for (let l = 0; l < L; l++) {
    let pos = 0;
    for (let i = 0; i < n; i++) {
      yl[i] = y[i * L + l];
      pos += yl[i];
    }
    if (pos === 0 || pos === n) {
      w.push(new Float64Array(d));
      bias[l] = pos === 0 ? -12 : 12;
      continue;
    }
    const [wn, wp] = balancedWeights([n - pos, pos]).map((v) => Math.pow(v, opts.classWeightPower));
    for (let i = 0; i < n; i++) sw[i] = yl[i] ? wp : wn;
    if (opts.algorithm === 'svm') {
      const cost = Float64Array.from(sw, (v) => v * opts.C);
      const m = trainSvmDual({ x, y: yl, cost }, { seed: l + 1 });
      w.push(m.w);
      bias[l] = m.bias;
      continue;
    }
    let x0: Float64Array | undefined;
    if (init) {
      x0 = new Float64Array(d + 1);
      x0.set(init.w[l]);
      x0[d] = init.bias[l];
    }
    const m = trainBinaryLogistic({ x, y: yl, C: opts.C, sampleWeight: sw }, { maxIter: opts.maxIter }, x0);
    w.push(Float64Array.from(m.w));
    bias[l] = m.bias;
  }
  return { w, bias };
}

/** Raw decision values (multi-label) or softmax probabilities (single-label), rows × L. */
function predictThemes(x: Csr, fit: ThemeFit, multiLabel: boolean): Float64Array {
  const L = fit.bias.length;
  const out = new Float64Array(x.rows * L);
  for (let i = 0; i < x.rows; i++) {
    for (let l = 0; l < L; l++) {
      let z = fit.bias[l];
      const w = fit.w[l];
      for (let p = x.indptr[i]; p < x.indptr[i + 1]; p++) z += x.data[p] * w[x.indices[p]];
      out[i * L + l] = z;
    }
    if (!multiLabel) {
      let mx = -Infinity;
      for (let l = 0; l < L; l++) mx = Math.max(mx, out[i * L + l]);
      let s = 0;
      for (let l = 0; l < L; l++) s += out[i * L + l] = Math.exp(out[i * L + l] - mx);
      for (let l = 0; l < L; l++) out[i * L + l] /= s;
    }
  }
  return out;
}

/** Threshold maximising F1 for one label on out-of-fold probabilities (ties → closest to 0.5). */
export function bestThreshold(probs: ArrayLike<number>, truth: ArrayLike<number>): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < probs.length; i++) {
      const p = probs[i] >= t;
      if (p && truth[i]) tp++;
      else if (p) fp++;
      else if (truth[i]) fn++;
    }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    const tr = Math.round(t * 100) / 100;
    if (f1 > best.f1 + 1e-12 || (Math.abs(f1 - best.f1) <= 1e-12 && Math.abs(tr - 0.5) < Math.abs(best.threshold - 0.5))) {
      best = { threshold: tr, f1 };
    }
  }
  return best;
}

export function trainSync(rows: readonly TrainingRow[], opts: TrainOptions = {}): InsightModel {
  const log = opts.log ?? (() => undefined);
  const usable = rows.filter((r) => r.text.trim() !== '' && r.labels.length > 0);
  if (usable.length < 2) throw new Error(`need at least 2 rows with text and a label to train (got ${usable.length})`);
  const labels: ModelLabel[] = opts.labels
    ? opts.labels.map((l) => ({ ...l }))
    : [...new Set(usable.flatMap((r) => r.labels))].sort().map((name) => ({ name }));
  const labelIndex = new Map(labels.map((l, i) => [l.name, i]));
  const unknown = new Set(usable.flatMap((r) => r.labels).filter((l) => !labelIndex.has(l)));
  if (unknown.size) throw new Error(`rows use labels not in the label set: ${[...unknown].slice(0, 5).join(', ')}`);
  const L = labels.length;
  const multiLabel = opts.multiLabel ?? usable.some((r) => r.labels.length > 1);
  const useQuestion = opts.useQuestion ?? usable.some((r) => (r.question ?? '').trim() !== '');
  const algorithm = opts.algorithm ?? 'svm';
  const params: FitParams = {
    algorithm,
    C: opts.C ?? (algorithm === 'svm' && multiLabel ? 0.5 : 4),
    classWeightPower: opts.classWeightPower ?? (multiLabel ? 0 : 0.5),
    maxIter: opts.maxIter ?? 150,
  };
  const folds = opts.folds ?? 3;
  const minPos = opts.minPositivesForThreshold ?? 5;
  const seed = opts.seed ?? 42;
  const n = usable.length;

  const vectorizer = new TfidfVectorizer(opts.tfidf ?? {});
  const docs = trainingDocs(usable, useQuestion);
  const x = vectorizer.fitTransform(docs);
  log(`vectorised ${n} rows into ${vectorizer.size} features`);
  const y = new Uint8Array(n * L);
  usable.forEach((r, i) => r.labels.forEach((name) => (y[i * L + (labelIndex.get(name) as number)] = 1)));

  // Out-of-fold probabilities on the training rows: used for per-label thresholds and keyword rules.
  const thresholds = new Array<number>(L).fill(0.5);
  const rules: KeywordRule[] = [];
  let oofReport: Record<string, unknown> | undefined;
  let init: ThemeFit | undefined;
  // Link from decision value to probability, per label: σ(a·f + b). Logistic regression: a = 1, b = 0.
  const link = Array.from({ length: L }, () => ({ a: 1, b: 0 }));
  if (multiLabel && folds >= 2 && n >= folds * 5) {
    const perm = permutation(n, mulberry32(seed));
    const oof = new Float64Array(n * L);
    const avg: ThemeFit = { w: Array.from({ length: L }, () => new Float64Array(x.cols)), bias: new Float64Array(L) };
    for (let f = 0; f < folds; f++) {
      const test: number[] = [];
      const tr: number[] = [];
      perm.forEach((r, k) => (k % folds === f ? test : tr).push(r));
      const ytr = new Uint8Array(tr.length * L);
      tr.forEach((r, k) => ytr.set(y.subarray(r * L, r * L + L), k * L));
      const fit = fitThemes(csrSelectRows(x, tr), ytr, L, true, params);
      const p = predictThemes(csrSelectRows(x, test), fit, true);
      test.forEach((r, k) => oof.set(p.subarray(k * L, k * L + L), r * L));
      for (let l = 0; l < L; l++) {
        avg.bias[l] += fit.bias[l] / folds;
        const a = avg.w[l];
        const b = fit.w[l];
        for (let j = 0; j < a.length; j++) a[j] += b[j] / folds;
      }
      log(`fold ${f + 1}/${folds} trained`);
    }
    if (algorithm === 'logistic') init = avg;
    const col = new Float64Array(n);
    const truth = new Uint8Array(n);
    const positives = new Array<number>(L).fill(0);
    for (let l = 0; l < L; l++) {
      for (let i = 0; i < n; i++) {
        col[i] = oof[i * L + l];
        truth[i] = y[i * L + l];
        positives[l] += truth[i];
      }
      if (algorithm === 'svm' && positives[l] > 0) link[l] = fitPlatt(col, truth);
      for (let i = 0; i < n; i++) oof[i * L + l] = sigmoid(link[l].a * col[i] + link[l].b);
    }
    // One threshold for all labels that maximises micro-F1 (all labels pooled), then per-label thresholds.
    const global = bestThreshold(oof, y).threshold;
    const shrink = opts.thresholdShrink ?? 300;
    for (let l = 0; l < L; l++) {
      thresholds[l] = global;
      if (positives[l] < minPos) continue;
      for (let i = 0; i < n; i++) {
        col[i] = oof[i * L + l];
        truth[i] = y[i * L + l];
      }
      const own = bestThreshold(col, truth).threshold;
      thresholds[l] = Math.round(((positives[l] * own + shrink * global) / (positives[l] + shrink)) * 100) / 100;
    }
    // Keyword rules: keep a rule only if it raises the label's out-of-fold F1.
    const texts = usable.map((r) => r.text);
    const truthInd = indicator(usable.map((r) => r.labels.map((name) => labelIndex.get(name) as number)), L);
    const score = (rs: KeywordRule[]) => {
      const compiled = rs.map((r) => ({ label: labelIndex.get(r.label) as number, patterns: r.patterns.map((p) => new RegExp(p, 'i')), minProbability: r.minProbability }));
      return multiLabelReport(truthInd, indicator(decide(oof, L, thresholds, true, compiled, texts), L));
    };
    let base = score(rules);
    for (const [label, patterns] of Object.entries(opts.rules ?? {})) {
      const l = labelIndex.get(label);
      if (l === undefined) continue;
      for (const minProbability of [0.05, 0.15, 0.3]) {
        const candidate = [...rules, { label, patterns: [...patterns], minProbability: Math.min(minProbability, thresholds[l]) }];
        const r = score(candidate);
        if (r.perLabel[l].f1 > base.perLabel[l].f1 + 1e-9) {
          rules.splice(0, rules.length, ...candidate);
          base = r;
          break;
        }
      }
    }
    oofReport = { microF1: base.microF1, macroF1: base.macroF1, samplesF1: base.samplesF1, folds };
    log(`thresholds tuned on ${folds}-fold out-of-fold predictions (micro-F1 ${base.microF1.toFixed(3)}); ${rules.length} keyword rule(s) kept`);
  }

  const full = fitThemes(x, y, L, multiLabel, params, init);
  if (multiLabel) {
    // Fold the link into the weights so that the stored model is plain σ(w·x + b).
    for (let l = 0; l < L; l++) {
      const { a, b } = link[l];
      const w = full.w[l];
      for (let j = 0; j < w.length; j++) w[j] *= a;
      full.bias[l] = a * full.bias[l] + b;
    }
  }
  log('theme model trained');
  const prune = opts.pruneBelow ?? 1e-3;

  // Sentiment (3-class or any class set) on rows that have it.
  let sentiment: InsightModel['sentiment'] = null;
  const sentRows = usable.map((r, i) => [r.sentiment, i] as const).filter(([s]) => s !== undefined && s !== '');
  if (sentRows.length >= 2) {
    const classes = opts.sentimentClasses ? [...opts.sentimentClasses] : [...new Set(sentRows.map(([s]) => s as string))].sort();
    const ci = new Map(classes.map((c, i) => [c, i]));
    const kept = sentRows.filter(([s]) => ci.has(s as string));
    const xs = csrSelectRows(x, kept.map(([, i]) => i));
    const ys = Int32Array.from(kept, ([s]) => ci.get(s as string) as number);
    const k = classes.length;
    const m = trainMultinomial({ x: xs, y: ys, k, C: opts.sentimentC ?? 4 }, { maxIter: params.maxIter });
    sentiment = {
      classes,
      bias: Array.from(m.bias, (b) => Number(b.toPrecision(6))),
      weights: classes.map((_, c) => toSparse(m.w, prune, k, c, x.cols)),
    };
    log(`sentiment model trained on ${kept.length} rows`);
  }

  const model: InsightModel = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    name: opts.name ?? 'custom',
    createdAt: new Date().toISOString(),
    ...(opts.notice ? { notice: opts.notice } : {}),
    labels,
    multiLabel,
    useQuestion,
    vectorizer: { options: vectorizer.options, vocabulary: vectorizer.vocabulary, idf: Array.from(vectorizer.idf, (v) => Number(v.toPrecision(6))) },
    themes: {
      bias: Array.from(full.bias, (b) => Number(b.toPrecision(6))),
      weights: full.w.map((w) => toSparse(w, prune)),
      thresholds: multiLabel ? thresholds : [],
    },
    rules,
    sentiment,
    training: { rows: n, params: { ...params, folds, thresholdShrink: opts.thresholdShrink ?? 300, minPositivesForThreshold: minPos, minDf: vectorizer.options.minDf, seed }, ...(oofReport ? { evaluation: { outOfFold: oofReport } } : {}) },
  };
  compile(model);
  return model;
}

/** Train a model (see TrainOptions). Returns a JSON-serialisable model value. */
export async function train(rows: readonly TrainingRow[], opts: TrainOptions = {}): Promise<InsightModel> {
  return trainSync(rows, opts);
}
