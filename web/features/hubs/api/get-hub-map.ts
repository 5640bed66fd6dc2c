import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { HubMap } from "../../../../contract/api/hubs.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import type { MapViewport } from "../../../ui/map-view.tsx";
import { type HubSelection, hubQueryParams } from "../utils/hub-filters.ts";

/** The map's markers: every matching member hub with a point (up to the API's limit), public fields only. */
export type { HubMap, HubMapCluster, HubMapPoint } from "../../../../contract/api/hubs.schema.ts";

/**
 * What the map asks for: the whole selection at a starting zoom (`bbox` absent), or, once the answer was too big to
 * send as markers, the view on screen.
 */
export type HubMapView = { zoom: number; bbox?: MapViewport["bbox"] };

/**
 * `GET /api/hubs/map`: the markers of a selection in one light response, whatever page the list is on; with a zoom,
 * a crowded view comes back as clusters.
 */
export const getHubMap = (selection: HubSelection, network: string, view: HubMapView, signal?: AbortSignal) =>
  apiGet<HubMap>(
    "/hubs/map",
    { ...hubQueryParams(selection, network), zoom: String(view.zoom), bbox: view.bbox?.join(",") },
    signal,
  );

/** Query options for the map's markers; keyed on the selection and view alone, so paging the list does not refetch. */
export const getHubMapQueryOptions = (selection: HubSelection, network: string, view: HubMapView) =>
  queryOptions({
    queryKey: ["hubs", "map", network, selection, view],
    queryFn: ({ signal }) => getHubMap(selection, network, view, signal),
    placeholderData: keepPreviousData,
  });

/** The markers for the current selection of a network and the map's view. */
export const useHubMap = (selection: HubSelection, network: string | undefined, view: HubMapView) =>
  useQuery({ ...getHubMapQueryOptions(selection, network ?? "", view), enabled: network !== undefined });
