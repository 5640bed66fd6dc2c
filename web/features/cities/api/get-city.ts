import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CityDetail } from "../../../../contract/api/cities.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** `GET /api/cities/{slug}`: a city with its designations and the nearest cities of the same field. */
export const getCity = (slug: string, signal?: AbortSignal) =>
  apiGet<CityDetail>(`/cities/${encodeURIComponent(slug)}`, undefined, signal);

/** Query options for a city page. */
export const getCityQueryOptions = (slug: string) =>
  queryOptions({ queryKey: ["cities", "detail", slug], queryFn: ({ signal }) => getCity(slug, signal) });

/** A city page's data; an unknown slug fails with an ApiError whose code is `not_found`. */
export const useCity = (slug: string) => useQuery(getCityQueryOptions(slug));
