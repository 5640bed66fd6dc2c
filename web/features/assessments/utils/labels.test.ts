import { describe, expect, it } from "vitest";
import { bilingual, parseLocaleNumber, percent, score } from "./labels.ts";

describe("labels", () => {
  it("picks the UI language and falls back to the other", () => {
    expect(bilingual("Không gian", "Space", "en")).toBe("Space");
    expect(bilingual("Không gian", null, "en")).toBe("Không gian");
    expect(bilingual(null, "Space", "vi")).toBe("Space");
  });

  it("formats shares and scores per language", () => {
    expect(percent(0.87, "en", 0)).toBe("87%");
    expect(score(70.8333, "en")).toBe("70.8");
    expect(score(70.8333, "vi")).toBe("70,8");
    expect(score(null, "vi")).toBe("—");
  });

  it("reads decimal commas and points, and refuses text", () => {
    expect(parseLocaleNumber("12,5")).toBe(12.5);
    expect(parseLocaleNumber("12.5")).toBe(12.5);
    expect(parseLocaleNumber(" 40 ")).toBe(40);
    expect(parseLocaleNumber("nhiều")).toBeNull();
    expect(parseLocaleNumber("")).toBeNull();
  });
});
