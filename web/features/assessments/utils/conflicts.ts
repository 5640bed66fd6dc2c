import type { ConflictList } from "../../../../contract/api/assessments.schema.ts";

/** One declared conflict as the API lists it. */
export type DeclaredConflict = ConflictList["items"][number];

/**
 * The conflict a person declared with a hub, if any, so the assessor picker can mark and refuse them before the
 * server does.
 * @example conflictWith(items, hubId, userId)?.reason // "advises the hub" (null when no reason was given)
 */
export function conflictWith(
  conflicts: DeclaredConflict[] | undefined,
  hubId: string,
  userId: string,
): DeclaredConflict | undefined {
  return conflicts?.find((c) => c.hubId === hubId && c.userId === userId);
}

/**
 * Conflicts grouped by hub in the round's order of hubs; hubs without any are left out.
 * @example conflictsByHub(items, round.hubs).map((g) => g.hub.id)
 */
export function conflictsByHub<H extends { id: string }>(
  conflicts: DeclaredConflict[],
  hubs: H[],
): { hub: H; conflicts: DeclaredConflict[] }[] {
  return hubs
    .map((hub) => ({ hub, conflicts: conflicts.filter((c) => c.hubId === hub.id) }))
    .filter((g) => g.conflicts.length > 0);
}
