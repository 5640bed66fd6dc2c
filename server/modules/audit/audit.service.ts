import { sql } from "drizzle-orm";
import { type Db, rows } from "../../db/client.ts";
import type { Actor } from "../../http/actor.ts";

/** One audit entry: who did what to which entity, with the state before and after. */
export type AuditEntry = {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId: string;
  networkId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** A stored entry as the API shows it. */
export type AuditView = {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  networkId: string | null;
  before: unknown;
  after: unknown;
  changed: string[];
};

/** Filters of the audit query. */
export type AuditQuery = {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  /** The actor's e-mail address, lower case. */
  actorEmail?: string;
  networkIds?: string[];
  /** Exact action, or a prefix when it ends with a dot. */
  action?: string;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries strictly before this instant. */
  to?: Date;
  page: number;
  pageSize: number;
};

/**
 * The instants a date filter means: `from` a date is its start (UTC), `to` a date is the start of the next day, so
 * `from=2026-11-23&to=2026-11-23` is that whole day. Date-times are taken as they are.
 */
export function auditBounds(from?: string, to?: string): { from?: Date; to?: Date } {
  const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  const start = (s: string) => new Date(isDate(s) ? `${s}T00:00:00Z` : s);
  const end = (s: string) => {
    if (!isDate(s)) return new Date(s);
    const d = start(s);
    d.setUTCDate(d.getUTCDate() + 1);
    return d;
  };
  return { from: from ? start(from) : undefined, to: to ? end(to) : undefined };
}

/** Names of the top-level fields that differ between before and after. */
function changedFields(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .sort();
}

/** The append-only audit trail (the table refuses UPDATE, DELETE and TRUNCATE). Call `record` inside the write's transaction. */
export function auditService(db: Db) {
  return {
    /** Appends an entry; runs in the caller's transaction so the entry and the write commit or fail together. */
    record: (e: AuditEntry) =>
      db.execute(sql`INSERT INTO audit_log (actor_id, action, entity_type, entity_id, network_id, before, after)
        VALUES (${e.actor?.userId ?? null}, ${e.action}, ${e.entityType}, ${e.entityId}, ${e.networkId ?? null},
                ${e.before === undefined ? null : JSON.stringify(e.before)}::jsonb,
                ${e.after === undefined ? null : JSON.stringify(e.after)}::jsonb)`),

    /** A page of entries, newest first. `networkIds` limits to those networks (network administrators). */
    async list(q: AuditQuery): Promise<{ items: AuditView[]; total: number }> {
      const where = [sql`TRUE`];
      if (q.entityType) where.push(sql`a.entity_type = ${q.entityType}`);
      if (q.entityId) where.push(sql`a.entity_id = ${q.entityId}`);
      if (q.actorId) where.push(sql`a.actor_id = ${q.actorId}`);
      if (q.actorEmail) where.push(sql`u.email = ${q.actorEmail}`);
      if (q.action?.endsWith(".")) where.push(sql`starts_with(a.action, ${q.action})`);
      else if (q.action) where.push(sql`a.action = ${q.action}`);
      if (q.from) where.push(sql`a.at >= ${q.from.toISOString()}::timestamptz`);
      if (q.to) where.push(sql`a.at < ${q.to.toISOString()}::timestamptz`);
      if (q.networkIds) {
        if (q.networkIds.length === 0) return { items: [], total: 0 };
        where.push(
          sql`a.network_id IN (${sql.join(
            q.networkIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        );
      }
      const r = await rows<Omit<AuditView, "changed" | "at"> & { at: Date; total: number }>(
        db,
        sql`SELECT a.id::int AS id, a.at, a.actor_id AS "actorId", u.name AS "actorName", a.action, a.entity_type AS "entityType",
              a.entity_id AS "entityId", a.network_id AS "networkId", a.before, a.after, count(*) OVER ()::int AS total
            FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
            WHERE ${sql.join(where, sql` AND `)} ORDER BY a.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      );
      return {
        total: r[0]?.total ?? 0,
        items: r.map(({ total: _t, at, ...e }) => ({
          ...e,
          at: new Date(at).toISOString(),
          changed: changedFields(e.before, e.after),
        })),
      };
    },
  };
}

/** The service's type. */
export type AuditService = ReturnType<typeof auditService>;
