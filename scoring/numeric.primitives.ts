// Shared numeric primitives of METHODOLOGY §3.1. Every sum is accumulated in double-double and rounded once,
// because R adds in 80-bit extended precision and refines its means; plain `+=` loops drift by an ulp or more and
// then ranks of near-tied units flip. Missing values are NaN and are skipped (R's na.rm = TRUE) unless a function
// says otherwise. `!Number.isNaN(x)` is the NaN test used in hot loops.

/** Dekker's splitter for 53-bit doubles (2^27 + 1). */
const SPLITTER = 134217729;

/**
 * Sum of the non-missing values, accumulated in double-double (TwoSum) and rounded once.
 *
 * @example sumOf([0.1, 0.2, 0.3]) // 0.6 (a plain loop gives 0.6000000000000001)
 */
export function sumOf(values: ArrayLike<number>): number {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    const s = hi + x;
    const bb = s - hi;
    lo += hi - (s - bb) + (x - bb);
    hi = s;
  }
  const r = hi + lo;
  // An infinite term makes the error term NaN (Inf - Inf); IEEE says the sum is the infinity itself.
  return !Number.isNaN(r) ? r : hi;
}

/** A double-double value: the unevaluated sum hi + lo. */
export interface DoubleDouble {
  hi: number;
  lo: number;
}

/**
 * Double-double sum of the non-missing values, with their count; the building block of `meanOf`.
 *
 * @example sumDoubleDouble([1, 1e-20]) // { hi: 1, lo: 1e-20, n: 2 }
 */
export function sumDoubleDouble(values: ArrayLike<number>): DoubleDouble & { n: number } {
  let hi = 0;
  let lo = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    n++;
    const s = hi + x;
    const bb = s - hi;
    lo += hi - (s - bb) + (x - bb);
    hi = s;
  }
  // Renormalise so that hi is the rounded sum and lo the remainder.
  const s = hi + lo;
  const e = lo - (s - hi);
  return { hi: s, lo: e, n };
}

/**
 * The double nearest (hi + lo) / n for a double-double numerator and a positive integer n.
 *
 * @example divideDoubleDouble(1, 0, 3) // 0.3333333333333333
 */
export function divideDoubleDouble(hi: number, lo: number, n: number): number {
  const q = hi / n;
  if (!Number.isFinite(q) || !Number.isFinite(hi)) return (hi + lo) / n;
  // Exact product q·n as ph + pl (Dekker), so the remainder hi − q·n + lo is exact enough to round the quotient once.
  const qa = SPLITTER * q;
  const qh = qa - (qa - q);
  const ql = q - qh;
  const na = SPLITTER * n;
  const nh = na - (na - n);
  const nl = n - nh;
  const ph = q * n;
  const pl = qh * nh - ph + qh * nl + ql * nh + ql * nl;
  const r = hi - ph - pl + lo;
  return q + r / n;
}

/**
 * R's refined mean of the non-missing values; NaN when there are none.
 *
 * @example meanOf([1, 2, 4]) // 2.3333333333333335
 */
export function meanOf(values: ArrayLike<number>): number {
  const { hi, lo, n } = sumDoubleDouble(values);
  if (n === 0) return Number.NaN;
  return divideDoubleDouble(hi, lo, n);
}

/**
 * The correctly rounded mean of two doubles, (a + b) / 2, via TwoSum; plain `(a + b) / 2` can differ in the last bit.
 *
 * @example midpoint(0.1, 0.2) // 0.15000000000000002
 */
export function midpoint(a: number, b: number): number {
  const s = a + b;
  if (!Number.isFinite(s)) return a / 2 + b / 2;
  const bb = s - a;
  const err = a - (s - bb) + (b - bb);
  return s / 2 + err / 2;
}

/**
 * The non-missing values, sorted ascending, in a new typed array.
 *
 * @example sortedValues([3, Number.NaN, 1]) // Float64Array [1, 3]
 */
export function sortedValues(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isNaN(x)) out[k++] = x;
  }
  // Insertion sort beats the built-in typed-array sort by several times on index-sized columns (tens of units).
  if (n > 64) return out.sort();
  for (let i = 1; i < n; i++) {
    const x = out[i];
    let j = i - 1;
    while (j >= 0 && out[j] > x) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = x;
  }
  return out;
}

/**
 * Median of the non-missing values; for an even count, the correctly rounded mean of the two middle values.
 *
 * @example medianOf([1, 2, 10, 4]) // 3
 */
export function medianOf(values: ArrayLike<number>): number {
  const v = sortedValues(values);
  const n = v.length;
  if (n === 0) return Number.NaN;
  const h = n >> 1;
  return n % 2 === 1 ? v[h] : midpoint(v[h - 1], v[h]);
}

/**
 * Sample standard deviation (denominator n − 1) around `meanOf`; NaN when fewer than 2 values.
 *
 * @example sdOf([1, 2, 3, 4]) // 1.2909944487358056
 */
export function sdOf(values: ArrayLike<number>): number {
  const m = meanOf(values);
  if (Number.isNaN(m)) return Number.NaN;
  let hi = 0;
  let lo = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    n++;
    const d = x - m;
    // d² as an exact double-double product, so the squares lose nothing before they are summed (R uses long double).
    const p = d * d;
    const da = SPLITTER * d;
    const dh = da - (da - d);
    const dl = d - dh;
    const pe = dh * dh - p + 2 * dh * dl + dl * dl;
    const s = hi + p;
    const bb = s - hi;
    lo += hi - (s - bb) + (p - bb) + pe;
    hi = s;
  }
  if (n < 2) return Number.NaN;
  return Math.sqrt(divideDoubleDouble(hi + lo, lo - (hi + lo - hi), n - 1));
}

