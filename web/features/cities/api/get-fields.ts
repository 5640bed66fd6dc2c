import { queryOptions, useQuery } from "@tanstack/react-query";
import type { FieldList } from "../../../../contract/api/cities.schema.ts";
import { apiGet } from "../../../lib/api-client.ts";

/** `GET /api/fields`: the creative fields, in the API's order, with member counts. */
export const getFields = (signal?: AbortSignal) => apiGet<FieldList>("/fields", undefined, signal);

/** Query options for the field list; it changes only when UNESCO adds a field. */
export const getFieldsQueryOptions = () =>
  queryOptions({ queryKey: ["fields"], queryFn: ({ signal }) => getFields(signal), staleTime: 60 * 60_000 });

/** The creative fields (map legend, chart series). */
export const useFields = () => useQuery(getFieldsQueryOptions());
