import { z } from "zod";

/** A page of audit entries (the shape of GET /api/audit). */
export const AuditPage = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      actorId: z.string().nullable(),
      actorName: z.string().nullable(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string(),
      networkId: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
      changed: z.array(z.string()),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
