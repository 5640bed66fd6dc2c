import { describe, expect, it } from "vitest";
import { build } from "./build.pipeline.ts";
import { indexInput, SMALL_DATA, SMALL_META } from "./fixtures/index-tables.fixture.ts";
import { syntheticIndex } from "./fixtures/synthetic-index.fixture.ts";
import { type IndexSpec, parseIndexSpec, parseStep, type StepSpec } from "./index-spec.parse.ts";
import {
  createRunContext,
  executeRun,
  planUncertainty,
  runConfiguration,
  runLabel,
  type UncertaintyDesign,
  uncertainty,
} from "./uncertainty.analysis.ts";
import {
  designRuns,
  firstOrderIndex,
  mapDiscreteCoinr,
  mapDiscreteUniform,
  outputVariance,
  totalOrderIndex,
} from "./uncertainty.design.ts";

const input = indexInput(SMALL_META, SMALL_DATA);
const spec: IndexSpec = parseIndexSpec({
  steps: [{ step: "impute" }, { step: "treat" }, { step: "normalise" }, { step: "aggregate" }],
});
const normaliseAlt = (o: Record<string, unknown>, label: string) => ({
  label,
  step: parseStep({ step: "normalise", ...o }, "--vary", "") as Extract<StepSpec, { step: "normalise" }>,
});
const baseDesign: UncertaintyDesign = {
  inputs: [
    { name: "winsorMax", kind: "winsorMax", alternatives: [1, 2, 3, 4, 5] },
    {
      name: "normalise",
      kind: "normalise",
      alternatives: [
        normaliseAlt({ method: "minmax" }, "minmax"),
        normaliseAlt({ method: "zscore", mean: 10, sd: 2 }, "zscore(10,2)"),
      ],
    },
    { name: "weights", kind: "weights", noise: [{ level: 2, factor: 0.25 }], sets: 20 },
  ],
  n: 40,
  seed: 1,
  sensitivity: false,
  bootstrap: 0,
  mapping: "coinr",
};

describe("design and mapping", () => {
  it("#22 maps a uniform to a discrete alternative over the sample range, not [0, 1]", () => {
    expect(Array.from(mapDiscreteCoinr([0.1, 0.35, 0.6, 0.95], 3))).toEqual([1, 1, 2, 3]);
    expect(Array.from(mapDiscreteUniform([0.1, 0.35, 0.6, 0.95], 3))).toEqual([1, 2, 2, 3]);
    expect(Array.from(mapDiscreteCoinr([0.5, 0.5], 3))).toEqual([2, 2]);
  });

  it("#24 lays out the SA design as A, B, AB_1, AB_2 (AB_i differs from A only in column i)", () => {
    const cols = [
      Float64Array.of(0.11, 0.12),
      Float64Array.of(0.21, 0.22),
      Float64Array.of(0.31, 0.32),
      Float64Array.of(0.41, 0.42),
    ];
    const { u, block } = designRuns(cols, 2, 2, true);
    expect(block).toEqual([-2, -2, -1, -1, 0, 0, 1, 1]);
    expect(Array.from(u[0])).toEqual([0.11, 0.12, 0.31, 0.32, 0.31, 0.32, 0.11, 0.12]);
    expect(Array.from(u[1])).toEqual([0.21, 0.22, 0.41, 0.42, 0.21, 0.22, 0.41, 0.42]);
  });

  it("#25 computes V, first-order and total-order indices exactly", () => {
    const yA = [1, 2, 3];
    const yB = [2, 4, 6];
    const v = outputVariance(yA, yB);
    expect(v).toBe(3.2);
    expect(firstOrderIndex(yA, yB, [1, 3, 5], v)).toBe(1.6666666666666665);
    expect(firstOrderIndex(yA, yB, [2, 2, 4], v)).toBe(0.8333333333333333);
    expect(totalOrderIndex(yA, [1, 3, 5], v)).toBe(0.26041666666666663);
    expect(totalOrderIndex(yA, [2, 2, 4], v)).toBe(0.10416666666666666);
  });

  it("rejects varying a step the spec lacks, duplicate inputs, too few runs, and SA with one input", () => {
    const noTreat = parseIndexSpec({ steps: [{ step: "normalise" }, { step: "aggregate" }] });
    expect(() => planUncertainty(input, noTreat, { ...baseDesign, inputs: [baseDesign.inputs[0]] })).toThrow(
      "the spec has no treat step to vary",
    );
    expect(() =>
      planUncertainty(input, spec, { ...baseDesign, inputs: [baseDesign.inputs[0], baseDesign.inputs[0]] }),
    ).toThrow("declared twice");
    expect(() => planUncertainty(input, spec, { ...baseDesign, n: 2 })).toThrow("--runs");
    expect(() =>
      planUncertainty(input, spec, { ...baseDesign, inputs: [baseDesign.inputs[0]], sensitivity: true }),
    ).toThrow("at least 2");
  });
});

