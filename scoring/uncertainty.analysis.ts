// Uncertainty and sensitivity analysis (METHODOLOGY §4). The work splits in three so runs can be spread over
// threads without changing results: `planUncertainty` draws everything random on one thread (weight sets, design,
// mapping), `executeRun` rebuilds one run from the plan (pure, deterministic, reusing cached stages), and
// `summariseUncertainty` turns the gathered target columns into ranks, statistics and sensitivity indices.

import { runPipeline, StageCache, stepKey } from "./build.pipeline.ts";
import { formatNumber, type IndexInput, IndexInputError, IndexMethodError } from "./index-input.model.ts";
import type { AggregateMethod, ImputeMethod, IndexSpec, StepSpec } from "./index-spec.parse.ts";
import { MersenneTwister } from "./mersenne-twister.random.ts";
import { meanOf, medianOf, quantile7Sorted, rankDescending, sortedValues } from "./numeric.primitives.ts";
import {
  designRuns,
  firstOrderIndex,
  mapDiscreteCoinr,
  mapDiscreteUniform,
  outputVariance,
  totalOrderIndex,
} from "./uncertainty.design.ts";
import { noisyWeightSets } from "./weights.step.ts";

/** One uncertain input (a dimension of the design, §4.1). `name` labels it in every output. */
export type UncertainInput =
  | { name: string; kind: "winsorMax"; alternatives: number[] }
  | {
      name: string;
      kind: "normalise";
      alternatives: { label: string; step: Extract<StepSpec, { step: "normalise" }> }[];
    }
  | { name: string; kind: "weights"; noise: { level: number; factor: number }[]; sets: number }
  | { name: string; kind: "weights"; sets: { label: string; weights: Record<string, number> }[] }
  | { name: string; kind: "weight"; code: string; range: [number, number] }
  | { name: string; kind: "aggregate"; alternatives: { label: string; method: AggregateMethod; p: number | null }[] }
  | { name: string; kind: "impute"; alternatives: ("on" | "off" | ImputeMethod)[] }
  | { name: string; kind: "treat"; alternatives: ("on" | "off")[] };

/** The design of an analysis: its inputs, base sample size, seed and options. */
export interface UncertaintyDesign {
  inputs: UncertainInput[];
  /** Base sample size N ≥ 3. */
  n: number;
  seed: number;
  sensitivity: boolean;
  /** Bootstrap replicates B for the sensitivity indices (0: none). */
  bootstrap: number;
  /** Target code; defaults to the single top-level aggregate. */
  target?: string;
  mapping: "coinr" | "uniform";
  /** Replayed design: one u-column per input, one value per run (`--design runs.csv`). */
  replay?: Float64Array[];
}

/** Everything random, drawn up front; serialisable (structured clone) so workers can execute runs from it. */
export interface UncertaintyPlan {
  design: UncertaintyDesign;
  targetCode: string;
  totalRuns: number;
  /** Block per run: "UA", "A", "B" or "AB_<name>". */
  blocks: string[];
  /** Per input, the uniform of every run. */
  u: Float64Array[];
  /** Per input, the chosen alternative (0-based) of every run; for a continuous input, its value. */
  choice: Float64Array[];
  /** Per input, the label of every alternative (discrete) — continuous inputs label runs by value. */
  labels: string[][];
  /** Noisy or file weight sets, complete weight tables indexed like `meta.codes`. */
  weightSets: Float64Array[] | null;
  /** Row indices for the bootstrap: per replicate b, per input i, N rows for S then N rows for ST. */
  bootstrapRows: Int32Array | null;
}

/** Outcome of one run. */
export interface RunOutcome {
  /** Target score per input unit (NaN for missing or screened-out units). */
  scores: Float64Array;
  /** Units present in the run's final stage (1) or removed by screening (0). */
  present: Uint8Array;
  error: string | null;
  warnings: number;
}

const fail = (message: string): never => {
  throw new IndexInputError(message);
};

const STEP_OF_INPUT: Record<UncertainInput["kind"], StepSpec["step"]> = {
  winsorMax: "treat",
  normalise: "normalise",
  weights: "aggregate",
  weight: "aggregate",
  aggregate: "aggregate",
  impute: "impute",
  treat: "treat",
};

/**
 * The default target: the single top-level aggregate (or the given code, which must be a column of the last stage).
 *
 * @example targetCode(input, spec, undefined) // "Index"
 */
