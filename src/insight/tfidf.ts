/** TF-IDF vectoriser on word n-grams with sublinear tf, min_df, smooth idf and L2 normalisation. */
import { type Csr } from './sparse.ts';
import { ngrams, tokenize, type TokenizerOptions } from './text.ts';

export interface TfidfOptions extends TokenizerOptions {
  ngramMin?: number;
  ngramMax?: number;
  /** Keep terms in at least this many documents (default 2). */
  minDf?: number;
  /** Drop terms in more than this fraction of documents (default 1 = keep all). */
  maxDfRatio?: number;
  /** Keep at most this many terms, the most frequent first (default unlimited). */
  maxFeatures?: number;
  /** Use 1 + ln(tf) instead of raw counts (default true). */
  sublinearTf?: boolean;
}

/** A document: its text plus optional extra feature tokens (e.g. the question type). */
export interface TfidfDoc {
  text: string;
  extra?: readonly string[];
}

export interface TfidfState {
  options: Required<TfidfOptions>;
  vocabulary: string[];
  idf: Float32Array;
}

export function tfidfDefaults(opts: TfidfOptions = {}): Required<TfidfOptions> {
  return {
    ngramMin: opts.ngramMin ?? 1,
    ngramMax: opts.ngramMax ?? 2,
    minDf: opts.minDf ?? 2,
    maxDfRatio: opts.maxDfRatio ?? 1,
    maxFeatures: opts.maxFeatures ?? 0,
    sublinearTf: opts.sublinearTf ?? true,
    stem: opts.stem ?? false,
    stopWords: opts.stopWords ?? false,
    minLength: opts.minLength ?? 2,
  };
}

export class TfidfVectorizer {
  readonly options: Required<TfidfOptions>;
  vocabulary: string[] = [];
  idf: Float32Array = new Float32Array(0);
  private index = new Map<string, number>();

  constructor(opts: TfidfOptions = {}) {
    this.options = tfidfDefaults(opts);
  }

  static fromState(state: { options: TfidfOptions; vocabulary: string[]; idf: ArrayLike<number> }): TfidfVectorizer {
    const v = new TfidfVectorizer(state.options);
    v.vocabulary = state.vocabulary.slice();
    v.idf = Float32Array.from(state.idf);
    v.index = new Map(v.vocabulary.map((t, i) => [t, i]));
    return v;
  }

  get size(): number {
    return this.vocabulary.length;
  }

  /** The terms of one document (n-grams plus extra tokens), with repeats. */
  terms(doc: TfidfDoc | string): string[] {
    const d = typeof doc === 'string' ? { text: doc } : doc;
    const t = ngrams(tokenize(d.text, this.options), this.options.ngramMin, this.options.ngramMax);
    if (d.extra) for (const e of d.extra) t.push(e);
    return t;
  }

  fit(docs: ReadonlyArray<TfidfDoc | string>): this {
    const df = new Map<string, number>();
    for (const doc of docs) {
      for (const t of new Set(this.terms(doc))) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const n = docs.length;
    const maxDf = this.options.maxDfRatio * n;
    let kept = [...df].filter(([, c]) => c >= this.options.minDf && c <= maxDf);
    if (this.options.maxFeatures > 0 && kept.length > this.options.maxFeatures) {
      kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      kept = kept.slice(0, this.options.maxFeatures);
    }
    kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.vocabulary = kept.map(([t]) => t);
    this.index = new Map(this.vocabulary.map((t, i) => [t, i]));
    this.idf = Float32Array.from(kept, ([, c]) => Math.log((1 + n) / (1 + c)) + 1);
    return this;
  }

  /** Vectorise documents into L2-normalised TF-IDF rows (CSR, indices sorted within each row). */
  transform(docs: ReadonlyArray<TfidfDoc | string>): Csr {
    const indptr = new Int32Array(docs.length + 1);
    let cap = Math.max(16, docs.length * 24);
    let indices = new Int32Array(cap);
    let data = new Float32Array(cap);
    let p = 0;
    // Scratch counters indexed by feature: count[j] is valid for this document when stamp[j] === doc + 1.
    const d = this.vocabulary.length;
    const count = new Int32Array(d);
    const stamp = new Int32Array(d);
    let ids = new Int32Array(256);
    const sublinear = this.options.sublinearTf;
    const idf = this.idf;
    for (let i = 0; i < docs.length; i++) {
      let m = 0;
      for (const t of this.terms(docs[i])) {
        const j = this.index.get(t);
        if (j === undefined) continue;
        if (stamp[j] !== i + 1) {
          stamp[j] = i + 1;
          count[j] = 0;
          if (m === ids.length) {
            const grown = new Int32Array(ids.length * 2);
            grown.set(ids);
            ids = grown;
          }
          ids[m++] = j;
        }
        count[j]++;
      }
      const row = ids.subarray(0, m).sort();
      if (p + m > cap) {
        cap = Math.max(cap * 2, p + m);
        const ni = new Int32Array(cap);
        ni.set(indices);
        indices = ni;
        const nd = new Float32Array(cap);
        nd.set(data);
        data = nd;
      }
      let norm = 0;
      const start = p;
      for (let q = 0; q < m; q++) {
        const j = row[q];
        const c = count[j];
        const v = (sublinear ? 1 + Math.log(c) : c) * idf[j];
        indices[p] = j;
        data[p] = v;
        norm += v * v;
        p++;
      }
      if (norm > 0) {
        const inv = 1 / Math.sqrt(norm);
        for (let q = start; q < p; q++) data[q] *= inv;
      }
      indptr[i + 1] = p;
    }
    return { rows: docs.length, cols: d, indptr, indices: indices.slice(0, p), data: data.slice(0, p) };
  }

  fitTransform(docs: ReadonlyArray<TfidfDoc | string>): Csr {
    return this.fit(docs).transform(docs);
  }

  state(): TfidfState {
    return { options: this.options, vocabulary: this.vocabulary, idf: this.idf };
  }
}
