import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { setSessionHint } from "../utils/session-hint.ts";
import { ME_QUERY_KEY } from "./get-me.ts";

/** What the sign-up form sends. */
export interface RegisterInput {
  name: string;
  email: string;
  password: string;
}

/** `POST /api/auth/register`: creates an account and signs it in. 409 when the e-mail is taken. */
export const register = (input: RegisterInput) => apiSend<MeView>("POST", "/auth/register", input);

/** Creates an account; on success the new person is signed in and in the cache. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: async (me) => {
      setSessionHint(true);
      queryClient.setQueryData(ME_QUERY_KEY, me);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    },
  });
}
