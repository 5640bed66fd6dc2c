import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";
import { setSessionHint } from "../utils/session-hint.ts";
import { ME_QUERY_KEY } from "./get-me.ts";

/** `POST /api/auth/logout`: revokes the session on the server and clears the cookie. */
export const logout = () => apiSend<void>("POST", "/auth/logout");

/**
 * Signs out. The whole cache is dropped, not just the person: it may hold private contacts and drafts, which the
 * next person at this browser must not see.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      setSessionHint(false);
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
