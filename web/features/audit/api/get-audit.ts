import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { AuditPage } from "../../../../contract/api/audit.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import type { AuditFilters } from "../utils/audit-filters.ts";

/** A page of the audit log. */
export type AuditLogPage = z.infer<typeof AuditPage>;
/** One entry of the audit log. */
export type AuditEntry = AuditLogPage["items"][number];

/** `GET /api/audit`: platform administrators read everything, network administrators their networks' entries. */
export const getAudit = (filters: AuditFilters & { networkId?: string; pageSize?: number }, signal?: AbortSignal) =>
  apiGet<AuditLogPage>(
    "/audit",
    {
      networkId: filters.networkId,
      entityType: filters.entityType,
      entityId: filters.entityId,
      actorEmail: filters.actorEmail,
      action: filters.action,
      from: filters.from,
      to: filters.to,
      page: filters.page > 1 ? filters.page : undefined,
      pageSize: filters.pageSize,
    },
    signal,
  );

/** Query options for a page of the audit log; the previous page stays on screen while the next loads. */
export const getAuditQueryOptions = (filters: AuditFilters & { networkId?: string; pageSize?: number }) =>
  queryOptions({
    queryKey: ["audit", filters],
    queryFn: ({ signal }) => getAudit(filters, signal),
    placeholderData: keepPreviousData,
  });

/** A page of the audit log for the given filters. */
export const useAudit = (filters: AuditFilters & { networkId?: string; pageSize?: number }, enabled = true) =>
  useQuery({ ...getAuditQueryOptions(filters), enabled });
