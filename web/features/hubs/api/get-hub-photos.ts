import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiGet } from "../../../lib/api-client.ts";
import { hubKeys } from "./get-hub.ts";

/** A hub's photo: the resized image and its thumbnail, both served by the API. */
export interface HubPhoto {
  id: string;
  width: number;
  height: number;
  caption: string | null;
  url: string;
  thumbnailUrl: string;
}

/** `GET /api/hubs/{idOrSlug}/photos`: public for member hubs, like the hub itself. */
export const getHubPhotos = (idOrSlug: string, signal?: AbortSignal) =>
  apiGet<{ items: HubPhoto[] }>(`/hubs/${encodeURIComponent(idOrSlug)}/photos`, undefined, signal);

/** Query options for a hub's photos. */
export const getHubPhotosQueryOptions = (idOrSlug: string) =>
  queryOptions({ queryKey: hubKeys.photos(idOrSlug), queryFn: ({ signal }) => getHubPhotos(idOrSlug, signal) });

/** A hub's photos. */
export const useHubPhotos = (idOrSlug: string) => useQuery(getHubPhotosQueryOptions(idOrSlug));
