import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { QuestionView } from "../../../../contract/api/membership.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** A membership question of a network, in both languages. */
export type Question = z.infer<typeof QuestionView>;

/** `GET /api/networks/{slug}/questions` (public: applicants read them before applying). */
export const getQuestions = (network: string, signal?: AbortSignal) =>
  apiGet<{ items: Question[] }>(`/networks/${encodeURIComponent(network)}/questions`, undefined, signal);

/** Query options for a network's questions. */
export const getQuestionsQueryOptions = (network: string) =>
  queryOptions({ queryKey: membershipKeys.questions(network), queryFn: ({ signal }) => getQuestions(network, signal) });

/** A network's membership questions. */
export const useQuestions = (network: string) => useQuery(getQuestionsQueryOptions(network));
