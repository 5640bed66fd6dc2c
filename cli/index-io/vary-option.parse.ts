// Parsing of `--vary NAME=VALUE` flags and `@vary.json` files (METHODOLOGY §5.2) into the engine's uncertain inputs.
// A bad value is an IndexInputError naming the flag and the offending part. Weight-set files are read here too.

import { IndexInputError, type IndexMeta } from "../../scoring/index-input.model.ts";
import { parseNumericCell } from "../../scoring/index-input.parse.ts";
import { type AggregateMethod, type ImputeMethod, parseStep, type StepSpec } from "../../scoring/index-spec.parse.ts";
import type { UncertainInput } from "../../scoring/uncertainty.analysis.ts";
import type { readCsvTable, readJsonFile } from "./csv-table.reader.ts";

/** Reads files named by --vary values (weight-set CSVs, @vary.json), relative to the working directory. */
export interface VaryFileReader {
  csv: typeof readCsvTable;
  json: typeof readJsonFile;
}

const AGGREGATES: AggregateMethod[] = ["arithmetic", "geometric", "harmonic", "generalised"];
const IMPUTES: ("on" | "off" | ImputeMethod)[] = ["on", "off", "mean", "median", "groupMean", "groupMedian"];

type NormaliseStep = Extract<StepSpec, { step: "normalise" }>;

/**
 * The label of a normalise alternative: the method, then its given parameters in order, e.g. `zscore(10,2)`.
 *
 * @example normaliseLabel({ method: "minmax", lower: 1, upper: 100 }) // "minmax(1,100)"
 */
export function normaliseLabel(o: Record<string, unknown>): string {
  const params = Object.entries(o).filter(([k]) => k !== "method");
  const method = typeof o.method === "string" ? o.method : "minmax";
  if (params.length === 0) return method;
  return `${method}(${params.map(([, v]) => (typeof v === "number" ? String(v) : JSON.stringify(v))).join(",")})`;
}

function normaliseAlternative(o: unknown, flag: string, pointer: string): { label: string; step: NormaliseStep } {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    throw new IndexInputError(`${flag}: ${pointer} must be an object`);
  const step = parseStep({ ...(o as object), step: "normalise" }, flag, pointer) as NormaliseStep;
  return { label: normaliseLabel(o as Record<string, unknown>), step };
}

function wholeNumbers(text: string, flag: string): number[] {
  const range = /^(\d+)\.\.(\d+)$/.exec(text);
  if (range) {
    const [lo, hi] = [Number(range[1]), Number(range[2])];
    if (hi < lo) throw new IndexInputError(`${flag}: "${text}" is an empty range`);
    return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
  }
  return text.split(",").map((part) => {
    if (!/^\d+$/.test(part.trim())) throw new IndexInputError(`${flag}: "${part}" is not a whole number`);
    return Number(part);
  });
}

function oneOfList<T extends string>(text: string, allowed: readonly T[], flag: string, what: string): T[] {
  return text.split(",").map((part) => {
    if (!allowed.includes(part as T))
      throw new IndexInputError(`${flag}: unknown ${what} "${part}"; expected one of ${allowed.join(", ")}`);
    return part as T;
  });
}

function aggregateAlternatives(
  parts: string[],
  flag: string,
): { label: string; method: AggregateMethod; p: number | null }[] {
  return parts.map((part) => {
    const [method, pText] = part.split(":");
    if (!AGGREGATES.includes(method as AggregateMethod)) {
      throw new IndexInputError(`${flag}: unknown method "${method}"; expected one of ${AGGREGATES.join(", ")}`);
    }
    if (pText === undefined) {
      if (method === "generalised") throw new IndexInputError(`${flag}: "${part}" needs p, as in generalised:0.5`);
      return { label: part, method: method as AggregateMethod, p: null };
    }
    const p = Number(pText);
    if (method !== "generalised" || pText.trim() === "" || !Number.isFinite(p) || p === 0) {
      throw new IndexInputError(
        `${flag}: "${part}" is not a valid alternative (p must be a non-zero number, for generalised only)`,
      );
    }
    return { label: part, method: "generalised", p };
  });
}

/**
 * Reads a weight-sets file (`set,iCode,Weight`): sets in order of first appearance, each a partial table that merges
 * onto the nominal weights.
 *
 * @example await readWeightSets("sets.csv", meta, "--vary weights=sets:sets.csv") // [{ label: "set 1", weights: { P1: 2 } }, …]
 */
