import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** `GET /api/applications/{id}`: answers, the network's questions and the whole history of states. */
export const getApplication = (id: string, signal?: AbortSignal) =>
  apiGet<ApplicationView>(`/applications/${encodeURIComponent(id)}`, undefined, signal);

/** Query options for one application; refreshed on focus, since the other side may have moved it. */
export const getApplicationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: membershipKeys.detail(id),
    queryFn: ({ signal }) => getApplication(id, signal),
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  });

/** One application, for its applicant and the network's reviewers; others get `not_found`. */
export const useApplication = (id: string) => useQuery(getApplicationQueryOptions(id));
