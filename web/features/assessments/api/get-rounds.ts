import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { RoundList } from "../../../../contract/api/assessments.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** A network's rounds visible to the caller. */
export type Rounds = z.infer<typeof RoundList>;

/** `GET /api/networks/{slug}/rounds`: published rounds for everyone, open ones for those taking part. */
export const getRounds = (network: string, signal?: AbortSignal) =>
  apiGet<Rounds>(`/networks/${encodeURIComponent(network)}/rounds`, undefined, signal);

/** Query options for a network's rounds. */
export const getRoundsQueryOptions = (network: string) =>
  queryOptions({ queryKey: assessmentKeys.rounds(network), queryFn: ({ signal }) => getRounds(network, signal) });

/** A network's assessment rounds. */
export const useRounds = (network: string) => useQuery(getRoundsQueryOptions(network));
