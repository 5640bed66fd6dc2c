import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiUpload } from "../../../lib/api-client.ts";
import type { RoundHub } from "./get-round-hub.ts";
import { assessmentKeys } from "./keys.ts";

/** The server's limit for an evidence file (server/modules/assessments/evidence-files.ts); change both together. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Evidence types the server accepts (it checks the content too). */
export const EVIDENCE_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/vnd.oasis.opendocument.presentation",
] as const;
/** The file picker's `accept`: types and extensions. */
export const EVIDENCE_ACCEPT = [
  ...EVIDENCE_TYPES,
  ".pdf",
  ".png",
  ".jpg",
  ".jpeg",
  ".gif",
  ".webp",
  ".doc",
  ".docx",
  ".xls",
  ".xlsx",
  ".ppt",
  ".pptx",
  ".odt",
  ".ods",
  ".odp",
].join(",");

/** What attaching a file sends: the round, the hub, the indicator it supports and the file. */
export type UploadEvidenceInput = { roundId: string; hubId: string; indicator: string; file: File };

/** `POST /api/rounds/{id}/hubs/{hubId}/evidence` (multipart `file` and `indicator`), the hub's managers. */
export const uploadEvidence = ({ roundId, hubId, indicator, file }: UploadEvidenceInput) => {
  const form = new FormData();
  form.set("indicator", indicator);
  form.set("file", file);
  return apiUpload<RoundHub>(`/rounds/${encodeURIComponent(roundId)}/hubs/${encodeURIComponent(hubId)}/evidence`, form);
};

/**
 * Attaches an evidence file. Only the answer's evidence list is taken into the cache, so the values being typed in
 * the self-assessment form are kept (adding a file does not change the submission).
 */
export function useUploadEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadEvidence,
    onSuccess: (hub, { roundId, hubId }) =>
      queryClient.setQueryData<RoundHub>(assessmentKeys.roundHub(roundId, hubId), (cached) =>
        cached ? { ...cached, evidence: hub.evidence } : hub,
      ),
  });
}
