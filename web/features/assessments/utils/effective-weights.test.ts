import { describe, expect, it } from "vitest";
import { errorsByElement, weightShares } from "./effective-weights.ts";

describe("weightShares", () => {
  it("shares weights within each parent and multiplies them down the tree", () => {
    const shares = weightShares([
      { code: "Programme", parent: null, weight: 2 },
      { code: "Events", parent: "Programme", weight: 1 },
      { code: "Audience", parent: "Programme", weight: 1 },
      { code: "Space", parent: null, weight: 1 },
      { code: "Access", parent: "Space", weight: 3 },
      { code: "Hours", parent: "Space", weight: 1 },
    ]);
    const by = Object.fromEntries(shares.map((s) => [s.code, s]));
    expect(by.Programme.relative).toBeCloseTo(2 / 3);
    expect(by.Events.effective).toBeCloseTo(1 / 3);
    expect(by.Access.relative).toBeCloseTo(3 / 4);
    expect(by.Access.effective).toBeCloseTo(1 / 4);
    expect(by.Hours.effective).toBeCloseTo(1 / 12);
  });

  it("gives no share to a family with a weight of zero or less, nor to its descendants", () => {
    const by = Object.fromEntries(
      weightShares([
        { code: "A", parent: null, weight: 0 },
        { code: "B", parent: null, weight: 1 },
        { code: "A1", parent: "A", weight: 1 },
      ]).map((s) => [s.code, s]),
    );
    expect(by.B.relative).toBeNull();
    expect(by.A1.relative).toBe(1);
    expect(by.A1.effective).toBeNull();
  });

  it("survives a cycle without looping", () => {
    const shares = weightShares([
      { code: "L1", parent: "L2", weight: 1 },
      { code: "L2", parent: "L1", weight: 1 },
    ]);
    expect(shares.map((s) => s.effective)).toEqual([null, null]);
  });
});

describe("errorsByElement", () => {
  it("places details by element index, then by the quoted code, and keeps the rest apart", () => {
    const elements = [{ code: "Programme" }, { code: "Events" }];
    const out = errorsByElement(
      [
        { path: "body.elements.1.weight", message: '"Events": weight must be greater than 0' },
        { path: "body.elements", message: '"Programme": a dimension needs at least one child' },
        { path: "body.nameVi", message: "is required" },
      ],
      elements,
    );
    expect(out.get("Events")).toEqual(['"Events": weight must be greater than 0']);
    expect(out.get("Programme")).toEqual(['"Programme": a dimension needs at least one child']);
    expect(out.get("")).toEqual(["is required"]);
  });
});
