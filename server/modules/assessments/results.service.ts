import type { FrameworkElement, ResultsView } from "../../../contract/api/assessments.schema.ts";
import { build } from "../../../scoring/build.pipeline.ts";
import type { IndexInput } from "../../../scoring/index-input.model.ts";
import { buildIndexMeta } from "../../../scoring/index-input.parse.ts";
import { parseIndexSpec } from "../../../scoring/index-spec.parse.ts";
import { MersenneTwister } from "../../../scoring/mersenne-twister.random.ts";
import { quantile7Sorted, sortedValues } from "../../../scoring/numeric.primitives.ts";
import { uncertainty } from "../../../scoring/uncertainty.analysis.ts";
import { goalpostsOf, INDEX_CODE, metaRows, validateFramework } from "./frameworks.service.ts";

/** Number of uncertainty runs behind each rank interval and tier stability. */
export const UNCERTAINTY_RUNS = 500;
/** The runs are spread over this many data sets: the assessors' scores as given, then resamples of them. */
export const ASSESSOR_RESAMPLES = 20;
/** Each weight varies uniformly within ±25 % of its nominal value in the uncertainty runs. */
export const WEIGHT_NOISE = 0.25;

const tierOf = (tiers: { name: string; min: number }[], score: number) =>
  Number.isNaN(score) ? null : ([...tiers].sort((a, b) => b.min - a.min).find((t) => score >= t.min)?.name ?? null);

const round4 = (x: number) => (Number.isNaN(x) ? null : Math.round(x * 1e4) / 1e4);

type HubItem = ResultsView["items"][number];

/** A hub's type and creative fields, for its peer groups. */
export type HubProfile = {
  id: string;
  typeId?: string | null;
  typeNameVi?: string | null;
  typeNameEn?: string | null;
  fields?: { id: string; nameVi: string; nameEn: string }[];
};

/** Median of the numbers present (null when none). */
const medianOfPresent = (xs: (number | null | undefined)[]) => {
  const v = xs.filter((x): x is number => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/**
 * Each hub's dimensions furthest above (strongest) and below (weakest) the round's median of that dimension, at
 * most `n` each; a dimension at the median is neither.
 * @example dimensionsVsMedian(items, ["A", "B"]).get("h1") // { strongest: [{ code: "A", score: 80, median: 60, difference: 20 }], weakest: [] }
 */
export function dimensionsVsMedian(
  items: Pick<HubItem, "hubId" | "dimensions">[],
  dimensions: string[],
  n = 2,
): Map<string, NonNullable<HubItem["dimensionsVsMedian"]>> {
  const medians = new Map(dimensions.map((d) => [d, medianOfPresent(items.map((i) => i.dimensions[d]))]));
  return new Map(
    items.map((i) => {
      const diffs = dimensions.flatMap((code) => {
        const score = i.dimensions[code];
        const median = medians.get(code);
        if (score === null || score === undefined || median === null || median === undefined) return [];
        return [{ code, score, median: round4(median) as number, difference: round4(score - median) as number }];
      });
      return [
        i.hubId,
        {
          strongest: diffs
            .filter((x) => x.difference > 0)
            .sort((a, b) => b.difference - a.difference)
            .slice(0, n),
          weakest: diffs
            .filter((x) => x.difference < 0)
            .sort((a, b) => a.difference - b.difference)
            .slice(0, n),
        },
      ];
    }),
  );
}

/**
 * Peer groups of each hub within the round: the hubs of its type, and per creative field the hubs sharing it (a
 * group only when it has another member). Position is 1 + the number of members ranked strictly better.
 */
export function peerGroups(
  items: Pick<HubItem, "hubId" | "nameVi" | "nameEn" | "composite" | "rank">[],
  profiles: HubProfile[],
): Map<string, NonNullable<HubItem["peers"]>> {
  const profile = new Map(profiles.map((p) => [p.id, p]));
  const groups = new Map<
    string,
    { kind: "type" | "field"; id: string; nameVi: string; nameEn: string; hubs: string[] }
  >();
  const add = (kind: "type" | "field", id: string, nameVi: string, nameEn: string, hubId: string) => {
    const key = `${kind}:${id}`;
    const g = groups.get(key) ?? { kind, id, nameVi, nameEn, hubs: [] };
    g.hubs.push(hubId);
    groups.set(key, g);
  };
  for (const i of items) {
    const p = profile.get(i.hubId);
    if (p?.typeId) add("type", p.typeId, p.typeNameVi ?? "", p.typeNameEn ?? "", i.hubId);
    for (const f of p?.fields ?? []) add("field", f.id, f.nameVi, f.nameEn, i.hubId);
  }
  const byHub = new Map(items.map((i) => [i.hubId, i]));
  return new Map(
    items.map((i) => {
      const own = [...groups.values()].filter((g) => g.hubs.includes(i.hubId) && g.hubs.length > 1);
      return [
        i.hubId,
        own.map((g) => {
          const members = g.hubs.map((h) => byHub.get(h) as HubItem);
          return {
            kind: g.kind,
            id: g.id,
            nameVi: g.nameVi,
            nameEn: g.nameEn,
            position:
              i.rank === null ? null : 1 + members.filter((m) => m.rank !== null && m.rank < (i.rank as number)).length,
            of: members.length,
            members: members
              .filter((m) => m.hubId !== i.hubId)
              .sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY))
              .map((m) => ({
                hubId: m.hubId,
                nameVi: m.nameVi,
                nameEn: m.nameEn,
                composite: m.composite,
                rank: m.rank,
              })),
          };
        }),
      ];
    }),
  );
}

