import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { RoundHubView } from "../../../../contract/api/assessments.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** A hub's submissions in a round. */
export type RoundHub = z.infer<typeof RoundHubView>;

/** `GET /api/rounds/{id}/hubs/{hubId}`: self-assessment with evidence, assessors' scores, consolidation, flags. */
export const getRoundHub = (id: string, hubId: string, signal?: AbortSignal) =>
  apiGet<RoundHub>(`/rounds/${encodeURIComponent(id)}/hubs/${encodeURIComponent(hubId)}`, undefined, signal);

/** Query options for a hub's submissions. */
export const getRoundHubQueryOptions = (id: string, hubId: string) =>
  queryOptions({
    queryKey: assessmentKeys.roundHub(id, hubId),
    queryFn: ({ signal }) => getRoundHub(id, hubId, signal),
  });

/** A hub's submissions in a round, as the caller may see them. */
export const useRoundHub = (id: string, hubId: string) => useQuery(getRoundHubQueryOptions(id, hubId));
