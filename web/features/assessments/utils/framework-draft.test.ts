import { describe, expect, it } from "vitest";
import type { FrameworkElement } from "../../../../contract/api/assessments.schema.ts";
import {
  addElement,
  checkDraft,
  type DraftElement,
  fromElements,
  moveElement,
  removeElement,
  serverIssues,
  starterElements,
  toElements,
  updateElement,
} from "./framework-draft.ts";

const base = {
  guidanceVi: null,
  guidanceEn: null,
  direction: 1 as const,
  unit: null,
  type: null,
  goalposts: null,
  target: null,
  range: null,
  levels: null,
  supplier: null,
};
const elements: FrameworkElement[] = [
  { ...base, code: "Prog", parent: null, kind: "dimension", nameVi: "Chương trình", nameEn: "Programme", weight: 2 },
  {
    ...base,
    code: "Events",
    parent: "Prog",
    kind: "indicator",
    nameVi: "Sự kiện",
    nameEn: "Events",
    weight: 1,
    unit: "số",
    type: "number",
    goalposts: [0, 50],
    supplier: "self",
  },
  {
    ...base,
    code: "Quality",
    parent: "Prog",
    kind: "indicator",
    nameVi: "Chất lượng",
    nameEn: "Quality",
    weight: 1.5,
    type: "rubric",
    levels: [
      { level: 0, labelVi: "Không", labelEn: "None" },
      { level: 1, labelVi: "Có", labelEn: "Some" },
    ],
    supplier: "assessor",
  },
];

const issuesOf = (draft: DraftElement[], code: string) =>
  (checkDraft(draft).get(draft.find((d) => d.code === code)?.key ?? "") ?? []).map((i) => `${i.field}:${i.key}`);

describe("framework drafts", () => {
  it("round-trips a saved tree unchanged", () => {
    expect(toElements(fromElements(elements))).toEqual(elements);
  });

  it("finds no problem in a valid tree", () => {
    expect([...checkDraft(fromElements(elements)).values()].flat()).toEqual([]);
  });

  it("reads a Vietnamese decimal comma in weights", () => {
    const draft = fromElements(elements);
    const edited = updateElement(draft, draft[0].key, { weight: "2,5" });
    expect(toElements(edited)[0].weight).toBe(2.5);
  });

  it("keeps children attached when their parent's code is renamed", () => {
    const draft = fromElements(elements);
    const out = toElements(updateElement(draft, draft[0].key, { code: "Programme" }));
    expect(out.map((e) => e.parent)).toEqual([null, "Programme", "Programme"]);
  });

  it("adds a dimension at the top and an indicator under it with free codes", () => {
    let draft = fromElements(elements);
    const dim = addElement(draft, "dimension", null);
    draft = dim.draft;
    const ind = addElement(draft, "indicator", dim.key);
    draft = ind.draft;
    const out = toElements(draft);
    expect(out.at(-2)).toMatchObject({ code: "D1", parent: null, kind: "dimension" });
    expect(out.at(-1)).toMatchObject({ code: "D1.1", parent: "D1", kind: "indicator", type: "number" });
  });

  it("removes an element with everything below it", () => {
    const draft = fromElements(elements);
    expect(removeElement(draft, draft[0].key)).toEqual([]);
    expect(removeElement(draft, draft[1].key).map((d) => d.code)).toEqual(["Prog", "Quality"]);
  });

  it("moves an element among its siblings only, and not past either end", () => {
    const draft = fromElements(elements);
    expect(moveElement(draft, draft[2].key, -1).map((d) => d.code)).toEqual(["Prog", "Quality", "Events"]);
    expect(moveElement(draft, draft[1].key, -1).map((d) => d.code)).toEqual(["Prog", "Events", "Quality"]);
    expect(moveElement(draft, draft[0].key, 1)).toEqual(draft);
  });

  it("starts a rubric with levels 0 to 4", () => {
    const draft = fromElements(elements);
    const out = updateElement(draft, draft[1].key, { type: "rubric" });
    expect(out[1].levels.map((l) => l.level)).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("names weights of zero or less, missing names and malformed or duplicate codes", () => {
    let draft = fromElements(elements);
    draft = updateElement(draft, draft[1].key, { weight: "0", nameVi: " " });
    draft = updateElement(draft, draft[2].key, { code: "Events" });
    expect(issuesOf(draft, "Events")).toEqual(
      expect.arrayContaining([
        "code:editor.check.codeDuplicate",
        "nameVi:editor.check.nameViRequired",
        "weight:framework.weightPositive",
      ]),
    );
    draft = updateElement(draft, draft[0].key, { code: "1abc" });
    expect(issuesOf(draft, "1abc")).toContain("code:editor.check.codeFormat");
  });

  it("names a dimension without children and indicators at different depths", () => {
    let draft = fromElements(elements);
    const dim = addElement(draft, "dimension", null);
    draft = dim.draft;
    expect(issuesOf(draft, "D1")).toContain("element:editor.check.emptyParent");
    draft = addElement(draft, "indicator", null).draft;
    const top = draft.at(-1) as DraftElement;
    expect(
      checkDraft(draft)
        .get(top.key)
        ?.map((i) => i.key),
    ).toContain("editor.check.depth");
  });

  it("checks each type's parameters: goalposts, target with direction −1, rubric levels", () => {
    let draft = fromElements(elements);
    draft = updateElement(draft, draft[1].key, { goalLow: "50", goalHigh: "0" });
    expect(issuesOf(draft, "Events")).toContain("goalposts:editor.check.goalpostsOrder");
    draft = updateElement(draft, draft[1].key, { numberMode: "target", target: "10", direction: -1 });
    expect(issuesOf(draft, "Events")).toContain("range:editor.check.targetNeedsRange");
    draft = updateElement(draft, draft[1].key, { rangeMin: "0", rangeMax: "100" });
    expect(issuesOf(draft, "Events")).toEqual([]);
    const levels = draft[2].levels;
    draft = updateElement(draft, draft[2].key, {
      levels: [levels[0], { ...levels[1], level: "0", labelEn: "" }],
    });
    expect(issuesOf(draft, "Quality")).toEqual([
      "levels.1.level:editor.check.levelDuplicate",
      "levels.1.labelEn:editor.check.levelLabelEn",
    ]);
  });

  it("needs at least one indicator", () => {
    expect(
      checkDraft([])
        .get("")
        ?.map((i) => i.key),
    ).toEqual(["editor.check.noIndicator"]);
  });

  it("places the server's details on the element they name by index, then by quoted code", () => {
    const draft = fromElements(elements);
    const out = serverIssues(
      [
        { path: "body.elements.1.weight", message: '"Events": weight must be greater than 0' },
        { path: "body.elements", message: '"Quality": something' },
        { path: "body.nameVi", message: "is required" },
      ],
      draft,
    );
    expect(out.get(draft[1].key)).toEqual([{ field: "weight", message: '"Events": weight must be greater than 0' }]);
    expect(out.get(draft[2].key)).toEqual([{ field: "element", message: '"Quality": something' }]);
    expect(out.get("")).toEqual([{ field: "nameVi", message: "is required" }]);
  });

  it("gives a valid starter tree for a framework from scratch", () => {
    const starter = starterElements({ dimensionVi: "A", dimensionEn: "A", indicatorVi: "B", indicatorEn: "B" });
    expect([...checkDraft(fromElements(starter)).values()].flat()).toEqual([]);
  });
});
