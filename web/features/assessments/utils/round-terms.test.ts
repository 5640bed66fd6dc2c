import { describe, expect, it } from "vitest";
import { parseRoundTerms, termsDraftOf } from "./round-terms.ts";

describe("round terms in a form", () => {
  it("shows saved terms as percentages and text, and parses them back unchanged", () => {
    const tiers = [
      { name: "Vàng", min: 70 },
      { name: "Bạc", min: 52.5 },
      { name: "Đồng", min: 0 },
    ];
    const draft = termsDraftOf(0.125, tiers);
    expect(draft).toEqual({
      spread: "12.5",
      tiers: [
        { name: "Vàng", min: "70" },
        { name: "Bạc", min: "52.5" },
        { name: "Đồng", min: "0" },
      ],
    });
    expect(parseRoundTerms(draft)).toEqual({ ok: true, value: { spreadThreshold: 0.125, tiers } });
  });

  it("reads a Vietnamese decimal comma and trims tier names", () => {
    const parsed = parseRoundTerms({ spread: "12,5", tiers: [{ name: "  A ", min: "60,5" }] });
    expect(parsed).toEqual({ ok: true, value: { spreadThreshold: 0.125, tiers: [{ name: "A", min: 60.5 }] } });
  });

  it.each([
    ["0", "spreadRange"],
    ["100.5", "spreadRange"],
    ["nhiều", "spreadRange"],
  ])("refuses a spread of %s", (spread, problem) => {
    expect(parseRoundTerms({ spread, tiers: [{ name: "A", min: "0" }] })).toEqual({
      ok: false,
      problems: { spreadThreshold: problem },
    });
  });

  it.each([
    [{ name: "", min: "10" }],
    [{ name: "A", min: "" }],
    [{ name: "A", min: "101" }],
    [{ name: "A", min: "-1" }],
  ])("refuses a tier without a name or with a threshold outside 0–100: %o", (tier) => {
    expect(parseRoundTerms({ spread: "25", tiers: [tier] })).toEqual({ ok: false, problems: { tiers: "tierRange" } });
  });
});
