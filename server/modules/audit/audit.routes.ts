import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuditPage } from "../../../contract/api/audit.schema.ts";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import { signedIn } from "../../http/actor.ts";
import { ForbiddenError, ValidationError } from "../../http/errors.ts";
import { auditScope } from "./audit.policy.ts";
import { type AuditService, auditBounds } from "./audit.service.ts";

const AuditQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.uuid({ error: "must be a UUID" }).optional(),
  /** The actor by e-mail address (case-insensitive), for people who know a colleague's address, not their id. */
  actorEmail: z.string().trim().toLowerCase().max(254).optional(),
  /** One network's entries (administrators still see only the networks they administer). */
  networkId: z.uuid({ error: "must be a UUID" }).optional(),
  /** Exact action, e.g. `hub.create`, or a prefix ending in a dot, e.g. `network.role.`. */
  action: z.string().max(100).optional(),
  /** Entries at or after this instant (a date `YYYY-MM-DD` means its start, UTC). */
  from: z.iso
    .datetime({ offset: true, error: "must be a date (YYYY-MM-DD) or an ISO date-time" })
    .or(z.iso.date({ error: "must be a date (YYYY-MM-DD) or an ISO date-time" }))
    .optional(),
  /** Entries before the end of this day (a date) or before this instant (a date-time). */
  to: z.iso
    .datetime({ offset: true, error: "must be a date (YYYY-MM-DD) or an ISO date-time" })
    .or(z.iso.date({ error: "must be a date (YYYY-MM-DD) or an ISO date-time" }))
    .optional(),
  page: z.coerce.number({ error: "must be a whole number" }).int().min(1, "must be 1 or more").default(1),
  pageSize: z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .min(1)
    .max(200, "must be 200 or less")
    .default(50),
});

/** The audit log, for platform administrators (everything) and network administrators (their networks). */
export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    "/audit",
    {
      schema: {
        tags: ["Audit"],
        summary: "Query the audit log",
        querystring: AuditQuery,
        response: { 200: AuditPage, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 500: ErrorBody },
      },
    },
    async (req) => {
      const scope = auditScope(signedIn(req));
      if (scope === "none") throw ForbiddenError("Only administrators may read the audit log");
      const q = req.query;
      const bounds = auditBounds(q.from, q.to);
      if (bounds.from && bounds.to && bounds.from >= bounds.to) {
        throw ValidationError([{ path: "to", message: "must not be before from" }]);
      }
      let networkIds = scope === "all" ? undefined : scope;
      if (q.networkId) networkIds = (networkIds ?? [q.networkId]).filter((id) => id === q.networkId);
      const r = await audit.list({
        entityType: q.entityType,
        entityId: q.entityId,
        actorId: q.actor,
        actorEmail: q.actorEmail || undefined,
        action: q.action,
        ...bounds,
        networkIds,
        page: req.query.page,
        pageSize: req.query.pageSize,
      });
      return { ...r, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
};
