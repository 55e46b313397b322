import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binaryLogisticObjective, fitPlatt, multinomialObjective, sigmoid, trainBinaryLogistic, trainMultinomial, trainSvmDual } from './linear.ts';
import { lbfgs } from './optim.ts';
import { csrFromRows, type Csr } from './sparse.ts';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

test('L-BFGS finds the minimum of an ill-conditioned quadratic', () => {
  const scale = [1, 10, 100];
  const res = lbfgs(
    (x, g) => {
      let f = 0;
      for (let i = 0; i < 3; i++) {
        const d = x[i] - (i + 1);
        f += 0.5 * scale[i] * d * d;
        g[i] = scale[i] * d;
      }
      return f;
    },
    new Float64Array(3),
    { gradTol: 1e-8, relTol: 0 },
  );
  assert.ok(res.converged);
  [1, 2, 3].forEach((v, i) => close(res.x[i], v, 1e-6));
});

test('logistic objective matches a hand-computed value and gradient', () => {
  // x = [[1, 0], [0, 2]], y = [1, 0], C = 1, w = [0.5, -0.25], b = 0.1.
  const x = csrFromRows([{ idx: [0], val: [1] }, { idx: [1], val: [2] }], 2);
  const f = binaryLogisticObjective({ x, y: Uint8Array.from([1, 0]), C: 1 });
  const g = new Float64Array(3);
  const value = f(Float64Array.from([0.5, -0.25, 0.1]), g);
  // ½‖w‖² = 0.15625; z = (0.6, −0.4); loss = ln(1 + e^−0.6) + ln(1 + e^−0.4).
  close(value, 1.1067532028858382);
  // ∂w0 = 0.5 + (σ(0.6) − 1)·1; ∂w1 = −0.25 + σ(−0.4)·2; ∂b = (σ(0.6) − 1) + σ(−0.4).
  close(g[0], 0.1456563062257954);
  close(g[1], 0.552624679775096);
  close(g[2], 0.04696864611334339);
});

function randomCsr(n: number, d: number, seed: number): Csr {
  let s = seed;
  const r = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  return csrFromRows(
    Array.from({ length: n }, () => {
      const idx = [...new Set(Array.from({ length: 3 }, () => Math.floor(r() * d)))].sort((a, b) => a - b);
      return { idx, val: idx.map(() => r() - 0.3) };
    }),
    d,
  );
}

test('weighted logistic and multinomial gradients agree with finite differences', () => {
  const x = randomCsr(12, 5, 3);
  const y = Uint8Array.from({ length: 12 }, (_, i) => i % 3 === 0 ? 1 : 0);
  const sw = Float64Array.from({ length: 12 }, (_, i) => 1 + (i % 4) / 2);
  const fb = binaryLogisticObjective({ x, y, C: 2, sampleWeight: sw });
  const fm = multinomialObjective({ x, y: Int32Array.from({ length: 12 }, (_, i) => i % 3), k: 3, C: 0.7, sampleWeight: sw });
  for (const [f, size] of [[fb, 6], [fm, 18]] as const) {
    const w = Float64Array.from({ length: size }, (_, i) => Math.sin(i + 1) / 2);
    const g = new Float64Array(size);
    f(w, g);
    for (let i = 0; i < size; i++) {
      const h = 1e-6;
      const a = Float64Array.from(w);
      const b = Float64Array.from(w);
      a[i] += h;
      b[i] -= h;
      const num = (f(a, new Float64Array(size)) - f(b, new Float64Array(size))) / (2 * h);
      close(g[i], num, 1e-5);
    }
  }
});

// Two well-separated groups: feature 0 marks positives, feature 1 negatives, feature 2 is noise.
function separable(): { x: Csr; y: Uint8Array } {
  const rows = [];
  const y: number[] = [];
  for (let i = 0; i < 40; i++) {
    const pos = i % 2 === 0;
    rows.push({ idx: [pos ? 0 : 1, 2], val: [1, ((i * 7) % 5) / 10] });
    y.push(pos ? 1 : 0);
  }
  return { x: csrFromRows(rows, 3), y: Uint8Array.from(y) };
}

test('logistic regression converges on a separable set and classifies it perfectly', () => {
  const { x, y } = separable();
  const m = trainBinaryLogistic({ x, y, C: 10 }, { maxIter: 500, gradTol: 1e-6 });
  assert.ok(m.converged, `not converged after ${m.iterations} iterations`);
  assert.ok(m.w[0] > 1 && m.w[1] < -1);
  for (let i = 0; i < x.rows; i++) {
    let z = m.bias;
    for (let p = x.indptr[i]; p < x.indptr[i + 1]; p++) z += x.data[p] * m.w[x.indices[p]];
    assert.equal(sigmoid(z) > 0.5 ? 1 : 0, y[i]);
  }
  // At the optimum the gradient vanishes.
  const g = new Float64Array(4);
  binaryLogisticObjective({ x, y, C: 10 })(Float64Array.from([...m.w, m.bias]), g);
  assert.ok(Math.max(...g.map(Math.abs)) < 1e-4);
});

test('dual coordinate descent SVM converges on a separable set with margin ≥ 1 for most points', () => {
  const { x, y } = separable();
  const m = trainSvmDual({ x, y, cost: new Float64Array(x.rows).fill(10) }, { tol: 1e-4 });
  assert.ok(m.converged);
  let margins = 0;
  for (let i = 0; i < x.rows; i++) {
    let z = m.bias;
    for (let p = x.indptr[i]; p < x.indptr[i + 1]; p++) z += x.data[p] * m.w[x.indices[p]];
    const s = y[i] ? z : -z;
    assert.ok(s > 0, 'misclassified');
    if (s > 0.9) margins++;
  }
  assert.ok(margins >= 38);
});

test('multinomial logistic regression separates three classes; Platt scaling is monotone', () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({ idx: [i % 3], val: [1] }));
  const x = csrFromRows(rows, 3);
  const m = trainMultinomial({ x, y: Int32Array.from({ length: 30 }, (_, i) => i % 3), k: 3, C: 5 });
  for (let c = 0; c < 3; c++) {
    const z = [0, 1, 2].map((k) => m.w[c * 3 + k] + m.bias[k]);
    assert.equal(z.indexOf(Math.max(...z)), c);
  }
  const p = fitPlatt([-2, -1, -0.5, 0.5, 1, 2], [0, 0, 1, 0, 1, 1]);
  assert.ok(p.a > 0);
});