export function targetCode(input: IndexInput, spec: IndexSpec, target: string | undefined): string {
  const { meta } = input;
  const aggregated = spec.steps.some((s) => s.step === "aggregate");
  const finalCodes = aggregated ? meta.codes : meta.codes.slice(0, meta.nIndicators);
  if (target !== undefined) {
    if (!finalCodes.includes(target)) fail(`--target: "${target}" is not a column of the last stage`);
    return target;
  }
  const tops = aggregated ? meta.codeRows.filter((m) => m.type === "Aggregate" && m.level === meta.maxLevel) : [];
  if (tops.length !== 1) {
    fail(
      tops.length === 0
        ? "--target: the result has no aggregate; name a target with --target"
        : `--target: the index has ${tops.length} top-level aggregates (${tops.map((m) => m.iCode).join(", ")}); choose one with --target`,
    );
  }
  return tops[0].iCode;
}

function alternativeCount(inp: UncertainInput): number {
  switch (inp.kind) {
    case "weight":
      return 0;
    case "weights":
      return "noise" in inp ? inp.sets : inp.sets.length;
    default:
      return inp.alternatives.length;
  }
}

/**
 * Validates a design against the spec and input, then draws weight sets, the design and the bootstrap rows from
 * one R-compatible generator in the order of §4.3.
 *
 * @example planUncertainty(input, spec, { inputs: [winsorMax 1..5, aggregate], n: 100, seed: 1, sensitivity: true, bootstrap: 0, mapping: "coinr" }).totalRuns // 400
 */
export function planUncertainty(input: IndexInput, spec: IndexSpec, design: UncertaintyDesign): UncertaintyPlan {
  const { meta } = input;
  const d = design.inputs.length;
  if (!Number.isInteger(design.n) || design.n < 3)
    fail(`--runs: N must be a whole number of at least 3 (got ${design.n})`);
  if (d === 0) fail("--vary: declare at least one uncertain input");
  if (design.sensitivity && d < 2) fail("--sensitivity: sensitivity analysis needs at least 2 --vary inputs");
  const names = new Set<string>();
  const kinds = new Set<string>();
  for (const inp of design.inputs) {
    if (names.has(inp.name)) fail(`--vary ${inp.name}: input "${inp.name}" is declared twice`);
    names.add(inp.name);
    const kindKey = inp.kind === "weight" ? `weight.${inp.code}` : inp.kind;
    if (kinds.has(kindKey)) fail(`--vary ${inp.name}: "${kindKey}" is varied twice`);
    kinds.add(kindKey);
    const step = STEP_OF_INPUT[inp.kind];
    if (!spec.steps.some((s) => s.step === step)) fail(`--vary ${inp.name}: the spec has no ${step} step to vary`);
    if (inp.kind === "weight") {
      if (!meta.codeIndex.has(inp.code)) fail(`--vary ${inp.name}: "${inp.code}" is not an Indicator or Aggregate`);
      if (!(inp.range[1] >= inp.range[0])) fail(`--vary ${inp.name}: the range must have lo ≤ hi`);
    } else if (alternativeCount(inp) < 2) {
      fail(`--vary ${inp.name}: needs at least 2 alternatives`);
    }
    if (inp.kind === "impute") {
      const nominal = spec.steps.find((s) => s.step === "impute") as Extract<StepSpec, { step: "impute" }>;
      for (const a of inp.alternatives) {
        if ((a === "groupMean" || a === "groupMedian") && nominal.group === null) {
          fail(`--vary ${inp.name}: ${a} needs the impute step of the spec to name a group`);
        }
      }
    }
    if (inp.kind === "weights" && "noise" in inp) {
      for (const { level } of inp.noise) {
        if (!(level >= 1 && level <= meta.maxLevel))
          fail(`--vary ${inp.name}: level ${level} is not a level of the index`);
      }
    }
    if (inp.kind === "weights" && !("noise" in inp)) {
      for (const set of inp.sets) {
        for (const code of Object.keys(set.weights)) {
          if (!meta.codeIndex.has(code))
            fail(`--vary ${inp.name}: ${set.label} names "${code}", which is not an Indicator or Aggregate`);
        }
      }
    }
  }
  const tcode = targetCode(input, spec, design.target);
  const n = design.n;
  const totalRuns = design.sensitivity ? n * (d + 2) : n;
  const rng = new MersenneTwister(design.seed);

  // 1. Noisy weight sets, or sets from a file.
  let weightSets: Float64Array[] | null = null;
  for (const inp of design.inputs) {
    if (inp.kind !== "weights") continue;
    if ("noise" in inp) weightSets = noisyWeightSets(meta, input.weights, inp.noise, inp.sets, () => rng.next());
    else
      weightSets = inp.sets.map((s) => {
        const w = new Float64Array(input.weights);
        for (const [code, v] of Object.entries(s.weights)) w[meta.codeIndex.get(code) as number] = v;
        return w;
      });
  }
  // 2. The design, column by column (drawn even when replayed, so the bootstrap stream stays the same).
  const cols = Array.from({ length: design.sensitivity ? 2 * d : d }, () => {
    const c = new Float64Array(n);
    for (let r = 0; r < n; r++) c[r] = rng.next();
    return c;
  });
  const laid = designRuns(cols, n, d, design.sensitivity);
  let u = laid.u;
  if (design.replay) {
    if (design.replay.length !== d || design.replay.some((c) => c.length !== totalRuns)) {
      fail(
        `--design: expected ${totalRuns} runs of ${d} inputs, got ${design.replay[0]?.length ?? 0} runs of ${design.replay.length}`,
      );
    }
    u = design.replay;
  }
  const blocks = laid.block.map((b) =>
    design.sensitivity ? (b === -2 ? "A" : b === -1 ? "B" : `AB_${design.inputs[b].name}`) : "UA",
  );
  // 3. Bootstrap rows.
  let bootstrapRows: Int32Array | null = null;
  if (design.sensitivity && design.bootstrap > 0) {
    bootstrapRows = new Int32Array(design.bootstrap * d * 2 * n);
    for (let k = 0; k < bootstrapRows.length; k++) bootstrapRows[k] = Math.min(n - 1, Math.floor(rng.next() * n));
  }
  const labels: string[][] = [];
  const choice = design.inputs.map((inp, j) => {
    const col = u[j];
    if (inp.kind === "weight") {
      labels.push([]);
      const [lo, hi] = inp.range;
      return Float64Array.from(col, (x) => x * (hi - lo) + lo);
    }
    const k = alternativeCount(inp);
    labels.push(alternativeLabels(inp));
    const mapped = design.mapping === "coinr" ? mapDiscreteCoinr(col, k) : mapDiscreteUniform(col, k);
    return Float64Array.from(mapped, (a) => a - 1);
  });
  return { design, targetCode: tcode, totalRuns, blocks, u, choice, labels, weightSets, bootstrapRows };
}

