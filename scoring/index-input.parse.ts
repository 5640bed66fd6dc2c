// Validation and typing of COINr-format iMeta/iData tables (METHODOLOGY §2). Pure: the tables arrive as strings
// from whatever read them (the CLI's CSV reader, a browser upload). Rules run in the table order of §2.4, each over
// all rows before the next rule, and the first violation throws an IndexInputError with the exact message format.

import {
  compareCodePoints,
  formatNumber,
  type IndexInput,
  IndexInputError,
  type IndexMeta,
  type MetaParameters,
  type MetaRow,
  type MetaType,
} from "./index-input.model.ts";

/** A CSV table as strings: the header and the records after it (record i is file row i + 2). */
export interface RawTable {
  header: string[];
  records: string[][];
}

/** Options that change which rules apply. */
export interface ParseIndexInputOptions {
  /** `--time T`: keep one period of panel data (D11, D12). */
  time?: number;
  /** The spec has a `denominate` step, so D10 checks the denominator columns. */
  denominate?: boolean;
  /** A `--weights` file (`iCode,Weight`) whose rows replace iMeta weights. */
  weights?: { table: RawTable; name: string };
}

const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a numeric cell (§2.1): empty or `NA` is missing (NaN); `Inf`/`-Inf`; decimals with an optional exponent.
 * Returns undefined when the cell is not a number.
 *
 * @example parseNumericCell(" 2e-3 ") // 0.002
 */
export function parseNumericCell(cell: string): number | undefined {
  const t = cell.trim();
  if (t === "" || t === "NA") return Number.NaN;
  if (t === "Inf" || t === "+Inf") return Number.POSITIVE_INFINITY;
  if (t === "-Inf") return Number.NEGATIVE_INFINITY;
  if (!NUMBER_PATTERN.test(t)) return undefined;
  return Number(t);
}

const LOGICALS: Record<string, boolean> = {
  TRUE: true,
  T: true,
  true: true,
  True: true,
  FALSE: false,
  F: false,
  false: false,
  False: false,
};

/**
 * Parses a logical cell (§2.1): TRUE/FALSE/T/F in three cases; empty or `NA` is null; undefined if invalid.
 *
 * @example parseLogicalCell("T") // true
 */
export function parseLogicalCell(cell: string): boolean | null | undefined {
  const t = cell.trim();
  if (t === "" || t === "NA") return null;
  return LOGICALS[t];
}

const META_TYPES = new Set(["Indicator", "Aggregate", "Group", "Denominator", "Other"]);
const REQUIRED_META = ["Level", "iCode", "Parent", "Direction", "Type", "Weight"];
const NUMERIC_PARAMS: [string, keyof MetaParameters][] = [
  ["minmax_lower", "minmaxLower"],
  ["minmax_upper", "minmaxUpper"],
  ["zscore_mean", "zscoreMean"],
  ["zscore_sd", "zscoreSd"],
  ["scaled_lower", "scaledLower"],
  ["scaled_upper", "scaledUpper"],
  ["scale_factor", "scaleFactor"],
  ["goalpost_lower", "goalpostLower"],
  ["goalpost_upper", "goalpostUpper"],
  ["goalpost_scale", "goalpostScale"],
];
const LOGICAL_PARAMS: [string, "goalpostTrunc2posts" | "dist2targCapMax"][] = [
  ["goalpost_trunc2posts", "goalpostTrunc2posts"],
  ["dist2targ_cap_max", "dist2targCapMax"],
];

function fail(file: string, row: number, column: string, message: string): never {
  throw new IndexInputError(`${file} row ${row} column "${column}": ${message}`);
}

/** Column accessor over a raw table: a missing column reads as empty cells. */
function columnReader(table: RawTable) {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return {
    has: (name: string) => index.has(name),
    cell: (r: number, name: string): string => {
      const c = index.get(name);
      return c === undefined ? "" : (table.records[r][c] ?? "");
    },
  };
}

const hasSpace = (s: string) => /\s/.test(s);
const startsWithDigit = (s: string) => /^[0-9]/.test(s);

