import { describe, expect, it } from "vitest";
import { fieldColor } from "./field-colors.ts";

const FIELDS = [
  "crafts-and-folk-art",
  "design",
  "film",
  "gastronomy",
  "literature",
  "media-arts",
  "music",
  "architecture",
];

// WCAG relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("fieldColor", () => {
  it("gives each of the eight fields its own colour", () => {
    expect(new Set(FIELDS.map(fieldColor)).size).toBe(FIELDS.length);
  });

  it("keeps every field colour at 3:1 or more against the basemap's land and sea", () => {
    for (const slug of FIELDS) {
      expect(contrast(fieldColor(slug), "#f4f1ea"), slug).toBeGreaterThanOrEqual(3);
      expect(contrast(fieldColor(slug), "#d7e6ef"), slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives a field added later a stable colour", () => {
    expect(fieldColor("photography")).toMatch(/^#[0-9a-f]{6}$/);
    expect(fieldColor("photography")).toBe(fieldColor("photography"));
  });
});
