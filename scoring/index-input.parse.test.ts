import { describe, expect, it } from "vitest";
import { csvTable, indexInput, SMALL_DATA, SMALL_META } from "./fixtures/index-tables.fixture.ts";
import { IndexInputError } from "./index-input.model.ts";
import { parseIndexInput, parseLogicalCell, parseNumericCell } from "./index-input.parse.ts";

const META = SMALL_META.trim();
const DATA = SMALL_DATA.trim();
const messageOf = (meta: string, data: string, options = {}) => {
  try {
    indexInput(meta, data, options);
  } catch (e) {
    expect(e).toBeInstanceOf(IndexInputError);
    return (e as Error).message;
  }
  throw new Error("expected a validation error");
};
const metaLines = META.split("\n");
const withMetaLine = (i: number, line: string) => metaLines.map((l, k) => (k === i ? line : l)).join("\n");

describe("cells", () => {
  it("reads numbers, NA, Inf and rejects anything else", () => {
    expect(parseNumericCell(" 2e-3 ")).toBe(0.002);
    expect(parseNumericCell("NA")).toBeNaN();
    expect(parseNumericCell("")).toBeNaN();
    expect(parseNumericCell("-Inf")).toBe(Number.NEGATIVE_INFINITY);
    expect(parseNumericCell("1,5")).toBeUndefined();
    expect(parseNumericCell("0x10")).toBeUndefined();
  });

  it("reads the eight spellings of logicals", () => {
    expect(["TRUE", "T", "true", "True"].map(parseLogicalCell)).toEqual([true, true, true, true]);
    expect(["FALSE", "F", "false", "False"].map(parseLogicalCell)).toEqual([false, false, false, false]);
    expect(parseLogicalCell("yes")).toBeUndefined();
  });
});

describe("a valid input", () => {
  it("sorts units by uCode in code-point order and keeps indicator columns in iMeta order", () => {
    const input = indexInput(META, DATA);
    expect(input.units).toEqual(["HN1", "HN2", "HN3", "HN4"]);
    expect(input.meta.codes).toEqual(["Jobs", "Venues", "Crime", "Events", "Econ", "Soc", "Index"]);
    expect(Array.from(input.raw[0])).toEqual([20, 15, 10, 0]);
    expect(Number.isNaN(input.raw[1][0])).toBe(true);
    expect(input.groups.get("Region")).toEqual(["North", "South", "North", "South"]);
    expect(Array.from(input.unitRows)).toEqual([3, 4, 2, 5]);
  });

  it("warns about a top-level Parent, Direction −1 on an aggregate and negative weights", () => {
    const meta = `Level,iCode,Parent,Direction,Type,Weight
1,a,I,1,Indicator,-1
1,b,I,1,Indicator,1
2,I,a,-1,Aggregate,1`;
    const input = indexInput(meta, "uCode,a,b\nU,1,2");
    expect(input.warnings).toEqual([
      'iMeta.csv row 4 column "Parent": top-level "I" has Parent "a"; it is ignored',
      'iMeta.csv row 2 column "Weight": "a" has a negative weight (-1)',
      'iMeta.csv row 4 column "Direction": Aggregate "I" has Direction -1, which has no effect',
    ]);
    expect(input.meta.codeRows[2].parent).toBe("");
  });

  it("replaces iMeta weights from a weights file", () => {
    const input = indexInput(META, DATA, {
      weights: { table: csvTable("iCode,Weight\nSoc,3\nJobs,0.5"), name: "weights.csv" },
    });
    expect(input.weights[input.meta.codeIndex.get("Soc") as number]).toBe(3);
    expect(input.weights[0]).toBe(0.5);
  });
});

