import { type Actor, isAssessor, isNetworkAdmin, managesHub } from "../../http/actor.ts";

/** Frameworks are public criteria: anyone may read them; the network's administrators write them. */
export const canEditFrameworks = (actor: Actor | null, networkId: string) => isNetworkAdmin(actor, networkId);

/** Opening rounds, assigning assessors, entering measured figures and publishing: the network's administrators. */
export const canRunRounds = (actor: Actor | null, networkId: string) => isNetworkAdmin(actor, networkId);

/**
 * Who may see a round: everyone once published; before that its network's administrators and assessors and the
 * managers of its hubs.
 */
export const canReadRound = (actor: Actor | null, r: { networkId: string; status: string }, hubIds: string[]) =>
  r.status === "published" ||
  isNetworkAdmin(actor, r.networkId) ||
  isAssessor(actor, r.networkId) ||
  hubIds.some((h) => managesHub(actor, h));

/** A hub's submissions and evidence: administrators, the hub's managers and its assigned assessors. */
export const canReadHubSubmissions = (
  actor: Actor | null,
  r: { networkId: string },
  hubId: string,
  assessorIds: string[],
) => isNetworkAdmin(actor, r.networkId) || managesHub(actor, hubId) || (!!actor && assessorIds.includes(actor.userId));

/** A self-assessment: the hub's managers, while the round is open. */
export const canSelfAssess = (actor: Actor | null, r: { status: string }, hubId: string) =>
  r.status === "open" && managesHub(actor, hubId);

/** Scores: an assessor assigned to that hub in that round, while it is open. */
export const canScore = (actor: Actor | null, r: { status: string }, assessorIds: string[]) =>
  r.status === "open" && !!actor && assessorIds.includes(actor.userId);

/** Declaring a conflict of interest: the network's assessors, for themselves. */
export const canDeclareConflict = (actor: Actor | null, networkId: string) => isAssessor(actor, networkId);

/** Evidence files of a self-assessment: added and removed by the hub's managers while the round is open. */
export const canEditEvidence = canSelfAssess;

/** Declared conflicts: the network's administrators see all of them, its assessors their own. */
export const canReadConflicts = (actor: Actor | null, networkId: string) =>
  isNetworkAdmin(actor, networkId) || isAssessor(actor, networkId);
