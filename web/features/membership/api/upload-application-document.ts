import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiUpload } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** The server's limit for a supporting document (membership.routes.ts); change both together. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Document types the server accepts (it checks the content too). */
export const DOCUMENT_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;

/** `POST /api/applications/{id}/documents` (multipart `document`), while the application can be edited. */
export const uploadApplicationDocument = ({ id, file }: { id: string; file: File }) => {
  const form = new FormData();
  form.set("document", file);
  return apiUpload<ApplicationView>(`/applications/${encodeURIComponent(id)}/documents`, form);
};

/**
 * Attaches a document. The answer is the whole application; only its document list is taken into the cache, so
 * answers being typed meanwhile are not replaced (adding a document does not change the application's version).
 */
export function useUploadApplicationDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadApplicationDocument,
    onSuccess: (application) =>
      queryClient.setQueryData<ApplicationView>(membershipKeys.detail(application.id), (cached) =>
        cached ? { ...cached, documents: application.documents } : application,
      ),
  });
}
