import { describe, expect, it } from "vitest";
import { siblingShares, whatIf, whatIfTree } from "./what-if.ts";

describe("whatIf", () => {
  const hubs = [
    { hubId: "a", dimensions: { Programme: 70, Space: 87.5 } },
    { hubId: "b", dimensions: { Programme: 17.5, Space: 12.5 } },
    { hubId: "c", dimensions: { Programme: null, Space: 50 } },
  ];

  it("gives the published composites back with the framework's weights (2 and 1)", () => {
    const out = whatIf(["Programme", "Space"], { Programme: 2, Space: 1 }, hubs);
    expect(out[0].composite).toBeCloseTo((2 * 70 + 87.5) / 3, 9);
    expect(out[1].composite).toBeCloseTo((2 * 17.5 + 12.5) / 3, 9);
    // A missing dimension is skipped and the weights renormalised, as the engine does.
    expect(out[2].composite).toBe(50);
    expect(out.map((s) => s.rank)).toEqual([1, 3, 2]);
  });

  it("reorders the ranks when the weights move", () => {
    const out = whatIf(["Programme", "Space"], { Programme: 1, Space: 0.01 }, hubs);
    expect(out.map((s) => s.rank)).toEqual([1, 3, 2]);
    const spaceOnly = whatIf(["Programme", "Space"], { Programme: 0.01, Space: 1 }, hubs);
    expect(spaceOnly[0].composite).toBeCloseTo((0.01 * 70 + 87.5) / 1.01, 9);
  });

  it("answers nothing for no hubs", () => {
    expect(whatIf(["A"], { A: 1 }, [])).toEqual([]);
  });
});

describe("whatIfTree", () => {
  // The test framework: Programme (2: Events, Audience) and Space (1: Access, Hours).
  const elements = [
    { code: "Programme", parent: null, kind: "dimension" as const, weight: 2 },
    { code: "Events", parent: "Programme", kind: "indicator" as const, weight: 1 },
    { code: "Audience", parent: "Programme", kind: "indicator" as const, weight: 1 },
    { code: "Space", parent: null, kind: "dimension" as const, weight: 1 },
    { code: "Access", parent: "Space", kind: "indicator" as const, weight: 1 },
    { code: "Hours", parent: "Space", kind: "indicator" as const, weight: 1 },
  ];
  const hubs: { hubId: string; normalised: Record<string, number> }[] = [
    { hubId: "a", normalised: { Events: 80, Audience: 60, Access: 75, Hours: 100 } },
    { hubId: "b", normalised: { Events: 20, Audience: 15, Access: 25, Hours: 0 } },
    { hubId: "c", normalised: { Access: 50, Hours: 50 } },
  ];

  it("gives the published composites back with the framework's weights", () => {
    const out = whatIfTree(elements, {}, hubs);
    expect(out[0].composite).toBeCloseTo((2 * 70 + 87.5) / 3, 9);
    expect(out[1].composite).toBeCloseTo((2 * 17.5 + 12.5) / 3, 9);
    // No Programme indicator: the dimension is missing and skipped, as the engine does.
    expect(out[2].composite).toBe(50);
    expect(out.map((s) => s.rank)).toEqual([1, 3, 2]);
  });

  it("moves an indicator's weight inside its dimension, and a dimension's weight", () => {
    const events = whatIfTree(elements, { Events: 3 }, hubs);
    expect(events[0].composite).toBeCloseTo((2 * ((3 * 80 + 60) / 4) + 87.5) / 3, 9);
    const spaceOnly = whatIfTree(elements, { Programme: 0 }, hubs);
    expect(spaceOnly[0].composite).toBeCloseTo(87.5, 6);
    expect(spaceOnly.map((s) => s.rank)).toEqual([1, 3, 2]);
  });

  it("answers nothing for no hubs", () => {
    expect(whatIfTree(elements, {}, [])).toEqual([]);
  });
});

describe("siblingShares", () => {
  it("gives each weight's share among its siblings", () => {
    const shares = siblingShares(
      [
        { code: "A", parent: null },
        { code: "B", parent: null },
        { code: "x", parent: "A" },
      ],
      { A: 3, B: 1, x: 0 },
    );
    expect(shares).toEqual({ A: 0.75, B: 0.25, x: null });
  });
});
