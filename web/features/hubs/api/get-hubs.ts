import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { HubPage as HubPageSchema } from "../../../../contract/api/hubs.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { HUB_PAGE_SIZE, type HubDirectoryFilters, hubQueryParams, hubSelection } from "../utils/hub-filters.ts";

/** A page of member hubs. */
export type HubPage = z.infer<typeof HubPageSchema>;

/** `GET /api/hubs`: one page of a network's member hubs for the given filters, sort and page. */
export const getHubs = (filters: HubDirectoryFilters, network: string, signal?: AbortSignal) =>
  apiGet<HubPage>(
    "/hubs",
    {
      ...hubQueryParams(hubSelection(filters), network),
      sort: filters.sort,
      page: filters.page,
      pageSize: HUB_PAGE_SIZE,
    },
    signal,
  );

/** Query options for a page of hubs; the key holds every filter, so each view is cached on its own. */
export const getHubsQueryOptions = (filters: HubDirectoryFilters, network: string) =>
  queryOptions({
    queryKey: ["hubs", "list", network, filters],
    queryFn: ({ signal }) => getHubs(filters, network, signal),
    // Keep the previous page on screen while the next one loads, instead of a spinner on every click.
    placeholderData: keepPreviousData,
  });

/** The hub list for the current filters of a network. */
export const useHubs = (filters: HubDirectoryFilters, network: string | undefined) =>
  useQuery({ ...getHubsQueryOptions(filters, network ?? ""), enabled: network !== undefined });
