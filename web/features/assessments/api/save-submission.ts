import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { SubmissionBody } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import type { RoundHub } from "./get-round-hub.ts";
import { assessmentKeys } from "./keys.ts";

/** Which submission: the hub's self-assessment (its managers) or the caller's scores (an assigned assessor). */
export type SubmissionKind = "self-assessment" | "scores";

/** What saving a submission sends. */
export type SaveSubmissionInput = {
  roundId: string;
  hubId: string;
  kind: SubmissionKind;
  body: z.input<typeof SubmissionBody>;
};

/**
 * `PUT /api/rounds/{id}/hubs/{hubId}/self-assessment` or `…/scores`. Every bad value is named (400) and nothing is
 * saved; a stale version is a 409.
 */
export const saveSubmission = ({ roundId, hubId, kind, body }: SaveSubmissionInput) =>
  apiSend<RoundHub>("PUT", `/rounds/${encodeURIComponent(roundId)}/hubs/${encodeURIComponent(hubId)}/${kind}`, body);

/** Saves a submission; the hub's view and the round's progress are refreshed. */
export function useSaveSubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSubmission,
    onSuccess: async (hub, { roundId, hubId }) => {
      queryClient.setQueryData(assessmentKeys.roundHub(roundId, hubId), hub);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.round(roundId), exact: true });
    },
  });
}
