import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { CityFacets } from "../../../../contract/api/cities.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import type { CitySelection } from "../utils/city-filters.ts";

/** `GET /api/cities/facets`: counts per field, region, country and year for the current selection. */
export const getCityFacets = (selection: CitySelection, signal?: AbortSignal) =>
  apiGet<CityFacets>("/cities/facets", { ...selection }, signal);

/** Query options for facet counts; sort and page do not change them, so they are not in the key. */
export const getCityFacetsQueryOptions = (selection: CitySelection) =>
  queryOptions({
    queryKey: ["cities", "facets", selection],
    queryFn: ({ signal }) => getCityFacets(selection, signal),
    placeholderData: keepPreviousData,
  });

/** Facet counts for the current selection. */
export const useCityFacets = (selection: CitySelection) => useQuery(getCityFacetsQueryOptions(selection));
