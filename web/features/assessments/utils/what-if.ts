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
