// Aggregation (METHODOLOGY §3.8), level by level. The arithmetic mean normalises the weights of the children present
// first and then sums the products; every sum is double-double. Missing children are dropped and the weights
// renormalised per unit, which amounts to imputing the mean of the siblings (COINr's behaviour).

import type { Dataset, IndexMeta } from "./index-input.model.ts";
import { formatNumber, IndexMethodError } from "./index-input.model.ts";
import type { AggregateMethod, StepSpec } from "./index-spec.parse.ts";

/** The aggregate step's parameters for one level. */
export interface LevelAggregation {
  method: AggregateMethod;
  p: number | null;
  dataThreshold: number | null;
}

/**
 * The per-level parameters of an aggregate step; entry k builds level k + 2.
 *
 * @example aggregationLevels({ method: ["arithmetic", "geometric"], p: null, dataThreshold: 0.5, … }, 3) // two levels
 */
export function aggregationLevels(
  step: Extract<StepSpec, { step: "aggregate" }>,
  maxLevel: number,
): LevelAggregation[] {
  const at = <T>(v: T | T[], k: number): T => (Array.isArray(v) ? v[k] : v);
  const out: LevelAggregation[] = [];
  for (let k = 0; k < maxLevel - 1; k++)
    out.push({ method: at(step.method, k), p: at(step.p, k), dataThreshold: at(step.dataThreshold, k) });
  return out;
}

/**
 * Computes every aggregate, level 2 to the top, and returns the input columns followed by one column per aggregate
 * (codes in §1.1 order). `weights` holds one nominal weight per code index of `meta`.
 *
 * @example children 50, missing, 80 with weights 1, 2, 1 → 65 (weights of the children present renormalised)
 */
export function aggregate(
  data: Dataset,
  step: Extract<StepSpec, { step: "aggregate" }>,
  meta: IndexMeta,
  weights: Float64Array,
): Dataset {
  const n = data.units.length;
  const cols: Float64Array[] = data.cols.slice();
  const levels = aggregationLevels(step, meta.maxLevel);
  for (let c = meta.nIndicators; c < meta.codes.length; c++) {
    const level = meta.codeRows[c].level;
    const lv = levels[level - 2];
    const kids = meta.children[c];
    const out = new Float64Array(n);
    const m = kids.length;
    // Plain loops: typed arrays' `from` with a map function is slow in V8, and this runs once per aggregate per
    // uncertainty run.
    const xs: Float64Array[] = new Array(m);
    const ws = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      xs[j] = cols[kids[j]];
      ws[j] = weights[kids[j]];
    }
    const skipMissing = lv.method !== "generalised" || step.generalisedSkipsMissing;
    // Weights normalised over all children, computed exactly as the per-unit path would, for units with no gaps.
    let fullSumW = 0;
    {
      let wh = 0;
      let wl = 0;
      for (let j = 0; j < m; j++) {
        const w = ws[j];
        const s = wh + w;
        const bb = s - wh;
        wl += wh - (s - bb) + (w - bb);
        wh = s;
      }
      fullSumW = wh + wl;
    }
    const fullHat = new Float64Array(m);
    for (let j = 0; j < m; j++) fullHat[j] = ws[j] / fullSumW;
    const arithmetic = lv.method === "arithmetic";
    for (let i = 0; i < n; i++) {
      let present = 0;
      for (let j = 0; j < m; j++) if (!Number.isNaN(xs[j][i])) present++;
      if (arithmetic && present === m && m > 0) {
        let h = 0;
        let l = 0;
        for (let j = 0; j < m; j++) {
          const term = fullHat[j] * xs[j][i];
          const s = h + term;
          const bb = s - h;
          l += h - (s - bb) + (term - bb);
          h = s;
        }
        const total = h + l;
        out[i] = !Number.isNaN(total) ? total : h;
        continue;
      }
      if (
        (lv.dataThreshold !== null && present / m < lv.dataThreshold) ||
        present === 0 ||
        (!skipMissing && present < m)
      ) {
        out[i] = Number.NaN;
        continue;
      }
      // Sum of the weights present, double-double.
      let wh = 0;
      let wl = 0;
      for (let j = 0; j < m; j++) {
        if (Number.isNaN(xs[j][i])) continue;
        const w = ws[j];
        const s = wh + w;
        const bb = s - wh;
        wl += wh - (s - bb) + (w - bb);
        wh = s;
      }
      const sumW = wh + wl;
      let h = 0;
      let l = 0;
      for (let j = 0; j < m; j++) {
        const x = xs[j][i];
        if (Number.isNaN(x)) continue;
        let term: number;
        switch (lv.method) {
          case "arithmetic":
            term = (ws[j] / sumW) * x;
            break;
          case "geometric":
            if (x <= 0) failAt(data, meta, c, "geometric mean needs positive values", i, kids[j], x);
            term = ws[j] * Math.log(x);
            break;
          case "harmonic":
            if (x === 0) failAt(data, meta, c, "harmonic mean needs non-zero values", i, kids[j], x);
            term = ws[j] / x;
            break;
          default: {
            const p = lv.p as number;
            if (p < 0 && x <= 0)
              failAt(data, meta, c, "generalised mean with p < 0 needs positive values", i, kids[j], x);
            term = ws[j] * x ** p;
          }
        }
        const s = h + term;
        const bb = s - h;
        l += h - (s - bb) + (term - bb);
        h = s;
      }
      let total = h + l;
      if (Number.isNaN(total)) total = h;
      switch (lv.method) {
        case "arithmetic":
          out[i] = total;
          break;
        case "geometric":
          out[i] = Math.exp(total / sumW);
          break;
        case "harmonic":
          out[i] = sumW / total;
          break;
        default:
          out[i] = (total / sumW) ** (1 / (lv.p as number));
      }
    }
    cols.push(out);
  }
  return { units: data.units, rows: data.rows, codes: meta.codes, cols };
}

/** The error for a value an aggregation method cannot take, naming the unit, the child and the aggregate. */
function failAt(
  data: Dataset,
  meta: IndexMeta,
  c: number,
  what: string,
  unit: number,
  child: number,
  value: number,
): never {
  throw new IndexMethodError(
    `aggregate: ${what}; unit ${data.units[unit]}, child ${meta.codes[child]} of ${meta.codes[c]} (level ${meta.codeRows[c].level}) is ${formatNumber(value)}`,
  );
}
