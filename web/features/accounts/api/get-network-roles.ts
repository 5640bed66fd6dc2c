import { queryOptions, useQuery } from "@tanstack/react-query";
import type { NetworkPeople } from "../../../../contract/api/accounts.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** One person holding one role in a network. */
export type NetworkPerson = NetworkPeople["items"][number];

/** Cache keys of a network's roles, shared with the mutations that change them. */
export const networkRoleKeys = {
  all: ["accounts", "roles"] as const,
  network: (network: string) => ["accounts", "roles", network] as const,
};

/** `GET /api/networks/{network}/roles`: everyone holding a role in the network (its administrators only). */
export const getNetworkRoles = (network: string, signal?: AbortSignal) =>
  apiGet<NetworkPeople>(`/networks/${encodeURIComponent(network)}/roles`, undefined, signal);

/** Query options for the people holding roles in a network. */
export const getNetworkRolesQueryOptions = (network: string) =>
  queryOptions({
    queryKey: networkRoleKeys.network(network),
    queryFn: ({ signal }) => getNetworkRoles(network, signal),
  });

/** The people holding roles in a network. */
export const useNetworkRoles = (network: string) => useQuery(getNetworkRolesQueryOptions(network));
