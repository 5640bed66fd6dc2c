import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { apiSend } from "../../../lib/api-client.ts";
import { membershipKeys } from "./keys.ts";

/** Which document to delete, and the application's version the page shows. */
export interface DeleteApplicationDocumentInput {
  id: string;
  documentId: string;
  version: number;
}

/**
 * `DELETE /api/applications/{id}/documents/{documentId}?version=…`, while the application can be edited. A stale
 * version answers 409 and nothing is deleted.
 */
export const deleteApplicationDocument = ({ id, documentId, version }: DeleteApplicationDocumentInput) =>
  apiSend<ApplicationView>(
    "DELETE",
    `/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(documentId)}?version=${encodeURIComponent(version)}`,
  );

/**
 * Deletes a document. Only the answer's document list is taken into the cache, so answers being typed meanwhile
 * are not replaced (deleting a document does not change the application's version).
 */
export function useDeleteApplicationDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApplicationDocument,
    onSuccess: (application) =>
      queryClient.setQueryData<ApplicationView>(membershipKeys.detail(application.id), (cached) =>
        cached ? { ...cached, documents: application.documents } : application,
      ),
  });
}
