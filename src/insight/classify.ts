/** Apply a model to texts: themes with per-label confidence, and 3-class sentiment. */
import { stripLinks } from './links.ts';
import { loadDefaultModel, loadModel, type InsightModel } from './model.ts';
import { type Csr } from './sparse.ts';
import { isStopWord, questionToken, stemCached, tokenize } from './text.ts';
import { TfidfVectorizer, type TfidfDoc } from './tfidf.ts';

export interface CommentInput {
  text: string;
  /** Question the comment answers (e.g. "FFT Why?"); used as a feature when the model was trained with it. */
  question?: string;
}

export interface ThemeScore {
  label: string;
  category?: string;
  confidence: number;
}

export interface SentimentScore {
  label: string;
  confidence: number;
  scores: Record<string, number>;
}

/**
 * Why a text was not classified:
 * - `empty`: nothing left once links and white space are removed;
 * - `no-known-words`: no word the model knows apart from stop words ("!!!", "12345", an emoji, "the and");
 * - `few-known-words`: fewer than MIN_KNOWN_SHARE of its words are known, as with a language the model was not
 *   trained on (Welsh "Roedd y staff yn garedig iawn" knows only "staff").
 */
export type UnclassifiedReason = 'empty' | 'no-known-words' | 'few-known-words';

export interface ClassifiedText {
  unclassified: false;
  /** Assigned themes, most confident first (at least one). */
  themes: ThemeScore[];
  /** Probability of every label in model order. */
  scores: number[];
  /** Absent when the model has no sentiment part. */
  sentiment?: SentimentScore;
}

/** A text the model cannot read: no themes and no sentiment, rather than the model's fallback guess. */
export interface UnclassifiedText {
  unclassified: true;
  reason: UnclassifiedReason;
  themes: [];
  /**
   * The model's probabilities anyway, in model order, for reference only: with no known words they are the same
   * for every such text, so never use them to give a theme.
   */
  scores: number[];
  sentiment: null;
}

export type Classification = ClassifiedText | UnclassifiedText;

/**
 * The share of a text's words the model must know for it to be classified (see `unclassifiedReason`). English
 * comments, even short ones with a typo, are above it: of the 6,793 public pxtextmining comments, every one with a
 * known content word has at least a third of its words known, and 99.8% have half or more. Welsh sentences, which
 * share only a loanword such as "staff" or "ward" and the odd stop word ("am"), are at 0.1–0.2.
 */
export const MIN_KNOWN_SHARE = 0.3;

interface Compiled {
  vectorizer: TfidfVectorizer;
  L: number;
  /** Feature-major (d × L) theme weights. */
  w: Float32Array;
  bias: Float64Array;
  thresholds: Float64Array;
  rules: { label: number; patterns: RegExp[]; minProbability: number }[];
  sentiment?: { classes: string[]; w: Float32Array; bias: Float64Array };
  /** Single words in the vocabulary (not n-grams, not the question token). */
  words: Set<string>;
}

const compiledCache = new WeakMap<InsightModel, Compiled>();

function denseFeatureMajor(weights: InsightModel['themes']['weights'], d: number): Float32Array {
  const k = weights.length;
  const out = new Float32Array(d * k);
  weights.forEach((sw, c) => {
    for (let q = 0; q < sw.i.length; q++) out[sw.i[q] * k + c] = sw.w[q];
  });
  return out;
}

export function compile(model: InsightModel): Compiled {
  let c = compiledCache.get(model);
  if (c) return c;
  const vectorizer = TfidfVectorizer.fromState(model.vectorizer);
  const d = vectorizer.size;
  const index = new Map(model.labels.map((l, i) => [l.name, i]));
  c = {
    vectorizer,
    L: model.labels.length,
    w: denseFeatureMajor(model.themes.weights, d),
    bias: Float64Array.from(model.themes.bias),
    thresholds: Float64Array.from(model.themes.thresholds.length ? model.themes.thresholds : model.labels.map(() => 0.5)),
    rules: model.rules
      .filter((r) => index.has(r.label))
      .map((r) => ({ label: index.get(r.label) as number, patterns: r.patterns.map((p) => new RegExp(p, 'i')), minProbability: r.minProbability })),
    sentiment: model.sentiment
      ? { classes: model.sentiment.classes, w: denseFeatureMajor(model.sentiment.weights, d), bias: Float64Array.from(model.sentiment.bias) }
      : undefined,
    words: new Set(model.vectorizer.vocabulary.filter((t) => !t.includes(' ') && !t.startsWith('__q:'))),
  };
  compiledCache.set(model, c);
  return c;
}

/** Feature documents for comments: the text without its links (see `stripLinks`), plus the question token. */
export function toDocs(model: InsightModel, inputs: ReadonlyArray<string | CommentInput>): TfidfDoc[] {
  return inputs.map((x) => {
    const input = typeof x === 'string' ? { text: x } : x;
    const text = stripLinks(input.text ?? '');
    const q = model.useQuestion ? questionToken(input.question) : undefined;
    return q ? { text, extra: [q] } : { text };
  });
}

/**
 * Why the model cannot classify a text, or undefined when it can. The text is tokenised as the model's vectoriser
 * does it (lower case, accents folded, punctuation and digits dropped, words shorter than its minimum length
 * dropped). A word is *known* when it is in the model's vocabulary (after stemming, if the model stems) or is an
 * English stop word. The text is unclassified when it has no known word other than stop words, or when fewer than
 * MIN_KNOWN_SHARE of its words are known. Call it on text that has been through `stripLinks`.
 */
