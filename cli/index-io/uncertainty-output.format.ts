// The files of `index uncertainty` (METHODOLOGY §5.2) from a plan and its summary.

import type { IndexInput } from "../../scoring/index-input.model.ts";
import { formatNumber, IndexInputError } from "../../scoring/index-input.model.ts";
import { runLabel, type UncertaintyPlan, type UncertaintyResult } from "../../scoring/uncertainty.analysis.ts";
import { weightTableOrder } from "../../scoring/weights.step.ts";
import { csvField, csvText } from "./index-output.writer.ts";

/** Facts recorded in uncertainty.json besides the statistics. */
export interface UncertaintyRunInfo {
  seedFromOs: boolean;
  version: string;
  timings: Record<string, number>;
  workers: number;
}

function matrixCsv(units: string[], nominal: Float64Array, cols: Float64Array[]): string {
  const lines = [["uCode", "nominal", ...cols.map((_, j) => `r_${j + 1}`)].join(",")];
  for (let i = 0; i < units.length; i++) {
    let line = `${csvField(units[i])},${formatNumber(nominal[i])}`;
    for (const c of cols) line += `,${formatNumber(c[i])}`;
    lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Every output file of an analysis, by name: scores, ranks, rank_stats, runs, weight_sets (noisy sets),
 * sensitivity (SA) and uncertainty.json.
 *
 * @example uncertaintyOutputFiles(input, plan, result, info).get("rank_stats.csv") // "uCode,nominal,mean,median,q5,q95\n…"
 */
export function uncertaintyOutputFiles(
  input: IndexInput,
  plan: UncertaintyPlan,
  result: UncertaintyResult,
  info: UncertaintyRunInfo,
): Map<string, string> {
  const files = new Map<string, string>();
  const { design } = plan;
  files.set("scores.csv", matrixCsv(result.units, result.nominal, result.scores));
  files.set("ranks.csv", matrixCsv(result.units, result.nominalRanks, result.ranks));
  const stats: string[][] = [["uCode", "nominal", "mean", "median", "q5", "q95"]];
  result.units.forEach((u, i) => {
    const s = result.rankStats;
    stats.push([
      u,
      formatNumber(result.nominalRanks[i]),
      formatNumber(s.mean[i]),
      formatNumber(s.median[i]),
      formatNumber(s.q5[i]),
      formatNumber(s.q95[i]),
    ]);
  });
  files.set("rank_stats.csv", csvText(stats));
  const names = design.inputs.map((x) => x.name);
  const runs: string[][] = [
    ["run", "block", "status", "error", "meanAbsRankChange", ...names.map((n) => `u_${n}`), ...names],
  ];
  for (let j = 0; j < plan.totalRuns; j++) {
    runs.push([
      String(j + 1),
      plan.blocks[j],
      result.status[j],
      result.errors[j] ?? "",
      formatNumber(result.meanAbsRankChange[j]),
      ...plan.u.map((col) => formatNumber(col[j])),
      ...names.map((_, i) => runLabel(plan, i, j)),
    ]);
  }
  files.set("runs.csv", csvText(runs));
  const noisy = design.inputs.find((x) => x.kind === "weights" && "noise" in x);
  if (noisy && plan.weightSets) {
    const order = weightTableOrder(input.meta);
    const rows: string[][] = [["set", "iCode", "Weight"]];
    plan.weightSets.forEach((w, k) => {
      for (const c of order) rows.push([String(k + 1), input.meta.codes[c], formatNumber(w[c])]);
    });
    files.set("weight_sets.csv", csvText(rows));
  }
  const sa = result.sensitivity;
  if (sa) {
    const boot = sa.bootstrap;
    const rows: string[][] = [["variable", "Si", "STi", ...(boot ? ["Si_q5", "Si_q95", "STi_q5", "STi_q95"] : [])]];
    names.forEach((n, i) => {
      const row = [n, formatNumber(sa.si[i]), formatNumber(sa.sti[i])];
      if (boot)
        row.push(
          formatNumber(boot.siQ5[i]),
          formatNumber(boot.siQ95[i]),
          formatNumber(boot.stiQ5[i]),
          formatNumber(boot.stiQ95[i]),
        );
      rows.push(row);
    });
    files.set("sensitivity.csv", csvText(rows));
  }
  const num = (x: number) => (Number.isFinite(x) ? x : null);
  const summary = {
    seed: design.seed,
    seedFromOs: info.seedFromOs,
    N: design.n,
    d: design.inputs.length,
    runs: plan.totalRuns,
    failedRuns: result.failed,
    warningsInRuns: result.warnings,
    target: plan.targetCode,
    analysis: design.sensitivity ? "sensitivity" : "uncertainty",
    mapping: design.mapping,
    bootstrap: design.bootstrap,
    inputs: design.inputs.map((x, i) =>
      x.kind === "weight"
        ? { name: x.name, input: `weight.${x.code}`, range: x.range }
        : { name: x.name, input: x.kind, alternatives: plan.labels[i] },
    ),
    V: sa ? num(sa.variance) : null,
    notes: result.notes,
    version: info.version,
    workers: info.workers,
    timings: info.timings,
  };
  files.set("uncertainty.json", `${JSON.stringify(summary, null, 2)}\n`);
  return files;
}

/**
 * Reads the u-columns of an earlier runs.csv for `--design`, one column per input name, in run order.
 *
 * @example designColumns(table, ["winsorMax", "normalise"], "runs.csv") // [Float64Array, Float64Array]
 */
export function designColumns(
  table: { header: string[]; records: string[][] },
  names: string[],
  file: string,
): Float64Array[] {
  return names.map((name) => {
    const c = table.header.indexOf(`u_${name}`);
    if (c < 0) throw new IndexInputError(`${file} row 1 column "u_${name}": required column is missing`);
    return Float64Array.from(table.records, (rec, r) => {
      const v = Number(rec[c]);
      if (rec[c] === undefined || rec[c].trim() === "" || !(v > 0 && v < 1)) {
        throw new IndexInputError(
          `${file} row ${r + 2} column "u_${name}": not a uniform in (0, 1) ("${rec[c] ?? ""}")`,
        );
      }
      return v;
    });
  });
}
