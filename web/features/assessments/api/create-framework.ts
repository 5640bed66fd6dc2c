import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CreateFrameworkBody, FrameworkView } from "../../../../contract/api/assessments.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** What creating a framework sends: its names and a whole, valid tree. */
export type CreateFrameworkInput = { network: string; body: z.input<typeof CreateFrameworkBody> };

/**
 * `POST /api/networks/{slug}/frameworks` (the network's administrators): version 1 of a new framework. The tree
 * is checked as a whole; every element at fault is named (400) and nothing is saved.
 */
export const createFramework = ({ network, body }: CreateFrameworkInput) =>
  apiSend<FrameworkView>("POST", `/networks/${encodeURIComponent(network)}/frameworks`, body);

/** Creates a framework, caches it and refreshes the network's list. */
export function useCreateFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFramework,
    onSuccess: async (framework, { network }) => {
      queryClient.setQueryData(assessmentKeys.framework(framework.id), framework);
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.frameworks(network) });
    },
  });
}
