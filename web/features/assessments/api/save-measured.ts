import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";
import type { RoundHub } from "./get-round-hub.ts";
import { assessmentKeys } from "./keys.ts";

/** What saving measured figures sends: every figure (the submission is replaced) and the version it is based on. */
export type SaveMeasuredInput = {
  roundId: string;
  hubId: string;
  values: Record<string, { value: number; comment: string | null }>;
  version?: number;
};

/**
 * `PUT /api/rounds/{id}/hubs/{hubId}/measured` (the network's administrators, while the round is open). Every bad
 * value is named (400) and nothing is saved; a stale version is a 409.
 */
export const saveMeasured = ({ roundId, hubId, values, version }: SaveMeasuredInput) =>
  apiSend<RoundHub>("PUT", `/rounds/${encodeURIComponent(roundId)}/hubs/${encodeURIComponent(hubId)}/measured`, {
    values,
    version,
  });

/** Saves measured figures; the hub's view and the round's progress are refreshed. */
export function useSaveMeasured() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMeasured,
    onSuccess: async (hub, { roundId, hubId }) => {
      queryClient.setQueryData(assessmentKeys.roundHub(roundId, hubId), hub);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.round(roundId), exact: true });
    },
  });
}
