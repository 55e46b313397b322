/** Spherical k-means on L2-normalised sparse rows (cosine similarity), with k-means++ seeding and restarts. */
import { mulberry32 } from './rng.ts';
import { type Csr } from './sparse.ts';

export interface KMeansOptions {
  k: number;
  maxIter?: number;
  /** Independent restarts; the one with the highest total similarity wins (default 3). */
  restarts?: number;
  seed?: number;
}

export interface KMeansResult {
  k: number;
  /** Cluster per row. */
  assignments: Int32Array;
  /** Cosine similarity of each row to its centroid. */
  similarity: Float64Array;
  /** Unit-length centroids, feature-major (d × k). */
  centroids: Float64Array;
  /** Sum of similarities (higher is better). */
  objective: number;
  iterations: number;
}

/** Similarities of every row to every centroid (rows × k). */
export function similarities(x: Csr, centroids: Float64Array, k: number): Float64Array {
  const out = new Float64Array(x.rows * k);
  for (let i = 0; i < x.rows; i++) {
    const o = i * k;
    for (let p = x.indptr[i]; p < x.indptr[i + 1]; p++) {
      const jk = x.indices[p] * k;
      const v = x.data[p];
      for (let c = 0; c < k; c++) out[o + c] += v * centroids[jk + c];
    }
  }
  return out;
}

function rowDot(x: Csr, a: number, b: number): number {
  let p = x.indptr[a];
  let q = x.indptr[b];
  const pe = x.indptr[a + 1];
  const qe = x.indptr[b + 1];
  let s = 0;
  while (p < pe && q < qe) {
    const ia = x.indices[p];
    const ib = x.indices[q];
    if (ia === ib) s += x.data[p++] * x.data[q++];
    else if (ia < ib) p++;
    else q++;
  }
  return s;
}

function runOnce(x: Csr, k: number, maxIter: number, rand: () => number): KMeansResult {
  const n = x.rows;
  const d = x.cols;
  // k-means++ seeding with cosine distance 1 − sim.
  const seeds: number[] = [Math.floor(rand() * n)];
  const dist = new Float64Array(n).fill(Infinity);
  while (seeds.length < k) {
    const last = seeds[seeds.length - 1];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dd = Math.max(0, 1 - rowDot(x, i, last));
      if (dd < dist[i]) dist[i] = dd;
      total += dist[i] * dist[i];
    }
    let r = rand() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i] * dist[i];
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    seeds.push(pick);
  }
  const centroids = new Float64Array(d * k);
  seeds.forEach((s, c) => {
    for (let p = x.indptr[s]; p < x.indptr[s + 1]; p++) centroids[x.indices[p] * k + c] = x.data[p];
  });
  const assignments = new Int32Array(n).fill(-1);
  const similarity = new Float64Array(n);
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    const sims = similarities(x, centroids, k);
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (sims[i * k + c] > sims[i * k + best]) best = c;
      if (assignments[i] !== best) changed++;
      assignments[i] = best;
      similarity[i] = sims[i * k + best];
    }
    // Update: centroid = normalised sum of its rows; an empty cluster takes the worst-fitting row.
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) sizes[assignments[i]]++;
    for (let c = 0; c < k; c++) {
      if (sizes[c] > 0) continue;
      let worst = 0;
      for (let i = 1; i < n; i++) if (similarity[i] < similarity[worst]) worst = i;
      sizes[assignments[worst]]--;
      assignments[worst] = c;
      similarity[worst] = 1;
      sizes[c]++;
    }
    for (let i = 0; i < n; i++) {
      const c = assignments[i];
      for (let p = x.indptr[i]; p < x.indptr[i + 1]; p++) centroids[x.indices[p] * k + c] += x.data[p];
    }
    const norms = new Float64Array(k);
    for (let j = 0; j < d; j++) for (let c = 0; c < k; c++) norms[c] += centroids[j * k + c] ** 2;
    for (let c = 0; c < k; c++) norms[c] = norms[c] > 0 ? 1 / Math.sqrt(norms[c]) : 0;
    for (let j = 0; j < d; j++) for (let c = 0; c < k; c++) centroids[j * k + c] *= norms[c];
    if (changed === 0) break;
  }
  const sims = similarities(x, centroids, k);
  let objective = 0;
  for (let i = 0; i < n; i++) {
    similarity[i] = sims[i * k + assignments[i]];
    objective += similarity[i];
  }
  return { k, assignments, similarity, centroids, objective, iterations };
}

export function sphericalKMeans(x: Csr, opts: KMeansOptions): KMeansResult {
  const k = Math.max(1, Math.min(opts.k, x.rows));
  const rand = mulberry32(opts.seed ?? 42);
  let best: KMeansResult | undefined;
  for (let r = 0; r < (opts.restarts ?? 3); r++) {
    const res = runOnce(x, k, opts.maxIter ?? 30, rand);
    if (!best || res.objective > best.objective) best = res;
  }
  return best as KMeansResult;
}

/** Mean silhouette (cosine distance) on up to `sample` rows; used to suggest k. */
export function silhouette(x: Csr, assignments: Int32Array, k: number, sample = 800, seed = 7): number {
  const rand = mulberry32(seed);
  const n = x.rows;
  const ids = n <= sample ? Array.from({ length: n }, (_, i) => i) : Array.from({ length: sample }, () => Math.floor(rand() * n));
  let total = 0;
  for (const i of ids) {
    const sum = new Float64Array(k);
    const cnt = new Float64Array(k);
    for (const j of ids) {
      if (j === i) continue;
      sum[assignments[j]] += 1 - rowDot(x, i, j);
      cnt[assignments[j]]++;
    }
    const own = assignments[i];
    const a = cnt[own] ? sum[own] / cnt[own] : 0;
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && cnt[c]) b = Math.min(b, sum[c] / cnt[c]);
    if (!Number.isFinite(b) || cnt[own] === 0) continue;
    total += (b - a) / Math.max(a, b);
  }
  return total / ids.length;
}
