/** What the audit log's URL says: the filters the API supports, and the page. */
export interface AuditFilters {
  /** `hub`, `application`, `network`, `user`, `hub_type`, `assessment_round`, … */
  entityType?: string;
  entityId?: string;
  /** The person who acted, by e-mail address. */
  actorEmail?: string;
  /** An exact action (`hub.create`) or a family ending in a dot (`network.role.`). */
  action?: string;
  /** First day, `YYYY-MM-DD`. */
  from?: string;
  /** Last day, `YYYY-MM-DD` (included). */
  to?: string;
  page: number;
}

/** Entries per page of the audit table. */
export const AUDIT_PAGE_SIZE = 25;

/** Kinds of entity the audit log records, for the filter's choices; the API takes any value. */
export const AUDIT_ENTITY_TYPES = [
  "hub",
  "application",
  "network",
  "user",
  "hub_type",
  "assessment_framework",
  "assessment_round",
] as const;

/** Families of actions, for the filter's choices (prefixes ending in a dot). */
export const AUDIT_ACTION_FAMILIES = [
  "hub.",
  "hub.photo.",
  "hub-type.",
  "application.",
  "application.document.",
  "membership.",
  "network.role.",
  "framework.",
  "round.",
] as const;

const TEXT_KEYS = ["entityType", "entityId", "actorEmail", "action"] as const;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/**
 * Reads the audit filters from a URL; malformed dates and pages are dropped.
 * @example parseAuditFilters(new URLSearchParams("action=hub.&from=2026-11-01&page=2"))
 *   // { action: "hub.", from: "2026-11-01", page: 2 }
 */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { page: 1 };
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value.slice(0, key === "actorEmail" ? 254 : 100);
  }
  for (const key of ["from", "to"] as const) {
    const value = params.get(key);
    if (value && isDate(value)) filters[key] = value;
  }
  const page = params.get("page");
  if (page && /^\d+$/.test(page) && Number(page) >= 1) filters.page = Math.min(Number(page), 100_000);
  return filters;
}

/**
 * Writes the filters as a query string (page 1 left out), after the fixed parameters given, e.g. the page's tab.
 * @example serializeAuditFilters({ actorEmail: "lan@example.vn", page: 1 }, { tab: "audit" })
 *   // "tab=audit&actorEmail=lan%40example.vn"
 */
export function serializeAuditFilters(filters: AuditFilters, fixed: Record<string, string> = {}): string {
  const params = new URLSearchParams(fixed);
  for (const key of [...TEXT_KEYS, "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page > 1) params.set("page", String(filters.page));
  return params.toString();
}

/** Whether a `to` day comes before the `from` day (the form says so before asking the server). */
export const rangeIsReversed = (filters: Pick<AuditFilters, "from" | "to">) =>
  !!filters.from && !!filters.to && filters.to < filters.from;

/**
 * The fields that differ between an entry's before and after, with both values, for the expanded row. Values
 * are JSON text; a field absent on one side shows as undefined there.
 */
export function auditChanges(
  before: unknown,
  after: unknown,
  changed: string[],
): { field: string; before: string | undefined; after: string | undefined }[] {
  const side = (value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const b = side(before);
  const a = side(after);
  const show = (record: Record<string, unknown> | undefined, field: string) =>
    record && field in record ? JSON.stringify(record[field], null, 2) : undefined;
  return changed.map((field) => ({ field, before: show(b, field), after: show(a, field) }));
}
