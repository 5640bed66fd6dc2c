import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** A reviewer's decision. */
export type Decision = "accept" | "request-changes" | "reject";

/** What a decision sends: the reason is required, and the applicant reads it. */
export interface DecideApplicationInput {
  id: string;
  decision: Decision;
  reason: string;
  /** The version the reviewer looked at; a change meanwhile answers 409. */
  version: number;
}

/** `POST /api/applications/{id}/decision`. Acceptance makes the hub a member and public. */
export const decideApplication = ({ id, ...body }: DecideApplicationInput) =>
  apiSend<ApplicationView>("POST", `/applications/${encodeURIComponent(id)}/decision`, body);

/** Records a decision; the queue is refreshed. */
export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApplication,
    onSuccess: async (application) => {
      queryClient.setQueryData(membershipKeys.detail(application.id), application);
      await queryClient.invalidateQueries({ queryKey: membershipKeys.lists() });
    },
  });
}