/**
 * Validates iMeta (M1–M16) and returns its typed rows and hierarchy. Warnings (§1.2 #7, #8, negative weights) are
 * appended to `warnings`.
 *
 * @example parseIndexMeta({ header: ["Level","iCode","Parent","Direction","Type","Weight"], records: [["1","Jobs","","1","Indicator","1"]] }, "iMeta.csv", []).codes // ["Jobs"]
 */
export function parseIndexMeta(table: RawTable, file: string, warnings: string[]): IndexMeta {
  const col = columnReader(table);
  const recs = table.records;
  const rowOf = (r: number) => r + 2;
  for (const name of REQUIRED_META) if (!col.has(name)) fail(file, 1, name, "required column is missing");

  // M2
  const numeric = { Level: [] as number[], Direction: [] as number[], Weight: [] as number[] };
  for (let r = 0; r < recs.length; r++) {
    for (const name of ["Level", "Direction", "Weight"] as const) {
      const v = parseNumericCell(col.cell(r, name));
      if (v === undefined) fail(file, rowOf(r), name, `not a number ("${col.cell(r, name)}")`);
      numeric[name][r] = v;
    }
  }
  const level = numeric.Level;
  // M3
  for (let r = 0; r < recs.length; r++) {
    const l = level[r];
    if (!Number.isNaN(l) && !(Number.isInteger(l) && l >= 1 && l <= 1000)) {
      fail(file, rowOf(r), "Level", `Level must be a whole number 1–1000 (got "${col.cell(r, "Level").trim()}")`);
    }
  }
  // M4
  const used = new Set(level.filter((l) => !Number.isNaN(l)));
  const maxAll = used.size === 0 ? 0 : Math.max(...used);
  for (let k = 1; k <= maxAll; k++) {
    if (used.has(k)) continue;
    let above = k + 1;
    while (!used.has(above)) above++;
    const r = level.indexOf(above);
    fail(file, rowOf(r), "Level", `level ${above} used but level ${k} has no rows`);
  }
  // M5
  const types: MetaType[] = [];
  for (let r = 0; r < recs.length; r++) {
    const t = col.cell(r, "Type");
    if (!META_TYPES.has(t)) fail(file, rowOf(r), "Type", `unknown Type "${t}"`);
    types[r] = t as MetaType;
  }
  // M6, M7
  for (let r = 0; r < recs.length; r++) {
    const l = level[r];
    if (types[r] === "Aggregate" && !Number.isNaN(l) && l < 2)
      fail(file, rowOf(r), "Level", "an Aggregate must have Level 2 or more");
  }
  for (let r = 0; r < recs.length; r++) {
    const l = level[r];
    if (types[r] === "Indicator" && !Number.isNaN(l) && l !== 1)
      fail(file, rowOf(r), "Level", "an Indicator must have Level 1");
  }
  // M8
  const firstRow = new Map<string, number>();
  for (let r = 0; r < recs.length; r++) {
    const code = col.cell(r, "iCode");
    if (code === "") fail(file, rowOf(r), "iCode", "empty iCode");
    if (hasSpace(code)) fail(file, rowOf(r), "iCode", `iCode "${code}" contains a space`);
    if (startsWithDigit(code)) fail(file, rowOf(r), "iCode", `iCode "${code}" starts with a digit`);
    const first = firstRow.get(code);
    if (first !== undefined) fail(file, rowOf(r), "iCode", `duplicate iCode "${code}" (first in row ${first})`);
    firstRow.set(code, rowOf(r));
  }
  // M9
  for (let r = 0; r < recs.length; r++) {
    const d = numeric.Direction[r];
    if (!Number.isNaN(d) && d !== 1 && d !== -1) {
      fail(file, rowOf(r), "Direction", `Direction must be 1 or -1 (got "${col.cell(r, "Direction").trim()}")`);
    }
  }
  // M10
  const inIndex = (r: number) => types[r] === "Indicator" || types[r] === "Aggregate";
  for (let r = 0; r < recs.length; r++) {
    if (!inIndex(r)) continue;
    for (const name of ["Level", "Direction", "Weight"] as const) {
      const v = numeric[name][r];
      if (Number.isNaN(v)) fail(file, rowOf(r), name, `${types[r]} "${col.cell(r, "iCode")}" has no ${name}`);
    }
  }
  if (!types.includes("Indicator")) fail(file, 1, "Type", "iMeta has no Indicator rows");
  // M11
  if (col.has("iName")) {
    for (let r = 0; r < recs.length; r++)
      if (col.cell(r, "iName").trim() === "") fail(file, rowOf(r), "iName", "empty iName");
  }
  // M12
  const target: number[] = [];
  if (col.has("Target")) {
    for (let r = 0; r < recs.length; r++) {
      const v = parseNumericCell(col.cell(r, "Target"));
      if (v === undefined) fail(file, rowOf(r), "Target", `not a number ("${col.cell(r, "Target")}")`);
      target[r] = v;
    }
    for (let r = 0; r < recs.length; r++) {
      if (types[r] === "Indicator" && Number.isNaN(target[r])) {
        fail(file, rowOf(r), "Target", `Indicator "${col.cell(r, "iCode")}" has no Target`);
      }
    }
  }
  // Optional per-indicator normalisation parameters must be readable where the columns exist.
  const params: MetaParameters[] = [];
  for (let r = 0; r < recs.length; r++) {
    const p = {
      goalpostTrunc2posts: null,
      dist2targCapMax: null,
    } as unknown as MetaParameters;
    for (const [name, key] of NUMERIC_PARAMS) {
      const v = parseNumericCell(col.cell(r, name));
      if (v === undefined) fail(file, rowOf(r), name, `not a number ("${col.cell(r, name)}")`);
      (p as unknown as Record<string, number>)[key] = v;
    }
    for (const [name, key] of LOGICAL_PARAMS) {
      const v = parseLogicalCell(col.cell(r, name));
      if (v === undefined) fail(file, rowOf(r), name, `not a logical value ("${col.cell(r, name)}")`);
      p[key] = v;
    }
    params[r] = p;
  }
  // M13
  for (let r = 0; r < recs.length; r++) {
    const parent = col.cell(r, "Parent");
    if (parent !== "" && !firstRow.has(parent)) fail(file, rowOf(r), "Parent", `Parent "${parent}" is not an iCode`);
  }
  const rowByCode = new Map<string, number>();
  for (let r = 0; r < recs.length; r++) rowByCode.set(col.cell(r, "iCode"), r);
  let maxLevel = 0;
  for (let r = 0; r < recs.length; r++) if (inIndex(r)) maxLevel = Math.max(maxLevel, level[r]);
  const parents: string[] = [];
  // M14 (top-level rows are exempt: COINr's check never fires for them, §1.2 #7)
  for (let r = 0; r < recs.length; r++) {
    const parent = col.cell(r, "Parent");
    parents[r] = inIndex(r) ? parent : "";
    if (!inIndex(r) || parent === "") continue;
    const code = col.cell(r, "iCode");
    if (level[r] === maxLevel) {
      warnings.push(
        `${file} row ${rowOf(r)} column "Parent": top-level "${code}" has Parent "${parent}"; it is ignored`,
      );
      parents[r] = "";
      continue;
    }
    const pr = rowByCode.get(parent) as number;
    const expected = level[r] + 1;
    if (level[pr] !== expected) {
      const at = !Number.isNaN(level[pr]) ? `at level ${level[pr]}` : "with no level";
      fail(
        file,
        rowOf(r),
        "Parent",
        `"${code}" (level ${level[r]}) has Parent "${parent}" ${at}; expected level ${expected}`,
      );
    }
    if (types[pr] !== "Aggregate") {
      fail(
        file,
        rowOf(r),
        "Parent",
        `"${code}" has Parent "${parent}", which is a ${types[pr]}; expected an Aggregate`,
      );
    }
  }
  // M15
  for (let r = 0; r < recs.length; r++) {
    if (inIndex(r) && level[r] < maxLevel && parents[r] === "") {
      fail(
        file,
        rowOf(r),
        "Parent",
        `"${col.cell(r, "iCode")}" is at level ${level[r]} of ${maxLevel} and needs a Parent`,
      );
    }
  }
  // M16
  const childCount = new Map<string, number>();
  for (let r = 0; r < recs.length; r++) {
    if (parents[r] !== "") childCount.set(parents[r], (childCount.get(parents[r]) ?? 0) + 1);
  }
  for (let r = 0; r < recs.length; r++) {
    const code = col.cell(r, "iCode");
    if (types[r] === "Aggregate" && !childCount.has(code))
      fail(file, rowOf(r), "iCode", `Aggregate "${code}" has no children`);
  }

  const rows: MetaRow[] = [];
  for (let r = 0; r < recs.length; r++) {
    const code = col.cell(r, "iCode");
    const row: MetaRow = {
      row: rowOf(r),
      iCode: code,
      iName: col.has("iName") ? col.cell(r, "iName") : code,
      level: inIndex(r) ? level[r] : Number.NaN,
      parent: parents[r],
      direction: numeric.Direction[r],
      type: types[r],
      weight: numeric.Weight[r],
      target: col.has("Target") ? target[r] : Number.NaN,
      denominator: col.cell(r, "Denominator").trim(),
      params: params[r],
    };
    rows.push(row);
    if (row.type === "Aggregate" && row.direction === -1) {
      warnings.push(
        `${file} row ${row.row} column "Direction": Aggregate "${code}" has Direction -1, which has no effect`,
      );
    }
    if (inIndex(r) && row.weight < 0) {
      warnings.push(
        `${file} row ${row.row} column "Weight": "${code}" has a negative weight (${formatNumber(row.weight)})`,
      );
    }
  }
  return buildIndexMeta(rows, new Set(table.header));
}

