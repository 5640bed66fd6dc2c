import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format.ts";

describe("formatDateTime", () => {
  it("shows the time in Vietnam (UTC+7), whatever the machine's zone", () => {
    expect(formatDateTime("2025-11-18T20:30:00Z", "en")).toContain("Nov 19, 2025");
    expect(formatDateTime("2025-11-18T20:30:00Z", "en")).toContain("3:30");
  });

  it("can leave out the time", () => {
    expect(formatDateTime("2019-10-31T00:00:00Z", "en", false)).toBe("Oct 31, 2019");
  });

  it("formats in Vietnamese", () => {
    expect(formatDateTime("2019-10-31T00:00:00Z", "vi", false)).toContain("2019");
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatDateTime("not a date", "vi")).toBe("not a date");
  });
});
