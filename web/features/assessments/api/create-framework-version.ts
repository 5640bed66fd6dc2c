import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FrameworkView } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** `POST /api/frameworks/{id}/versions`: a new, unlocked version copied from this one. */
export const createFrameworkVersion = (id: string) =>
  apiSend<FrameworkView>("POST", `/frameworks/${encodeURIComponent(id)}/versions`);

/** Copies a (locked) framework into a new version. */
export function useCreateFrameworkVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFrameworkVersion,
    onSuccess: async (framework) => {
      queryClient.setQueryData(assessmentKeys.framework(framework.id), framework);
      await queryClient.invalidateQueries({ queryKey: ["assessments", "frameworks"] });
    },
  });
}
