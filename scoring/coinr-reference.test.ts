// Conformance with COINr (METHODOLOGY §1): the engine runs the same nine pipelines on the same 51 × 49 dataset as
// COINr did, and every stage, the treatment details and the result ranks must agree with COINr's numbers, recorded
// as data in fixtures/coinr-reference/ (provenance in its README.md). No R is needed to run this test.

import { describe, expect, it } from "vitest";
import { build } from "./build.pipeline.ts";
import a_aggregated from "./fixtures/coinr-reference/A/Aggregated.csv?raw";
import a_imputed from "./fixtures/coinr-reference/A/Imputed.csv?raw";
import a_normalised from "./fixtures/coinr-reference/A/Normalised.csv?raw";
import a_ranks from "./fixtures/coinr-reference/A/ranks.csv?raw";
import a_treated from "./fixtures/coinr-reference/A/Treated.csv?raw";
import a_points from "./fixtures/coinr-reference/A/treated_points.csv?raw";
import a_details from "./fixtures/coinr-reference/A/treatment_details.csv?raw";
import b_aggregated from "./fixtures/coinr-reference/B/Aggregated.csv?raw";
import b_normalised from "./fixtures/coinr-reference/B/Normalised.csv?raw";
import b_ranks from "./fixtures/coinr-reference/B/ranks.csv?raw";
import c_aggregated from "./fixtures/coinr-reference/C/Aggregated.csv?raw";
import c_normalised from "./fixtures/coinr-reference/C/Normalised.csv?raw";
import c_ranks from "./fixtures/coinr-reference/C/ranks.csv?raw";
import d_aggregated from "./fixtures/coinr-reference/D/Aggregated.csv?raw";
import d_normalised from "./fixtures/coinr-reference/D/Normalised.csv?raw";
import d_ranks from "./fixtures/coinr-reference/D/ranks.csv?raw";
import e_aggregated from "./fixtures/coinr-reference/E/Aggregated.csv?raw";
import e_normalised from "./fixtures/coinr-reference/E/Normalised.csv?raw";
import e_ranks from "./fixtures/coinr-reference/E/ranks.csv?raw";
import e_treated from "./fixtures/coinr-reference/E/Treated.csv?raw";
import e_points from "./fixtures/coinr-reference/E/treated_points.csv?raw";
import e_details from "./fixtures/coinr-reference/E/treatment_details.csv?raw";
import f_aggregated from "./fixtures/coinr-reference/F/Aggregated.csv?raw";
import f_normalised from "./fixtures/coinr-reference/F/Normalised.csv?raw";
import f_ranks from "./fixtures/coinr-reference/F/ranks.csv?raw";
import g_aggregated from "./fixtures/coinr-reference/G/Aggregated.csv?raw";
import g_normalised from "./fixtures/coinr-reference/G/Normalised.csv?raw";
import g_ranks from "./fixtures/coinr-reference/G/ranks.csv?raw";
import h_aggregated from "./fixtures/coinr-reference/H/Aggregated.csv?raw";
import h_imputed from "./fixtures/coinr-reference/H/Imputed.csv?raw";
import h_normalised from "./fixtures/coinr-reference/H/Normalised.csv?raw";
import h_ranks from "./fixtures/coinr-reference/H/ranks.csv?raw";
import h_treated from "./fixtures/coinr-reference/H/Treated.csv?raw";
import h_points from "./fixtures/coinr-reference/H/treated_points.csv?raw";
import h_details from "./fixtures/coinr-reference/H/treatment_details.csv?raw";
import i_aggregated from "./fixtures/coinr-reference/I/Aggregated.csv?raw";
import i_normalised from "./fixtures/coinr-reference/I/Normalised.csv?raw";
import i_ranks from "./fixtures/coinr-reference/I/ranks.csv?raw";
import iDataCsv from "./fixtures/coinr-reference/iData.csv?raw";
import iMetaCsv from "./fixtures/coinr-reference/iMeta.csv?raw";
import u_cut from "./fixtures/coinr-reference/uncertainty/cut.csv?raw";
import u_quantile7 from "./fixtures/coinr-reference/uncertainty/quantile7.csv?raw";
import u_runif from "./fixtures/coinr-reference/uncertainty/runif.csv?raw";
import effWeightsCsv from "./fixtures/coinr-reference/weights_effective.csv?raw";
import { csvTable } from "./fixtures/index-tables.fixture.ts";
import type { Dataset } from "./index-input.model.ts";
import { parseIndexInput } from "./index-input.parse.ts";
import { parseIndexSpec } from "./index-spec.parse.ts";
import { MersenneTwister } from "./mersenne-twister.random.ts";
import { quantile7 } from "./numeric.primitives.ts";
import { TREAT_FLAG_LABELS } from "./treat.step.ts";
import { mapDiscreteCoinr } from "./uncertainty.design.ts";
import { effectiveWeights } from "./weights.step.ts";

