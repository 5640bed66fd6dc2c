// Normalisation (METHODOLOGY §3.6). Direction is applied first (x' = Direction·x), and each formula is evaluated
// left to right exactly as written, because a different but algebraically equal order changes the last bits
// (distanceToMax is not bitwise minmax).

import type { Dataset, IndexInput, MetaRow } from "./index-input.model.ts";
import { IndexMethodError } from "./index-input.model.ts";
import type { NormaliseMethodSpec, StepSpec } from "./index-spec.parse.ts";
import { meanOf, rangeOf, rankAscending, sdOf } from "./numeric.primitives.ts";

/** What a normaliser may read besides the column: the indicator's iMeta row and the stage's units. */
export interface NormaliseContext {
  meta: MetaRow;
  units: string[];
  warnings: string[];
}

/**
 * Normalises one indicator column (already multiplied by Direction inside this function).
 *
 * @example normaliseColumn([1, 2, 4], { method: "minmax", lower: 0, upper: 100, fromMeta: false }, ctx with Direction −1) // [100, 66.66666666666666, 0]
 */
export function normaliseColumn(x: Float64Array, spec: NormaliseMethodSpec, ctx: NormaliseContext): Float64Array {
  const dir = ctx.meta.direction;
  const n = x.length;
  const xd = new Float64Array(n);
  for (let i = 0; i < n; i++) xd[i] = dir * x[i];
  const out = new Float64Array(n);
  const code = ctx.meta.iCode;
  const warn = (text: string) => ctx.warnings.push(`normalise: "${code}" ${text}`);
  const { min, max, n: count } = rangeOf(xd);
  if (count === 0 && spec.method !== "none") warn("has no values; its normalised values are missing");
  switch (spec.method) {
    case "minmax": {
      const lower = spec.fromMeta ? ctx.meta.params.minmaxLower : spec.lower;
      const upper = spec.fromMeta ? ctx.meta.params.minmaxUpper : spec.upper;
      if (count > 0 && max === min) warn("has zero range; its minmax values are missing");
      for (let i = 0; i < n; i++) out[i] = ((xd[i] - min) / (max - min)) * (upper - lower) + lower;
      break;
    }
    case "zscore": {
      const mt = spec.fromMeta ? ctx.meta.params.zscoreMean : spec.mean;
      const st = spec.fromMeta ? ctx.meta.params.zscoreSd : spec.sd;
      const m = meanOf(xd);
      const sd = sdOf(xd);
      if (count > 0 && !(sd > 0)) warn("has a zero or undefined standard deviation; its z-scores are missing");
      const s = sd > 0 ? sd : Number.NaN;
      for (let i = 0; i < n; i++) out[i] = ((xd[i] - m) / s) * st + mt;
      break;
    }
    case "scaled": {
      let lower = spec.lower;
      let upper = spec.upper;
      let factor = spec.scaleFactor;
      if (spec.fromMeta) {
        const p = ctx.meta.params;
        factor = p.scaleFactor;
        // Mirrored bounds for Direction −1 give (upper − x)/(upper − lower)·scaleFactor.
        [lower, upper] = dir === -1 ? [-p.scaledUpper, -p.scaledLower] : [p.scaledLower, p.scaledUpper];
      }
      for (let i = 0; i < n; i++) out[i] = ((xd[i] - lower) / (upper - lower)) * factor;
      break;
    }
    case "goalposts": {
      const p = ctx.meta.params;
      const own = spec.goalposts[code];
      const [lo, hi] = own ?? [p.goalpostLower, p.goalpostUpper];
      const scale = own
        ? (spec.scale ?? p.goalpostScale)
        : !Number.isNaN(p.goalpostScale)
          ? p.goalpostScale
          : (spec.scale as number);
      const truncate = own
        ? (spec.truncate ?? p.goalpostTrunc2posts ?? true)
        : (p.goalpostTrunc2posts ?? spec.truncate ?? true);
      const gLo = dir === -1 ? -hi : lo;
      const gHi = dir === -1 ? -lo : hi;
      for (let i = 0; i < n; i++) {
        let y = (xd[i] - gLo) / (gHi - gLo);
        if (truncate) {
          if (y > 1) y = 1;
          else if (y < 0) y = 0;
        }
        out[i] = y * scale;
      }
      break;
    }
    case "distanceToTarget": {
      const t = ctx.meta.target * dir;
      const cap = spec.cap ?? ctx.meta.params.dist2targCapMax ?? false;
      if (t < min) warn(`has its target below the lowest value (after Direction); scores exceed 1 in reverse`);
      for (let i = 0; i < n; i++) {
        const y = (xd[i] - min) / (t - min);
        out[i] = cap && y > 1 ? 1 : y;
      }
      break;
    }
    case "distanceToReference": {
      const r = ctx.units.indexOf(spec.reference);
      if (r < 0) throw new IndexMethodError(`normalise: reference unit "${spec.reference}" was screened out`);
      const ref = xd[r];
      if (Number.isNaN(ref)) warn(`has no value for the reference unit "${spec.reference}"; its values are missing`);
      for (let i = 0; i < n; i++) {
        const y = 1 - (ref - xd[i]) / (ref - min);
        out[i] = spec.cap && y > 1 ? 1 : y;
      }
      break;
    }
    case "distanceToMax":
      if (count > 0 && max === min) warn("has zero range; its values are missing");
      for (let i = 0; i < n; i++) out[i] = 1 - (max - xd[i]) / (max - min);
      break;
    case "fractionOfMax":
      if (max === 0) warn("has a maximum of 0; its values are infinite or missing");
      for (let i = 0; i < n; i++) out[i] = xd[i] / max;
      break;
    case "rank":
      rankAscending(xd, out);
      break;
    case "borda":
      rankAscending(xd, out);
      for (let i = 0; i < n; i++) out[i] = out[i] - 1;
      break;
    case "percentRank":
      rankAscending(xd, out);
      for (let i = 0; i < n; i++) out[i] = (out[i] - 1) / (count - 1);
      break;
    case "none":
      out.set(xd);
      break;
  }
  return out;
}

/**
 * Normalises every indicator of a stage with the step's spec, or its `perIndicator` spec where one is given.
 *
 * @example normalise(data, { step: "normalise", spec: { method: "rank" }, perIndicator: {} }, input, w) // [5, 5, 7, NaN] → [1, 1, 3, NaN]
 */
export function normalise(
  data: Dataset,
  step: Extract<StepSpec, { step: "normalise" }>,
  input: IndexInput,
  warnings: string[],
): Dataset {
  const { meta } = input;
  if (step.spec.method === "scaled" && !step.spec.fromMeta) {
    const negative = data.codes.filter(
      (c) => meta.codeRows[meta.codeIndex.get(c) as number].direction === -1 && !step.perIndicator[c],
    );
    if (negative.length > 0) {
      warnings.push(
        `normalise: scaled bounds apply to Direction·x; ${negative.length} indicator(s) have Direction -1 (${negative.join(", ")})`,
      );
    }
  }
  const cols = data.cols.map((x, j) => {
    const code = data.codes[j];
    const row = meta.codeRows[meta.codeIndex.get(code) as number];
    return normaliseColumn(x, step.perIndicator[code] ?? step.spec, { meta: row, units: data.units, warnings });
  });
  return { ...data, cols };
}
