import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CreateRoundBody, RoundView } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** What opening a round sends. */
export type OpenRoundInput = { network: string; body: z.input<typeof CreateRoundBody> };

/** `POST /api/networks/{slug}/rounds` (the network's administrators). */
export const openRound = ({ network, body }: OpenRoundInput) =>
  apiSend<RoundView>("POST", `/networks/${encodeURIComponent(network)}/rounds`, body);

/** Opens a round and caches it. */
export function useOpenRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openRound,
    onSuccess: async (round, { network }) => {
      queryClient.setQueryData(assessmentKeys.round(round.id), round);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.rounds(network) });
    },
  });
}
