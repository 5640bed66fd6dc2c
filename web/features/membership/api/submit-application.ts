import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** `POST /api/applications/{id}/submit`: sends the application to the network's reviewers. */
export const submitApplication = ({ id, version }: { id: string; version: number }) =>
  apiSend<ApplicationView>("POST", `/applications/${encodeURIComponent(id)}/submit`, { version });

/** Submits an application; the lists that show its state are refreshed. */
export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: async (application) => {
      queryClient.setQueryData(membershipKeys.detail(application.id), application);
      await queryClient.invalidateQueries({ queryKey: membershipKeys.lists() });
    },
  });
}
