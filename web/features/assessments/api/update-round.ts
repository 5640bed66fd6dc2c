import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RoundView, UpdateRoundInput } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/**
 * `PATCH /api/rounds/{id}`: changes an open round's name, deadlines, spread or tiers (administrators). Fields left
 * out keep their value; a stale version is a 409.
 */
export const updateRound = ({ id, body }: { id: string; body: UpdateRoundInput }) =>
  apiSend<RoundView>("PATCH", `/rounds/${encodeURIComponent(id)}`, body);

/** Saves a round's settings; the round is cached and the lists refreshed. */
export function useUpdateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRound,
    onSuccess: async (round) => {
      queryClient.setQueryData(assessmentKeys.round(round.id), round);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.rounds(round.networkId) });
    },
  });
}
