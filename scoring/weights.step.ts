// Weights (METHODOLOGY §3.7): effective weights (COINr get_eff_weights) and noisy weight sets (get_noisy_weights).

import type { IndexMeta } from "./index-input.model.ts";
import { compareCodePoints } from "./index-input.model.ts";
import { sumOf } from "./numeric.primitives.ts";

/**
 * Each element's nominal share of the index: w / Σ(w of its siblings), multiplied down from the top level.
 *
 * @example Index ← A (2), B (1); A ← i1, i2; B ← i3 → A 2/3, B 1/3, i1 = i2 = i3 = 1/3
 */
export function effectiveWeights(meta: IndexMeta, weights: Float64Array): Float64Array {
  const groups = new Map<string, number[]>();
  meta.codeRows.forEach((m, c) => {
    const key = m.parent;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  });
  const e = new Float64Array(weights.length);
  for (const members of groups.values()) {
    const total = sumOf(members.map((c) => weights[c]));
    for (const c of members) e[c] = weights[c] / total;
  }
  for (let level = meta.maxLevel - 1; level >= 1; level--) {
    meta.codeRows.forEach((m, c) => {
      if (m.level === level && m.parent !== "") e[c] = e[c] * e[meta.codeIndex.get(m.parent) as number];
    });
  }
  return e;
}

/**
 * The order in which noisy weights draw their uniforms (§4.3): by Level, then Parent in code-point order, then iMeta
 * row order. Returns code indices.
 *
 * @example weightTableOrder(meta) // [i1, i2, i3, A, B, Index] for the §3.7 example
 */
export function weightTableOrder(meta: IndexMeta): number[] {
  return meta.codeRows
    .map((m, c) => ({ m, c }))
    .sort((a, b) => a.m.level - b.m.level || compareCodePoints(a.m.parent, b.m.parent) || a.m.row - b.m.row)
    .map((x) => x.c);
}

/**
 * One noisy weight: `w + ((U·2 − 1)·f)·w`, evaluated in this order; uniform on [w(1 − f), w(1 + f)].
 *
 * @example noisyWeight(2, 0.25, 0.75) // 2.25
 */
export function noisyWeight(w: number, f: number, u: number): number {
  return w + (u * 2 - 1) * f * w;
}

/**
 * Draws K noisy weight sets (§3.7, §4.3): for each set, for each listed level in order, one uniform per weight of
 * that level in weight-table order. Other levels keep their nominal weights.
 *
 * @example noisyWeightSets(meta, w, [{ level: 2, factor: 0.25 }], 100, () => rng.next()) // 100 complete weight tables
 */
export function noisyWeightSets(
  meta: IndexMeta,
  weights: Float64Array,
  noise: { level: number; factor: number }[],
  count: number,
  uniform: () => number,
): Float64Array[] {
  const order = weightTableOrder(meta);
  const sets: Float64Array[] = [];
  for (let k = 0; k < count; k++) {
    const w = new Float64Array(weights);
    for (const { level, factor } of noise) {
      for (const c of order) if (meta.codeRows[c].level === level) w[c] = noisyWeight(weights[c], factor, uniform());
    }
    sets.push(w);
  }
  return sets;
}