/**
 * Derives the code order and hierarchy from validated iMeta rows.
 *
 * @example buildIndexMeta(rows, new Set()).codes // indicators first, then level 2, 3, … in iMeta order
 */
export function buildIndexMeta(rows: MetaRow[], columns: Set<string>): IndexMeta {
  const indexRows = rows.filter((m) => m.type === "Indicator" || m.type === "Aggregate");
  const maxLevel = Math.max(...indexRows.map((m) => m.level));
  const codeRows: MetaRow[] = [];
  for (let l = 1; l <= maxLevel; l++) for (const m of indexRows) if (m.level === l) codeRows.push(m);
  const codes = codeRows.map((m) => m.iCode);
  const codeIndex = new Map(codes.map((c, i) => [c, i] as const));
  const childLists: number[][] = codes.map(() => []);
  for (const m of indexRows) {
    if (m.parent !== "") childLists[codeIndex.get(m.parent) as number].push(codeIndex.get(m.iCode) as number);
  }
  return {
    rows,
    codes,
    codeRows,
    nIndicators: codeRows.filter((m) => m.level === 1).length,
    maxLevel,
    // Children in iMeta row order; codes within a level are already in that order.
    children: childLists.map((l) => Int32Array.from(l.sort((a, b) => codeRows[a].row - codeRows[b].row))),
    codeIndex,
    columns,
  };
}

