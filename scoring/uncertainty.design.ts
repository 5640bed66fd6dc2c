// Designs, mappings and estimators of uncertainty and sensitivity analysis (METHODOLOGY §4.2, §4.4, §4.6).

import { meanOf, sumOf } from "./numeric.primitives.ts";

/**
 * COINr's mapping of a design column to discrete alternatives (1-based), via R's `cut` with `n` equal bins over the
 * column's observed range (§4.4), not over [0, 1].
 *
 * @example mapDiscreteCoinr([0.1, 0.35, 0.6, 0.95], 3) // Int32Array [1, 1, 2, 3]
 */
export function mapDiscreteCoinr(u: ArrayLike<number>, n: number): Int32Array {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < u.length; i++) {
    if (u[i] < lo) lo = u[i];
    if (u[i] > hi) hi = u[i];
  }
  const breaks = new Float64Array(n + 1);
  let dx = hi - lo;
  if (dx === 0) {
    // R's cut: a zero range widens to |lo| (or 1) and spaces the breaks evenly over the widened interval.
    dx = lo === 0 ? 1 : Math.abs(lo);
    const from = lo - dx / 1000;
    const to = hi + dx / 1000;
    const by = (to - from) / n;
    for (let k = 0; k <= n; k++) breaks[k] = from + k * by;
    breaks[n] = to;
  } else {
    // seq(lo, hi, length.out = n + 1): lo + k·(Δ/n), then the ends pushed out by Δ/1000.
    const by = dx / n;
    for (let k = 1; k < n; k++) breaks[k] = lo + k * by;
    breaks[0] = lo - dx / 1000;
    breaks[n] = hi + dx / 1000;
  }
  const out = new Int32Array(u.length);
  for (let i = 0; i < u.length; i++) {
    let k = 1;
    while (k < n && !(u[i] <= breaks[k])) k++;
    out[i] = k;
  }
  return out;
}

/**
 * The alternative ⌊u·n⌋ + 1 (`--mapping uniform`, §1.2 #4).
 *
 * @example mapDiscreteUniform([0.1, 0.35, 0.6, 0.95], 3) // Int32Array [1, 2, 2, 3]
 */
export function mapDiscreteUniform(u: ArrayLike<number>, n: number): Int32Array {
  return Int32Array.from(u as ArrayLike<number>, (x) => Math.min(n, Math.floor(x * n) + 1));
}

/**
 * Lays out a design from column-wise uniforms (§4.2). UA uses `x` (d columns of N) directly; SA takes `x` as 2d
 * columns of N, A being the first d and B the rest, and returns the rows of [A; B; AB_1; …; AB_d].
 *
 * @example designRuns(cols, 2, 2, true).blocks // ["A","A","B","B","AB_1","AB_1","AB_2","AB_2"] (names filled by caller)
 */
export function designRuns(
  x: Float64Array[],
  n: number,
  d: number,
  sensitivity: boolean,
): { u: Float64Array[]; block: number[] } {
  if (!sensitivity) return { u: x.slice(0, d), block: Array.from({ length: n }, () => -1) };
  const total = n * (d + 2);
  const u = Array.from({ length: d }, () => new Float64Array(total));
  const block: number[] = [];
  for (let b = 0; b < d + 2; b++) for (let r = 0; r < n; r++) block.push(b - 2);
  for (let j = 0; j < d; j++) {
    const a = x[j];
    const bcol = x[d + j];
    for (let r = 0; r < n; r++) {
      u[j][r] = a[r];
      u[j][n + r] = bcol[r];
      for (let i = 0; i < d; i++) u[j][(2 + i) * n + r] = i === j ? bcol[r] : a[r];
    }
  }
  // block: -2 = A, -1 = B, i ≥ 0 = AB_(i+1)
  return { u, block };
}

/**
 * The sample variance (denominator 2N − 1) of y_A ∪ y_B; missing if any value is missing.
 *
 * @example outputVariance([1, 2, 3], [2, 4, 6]) // 3.2
 */
export function outputVariance(yA: ArrayLike<number>, yB: ArrayLike<number>): number {
  const all = Float64Array.from([...Array.from(yA), ...Array.from(yB)]);
  if (all.some((v) => Number.isNaN(v))) return Number.NaN;
  const m = meanOf(all);
  const sq = all.map((v) => (v - m) * (v - m));
  return sumOf(sq) / (all.length - 1);
}

/**
 * First-order index (Saltelli et al. 2010) over the rows `idx` (all rows when omitted): mean_k(yB·(yABi − yA)) / V.
 *
 * @example firstOrderIndex([1, 2, 3], [2, 4, 6], [1, 3, 5], 3.2) // 1.6666666666666665
 */
export function firstOrderIndex(
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yAB: ArrayLike<number>,
  v: number,
  idx?: ArrayLike<number>,
): number {
  const n = idx ? idx.length : yA.length;
  const terms = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const r = idx ? idx[k] : k;
    const t = yB[r] * (yAB[r] - yA[r]);
    if (Number.isNaN(t)) return Number.NaN;
    terms[k] = t;
  }
  return meanOf(terms) / v;
}

/**
 * Total-order index (Jansen 1999) over the rows `idx`: sum_k (yA − yABi)² / ((2·N)·V).
 *
 * @example totalOrderIndex([1, 2, 3], [1, 3, 5], 3.2) // 0.26041666666666663
 */
export function totalOrderIndex(
  yA: ArrayLike<number>,
  yAB: ArrayLike<number>,
  v: number,
  idx?: ArrayLike<number>,
): number {
  const n = idx ? idx.length : yA.length;
  const terms = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const r = idx ? idx[k] : k;
    const dlt = yA[r] - yAB[r];
    if (Number.isNaN(dlt)) return Number.NaN;
    terms[k] = dlt * dlt;
  }
  return sumOf(terms) / (2 * n * v);
}
