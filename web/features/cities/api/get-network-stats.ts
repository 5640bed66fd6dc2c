import { queryOptions, useQuery } from "@tanstack/react-query";
import type { NetworkStats } from "../../../../contract/api/cities.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** `GET /api/stats/network`: the network's growth per designation year, by field. */
export const getNetworkStats = (signal?: AbortSignal) => apiGet<NetworkStats>("/stats/network", undefined, signal);

/** Query options for the network statistics. */
export const getNetworkStatsQueryOptions = () =>
  queryOptions({ queryKey: ["stats", "network"], queryFn: ({ signal }) => getNetworkStats(signal) });

/** Growth of the whole network, for the chart and the directory's introduction. */
export const useNetworkStats = () => useQuery(getNetworkStatsQueryOptions());
