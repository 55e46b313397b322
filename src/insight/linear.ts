/** Logistic regression objectives on CSR features, optimised with L-BFGS. */
import { lbfgs, type LbfgsOptions } from './optim.ts';
import { mulberry32 } from './rng.ts';
import { type Csr } from './sparse.ts';

export interface BinaryProblem {
  x: Csr;
  /** 1 for positive, 0 for negative. */
  y: Uint8Array;
  /** Per-sample weights (class weights), default 1. */
  sampleWeight?: Float64Array;
  /** Inverse regularisation strength: minimise ½‖w‖² + C Σ sᵢ logloss(i). The bias is not regularised. */
  C: number;
}

/** Parameter layout: x[0..d-1] = weights, x[d] = bias. */
export function binaryLogisticObjective(p: BinaryProblem): (w: Float64Array, grad: Float64Array) => number {
  const { x, y, C } = p;
  const d = x.cols;
  const n = x.rows;
  const sw = p.sampleWeight;
  const r = new Float64Array(n);
  return (w, grad) => {
    let loss = 0;
    const b = w[d];
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let q = x.indptr[i]; q < x.indptr[i + 1]; q++) z += x.data[q] * w[x.indices[q]];
      const s = sw ? sw[i] : 1;
      // log(1 + exp(-m)) with m = ±z, computed stably.
      const m = y[i] ? z : -z;
      loss += s * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
      const sig = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      r[i] = C * s * (sig - y[i]);
      gb += r[i];
    }
    let reg = 0;
    for (let j = 0; j < d; j++) {
      grad[j] = w[j];
      reg += w[j] * w[j];
    }
    for (let i = 0; i < n; i++) {
      const ri = r[i];
      if (ri === 0) continue;
      for (let q = x.indptr[i]; q < x.indptr[i + 1]; q++) grad[x.indices[q]] += ri * x.data[q];
    }
    grad[d] = gb;
    return 0.5 * reg + C * loss;
  };
}

export interface BinaryModel {
  w: Float64Array;
  bias: number;
  iterations: number;
  converged: boolean;
}

export function trainBinaryLogistic(p: BinaryProblem, opts: LbfgsOptions = {}, init?: Float64Array): BinaryModel {
  const d = p.x.cols;
  const res = lbfgs(binaryLogisticObjective(p), init ?? new Float64Array(d + 1), opts);
  return { w: res.x.subarray(0, d), bias: res.x[d], iterations: res.iterations, converged: res.converged };
}

export interface MultinomialProblem {
  x: Csr;
  /** Class index per row, 0..k-1. */
  y: Int32Array;
  k: number;
  sampleWeight?: Float64Array;
  C: number;
}

/** Parameter layout: feature-major weights w[j*k + c] for j < d, then k biases. */
export function multinomialObjective(p: MultinomialProblem): (w: Float64Array, grad: Float64Array) => number {
  const { x, y, k, C } = p;
  const d = x.cols;
  const n = x.rows;
  const sw = p.sampleWeight;
  const z = new Float64Array(k);
  const resid = new Float64Array(n * k);
  return (w, grad) => {
    let loss = 0;
    const bo = d * k;
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) z[c] = w[bo + c];
      for (let q = x.indptr[i]; q < x.indptr[i + 1]; q++) {
        const jk = x.indices[q] * k;
        const v = x.data[q];
        for (let c = 0; c < k; c++) z[c] += v * w[jk + c];
      }
      let mx = -Infinity;
      for (let c = 0; c < k; c++) if (z[c] > mx) mx = z[c];
      let se = 0;
      for (let c = 0; c < k; c++) se += Math.exp(z[c] - mx);
      const lse = mx + Math.log(se);
      const s = sw ? sw[i] : 1;
      loss += s * (lse - z[y[i]]);
      for (let c = 0; c < k; c++) resid[i * k + c] = C * s * (Math.exp(z[c] - lse) - (c === y[i] ? 1 : 0));
    }
    let reg = 0;
    for (let j = 0; j < bo; j++) {
      grad[j] = w[j];
      reg += w[j] * w[j];
    }
    for (let c = 0; c < k; c++) grad[bo + c] = 0;
    for (let i = 0; i < n; i++) {
      for (let q = x.indptr[i]; q < x.indptr[i + 1]; q++) {
        const jk = x.indices[q] * k;
        const v = x.data[q];
        for (let c = 0; c < k; c++) grad[jk + c] += v * resid[i * k + c];
      }
      for (let c = 0; c < k; c++) grad[bo + c] += resid[i * k + c];
    }
    return 0.5 * reg + C * loss;
  };
}

