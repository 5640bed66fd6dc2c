import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";
import { roundConflictsKey } from "./get-round-conflicts.ts";

/** A declaration: the hub, why (optional), and for an administrator the assessor it is made for. */
export type DeclareConflictInput = { roundId: string; hubId: string; reason: string | null; userId?: string | null };

/**
 * `POST /api/rounds/{id}/conflicts`: the network's assessors for themselves, its administrators for an assessor
 * (`userId`). It holds for every round of the network; an assessor already assigned to the hub is refused (409).
 */
export const declareConflict = ({ roundId, hubId, reason, userId = null }: DeclareConflictInput) =>
  apiSend<null>("POST", `/rounds/${encodeURIComponent(roundId)}/conflicts`, { hubId, reason, userId });

/** Declares a conflict and refreshes the round's list of conflicts. */
export function useDeclareConflict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declareConflict,
    onSuccess: (_, { roundId }) => queryClient.invalidateQueries({ queryKey: roundConflictsKey(roundId) }),
  });
}
