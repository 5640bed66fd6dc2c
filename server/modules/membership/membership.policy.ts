import { type Actor, isNetworkAdmin, managesHub } from "../../http/actor.ts";
import type { ApplicationRow } from "./membership.repository.ts";

/** The applicant, the hub's managers and the network's administrators may read an application. */
export const canReadApplication = (
  actor: Actor | null,
  a: Pick<ApplicationRow, "applicantId" | "hubId" | "networkId">,
) => !!actor && (actor.userId === a.applicantId || managesHub(actor, a.hubId) || isNetworkAdmin(actor, a.networkId));

/** The applicant side may amend and submit while the ball is in its court. */
export const canEditApplication = (actor: Actor | null, a: Pick<ApplicationRow, "applicantId" | "hubId" | "status">) =>
  !!actor &&
  (actor.userId === a.applicantId || managesHub(actor, a.hubId)) &&
  (a.status === "draft" || a.status === "changes_requested");

/** Reviewing and deciding: the network's administrators. */
export const canDecide = (actor: Actor | null, a: Pick<ApplicationRow, "networkId">) =>
  isNetworkAdmin(actor, a.networkId);

/** Applying for a hub: its managers. */
export const canApplyFor = (actor: Actor | null, hubId: string) => managesHub(actor, hubId);
