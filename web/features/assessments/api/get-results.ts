import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ResultsView } from "../../../../contract/api/assessments.schema.ts";
import { apiGet, apiUrl } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** `GET /api/rounds/{id}/results`: public once published; a preview for administrators, own hubs for managers. */
export const getResults = (id: string, signal?: AbortSignal) =>
  apiGet<ResultsView>(`/rounds/${encodeURIComponent(id)}/results`, undefined, signal);

/** Where the results download as CSV. */
export const resultsCsvUrl = (id: string) => apiUrl(`/rounds/${encodeURIComponent(id)}/results.csv`);

/** Query options for a round's results. */
export const getResultsQueryOptions = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.results(id), queryFn: ({ signal }) => getResults(id, signal) });

/** A round's results, as the caller may see them. */
export const useResults = (id: string) => useQuery(getResultsQueryOptions(id));
