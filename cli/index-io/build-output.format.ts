// The files of `index build` (METHODOLOGY §5.1) from an in-memory BuildResult.

import type { BuildResult } from "../../scoring/build.pipeline.ts";
import type { IndexInput } from "../../scoring/index-input.model.ts";
import { formatNumber } from "../../scoring/index-input.model.ts";
import { TREAT_FLAG_LABELS } from "../../scoring/treat.step.ts";
import { csvText, datasetCsv, formatLogical } from "./index-output.writer.ts";

/**
 * Every output file of a build, by file name: `<Stage>.csv`, `ranks.csv`, `weights_effective.csv`, and the
 * treatment and screening records when those steps ran.
 *
 * @example buildOutputFiles(input, result).keys() // "Raw.csv", "Normalised.csv", "Aggregated.csv", "ranks.csv", …
 */
export function buildOutputFiles(input: IndexInput, result: BuildResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const stage of result.stages) files.set(`${stage.name}.csv`, datasetCsv(stage.data));
  files.set("ranks.csv", datasetCsv(result.ranks));
  const { meta } = input;
  const weights: string[][] = [["iCode", "Level", "Weight", "EffectiveWeight"]];
  meta.codes.forEach((code, c) => {
    weights.push([
      code,
      String(meta.codeRows[c].level),
      formatNumber(result.weights.nominal[c]),
      formatNumber(result.weights.effective[c]),
    ]);
  });
  files.set("weights_effective.csv", csvText(weights));
  if (result.treatment) {
    const t = result.treatment;
    const rows: string[][] = [
      [
        "iCode",
        "skewBefore",
        "kurtosisBefore",
        "passedBefore",
        "winsorisedPoints",
        "logApplied",
        "skewAfter",
        "kurtosisAfter",
        "passedAfter",
        "status",
      ],
    ];
    for (const r of t.records) {
      rows.push([
        r.iCode,
        formatNumber(r.skewBefore),
        formatNumber(r.kurtosisBefore),
        formatLogical(r.passedBefore),
        String(r.winsorisedPoints),
        formatLogical(r.logApplied),
        formatNumber(r.skewAfter),
        formatNumber(r.kurtosisAfter),
        formatLogical(r.passedAfter),
        r.status,
      ]);
    }
    files.set("treatment.csv", csvText(rows));
    const points: string[][] = [["uCode", ...t.codes]];
    t.units.forEach((u, i) => {
      points.push([u, ...t.flags.map((f) => TREAT_FLAG_LABELS[f[i]])]);
    });
    files.set("treatment_points.csv", csvText(points));
  }
  if (result.screening) {
    const s = result.screening;
    const rows: string[][] = [["uCode", "nMissing", "nZero", "dataAvailability", "nonZeroShare", "included"]];
    s.units.forEach((u, i) => {
      rows.push([
        u,
        String(s.nMissing[i]),
        String(s.nZero[i]),
        formatNumber(s.dataAvailability[i]),
        formatNumber(s.nonZeroShare[i]),
        formatLogical(s.included[i]),
      ]);
    });
    files.set("screening.csv", csvText(rows));
  }
  return files;
}