/** Central sums of the non-missing values, shared by skew and kurtosis. */
interface CentralSums {
  n: number;
  s2: number;
  s3: number;
  s4: number;
}

function centralSums(values: ArrayLike<number>): CentralSums {
  const m = meanOf(values);
  let n = 0;
  let h2 = 0;
  let l2 = 0;
  let h3 = 0;
  let l3 = 0;
  let h4 = 0;
  let l4 = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    n++;
    const c = x - m;
    // R evaluates x^2 as x*x but x^3 and x^4 through the C library's pow(), which rounds (almost always) correctly.
    // Carrying c² as an exact double-double gives the same correctly rounded c³ and c⁴ at a fraction of pow's cost.
    const c2 = c * c;
    const ca = SPLITTER * c;
    const ch = ca - (ca - c);
    const cl = c - ch;
    const e2 = ch * ch - c2 + 2 * ch * cl + cl * cl;
    const c3 = c2 * c + e2 * c;
    const c4 = c2 * c2 + 2 * c2 * e2;
    let s = h2 + c2;
    let bb = s - h2;
    l2 += h2 - (s - bb) + (c2 - bb);
    h2 = s;
    s = h3 + c3;
    bb = s - h3;
    l3 += h3 - (s - bb) + (c3 - bb);
    h3 = s;
    s = h4 + c4;
    bb = s - h4;
    l4 += h4 - (s - bb) + (c4 - bb);
    h4 = s;
  }
  return { n, s2: h2 + l2, s3: h3 + l3, s4: h4 + l4 };
}

/**
 * Sample skewness, e1071 type 2; NaN when fewer than 3 values or a constant column.
 *
 * @example skewOf([1, 2, 100]) // 1.7314483667564131
 */
export function skewOf(values: ArrayLike<number>): number {
  const { n, s2, s3 } = centralSums(values);
  if (n < 3) return Number.NaN;
  const y = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (y * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Sample excess kurtosis, e1071 type 2; NaN when fewer than 4 values or a constant column.
 *
 * @example kurtOf([1, 2, 3, 4]) // -1.2
 */
export function kurtOf(values: ArrayLike<number>): number {
  const { n, s2, s4 } = centralSums(values);
  if (n < 4) return Number.NaN;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/**
 * Skewness and kurtosis together, sharing one pass (used by the treatment loop).
 *
 * @example skewKurtOf([1, 2, 3, 4]) // { skew: 0, kurt: -1.2 }
 */
export function skewKurtOf(values: ArrayLike<number>): { skew: number; kurt: number } {
  const { n, s2, s3, s4 } = centralSums(values);
  const skew = n < 3 ? Number.NaN : (((Math.sqrt(n) * s3) / s2 ** 1.5) * Math.sqrt(n * (n - 1))) / (n - 2);
  const kurt = n < 4 ? Number.NaN : (((n + 1) * ((n * s4) / (s2 * s2) - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return { skew, kurt };
}

/**
 * Minimum and maximum of the non-missing values; both NaN when there are none.
 *
 * @example rangeOf([3, Number.NaN, -1]) // { min: -1, max: 3, n: 2 }
 */
export function rangeOf(values: ArrayLike<number>): { min: number; max: number; n: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    n++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return n === 0 ? { min: Number.NaN, max: Number.NaN, n } : { min, max, n };
}

/** Index of the first element of sorted `a` that is not below x. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of sorted `a` above x. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ascending ranks, ties taking the lowest rank ("min"); missing stays missing. Used by normalisation.
 *
 * @example rankAscending([5, 5, 7, Number.NaN]) // Float64Array [1, 1, 3, NaN]
 */
export function rankAscending(values: ArrayLike<number>, out = new Float64Array(values.length)): Float64Array {
  const sorted = sortedValues(values);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    out[i] = !Number.isNaN(x) ? 1 + lowerBound(sorted, x) : Number.NaN;
  }
  return out;
}

/**
 * Result ranks (§3.9): descending, the highest score gets 1, ties share the lowest rank, missing stays missing.
 *
 * @example rankDescending([80, 90, 90, Number.NaN]) // Float64Array [3, 1, 1, NaN]
 */
export function rankDescending(values: ArrayLike<number>, out = new Float64Array(values.length)): Float64Array {
  const sorted = sortedValues(values);
  const n = sorted.length;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    out[i] = !Number.isNaN(x) ? 1 + n - upperBound(sorted, x) : Number.NaN;
  }
  return out;
}

/**
 * R's type-7 quantile of the non-missing values, evaluated in R's operation order; NaN when there are none.
 *
 * @example quantile7([1, 2, 3, 4, 10], 0.95) // 8.799999999999999
 */
export function quantile7(values: ArrayLike<number>, p: number): number {
  return quantile7Sorted(sortedValues(values), p);
}

/**
 * `quantile7` over values already sorted ascending with no missing values.
 *
 * @example quantile7Sorted(new Float64Array([1, 2, 3, 4, 10]), 0.05) // 1.2
 */
export function quantile7Sorted(v: ArrayLike<number>, p: number): number {
  const n = v.length;
  if (n === 0) return Number.NaN;
  const h = 1 + (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const vLo = v[lo - 1];
  const vHi = v[hi - 1];
  if (h > lo && vHi !== vLo) {
    const f = h - lo;
    return (1 - f) * vLo + f * vHi;
  }
  return vLo;
}
