/**
 * Scoring engine benchmark (METHODOLOGY §7): builds per second on 51 units × 49 indicators (every step), uncertainty
 * runs per second on 10,000 units × 100 indicators, and the time for 1,000 uncertainty runs of the 51 × 49 index
 * (goal < 0.1 s; COINr needs about 100 s). Data are generated deterministically from seeds. Bounded in time
 * (well under 2 minutes). Prints a Markdown table, then `BENCH_JSON {…}` as the last line for bench/run.ts.
 *
 * Run: npx tsx bench/scoring.ts
 */
import os from "node:os";
import { build } from "../scoring/build.pipeline.ts";
import { syntheticIndex } from "../scoring/fixtures/synthetic-index.fixture.ts";
import type { IndexInput } from "../scoring/index-input.model.ts";
import { type IndexSpec, parseIndexSpec, parseStep, type StepSpec } from "../scoring/index-spec.parse.ts";
import {
  createRunContext,
  executeNominal,
  executeRun,
  planUncertainty,
  summariseUncertainty,
  type UncertaintyDesign,
} from "../scoring/uncertainty.analysis.ts";

const FULL_SPEC: IndexSpec = parseIndexSpec({
  steps: [
    { step: "impute", method: "mean" },
    { step: "screen", by: "missing", dataThreshold: 0.5 },
    { step: "treat" },
    { step: "normalise", method: "minmax" },
    { step: "aggregate", method: "arithmetic" },
  ],
});

const normaliseAlt = (o: Record<string, unknown>, label: string) => ({
  label,
  step: parseStep({ step: "normalise", ...o }, "bench", "") as Extract<StepSpec, { step: "normalise" }>,
});

/** winsorMax × normalisation = 5 × 2 plus noisy weights: the §7 example, where only the weights change per run. */
function design(n: number, seed: number): UncertaintyDesign {
  return {
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
      {
        name: "weights",
        kind: "weights",
        noise: [
          { level: 2, factor: 0.25 },
          { level: 3, factor: 0.25 },
        ],
        sets: 100,
      },
    ],
    n,
    seed,
    sensitivity: false,
    bootstrap: 0,
    mapping: "coinr",
  };
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/** Median seconds per call of `fn` over batches, after a warm-up, within a time budget. */
function timePerCall(fn: () => void, budgetSeconds: number, batch: number): number {
  for (let i = 0; i < batch; i++) fn();
  const samples: number[] = [];
  const end = performance.now() + budgetSeconds * 1000;
  while (performance.now() < end || samples.length < 5) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t) / 1000 / batch);
  }
  return median(samples);
}

function uncertaintyOnce(input: IndexInput, runs: number, seed: number): { seconds: number; failed: number } {
  const t = performance.now();
  const plan = planUncertainty(input, FULL_SPEC, design(runs, seed));
  const ctx = createRunContext(input, FULL_SPEC, plan);
  const nominal = executeNominal(ctx);
  const outcomes = [];
  for (let j = 0; j < plan.totalRuns; j++) outcomes.push(executeRun(ctx, j));
  const result = summariseUncertainty(input, plan, nominal, outcomes);
  return { seconds: (performance.now() - t) / 1000, failed: result.failed };
}

const small = syntheticIndex(51, 49, 2024);
const buildSeconds = timePerCall(() => build(small, FULL_SPEC), 3, 50);

// 1,000 runs of the ASEM-sized index, end to end on one thread (plan, nominal, runs, summary); median of 5.
uncertaintyOnce(small, 1000, 1);
const ua1000 = median(Array.from({ length: 5 }, (_, k) => uncertaintyOnce(small, 1000, k + 2).seconds));

// Large: 10,000 × 100. Runs after the first few reuse the 10 pre-aggregation stages; report warm runs per second.
const tGen = performance.now();
const large = syntheticIndex(10_000, 100, 7);
const genSeconds = (performance.now() - tGen) / 1000;
const largePlan = planUncertainty(large, FULL_SPEC, design(200, 3));
const largeCtx = createRunContext(large, FULL_SPEC, largePlan, 1024 * 2 ** 20);
executeNominal(largeCtx);
const tCold = performance.now();
let j = 0;
for (; j < 20; j++) executeRun(largeCtx, j);
const coldSeconds = (performance.now() - tCold) / 1000;
const tWarm = performance.now();
let warmRuns = 0;
while (j < largePlan.totalRuns && (warmRuns < 10 || performance.now() - tWarm < 15_000)) {
  executeRun(largeCtx, j++);
  warmRuns++;
}
const largeRunSeconds = (performance.now() - tWarm) / 1000 / warmRuns;

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  build_51x49_per_second: 1 / buildSeconds,
  build_51x49_ms: buildSeconds * 1000,
  ua_1000_runs_51x49_seconds: ua1000,
  ua_runs_10000x100_per_second: 1 / largeRunSeconds,
  ua_first_20_runs_10000x100_seconds: coldSeconds,
  generate_10000x100_seconds: genSeconds,
};

const fmt = (x: number, d = 3) => (x >= 100 ? x.toFixed(0) : x.toPrecision(d));
console.log(`## Scoring engine benchmark

${result.date} · Node ${result.node} · ${result.cpu} (${result.cores} cores)

| Measurement | Result | Goal / reference |
|---|---|---|
| Build, 51 × 49, every step (median, warm) | ${fmt(result.build_51x49_per_second)} builds/s (${fmt(result.build_51x49_ms)} ms each) | well under 1 ms; COINr ≈ 0.1 s |
| 1,000 uncertainty runs, 51 × 49 (plan + runs + statistics, one thread) | ${fmt(ua1000)} s | < 0.1 s; COINr ≈ 100 s |
| Uncertainty runs, 10,000 × 100 (warm, one thread) | ${fmt(result.ua_runs_10000x100_per_second)} runs/s | — |
| First 20 runs, 10,000 × 100 (computing the shared stages) | ${fmt(coldSeconds)} s | — |
`);
console.log(`BENCH_JSON ${JSON.stringify(result)}`);
