import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** Who to assign to which hub. */
export type AssignAssessorInput = { roundId: string; hubId: string; userId: string };

/** `POST /api/rounds/{id}/assessors`. A conflict (the assessor manages the hub or declared one) is a 409. */
export const assignAssessor = ({ roundId, hubId, userId }: AssignAssessorInput) =>
  apiSend<RoundView>("POST", `/rounds/${encodeURIComponent(roundId)}/assessors`, { hubId, userId });

/** Assigns an assessor; the answer is the updated round. */
export function useAssignAssessor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignAssessor,
    onSuccess: (round) => queryClient.setQueryData(assessmentKeys.round(round.id), round),
  });
}
