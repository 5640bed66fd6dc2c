// Reading the CSV dialect of METHODOLOGY §2.1 into string tables for the pure engine: UTF-8, an optional BOM,
// RFC 4180 quoting, LF or CRLF. Row numbers in messages count records with the header as row 1.

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "csv-parse/sync";
import { IndexInputError } from "../../scoring/index-input.model.ts";
import type { RawTable } from "../../scoring/index-input.parse.ts";

/**
 * Parses CSV text into a header and records; a malformed record is an IndexInputError naming the file and row.
 *
 * @example parseCsvText("uCode,Jobs\nHN1,3\n", "iData.csv") // { header: ["uCode","Jobs"], records: [["HN1","3"]] }
 */
export function parseCsvText(text: string, name: string): RawTable {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (e) {
    const err = e as Error & { records?: number };
    const row = err.records === undefined ? "" : ` row ${err.records + 1}`;
    throw new IndexInputError(`${name}${row}: malformed CSV (${err.message})`);
  }
  if (rows.length === 0) throw new IndexInputError(`${name} row 1: the file is empty`);
  return { header: rows[0], records: rows.slice(1) };
}

/**
 * Reads a CSV file; the message name is the file's base name, as in `iMeta.csv row 7 column "Direction": …`.
 *
 * @example await readCsvTable("data/iData.csv") // { name: "iData.csv", table }
 */
export async function readCsvTable(path: string): Promise<{ name: string; table: RawTable }> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new IndexInputError(
      `${name}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return { name, table: parseCsvText(text, name) };
}

/**
 * Reads and parses a JSON file; a syntax error is an IndexInputError naming the file.
 *
 * @example await readJsonFile("spec.json") // { name: "spec.json", value: { steps: […] } }
 */
export async function readJsonFile(path: string): Promise<{ name: string; value: unknown }> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new IndexInputError(
      `${name}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  try {
    return { name, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (e) {
    throw new IndexInputError(`${name}: invalid JSON (${(e as Error).message})`);
  }
}