export function unclassifiedReason(model: InsightModel, text: string): UnclassifiedReason | undefined {
  const c = compile(model);
  const options = c.vectorizer.options;
  const tokens = tokenize(text, { minLength: options.minLength });
  if (tokens.length === 0) return text.trim() ? 'no-known-words' : 'empty';
  let known = 0;
  let content = 0;
  for (const t of tokens) {
    if (isStopWord(t)) known++;
    else if (c.words.has(options.stem ? stemCached(t) : t)) {
      known++;
      content++;
    }
  }
  if (content === 0) return 'no-known-words';
  if (known < MIN_KNOWN_SHARE * tokens.length) return 'few-known-words';
  return undefined;
}

/** Raw scores X·W + b, row-major (rows × k). */
function scores(x: Csr, w: Float32Array, bias: Float64Array): Float64Array {
  const k = bias.length;
  const out = new Float64Array(x.rows * k);
  for (let i = 0; i < x.rows; i++) {
    const o = i * k;
    for (let c = 0; c < k; c++) out[o + c] = bias[c];
    for (let p = x.indptr[i]; p < x.indptr[i + 1]; p++) {
      const jk = x.indices[p] * k;
      const v = x.data[p];
      for (let c = 0; c < k; c++) out[o + c] += v * w[jk + c];
    }
  }
  return out;
}

function softmaxInPlace(z: Float64Array, o: number, k: number): void {
  let mx = -Infinity;
  for (let c = 0; c < k; c++) mx = Math.max(mx, z[o + c]);
  let s = 0;
  for (let c = 0; c < k; c++) {
    z[o + c] = Math.exp(z[o + c] - mx);
    s += z[o + c];
  }
  for (let c = 0; c < k; c++) z[o + c] /= s;
}

/** Theme probabilities (rows × L, row-major) for a model and feature matrix. */
export function themeProbabilities(model: InsightModel, x: Csr): Float64Array {
  const c = compile(model);
  const z = scores(x, c.w, c.bias);
  if (model.multiLabel) {
    for (let i = 0; i < z.length; i++) z[i] = 1 / (1 + Math.exp(-z[i]));
  } else {
    for (let i = 0; i < x.rows; i++) softmaxInPlace(z, i * c.L, c.L);
  }
  return z;
}

/**
 * Decide labels from probabilities: every label at or above its threshold, keyword rules for rare labels, and
 * at least one label (the one with the highest probability relative to its threshold).
 */
export function decide(
  probs: Float64Array,
  L: number,
  thresholds: ArrayLike<number>,
  multiLabel: boolean,
  rules: Compiled['rules'] = [],
  texts?: readonly string[],
): number[][] {
  const n = probs.length / L;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const set: number[] = [];
    let best = 0;
    let bestRatio = -Infinity;
    for (let l = 0; l < L; l++) {
      const t = multiLabel ? thresholds[l] : 0.5;
      const ratio = probs[o + l] / Math.max(t, 1e-6);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = l;
      }
      if (multiLabel && probs[o + l] >= t) set.push(l);
    }
    if (multiLabel && texts) {
      const lower = texts[i].toLowerCase();
      for (const r of rules) {
        if (!set.includes(r.label) && probs[o + r.label] >= r.minProbability && r.patterns.some((p) => p.test(lower))) set.push(r.label);
      }
    }
    if (set.length === 0) set.push(best);
    out.push(set);
  }
  return out;
}

export interface ClassifyOptions {
  /** A model value, a path to a model file, or omitted for the committed default (pxtextmining v7). */
  model?: InsightModel | string;
}

async function resolveModel(model: InsightModel | string | undefined): Promise<InsightModel> {
  if (model === undefined) return loadDefaultModel();
  if (typeof model === 'string') return loadModel(model);
  return model;
}

/** Classify comments synchronously with an already-loaded model. */
export function classifyWith(model: InsightModel, inputs: ReadonlyArray<string | CommentInput>): Classification[] {
  const c = compile(model);
  const docs = toDocs(model, inputs);
  const x = c.vectorizer.transform(docs);
  const probs = themeProbabilities(model, x);
  const sets = decide(probs, c.L, c.thresholds, model.multiLabel, c.rules, docs.map((d) => d.text));
  let sent: Float64Array | undefined;
  if (c.sentiment) {
    const k = c.sentiment.classes.length;
    sent = scores(x, c.sentiment.w, c.sentiment.bias);
    for (let i = 0; i < x.rows; i++) softmaxInPlace(sent, i * k, k);
  }
  return sets.map((set, i) => {
    const o = i * c.L;
    const themes = set
      .map((l) => ({ label: model.labels[l].name, category: model.labels[l].category, confidence: probs[o + l] }))
      .sort((a, b) => b.confidence - a.confidence);
    const all = Array.from(probs.subarray(o, o + c.L));
    const reason = unclassifiedReason(model, docs[i].text);
    if (reason) return { unclassified: true, reason, themes: [], scores: all, sentiment: null } satisfies UnclassifiedText;
    const result: ClassifiedText = { unclassified: false, themes, scores: all };
    if (c.sentiment && sent) {
      const k = c.sentiment.classes.length;
      let best = 0;
      for (let j = 1; j < k; j++) if (sent[i * k + j] > sent[i * k + best]) best = j;
      result.sentiment = {
        label: c.sentiment.classes[best],
        confidence: sent[i * k + best],
        scores: Object.fromEntries(c.sentiment.classes.map((name, j) => [name, (sent as Float64Array)[i * k + j]])),
      };
    }
    return result;
  });
}

/** Classify comments into the model's themes and sentiment. Usable from a pg-boss job. */
export async function classify(texts: ReadonlyArray<string | CommentInput>, opts: ClassifyOptions = {}): Promise<Classification[]> {
  return classifyWith(await resolveModel(opts.model), texts);
}
