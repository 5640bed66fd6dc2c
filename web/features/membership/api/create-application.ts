import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** What starting an application sends. */
export interface CreateApplicationInput {
  hubId: string;
  answers?: Record<string, string>;
}

/** `POST /api/applications`: a draft for a hub the person manages; 409 if the hub already has an open one. */
export const createApplication = ({ hubId, answers = {} }: CreateApplicationInput) =>
  apiSend<ApplicationView>("POST", "/applications", { hubId, answers });

/** Starts an application; the draft is cached so its page opens at once. */
export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApplication,
    onSuccess: async (application) => {
      queryClient.setQueryData(membershipKeys.detail(application.id), application);
      await queryClient.invalidateQueries({ queryKey: membershipKeys.lists() });
    },
  });
}
