// In-memory shapes of the engine (METHODOLOGY §1.1 "Engine shape"). Codes and units are resolved to integer
// indices once, when the input is parsed, so the steps work on typed arrays only.

/** The five iMeta row types, in COINr's exact case. */
export type MetaType = "Indicator" | "Aggregate" | "Group" | "Denominator" | "Other";

/** Per-indicator normalisation parameters read from optional iMeta columns (NaN / null when absent). */
export interface MetaParameters {
  minmaxLower: number;
  minmaxUpper: number;
  zscoreMean: number;
  zscoreSd: number;
  scaledLower: number;
  scaledUpper: number;
  scaleFactor: number;
  goalpostLower: number;
  goalpostUpper: number;
  goalpostScale: number;
  goalpostTrunc2posts: boolean | null;
  dist2targCapMax: boolean | null;
}

/** One iMeta row after validation. Level is NaN for rows outside the index (groups, denominators, others). */
export interface MetaRow {
  /** Record number in iMeta.csv, the header being row 1; used in messages. */
  row: number;
  iCode: string;
  iName: string;
  level: number;
  /** Parent code; empty at the top level (a top-level row's stray Parent is dropped, §1.2 #7). */
  parent: string;
  direction: number;
  type: MetaType;
  weight: number;
  target: number;
  denominator: string;
  params: MetaParameters;
}

/** The index structure: indicators, aggregates and their hierarchy, resolved to indices. */
export interface IndexMeta {
  /** Every iMeta row, in file order. */
  rows: MetaRow[];
  /** Indicator and Aggregate codes in §1.1 order: ascending level, then iMeta row order. */
  codes: string[];
  /** For each entry of `codes`, its iMeta row. */
  codeRows: MetaRow[];
  /** Number of Level-1 indicators; they are the first entries of `codes`. */
  nIndicators: number;
  /** Highest level in iMeta. */
  maxLevel: number;
  /** For each code index, the code indices of its children in iMeta row order (empty for indicators). */
  children: Int32Array[];
  /** Code → index into `codes`. */
  codeIndex: Map<string, number>;
  /** Names of iMeta columns that exist (used to tell "column absent" from "cell empty"). */
  columns: Set<string>;
}

/** A validated COINr-format input: units sorted by uCode in code-point order, indicator columns in iMeta order. */
export interface IndexInput {
  meta: IndexMeta;
  units: string[];
  unitNames: string[];
  /** iData record number of each unit (header = row 1), for messages. */
  unitRows: Int32Array;
  /** Raw indicator columns, one per `meta.codes[0 .. nIndicators-1]`. */
  raw: Float64Array[];
  /** Group columns (Type = Group): label per unit, "" meaning no group. */
  groups: Map<string, string[]>;
  /** Denominator columns (Type = Denominator) as given, parsed lazily when `denominate` needs them (D10). */
  denominatorCells: Map<string, string[]>;
  /** Nominal weights per code index, after any weights-file overrides. */
  weights: Float64Array;
  /** Non-fatal notes found while reading the input. */
  warnings: string[];
  /** Names used in messages, e.g. "iData.csv". */
  files: { data: string; meta: string };
}

/**
 * A stage dataset: units (rows) and codes (columns), stored column-wise. `rows` maps each unit to its row in the
 * input, so unit attributes are looked up by unit, never by position.
 */
export interface Dataset {
  units: string[];
  rows: Int32Array;
  codes: string[];
  cols: Float64Array[];
}

/**
 * An invalid input, flag or spec (exit code 2). The message is the full one-line text after `error: `.
 *
 * @example new IndexInputError('iMeta.csv row 7 column "Direction": Direction must be 1 or -1 (got "2")')
 */
export class IndexInputError extends Error {
  override readonly name = "IndexInputError";
}

/**
 * A method that cannot be applied to the data, such as a geometric mean over a zero (exit code 2).
 *
 * @example new IndexMethodError("aggregate: geometric mean needs positive values; unit HN042, child Jobs of Economy (level 2) is 0")
 */
export class IndexMethodError extends Error {
  override readonly name = "IndexMethodError";
}

/**
 * Formats a number as the CLI writes it: shortest round-trip form, `-0` as `0`, `Inf`/`-Inf`, missing as "".
 *
 * @example formatNumber(1 / 3) // "0.3333333333333333"
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return "";
  if (x === Number.POSITIVE_INFINITY) return "Inf";
  if (x === Number.NEGATIVE_INFINITY) return "-Inf";
  if (x === 0) return "0";
  return String(x);
}

/**
 * Compares two strings by Unicode code point, the order of units everywhere (never locale collation).
 *
 * @example ["b", "B", "a"].sort(compareCodePoints) // ["B", "a", "b"]
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    // UTF-16 order differs from code-point order only when one side is a surrogate and the other is U+E000..U+FFFF.
    const fa = ca >= 0xd800 && ca <= 0xdfff ? ca + 0x2000 : ca >= 0xe000 ? ca - 0x800 : ca;
    const fb = cb >= 0xd800 && cb <= 0xdfff ? cb + 0x2000 : cb >= 0xe000 ? cb - 0x800 : cb;
    return fa - fb;
  }
  return a.length - b.length;
}
