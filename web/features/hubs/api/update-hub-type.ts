import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { UpdateHubTypeBody } from "../../../../contract/api/hubs.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { type HubType, invalidateTaxonomies } from "./create-hub-type.ts";

/** What a rename sends: the type's slug (never changes) and its new names. */
export interface UpdateHubTypeInput {
  slug: string;
  body: z.input<typeof UpdateHubTypeBody>;
}

/** `PATCH /api/hub-types/{slug}` (platform administrators): new names; links and exports keep using the slug. */
export const updateHubType = ({ slug, body }: UpdateHubTypeInput) =>
  apiSend<HubType>("PATCH", `/hub-types/${encodeURIComponent(slug)}`, body);

/** Renames a hub type; the taxonomies are refetched (also after a failure, so a stale list is replaced). */
export function useUpdateHubType() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateHubType, onSettled: () => invalidateTaxonomies(queryClient) });
}
