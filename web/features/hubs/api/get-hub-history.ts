import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { AuditPage } from "../../../../contract/api/audit.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { hubKeys } from "./get-hub.ts";

/** A page of a hub's change history, newest first. */
export type HubHistoryPage = z.infer<typeof AuditPage>;
/** One change: who, when, what, with the profile before and after. */
export type HubHistoryEntry = HubHistoryPage["items"][number];

/** Changes per page of the history. */
export const HUB_HISTORY_PAGE_SIZE = 10;

/** `GET /api/hubs/{id}/history` (the hub's managers and the network's administrators). */
export const getHubHistory = (id: string, page: number, signal?: AbortSignal) =>
  apiGet<HubHistoryPage>(`/hubs/${encodeURIComponent(id)}/history`, { page, pageSize: HUB_HISTORY_PAGE_SIZE }, signal);

/** Query options for a page of the history. */
export const getHubHistoryQueryOptions = (id: string, page: number) =>
  queryOptions({
    queryKey: [...hubKeys.history(id), page],
    queryFn: ({ signal }) => getHubHistory(id, page, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** A page of a hub's history. */
export const useHubHistory = (id: string, page: number) => useQuery(getHubHistoryQueryOptions(id, page));
