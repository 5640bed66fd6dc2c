// `creative-network index build` (METHODOLOGY §5.1). Returns an exit code instead of exiting, so tests can call it
// in-process: 0 on success (with or without warnings), 2 for invalid input, spec or a method error, 1 for a fault.

import { build } from "../../scoring/build.pipeline.ts";
import { IndexInputError, IndexMethodError } from "../../scoring/index-input.model.ts";
import { buildOutputFiles } from "../index-io/build-output.format.ts";
import { type IndexFileOptions, loadIndexFiles } from "../index-io/index-input.loader.ts";
import { writeOutputDirectory } from "../index-io/index-output.writer.ts";

/** Where a command writes its one-line messages; the CLI passes process.stderr. */
export interface CommandIo {
  stderr: (line: string) => void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  /** Raw writes without a newline, for redrawing a progress bar in place. */
  stderrWrite?: (text: string) => void;
}

/** Options of `index build`. */
export interface IndexBuildOptions extends IndexFileOptions {
  out: string;
}

/**
 * Maps an error to the exit code and message of §5.1: input, spec and method errors exit 2; anything else is an
 * internal fault (1).
 *
 * @example reportFailure(new IndexInputError("iData.csv row 23 column \"Jobs\": not a number (\"n/a\")"), io) // 2
 */
export function reportFailure(error: unknown, io: CommandIo): number {
  if (error instanceof IndexInputError || error instanceof IndexMethodError) {
    io.stderr(`error: ${error.message}`);
    return 2;
  }
  const e = error as Error;
  io.stderr(`error: internal fault: ${e?.stack ?? String(error)}`);
  return 1;
}

/**
 * Runs `index build`: validate, build in memory, print warnings, then write all files atomically.
 *
 * @example await runIndexBuild({ data: "iData.csv", meta: "iMeta.csv", out: "out" }, io) // 0, out/Aggregated.csv written
 */
export async function runIndexBuild(options: IndexBuildOptions, io: CommandIo): Promise<number> {
  try {
    const { input, spec } = await loadIndexFiles(options);
    const result = build(input, spec);
    const files = buildOutputFiles(input, result);
    for (const w of result.warnings) io.stderr(`warning: ${w}`);
    await writeOutputDirectory(options.out, files);
    return 0;
  } catch (error) {
    return reportFailure(error, io);
  }
}
