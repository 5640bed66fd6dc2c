import { describe, expect, it } from "vitest";
import { syntheticIndex } from "../../scoring/fixtures/synthetic-index.fixture.ts";
import { parseIndexSpec } from "../../scoring/index-spec.parse.ts";
import { planUncertainty } from "../../scoring/uncertainty.analysis.ts";
import { executeRuns } from "./uncertainty-runs.pool.ts";
import { parseVaryFlags } from "./vary-option.parse.ts";

describe("executeRuns", () => {
  it("gives bit-identical outcomes on worker threads and on the main thread", async () => {
    const input = syntheticIndex(60, 20, 5);
    const spec = parseIndexSpec({
      steps: [{ step: "impute" }, { step: "treat" }, { step: "normalise" }, { step: "aggregate" }],
    });
    const inputs = (await parseVaryFlags(
      [
        "winsorMax=1..4",
        "normalise=minmax,zscore,rank",
        "weights=noise:L2=0.3,L3=0.2",
        "aggregate=arithmetic,geometric",
      ],
      25,
      { csv: async () => Promise.reject(new Error("unused")), json: async () => Promise.reject(new Error("unused")) },
    )) as Parameters<typeof planUncertainty>[2]["inputs"];
    const plan = planUncertainty(input, spec, {
      inputs,
      n: 40,
      seed: 11,
      sensitivity: true,
      bootstrap: 0,
      mapping: "coinr",
    });
    const single = await executeRuns(input, spec, plan, { workers: 1 });
    let progressCalls = 0;
    const threaded = await executeRuns(input, spec, plan, {
      workers: 2,
      minCellsForWorkers: 0,
      onProgress: () => progressCalls++,
    });
    expect(single.workersUsed).toBe(1);
    expect(threaded.workersUsed).toBe(2);
    expect(progressCalls).toBeGreaterThan(0);
    expect(threaded.outcomes).toHaveLength(plan.totalRuns);
    let failed = 0;
    threaded.outcomes.forEach((o, j) => {
      const s = single.outcomes[j];
      expect(o.error).toBe(s.error);
      if (o.error !== null) failed++;
      expect(
        Buffer.from(o.scores.buffer, o.scores.byteOffset, o.scores.byteLength).equals(
          Buffer.from(s.scores.buffer, s.scores.byteOffset, s.scores.byteLength),
        ),
      ).toBe(true);
      expect(Array.from(o.present)).toEqual(Array.from(s.present));
    });
    // Some geometric runs after z-scores fail; the comparison covers failed runs too.
    expect(failed).toBeGreaterThan(0);
  });
});