const input = parseIndexInput({
  meta: csvTable(iMetaCsv),
  data: csvTable(iDataCsv),
  metaName: "iMeta.csv",
  dataName: "iData.csv",
});

/** A reference CSV as rows keyed by uCode; numbers parsed, empty cells missing. */
function table(text: string): { header: string[]; rows: Map<string, string[]> } {
  const t = csvTable(text);
  return { header: t.header, rows: new Map(t.records.map((r) => [r[0], r])) };
}

const num = (cell: string): number => (cell === "" || cell === "NA" ? Number.NaN : Number(cell));

/**
 * Cells of a stage that differ from COINr by more than `tol·max(1,|coinr|)` (both missing counts as equal), joined
 * on uCode and code, never on position (METHODOLOGY §1.1 "Order").
 */
function differences(stage: Dataset, reference: string, tol: number): { checked: number; bad: string[] } {
  const ref = table(reference);
  const bad: string[] = [];
  let checked = 0;
  expect([...ref.rows.keys()].sort()).toEqual([...stage.units].sort());
  for (const code of ref.header.slice(1)) {
    const j = stage.codes.indexOf(code);
    expect(j, `column ${code}`).toBeGreaterThanOrEqual(0);
    const k = ref.header.indexOf(code);
    stage.units.forEach((unit, i) => {
      const ours = stage.cols[j][i];
      const theirs = num(ref.rows.get(unit)?.[k] ?? "");
      checked++;
      if (Number.isNaN(ours) && Number.isNaN(theirs)) return;
      if (!(Math.abs(ours - theirs) <= tol * Math.max(1, Math.abs(theirs))))
        bad.push(`${unit}/${code}: ${ours} vs ${theirs}`);
    });
  }
  return { checked, bad };
}

interface Case {
  name: string;
  spec: unknown;
  /** Reference CSVs by stage name, plus `ranks`. */
  stages: Record<string, string>;
  /** Relative tolerance for every cell, as `|ours − COINr| ≤ tol·max(1, |COINr|)`; 0 means bit-identical. */
  tol: number;
}

// Observed against COINr: D, F and I are bit-identical; elsewhere the largest relative difference is 2.3e-15. Two sources,
// both one unit in the last place before propagation (see the README): V8's Math.log against glibc's log in the
// log_CT columns (ind35; ind23 in H) and in geometric means, and the sample sd of two z-scored columns (R accumulates in 80-bit
// long double, the engine in double-double). METHODOLOGY §1.1 allows 1e-12 and, through log/exp, 1e-9; 1e-12 is used
// throughout so that a regression shows up long before it could move a rank.
const BIT_IDENTICAL = 0;
const ULPS = 1e-12;
const TRANSCENDENTAL = 1e-9;

