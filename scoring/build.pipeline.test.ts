import { describe, expect, it } from "vitest";
import { build, runPipeline, StageCache } from "./build.pipeline.ts";
import { indexInput, SMALL_DATA, SMALL_META } from "./fixtures/index-tables.fixture.ts";
import { IndexMethodError } from "./index-input.model.ts";
import { defaultIndexSpec, parseIndexSpec } from "./index-spec.parse.ts";

const input = indexInput(SMALL_META, SMALL_DATA);

describe("build", () => {
  it("runs the default pipeline: Raw, Normalised (minmax 0–100), Aggregated (arithmetic)", () => {
    const r = build(input, defaultIndexSpec());
    expect(r.stages.map((s) => s.name)).toEqual(["Raw", "Normalised", "Aggregated"]);
    expect(r.final.codes).toEqual(["Jobs", "Venues", "Crime", "Events", "Econ", "Soc", "Index"]);
    const col = (code: string) => Array.from(r.final.cols[r.final.codes.indexOf(code)]);
    // HN1: Crime 2 of [1, 8] mirrored → (−2 + 8)/7·100; Events 9 → 100; Soc = 1/3·Crime + 2/3·Events
    expect(col("Crime")[0]).toBe(((-2 - -8) / (-1 - -8)) * 100);
    expect(col("Soc")[0]).toBeCloseTo((1 / 3) * 85.71428571428571 + (2 / 3) * 100, 12);
    expect(col("Index")).toEqual([98.4126984126984, 58.33333333333333, 52.9100529100529, 11.111111111111109]);
    expect(Array.from(r.ranks.cols[6])).toEqual([1, 2, 3, 4]);
    expect(Array.from(r.weights.effective)).toEqual([
      0.3333333333333333, 0.3333333333333333, 0.1111111111111111, 0.2222222222222222, 0.6666666666666666,
      0.3333333333333333, 1,
    ]);
  });

  it("writes every stage that ran, with records for screen and treat", () => {
    const spec = parseIndexSpec({
      steps: [
        { step: "impute", method: "groupMedian", group: "Region" },
        { step: "screen", by: "missingAndZeros", nonZeroThreshold: 0.9 },
        { step: "treat" },
        { step: "normalise", method: "zscore" },
        { step: "aggregate", method: "arithmetic" },
      ],
    });
    const r = build(input, spec);
    expect(r.stages.map((s) => s.name)).toEqual(["Raw", "Imputed", "Screened", "Treated", "Normalised", "Aggregated"]);
    // HN4 has Jobs = 0: 1 of 4 cells is zero, share 0.75 < 0.9 → removed
    expect(r.final.units).toEqual(["HN1", "HN2", "HN3"]);
    expect(r.screening?.included).toEqual([true, true, true, false]);
    expect(r.treatment?.records.map((t) => t.status)).toEqual(["passed", "passed", "passed", "passed"]);
  });

  it("aborts with a method error naming the unit and child (geometric mean over a zero)", () => {
    const spec = parseIndexSpec({ steps: [{ step: "normalise" }, { step: "aggregate", method: "geometric" }] });
    expect(() => build(input, spec)).toThrow(IndexMethodError);
    expect(() => build(input, spec)).toThrow(
      "aggregate: geometric mean needs positive values; unit HN4, child Jobs of Econ (level 2) is 0",
    );
  });

  it("reuses cached stages without changing any result", () => {
    const cache = new StageCache();
    const spec = parseIndexSpec({
      steps: [{ step: "impute" }, { step: "treat" }, { step: "normalise" }, { step: "aggregate" }],
    });
    const first = runPipeline(input, spec, input.weights, cache);
    const second = runPipeline(
      input,
      spec,
      Float64Array.from(input.weights, (w) => w * 2),
      cache,
    );
    expect(cache.stats).toEqual({ hits: 3, misses: 3 });
    expect(second[3].data).toBe(first[3].data);
    expect(Array.from(second[4].data.cols[6])).toEqual(Array.from(first[4].data.cols[6]));
  });
});
