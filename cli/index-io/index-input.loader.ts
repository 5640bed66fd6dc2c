// Loads the inputs shared by `index build` and `index uncertainty`: the spec (structure first, so a misspelt key is
// reported before any data is read), iMeta and iData (validated in the table order of §2.4), the weights file, and
// finally the references the spec makes to the data.

import { type IndexInput, IndexInputError } from "../../scoring/index-input.model.ts";
import { parseIndexInput } from "../../scoring/index-input.parse.ts";
import {
  checkSpecAgainstInput,
  defaultIndexSpec,
  type IndexSpec,
  parseIndexSpec,
} from "../../scoring/index-spec.parse.ts";
import { readCsvTable, readJsonFile } from "./csv-table.reader.ts";

/** The file options common to both index commands. */
export interface IndexFileOptions {
  data: string;
  meta: string;
  spec?: string;
  weights?: string;
  time?: string;
}

/**
 * Parses `--time T`: a number, else an IndexInputError naming the flag.
 *
 * @example parseTimeOption("2023") // 2023
 */
export function parseTimeOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(t)) throw new IndexInputError(`--time: not a number ("${value}")`);
  return t;
}

/**
 * Reads and validates everything a build needs.
 *
 * @example const { input, spec } = await loadIndexFiles({ data: "iData.csv", meta: "iMeta.csv" });
 */
export async function loadIndexFiles(
  options: IndexFileOptions,
): Promise<{ input: IndexInput; spec: IndexSpec; specName: string }> {
  const time = parseTimeOption(options.time);
  let spec = defaultIndexSpec();
  let specName = "spec.json";
  if (options.spec !== undefined) {
    const json = await readJsonFile(options.spec);
    specName = json.name;
    spec = parseIndexSpec(json.value, json.name);
  }
  const meta = await readCsvTable(options.meta);
  const data = await readCsvTable(options.data);
  const weights = options.weights === undefined ? undefined : await readCsvTable(options.weights);
  const input = parseIndexInput(
    { data: data.table, meta: meta.table, dataName: data.name, metaName: meta.name },
    {
      time,
      denominate: spec.steps.some((s) => s.step === "denominate"),
      weights: weights && { table: weights.table, name: weights.name },
    },
  );
  checkSpecAgainstInput(spec, input, specName);
  return { input, spec, specName };
}
