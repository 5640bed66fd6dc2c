import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { ApplicationPage as ApplicationPageSchema } from "../../../../contract/api/membership.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** A page of applications (without answers and history). */
export type ApplicationPage = z.infer<typeof ApplicationPageSchema>;
/** One application in a list. */
export type ApplicationSummary = ApplicationPage["items"][number];

/** Parameters of `GET /api/applications`. */
export interface ApplicationListParams {
  network?: string;
  status?: string;
  /** The person's own applications, even when they also review. */
  mine?: boolean;
  page?: number;
  pageSize?: number;
}

/**
 * `GET /api/applications`: for network administrators the reviewer queue (never drafts); for everyone else, or
 * with `mine`, their own applications.
 */
export const getApplications = (params: ApplicationListParams, signal?: AbortSignal) =>
  apiGet<ApplicationPage>(
    "/applications",
    {
      network: params.network,
      status: params.status,
      mine: params.mine ? "true" : undefined,
      page: params.page,
      pageSize: params.pageSize,
    },
    signal,
  );

/** Query options for a list of applications. */
export const getApplicationsQueryOptions = (params: ApplicationListParams) =>
  queryOptions({
    queryKey: membershipKeys.list({ ...params }),
    queryFn: ({ signal }) => getApplications(params, signal),
    placeholderData: keepPreviousData,
    // Applications move while the page is open (a reviewer decides); a minute-old queue is stale.
    staleTime: 30_000,
  });

/** A list of applications: the reviewer queue, or the person's own with `mine`. */
export const useApplications = (params: ApplicationListParams) => useQuery(getApplicationsQueryOptions(params));