export async function readWeightSets(
  path: string,
  meta: IndexMeta,
  reader: VaryFileReader,
): Promise<{ label: string; weights: Record<string, number> }[]> {
  const { name, table } = await reader.csv(path);
  const at = (col: string) => table.header.indexOf(col);
  for (const col of ["set", "iCode", "Weight"]) {
    if (at(col) < 0) throw new IndexInputError(`${name} row 1 column "${col}": required column is missing`);
  }
  const sets = new Map<string, Record<string, number>>();
  table.records.forEach((rec, r) => {
    const row = r + 2;
    const set = rec[at("set")] ?? "";
    const code = rec[at("iCode")] ?? "";
    const cell = rec[at("Weight")] ?? "";
    if (set.trim() === "") throw new IndexInputError(`${name} row ${row} column "set": empty set`);
    const m = meta.rows.find((x) => x.iCode === code);
    if (!m || (m.type !== "Indicator" && m.type !== "Aggregate")) {
      throw new IndexInputError(`${name} row ${row} column "iCode": "${code}" is not an Indicator or Aggregate`);
    }
    const w = parseNumericCell(cell);
    if (w === undefined || Number.isNaN(w))
      throw new IndexInputError(`${name} row ${row} column "Weight": not a number ("${cell}")`);
    let table_ = sets.get(set);
    if (!table_) {
      table_ = {};
      sets.set(set, table_);
    }
    if (code in table_)
      throw new IndexInputError(`${name} row ${row} column "iCode": "${code}" appears twice in set ${set}`);
    table_[code] = w;
  });
  return [...sets].map(([set, weights]) => ({ label: `set ${set}`, weights }));
}

/** A declaration before it meets the data: weight sets from files are resolved by `resolveVary`. */
export type VaryDeclaration = UncertainInput | { name: string; kind: "weights"; setsFile: string; flag: string };

function parseWeights(name: string, value: string, flag: string, weightSets: number): VaryDeclaration {
  if (value.startsWith("sets:")) {
    const file = value.slice(5);
    if (file === "") throw new IndexInputError(`${flag}: "sets:" needs a file name`);
    return { name, kind: "weights", setsFile: file, flag };
  }
  if (!value.startsWith("noise:")) throw new IndexInputError(`${flag}: expected noise:L2=0.25,… or sets:FILE.csv`);
  const noise = value
    .slice(6)
    .split(",")
    .map((part) => {
      const m = /^L(\d+)=(.+)$/.exec(part);
      const f = m ? Number(m[2]) : Number.NaN;
      if (!m || !Number.isFinite(f) || f < 0)
        throw new IndexInputError(`${flag}: "${part}" is not a level factor such as L2=0.25`);
      return { level: Number(m[1]), factor: f };
    });
  return { name, kind: "weights", noise, sets: weightSets };
}

/**
 * Parses one `--vary NAME=VALUE` flag (not `@file`, which `parseVaryFlags` expands).
 *
 * @example parseVaryFlag("winsorMax=1..5", 100) // { name: "winsorMax", kind: "winsorMax", alternatives: [1, 2, 3, 4, 5] }
 */
