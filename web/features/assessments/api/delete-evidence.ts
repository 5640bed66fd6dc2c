import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";
import type { RoundHub } from "./get-round-hub.ts";
import { assessmentKeys } from "./keys.ts";

/** Where an evidence file is downloaded (the hub's managers, its assessors and the administrators may). */
export const evidenceUrl = (roundId: string, hubId: string, fileId: string) =>
  `/api/rounds/${encodeURIComponent(roundId)}/hubs/${encodeURIComponent(hubId)}/evidence/${encodeURIComponent(fileId)}`;

/** `DELETE /api/rounds/{id}/hubs/{hubId}/evidence/{fileId}`: the hub's managers, while the round is open. */
export const deleteEvidence = ({ roundId, hubId, fileId }: { roundId: string; hubId: string; fileId: string }) =>
  apiSend<void>("DELETE", evidenceUrl(roundId, hubId, fileId).slice("/api".length));

/** Removes an evidence file and drops it from the cached hub. */
export function useDeleteEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvidence,
    onSuccess: (_none, { roundId, hubId, fileId }) =>
      queryClient.setQueryData<RoundHub>(assessmentKeys.roundHub(roundId, hubId), (cached) =>
        cached ? { ...cached, evidence: cached.evidence.filter((f) => f.id !== fileId) } : cached,
      ),
  });
}