/**
 * Validates iMeta (M1–M16), then iData (D1–D12), then an optional weights file, and returns the typed input with
 * units sorted by uCode in code-point order.
 *
 * @example parseIndexInput({ data, meta, dataName: "iData.csv", metaName: "iMeta.csv" }).units // ["HN001", "HN002"]
 */
export function parseIndexInput(
  tables: { data: RawTable; meta: RawTable; dataName: string; metaName: string },
  options: ParseIndexInputOptions = {},
): IndexInput {
  const warnings: string[] = [];
  const { data, dataName: file, metaName } = tables;
  const meta = parseIndexMeta(tables.meta, metaName, warnings);
  const metaByCode = new Map(meta.rows.map((m) => [m.iCode, m] as const));
  const col = columnReader(data);
  const recs = data.records;
  const rowOf = (r: number) => r + 2;

  // D1
  if (!col.has("uCode")) fail(file, 1, "uCode", "required column is missing");
  const hasTime = col.has("Time");
  const timeValues = hasTime ? recs.map((_, r) => parseNumericCell(col.cell(r, "Time"))) : [];
  const distinctTimes = [...new Set(timeValues.filter((t): t is number => t !== undefined && !Number.isNaN(t)))].sort(
    (a, b) => a - b,
  );
  // Panel data is decided on the cells as written, so a malformed Time cell is reported by D9, not as a duplicate.
  const distinctCells = new Set(
    recs.map((_, r) => {
      const t = timeValues[r];
      return t === undefined || Number.isNaN(t) ? `cell:${col.cell(r, "Time").trim()}` : `num:${t}`;
    }),
  );
  const panel = distinctCells.size > 1;
  // D2
  const firstUnit = new Map<string, number>();
  for (let r = 0; r < recs.length; r++) {
    const u = col.cell(r, "uCode");
    if (u === "") fail(file, rowOf(r), "uCode", "empty uCode");
    if (hasSpace(u)) fail(file, rowOf(r), "uCode", `uCode "${u}" contains a space`);
    const first = firstUnit.get(u);
    if (first !== undefined && !panel) fail(file, rowOf(r), "uCode", `duplicate uCode "${u}" (first in row ${first})`);
    if (first === undefined) firstUnit.set(u, rowOf(r));
  }
  // D3
  const seen = new Set<string>();
  for (const name of data.header) {
    if (name === "") fail(file, 1, name, "empty column name");
    if (seen.has(name)) fail(file, 1, name, `duplicate column name "${name}"`);
    if (hasSpace(name)) fail(file, 1, name, `column name "${name}" contains a space`);
    if (startsWithDigit(name)) fail(file, 1, name, "column name starts with a digit");
    seen.add(name);
  }
  // D4
  for (let r = 0; r < recs.length; r++) {
    const u = col.cell(r, "uCode");
    if (seen.has(u)) fail(file, rowOf(r), "uCode", `uCode "${u}" is also a column name`);
  }
  // D5
  const special = new Set(["uCode", "uName", "Time"]);
  for (const name of data.header) {
    if (!special.has(name) && !metaByCode.has(name)) fail(file, 1, name, "column has no row in iMeta");
  }
  // D6
  for (const m of meta.rows) {
    if (m.type !== "Aggregate" && !seen.has(m.iCode))
      fail(metaName, m.row, "iCode", `"${m.iCode}" has no column in iData`);
  }
  // D7
  for (const name of data.header) {
    if (metaByCode.get(name)?.type === "Aggregate") fail(file, 1, name, `"${name}" is an Aggregate; remove it`);
  }
  // D8
  const indicatorNames = data.header.filter((h) => metaByCode.get(h)?.type === "Indicator");
  const parsed = new Map<string, Float64Array>(indicatorNames.map((h) => [h, new Float64Array(recs.length)] as const));
  for (let r = 0; r < recs.length; r++) {
    for (const h of indicatorNames) {
      const v = parseNumericCell(col.cell(r, h));
      if (v === undefined) fail(file, rowOf(r), h, `not a number ("${col.cell(r, h)}")`);
      (parsed.get(h) as Float64Array)[r] = v;
    }
  }
  // D9
  for (let r = 0; r < timeValues.length; r++) {
    const t = timeValues[r];
    if (t === undefined || Number.isNaN(t)) fail(file, rowOf(r), "Time", `not a number ("${col.cell(r, "Time")}")`);
  }
  // D11, D12: choose the period before D10 so that only kept rows need numeric denominators.
  let keep = recs.map((_, r) => r);
  if (options.time !== undefined) {
    if (!hasTime) fail(file, 1, "Time", "--time was given but iData has no Time column");
    keep = keep.filter((r) => timeValues[r] === options.time);
    if (keep.length === 0) fail(file, 1, "Time", `no rows for Time ${formatNumber(options.time)}`);
  } else if (panel) {
    fail(file, 1, "Time", `several periods (${distinctTimes.map(formatNumber).join(", ")}); choose one with --time`);
  }
  if (options.time !== undefined) {
    const firstInPeriod = new Set<string>();
    for (const r of keep) {
      const u = col.cell(r, "uCode");
      if (firstInPeriod.has(u)) {
        fail(file, rowOf(r), "uCode", `duplicate uCode "${u}" for Time ${formatNumber(options.time)}`);
      }
      firstInPeriod.add(u);
    }
  }
  // D10
  const denominatorCells = new Map<string, string[]>();
  if (options.denominate) {
    if (!meta.columns.has("Denominator"))
      fail(metaName, 1, "Denominator", "denominate needs a Denominator column in iMeta");
    for (const m of meta.codeRows) {
      if (m.type !== "Indicator" || m.denominator === "") continue;
      const d = m.denominator;
      if (!seen.has(d) || special.has(d)) fail(metaName, m.row, "Denominator", `"${d}" is not a column of iData`);
      if (!denominatorCells.has(d)) {
        for (const r of keep) {
          if (parseNumericCell(col.cell(r, d)) === undefined)
            fail(file, rowOf(r), d, `not a number ("${col.cell(r, d)}")`);
        }
        denominatorCells.set(d, []);
      }
    }
  }

  keep.sort((a, b) => compareCodePoints(col.cell(a, "uCode"), col.cell(b, "uCode")));
  const units = keep.map((r) => col.cell(r, "uCode"));
  const raw = meta.codeRows
    .slice(0, meta.nIndicators)
    .map((m) => Float64Array.from(keep, (r) => (parsed.get(m.iCode) as Float64Array)[r]));
  const groups = new Map<string, string[]>();
  for (const m of meta.rows) {
    if (m.type === "Group")
      groups.set(
        m.iCode,
        keep.map((r) => col.cell(r, m.iCode).trim()),
      );
  }
  for (const d of denominatorCells.keys())
    denominatorCells.set(
      d,
      keep.map((r) => col.cell(r, d)),
    );
  const weights = Float64Array.from(meta.codeRows, (m) => m.weight);
  if (options.weights) applyWeightsFile(options.weights.table, options.weights.name, meta, weights, warnings);
  return {
    meta,
    units,
    unitNames: keep.map((r) =>
      col.has("uName") && col.cell(r, "uName") !== "" ? col.cell(r, "uName") : col.cell(r, "uCode"),
    ),
    unitRows: Int32Array.from(keep, rowOf),
    raw,
    groups,
    denominatorCells,
    weights,
    warnings,
    files: { data: file, meta: metaName },
  };
}

