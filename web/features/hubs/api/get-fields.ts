import { queryOptions, useQuery } from "@tanstack/react-query";
import type { FieldList } from "../../../../contract/api/cities.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** `GET /api/fields`: the creative fields (data, not a fixed list: Architecture joined in 2025). */
export const getFields = (signal?: AbortSignal) => apiGet<FieldList>("/fields", undefined, signal);

/** Query options for the field list; the same key as the directory's, so both share one cached answer. */
export const getFieldsQueryOptions = () =>
  queryOptions({ queryKey: ["fields"], queryFn: ({ signal }) => getFields(signal), staleTime: 60 * 60_000 });

/** The creative fields, for the hub filters and the hub form. */
export const useFields = () => useQuery(getFieldsQueryOptions());