export function parseVaryFlag(text: string, weightSets: number): VaryDeclaration {
  const flag = `--vary ${text}`;
  const eq = text.indexOf("=");
  if (eq <= 0) throw new IndexInputError(`${flag}: expected NAME=VALUE`);
  const name = text.slice(0, eq);
  const value = text.slice(eq + 1);
  if (value === "") throw new IndexInputError(`${flag}: no value after "="`);
  if (name.startsWith("weight.")) {
    const code = name.slice(7);
    const m = /^(.+)~(.+)$/.exec(value);
    const lo = m ? Number(m[1]) : Number.NaN;
    const hi = m ? Number(m[2]) : Number.NaN;
    if (!m || !Number.isFinite(lo) || !Number.isFinite(hi))
      throw new IndexInputError(`${flag}: "${value}" is not a range such as 0.5~1`);
    return { name, kind: "weight", code, range: [lo, hi] };
  }
  switch (name) {
    case "winsorMax":
      return { name, kind: "winsorMax", alternatives: wholeNumbers(value, flag) };
    case "normalise": {
      if (value.trim().startsWith("[")) {
        let list: unknown;
        try {
          list = JSON.parse(value);
        } catch (e) {
          throw new IndexInputError(`${flag}: invalid JSON (${(e as Error).message})`);
        }
        if (!Array.isArray(list)) throw new IndexInputError(`${flag}: expected a JSON array of normalise specs`);
        return {
          name,
          kind: "normalise",
          alternatives: list.map((o, i) => normaliseAlternative(o, "--vary normalise", `/${i}`)),
        };
      }
      return {
        name,
        kind: "normalise",
        alternatives: value
          .split(",")
          .map((method, i) => normaliseAlternative({ method }, "--vary normalise", `/${i}`)),
      };
    }
    case "weights":
      return parseWeights(name, value, flag, weightSets);
    case "aggregate":
      return { name, kind: "aggregate", alternatives: aggregateAlternatives(value.split(","), flag) };
    case "impute":
      return { name, kind: "impute", alternatives: oneOfList(value, IMPUTES, flag, "alternative") };
    case "treat":
      return { name, kind: "treat", alternatives: oneOfList(value, ["on", "off"] as const, flag, "alternative") };
    default:
      throw new IndexInputError(
        `${flag}: unknown input "${name}"; expected winsorMax, normalise, weights, weight.<iCode>, aggregate, impute or treat`,
      );
  }
}

/** Turns one entry of a @vary.json array into a declaration; `name` labels it and `input` says what varies. */
function fromJsonEntry(entry: unknown, file: string, i: number, weightSets: number): VaryDeclaration {
  const where = `${file} /${i}`;
  if (typeof entry !== "object" || entry === null) throw new IndexInputError(`${where}: must be an object`);
  const { name, input, alternatives, range, ...rest } = entry as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw new IndexInputError(`${where}/${Object.keys(rest)[0]}: unknown key`);
  if (typeof name !== "string" || name === "") throw new IndexInputError(`${where}/name: must be a non-empty string`);
  if (typeof input !== "string") throw new IndexInputError(`${where}/input: must be a string`);
  let value: string;
  if (input.startsWith("weight.")) {
    if (!Array.isArray(range) || range.length !== 2) throw new IndexInputError(`${where}/range: must be [lo, hi]`);
    value = `${range[0]}~${range[1]}`;
  } else if (input === "weights") {
    if (typeof alternatives !== "string")
      throw new IndexInputError(`${where}/alternatives: must be "noise:…" or "sets:FILE.csv"`);
    value = alternatives;
  } else if (input === "normalise" && Array.isArray(alternatives)) {
    value = JSON.stringify(alternatives.map((a) => (typeof a === "string" ? { method: a } : a)));
  } else {
    if (!Array.isArray(alternatives)) throw new IndexInputError(`${where}/alternatives: must be an array`);
    value = alternatives.join(",");
  }
  const decl = parseVaryFlag(`${input}=${value}`, weightSets);
  return { ...decl, name };
}

/**
 * Parses all --vary flags in order, expanding `@vary.json` files; the order is the order of the dimensions.
 *
 * @example await parseVaryFlags(["winsorMax=1..5", "aggregate=arithmetic,geometric"], 100, reader)
 */
export async function parseVaryFlags(
  flags: string[],
  weightSets: number,
  reader: VaryFileReader,
): Promise<VaryDeclaration[]> {
  const out: VaryDeclaration[] = [];
  for (const flag of flags) {
    if (flag.startsWith("@")) {
      const { name, value } = await reader.json(flag.slice(1));
      if (!Array.isArray(value))
        throw new IndexInputError(`${name} /: must be an array of { name, input, alternatives | range }`);
      value.forEach((entry, i) => {
        out.push(fromJsonEntry(entry, name, i, weightSets));
      });
    } else out.push(parseVaryFlag(flag, weightSets));
  }
  return out;
}

/**
 * Resolves declarations against the data: reads weight-set files. Returns the engine's inputs.
 *
 * @example await resolveVary(decls, input.meta, reader)
 */
export async function resolveVary(
  decls: VaryDeclaration[],
  meta: IndexMeta,
  reader: VaryFileReader,
): Promise<UncertainInput[]> {
  const out: UncertainInput[] = [];
  for (const d of decls) {
    if ("setsFile" in d)
      out.push({ name: d.name, kind: "weights", sets: await readWeightSets(d.setsFile, meta, reader) });
    else out.push(d);
  }
  return out;
}
