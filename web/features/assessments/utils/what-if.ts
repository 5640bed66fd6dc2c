import type { FrameworkElement } from "../../../../contract/api/assessments.schema.ts";
import { aggregate } from "../../../../scoring/aggregate.step.ts";
import type { MetaParameters, MetaRow } from "../../../../scoring/index-input.model.ts";
import { buildIndexMeta } from "../../../../scoring/index-input.parse.ts";
import { rankDescending } from "../../../../scoring/numeric.primitives.ts";

const NO_PARAMS: MetaParameters = {
  minmaxLower: Number.NaN,
  minmaxUpper: Number.NaN,
  zscoreMean: Number.NaN,
  zscoreSd: Number.NaN,
  scaledLower: Number.NaN,
  scaledUpper: Number.NaN,
  scaleFactor: Number.NaN,
  goalpostLower: Number.NaN,
  goalpostUpper: Number.NaN,
  goalpostScale: Number.NaN,
  goalpostTrunc2posts: null,
  dist2targCapMax: null,
};

const INDEX = "Index";

/** A hub's composite and rank under the what-if weights. */
export interface WhatIfScore {
  hubId: string;
  composite: number | null;
  rank: number | null;
}

/**
 * Recomputes composite scores and ranks from the published dimension scores with other dimension weights, using
 * the engine's own aggregate step (arithmetic mean, missing dimensions skipped and the weights renormalised) and
 * its ranking. Aggregation is arithmetic at every level, so with the framework's weights this gives the published
 * composites exactly; indicator weights inside a dimension cannot be changed here, since the API publishes
 * dimension scores, not the normalised indicators.
 * @param dimensions dimension codes in framework order.
 * @param weights one weight (> 0) per dimension code.
 * @example whatIf(["A", "B"], { A: 1, B: 3 }, [{ hubId: "h", dimensions: { A: 40, B: 80 } }]) // composite 70, rank 1
 */
export function whatIf(
  dimensions: string[],
  weights: Record<string, number>,
  hubs: { hubId: string; dimensions: Record<string, number | null> }[],
): WhatIfScore[] {
  if (dimensions.length === 0 || hubs.length === 0)
    return hubs.map((h) => ({ hubId: h.hubId, composite: null, rank: null }));
  const row = (i: number, code: string, level: number, parent: string, weight: number): MetaRow => ({
    row: i + 2,
    iCode: code,
    iName: code,
    level,
    parent,
    direction: 1,
    type: level === 1 ? "Indicator" : "Aggregate",
    weight,
    target: Number.NaN,
    denominator: "",
    params: NO_PARAMS,
  });
  const rows = [
    ...dimensions.map((d, i) => row(i, d, 1, INDEX, Math.max(weights[d] ?? 0, 0))),
    row(dimensions.length, INDEX, 2, "", 1),
  ];
  const meta = buildIndexMeta(rows, new Set());
  const units = hubs.map((h) => h.hubId);
  const data = aggregate(
    {
      units,
      rows: Int32Array.from(units, (_, i) => i + 2),
      codes: dimensions,
      cols: dimensions.map((d) => Float64Array.from(hubs, (h) => h.dimensions[d] ?? Number.NaN)),
    },
    { step: "aggregate", method: "arithmetic", p: null, dataThreshold: null, generalisedSkipsMissing: true },
    meta,
    Float64Array.from(meta.codeRows, (m) => m.weight),
  );
  const composite = data.cols[meta.codeIndex.get(INDEX) as number];
  const ranks = rankDescending(composite);
  return hubs.map((h, i) => ({
    hubId: h.hubId,
    composite: Number.isFinite(composite[i]) ? composite[i] : null,
    rank: Number.isFinite(ranks[i]) ? ranks[i] : null,
  }));
}

/** The implicit top of the tree (framework codes start with a letter, so never collide). */
const TOP = "_Index";

