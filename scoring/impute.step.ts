// Impute (METHODOLOGY §3.3), column by column. Observed values are copied back bit for bit and then asserted
// unchanged, as COINr does: imputation must never alter a measured value.

import type { Dataset, IndexInput } from "./index-input.model.ts";
import type { StepSpec } from "./index-spec.parse.ts";
import { meanOf, medianOf } from "./numeric.primitives.ts";

/**
 * Fills the missing cells of each indicator with the mean or median of its observed values, overall or within the
 * unit's group. Units with an empty group label keep their gaps; any gap left gives one warning per indicator.
 *
 * @example column [1, NaN, 4] with method "mean" → [1, 2.5, 4]
 */
export function impute(
  data: Dataset,
  step: Extract<StepSpec, { step: "impute" }>,
  input: IndexInput,
  warnings: string[],
): Dataset {
  const grouped = step.method === "groupMean" || step.method === "groupMedian";
  const centre = step.method === "mean" || step.method === "groupMean" ? meanOf : medianOf;
  const n = data.units.length;
  let labels: string[] = [];
  let groupIds = new Int32Array(0);
  let groupNames: string[] = [];
  if (grouped) {
    const column = input.groups.get(step.group as string) ?? [];
    labels = Array.from(data.rows, (r) => column[r]);
    groupNames = [...new Set(labels.filter((l) => l !== ""))];
    const id = new Map(groupNames.map((g, k) => [g, k] as const));
    groupIds = Int32Array.from(labels, (l) => (l === "" ? -1 : (id.get(l) as number)));
  }
  const cols = data.cols.map((x, j) => {
    let missing = 0;
    for (let i = 0; i < n; i++) if (Number.isNaN(x[i])) missing++;
    if (missing === 0) return x;
    const out = new Float64Array(x);
    const reasons: string[] = [];
    if (!grouped) {
      const c = centre(x);
      for (let i = 0; i < n; i++) if (Number.isNaN(x[i])) out[i] = c;
      if (Number.isNaN(c)) reasons.push("the column has no values");
    } else {
      const fills = groupNames.map((_, k) => centre(x.filter((_v, i) => groupIds[i] === k)));
      for (let i = 0; i < n; i++) if (Number.isNaN(x[i]) && groupIds[i] >= 0) out[i] = fills[groupIds[i]];
      groupNames.forEach((g, k) => {
        if (Number.isNaN(fills[k])) reasons.push(`group "${g}" has no values`);
      });
      if (groupIds.some((g, i) => g < 0 && Number.isNaN(x[i]))) reasons.push("some units have no group");
    }
    // Copy observed values back bit for bit, then prove it: a changed observation is an internal fault.
    for (let i = 0; i < n; i++) if (!Number.isNaN(x[i])) out[i] = x[i];
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(x[i]) && !Object.is(out[i], x[i]))
        throw new Error(`impute changed an observed value of ${data.codes[j]}`);
    }
    let left = 0;
    for (let i = 0; i < n; i++) if (Number.isNaN(out[i])) left++;
    if (left > 0) {
      warnings.push(
        `impute: "${data.codes[j]}" keeps ${left} missing value${left === 1 ? "" : "s"} (${reasons.join("; ")})`,
      );
    }
    return out;
  });
  return { ...data, cols };
}
