import { queryOptions, useQuery } from "@tanstack/react-query";
import type { HubManagerView, HubView } from "../../../../contract/api/hubs.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** Cache keys of hubs, shared by the queries and the mutations that refresh them. */
export const hubKeys = {
  all: ["hubs"] as const,
  detail: (idOrSlug: string) => ["hubs", "detail", idOrSlug] as const,
  history: (id: string) => ["hubs", "history", id] as const,
  photos: (idOrSlug: string) => ["hubs", idOrSlug, "photos"] as const,
};

/** Whether the API answered with the managers' view (contacts, `canEdit`) rather than the public profile. */
export const isManagerView = (hub: HubView | HubManagerView): hub is HubManagerView => "contacts" in hub;

/**
 * `GET /api/hubs/{idOrSlug}`: the public profile, or for the hub's managers and the network's administrators the
 * profile with its private contacts. A hub that is not a member is 404 for everyone else.
 */
export const getHub = (idOrSlug: string, signal?: AbortSignal) =>
  apiGet<HubView | HubManagerView>(`/hubs/${encodeURIComponent(idOrSlug)}`, undefined, signal);

/** Query options for one hub. */
export const getHubQueryOptions = (idOrSlug: string) =>
  queryOptions({ queryKey: hubKeys.detail(idOrSlug), queryFn: ({ signal }) => getHub(idOrSlug, signal) });

/** One hub by id, public id or slug; an unknown or hidden one fails with `not_found`. */
export const useHub = (idOrSlug: string) => useQuery(getHubQueryOptions(idOrSlug));
