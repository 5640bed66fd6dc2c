import { describe, expect, it } from "vitest";
import { searchKey, slugify } from "./text.ts";

describe("searchKey", () => {
  it.each([
    ["Hà Nội", "ha noi"],
    ["HÀ NỘI", "ha noi"],
    ["Đà Lạt", "da lat"],
    ["Kraków", "krakow"],
    ["Reykjavík", "reykjavik"],
    ["  Santa Maria da Feira ", "santa maria da feira"],
    ["Tamba-Sasayama", "tamba sasayama"],
  ])("folds %s to %s", (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it("gives one key for decomposed (NFD) and composed (NFC) Vietnamese", () => {
    expect(searchKey("Hà Nội".normalize("NFD"))).toBe(searchKey("Hà Nội".normalize("NFC")));
  });
});

describe("slugify", () => {
  it.each([
    ["Hanoi", "hanoi"],
    ["Ho Chi Minh City", "ho-chi-minh-city"],
    ["Höhr-Grenzhausen", "hohr-grenzhausen"],
    ["Macao (China)", "macao-china"],
    ["Đồng Lạc", "dong-lac"],
  ])("turns %s into %s", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
