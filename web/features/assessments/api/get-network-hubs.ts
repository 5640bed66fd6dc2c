import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { HubPage } from "../../../../contract/api/hubs.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** A page of hubs as `GET /api/hubs` answers. */
export type NetworkHubs = z.infer<typeof HubPage>;

/** `GET /api/hubs?network=…&pageSize=500`: the network's member hubs by name, to choose a round's participants. */
export const getNetworkHubs = (network: string, signal?: AbortSignal) =>
  apiGet<NetworkHubs>("/hubs", { network, sort: "name", pageSize: 500 }, signal);

/** Query options for the member hubs of a network. */
export const getNetworkHubsQueryOptions = (network: string) =>
  queryOptions({
    queryKey: ["assessments", "hubs", network],
    queryFn: ({ signal }) => getNetworkHubs(network, signal),
  });

/** The member hubs of a network, for the round form. */
export const useNetworkHubs = (network: string, enabled: boolean) =>
  useQuery({ ...getNetworkHubsQueryOptions(network), enabled });
