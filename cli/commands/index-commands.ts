// Registers `build` and `uncertainty` under the lead's `index` command. Commander's own usage errors (unknown
// option, missing required option) exit with 2, the methodology's code for invalid input (§5.1).

import type { Command } from "commander";
import { type CommandIo, runIndexBuild } from "./index-build.ts";
import { runIndexUncertainty } from "./index-uncertainty.ts";

/** The process-backed IO used by the real CLI. */
export const processIo: CommandIo = {
  stderr: (line) => process.stderr.write(`${line}\n`),
  stderrWrite: (text) => process.stderr.write(text),
  get stderrIsTTY() {
    return Boolean(process.stderr.isTTY);
  },
};

function usageErrorsExitWith2(cmd: Command): Command {
  return cmd.exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
}

/**
 * Adds `index build` and `index uncertainty` to the `index` command.
 *
 * @example const index = program.command("index").description("Composite index"); registerIndexCommands(index);
 */
export function registerIndexCommands(indexCommand: Command, io: CommandIo = processIo): void {
  usageErrorsExitWith2(
    indexCommand
      .command("build")
      .description("Build a composite index from COINr-format iData/iMeta files (METHODOLOGY §5.1)")
      .requiredOption("--data <file>", "iData.csv: one row per unit")
      .requiredOption(
        "--meta <file>",
        "iMeta.csv: one row per indicator, aggregate, group, denominator or other column",
      )
      .option(
        "--spec <file>",
        "spec.json: the steps and their parameters (default: minmax 0–100, then arithmetic mean)",
      )
      .option("--weights <file>", "weights.csv (iCode,Weight): replaces iMeta weights")
      .option("--time <T>", "keep one period of panel data")
      .requiredOption("--out <dir>", "output directory, replaced as a whole")
      .action(async (opts) => {
        process.exitCode = await runIndexBuild(opts, io);
      }),
  );
  usageErrorsExitWith2(
    indexCommand
      .command("uncertainty")
      .description("Uncertainty and sensitivity analysis of a composite index (METHODOLOGY §5.2)")
      .requiredOption("--data <file>", "iData.csv: one row per unit")
      .requiredOption("--meta <file>", "iMeta.csv")
      .option("--spec <file>", "spec.json: the nominal steps")
      .option("--weights <file>", "weights.csv (iCode,Weight): replaces iMeta weights")
      .option("--time <T>", "keep one period of panel data")
      .requiredOption("--runs <N>", "base sample size N ≥ 3 (SA runs N·(d + 2) builds)")
      .option("--vary <spec>", "an uncertain input NAME=VALUE or @vary.json; repeat for each input", collect, [])
      .requiredOption("--out <dir>", "output directory, replaced as a whole")
      .option("--seed <S>", "unsigned 32-bit seed (default: from the OS, printed)")
      .option("--sensitivity", "sensitivity analysis: first- and total-order indices")
      .option("--bootstrap <B>", "bootstrap replicates for the sensitivity indices")
      .option("--target <code>", "target column (default: the single top-level aggregate)")
      .option("--weight-sets <K>", "number of noisy weight sets (default 100)")
      .option("--mapping <m>", "coinr (default) or uniform")
      .option("--design <file>", "replay the u-columns of an earlier runs.csv")
      .option("--workers <W>", "threads (default: cores − 1, at least 1)")
      .option("--quiet", "no progress bar")
      .action(async (opts) => {
        process.exitCode = await runIndexUncertainty(opts, io);
      }),
  );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
