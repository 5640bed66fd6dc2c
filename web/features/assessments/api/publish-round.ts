import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ResultsView } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** `POST /api/rounds/{id}/publish`: makes a closed round's results public; refused (409) while the round is open. */
export const publishRound = ({ id, version }: { id: string; version: number }) =>
  apiSend<ResultsView>("POST", `/rounds/${encodeURIComponent(id)}/publish`, { version });

/** Publishes a round; its results are cached and the round refetched. */
export function usePublishRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishRound,
    onSuccess: async (results) => {
      queryClient.setQueryData(assessmentKeys.results(results.roundId), results);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });
}
