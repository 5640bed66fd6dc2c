// Output files of METHODOLOGY §5: shortest round-trip numbers, empty fields for missing values, LF line ends,
// RFC 4180 quoting, no BOM, and no partial output ever: everything is written into a fresh temporary directory
// beside DIR and swapped into place only when complete.

import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Dataset } from "../../scoring/index-input.model.ts";
import { formatNumber } from "../../scoring/index-input.model.ts";

/**
 * Quotes a CSV field when it holds a comma, a quote, or a line break (RFC 4180).
 *
 * @example csvField('say "hi"') // '"say ""hi"""'
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Joins rows of fields into CSV text with LF line ends.
 *
 * @example csvText([["a", "b"], ["1", ""]]) // "a,b\n1,\n"
 */
export function csvText(rows: string[][]): string {
  let out = "";
  for (const row of rows) out += `${row.map(csvField).join(",")}\n`;
  return out;
}

/**
 * A logical written as TRUE/FALSE, missing as an empty field.
 *
 * @example formatLogical(null) // ""
 */
export function formatLogical(v: boolean | null): string {
  return v === null ? "" : v ? "TRUE" : "FALSE";
}

/**
 * A stage as CSV: `uCode` first, then one column per code, rows in the dataset's (uCode) order.
 *
 * @example datasetCsv({ units: ["A"], rows, codes: ["x"], cols: [Float64Array.of(0.5)] }) // "uCode,x\nA,0.5\n"
 */
export function datasetCsv(data: Dataset): string {
  const lines: string[] = [["uCode", ...data.codes].map(csvField).join(",")];
  for (let i = 0; i < data.units.length; i++) {
    let line = csvField(data.units[i]);
    for (const c of data.cols) line += `,${formatNumber(c[i])}`;
    lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Writes files into a fresh temporary directory beside `dir` and swaps it into place, replacing any older `dir` as
 * a whole; on failure the temporary directory is removed and `dir` is untouched.
 *
 * @example await writeOutputDirectory("out", new Map([["ranks.csv", "uCode,Index\nA,1\n"]]))
 */
export async function writeOutputDirectory(dir: string, files: Map<string, string>): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  const stamp = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(parent, `.${basename(target)}.tmp-${stamp}`);
  const old = join(parent, `.${basename(target)}.old-${stamp}`);
  await mkdir(parent, { recursive: true });
  try {
    await mkdir(tmp);
    for (const [name, content] of files) await writeFile(join(tmp, name), content, "utf8");
    let hadOld = true;
    try {
      await rename(target, old);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      hadOld = false;
    }
    try {
      await rename(tmp, target);
    } catch (e) {
      if (hadOld) await rename(old, target);
      throw e;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
