import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rawStage } from "./build.pipeline.ts";
import { denominate } from "./denominate.step.ts";
import { indexInput, SMALL_DATA, SMALL_META } from "./fixtures/index-tables.fixture.ts";
import { impute } from "./impute.step.ts";
import { screen } from "./screen.step.ts";

const NaN_ = Number.NaN;

describe("denominate", () => {
  it("divides by the denominator in the order x / (D / s)", () => {
    const meta = SMALL_META.replace(
      "Level,iCode,Parent,Direction,Type,Weight,iName",
      "Level,iCode,Parent,Direction,Type,Weight,iName,Denominator",
    ).replace("1,Jobs,Econ,1,Indicator,1,Jobs", "1,Jobs,Econ,1,Indicator,1,Jobs,Pop");
    const input = indexInput(meta, SMALL_DATA, { denominate: true });
    const warnings: string[] = [];
    const out = denominate(rawStage(input), { step: "denominate", scaleFactors: { Jobs: 1000 } }, input, warnings);
    // HN1: 20 jobs, population 2000 → 20 / (2000 / 1000) = 10 per 1000 people
    expect(Array.from(out.cols[0])).toEqual([
      20 / (2000 / 1000),
      15 / (500 / 1000),
      10 / (1000 / 1000),
      0 / (4000 / 1000),
    ]);
    expect(out.cols[1]).toBe(input.raw[1]);
    expect(warnings).toEqual([]);
  });

  it("turns a zero denominator into ±Inf or missing with a warning", () => {
    const input = indexInput(
      "Level,iCode,Parent,Direction,Type,Weight,Denominator\n1,x,I,1,Indicator,1,Pop\n2,I,,1,Aggregate,1,\n,Pop,,,Denominator,,",
      "uCode,Pop,x\nA,0,5\nB,0,0\nC,10,5",
      { denominate: true },
    );
    const warnings: string[] = [];
    const out = denominate(rawStage(input), { step: "denominate", scaleFactors: {} }, input, warnings);
    expect(Array.from(out.cols[0])).toEqual([Number.POSITIVE_INFINITY, NaN_, 0.5]);
    expect(warnings).toEqual(['denominate: "x" is divided by a zero "Pop" for 2 units']);
  });
});

describe("impute", () => {
  it("fills gaps with the column mean or median", () => {
    const input = indexInput(SMALL_META, SMALL_DATA);
    const mean = impute(rawStage(input), { step: "impute", method: "mean", group: null }, input, []);
    // Venues: HN1 missing; mean of 5, 3, 1
    expect(Array.from(mean.cols[1])).toEqual([3, 5, 3, 1]);
    const median = impute(rawStage(input), { step: "impute", method: "median", group: null }, input, []);
    expect(Array.from(median.cols[3])).toEqual([9, 7, 7, 3]);
  });

  it("#19 fills within groups, leaves a group without data missing with a warning, and keeps every observed bit", () => {
    const input = indexInput(
      "Level,iCode,Parent,Direction,Type,Weight\n1,x,I,1,Indicator,1\n2,I,,1,Aggregate,1\n,G,,,Group,",
      "uCode,G,x\nA,g1,0.1\nB,g1,0.7\nC,g1,NA\nD,g2,NA\nE,g2,NA\nF,,NA",
    );
    const warnings: string[] = [];
    const out = impute(rawStage(input), { step: "impute", method: "groupMean", group: "G" }, input, warnings);
    expect(Array.from(out.cols[0])).toEqual([0.1, 0.7, 0.39999999999999997, NaN_, NaN_, NaN_]);
    expect(warnings).toEqual([
      'impute: "x" keeps 3 missing values (group "g2" has no values; some units have no group)',
    ]);
  });

  it("never changes a non-missing value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e300, max: 1e300 }), fc.constant(Number.NaN)), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.constantFrom("mean", "median") as fc.Arbitrary<"mean" | "median">,
        (values, method) => {
          const data = {
            units: values.map((_, i) => `U${i}`),
            rows: Int32Array.from(values, (_, i) => i),
            codes: ["x"],
            cols: [Float64Array.from(values)],
          };
          const out = impute(
            data,
            { step: "impute", method, group: null },
            indexInput("Level,iCode,Parent,Direction,Type,Weight\n1,x,,1,Indicator,1", "uCode,x\nA,1"),
            [],
          );
          values.forEach((v, i) => {
            if (!Number.isNaN(v)) expect(Object.is(out.cols[0][i], v)).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("screen", () => {
  const input = indexInput(
    "Level,iCode,Parent,Direction,Type,Weight\n1,a,I,1,Indicator,1\n1,b,I,1,Indicator,1\n1,c,I,1,Indicator,1\n2,I,,1,Aggregate,1",
    "uCode,a,b,c\nA,1,2,NA\nB,NA,NA,3\nC,0,0,1\nD,NA,NA,NA",
  );

  it("#18 keeps a unit with 2 of 3 values at the default 2/3 and removes it at 0.667", () => {
    const base = {
      step: "screen" as const,
      by: "missing" as const,
      nonZeroThreshold: 0.05,
      force: { include: [], exclude: [] },
    };
    const kept = screen(rawStage(input), { ...base, dataThreshold: 2 / 3 });
    expect(kept.data.units).toEqual(["A", "C"]);
    expect(kept.record.dataAvailability[0]).toBe(0.6666666666666667);
    const strict = screen(rawStage(input), { ...base, dataThreshold: 0.667 });
    expect(strict.data.units).toEqual(["C"]);
  });

  it("screens zeros, removes a unit with no data, and lets force.exclude win over force.include", () => {
    const out = screen(rawStage(input), {
      step: "screen",
      by: "zeros",
      dataThreshold: 2 / 3,
      nonZeroThreshold: 0.5,
      force: { include: ["C", "B"], exclude: ["B"] },
    });
    expect(out.data.units).toEqual(["A", "C"]);
    expect(out.record.nonZeroShare[3]).toBeNaN();
    expect(out.record.included).toEqual([true, false, true, false]);
    expect(Array.from(out.record.nZero)).toEqual([0, 0, 2, 0]);
  });
});
