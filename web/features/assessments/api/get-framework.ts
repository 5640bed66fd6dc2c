import { queryOptions, useQuery } from "@tanstack/react-query";
import type { FrameworkView } from "../../../../contract/api/assessments.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";
import { assessmentKeys } from "./keys.ts";

/** `GET /api/frameworks/{id}`: one version with its tree. */
export const getFramework = (id: string, signal?: AbortSignal) =>
  apiGet<FrameworkView>(`/frameworks/${encodeURIComponent(id)}`, undefined, signal);

/** Query options for one framework version. */
export const getFrameworkQueryOptions = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.framework(id), queryFn: ({ signal }) => getFramework(id, signal) });

/** One framework version with its dimensions and indicators. */
export const useFramework = (id: string | undefined) =>
  useQuery({ ...getFrameworkQueryOptions(id ?? ""), enabled: !!id });
