import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiSend } from "../../../lib/api-client.ts";

/** Which photo to delete, and the hub's version the page shows. */
export interface DeleteHubPhotoInput {
  hubId: string;
  photoId: string;
  version: number;
}

/**
 * `DELETE /api/hubs/{id}/photos/{photoId}?version=…`: the image and its thumbnail go. A stale hub version answers
 * 409 and nothing is deleted; a photo already gone answers 404.
 */
export const deleteHubPhoto = ({ hubId, photoId, version }: DeleteHubPhotoInput) =>
  apiSend<void>(
    "DELETE",
    `/hubs/${encodeURIComponent(hubId)}/photos/${encodeURIComponent(photoId)}?version=${encodeURIComponent(version)}`,
  );

/** Deletes a photo; the hub's photo lists and the hub itself (its version) are refetched whatever the answer. */
export function useDeleteHubPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteHubPhoto,
    onSettled: () =>
      queryClient.invalidateQueries({
        predicate: (query) =>
          query.queryKey[0] === "hubs" && (query.queryKey[2] === "photos" || query.queryKey[1] === "detail"),
      }),
  });
}
