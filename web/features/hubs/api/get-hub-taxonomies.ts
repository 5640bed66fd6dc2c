import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { HubTaxonomies as HubTaxonomiesSchema } from "../../../../contract/api/hubs.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** Hub types, accessibility features and the districts used in a network. */
export type HubTaxonomies = z.infer<typeof HubTaxonomiesSchema>;

/** `GET /api/hubs/taxonomies?network=…`. */
export const getHubTaxonomies = (network: string | undefined, signal?: AbortSignal) =>
  apiGet<HubTaxonomies>("/hubs/taxonomies", { network }, signal);

/** Query options for the taxonomies of a network's filters and forms. */
export const getHubTaxonomiesQueryOptions = (network: string | undefined) =>
  queryOptions({
    queryKey: ["hubs", "taxonomies", network ?? null],
    queryFn: ({ signal }) => getHubTaxonomies(network, signal),
    staleTime: 10 * 60_000,
  });

/** Types, accessibility features and districts for a network. */
export const useHubTaxonomies = (network: string | undefined) => useQuery(getHubTaxonomiesQueryOptions(network));
