import { iso } from "../../../contract/dates.ts";
import type { Db } from "../../db/client.ts";
import { type Actor, isNetworkAdmin, requireAccess, requireAllowed, signedInOrThrow } from "../../http/actor.ts";
import { ConflictError, ValidationError } from "../../http/errors.ts";
import { auditService } from "../audit/audit.service.ts";
import { canDeclareConflict, canReadConflicts, canReadRound, canRunRounds } from "./assessments.policy.ts";
import { assessmentsRepository } from "./assessments.repository.ts";

/**
 * Stores a conflict of interest between an assessor and a hub, for every round of the network, with its audit entry,
 * in one transaction. `context` adds to the entry where it was declared from (the round) and, when an administrator
 * declares it for the assessor, by whom.
 */
export async function recordConflict(
  db: Db,
  actor: Actor,
  conflict: { networkId: string; hubId: string; userId: string; reason: string | null },
  context: { roundId: string; declaredBy?: string },
): Promise<void> {
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await assessmentsRepository(tx).declareConflict(
      conflict.networkId,
      conflict.hubId,
      conflict.userId,
      conflict.reason,
    );
    await auditService(tx).record({
      actor,
      action: "assessor.conflict.declare",
      entityType: "hub",
      entityId: conflict.hubId,
      networkId: conflict.networkId,
      before: null,
      after: { userId: conflict.userId, reason: conflict.reason, ...context },
    });
  });
}

/**
 * Assessors' declared conflicts of interest with the hubs of a round: the list, and an administrator's declaration
 * on an assessor's behalf (an assessor's own declaration is in rounds.service.ts).
 */
export function conflictsService(db: Db) {
  const repo = assessmentsRepository(db);

  async function visible(actor: Actor | null, roundId: string) {
    const row = await repo.round(roundId);
    const hubs = row ? await repo.roundHubs(roundId) : [];
    const hubIds = hubs.map((h) => h.id);
    return { round: requireAccess(row, (r) => canReadRound(actor, r, hubIds), "round"), hubIds };
  }

  return {
    /**
     * The conflicts declared with the round's hubs, for those who may see the round: every one for the network's
     * administrators (to choose assessors), the caller's own for an assessor, none for anyone else.
     */
    async list(actor: Actor | null, roundId: string) {
      const { round, hubIds } = await visible(actor, roundId);
      const canDeclare = canDeclareConflict(actor, round.networkId);
      if (!actor || !canReadConflicts(actor, round.networkId)) return { canDeclare, items: [] };
      const own = isNetworkAdmin(actor, round.networkId) ? null : actor.userId;
      const items = await repo.conflicts(round.networkId, hubIds, own);
      return { canDeclare, items: items.map((c) => ({ ...c, createdAt: iso(c.createdAt) })) };
    },

    /**
     * An administrator records an assessor's conflict (told by mail, at a meeting…); like the assessor's own, it holds
     * for every round of the network. Refused for someone who is not an assessor of the network or who is already
     * assigned to the hub in this round.
     */
    async declareFor(
      actor: Actor | null,
      roundId: string,
      body: { hubId: string; userId: string; reason: string | null },
    ) {
      const { round, hubIds } = await visible(actor, roundId);
      requireAllowed(
        actor,
        canRunRounds(actor, round.networkId),
        "Only the network's administrators declare a conflict for an assessor",
      );
      const a = signedInOrThrow(actor);
      if (!hubIds.includes(body.hubId))
        throw ValidationError([{ path: "body.hubId", message: "is not a hub of this round" }]);
      if (!(await repo.isNetworkAssessor(round.networkId, body.userId)))
        throw ValidationError([{ path: "body.userId", message: "is not an assessor of this network" }]);
      if ((await repo.assessors(roundId)).some((x) => x.hubId === body.hubId && x.userId === body.userId))
        throw ConflictError("This assessor is already assigned to this hub in this round", [
          { path: "body.userId", message: "is assigned to this hub" },
        ]);
      await recordConflict(
        db,
        a,
        { networkId: round.networkId, hubId: body.hubId, userId: body.userId, reason: body.reason },
        { roundId, declaredBy: a.userId },
      );
    },
  };
}
