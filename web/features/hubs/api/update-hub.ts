import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { HubManagerView, UpdateHubBody } from "../../../../contract/api/hubs.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { hubKeys } from "./get-hub.ts";

/** What an edit sends: the version it is based on and the changed fields. */
export type UpdateHubInput = { id: string; body: z.input<typeof UpdateHubBody> };

/** `PATCH /api/hubs/{id}`. A stale `version` answers 409 `conflict` and nothing is written. */
export const updateHub = ({ id, body }: UpdateHubInput) =>
  apiSend<HubManagerView>("PATCH", `/hubs/${encodeURIComponent(id)}`, body);

/**
 * Saves an edit. The saved hub replaces the cached one (by id and slug); lists, the map and the history are
 * refetched, since a changed name or point changes them too.
 */
export function useUpdateHub() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateHub,
    onSuccess: async (hub) => {
      queryClient.setQueryData(hubKeys.detail(hub.id), hub);
      queryClient.setQueryData(hubKeys.detail(hub.slug), hub);
      await queryClient.invalidateQueries({
        queryKey: hubKeys.all,
        predicate: (query) => query.queryKey[1] !== "detail",
      });
    },
  });
}
