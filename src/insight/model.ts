/** The model file: a plain JSON value (store it on disk or in a PostgreSQL jsonb column). */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type TfidfOptions } from './tfidf.ts';

export const MODEL_FORMAT = 'chorus-insight-model';
export const MODEL_VERSION = 1;

/** Sparse weight vector: feature indices (ascending) and values. */
export interface SparseWeights {
  i: number[];
  w: number[];
}

export interface ModelLabel {
  name: string;
  category?: string;
}

export interface KeywordRule {
  label: string;
  /** Case-insensitive regular expressions tested against the lower-cased text. */
  patterns: string[];
  /** The rule adds the label when a pattern matches and the label's probability is at least this. */
  minProbability: number;
}

export interface InsightModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  name: string;
  createdAt: string;
  /** Licence notice and attribution for the training data, where needed. */
  notice?: string;
  labels: ModelLabel[];
  /** true: one-vs-rest with per-label thresholds; false: one label per comment (softmax). */
  multiLabel: boolean;
  /** Whether a question-type token was used as a feature. */
  useQuestion: boolean;
  vectorizer: { options: TfidfOptions; vocabulary: string[]; idf: number[] };
  themes: {
    bias: number[];
    weights: SparseWeights[];
    /** Per-label probability thresholds (multi-label only). */
    thresholds: number[];
  };
  rules: KeywordRule[];
  sentiment: { classes: string[]; bias: number[]; weights: SparseWeights[] } | null;
  training: {
    rows: number;
    params: Record<string, unknown>;
    evaluation?: Record<string, unknown>;
  };
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./models/pxtextmining-v7.json', import.meta.url));

/** Check that a parsed JSON value is a model; throws a clear error if not. */
export function assertModel(value: unknown, source = 'model'): InsightModel {
  const m = value as Partial<InsightModel> | null;
  if (!m || typeof m !== 'object' || m.format !== MODEL_FORMAT) {
    throw new Error(`${source} is not a Chorus insight model (expected "format": "${MODEL_FORMAT}")`);
  }
  if (m.version !== MODEL_VERSION) throw new Error(`${source} has model version ${String(m.version)}; this build reads version ${MODEL_VERSION}`);
  if (!Array.isArray(m.labels) || !m.vectorizer || !m.themes) throw new Error(`${source} is missing labels, vectorizer or themes`);
  if (m.themes.weights.length !== m.labels.length) throw new Error(`${source} has ${m.themes.weights.length} weight vectors for ${m.labels.length} labels`);
  return m as InsightModel;
}

export async function loadModel(path: string): Promise<InsightModel> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read model file ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`model file ${path} is not valid JSON`, { cause: e });
  }
  return assertModel(json, `model file ${path}`);
}

let defaultModelPromise: Promise<InsightModel> | undefined;

/** The committed default model (pxtextmining v7 framework). */
export function loadDefaultModel(): Promise<InsightModel> {
  defaultModelPromise ??= loadModel(DEFAULT_MODEL_PATH);
  return defaultModelPromise;
}

export async function saveModel(model: InsightModel, path: string): Promise<void> {
  await writeFile(path, JSON.stringify(model) + '\n');
}

/** Round to `digits` significant digits (keeps model files small). */
export function roundSig(x: number, digits = 4): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(digits));
}

/** Sparse, rounded copy of a dense vector (entries with |w| < minAbs are dropped). */
export function toSparse(dense: ArrayLike<number>, minAbs: number, stride = 1, offset = 0, length = dense.length): SparseWeights {
  const i: number[] = [];
  const w: number[] = [];
  for (let j = 0; j < length; j++) {
    const v = dense[j * stride + offset];
    if (Math.abs(v) >= minAbs && v !== 0) {
      i.push(j);
      w.push(roundSig(v));
    }
  }
  return { i, w };
}
