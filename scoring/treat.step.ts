// Outlier treatment (METHODOLOGY §3.5): COINr's check, winsorisation loop and log fallbacks, including its quirks
// (the side follows the current skew, ties are clipped together, nwin counts the last clipped sets, the fallback
// starts again from the original column and is kept even when it still fails).

import type { Dataset } from "./index-input.model.ts";
import type { IndexSpec, StepSpec, TreatFallback, TreatParams } from "./index-spec.parse.ts";
import { rangeOf, skewKurtOf, skewOf } from "./numeric.primitives.ts";

/** Outcome of treating one indicator. */
export type TreatStatus = "passed" | "winsorised" | "transformed" | "failed" | "untreatable" | "excluded";

/** Per-point flags, stored as small integers; `TREAT_FLAG_LABELS[f]` is the text written to treatment_points.csv. */
export const TREAT_FLAG_LABELS = ["", "winhi", "winlo", "log", "winhi+log", "winlo+log"] as const;

/** One row of `treatment.csv`. */
export interface TreatmentRecord {
  iCode: string;
  skewBefore: number;
  kurtosisBefore: number;
  /** null when the check is undefined (three-valued logic). */
  passedBefore: boolean | null;
  winsorisedPoints: number;
  logApplied: boolean;
  skewAfter: number;
  kurtosisAfter: number;
  passedAfter: boolean | null;
  status: TreatStatus;
}

/** Result of treating one column. */
export interface TreatedColumn {
  values: Float64Array;
  flags: Uint8Array;
  record: TreatmentRecord;
}

/**
 * The skew/kurtosis check in three-valued logic: true passes, false fails, null is undefined.
 *
 * @example treatmentCheck(2.16, 3.41, 2, 3.5) // true: kurtosis is below 3.5, so the OR passes
 */
export function treatmentCheck(
  skew: number,
  kurt: number,
  skewThreshold: number,
  kurtosisThreshold: number,
): boolean | null {
  const a = !Number.isNaN(skew) ? Math.abs(skew) < skewThreshold : null;
  const b = !Number.isNaN(kurt) ? kurt < kurtosisThreshold : null;
  if (a === true || b === true) return true;
  if (a === false && b === false) return false;
  return null;
}

/**
 * Applies a fallback transform to a column (§3.5.3); missing values stay missing.
 *
 * @example fallbackTransform([1, 10, 100, 1000], "logCT", "coinr") // ln(x − 1 + 9.99)
 */
export function fallbackTransform(
  x: Float64Array,
  fallback: Exclude<TreatFallback, "none">,
  logGII: IndexSpec["compat"]["logGII"],
): Float64Array {
  const { min, max } = rangeOf(x);
  const a = 0.01 * (max - min);
  const out = new Float64Array(x.length);
  switch (fallback) {
    case "logCT":
      for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i] - min + a);
      break;
    case "logCTPlus":
      if (skewOf(x) > 0) for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i] - min + a);
      else for (let i = 0; i < x.length; i++) out[i] = -Math.log(max + a - x[i]);
      break;
    case "logCTOrig":
      for (let i = 0; i < x.length; i++) out[i] = Math.log(x[i] - min + 1);
      break;
    case "logGII":
      // COINr computes the log and then returns its input unchanged (§1.2 #1); "corrected" returns the log.
      if (logGII === "corrected")
        for (let i = 0; i < x.length; i++) out[i] = Math.log(((max - 1) * (x[i] - min)) / (max - min) + 1);
      else out.set(x);
      break;
  }
  return out;
}

/**
 * Treats one indicator column with COINr's algorithm (§3.5.1–3.5.2).
 *
 * @example treatColumn("x", [twelve 1s, 10, 100, 1000], defaults) // 1000 → 100, then both 100s → 10; nwin 2; winsorised
 */