function alternativeLabels(inp: UncertainInput): string[] {
  switch (inp.kind) {
    case "winsorMax":
      return inp.alternatives.map(String);
    case "normalise":
    case "aggregate":
      return inp.alternatives.map((a) => a.label);
    case "weights":
      return "noise" in inp ? Array.from({ length: inp.sets }, (_, k) => `set ${k + 1}`) : inp.sets.map((s) => s.label);
    case "impute":
    case "treat":
      return inp.alternatives.slice();
    case "weight":
      return [];
  }
}

/**
 * The label of run j's choice for input i, as written in runs.csv (`zscore(10,2)`, `set 17`, `0.73`).
 *
 * @example runLabel(plan, 0, 4) // "3"
 */
export function runLabel(plan: UncertaintyPlan, i: number, j: number): string {
  const inp = plan.design.inputs[i];
  return inp.kind === "weight" ? formatNumber(plan.choice[i][j]) : plan.labels[i][plan.choice[i][j]];
}

/** Prepared step variants with their cache keys, built once per context. */
interface PreparedStep {
  step: StepSpec;
  key: string;
}

/** What `executeRun` needs; built once per thread from the (cloned) input, spec and plan. */
export interface RunContext {
  input: IndexInput;
  spec: IndexSpec;
  plan: UncertaintyPlan;
  cache: StageCache;
  /** Per spec step: the nominal variant. */
  nominal: PreparedStep[];
  /** Per input: per alternative, the replacement of its step (null when the input changes weights only). */
  variants: (PreparedStep | null)[][];
  /** Step position each input acts on. */
  stepIndex: number[];
  /** Disabled variants per step position. */
  disabled: PreparedStep[];
}

