import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** `POST /api/applications/{id}/review`: a reviewer takes a submitted application into review. */
export const reviewApplication = (id: string) =>
  apiSend<ApplicationView>("POST", `/applications/${encodeURIComponent(id)}/review`);

/** Takes an application into review; the queue is refreshed. */
export function useReviewApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewApplication,
    onSuccess: async (application) => {
      queryClient.setQueryData(membershipKeys.detail(application.id), application);
      await queryClient.invalidateQueries({ queryKey: membershipKeys.lists() });
    },
  });
}
