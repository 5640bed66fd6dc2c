import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { CityPage } from "../../../../contract/api/cities.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { CITY_PAGE_SIZE, type CityDirectoryFilters } from "../utils/city-filters.ts";

/** `GET /api/cities`: one page of the directory for the given filters, sort and page. */
export const getCities = (filters: CityDirectoryFilters, signal?: AbortSignal) =>
  apiGet<CityPage>("/cities", { ...filters, pageSize: CITY_PAGE_SIZE }, signal);

/** Query options for a directory page; the key holds every filter, so each view is cached on its own. */
export const getCitiesQueryOptions = (filters: CityDirectoryFilters) =>
  queryOptions({
    queryKey: ["cities", "list", filters],
    queryFn: ({ signal }) => getCities(filters, signal),
    // Keep showing the previous page while the next one loads, instead of flashing a spinner on every click.
    placeholderData: keepPreviousData,
  });

/** The directory page for the current filters. */
export const useCities = (filters: CityDirectoryFilters) => useQuery(getCitiesQueryOptions(filters));
