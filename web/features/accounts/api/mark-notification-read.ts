import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";
import { NOTIFICATIONS_QUERY_KEY } from "./get-notifications.ts";

/** `POST /api/notifications/{id}/read`. A notification already read answers 404, which changes nothing for us. */
export const markNotificationRead = (id: string) =>
  apiSend<void>("POST", `/notifications/${encodeURIComponent(id)}/read`);

/** Marks a notification read and refreshes the inbox and its count. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