/**
 * Prepares a run context (step variants and keys, a stage cache) on the current thread.
 *
 * @example const ctx = createRunContext(input, spec, plan); executeRun(ctx, 0)
 */
export function createRunContext(
  input: IndexInput,
  spec: IndexSpec,
  plan: UncertaintyPlan,
  cacheBytes?: number,
): RunContext {
  // Stage keys are interned to short ids, so that a run's cache lookups hash a few characters, not whole specs.
  const ids = new Map<string, string>();
  const prep = (step: StepSpec): PreparedStep => {
    const full = stepKey(step, spec);
    let id = ids.get(full);
    if (id === undefined) {
      id = `#${ids.size}`;
      ids.set(full, id);
    }
    return { step, key: id };
  };
  const nominal = spec.steps.map(prep);
  const disabled = spec.steps.map((s) => prep({ ...s, disabled: true } as StepSpec));
  const stepIndex = plan.design.inputs.map((inp) => spec.steps.findIndex((s) => s.step === STEP_OF_INPUT[inp.kind]));
  const variants = plan.design.inputs.map((inp, i) => {
    const base = spec.steps[stepIndex[i]];
    switch (inp.kind) {
      case "winsorMax": {
        const t = base as Extract<StepSpec, { step: "treat" }>;
        return inp.alternatives.map((w) => prep({ ...t, params: { ...t.params, winsorMax: w } }));
      }
      case "normalise":
        return inp.alternatives.map((a) => prep(a.step));
      case "aggregate": {
        const a = base as Extract<StepSpec, { step: "aggregate" }>;
        return inp.alternatives.map((alt) => prep({ ...a, method: alt.method, p: alt.p ?? a.p }));
      }
      case "impute": {
        const im = base as Extract<StepSpec, { step: "impute" }>;
        return inp.alternatives.map((alt) => {
          if (alt === "on") return nominal[stepIndex[i]];
          if (alt === "off") return disabled[stepIndex[i]];
          const grouped = alt === "groupMean" || alt === "groupMedian";
          return prep({ ...im, method: alt, group: grouped ? im.group : null });
        });
      }
      case "treat":
        return inp.alternatives.map((alt) => (alt === "on" ? nominal[stepIndex[i]] : disabled[stepIndex[i]]));
      default:
        return [];
    }
  });
  return { input, spec, plan, cache: new StageCache(cacheBytes), nominal, variants, stepIndex, disabled };
}

/**
 * Builds the substituted spec and weights of run j (or the nominal run when j < 0).
 *
 * @example runConfiguration(ctx, 3).spec.steps // the nominal steps with run 3's alternatives
 */
export function runConfiguration(
  ctx: RunContext,
  j: number,
): { spec: IndexSpec; keys: string[]; weights: Float64Array } {
  const steps = ctx.nominal.slice();
  let weights = ctx.input.weights;
  const { plan } = ctx;
  if (j >= 0) {
    // Switching treat off must win over a winsorMax alternative, whatever the flag order.
    const offFirst: number[] = [];
    plan.design.inputs.forEach((inp, i) => {
      if (inp.kind === "treat") offFirst.push(i);
      else offFirst.unshift(i);
    });
    for (const i of offFirst) {
      const inp = plan.design.inputs[i];
      const c = plan.choice[i][j];
      if (inp.kind === "weights") weights = (plan.weightSets as Float64Array[])[c];
      else if (inp.kind !== "weight") steps[ctx.stepIndex[i]] = ctx.variants[i][c] as PreparedStep;
    }
    // Single weights apply after any weight set; copy so shared tables are never modified.
    if (plan.design.inputs.some((inp) => inp.kind === "weight")) weights = new Float64Array(weights);
    plan.design.inputs.forEach((inp, i) => {
      if (inp.kind === "weight") weights[ctx.input.meta.codeIndex.get(inp.code) as number] = plan.choice[i][j];
    });
  }
  return { spec: { ...ctx.spec, steps: steps.map((p) => p.step) }, keys: steps.map((p) => p.key), weights };
}

/**
 * Executes run j (or the nominal run when j < 0) and returns the target column over the input's units. A method
 * error gives a failed run with missing scores, never an abort (§4.5).
 *
 * @example executeRun(ctx, 0).scores // Float64Array of the target score per unit
 */