/**
 * Applies a weights file (`iCode,Weight`) onto nominal weights in place (§2.4 "Weights file").
 *
 * @example applyWeightsFile({ header: ["iCode","Weight"], records: [["Jobs","2"]] }, "weights.csv", meta, weights, [])
 */
export function applyWeightsFile(
  table: RawTable,
  file: string,
  meta: IndexMeta,
  weights: Float64Array,
  warnings: string[],
) {
  const col = columnReader(table);
  for (const name of ["iCode", "Weight"]) if (!col.has(name)) fail(file, 1, name, "required column is missing");
  const metaByCode = new Map(meta.rows.map((m) => [m.iCode, m] as const));
  const first = new Map<string, number>();
  for (let r = 0; r < table.records.length; r++) {
    const row = r + 2;
    const code = col.cell(r, "iCode");
    const m = metaByCode.get(code);
    if (!m) fail(file, row, "iCode", `unknown iCode "${code}"`);
    if (m.type !== "Indicator" && m.type !== "Aggregate") {
      fail(file, row, "iCode", `"${code}" is a ${m.type}, not an Indicator or Aggregate`);
    }
    const prev = first.get(code);
    if (prev !== undefined) fail(file, row, "iCode", `duplicate iCode "${code}" (first in row ${prev})`);
    first.set(code, row);
    const cell = col.cell(r, "Weight");
    const w = parseNumericCell(cell);
    if (w === undefined) fail(file, row, "Weight", `not a number ("${cell}")`);
    if (Number.isNaN(w)) fail(file, row, "Weight", `"${code}" has no Weight`);
    if (w < 0)
      warnings.push(`${file} row ${row} column "Weight": "${code}" has a negative weight (${formatNumber(w)})`);
    weights[meta.codeIndex.get(code) as number] = w;
  }
}