const CASES: Case[] = [
  {
    name: "A: COINr defaults: i_mean, winsorise/log_CT, minmax 0–100, arithmetic mean",
    spec: { steps: [{ step: "impute" }, { step: "treat" }, { step: "normalise" }, { step: "aggregate" }] },
    stages: {
      Imputed: a_imputed,
      Treated: a_treated,
      Normalised: a_normalised,
      Aggregated: a_aggregated,
      ranks: a_ranks,
    },
    // One column (ind35) goes through log_CT, and so does everything aggregated from it.
    tol: ULPS,
  },
  {
    name: "B: z-scores (mean 0, sd 1), arithmetic mean",
    spec: {
      steps: [
        { step: "impute" },
        { step: "treat" },
        { step: "normalise", method: "zscore", mean: 0, sd: 1 },
        { step: "aggregate" },
      ],
    },
    stages: { Normalised: b_normalised, Aggregated: b_aggregated, ranks: b_ranks },
    tol: ULPS,
  },
  {
    name: "C: minmax 1–100, geometric mean",
    spec: {
      steps: [
        { step: "impute" },
        { step: "treat" },
        { step: "normalise", method: "minmax", lower: 1, upper: 100 },
        { step: "aggregate", method: "geometric" },
      ],
    },
    stages: { Normalised: c_normalised, Aggregated: c_aggregated, ranks: c_ranks },
    tol: ULPS,
  },
  {
    name: "D: percentile ranks after imputation, arithmetic mean",
    spec: { steps: [{ step: "impute" }, { step: "normalise", method: "percentRank" }, { step: "aggregate" }] },
    stages: { Normalised: d_normalised, Aggregated: d_aggregated, ranks: d_ranks },
    tol: BIT_IDENTICAL,
  },
  {
    name: "E: treatment without imputation, Borda scores, arithmetic mean over missing children",
    spec: { steps: [{ step: "treat" }, { step: "normalise", method: "borda" }, { step: "aggregate" }] },
    stages: { Treated: e_treated, Normalised: e_normalised, Aggregated: e_aggregated, ranks: e_ranks },
    tol: ULPS,
  },
  {
    name: "F: the CLI default (minmax 0–100, arithmetic) on raw data with missing values",
    spec: { steps: [{ step: "normalise", method: "minmax", lower: 0, upper: 100 }, { step: "aggregate" }] },
    stages: { Normalised: f_normalised, Aggregated: f_aggregated, ranks: f_ranks },
    tol: BIT_IDENTICAL,
  },
  {
    name: "G: rank normalisation, geometric mean skipping missing children",
    spec: {
      steps: [
        { step: "normalise", method: "rank" },
        { step: "aggregate", method: "geometric" },
      ],
    },
    stages: { Normalised: g_normalised, Aggregated: g_aggregated, ranks: g_ranks },
    tol: ULPS,
  },
  {
    name: "H: median imputation, winsorMax 3 (four columns fall back to log_CT), minmax 1–100, harmonic mean",
    spec: {
      steps: [
        { step: "impute", method: "median" },
        { step: "treat", winsorMax: 3 },
        { step: "normalise", method: "minmax", lower: 1, upper: 100 },
        { step: "aggregate", method: "harmonic" },
      ],
    },
    stages: {
      Imputed: h_imputed,
      Treated: h_treated,
      Normalised: h_normalised,
      Aggregated: h_aggregated,
      ranks: h_ranks,
    },
    tol: ULPS,
  },
  {
    name: "I: arithmetic mean with a data threshold of 0.9 on raw data (179 aggregates missing)",
    spec: { steps: [{ step: "normalise" }, { step: "aggregate", dataThreshold: 0.9 }] },
    stages: { Normalised: i_normalised, Aggregated: i_aggregated, ranks: i_ranks },
    tol: BIT_IDENTICAL,
  },
];

