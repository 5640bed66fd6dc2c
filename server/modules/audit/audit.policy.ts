import type { Actor } from "../../http/actor.ts";

/** What part of the audit log an actor may read: all of it, the networks they administer, or none. */
export function auditScope(actor: Actor): "all" | "none" | string[] {
  if (actor.isPlatformAdmin) return "all";
  const networks = actor.networkRoles.filter((r) => r.role === "admin").map((r) => r.networkId);
  return networks.length > 0 ? networks : "none";
}
