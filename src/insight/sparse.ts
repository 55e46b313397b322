/** Compressed sparse row matrix with float32 values. */
export interface Csr {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  data: Float32Array;
}

/** Build a CSR matrix from per-row (sorted or unsorted) index/value lists. */
export function csrFromRows(rows: ReadonlyArray<{ idx: ArrayLike<number>; val: ArrayLike<number> }>, cols: number): Csr {
  let nnz = 0;
  for (const r of rows) nnz += r.idx.length;
  const indptr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  let p = 0;
  rows.forEach((r, i) => {
    for (let j = 0; j < r.idx.length; j++) {
      indices[p] = r.idx[j];
      data[p] = r.val[j];
      p++;
    }
    indptr[i + 1] = p;
  });
  return { rows: rows.length, cols, indptr, indices, data };
}

/** Select rows (in the given order) of a CSR matrix. */
export function csrSelectRows(m: Csr, rowIds: ArrayLike<number>): Csr {
  let nnz = 0;
  for (let k = 0; k < rowIds.length; k++) nnz += m.indptr[rowIds[k] + 1] - m.indptr[rowIds[k]];
  const indptr = new Int32Array(rowIds.length + 1);
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  let p = 0;
  for (let k = 0; k < rowIds.length; k++) {
    const r = rowIds[k];
    const a = m.indptr[r];
    const b = m.indptr[r + 1];
    indices.set(m.indices.subarray(a, b), p);
    data.set(m.data.subarray(a, b), p);
    p += b - a;
    indptr[k + 1] = p;
  }
  return { rows: rowIds.length, cols: m.cols, indptr, indices, data };
}

/** Product X·W where W is (cols × k) feature-major (w[j*k + c]); returns (rows × k) row-major. */
export function csrTimesDense(x: Csr, w: Float32Array | Float64Array, k: number, bias?: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.rows * k);
  for (let i = 0; i < x.rows; i++) {
    const o = i * k;
    for (let c = 0; c < k; c++) out[o + c] = bias ? bias[c] : 0;
    for (let p = x.indptr[i]; p < x.indptr[i + 1]; p++) {
      const jk = x.indices[p] * k;
      const v = x.data[p];
      for (let c = 0; c < k; c++) out[o + c] += v * w[jk + c];
    }
  }
  return out;
}
