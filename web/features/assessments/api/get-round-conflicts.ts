import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ConflictList } from "../../../../contract/api/assessments.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** Cache key of a round's declared conflicts. */
export const roundConflictsKey = (roundId: string) => ["assessments", "round", roundId, "conflicts"] as const;

/**
 * `GET /api/rounds/{id}/conflicts`: every declared conflict for the network's administrators, the caller's own for
 * an assessor; 404 for anyone else.
 */
export const getRoundConflicts = (roundId: string, signal?: AbortSignal) =>
  apiGet<ConflictList>(`/rounds/${encodeURIComponent(roundId)}/conflicts`, undefined, signal);

/** Query options for a round's declared conflicts. */
export const getRoundConflictsQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: roundConflictsKey(roundId),
    queryFn: ({ signal }) => getRoundConflicts(roundId, signal),
    retry: false,
  });

/** A round's declared conflicts as the caller may see them. */
export const useRoundConflicts = (roundId: string, enabled = true) =>
  useQuery({ ...getRoundConflictsQueryOptions(roundId), enabled });
