import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexInput, singleIndicator } from "./fixtures/index-tables.fixture.ts";
import type { IndexInput } from "./index-input.model.ts";
import { type NormaliseMethodSpec, parseNormaliseMethod } from "./index-spec.parse.ts";
import { normalise, normaliseColumn } from "./normalise.step.ts";

const NaN_ = Number.NaN;

function run(input: IndexInput, method: Record<string, unknown>, warnings: string[] = []): number[] {
  const spec = parseNormaliseMethod(method, "spec.json", "/steps/0") as NormaliseMethodSpec;
  const m = input.meta.codeRows[0];
  return Array.from(normaliseColumn(input.raw[0], spec, { meta: m, units: input.units, warnings }));
}

describe("normaliseColumn (METHODOLOGY §6 traps)", () => {
  it("#8 z-scores with the sample standard deviation", () => {
    const z = run(singleIndicator([1, 2, 3, 4]), { method: "zscore" });
    expect(z[0]).toBe(-1.161895003862225);
    expect(z[1]).toBe(-0.3872983346207417);
  });

  it("#9 applies Direction before the method", () => {
    expect(run(singleIndicator([1, 2, 4], { direction: -1 }), { method: "minmax" })).toEqual([
      100, 66.66666666666666, 0,
    ]);
  });

  it("#10 mirrors the target under Direction −1, with and without cap", () => {
    const input = singleIndicator([10, 20, 40], { direction: -1, target: 15 });
    expect(run(input, { method: "distanceToTarget" })).toEqual([1.2, 0.8, 0]);
    expect(run(input, { method: "distanceToTarget", cap: true })).toEqual([1, 0.8, 0]);
  });

  it("#11 computes distanceToMax in its own operation order, not bitwise minmax", () => {
    const input = singleIndicator([0.1, 0.2, 0.7]);
    expect(run(input, { method: "distanceToMax" })[1]).toBe(0.16666666666666674);
    expect(run(input, { method: "minmax", lower: 0, upper: 1 })[1]).toBe(0.16666666666666669);
  });

  it("#12 gives missing values and a warning for a zero range", () => {
    const warnings: string[] = [];
    expect(run(singleIndicator([5, 5, 5]), { method: "minmax" }, warnings)).toEqual([NaN_, NaN_, NaN_]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("zero range");
  });

  it("#13 ranks ascending for normalisation: rank, borda and percentRank", () => {
    const input = singleIndicator([5, 5, 7, NaN_]);
    expect(run(input, { method: "rank" })).toEqual([1, 1, 3, NaN_]);
    expect(run(input, { method: "borda" })).toEqual([0, 0, 2, NaN_]);
    expect(run(input, { method: "percentRank" })).toEqual([0, 0, 1, NaN_]);
  });

  it("#14 replaces the spec: a bare zscore has mean 0 and sd 1, nothing inherited from minmax", () => {
    expect(parseNormaliseMethod({ method: "zscore" }, "spec.json", "")).toEqual({
      method: "zscore",
      mean: 0,
      sd: 1,
      fromMeta: false,
    });
    const z = run(singleIndicator([1, 2, 3]), { method: "zscore" });
    expect(z).toEqual([-1, 0, 1]);
  });
});

describe("other methods", () => {
  it("scales with given bounds and factor", () => {
    expect(run(singleIndicator([0, 50, 200]), { method: "scaled", lower: 0, upper: 200, scaleFactor: 10 })).toEqual([
      0, 2.5, 10,
    ]);
  });

  it("takes scaled bounds from iMeta, mirrored for Direction −1", () => {
    const input = indexInput(
      `Level,iCode,Parent,Direction,Type,Weight,scaled_lower,scaled_upper,scale_factor
1,x,Index,-1,Indicator,1,0,50,100
2,Index,,1,Aggregate,1,,,`,
      "uCode,x\nA,0\nB,10\nC,50",
    );
    expect(run(input, { method: "scaled", fromMeta: true })).toEqual([100, 80, 0]);
  });

  it("clips goalposts to [0, 1] and scales; Direction −1 measures from the upper post", () => {
    const input = singleIndicator([-10, 5, 30], { direction: -1 });
    expect(run(input, { method: "goalposts", goalposts: { x: [0, 20] }, scale: 100 })).toEqual([100, 75, 0]);
    expect(
      run(singleIndicator([-10, 5, 30]), {
        method: "goalposts",
        goalposts: { x: [0, 20] },
        scale: 100,
        truncate: false,
      }),
    ).toEqual([-50, 25, 150]);
  });

  it("measures the distance to a reference unit", () => {
    const input = singleIndicator([2, 4, 10]);
    expect(run(input, { method: "distanceToReference", reference: "U2" })).toEqual([0, 1, 4]);
    expect(run(input, { method: "distanceToReference", reference: "U2", cap: true })).toEqual([0, 1, 1]);
  });

  it("divides by the maximum for fractionOfMax and passes x' through for none", () => {
    expect(run(singleIndicator([1, 2, 4]), { method: "fractionOfMax" })).toEqual([0.25, 0.5, 1]);
    expect(run(singleIndicator([1, 2, 4], { direction: -1 }), { method: "none" })).toEqual([-1, -2, -4]);
  });

  it("uses perIndicator specs instead of the step's spec", () => {
    const input = indexInput(
      "Level,iCode,Parent,Direction,Type,Weight\n1,a,I,1,Indicator,1\n1,b,I,1,Indicator,1\n2,I,,1,Aggregate,1",
      "uCode,a,b\nA,1,1\nB,3,3",
    );
    const raw = { units: input.units, rows: Int32Array.of(0, 1), codes: ["a", "b"], cols: input.raw };
    const out = normalise(
      raw,
      {
        step: "normalise",
        spec: { method: "rank" },
        perIndicator: { b: { method: "minmax", lower: 0, upper: 1, fromMeta: false } },
      },
      input,
      [],
    );
    expect(Array.from(out.cols[0])).toEqual([1, 2]);
    expect(Array.from(out.cols[1])).toEqual([0, 1]);
  });

  it("keeps every min-max score within its bounds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        (raw, lower, span) => {
          const input = singleIndicator(raw);
          const m = input.meta.codeRows[0];
          const out = normaliseColumn(
            input.raw[0],
            { method: "minmax", lower, upper: lower + span, fromMeta: false },
            { meta: m, units: input.units, warnings: [] },
          );
          for (const v of out) if (!Number.isNaN(v)) expect(v >= lower && v <= lower + span).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
