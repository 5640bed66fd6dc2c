import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CreateHubBody, HubManagerView } from "../../../../contract/api/hubs.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { hubKeys } from "./get-hub.ts";

/** `POST /api/hubs`: a new hub profile (status applicant), managed by its creator. */
export const createHub = (body: z.input<typeof CreateHubBody>) => apiSend<HubManagerView>("POST", "/hubs", body);

/** Creates a hub; the answer is cached under its id and slug, so its page opens without another request. */
export function useCreateHub() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createHub,
    onSuccess: (hub) => {
      queryClient.setQueryData(hubKeys.detail(hub.id), hub);
      queryClient.setQueryData(hubKeys.detail(hub.slug), hub);
    },
  });
}