export function executeRun(ctx: RunContext, j: number): RunOutcome {
  const { input } = ctx;
  const nUnits = input.units.length;
  const scores = new Float64Array(nUnits).fill(Number.NaN);
  const present = new Uint8Array(nUnits);
  const { spec, keys, weights } = runConfiguration(ctx, j);
  try {
    const stages = runPipeline(input, spec, weights, ctx.cache, keys);
    const final = stages[stages.length - 1].data;
    const col = final.cols[final.codes.indexOf(ctx.plan.targetCode)];
    for (let i = 0; i < final.rows.length; i++) {
      scores[final.rows[i]] = col[i];
      present[final.rows[i]] = 1;
    }
    let warnings = 0;
    for (const s of stages) warnings += s.warnings.length;
    return { scores, present, error: null, warnings };
  } catch (e) {
    if (e instanceof IndexMethodError || e instanceof IndexInputError)
      return { scores, present, error: e.message, warnings: 0 };
    throw e;
  }
}

/** Statistics of an analysis (§4.5, §4.6). */
export interface UncertaintyResult {
  /** Union of units over the nominal result and all runs, sorted by uCode. */
  units: string[];
  nominal: Float64Array;
  nominalRanks: Float64Array;
  /** Per run: target scores and ranks over `units`. */
  scores: Float64Array[];
  ranks: Float64Array[];
  rankStats: { mean: Float64Array; median: Float64Array; q5: Float64Array; q95: Float64Array };
  /** Per run: mean absolute rank change (missing for a failed run). */
  meanAbsRankChange: Float64Array;
  status: ("ok" | "failed")[];
  errors: (string | null)[];
  failed: number;
  warnings: number;
  sensitivity: null | {
    variance: number;
    si: Float64Array;
    sti: Float64Array;
    bootstrap: null | { siQ5: Float64Array; siQ95: Float64Array; stiQ5: Float64Array; stiQ95: Float64Array };
  };
  notes: string[];
}

/**
 * Turns the nominal outcome and all run outcomes into ranks, rank statistics, the output y of each run, and the
 * sensitivity indices with their bootstrap quantiles.
 *
 * @example summariseUncertainty(input, plan, nominal, outcomes).rankStats.q95
 */
