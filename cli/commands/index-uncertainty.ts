// `creative-network index uncertainty` (METHODOLOGY §5.2). Validates flags and files, plans the design on this
// thread, executes runs (on worker threads when worthwhile), summarises and writes all files atomically. Returns an
// exit code: 0 (failed runs do not fail the command), 2 for invalid input, flags or designs, 1 for a fault.

import { IndexInputError } from "../../scoring/index-input.model.ts";
import { planUncertainty, summariseUncertainty, type UncertaintyDesign } from "../../scoring/uncertainty.analysis.ts";
import { readCsvTable, readJsonFile } from "../index-io/csv-table.reader.ts";
import { type IndexFileOptions, loadIndexFiles } from "../index-io/index-input.loader.ts";
import { writeOutputDirectory } from "../index-io/index-output.writer.ts";
import { progressReporter } from "../index-io/progress.reporter.ts";
import { designColumns, uncertaintyOutputFiles } from "../index-io/uncertainty-output.format.ts";
import { defaultWorkerCount, executeRuns } from "../index-io/uncertainty-runs.pool.ts";
import { parseVaryFlags, resolveVary } from "../index-io/vary-option.parse.ts";
import { type CommandIo, reportFailure } from "./index-build.ts";

/** Options of `index uncertainty`, as commander delivers them (strings until validated). */
export interface IndexUncertaintyOptions extends IndexFileOptions {
  out: string;
  runs: string;
  vary: string[];
  seed?: string;
  sensitivity?: boolean;
  bootstrap?: string;
  target?: string;
  weightSets?: string;
  mapping?: string;
  design?: string;
  workers?: string;
  quiet?: boolean;
}

/** The version recorded in uncertainty.json. */
const ENGINE_VERSION = "creative-network scoring 0.1.0 (COINr 1.1.14 compatible)";

function wholeNumber(
  flag: string,
  value: string | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const t = value.trim();
  const v = Number(t);
  if (!/^\d+$/.test(t) || v < min || v > max) {
    throw new IndexInputError(
      `${flag}: must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : " up"} (got "${value}")`,
    );
  }
  return v;
}

function osSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * Runs `index uncertainty`.
 *
 * @example await runIndexUncertainty({ data, meta, spec, out: "ua", runs: "100", vary: ["winsorMax=1..5"], seed: "1" }, io) // 0
 */
export async function runIndexUncertainty(options: IndexUncertaintyOptions, io: CommandIo): Promise<number> {
  const t0 = performance.now();
  try {
    const n = wholeNumber("--runs", options.runs, 3) as number;
    const seedGiven = wholeNumber("--seed", options.seed, 0, 4294967295);
    const bootstrap = wholeNumber("--bootstrap", options.bootstrap, 1) ?? 0;
    const weightSets = wholeNumber("--weight-sets", options.weightSets, 1) ?? 100;
    const workers = wholeNumber("--workers", options.workers, 1) ?? defaultWorkerCount();
    const mapping = options.mapping ?? "coinr";
    if (mapping !== "coinr" && mapping !== "uniform")
      throw new IndexInputError(`--mapping: must be coinr or uniform (got "${mapping}")`);
    if (bootstrap > 0 && !options.sensitivity) throw new IndexInputError("--bootstrap: needs --sensitivity");
    const reader = { csv: readCsvTable, json: readJsonFile };
    const decls = await parseVaryFlags(options.vary ?? [], weightSets, reader);
    const { input, spec } = await loadIndexFiles(options);
    const inputs = await resolveVary(decls, input.meta, reader);
    const replay = options.design === undefined ? undefined : await readCsvTable(options.design);
    const seed = seedGiven ?? osSeed();
    if (seedGiven === undefined) io.stderr(`seed: ${seed} (from the OS; pass --seed ${seed} to repeat this analysis)`);
    const design: UncertaintyDesign = {
      inputs,
      n,
      seed,
      sensitivity: Boolean(options.sensitivity),
      bootstrap,
      target: options.target,
      mapping,
      replay:
        replay &&
        designColumns(
          replay.table,
          inputs.map((x) => x.name),
          replay.name,
        ),
    };
    const tLoad = performance.now();
    const plan = planUncertainty(input, spec, design);
    for (const w of input.warnings) io.stderr(`warning: ${w}`);
    const progress = progressReporter(plan.totalRuns, io, Boolean(options.quiet));
    const tPlan = performance.now();
    const { nominal, outcomes, workersUsed } = await executeRuns(input, spec, plan, {
      workers,
      onProgress: progress.update,
    });
    const tRuns = performance.now();
    const result = summariseUncertainty(input, plan, nominal, outcomes);
    progress.finish(plan.totalRuns, result.failed);
    for (const note of result.notes) io.stderr(`warning: ${note}`);
    const tSummary = performance.now();
    const files = uncertaintyOutputFiles(input, plan, result, {
      seedFromOs: seedGiven === undefined,
      version: ENGINE_VERSION,
      workers: workersUsed,
      timings: {
        loadSeconds: (tLoad - t0) / 1000,
        planSeconds: (tPlan - tLoad) / 1000,
        runsSeconds: (tRuns - tPlan) / 1000,
        summarySeconds: (tSummary - tRuns) / 1000,
      },
    });
    await writeOutputDirectory(options.out, files);
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  }
}
