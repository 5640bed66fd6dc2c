import { describe, expect, it } from "vitest";
import { histogram, tierStable, wrapLabel } from "./results-summary.ts";

describe("histogram", () => {
  it("counts scores in bands, the top score in the last band, missing ones left out", () => {
    const bins = histogram([5, 15, 100, null, 99.9], 50);
    expect(bins).toEqual([
      { from: 0, to: 50, count: 2 },
      { from: 50, to: 100, count: 2 },
    ]);
  });

  it("makes ten bands by default", () => {
    expect(histogram([]).map((b) => b.from)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });
});

describe("tierStable", () => {
  it("calls a tier stable from 80 % of the runs", () => {
    expect(tierStable(0.87)).toBe(true);
    expect(tierStable(0.5)).toBe(false);
    expect(tierStable(null)).toBe(false);
  });
});

describe("wrapLabel", () => {
  it("breaks long names between words, never inside one", () => {
    expect(wrapLabel("Kết nối và hợp tác quốc tế", 14)).toBe("Kết nối và hợp\ntác quốc tế");
    expect(wrapLabel("Governance", 4)).toBe("Governance");
  });
});