describe("iMeta rules M1–M16 (one message each, naming file, row and column)", () => {
  it.each([
    ["M1", META.replace("Weight,iName", "W,iName"), 'iMeta.csv row 1 column "Weight": required column is missing'],
    [
      "M2",
      withMetaLine(1, "1,Jobs,Econ,1,Indicator,1;5,Jobs"),
      'iMeta.csv row 2 column "Weight": not a number ("1;5")',
    ],
    [
      "M3",
      withMetaLine(5, "2.5,Econ,Index,1,Aggregate,2,Economy"),
      'iMeta.csv row 6 column "Level": Level must be a whole number 1–1000 (got "2.5")',
    ],
    [
      "M4",
      "Level,iCode,Parent,Direction,Type,Weight\n1,Jobs,Index,1,Indicator,1\n,Region,,,Group,\n3,Index,,1,Aggregate,1",
      'iMeta.csv row 4 column "Level": level 3 used but level 2 has no rows',
    ],
    [
      "M5",
      withMetaLine(1, "1,Jobs,Econ,1,indicator,1,Jobs"),
      'iMeta.csv row 2 column "Type": unknown Type "indicator"',
    ],
    [
      "M6",
      withMetaLine(5, "1,Econ,Index,1,Aggregate,2,Economy"),
      'iMeta.csv row 6 column "Level": an Aggregate must have Level 2 or more',
    ],
    [
      "M7",
      withMetaLine(1, "2,Jobs,Index,1,Indicator,1,Jobs"),
      'iMeta.csv row 2 column "Level": an Indicator must have Level 1',
    ],
    [
      "M8 duplicate",
      withMetaLine(2, "1,Jobs,Econ,1,Indicator,1,Venues"),
      'iMeta.csv row 3 column "iCode": duplicate iCode "Jobs" (first in row 2)',
    ],
    [
      "M8 digit",
      withMetaLine(2, "1,2Venues,Econ,1,Indicator,1,Venues"),
      'iMeta.csv row 3 column "iCode": iCode "2Venues" starts with a digit',
    ],
    [
      "M9",
      withMetaLine(1, "1,Jobs,Econ,0,Indicator,1,Jobs"),
      'iMeta.csv row 2 column "Direction": Direction must be 1 or -1 (got "0")',
    ],
    [
      "M10",
      withMetaLine(1, "1,Jobs,Econ,1,Indicator,,Jobs"),
      'iMeta.csv row 2 column "Weight": Indicator "Jobs" has no Weight',
    ],
    ["M11", withMetaLine(1, "1,Jobs,Econ,1,Indicator,1,"), 'iMeta.csv row 2 column "iName": empty iName'],
    [
      "M12",
      META.replace("Weight,iName", "Weight,iName,Target").replace("Indicator,1,Jobs", "Indicator,1,Jobs,5"),
      'iMeta.csv row 3 column "Target": Indicator "Venues" has no Target',
    ],
    [
      "M13",
      withMetaLine(1, "1,Jobs,Econo,1,Indicator,1,Jobs"),
      'iMeta.csv row 2 column "Parent": Parent "Econo" is not an iCode',
    ],
    [
      "M14",
      withMetaLine(1, "1,Jobs,Index,1,Indicator,1,Jobs"),
      'iMeta.csv row 2 column "Parent": "Jobs" (level 1) has Parent "Index" at level 3; expected level 2',
    ],
    [
      "M15",
      withMetaLine(1, "1,Jobs,,1,Indicator,1,Jobs"),
      'iMeta.csv row 2 column "Parent": "Jobs" is at level 1 of 3 and needs a Parent',
    ],
    [
      "M16",
      `${META}\n2,Extra,Index,1,Aggregate,1,Extra`,
      'iMeta.csv row 11 column "iCode": Aggregate "Extra" has no children',
    ],
  ])("%s", (_rule, meta, message) => {
    expect(messageOf(meta, DATA)).toBe(message);
  });
});

