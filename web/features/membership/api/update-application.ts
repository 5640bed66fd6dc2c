import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** What saving a draft sends: the version it edits and the whole set of answers. */
export interface UpdateApplicationInput {
  id: string;
  version: number;
  answers: Record<string, string>;
}

/** `PATCH /api/applications/{id}`: saves the answers of a draft or of an application sent back for changes. */
export const updateApplication = ({ id, version, answers }: UpdateApplicationInput) =>
  apiSend<ApplicationView>("PATCH", `/applications/${encodeURIComponent(id)}`, { version, answers });

/** Saves the answers; the saved application (new version) replaces the cached one. */
export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApplication,
    onSuccess: (application) => queryClient.setQueryData(membershipKeys.detail(application.id), application),
  });
}
