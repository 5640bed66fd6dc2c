import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  type HubDirectoryFilters,
  parseHubFilters,
  serializeHubFilters,
  updateHubFilters,
} from "../utils/hub-filters.ts";

/**
 * The hub directory's filters, kept in the URL so a view can be shared and back/forward step through searches.
 * @returns the current filters, a setter that merges a change (back to page 1 unless a page is given), and
 * `searchFor`, the query string (`?…` or empty) of a changed view, for links such as the pagination.
 */
export function useHubFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseHubFilters(searchParams), [searchParams]);

  const setFilters = useCallback(
    (patch: Partial<HubDirectoryFilters>) => {
      // flushSync, as in the cities directory: a controlled checkbox or menu must show the new value at once.
      setSearchParams(serializeHubFilters(updateHubFilters(filters, patch)), { flushSync: true });
    },
    [filters, setSearchParams],
  );

  const searchFor = useCallback(
    (patch: Partial<HubDirectoryFilters>) => {
      const search = serializeHubFilters(updateHubFilters(filters, patch));
      return search ? `?${search}` : "";
    },
    [filters],
  );

  return { filters, setFilters, searchFor };
}