describe("iData rules D1–D12", () => {
  const dataLines = DATA.split("\n");
  const withDataLine = (i: number, line: string) => dataLines.map((l, k) => (k === i ? line : l)).join("\n");
  const panel = `uCode,Time,Region,Pop,Jobs,Venues,Crime,Events
HN1,2021,North,1,1,1,1,1
HN1,2023,North,1,2,2,2,2
HN2,2023,South,1,3,3,3,3
HN2,2023,South,1,4,4,4,4`;
  it.each([
    ["D1", DATA.replace("uCode,", "code,"), 'iData.csv row 1 column "uCode": required column is missing'],
    [
      "D2",
      withDataLine(3, "HN3,B,South,500,15,5,8,"),
      'iData.csv row 4 column "uCode": duplicate uCode "HN3" (first in row 2)',
    ],
    ["D3", DATA.replace("Events", "2023score"), 'iData.csv row 1 column "2023score": column name starts with a digit'],
    [
      "D4",
      withDataLine(2, "Jobs,A,North,2000,20,,2,9"),
      'iData.csv row 3 column "uCode": uCode "Jobs" is also a column name',
    ],
    ["D5", DATA.replace("Events", "Eventz"), 'iData.csv row 1 column "Eventz": column has no row in iMeta'],
    ["D7", DATA.replace("uName,", "Econ,"), 'iData.csv row 1 column "Econ": "Econ" is an Aggregate; remove it'],
    ["D8", withDataLine(2, "HN1,A,North,2000,n/a,,2,9"), 'iData.csv row 3 column "Jobs": not a number ("n/a")'],
  ])("%s", (_rule, data, message) => {
    expect(messageOf(META, data)).toBe(message);
  });

  it("D6 names the iMeta row of a column missing from iData", () => {
    expect(messageOf(META, DATA.replace(",Pop", "").replace(/,(1000|2000|500|4000),/g, ","))).toBe(
      'iMeta.csv row 10 column "iCode": "Pop" has no column in iData',
    );
  });

  it("D9, D11 and D12 handle panel data", () => {
    expect(messageOf(META, panel.replace("HN1,2021", "HN1,2021a"))).toBe(
      'iData.csv row 2 column "Time": not a number ("2021a")',
    );
    expect(messageOf(META, panel)).toBe(
      'iData.csv row 1 column "Time": several periods (2021, 2023); choose one with --time',
    );
    expect(messageOf(META, panel, { time: 2023 })).toBe(
      'iData.csv row 5 column "uCode": duplicate uCode "HN2" for Time 2023',
    );
    const one = indexInput(META, panel.split("\n").slice(0, 4).join("\n"), { time: 2023 });
    expect(one.units).toEqual(["HN1", "HN2"]);
    expect(Array.from(one.raw[0])).toEqual([2, 3]);
  });

  it("D10 checks denominator columns only when denominate runs", () => {
    const meta = META.replace("Weight,iName", "Weight,iName,Denominator").replace(
      "Indicator,1,Jobs",
      "Indicator,1,Jobs,Pop",
    );
    const data = withDataLine(3, "HN2,B,South,~80k,15,5,8,");
    expect(indexInput(meta, data).units).toHaveLength(4);
    expect(messageOf(meta, data, { denominate: true })).toBe('iData.csv row 4 column "Pop": not a number ("~80k")');
  });

  it("rejects a weights file with unknown or repeated codes", () => {
    const bad = (text: string) => messageOf(META, DATA, { weights: { table: csvTable(text), name: "weights.csv" } });
    expect(bad("iCode,Weight\nJobz,1")).toBe('weights.csv row 2 column "iCode": unknown iCode "Jobz"');
    expect(bad("iCode,Weight\nRegion,1")).toBe(
      'weights.csv row 2 column "iCode": "Region" is a Group, not an Indicator or Aggregate',
    );
    expect(bad("iCode,Weight\nJobs,1\nJobs,2")).toBe(
      'weights.csv row 3 column "iCode": duplicate iCode "Jobs" (first in row 2)',
    );
    expect(bad("iCode,Weight\nJobs,x")).toBe('weights.csv row 2 column "Weight": not a number ("x")');
    expect(bad("iCode,Weight\nJobs,")).toBe('weights.csv row 2 column "Weight": "Jobs" has no Weight');
  });

  it("validates iMeta before iData (table order)", () => {
    expect(messageOf(withMetaLine(1, "1,Jobs,Econ,0,Indicator,1,Jobs"), DATA.replace("uCode,", "code,"))).toContain(
      "iMeta.csv",
    );
  });

  it("parses the tables given as raw strings without any file", () => {
    const input = parseIndexInput({ meta: csvTable(META), data: csvTable(DATA), metaName: "m.csv", dataName: "d.csv" });
    expect(input.files).toEqual({ data: "d.csv", meta: "m.csv" });
  });
});
