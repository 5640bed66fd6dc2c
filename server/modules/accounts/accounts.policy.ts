import { type Actor, isNetworkAdmin } from "../../http/actor.ts";

/** Who sees the people holding roles in a network: its administrators (platform administrators included). */
export const canSeeNetworkRoles = (actor: Actor | null, networkId: string) => isNetworkAdmin(actor, networkId);

/**
 * Who gives or takes away a role in a network: platform administrators for network administrators; the network's
 * administrators (platform administrators included) for its assessors.
 */
export const canManageNetworkRole = (actor: Actor | null, networkId: string, role: "admin" | "assessor") =>
  role === "admin" ? !!actor?.isPlatformAdmin : isNetworkAdmin(actor, networkId);
