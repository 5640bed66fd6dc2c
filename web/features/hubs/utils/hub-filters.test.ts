import { describe, expect, it } from "vitest";
import {
  countActiveHubFilters,
  effectiveHubSort,
  hubQueryParams,
  hubSelection,
  parseHubFilters,
  serializeHubFilters,
  updateHubFilters,
} from "./hub-filters.ts";

const parse = (query: string) => parseHubFilters(new URLSearchParams(query));

describe("parseHubFilters", () => {
  it("reads every filter of a shared hub directory URL", () => {
    expect(
      parse(
        "network=hanoi&q=g%E1%BB%91m&type=craft-village&field=design&district=Gia+L%C3%A2m&accessibility=step-free-entrance,lift&sort=name&page=2",
      ),
    ).toEqual({
      network: "hanoi",
      q: "gốm",
      type: "craft-village",
      field: "design",
      district: "Gia Lâm",
      accessibility: ["lift", "step-free-entrance"],
      sort: "name",
      page: 2,
    });
  });

  it("opens page 1 with no filters for an empty query string", () => {
    expect(parse("")).toEqual({ page: 1 });
  });

  it.each([
    { query: "type=Craft%20Village", reason: "a type that is not a slug" },
    { query: "accessibility=,,", reason: "an empty accessibility list" },
    { query: "accessibility=Lift!", reason: "a feature code that is not a slug" },
    { query: `district=${"x".repeat(121)}`, reason: "a district longer than the API accepts" },
    { query: "sort=popularity", reason: "an unknown sort" },
    { query: "page=0", reason: "page 0" },
    { query: "q=%20", reason: "a blank query" },
  ])("drops $reason instead of failing", ({ query }) => {
    expect(parse(query)).toEqual({ page: 1 });
  });

  it("deduplicates and sorts accessibility codes, so equal selections have equal URLs", () => {
    expect(parse("accessibility=lift,hearing-loop,lift").accessibility).toEqual(["hearing-loop", "lift"]);
  });

  it("normalises the query to NFC", () => {
    expect(parse(`q=${encodeURIComponent("go\u0302\u0301m")}`).q).toBe("gốm");
  });
});

describe("serializeHubFilters", () => {
  it("writes parameters in a fixed order, the accessibility list comma-separated, without page 1", () => {
    expect(serializeHubFilters({ page: 1, accessibility: ["step-free-entrance", "lift"], q: "gom" })).toBe(
      "q=gom&accessibility=lift%2Cstep-free-entrance",
    );
  });

  it("round-trips with parseHubFilters", () => {
    const filters = {
      network: "hanoi",
      q: "Hỏa Lò",
      district: "Hoàn Kiếm",
      accessibility: ["hearing-loop", "lift"],
      sort: "-updated" as const,
      page: 3,
    };
    expect(parse(serializeHubFilters(filters))).toEqual(filters);
  });
});

describe("updateHubFilters", () => {
  it("returns to page 1 when a filter changes, and keeps a page it is asked for", () => {
    expect(updateHubFilters({ type: "museum", page: 4 }, { district: "Ba Đình" })).toEqual({
      type: "museum",
      district: "Ba Đình",
      page: 1,
    });
    expect(updateHubFilters({ type: "museum", page: 4 }, { page: 5 })).toEqual({ type: "museum", page: 5 });
  });

  it("clears a filter set to undefined or to an empty list", () => {
    expect(updateHubFilters({ type: "museum", accessibility: ["lift"], page: 1 }, { accessibility: [] })).toEqual({
      type: "museum",
      page: 1,
    });
    expect(updateHubFilters({ type: "museum", page: 1 }, { type: undefined })).toEqual({ page: 1 });
  });
});

describe("hubSelection and hubQueryParams", () => {
  it("leaves out sort and page, and joins accessibility codes for the API", () => {
    const selection = hubSelection({ q: "gom", accessibility: ["lift", "seating"], sort: "name", page: 2 });
    expect(selection).toEqual({ q: "gom", accessibility: ["lift", "seating"] });
    expect(hubQueryParams(selection, "hanoi")).toEqual({
      network: "hanoi",
      q: "gom",
      type: undefined,
      field: undefined,
      district: undefined,
      accessibility: "lift,seating",
    });
  });
});

describe("countActiveHubFilters", () => {
  it("counts each accessibility feature, and not the network", () => {
    expect(countActiveHubFilters({ network: "hanoi", q: "x", accessibility: ["lift", "seating"], page: 1 })).toBe(3);
    expect(countActiveHubFilters({ sort: "name", page: 2 })).toBe(0);
  });
});

describe("effectiveHubSort", () => {
  it.each([
    { filters: { page: 1 }, expected: "name" },
    { filters: { q: "gom", page: 1 }, expected: "relevance" },
    { filters: { q: "gom", sort: "-updated" as const, page: 1 }, expected: "-updated" },
    { filters: { sort: "relevance" as const, page: 1 }, expected: "name" },
  ])("is $expected for $filters", ({ filters, expected }) => {
    expect(effectiveHubSort(filters)).toBe(expected);
  });
});
