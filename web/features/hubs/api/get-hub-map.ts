import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { HubMap } from "../../../../contract/api/hubs.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { type HubSelection, hubQueryParams } from "../utils/hub-filters.ts";

/** The map's markers: every matching member hub with a point (up to the API's limit), public fields only. */
export type { HubMap, HubMapPoint } from "../../../../contract/api/hubs.schema.ts";

/** `GET /api/hubs/map`: the markers of a selection in one light response, whatever page the list is on. */
export const getHubMap = (selection: HubSelection, network: string, signal?: AbortSignal) =>
  apiGet<HubMap>("/hubs/map", hubQueryParams(selection, network), signal);

/** Query options for the map's markers; keyed on the selection alone, so paging the list does not refetch them. */
export const getHubMapQueryOptions = (selection: HubSelection, network: string) =>
  queryOptions({
    queryKey: ["hubs", "map", network, selection],
    queryFn: ({ signal }) => getHubMap(selection, network, signal),
    placeholderData: keepPreviousData,
  });

/** The markers for the current selection of a network. */
export const useHubMap = (selection: HubSelection, network: string | undefined) =>
  useQuery({ ...getHubMapQueryOptions(selection, network ?? ""), enabled: network !== undefined });
