import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** A state change of a round: close (submissions stop, results for review) or reopen (back to open). */
export type RoundTransition = "close" | "reopen";

/**
 * `POST /api/rounds/{id}/close` or `…/reopen`, with the round's version. Closing is refused (409) while a hub has
 * fewer than two assessors who scored; a stale version is a 409.
 */
export const transitionRound = ({ id, version, action }: { id: string; version: number; action: RoundTransition }) =>
  apiSend<RoundView>("POST", `/rounds/${encodeURIComponent(id)}/${action}`, { version });

/** Closes or reopens a round; the round is cached and every assessment query refreshed (results changed). */
export function useTransitionRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionRound,
    onSuccess: async (round) => {
      queryClient.setQueryData(assessmentKeys.round(round.id), round);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });
}
