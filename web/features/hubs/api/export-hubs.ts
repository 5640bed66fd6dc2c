import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { FeatureCollection, Point } from "geojson";
import { apiGet, apiUrl } from "../../../lib/api-client.ts";
import { type HubSelection, hubQueryParams } from "../utils/hub-filters.ts";

/** Formats of the open-data export. */
export type HubExportFormat = "csv" | "geojson";

/** Properties of a hub in the GeoJSON export (public fields only). */
export interface HubFeatureProperties {
  publicId: string;
  slug: string;
  nameVi: string | null;
  nameEn: string | null;
  /** Hub type slug. */
  type: string | null;
  fields: string[];
  district: string | null;
  address: string | null;
  accessibility: string[];
  website: string | null;
  status: string;
}

/** The GeoJSON export: one Point per member hub that has coordinates (RFC 7946). */
export type HubFeatureCollection = FeatureCollection<Point, HubFeatureProperties>;

/**
 * Link to `GET /api/hubs/export` for the current selection, for the "Download CSV / GeoJSON" links.
 * @example hubExportUrl("csv", { q: "gom" }, "hanoi") // "/api/hubs/export?format=csv&network=hanoi&q=gom"
 */
export const hubExportUrl = (format: HubExportFormat, selection: HubSelection, network: string) =>
  apiUrl("/hubs/export", { format, ...hubQueryParams(selection, network) });

/** The GeoJSON export for a selection: every matching hub with a point, in one response, which the map needs. */
export const getHubsGeoJson = (selection: HubSelection, network: string, signal?: AbortSignal) =>
  apiGet<HubFeatureCollection>("/hubs/export", { format: "geojson", ...hubQueryParams(selection, network) }, signal);

/** Query options for the map's points. */
export const getHubsGeoJsonQueryOptions = (selection: HubSelection, network: string) =>
  queryOptions({
    queryKey: ["hubs", "geojson", network, selection],
    queryFn: ({ signal }) => getHubsGeoJson(selection, network, signal),
    placeholderData: keepPreviousData,
  });

/** The hubs on the map for the current selection of a network. */
export const useHubsGeoJson = (selection: HubSelection, network: string | undefined) =>
  useQuery({ ...getHubsGeoJsonQueryOptions(selection, network ?? ""), enabled: network !== undefined });
