import { describe, expect, it } from "vitest";
import {
  citySelection,
  countActiveFilters,
  effectiveSort,
  parseCityFilters,
  serializeCityFilters,
  updateCityFilters,
} from "./city-filters.ts";

const parse = (query: string) => parseCityFilters(new URLSearchParams(query));

describe("parseCityFilters", () => {
  it("reads every filter of a shared directory URL", () => {
    expect(
      parse("q=ha+noi&field=design&region=asia-and-the-pacific&country=vn&yearFrom=2015&yearTo=2025&sort=-year&page=3"),
    ).toEqual({
      q: "ha noi",
      field: "design",
      region: "asia-and-the-pacific",
      country: "VN",
      yearFrom: 2015,
      yearTo: 2025,
      sort: "-year",
      page: 3,
    });
  });

  it("opens page 1 with no filters for an empty query string", () => {
    expect(parse("")).toEqual({ page: 1 });
  });

  it.each([
    { query: "field=Design%20Cities", reason: "a field that is not a slug" },
    { query: "country=VNM", reason: "a three-letter country code" },
    { query: "yearFrom=19x5", reason: "a year that is not a number" },
    { query: "yearTo=1850", reason: "a year before 1900" },
    { query: "sort=popularity", reason: "an unknown sort" },
    { query: "page=0", reason: "page 0" },
    { query: "page=-2", reason: "a negative page" },
    { query: "q=%20%20", reason: "a blank query" },
  ])("drops $reason instead of failing", ({ query }) => {
    expect(parse(query)).toEqual({ page: 1 });
  });

  it("puts a reversed year range in order", () => {
    expect(parse("yearFrom=2023&yearTo=2004")).toMatchObject({ yearFrom: 2004, yearTo: 2023 });
  });

  it("normalises the query to NFC and cuts it at the API's 100 characters", () => {
    const decomposed = "Ha\u0300 No\u0323\u0302i";
    expect(parse(`q=${encodeURIComponent(decomposed)}`).q).toBe("Hà Nội");
    expect(parse(`q=${"a".repeat(150)}`).q).toHaveLength(100);
  });
});

describe("serializeCityFilters", () => {
  it("writes parameters in a fixed order and leaves out page 1", () => {
    expect(serializeCityFilters({ page: 1, field: "design", q: "ha noi", yearFrom: 2019 })).toBe(
      "q=ha+noi&field=design&yearFrom=2019",
    );
  });

  it("keeps pages after the first", () => {
    expect(serializeCityFilters({ country: "VN", page: 2 })).toBe("country=VN&page=2");
  });

  it("round-trips with parseCityFilters", () => {
    const filters = { q: "Kraków", field: "literature", country: "PL", yearTo: 2013, sort: "name" as const, page: 4 };
    expect(parse(serializeCityFilters(filters))).toEqual(filters);
  });
});

describe("updateCityFilters", () => {
  it("returns to page 1 when a filter changes", () => {
    expect(updateCityFilters({ field: "music", page: 5 }, { region: "africa" })).toEqual({
      field: "music",
      region: "africa",
      page: 1,
    });
  });

  it("keeps the page it is asked to go to", () => {
    expect(updateCityFilters({ field: "music", page: 5 }, { page: 6 })).toEqual({ field: "music", page: 6 });
  });

  it("clears a filter set to undefined", () => {
    expect(updateCityFilters({ field: "music", country: "VN", page: 1 }, { field: undefined })).toEqual({
      country: "VN",
      page: 1,
    });
  });
});

describe("citySelection", () => {
  it("leaves out sort and page, which do not change which cities are selected", () => {
    expect(citySelection({ field: "film", sort: "-year", page: 2 })).toEqual({ field: "film" });
  });
});

describe("countActiveFilters", () => {
  it("counts a year range once", () => {
    expect(countActiveFilters({ q: "x", field: "film", yearFrom: 2004, yearTo: 2010, page: 1 })).toBe(3);
    expect(countActiveFilters({ sort: "name", page: 3 })).toBe(0);
  });
});

describe("effectiveSort", () => {
  it.each([
    { filters: { page: 1 }, expected: "name" },
    { filters: { q: "hue", page: 1 }, expected: "relevance" },
    { filters: { q: "hue", sort: "-year" as const, page: 1 }, expected: "-year" },
    { filters: { sort: "relevance" as const, page: 1 }, expected: "name" },
  ])("is $expected for $filters", ({ filters, expected }) => {
    expect(effectiveSort(filters)).toBe(expected);
  });
});
