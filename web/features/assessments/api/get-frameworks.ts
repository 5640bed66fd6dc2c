import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { FrameworkList } from "../../../../contract/api/assessments.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** A network's frameworks, every version, without their trees. */
export type Frameworks = z.infer<typeof FrameworkList>;

/** `GET /api/networks/{slug}/frameworks`. */
export const getFrameworks = (network: string, signal?: AbortSignal) =>
  apiGet<Frameworks>(`/networks/${encodeURIComponent(network)}/frameworks`, undefined, signal);

/** Query options for a network's frameworks. */
export const getFrameworksQueryOptions = (network: string) =>
  queryOptions({
    queryKey: assessmentKeys.frameworks(network),
    queryFn: ({ signal }) => getFrameworks(network, signal),
  });

/** A network's criteria frameworks (public). */
export const useFrameworks = (network: string) => useQuery(getFrameworksQueryOptions(network));