/**
 * Recomputes composite scores and ranks from the published normalised indicator scores (0–100) with other weights
 * at any level of the framework's tree — dimensions and indicators — using the engine's own aggregate step
 * (arithmetic mean up the tree, missing children skipped and the weights renormalised) and its ranking. With the
 * framework's weights it gives the published composites exactly.
 * @param elements the framework's tree (flat, with parents), as `GET /api/frameworks/{id}` gives it.
 * @param weights weight per element code (> 0); codes left out keep the framework's weight.
 * @param hubs each hub's normalised indicator scores (`normalised` of the results).
 * @example whatIfTree(elements, { Events: 3 }, [{ hubId: "h", normalised: { Events: 80, Access: 75 } }])
 */
export function whatIfTree(
  elements: Pick<FrameworkElement, "code" | "parent" | "kind" | "weight">[],
  weights: Record<string, number>,
  hubs: { hubId: string; normalised: Record<string, number> }[],
): WhatIfScore[] {
  const indicators = elements.filter((e) => e.kind === "indicator");
  if (indicators.length === 0 || hubs.length === 0)
    return hubs.map((h) => ({ hubId: h.hubId, composite: null, rank: null }));
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const depthOf = (code: string) => {
    let d = 1;
    for (let p = byCode.get(code)?.parent; p; p = byCode.get(p)?.parent) d++;
    return d;
  };
  const leafDepth = Math.max(...indicators.map((e) => depthOf(e.code)));
  const rows: MetaRow[] = elements.map((e, i) => ({
    row: i + 2,
    iCode: e.code,
    iName: e.code,
    level: leafDepth - depthOf(e.code) + 1,
    parent: e.parent ?? TOP,
    direction: 1,
    type: e.kind === "indicator" ? "Indicator" : "Aggregate",
    // A weight of 0 drops the element (unless all its siblings are 0 too, then they count alike).
    weight: Math.max(weights[e.code] ?? e.weight, 1e-9),
    target: Number.NaN,
    denominator: "",
    params: NO_PARAMS,
  }));
  rows.push({
    ...rows[0],
    row: rows.length + 2,
    iCode: TOP,
    iName: TOP,
    level: leafDepth + 1,
    parent: "",
    type: "Aggregate",
    weight: 1,
  });
  const meta = buildIndexMeta(rows, new Set());
  const codes = meta.codes.slice(0, meta.nIndicators);
  const units = hubs.map((h) => h.hubId);
  const data = aggregate(
    {
      units,
      rows: Int32Array.from(units, (_, i) => i + 2),
      codes,
      cols: codes.map((c) => Float64Array.from(hubs, (h) => h.normalised[c] ?? Number.NaN)),
    },
    { step: "aggregate", method: "arithmetic", p: null, dataThreshold: null, generalisedSkipsMissing: true },
    meta,
    Float64Array.from(meta.codeRows, (m) => m.weight),
  );
  const composite = data.cols[meta.codeIndex.get(TOP) as number];
  const ranks = rankDescending(composite);
  return hubs.map((h, i) => ({
    hubId: h.hubId,
    composite: Number.isFinite(composite[i]) ? composite[i] : null,
    rank: Number.isFinite(ranks[i]) ? ranks[i] : null,
  }));
}

/**
 * Each element's weight as a share of its siblings' (0–1), for the sliders' labels; null when the siblings' sum is 0.
 * @example siblingShares([{ code: "A", parent: null }, { code: "B", parent: null }], { A: 3, B: 1 }) // { A: 0.75, B: 0.25 }
 */
export function siblingShares(
  elements: Pick<FrameworkElement, "code" | "parent">[],
  weights: Record<string, number>,
): Record<string, number | null> {
  const sums = new Map<string | null, number>();
  for (const e of elements) sums.set(e.parent, (sums.get(e.parent) ?? 0) + Math.max(weights[e.code] ?? 0, 0));
  return Object.fromEntries(
    elements.map((e) => {
      const sum = sums.get(e.parent) ?? 0;
      return [e.code, sum > 0 ? Math.max(weights[e.code] ?? 0, 0) / sum : null];
    }),
  );
}
