import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  type CityDirectoryFilters,
  parseCityFilters,
  serializeCityFilters,
  updateCityFilters,
} from "../utils/city-filters.ts";

/**
 * The directory's filters, kept in the URL so a view can be shared and the browser's back and forward buttons
 * step through earlier searches.
 * @returns the current filters, a setter that merges a change (and returns to page 1 unless a page is given),
 * and `searchFor`, which builds the query string (`?…` or empty) of a changed view, for links such as the
 * pagination.
 */
export function useCityFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseCityFilters(searchParams), [searchParams]);

  const setFilters = useCallback(
    (patch: Partial<CityDirectoryFilters>) => {
      // Every change is a history entry: "back" undoes the last filter, as users expect from a search page.
      // flushSync: the router would otherwise apply the URL in a transition, and until then React puts the
      // controlled radio or menu back to its old value, so the control would seem to ignore the click.
      setSearchParams(serializeCityFilters(updateCityFilters(filters, patch)), { flushSync: true });
    },
    [filters, setSearchParams],
  );

  const searchFor = useCallback(
    (patch: Partial<CityDirectoryFilters>) => {
      const search = serializeCityFilters(updateCityFilters(filters, patch));
      return search ? `?${search}` : "";
    },
    [filters],
  );

  return { filters, setFilters, searchFor };
}
