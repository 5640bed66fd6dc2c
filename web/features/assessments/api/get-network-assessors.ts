import { queryOptions, useQuery } from "@tanstack/react-query";
import type { NetworkPeople } from "../../../../contract/api/accounts.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** `GET /api/networks/{network}/roles?role=assessor`: the network's assessors (its administrators only). */
export const getNetworkAssessors = (network: string, signal?: AbortSignal) =>
  apiGet<NetworkPeople>(`/networks/${encodeURIComponent(network)}/roles`, { role: "assessor" }, signal);

/** Query options for a network's assessors. */
export const getNetworkAssessorsQueryOptions = (network: string) =>
  queryOptions({
    queryKey: ["assessments", "assessors", network],
    queryFn: ({ signal }) => getNetworkAssessors(network, signal),
  });

/** The assessors a round's administrator can assign. */
export const useNetworkAssessors = (network: string) => useQuery(getNetworkAssessorsQueryOptions(network));
