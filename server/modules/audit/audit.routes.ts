import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuditPage } from "../../../contract/api/audit.schema.ts";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import { signedIn } from "../../http/actor.ts";
import { ForbiddenError } from "../../http/errors.ts";
import { auditScope } from "./audit.policy.ts";
import type { AuditService } from "./audit.service.ts";

const AuditQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.uuid({ error: "must be a UUID" }).optional(),
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
      const r = await audit.list({
        entityType: req.query.entityType,
        entityId: req.query.entityId,
        actorId: req.query.actor,
        networkIds: scope === "all" ? undefined : scope,
        page: req.query.page,
        pageSize: req.query.pageSize,
      });
      return { ...r, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
};