describe("runs", () => {
  it("#28 reproduces each run's target column bit for bit with a build of its substituted spec", () => {
    const plan = planUncertainty(input, spec, baseDesign);
    const ctx = createRunContext(input, spec, plan);
    for (const j of [0, 7, 19, 33]) {
      const run = executeRun(ctx, j);
      const cfg = runConfiguration(ctx, j);
      const b = build(input, cfg.spec, { weights: cfg.weights });
      const col = b.final.cols[b.final.codes.indexOf("Index")];
      b.final.rows.forEach((r, i) => {
        expect(Object.is(run.scores[r], col[i])).toBe(true);
      });
    }
  });

  it("computes only 10 distinct normalised matrices for winsorMax × normalise = 5 × 2, however many runs", () => {
    const plan = planUncertainty(input, spec, { ...baseDesign, n: 200 });
    const ctx = createRunContext(input, spec, plan);
    for (let j = 0; j < plan.totalRuns; j++) executeRun(ctx, j);
    // Raw→Imputed is shared by all; 5 Treated stages; 10 Normalised stages.
    expect(ctx.cache.size).toBe(1 + 5 + 10);
  });

  it("#27 records a failed run as missing, skips it in the statistics, and carries on", () => {
    const sp = parseIndexSpec({ steps: [{ step: "normalise" }, { step: "aggregate" }] });
    const design: UncertaintyDesign = {
      ...baseDesign,
      inputs: [
        {
          name: "normalise",
          kind: "normalise",
          alternatives: [
            normaliseAlt({ method: "minmax", lower: 1, upper: 100 }, "minmax(1,100)"),
            normaliseAlt({ method: "zscore" }, "zscore"),
          ],
        },
        {
          name: "aggregate",
          kind: "aggregate",
          alternatives: [
            { label: "arithmetic", method: "arithmetic", p: null },
            { label: "geometric", method: "geometric", p: null },
          ],
        },
      ],
      n: 30,
    };
    const { plan, result } = uncertainty(input, sp, design);
    const failed = result.status.map((s, j) => (s === "failed" ? j : -1)).filter((j) => j >= 0);
    expect(failed.length).toBeGreaterThan(0);
    for (const j of failed) {
      expect(runLabel(plan, 0, j)).toBe("zscore");
      expect(runLabel(plan, 1, j)).toBe("geometric");
      expect(result.scores[j].every((v) => Number.isNaN(v))).toBe(true);
      expect(result.meanAbsRankChange[j]).toBeNaN();
      expect(result.errors[j]).toMatch(/^aggregate: geometric mean needs positive values/);
    }
    expect(result.failed).toBe(failed.length);
    expect(result.rankStats.mean.every((v) => v >= 1 && v <= 4)).toBe(true);
  });

  it("runs a sensitivity analysis with N·(d + 2) runs and bootstrap quantiles", () => {
    const design: UncertaintyDesign = { ...baseDesign, n: 30, sensitivity: true, bootstrap: 50 };
    const { plan, result } = uncertainty(syntheticIndex(30, 12, 3), spec, design);
    expect(plan.totalRuns).toBe(30 * 5);
    expect(plan.blocks.slice(0, 1)).toEqual(["A"]);
    expect(plan.blocks[30]).toBe("B");
    expect(plan.blocks[60]).toBe("AB_winsorMax");
    const s = result.sensitivity;
    expect(s?.variance).toBeGreaterThan(0);
    expect(s?.sti.every((v) => v >= 0)).toBe(true);
    expect(s?.bootstrap?.stiQ5.every((q, i) => q <= (s.bootstrap?.stiQ95[i] as number))).toBe(true);
  });

  it("gives the same analysis for the same seed and a different one for another seed", () => {
    const a = uncertainty(input, spec, baseDesign).result.meanAbsRankChange;
    const b = uncertainty(input, spec, baseDesign).result.meanAbsRankChange;
    const c = uncertainty(input, spec, { ...baseDesign, seed: 2 }).plan.u[0];
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(c)).not.toEqual(Array.from(planUncertainty(input, spec, baseDesign).u[0]));
  });
});
