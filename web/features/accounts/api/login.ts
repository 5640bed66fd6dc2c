import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { setSessionHint } from "../utils/session-hint.ts";
import { ME_QUERY_KEY } from "./get-me.ts";

/** What the sign-in form sends. */
export interface LoginInput {
  email: string;
  password: string;
}

/** `POST /api/auth/login`: starts a session (the server sets the HTTP-only cookie). 401 wrong password, 429 too many tries. */
export const login = (input: LoginInput) => apiSend<MeView>("POST", "/auth/login", input);

/**
 * Signs in. On success the person is in the cache at once, and every other query is refetched, since what the
 * API shows (private contacts, non-member hubs) depends on who asks.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      setSessionHint(true);
      queryClient.setQueryData(ME_QUERY_KEY, me);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    },
  });
}
