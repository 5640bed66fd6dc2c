import { describe, expect, it } from "vitest";
import type { FrameworkElement } from "../../../../contract/api/assessments.schema.ts";
import { measuredValues } from "./measured-values.ts";

const base = {
  parent: "D",
  kind: "indicator" as const,
  nameVi: "x",
  nameEn: "x",
  guidanceVi: null,
  guidanceEn: null,
  weight: 1,
  direction: 1 as const,
  unit: null,
  goalposts: null,
  target: null,
  range: null,
  levels: null,
  supplier: "measured" as const,
};
const visitors: FrameworkElement = { ...base, code: "Visitors", type: "number", goalposts: [0, 100], range: [0, 1000] };
const open: FrameworkElement = { ...base, code: "Open", type: "yesno" };
const level: FrameworkElement = {
  ...base,
  code: "Level",
  type: "rubric",
  levels: [
    { level: 0, labelVi: "a", labelEn: "a" },
    { level: 2, labelVi: "b", labelEn: "b" },
  ],
};

describe("measured figures", () => {
  it("reads numbers with a decimal comma, keeps the source and leaves out empty figures", () => {
    const out = measuredValues([visitors, open, level], {
      Visitors: { value: "12,5", source: " Sở VHTT 2025 " },
      Open: { value: "", source: "" },
    });
    expect(out).toEqual({ values: { Visitors: { value: 12.5, comment: "Sở VHTT 2025" } }, problems: [] });
  });

  it("names figures out of range, not numbers, not yes/no or not a rubric level", () => {
    const out = measuredValues([visitors, open, level], {
      Visitors: { value: "5000", source: "" },
      Open: { value: "2", source: "" },
      Level: { value: "1", source: "" },
    });
    expect(out.problems.map((p) => [p.code, p.key])).toEqual([
      ["Visitors", "hub.range"],
      ["Open", "measured.yesno"],
      ["Level", "measured.noLevel"],
    ]);
    expect(measuredValues([visitors], { Visitors: { value: "abc", source: "" } }).problems[0].key).toBe(
      "hub.needsNumber",
    );
  });
});
