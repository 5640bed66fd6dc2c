import { describe, expect, it } from "vitest";
import { paginationItems } from "./pagination-items.ts";

describe("paginationItems", () => {
  it.each([
    { current: 1, total: 0, expected: [] },
    { current: 1, total: 1, expected: [1] },
    { current: 1, total: 2, expected: [1, 2] },
    { current: 2, total: 5, expected: [1, 2, 3, 4, 5] },
    { current: 1, total: 21, expected: [1, 2, "gap", 21] },
    { current: 7, total: 21, expected: [1, "gap", 6, 7, 8, "gap", 21] },
    { current: 4, total: 21, expected: [1, 2, 3, 4, 5, "gap", 21] },
    { current: 21, total: 21, expected: [1, "gap", 20, 21] },
    { current: 99, total: 5, expected: [1, "gap", 4, 5] },
  ])("shows $expected for page $current of $total", ({ current, total, expected }) => {
    expect(paginationItems(current, total)).toEqual(expected);
  });
});