export interface MultinomialModel {
  /** Feature-major weights (d × k). */
  w: Float64Array;
  bias: Float64Array;
  iterations: number;
}

export function trainMultinomial(p: MultinomialProblem, opts: LbfgsOptions = {}): MultinomialModel {
  const d = p.x.cols;
  const res = lbfgs(multinomialObjective(p), new Float64Array((d + 1) * p.k), opts);
  return { w: res.x.subarray(0, d * p.k), bias: res.x.subarray(d * p.k), iterations: res.iterations };
}

/** "Balanced" class weights: n / (classes × count). */
export function balancedWeights(counts: ArrayLike<number>): number[] {
  const total = Array.from(counts).reduce((a, b) => a + b, 0);
  const k = counts.length;
  return Array.from(counts, (c) => (c > 0 ? total / (k * c) : 0));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export interface SvmProblem {
  x: Csr;
  y: Uint8Array;
  /** Per-sample cost (C times class weight). */
  cost: Float64Array;
}

export interface SvmOptions {
  maxEpochs?: number;
  /** Stop when the projected-gradient spread of an epoch falls below this (default 0.01). */
  tol?: number;
  seed?: number;
}

/**
 * L2-regularised squared-hinge (L2-loss) linear SVM, trained by dual coordinate descent (Hsieh et al., 2008; the
 * algorithm behind liblinear and scikit-learn's LinearSVC). The bias is an extra constant feature of value 1.
 * Minimises ½‖w‖² + ½b² + Σ costᵢ · max(0, 1 − yᵢ(w·xᵢ + b))².
 */
export function trainSvmDual(p: SvmProblem, opts: SvmOptions = {}): BinaryModel {
  const { x, y, cost } = p;
  const n = x.rows;
  const d = x.cols;
  const maxEpochs = opts.maxEpochs ?? 300;
  const tol = opts.tol ?? 0.01;
  const w = new Float64Array(d);
  let b = 0;
  const alpha = new Float64Array(n);
  const qd = new Float64Array(n);
  const diag = new Float64Array(n);
  const sign = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    diag[i] = 0.5 / cost[i];
    let s = 1;
    for (let q = x.indptr[i]; q < x.indptr[i + 1]; q++) s += x.data[q] * x.data[q];
    qd[i] = s + diag[i];
    sign[i] = y[i] ? 1 : -1;
  }
  const rand = mulberry32(opts.seed ?? 1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let epoch = 0;
  let converged = false;
  for (; epoch < maxEpochs && !converged; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    let pgMax = -Infinity;
    let pgMin = Infinity;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const yi = sign[i];
      let z = b;
      for (let q = x.indptr[i]; q < x.indptr[i + 1]; q++) z += x.data[q] * w[x.indices[q]];
      const g = yi * z - 1 + diag[i] * alpha[i];
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      if (pg > pgMax) pgMax = pg;
      if (pg < pgMin) pgMin = pg;
      if (Math.abs(pg) > 1e-12) {
        const old = alpha[i];
        alpha[i] = Math.max(old - g / qd[i], 0);
        const delta = (alpha[i] - old) * yi;
        if (delta !== 0) {
          for (let q = x.indptr[i]; q < x.indptr[i + 1]; q++) w[x.indices[q]] += delta * x.data[q];
          b += delta;
        }
      }
    }
    if (pgMax - pgMin <= tol) converged = true;
  }
  return { w, bias: b, iterations: epoch, converged };
}

/** Platt scaling: fit P(y=1|f) = σ(a·f + b) on decision values by L-BFGS (with Platt's smoothed targets). */
export function fitPlatt(f: ArrayLike<number>, y: ArrayLike<number>): { a: number; b: number } {
  const n = f.length;
  let pos = 0;
  for (let i = 0; i < n; i++) pos += y[i] ? 1 : 0;
  const tPos = (pos + 1) / (pos + 2);
  const tNeg = 1 / (n - pos + 2);
  const res = lbfgs(
    (p, g) => {
      let loss = 0;
      g[0] = 0;
      g[1] = 0;
      for (let i = 0; i < n; i++) {
        const z = p[0] * f[i] + p[1];
        const t = y[i] ? tPos : tNeg;
        const s = sigmoid(z);
        loss += z > 0 ? (1 - t) * z + Math.log1p(Math.exp(-z)) : -t * z + Math.log1p(Math.exp(z));
        g[0] += (s - t) * f[i];
        g[1] += s - t;
      }
      return loss;
    },
    Float64Array.from([1, 0]),
    { maxIter: 100, gradTol: 1e-6 },
  );
  return { a: res.x[0], b: res.x[1] };
}
