// The build pipeline (METHODOLOGY §3.0): each step reads the latest stage and writes its own. Stages before
// aggregation can be kept in a StageCache keyed by the step's canonical parameters plus its input's key, so
// uncertainty runs reuse every stage that did not change (§7 "Stage reuse").

import { aggregate } from "./aggregate.step.ts";
import { denominate } from "./denominate.step.ts";
import { impute } from "./impute.step.ts";
import type { Dataset, IndexInput } from "./index-input.model.ts";
import { canonicalJson, type IndexSpec, STAGE_OF_STEP, type StepSpec } from "./index-spec.parse.ts";
import { normalise } from "./normalise.step.ts";
import { rankDescending } from "./numeric.primitives.ts";
import { type ScreeningRecord, screen } from "./screen.step.ts";
import { type TreatmentRecord, treat } from "./treat.step.ts";
import { effectiveWeights } from "./weights.step.ts";

/** What one step produced: its stage and the records that go with it. */
export interface StageResult {
  name: string;
  data: Dataset;
  warnings: string[];
  screening?: ScreeningRecord;
  treatment?: { records: TreatmentRecord[]; flags: Uint8Array[] };
}

/**
 * A bounded cache of pre-aggregation stages, evicting the least recently used entries beyond a byte budget.
 *
 * @example const cache = new StageCache(256 * 2 ** 20); build(input, spec, { cache });
 */
export class StageCache {
  private readonly entries = new Map<string, { result: StageResult; bytes: number }>();
  private bytes = 0;
  /** Cache hits and misses, for benchmarks and tests of stage reuse. */
  readonly stats = { hits: 0, misses: 0 };
  constructor(private readonly budgetBytes = 256 * 2 ** 20) {}

  get(key: string): StageResult | undefined {
    const e = this.entries.get(key);
    if (!e) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    // Re-insert to mark as most recently used.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.result;
  }

  set(key: string, result: StageResult): void {
    const bytes = result.data.cols.reduce((s, c) => s + c.byteLength, 0) + 64;
    this.entries.set(key, { result, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.budgetBytes || this.entries.size <= 1) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  /** Number of stages held. */
  get size(): number {
    return this.entries.size;
  }
}

/** Everything `index build` writes, computed in memory. */
export interface BuildResult {
  /** `Raw` and every stage that ran, in order. */
  stages: StageResult[];
  /** The last stage (normally `Aggregated`). */
  final: Dataset;
  /** Result ranks (§3.9) of every column of the last stage. */
  ranks: Dataset;
  screening?: ScreeningRecord;
  treatment?: { codes: string[]; units: string[]; records: TreatmentRecord[]; flags: Uint8Array[] };
  weights: { nominal: Float64Array; effective: Float64Array };
  warnings: string[];
}

/**
 * The Raw stage: the indicator columns of iData in iMeta order, units sorted by uCode.
 *
 * @example rawStage(input).codes // ["Jobs", "Venues", …]
 */
export function rawStage(input: IndexInput): Dataset {
  let raw = rawStages.get(input);
  if (!raw) {
    const rows = new Int32Array(input.units.length);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    raw = { units: input.units, rows, codes: input.meta.codes.slice(0, input.meta.nIndicators), cols: input.raw };
    rawStages.set(input, raw);
  }
  return raw;
}

// The Raw stage never changes for an input; uncertainty runs ask for it thousands of times.
const rawStages = new WeakMap<IndexInput, Dataset>();

/**
 * The cache key of a step: its canonical parameters (plus compat options that change its output).
 *
 * @example stepKey({ step: "impute", method: "mean", group: null }, spec) // '{"group":null,"method":"mean","step":"impute"}'
 */
export function stepKey(step: StepSpec, spec: IndexSpec): string {
  if (step.disabled) return `{"disabled":true,"step":"${step.step}"}`;
  return step.step === "treat" ? `${canonicalJson(step)}|logGII=${spec.compat.logGII}` : canonicalJson(step);
}

/** Runs one step on a stage. */
function runStep(
  data: Dataset,
  step: StepSpec,
  input: IndexInput,
  spec: IndexSpec,
  weights: Float64Array,
): StageResult {
  const name = STAGE_OF_STEP[step.step];
  const warnings: string[] = [];
  if (step.disabled) return { name, data, warnings };
  switch (step.step) {
    case "denominate":
      return { name, data: denominate(data, step, input, warnings), warnings };
    case "impute":
      return { name, data: impute(data, step, input, warnings), warnings };
    case "screen": {
      const r = screen(data, step);
      return { name, data: r.data, warnings, screening: r.record };
    }
    case "treat": {
      const r = treat(data, step, spec.compat.logGII);
      return { name, data: r.data, warnings, treatment: { records: r.records, flags: r.flags } };
    }
    case "normalise":
      return { name, data: normalise(data, step, input, warnings), warnings };
    case "aggregate":
      return { name, data: aggregate(data, step, input.meta, weights), warnings };
  }
}

/**
 * Runs the steps of a spec and returns every stage (Raw first). With a cache, stages before aggregation are looked
 * up by key and stored; `keys`, when given, are precomputed `stepKey`s of the steps.
 *
 * @example runPipeline(input, defaultIndexSpec(), input.weights).at(-1)?.name // "Aggregated"
 */
export function runPipeline(
  input: IndexInput,
  spec: IndexSpec,
  weights: Float64Array,
  cache?: StageCache,
  keys?: string[],
): StageResult[] {
  const stages: StageResult[] = [{ name: "Raw", data: rawStage(input), warnings: [] }];
  let key = "Raw";
  spec.steps.forEach((step, i) => {
    const prev = stages[stages.length - 1].data;
    if (!cache || step.step === "aggregate") {
      stages.push(runStep(prev, step, input, spec, weights));
      return;
    }
    key = `${key}\u0001${keys ? keys[i] : stepKey(step, spec)}`;
    let result = cache.get(key);
    if (!result) {
      result = runStep(prev, step, input, spec, weights);
      cache.set(key, result);
    }
    stages.push(result);
  });
  return stages;
}

/**
 * Builds the index as `index build` does: stages, ranks, screening and treatment records, weights and warnings.
 *
 * @example build(input, defaultIndexSpec()).final.codes // indicators, then aggregates by level
 */
export function build(input: IndexInput, spec: IndexSpec, options: { weights?: Float64Array } = {}): BuildResult {
  const weights = options.weights ?? input.weights;
  const stages = runPipeline(input, spec, weights);
  const final = stages[stages.length - 1].data;
  const ranks: Dataset = { ...final, cols: final.cols.map((c) => rankDescending(c)) };
  const screened = stages.find((s) => s.screening);
  const treated = stages.find((s) => s.treatment);
  return {
    stages,
    final,
    ranks,
    screening: screened?.screening,
    treatment: treated?.treatment && {
      codes: treated.data.codes,
      units: treated.data.units,
      records: treated.treatment.records,
      flags: treated.treatment.flags,
    },
    weights: { nominal: weights, effective: effectiveWeights(input.meta, weights) },
    warnings: [...input.warnings, ...stages.flatMap((s) => s.warnings)],
  };
}
