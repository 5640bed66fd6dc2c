import type { CitySort } from "../../../../contract/api/cities.schema.ts";

/** Sort orders the directory offers, in the order the sort menu lists them. */
export const CITY_SORTS: readonly CitySort[] = ["relevance", "name", "-name", "-year", "year"];

/** Cities per page of the directory. Keep at or under the API's `pageSize` maximum (100). */
export const CITY_PAGE_SIZE = 20;

/** What the directory's URL says: the API's filters plus sort and page. Absent means "not filtered". */
export interface CityDirectoryFilters {
  q?: string;
  field?: string;
  region?: string;
  country?: string;
  yearFrom?: number;
  yearTo?: number;
  sort?: CitySort;
  page: number;
}

/** The filters that pick cities, without sort and page: what facets, the map and the exports take. */
export type CitySelection = Omit<CityDirectoryFilters, "sort" | "page">;

// URL order of the parameters; kept stable so equal views have equal, shareable URLs.
const KEYS = ["q", "field", "region", "country", "yearFrom", "yearTo", "sort", "page"] as const;

// The same bounds as contract/api/cities.schema.ts, checked here so a hand-edited URL degrades to "no filter"
// instead of an error page.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO2 = /^[A-Za-z]{2}$/;
const MAX_QUERY_LENGTH = 100;

function parseYear(raw: string | null): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw.trim())) return undefined;
  const year = Number(raw);
  return year >= 1900 && year <= 2100 ? year : undefined;
}

function parseSlug(raw: string | null): string | undefined {
  const value = raw?.trim().toLowerCase();
  return value && SLUG.test(value) ? value : undefined;
}

/**
 * Reads the directory's filters from a query string. Unknown or malformed values are dropped rather than
 * rejected, so an old or mistyped shared link still opens the directory; swapped years are put in order.
 * @example parseCityFilters(new URLSearchParams("q=ha%20noi&field=design&page=2"))
 * // { q: "ha noi", field: "design", page: 2 }
 */
export function parseCityFilters(params: URLSearchParams): CityDirectoryFilters {
  const filters: CityDirectoryFilters = { page: 1 };

  const q = params.get("q")?.trim().normalize("NFC").slice(0, MAX_QUERY_LENGTH);
  if (q) filters.q = q;

  const field = parseSlug(params.get("field"));
  if (field) filters.field = field;
  const region = parseSlug(params.get("region"));
  if (region) filters.region = region;

  const country = params.get("country")?.trim();
  if (country && ISO2.test(country)) filters.country = country.toUpperCase();

  let yearFrom = parseYear(params.get("yearFrom"));
  let yearTo = parseYear(params.get("yearTo"));
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  if (yearFrom !== undefined) filters.yearFrom = yearFrom;
  if (yearTo !== undefined) filters.yearTo = yearTo;

  const sort = params.get("sort");
  if (sort && (CITY_SORTS as readonly string[]).includes(sort)) filters.sort = sort as CitySort;

  const page = params.get("page");
  if (page && /^\d+$/.test(page) && Number(page) >= 1) filters.page = Math.min(Number(page), 100_000);

  return filters;
}

/**
 * Writes filters as a query string, in a fixed order, leaving out what is unset and page 1.
 * @example serializeCityFilters({ field: "design", q: "ha noi", page: 1 }) // "q=ha+noi&field=design"
 */
export function serializeCityFilters(filters: Partial<CityDirectoryFilters>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value === undefined || value === "") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/**
 * Applies a change from a control. Any change of what is selected or how it is sorted returns to page 1:
 * page 7 of the old result list means nothing in the new one.
 * @param patch keys to set; `undefined` clears a filter.
 */
export function updateCityFilters(
  current: CityDirectoryFilters,
  patch: Partial<CityDirectoryFilters>,
): CityDirectoryFilters {
  const next: CityDirectoryFilters = { ...current, ...patch, page: patch.page ?? 1 };
  for (const key of KEYS) if (next[key] === undefined) delete next[key];
  return next;
}

/** The part of the filters that selects cities; facets, the map and the exports are keyed on it. */
export function citySelection(filters: CityDirectoryFilters): CitySelection {
  const { sort: _sort, page: _page, ...selection } = filters;
  return selection;
}

/** How many filters narrow the selection (the free-text query included), for the "Filters (2)" toggle. */
export function countActiveFilters(filters: CityDirectoryFilters): number {
  const { q, field, region, country, yearFrom, yearTo } = filters;
  return [q, field, region, country, yearFrom ?? yearTo].filter((value) => value !== undefined).length;
}

/** The sort the API will apply: relevance when there is a query, name otherwise, unless one was chosen. */
export function effectiveSort(filters: CityDirectoryFilters): CitySort {
  if (filters.sort && (filters.sort !== "relevance" || filters.q)) return filters.sort;
  return filters.q ? "relevance" : "name";
}
