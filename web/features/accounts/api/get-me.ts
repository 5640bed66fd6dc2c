import { queryOptions, useQuery } from "@tanstack/react-query";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import { ApiError, apiGet } from "../../../lib/api-client.ts";
import { hasSessionHint, setSessionHint } from "../utils/session-hint.ts";

/** Cache key of the signed-in person; sign-in and sign-out write it directly. */
export const ME_QUERY_KEY = ["auth", "me"] as const;

/**
 * `GET /api/auth/me`: the signed-in person with their roles and the hubs they manage, or null for a visitor.
 * A browser that never signed in is not asked (see session-hint.ts); a 401 means the session ended.
 */
export async function getMe(signal?: AbortSignal): Promise<MeView | null> {
  if (!hasSessionHint()) return null;
  try {
    return await apiGet<MeView>("/auth/me", undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setSessionHint(false);
      return null;
    }
    throw error;
  }
}

/** Query options for the signed-in person. Roles change rarely, but a granted role should show within a minute. */
export const getMeQueryOptions = () =>
  queryOptions({ queryKey: ME_QUERY_KEY, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });

/** The signed-in person (`data` is null for an anonymous visitor). */
export const useMe = () => useQuery(getMeQueryOptions());

/** Whether a person administers at least one network, or the whole platform: they get the reviewer queue. */
export const isReviewer = (me: MeView | null | undefined) =>
  !!me && (me.isPlatformAdmin || me.networkRoles.some((role) => role.role === "admin"));

/** Whether a person administers the given network (platform administrators administer all). */
export const administersNetwork = (me: MeView | null | undefined, networkSlug: string) =>
  !!me &&
  (me.isPlatformAdmin || me.networkRoles.some((role) => role.role === "admin" && role.networkSlug === networkSlug));

/** Whether a person administers the network with this id (platform administrators administer all). */
export const administersNetworkId = (me: MeView | null | undefined, networkId: string) =>
  !!me && (me.isPlatformAdmin || me.networkRoles.some((role) => role.role === "admin" && role.networkId === networkId));
