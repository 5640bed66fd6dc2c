import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CreateHubTypeBody, HubTypeView } from "../../../../contract/api/hubs.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";

/** A hub type as the taxonomy lists it. */
export type HubType = z.infer<typeof HubTypeView>;

/** `POST /api/hub-types` (platform administrators). A taken slug answers 409 naming `body.slug`. */
export const createHubType = (body: z.input<typeof CreateHubTypeBody>) => apiSend<HubType>("POST", "/hub-types", body);

/** Refetches every cached taxonomy (forms and filters of every network use the types). */
export const invalidateTaxonomies = (queryClient: ReturnType<typeof useQueryClient>) =>
  queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === "hubs" && query.queryKey[1] === "taxonomies",
  });

/** Adds a hub type; the taxonomies are refetched. */
export function useCreateHubType() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createHubType, onSuccess: () => invalidateTaxonomies(queryClient) });
}
