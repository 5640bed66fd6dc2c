import { queryOptions, useQuery } from "@tanstack/react-query";
import type { QuestionList } from "../../../../contract/api/membership.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/**
 * `GET /api/networks/{slug}/questions` read for editing: the questions and the list's `version`, which a save of
 * the whole list sends back. Shares its cache entry with the applicants' view of the same questions.
 */
export const getQuestionList = (network: string, signal?: AbortSignal) =>
  apiGet<QuestionList>(`/networks/${encodeURIComponent(network)}/questions`, undefined, signal);

/** Query options for a network's questions with their version. */
export const getQuestionListQueryOptions = (network: string) =>
  queryOptions({
    queryKey: membershipKeys.questions(network),
    queryFn: ({ signal }) => getQuestionList(network, signal),
  });

/** A network's questions with the version of the list. */
export const useQuestionList = (network: string) => useQuery(getQuestionListQueryOptions(network));
