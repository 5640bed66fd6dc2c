import { describe, expect, it } from "vitest";
import { whatIf } from "./what-if.ts";

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
