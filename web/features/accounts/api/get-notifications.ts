import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { NotificationList } from "../../../../contract/api/accounts.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** The signed-in person's notifications, newest first, with the unread count. */
export type Notifications = z.infer<typeof NotificationList>;
/** One notification. */
export type NotificationItem = Notifications["items"][number];

/** Cache key of the inbox; marking one read refreshes it. */
export const NOTIFICATIONS_QUERY_KEY = ["notifications"] as const;

/** `GET /api/notifications`. */
export const getNotifications = (signal?: AbortSignal) => apiGet<Notifications>("/notifications", undefined, signal);

/**
 * Query options for the inbox. It is polled every minute while a page is open and refreshed when the window
 * gets focus, so a reviewer's decision reaches the applicant without a reload.
 */
export const getNotificationsQueryOptions = () =>
  queryOptions({
    queryKey: NOTIFICATIONS_QUERY_KEY,
    queryFn: ({ signal }) => getNotifications(signal),
    staleTime: 10_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });

/** The inbox; pass `enabled: false` for visitors, who have none. */
export const useNotifications = (enabled: boolean) => useQuery({ ...getNotificationsQueryOptions(), enabled });
