import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { NetworkList } from "../../../../contract/api/hubs.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** The networks of hubs, with their member counts. */
export type Networks = z.infer<typeof NetworkList>;
/** One network of hubs. */
export type Network = Networks["items"][number];

/** `GET /api/networks`. */
export const getNetworks = (signal?: AbortSignal) => apiGet<Networks>("/networks", undefined, signal);

/** Query options for the network list; networks are created rarely. */
export const getNetworksQueryOptions = () =>
  queryOptions({ queryKey: ["networks"], queryFn: ({ signal }) => getNetworks(signal), staleTime: 10 * 60_000 });

/** The networks of hubs (the directory's scope, the new-hub form's choice). */
export const useNetworks = () => useQuery(getNetworksQueryOptions());
