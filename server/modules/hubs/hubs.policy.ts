import { type Actor, isNetworkAdmin, managesHub } from "../../http/actor.ts";
import type { HubRow } from "./hubs.repository.ts";

/** Anyone may read a member hub's public profile; other statuses only its managers and the network's administrators. */
export const canReadHub = (actor: Actor | null, hub: Pick<HubRow, "id" | "networkId" | "status">) =>
  hub.status === "member" || managesHub(actor, hub.id) || isNetworkAdmin(actor, hub.networkId);

/** Contacts and history: the hub's managers and the network's administrators. */
export const canReadHubPrivate = (actor: Actor | null, hub: Pick<HubRow, "id" | "networkId">) =>
  managesHub(actor, hub.id) || isNetworkAdmin(actor, hub.networkId);

/** Editing the profile: the hub's managers (unless the hub is closed) and the network's administrators. */
export const canEditHub = (actor: Actor | null, hub: Pick<HubRow, "id" | "networkId" | "status">) =>
  isNetworkAdmin(actor, hub.networkId) || (managesHub(actor, hub.id) && hub.status !== "closed");

/** Changing a hub's status (suspend, close, reinstate): the network's administrators only. */
export const canChangeHubStatus = (actor: Actor | null, hub: Pick<HubRow, "networkId">) =>
  isNetworkAdmin(actor, hub.networkId);

/** Listing hubs that are not members: the network's administrators. */
export const canListAllStatuses = (actor: Actor | null, networkId: string | undefined) =>
  !!actor && (actor.isPlatformAdmin || (networkId !== undefined && isNetworkAdmin(actor, networkId)));

/** Creating a hub profile: any signed-in person (an organisation or company that wants to join). */
export const canCreateHub = (actor: Actor | null) => actor !== null;
