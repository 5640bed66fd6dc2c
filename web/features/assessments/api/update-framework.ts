import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { FrameworkView, UpdateFrameworkBody } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** What an edit sends: the whole framework again with the version it is based on. */
export type UpdateFrameworkInput = { id: string; body: z.input<typeof UpdateFrameworkBody> };

/**
 * `PATCH /api/frameworks/{id}`. The tree is checked as a whole: every element at fault is named (400) and nothing
 * is saved; a stale version or a locked framework is a 409.
 */
export const updateFramework = ({ id, body }: UpdateFrameworkInput) =>
  apiSend<FrameworkView>("PATCH", `/frameworks/${encodeURIComponent(id)}`, body);

/** Saves a framework edit and puts the saved version in the cache. */
export function useUpdateFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFramework,
    onSuccess: async (framework) => {
      queryClient.setQueryData(assessmentKeys.framework(framework.id), framework);
      await queryClient.invalidateQueries({ queryKey: ["assessments", "frameworks"] });
    },
  });
}