describe("conformance with COINr (fixtures/coinr-reference)", () => {
  for (const c of CASES) {
    it(`${c.name}: every stage agrees and the ranks are identical`, () => {
      const r = build(input, parseIndexSpec(c.spec));
      for (const [name, reference] of Object.entries(c.stages)) {
        if (name === "ranks") continue;
        const stage = r.stages.find((s) => s.name === name);
        expect(stage, name).toBeDefined();
        const { checked, bad } = differences(stage?.data as Dataset, reference, c.tol);
        expect(bad, `${name}: cells differing from COINr`).toEqual([]);
        expect(checked).toBeGreaterThan(0);
      }
      // Ranks must match exactly (no two units' scores lie within tolerance of each other here).
      const { bad } = differences(r.ranks, c.stages.ranks, 0);
      expect(bad, "ranks differing from COINr").toEqual([]);
    });
  }

  for (const [name, steps, details, points] of [
    ["A (defaults, after imputation)", [{ step: "impute" }, { step: "treat" }], a_details, a_points],
    ["E (defaults, raw data with missing values)", [{ step: "treat" }], e_details, e_points],
    [
      "H (winsorMax 3, after median imputation)",
      [
        { step: "impute", method: "median" },
        { step: "treat", winsorMax: 3 },
      ],
      h_details,
      h_points,
    ],
  ] as const) {
    it(`treatment records of ${name} match COINr's Dets_Table and Treated_Points`, () => {
      const r = build(input, parseIndexSpec({ steps }));
      const t = r.treatment;
      if (!t) throw new Error("no treatment records");
      const ref = table(details);
      const col = (code: string, row: string[]) => row[ref.header.indexOf(code)] ?? "";
      // COINr's Dets_Table is keyed by iCode, not uCode: re-key it.
      const byCode = new Map([...ref.rows.values()].map((row) => [row[0], row]));
      expect([...byCode.keys()].sort()).toEqual([...t.codes].sort());
      t.records.forEach((rec) => {
        const row = byCode.get(rec.iCode) as string[];
        // The last check that ran: 2 after a fallback, 1 after winsorisation, 0 if the column passed at once.
        const last = col("check_SkewKurt2.Pass", row) !== "" ? 2 : col("check_SkewKurt1.Pass", row) !== "" ? 1 : 0;
        const close = (a: number, b: string) => Math.abs(a - num(b)) <= TRANSCENDENTAL * Math.max(1, Math.abs(num(b)));
        expect(close(rec.skewBefore, col("check_SkewKurt0.Skew", row)), `${rec.iCode} skew`).toBe(true);
        expect(close(rec.kurtosisBefore, col("check_SkewKurt0.Kurt", row)), `${rec.iCode} kurt`).toBe(true);
        expect(String(rec.passedBefore).toUpperCase(), rec.iCode).toBe(col("check_SkewKurt0.Pass", row));
        expect(rec.winsorisedPoints, rec.iCode).toBe(last === 0 ? 0 : num(col("winsorise.nwin", row)));
        expect(close(rec.skewAfter, col(`check_SkewKurt${last}.Skew`, row)), `${rec.iCode} skew after`).toBe(true);
        expect(close(rec.kurtosisAfter, col(`check_SkewKurt${last}.Kurt`, row)), `${rec.iCode} kurt after`).toBe(true);
        expect(String(rec.passedAfter).toUpperCase(), rec.iCode).toBe(col(`check_SkewKurt${last}.Pass`, row));
        expect(rec.logApplied, rec.iCode).toBe(last === 2);
      });
      // Per-point flags: COINr's "log_CT" and stray "winhi+log_CT" (§1.2 #5) are the engine's clean "log".
      const pts = csvTable(points);
      t.codes.forEach((code, j) => {
        const k = pts.header.indexOf(code);
        const flags = Array.from(t.flags[j], (f) => TREAT_FLAG_LABELS[f]);
        const theirs = pts.records.map((row) => (/log_CT$/.test(row[k] ?? "") ? "log" : (row[k] ?? "")));
        // Treated_Points rows follow the data set's rows, which COINr received sorted by uCode like the engine's.
        expect(flags, code).toEqual(theirs);
      });
    });
  }
  it("effective weights match COINr's get_eff_weights", () => {
    const ours = effectiveWeights(input.meta, input.weights);
    const ref = csvTable(effWeightsCsv);
    expect(ref.records).toHaveLength(input.meta.codes.length);
    const bad = ref.records.filter(([code, , , w]) => {
      const v = ours[input.meta.codes.indexOf(code)];
      return !(Math.abs(v - num(w)) <= ULPS * Math.max(1, Math.abs(num(w))));
    });
    expect(bad).toEqual([]);
  });
});

// Deterministic pieces of the uncertainty analysis that COINr takes from base R (METHODOLOGY §4.3–4.5); the Monte
// Carlo runs themselves are not compared.
describe("uncertainty building blocks against R", () => {
  const runif = csvTable(u_runif);
  const seeds = runif.header.slice(1).map((h) => Number(h.replace("seed_", "")));
  const draws = seeds.map((_, j) => runif.records.map((r) => num(r[j + 1])));

  it("MersenneTwister(seed) reproduces set.seed(seed); runif(700) bit for bit", () => {
    seeds.forEach((seed, j) => {
      const rng = new MersenneTwister(seed);
      expect(
        Array.from(draws[j], () => rng.next()),
        `seed ${seed}`,
      ).toEqual(draws[j]);
    });
  });

  it("mapDiscreteCoinr equals cut(u, n, labels = FALSE) for 2 to 7 alternatives", () => {
    const cut = csvTable(u_cut);
    cut.header.slice(1).forEach((h, k) => {
      const [, seed, n] = /^seed_(\d+)_n(\d+)$/.exec(h) as RegExpExecArray;
      const u = draws[seeds.indexOf(Number(seed))];
      expect(Array.from(mapDiscreteCoinr(u, Number(n))), h).toEqual(cut.records.map((r) => num(r[k + 1])));
    });
  });

  it("quantile7 equals quantile(type = 7)", () => {
    const q = csvTable(u_quantile7);
    seeds.forEach((seed, j) => {
      const ranks = draws[j].slice(0, 51).map((u) => Math.ceil(u * 51));
      for (const row of q.records)
        expect(quantile7(ranks, num(row[0])), `seed ${seed} p ${row[0]}`).toBe(num(row[j + 1]));
    });
  });
});
