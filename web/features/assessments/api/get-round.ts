import { queryOptions, useQuery } from "@tanstack/react-query";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** `GET /api/rounds/{id}`: the round with its hubs, their assessors, progress and flags. */
export const getRound = (id: string, signal?: AbortSignal) =>
  apiGet<RoundView>(`/rounds/${encodeURIComponent(id)}`, undefined, signal);

/** Query options for one round. */
export const getRoundQueryOptions = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.round(id), queryFn: ({ signal }) => getRound(id, signal) });

/** One assessment round. */
export const useRound = (id: string) => useQuery(getRoundQueryOptions(id));
