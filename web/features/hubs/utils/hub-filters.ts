import type { QueryParams } from "../../../lib/api-client.ts";

/** Sort orders of the hub list (the API's `sort`), in the order the menu lists them. */
export const HUB_SORTS = ["relevance", "name", "-updated"] as const;
/** A sort order of the hub list. */
export type HubSort = (typeof HUB_SORTS)[number];

/** Hubs per page of the list. At or under the API's `pageSize` maximum (500). */
export const HUB_PAGE_SIZE = 20;

/** What the hub directory's URL says: the API's filters plus sort and page. Absent means "not filtered". */
export interface HubDirectoryFilters {
  /** Network slug; the first network when absent. */
  network?: string;
  q?: string;
  /** Hub type slug. */
  type?: string;
  /** Creative field slug. */
  field?: string;
  /** District name as the data spells it, e.g. "Hoàn Kiếm". */
  district?: string;
  /** Accessibility feature codes a hub must all have, sorted. */
  accessibility?: string[];
  sort?: HubSort;
  page: number;
}

/** The filters that pick hubs, without sort and page: what the map and the exports take. */
export type HubSelection = Omit<HubDirectoryFilters, "sort" | "page">;

// URL order of the parameters; stable so equal views have equal, shareable URLs.
const KEYS = ["network", "q", "type", "field", "district", "accessibility", "sort", "page"] as const;

// The bounds of contract/api/hubs.schema.ts, checked here so a hand-edited URL degrades to "no filter".
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUERY_LENGTH = 100;
const MAX_DISTRICT_LENGTH = 120;
const MAX_ACCESSIBILITY = 20;

function parseSlug(raw: string | null): string | undefined {
  const value = raw?.trim().toLowerCase();
  return value && SLUG.test(value) ? value : undefined;
}

/**
 * Reads the directory's filters from a query string; malformed values are dropped, so an old or mistyped shared
 * link still opens the directory.
 * @example parseHubFilters(new URLSearchParams("q=gom&accessibility=lift,step-free-entrance&page=2"))
 * // { q: "gom", accessibility: ["lift", "step-free-entrance"], page: 2 }
 */
export function parseHubFilters(params: URLSearchParams): HubDirectoryFilters {
  const filters: HubDirectoryFilters = { page: 1 };

  const network = parseSlug(params.get("network"));
  if (network) filters.network = network;

  const q = params.get("q")?.trim().normalize("NFC").slice(0, MAX_QUERY_LENGTH);
  if (q) filters.q = q;

  const type = parseSlug(params.get("type"));
  if (type) filters.type = type;
  const field = parseSlug(params.get("field"));
  if (field) filters.field = field;

  const district = params.get("district")?.trim().normalize("NFC");
  if (district && district.length <= MAX_DISTRICT_LENGTH) filters.district = district;

  const accessibility = [
    ...new Set(
      (params.get("accessibility") ?? "")
        .split(",")
        .map((code) => parseSlug(code))
        .filter((code): code is string => code !== undefined),
    ),
  ]
    .sort()
    .slice(0, MAX_ACCESSIBILITY);
  if (accessibility.length > 0) filters.accessibility = accessibility;

  const sort = params.get("sort");
  if (sort && (HUB_SORTS as readonly string[]).includes(sort)) filters.sort = sort as HubSort;

  const page = params.get("page");
  if (page && /^\d+$/.test(page) && Number(page) >= 1) filters.page = Math.min(Number(page), 100_000);

  return filters;
}

/**
 * Writes filters as a query string in a fixed order, leaving out what is unset and page 1.
 * @example serializeHubFilters({ accessibility: ["lift"], q: "gốm", page: 1 }) // "q=g%E1%BB%91m&accessibility=lift"
 */
export function serializeHubFilters(filters: Partial<HubDirectoryFilters>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value === undefined || value === "") continue;
    if (key === "page" && value === 1) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, [...value].sort().join(","));
      continue;
    }
    params.set(key, String(value));
  }
  return params.toString();
}

/**
 * Applies a change from a control. Any change of what is selected or how it is sorted returns to page 1.
 * @param patch keys to set; `undefined` (or an empty list) clears a filter.
 */
export function updateHubFilters(
  current: HubDirectoryFilters,
  patch: Partial<HubDirectoryFilters>,
): HubDirectoryFilters {
  const next: HubDirectoryFilters = { ...current, ...patch, page: patch.page ?? 1 };
  if (next.accessibility) next.accessibility = [...new Set(next.accessibility)].sort();
  for (const key of KEYS) {
    const value = next[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  }
  return next;
}

/** The part of the filters that selects hubs; the map and the exports are keyed on it. */
export function hubSelection(filters: HubDirectoryFilters): HubSelection {
  const { sort: _sort, page: _page, ...selection } = filters;
  return selection;
}

/** How many filters narrow the selection (the query included; the network is a scope, not a filter). */
export function countActiveHubFilters(filters: HubDirectoryFilters): number {
  const { q, type, field, district, accessibility } = filters;
  return [q, type, field, district].filter((value) => value !== undefined).length + (accessibility?.length ?? 0);
}

/** The sort the API applies: relevance when there is a query, name otherwise, unless one was chosen. */
export function effectiveHubSort(filters: HubDirectoryFilters): HubSort {
  if (filters.sort && (filters.sort !== "relevance" || filters.q)) return filters.sort;
  return filters.q ? "relevance" : "name";
}

/**
 * The API's query parameters for a selection in a network: the accessibility list as the API's comma list.
 * @param network the network to search, the URL's or the default one.
 */
export function hubQueryParams(selection: HubSelection, network: string): QueryParams {
  return {
    network,
    q: selection.q,
    type: selection.type,
    field: selection.field,
    district: selection.district,
    accessibility: selection.accessibility?.join(","),
  };
}
