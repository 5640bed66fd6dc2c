// Screen units by data availability (METHODOLOGY §3.4), with COINr's exact expressions so the 2/3 default keeps a
// unit with 2 of 3 values (a = 0.66666666666666674 is not below 0.6666666666666666).

import type { Dataset } from "./index-input.model.ts";
import type { StepSpec } from "./index-spec.parse.ts";

/** One row of `screening.csv`, for every unit before screening. */
export interface ScreeningRecord {
  units: string[];
  nMissing: Int32Array;
  nZero: Int32Array;
  dataAvailability: Float64Array;
  nonZeroShare: Float64Array;
  included: boolean[];
}

/**
 * Removes units whose data availability or non-zero share falls strictly below the thresholds; `force.include`
 * keeps units and `force.exclude` (applied after) drops them. A unit with no data has an undefined non-zero share
 * and is removed when zeros are screened (§1.2 #6).
 *
 * @example a unit with 2 of 3 indicators: a = 1 − 1/3 = 0.66666666666666674 → kept at 2/3, removed at 0.667
 */
export function screen(
  data: Dataset,
  step: Extract<StepSpec, { step: "screen" }>,
): { data: Dataset; record: ScreeningRecord } {
  const n = data.units.length;
  const m = data.cols.length;
  const nMissing = new Int32Array(n);
  const nZero = new Int32Array(n);
  for (const x of data.cols) {
    for (let i = 0; i < n; i++) {
      const v = x[i];
      if (Number.isNaN(v)) nMissing[i]++;
      else if (v === 0) nZero[i]++;
    }
  }
  const dataAvailability = new Float64Array(n);
  const nonZeroShare = new Float64Array(n);
  const included: boolean[] = [];
  const include = new Set(step.force.include);
  const exclude = new Set(step.force.exclude);
  for (let i = 0; i < n; i++) {
    const a = 1 - nMissing[i] / m;
    const z = 1 - nZero[i] / (m - nMissing[i]);
    dataAvailability[i] = a;
    nonZeroShare[i] = z;
    const failsMissing = a < step.dataThreshold;
    // An undefined share (no data at all) cannot meet the threshold: NaN >= t is false.
    const failsZeros = !(z >= step.nonZeroThreshold);
    let keep = step.by === "missing" ? !failsMissing : step.by === "zeros" ? !failsZeros : !failsMissing && !failsZeros;
    if (include.has(data.units[i])) keep = true;
    if (exclude.has(data.units[i])) keep = false;
    included.push(keep);
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (included[i]) kept.push(i);
  const k = kept.length;
  const rows = new Int32Array(k);
  for (let r = 0; r < k; r++) rows[r] = data.rows[kept[r]];
  const cols = data.cols.map((x) => {
    if (k === n) return x;
    const c = new Float64Array(k);
    for (let r = 0; r < k; r++) c[r] = x[kept[r]];
    return c;
  });
  const out: Dataset = { units: k === n ? data.units : kept.map((i) => data.units[i]), rows, codes: data.codes, cols };
  return { data: out, record: { units: data.units, nMissing, nZero, dataAvailability, nonZeroShare, included } };
}