export function treatColumn(
  code: string,
  x: Float64Array,
  p: TreatParams,
  logGII: IndexSpec["compat"]["logGII"],
): TreatedColumn {
  const n = x.length;
  const before = skewKurtOf(x);
  const c0 = treatmentCheck(before.skew, before.kurt, p.skewThreshold, p.kurtosisThreshold);
  const flags = new Uint8Array(n);
  const record: TreatmentRecord = {
    iCode: code,
    skewBefore: before.skew,
    kurtosisBefore: before.kurt,
    passedBefore: c0,
    winsorisedPoints: 0,
    logApplied: false,
    skewAfter: before.skew,
    kurtosisAfter: before.kurt,
    passedAfter: c0,
    status: "passed",
  };
  const untreatable = (): TreatedColumn => {
    record.status = "untreatable";
    return { values: x, flags, record };
  };
  if (c0 === true) return { values: x, flags, record };
  if (c0 === null) return untreatable();

  const w = new Float64Array(x);
  let hi: number[] = [];
  let lo: number[] = [];
  let nwin = 0;
  for (;;) {
    const sk = skewKurtOf(w);
    const c = treatmentCheck(sk.skew, sk.kurt, p.skewThreshold, p.kurtosisThreshold);
    if (c === null) return untreatable();
    if (!((c === false || p.forceWinsorise) && nwin < p.winsorMax)) break;
    if (Number.isNaN(sk.skew)) return untreatable();
    const { min, max } = rangeOf(w);
    const side = sk.skew >= 0 ? max : min;
    const clipped: number[] = [];
    let next = sk.skew >= 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const v = w[i];
      if (Number.isNaN(v)) continue;
      if (v === side) clipped.push(i);
      else if (sk.skew >= 0 ? v > next : v < next) next = v;
    }
    // Every value tied at the extreme: nothing left to clip to, so the column cannot be treated.
    if (!Number.isFinite(next) && clipped.length === rangeOf(w).n) return untreatable();
    for (const i of clipped) w[i] = next;
    if (sk.skew >= 0) hi = clipped;
    else lo = clipped;
    nwin = hi.length + lo.length;
  }
  record.winsorisedPoints = nwin;
  const after1 = skewKurtOf(w);
  const c1 = treatmentCheck(after1.skew, after1.kurt, p.skewThreshold, p.kurtosisThreshold);
  if (c1 === null) return untreatable();
  const markClipped = (offset: number) => {
    for (const i of hi) flags[i] = 1 + offset;
    for (const i of lo) flags[i] = 2 + offset;
  };
  if (c1 === true || p.fallback === "none") {
    markClipped(0);
    Object.assign(record, { skewAfter: after1.skew, kurtosisAfter: after1.kurt, passedAfter: c1 });
    record.status = c1 === true ? "winsorised" : "failed";
    return { values: w, flags, record };
  }
  const t = fallbackTransform(p.combine ? w : x, p.fallback, logGII);
  const after2 = skewKurtOf(t);
  const c2 = treatmentCheck(after2.skew, after2.kurt, p.skewThreshold, p.kurtosisThreshold);
  if (c2 === null) return untreatable();
  flags.fill(3);
  if (p.combine) markClipped(3);
  Object.assign(record, { skewAfter: after2.skew, kurtosisAfter: after2.kurt, passedAfter: c2, logApplied: true });
  record.status = "transformed";
  return { values: t, flags, record };
}

/**
 * Treats every indicator of a stage; `perIndicator` objects merge onto the step's parameters and `"none"` leaves an
 * indicator untouched (status `excluded`).
 *
 * @example treat(data, { step: "treat", params: TREAT_DEFAULTS, perIndicator: {} }, "coinr").records[0].status // "passed"
 */
export function treat(
  data: Dataset,
  step: Extract<StepSpec, { step: "treat" }>,
  logGII: IndexSpec["compat"]["logGII"],
): { data: Dataset; records: TreatmentRecord[]; flags: Uint8Array[] } {
  const records: TreatmentRecord[] = [];
  const flags: Uint8Array[] = [];
  const cols = data.cols.map((x, j) => {
    const code = data.codes[j];
    const own = step.perIndicator[code];
    if (own === "none") {
      const { skew, kurt } = skewKurtOf(x);
      const c = treatmentCheck(skew, kurt, step.params.skewThreshold, step.params.kurtosisThreshold);
      records.push({
        iCode: code,
        skewBefore: skew,
        kurtosisBefore: kurt,
        passedBefore: c,
        winsorisedPoints: 0,
        logApplied: false,
        skewAfter: skew,
        kurtosisAfter: kurt,
        passedAfter: c,
        status: "excluded",
      });
      flags.push(new Uint8Array(x.length));
      return x;
    }
    const t = treatColumn(code, x, own ? { ...step.params, ...own } : step.params, logGII);
    records.push(t.record);
    flags.push(t.flags);
    return t.values;
  });
  return { data: { ...data, cols }, records, flags };
}
