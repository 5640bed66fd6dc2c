import { describe, expect, it } from "vitest";
import { histogram, ordinal, rankMove, signedScore, tierStable, wrapLabel } from "./results-summary.ts";

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

describe("ordinal", () => {
  it("writes English ordinals, including the teens, and the bare number in Vietnamese", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map((n) => ordinal(n, "en"))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "101st",
      "111th",
    ]);
    expect(ordinal(2, "vi")).toBe("2");
  });
});

describe("rankMove", () => {
  it("tells up, down, the same, new and nothing to compare", () => {
    expect(rankMove({ rankDelta: 2 })).toEqual({ kind: "up", n: 2, symbol: "▲" });
    expect(rankMove({ rankDelta: -1 })).toEqual({ kind: "down", n: 1, symbol: "▼" });
    expect(rankMove({ rankDelta: 0 })).toEqual({ kind: "same", n: 0, symbol: "=" });
    expect(rankMove(null)).toEqual({ kind: "new" });
    expect(rankMove(undefined)).toEqual({ kind: "none" });
    expect(rankMove({ rankDelta: null })).toEqual({ kind: "none" });
  });
});

describe("signedScore", () => {
  it("signs a difference in the UI language", () => {
    expect(signedScore(3.25, "en")).toBe("+3.3");
    expect(signedScore(-1.04, "vi")).toBe("-1,0");
    expect(signedScore(0, "en")).toBe("0.0");
    expect(signedScore(null, "en")).toBe("—");
  });
});
