import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { FeatureCollection, Point } from "geojson";
import { apiGet, apiUrl } from "../../../lib/api-client.ts";
import type { CitySelection } from "../utils/city-filters.ts";

/** Formats of the open-data export. */
export type CityExportFormat = "csv" | "geojson";

/** Properties of a city in the GeoJSON export. */
export interface CityFeatureProperties {
  slug: string;
  name: string;
  /** Country name in English. */
  country: string;
  iso2: string;
  /** Region slug, e.g. `asia-and-the-pacific`. */
  region: string;
  /** Field slug of the first designation; colours the marker. */
  field: string;
  /** Field name in English. */
  fieldName: string;
  year: number;
}

/** The GeoJSON export: one Point per city that has coordinates. */
export type CityFeatureCollection = FeatureCollection<Point, CityFeatureProperties>;

/**
 * Link to `GET /api/cities/export` for the current selection, for the "Download CSV / GeoJSON" links.
 * @example cityExportUrl("csv", { field: "design" }) // "/api/cities/export?format=csv&field=design"
 */
export const cityExportUrl = (format: CityExportFormat, selection: CitySelection) =>
  apiUrl("/cities/export", { format, ...selection });

/** The GeoJSON export for a selection: every matching city in one response, which is what the map needs. */
export const getCitiesGeoJson = (selection: CitySelection, signal?: AbortSignal) =>
  apiGet<CityFeatureCollection>("/cities/export", { format: "geojson", ...selection }, signal);

/** Query options for the map's points. */
export const getCitiesGeoJsonQueryOptions = (selection: CitySelection) =>
  queryOptions({
    queryKey: ["cities", "geojson", selection],
    queryFn: ({ signal }) => getCitiesGeoJson(selection, signal),
    placeholderData: keepPreviousData,
  });

/** The cities on the map for the current selection. */
export const useCitiesGeoJson = (selection: CitySelection) => useQuery(getCitiesGeoJsonQueryOptions(selection));