export function summariseUncertainty(
  input: IndexInput,
  plan: UncertaintyPlan,
  nominal: RunOutcome,
  outcomes: RunOutcome[],
): UncertaintyResult {
  const nAll = input.units.length;
  const inUnion = new Uint8Array(nominal.present);
  for (const o of outcomes) for (let i = 0; i < nAll; i++) inUnion[i] |= o.present[i];
  const keep: number[] = [];
  for (let i = 0; i < nAll; i++) if (inUnion[i]) keep.push(i);
  const pick = (x: Float64Array) => Float64Array.from(keep, (i) => x[i]);
  const nominalScores = pick(nominal.scores);
  const nominalRanks = rankDescending(nominalScores);
  const scores = outcomes.map((o) => pick(o.scores));
  const ranks = scores.map((s) => rankDescending(s));
  const m = keep.length;
  const nRuns = outcomes.length;
  const y = new Float64Array(nRuns);
  const diffs = new Float64Array(m);
  for (let j = 0; j < nRuns; j++) {
    if (outcomes[j].error !== null) {
      y[j] = Number.NaN;
      continue;
    }
    let k = 0;
    const r = ranks[j];
    for (let i = 0; i < m; i++) {
      const dlt = Math.abs(r[i] - nominalRanks[i]);
      if (!Number.isNaN(dlt)) diffs[k++] = dlt;
    }
    y[j] = meanOf(diffs.subarray(0, k));
  }
  const statRuns = plan.design.sensitivity ? 2 * plan.design.n : nRuns;
  const mean = new Float64Array(m);
  const median = new Float64Array(m);
  const q5 = new Float64Array(m);
  const q95 = new Float64Array(m);
  const col = new Float64Array(statRuns);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < statRuns; j++) col[j] = ranks[j][i];
    const sorted = sortedValues(col);
    mean[i] = meanOf(sorted);
    median[i] = medianOf(sorted);
    q5[i] = quantile7Sorted(sorted, 0.05);
    q95[i] = quantile7Sorted(sorted, 0.95);
  }
  const notes: string[] = [];
  let sensitivity: UncertaintyResult["sensitivity"] = null;
  if (plan.design.sensitivity) {
    const n = plan.design.n;
    const d = plan.design.inputs.length;
    const yA = y.subarray(0, n);
    const yB = y.subarray(n, 2 * n);
    const v = outputVariance(yA, yB);
    const si = new Float64Array(d);
    const sti = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      const yAB = y.subarray((2 + i) * n, (3 + i) * n);
      si[i] = firstOrderIndex(yA, yB, yAB, v);
      sti[i] = totalOrderIndex(yA, yAB, v);
    }
    let bootstrap: NonNullable<UncertaintyResult["sensitivity"]>["bootstrap"] = null;
    if (plan.bootstrapRows) {
      const b = plan.design.bootstrap;
      const siQ5 = new Float64Array(d);
      const siQ95 = new Float64Array(d);
      const stiQ5 = new Float64Array(d);
      const stiQ95 = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        const yAB = y.subarray((2 + i) * n, (3 + i) * n);
        const sb = new Float64Array(b);
        const stb = new Float64Array(b);
        for (let r = 0; r < b; r++) {
          const base = (r * d + i) * 2 * n;
          sb[r] = firstOrderIndex(yA, yB, yAB, v, plan.bootstrapRows.subarray(base, base + n));
          stb[r] = totalOrderIndex(yA, yAB, v, plan.bootstrapRows.subarray(base + n, base + 2 * n));
        }
        const sSorted = sb.some((x) => Number.isNaN(x)) ? new Float64Array(0) : sortedValues(sb);
        const tSorted = stb.some((x) => Number.isNaN(x)) ? new Float64Array(0) : sortedValues(stb);
        siQ5[i] = quantile7Sorted(sSorted, 0.05);
        siQ95[i] = quantile7Sorted(sSorted, 0.95);
        stiQ5[i] = quantile7Sorted(tSorted, 0.05);
        stiQ95[i] = quantile7Sorted(tSorted, 0.95);
      }
      bootstrap = { siQ5, siQ95, stiQ5, stiQ95 };
    }
    sensitivity = { variance: v, si, sti, bootstrap };
    const negative = plan.design.inputs.filter((_, i) => si[i] < 0).map((inp) => inp.name);
    if (negative.length > 0) {
      notes.push(
        `negative first-order index for ${negative.join(", ")}: an estimation error at N = ${n}; reported unclipped`,
      );
    }
    if (Number.isNaN(v))
      notes.push("the output variance is missing (a failed run in block A or B); the indices are missing");
    if (v === 0) notes.push("the output variance is 0 (no run changed a rank); the indices are undefined");
  }
  const status = outcomes.map((o) => (o.error === null ? "ok" : "failed") as "ok" | "failed");
  return {
    units: keep.map((i) => input.units[i]),
    nominal: nominalScores,
    nominalRanks,
    scores,
    ranks,
    rankStats: { mean, median, q5, q95 },
    meanAbsRankChange: y,
    status,
    errors: outcomes.map((o) => o.error),
    failed: status.filter((s) => s === "failed").length,
    warnings: outcomes.reduce((s, o) => s + o.warnings, 0),
    sensitivity,
    notes,
  };
}

/**
 * Runs a whole analysis on the current thread: plan, nominal build, every run, summary. The CLI spreads the runs
 * over worker threads instead; results are identical either way.
 *
 * @example uncertainty(input, spec, design).rankStats.median
 */
export function uncertainty(
  input: IndexInput,
  spec: IndexSpec,
  design: UncertaintyDesign,
): { plan: UncertaintyPlan; result: UncertaintyResult } {
  const plan = planUncertainty(input, spec, design);
  const ctx = createRunContext(input, spec, plan);
  const nominal = executeNominal(ctx);
  const outcomes: RunOutcome[] = [];
  for (let j = 0; j < plan.totalRuns; j++) outcomes.push(executeRun(ctx, j));
  return { plan, result: summariseUncertainty(input, plan, nominal, outcomes) };
}

/**
 * The nominal run; unlike a run, its failure is an error of the command (the spec as given cannot be built).
 *
 * @example executeNominal(ctx).scores
 */
export function executeNominal(ctx: RunContext): RunOutcome {
  const nominal = executeRun(ctx, -1);
  if (nominal.error !== null) throw new IndexMethodError(nominal.error);
  return nominal;
}
