/** Sections of a network's administration page, in the order of its tabs. */
export const ADMIN_TABS = ["roles", "questions", "hub-types", "audit"] as const;
/** A section of the administration page. */
export type AdminTab = (typeof ADMIN_TABS)[number];

/**
 * A network's administration page, e.g. `/networks/hanoi/admin?tab=audit`. (Kept here until `lib/paths.ts`, which
 * the other routes use, takes it over; change together with `router.tsx`.)
 */
export const networkAdminPath = (network: string, tab?: AdminTab) =>
  `/networks/${encodeURIComponent(network)}/admin${tab && tab !== "roles" ? `?tab=${tab}` : ""}`;

/** The tab a query string asks for; the first one when absent or unknown. */
export const adminTabOf = (value: string | null): AdminTab =>
  (ADMIN_TABS as readonly string[]).includes(value ?? "") ? (value as AdminTab) : "roles";

/** The networks a person administers, by slug; platform administrators get `fallback` (they administer all). */
export function administeredNetworks(
  me: { isPlatformAdmin: boolean; networkRoles: { networkSlug: string; role: string }[] } | null | undefined,
  fallback = "hanoi",
): string[] {
  if (!me) return [];
  const slugs = [...new Set(me.networkRoles.filter((r) => r.role === "admin").map((r) => r.networkSlug))];
  if (me.isPlatformAdmin && !slugs.includes(fallback)) slugs.unshift(fallback);
  return slugs;
}
