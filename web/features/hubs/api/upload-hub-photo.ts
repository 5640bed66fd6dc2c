import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiUpload } from "../../../lib/api-client.ts";
import type { HubPhoto } from "./get-hub-photos.ts";

/** The server's limit for a photo (server/modules/hubs/hub-photos.service.ts); change both together. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/** Image types the server accepts. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

/** What an upload sends. */
export interface UploadHubPhotoInput {
  hubId: string;
  file: File;
  caption?: string;
}

/** `POST /api/hubs/{id}/photos` (multipart `photo`, `caption`): checked, resized and stored by the server. */
export const uploadHubPhoto = ({ hubId, file, caption }: UploadHubPhotoInput) => {
  const form = new FormData();
  if (caption?.trim()) form.set("caption", caption.trim());
  form.set("photo", file);
  return apiUpload<HubPhoto>(`/hubs/${encodeURIComponent(hubId)}/photos`, form);
};

/** Uploads a photo; the hub's photo lists (by id and by slug) are refreshed. */
export function useUploadHubPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadHubPhoto,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[2] === "photos" }),
  });
}