/**
 * Scores a round's consolidated values with the engine (scoring/): goalposts normalisation to 0–100 (rubric levels
 * and yes/no by their own scale), arithmetic aggregation up the framework's tree, ranks; then an uncertainty
 * analysis over the weights (±25 %), run on the assessors' scores as given and on resamples of them (assessors drawn
 * with replacement per hub), gives each hub's rank interval (5th–95th percentile of the pooled runs) and the share of
 * runs in which it keeps its tier.
 */
export function computeResults(
  framework: { id: string; frameworkVersion: number; elements: FrameworkElement[] },
  hubs: ({ id: string; nameVi: string | null; nameEn: string | null } & Omit<HubProfile, "id">)[],
  values: Map<string, Record<string, number>>,
  round: { id: string; status: ResultsView["status"]; tiers: { name: string; min: number }[] },
  /** Consolidated values of one resample of the assessors (drawn with the given uniform source). */
  resample?: (uniform: () => number) => Map<string, Record<string, number>>,
): ResultsView {
  const tree = validateFramework(framework.elements, "framework.elements");
  const meta = buildIndexMeta(metaRows(tree), new Set());
  const indicators = meta.codes.slice(0, meta.nIndicators);
  const units = hubs.map((_, i) => `U${String(i + 1).padStart(6, "0")}`);
  const inputOf = (vals: Map<string, Record<string, number>>): IndexInput => ({
    meta,
    units,
    unitNames: hubs.map((h) => h.nameEn ?? h.nameVi ?? h.id),
    unitRows: Int32Array.from(units, (_, i) => i + 2),
    raw: indicators.map((code) => Float64Array.from(hubs, (h) => vals.get(h.id)?.[code] ?? Number.NaN)),
    groups: new Map(),
    denominatorCells: new Map(),
    weights: Float64Array.from(meta.codeRows, (m) => m.weight),
    warnings: [],
    files: { data: "round", meta: "framework" },
  });
  const input = inputOf(values);
  const byCode = new Map(tree.elements.map((e) => [e.code, e]));
  const spec = parseIndexSpec({
    steps: [
      {
        step: "normalise",
        method: "goalposts",
        goalposts: Object.fromEntries(indicators.map((c) => [c, goalpostsOf(byCode.get(c) as FrameworkElement)])),
        scale: 100,
        truncate: true,
      },
      { step: "aggregate", method: "arithmetic" },
    ],
  });
  const result = build(input, spec);
  const col = (code: string) => result.final.cols[result.final.codes.indexOf(code)];
  const composite = col(INDEX_CODE);
  const ranks = result.ranks.cols[result.final.codes.indexOf(INDEX_CODE)];
  const dimensions = tree.elements.filter((e) => e.kind === "dimension").map((e) => e.code);

  // Uncertainty over the weights of every level below the index.
  const interval = new Map<number, [number, number]>();
  const stability = new Map<number, number>();
  const scored = hubs.filter((_, i) => !Number.isNaN(composite[i])).length;
  let runs = 0;
  if (scored >= 2) {
    // Each data set (the assessors as given, then resamples of them) gets its share of weight-noise runs; ranks and
    // tiers of every run are pooled per hub.
    const sets = resample ? ASSESSOR_RESAMPLES : 1;
    const perSet = Math.max(3, Math.round(UNCERTAINTY_RUNS / sets));
    const rng = new MersenneTwister(1);
    const pooledRanks: number[][] = hubs.map(() => []);
    const pooledScores: number[][] = hubs.map(() => []);
    for (let r = 0; r < sets; r++) {
      const data = r === 0 || !resample ? input : inputOf(resample(() => rng.next()));
      const { result: u } = uncertainty(data, spec, {
        inputs: [
          {
            name: "weights",
            kind: "weights",
            noise: Array.from({ length: tree.leafDepth }, (_, k) => ({ level: k + 1, factor: WEIGHT_NOISE })),
            sets: perSet,
          },
        ],
        n: perSet,
        seed: r + 1,
        sensitivity: false,
        bootstrap: 0,
        mapping: "coinr",
      });
      u.units.forEach((code, k) => {
        const i = units.indexOf(code);
        for (let j = 0; j < u.ranks.length; j++) {
          if (Number.isNaN(u.ranks[j][k])) continue;
          pooledRanks[i].push(u.ranks[j][k]);
          pooledScores[i].push(u.scores[j][k]);
        }
      });
    }
    runs = sets * perSet;
    hubs.forEach((_, i) => {
      if (Number.isNaN(composite[i]) || pooledRanks[i].length === 0) return;
      const sorted = sortedValues(pooledRanks[i]);
      interval.set(i, [quantile7Sorted(sorted, 0.05), quantile7Sorted(sorted, 0.95)]);
      const nominalTier = tierOf(round.tiers, composite[i]);
      stability.set(
        i,
        pooledScores[i].filter((x) => tierOf(round.tiers, x) === nominalTier).length / pooledScores[i].length,
      );
    });
  } else {
    hubs.forEach((_, i) => {
      if (!Number.isNaN(composite[i])) {
        interval.set(i, [1, 1]);
        stability.set(i, 1);
      }
    });
  }

  const normalised = result.stages.find((st) => st.name === "Normalised")?.data;
  const profile = (i: number) =>
    indicators
      .map((code) => ({ code, score: normalised ? normalised.cols[normalised.codes.indexOf(code)][i] : Number.NaN }))
      .filter((x) => !Number.isNaN(x.score))
      .map((x) => ({ code: x.code, score: round4(x.score) as number }));

  const consolidatedOf = (hubId: string) =>
    Object.fromEntries(
      indicators.flatMap((code) => {
        const v = values.get(hubId)?.[code];
        return typeof v === "number" && Number.isFinite(v) ? [[code, v]] : [];
      }),
    );
  const normalisedOf = (i: number) =>
    Object.fromEntries(
      indicators.flatMap((code) => {
        const v = normalised ? normalised.cols[normalised.codes.indexOf(code)][i] : Number.NaN;
        return Number.isNaN(v) ? [] : [[code, v]];
      }),
    );

  const base = hubs.map((h, i) => ({
    hubId: h.id,
    nameVi: h.nameVi,
    nameEn: h.nameEn,
    composite: round4(composite[i]),
    dimensions: Object.fromEntries(dimensions.map((d) => [d, round4(col(d)[i])])),
    rank: Number.isNaN(ranks[i]) ? null : ranks[i],
    rankInterval: interval.get(i) ?? null,
    tier: tierOf(round.tiers, composite[i]),
    tierStability: stability.has(i) ? round4(stability.get(i) as number) : null,
    strengths: profile(i)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3),
    weaknesses: profile(i)
      .sort((a, b) => a.score - b.score)
      .slice(0, 3),
    indicators: consolidatedOf(h.id),
    normalised: normalisedOf(i),
  }));
  const vsMedian = dimensionsVsMedian(base, dimensions);
  const peers = peerGroups(base, hubs);
  const items: HubItem[] = base.map((i) => ({
    ...i,
    dimensionsVsMedian: vsMedian.get(i.hubId),
    peers: peers.get(i.hubId),
  }));
  items.sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));
  return {
    roundId: round.id,
    status: round.status,
    framework: { id: framework.id, frameworkVersion: framework.frameworkVersion },
    runs,
    dimensions: tree.elements
      .filter((e) => e.kind === "dimension")
      .map((e) => ({ code: e.code, nameVi: e.nameVi, nameEn: e.nameEn })),
    method: `goalposts 0–100, arithmetic mean up the tree; uncertainty: ${runs} runs with every weight within ±${WEIGHT_NOISE * 100} %${
      resample && runs > 0
        ? `, over the assessors' scores as given and ${ASSESSOR_RESAMPLES - 1} resamples of them`
        : ""
    }`,
    items,
  };
}
