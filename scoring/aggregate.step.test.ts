import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.step.ts";
import { indexInput } from "./fixtures/index-tables.fixture.ts";
import type { Dataset } from "./index-input.model.ts";
import { IndexMethodError } from "./index-input.model.ts";
import type { StepSpec } from "./index-spec.parse.ts";

const NaN_ = Number.NaN;
type AggregateStep = Extract<StepSpec, { step: "aggregate" }>;
const step = (over: Partial<AggregateStep> = {}): AggregateStep => ({
  step: "aggregate",
  method: "arithmetic",
  p: null,
  dataThreshold: null,
  generalisedSkipsMissing: false,
  ...over,
});

/** One parent P over children a, b, c with the given weights; one unit per row of values. */
function threeChildren(weights: number[], rows: number[][]) {
  const input = indexInput(
    `Level,iCode,Parent,Direction,Type,Weight
1,a,P,1,Indicator,${weights[0]}
1,b,P,1,Indicator,${weights[1]}
1,c,P,1,Indicator,${weights[2]}
2,P,,1,Aggregate,1`,
    `uCode,a,b,c\n${rows.map((r, i) => `U${i},${r.map((v) => (Number.isNaN(v) ? "NA" : v)).join(",")}`).join("\n")}`,
  );
  const data: Dataset = {
    units: input.units,
    rows: Int32Array.from(input.units, (_, i) => i),
    codes: ["a", "b", "c"],
    cols: input.raw,
  };
  return { input, data };
}

const parentOf = (weights: number[], rows: number[][], over: Partial<AggregateStep> = {}) => {
  const { input, data } = threeChildren(weights, rows);
  return Array.from(aggregate(data, step(over), input.meta, input.weights).cols[3]);
};

describe("aggregate (METHODOLOGY §6 traps)", () => {
  it("#15 renormalises the arithmetic weights over the children present; the data threshold applies first", () => {
    expect(parentOf([1, 2, 1], [[50, NaN_, 80]])).toEqual([65]);
    expect(parentOf([1, 2, 1], [[50, NaN_, 80]], { dataThreshold: 0.7 })).toEqual([NaN_]);
    expect(parentOf([1, 2, 1], [[50, NaN_, 80]], { dataThreshold: 0.6 })).toEqual([65]);
  });

  it("#16 skips missing children in the geometric mean and rejects values ≤ 0 naming unit and child", () => {
    expect(parentOf([1, 1, 1], [[25, 100, NaN_]], { method: "geometric" })).toEqual([50.000000000000014]);
    expect(() => parentOf([1, 1, 1], [[0, 50, NaN_]], { method: "geometric" })).toThrow(
      new IndexMethodError("aggregate: geometric mean needs positive values; unit U0, child a of P (level 2) is 0"),
    );
  });

  it("#17 accepts negatives in the harmonic mean; the generalised mean does not skip missing children", () => {
    expect(parentOf([1, 1, 0], [[-2, 4, 7]], { method: "harmonic" })).toEqual([-8]);
    expect(parentOf([1, 1, 1], [[NaN_, 4, 4]], { method: "generalised", p: 2 })).toEqual([NaN_]);
    expect(parentOf([1, 1, 1], [[NaN_, 3, 4]], { method: "generalised", p: 2, generalisedSkipsMissing: true })).toEqual(
      [Math.sqrt(12.5)],
    );
  });

  it("rejects a zero in the harmonic mean and non-positive values with p < 0", () => {
    expect(() => parentOf([1, 1, 1], [[1, 0, 2]], { method: "harmonic" })).toThrow(
      /harmonic mean needs non-zero values; unit U0, child b/,
    );
    expect(() => parentOf([1, 1, 1], [[1, -1, 2]], { method: "generalised", p: -1 })).toThrow(
      /p < 0 needs positive values/,
    );
  });

  it("gives missing when every present child weighs 0 or no child is present", () => {
    expect(parentOf([0, 0, 1], [[1, 2, NaN_]])).toEqual([NaN_]);
    expect(parentOf([1, 1, 1], [[NaN_, NaN_, NaN_]])).toEqual([NaN_]);
  });

  it("sums normalised weights times values in double-double, where a plain loop would lose the small term", () => {
    // (1/3)·1e16 and (1/3)·(−1e16) cancel exactly; a `+=` loop gives 0.
    expect(parentOf([1, 1, 1], [[1e16, 1, -1e16]])).toEqual([1 / 3]);
  });

  it("aggregates level by level, with per-level methods, and appends aggregates after indicators", () => {
    const input = indexInput(
      `Level,iCode,Parent,Direction,Type,Weight
1,a,A,1,Indicator,1
1,b,A,1,Indicator,1
1,c,B,1,Indicator,1
2,A,T,1,Aggregate,2
2,B,T,1,Aggregate,1
3,T,,1,Aggregate,1`,
      "uCode,a,b,c\nU1,1,4,8",
    );
    const data: Dataset = { units: input.units, rows: Int32Array.of(0), codes: ["a", "b", "c"], cols: input.raw };
    const out = aggregate(data, step({ method: ["geometric", "arithmetic"] }), input.meta, input.weights);
    expect(out.codes).toEqual(["a", "b", "c", "A", "B", "T"]);
    expect(out.cols[3][0]).toBeCloseTo(2, 14);
    expect(out.cols[5][0]).toBeCloseTo((2 / 3) * 2 + (1 / 3) * 8, 14);
  });

  it("never lowers the arithmetic aggregate when a positive-direction child rises", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (values, weights, k, bump) => {
          const raised = values.slice();
          raised[k] += bump;
          const [before, after] = [values, raised].map((v) => parentOf(weights, [v])[0]);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
