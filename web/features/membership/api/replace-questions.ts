import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { QuestionList, ReplaceQuestionsBody } from "../../../../contract/api/membership.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** What a save sends: the whole ordered list and the version it was edited from. */
export interface ReplaceQuestionsInput {
  network: string;
  body: z.input<typeof ReplaceQuestionsBody>;
}

/**
 * `PUT /api/networks/{slug}/questions` (the network's administrators). Questions keep their ids (answers stay
 * attached); those left out are retired. A stale `version` answers 409 and nothing is written.
 */
export const replaceQuestions = ({ network, body }: ReplaceQuestionsInput) =>
  apiSend<QuestionList>("PUT", `/networks/${encodeURIComponent(network)}/questions`, body);

/** Saves the list; the saved list replaces the cached one. */
export function useReplaceQuestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceQuestions,
    onSuccess: (list, { network }) => queryClient.setQueryData(membershipKeys.questions(network), list),
  });
}
