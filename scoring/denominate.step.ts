// Denominate (METHODOLOGY §3.2): x' = x / (D / s), in exactly this order, never x·s/D, so the doubles match COINr.

import type { Dataset, IndexInput } from "./index-input.model.ts";
import { parseNumericCell } from "./index-input.parse.ts";
import type { StepSpec } from "./index-spec.parse.ts";

const parsedDenominators = new WeakMap<IndexInput, Map<string, Float64Array>>();

/** The numeric values of a denominator column, parsed once per input (validated by D10 beforehand). */
function denominatorColumn(input: IndexInput, code: string): Float64Array {
  let cache = parsedDenominators.get(input);
  if (!cache) {
    cache = new Map();
    parsedDenominators.set(input, cache);
  }
  let col = cache.get(code);
  if (!col) {
    const cells = input.denominatorCells.get(code) ?? [];
    col = Float64Array.from(cells, (c) => parseNumericCell(c) ?? Number.NaN);
    cache.set(code, col);
  }
  return col;
}

/**
 * Divides each indicator that has an iMeta Denominator by that column, scaled by the step's scale factor.
 * Indicators without a denominator are unchanged (the same array is reused). A zero denominator gives ±Inf or
 * missing, with a warning.
 *
 * @example 50 venues, population 200 000, scaleFactors {Venues: 100000} → 25 venues per 100 000 people
 */
export function denominate(
  data: Dataset,
  step: Extract<StepSpec, { step: "denominate" }>,
  input: IndexInput,
  warnings: string[],
): Dataset {
  const { meta } = input;
  const cols = data.cols.map((x, j) => {
    const m = meta.codeRows[meta.codeIndex.get(data.codes[j]) as number];
    if (m.denominator === "") return x;
    const d = denominatorColumn(input, m.denominator);
    const s = step.scaleFactors[m.iCode] ?? 1;
    const out = new Float64Array(x.length);
    let zeros = 0;
    for (let i = 0; i < x.length; i++) {
      const D = d[data.rows[i]];
      if (D === 0) zeros++;
      out[i] = x[i] / (D / s);
    }
    if (zeros > 0) {
      warnings.push(
        `denominate: "${m.iCode}" is divided by a zero "${m.denominator}" for ${zeros} unit${zeros === 1 ? "" : "s"}`,
      );
    }
    return out;
  });
  return { ...data, cols };
}
