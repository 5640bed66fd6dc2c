import { type ChangeEvent, useRef, useState } from "react";
import type { EvidenceFile } from "../../../../contract/api/assessments.schema.ts";
import { fileProblem, formatFileSize } from "../../../lib/file-checks.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { evidenceUrl, useDeleteEvidence } from "../api/delete-evidence.ts";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, useUploadEvidence } from "../api/upload-evidence.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";

/** Props of EvidenceLinks. */
export interface EvidenceLinksProps {
  roundId: string;
  hubId: string;
  files: EvidenceFile[];
}

/** An indicator's evidence files as download links (for the hub's managers, its assessors and administrators). */
export function EvidenceLinks({ roundId, hubId, files }: EvidenceLinksProps) {
  const { language } = useLanguage();
  if (files.length === 0) return null;
  return (
    <ul className="evidence-files">
      {files.map((f) => (
        <li key={f.id}>
          <a className="submission-note" href={evidenceUrl(roundId, hubId, f.id)} download={f.filename}>
            {f.filename}
          </a>{" "}
          <span className="hub-detail__muted">({formatFileSize(f.size, language)})</span>
        </li>
      ))}
    </ul>
  );
}

/** Props of EvidenceEditor. */
export interface EvidenceEditorProps {
  roundId: string;
  hubId: string;
  /** The indicator's code and its name in the current language. */
  indicator: string;
  indicatorName: string;
  files: EvidenceFile[];
}

/**
 * A hub manager's evidence files for one indicator of the self-assessment: the files (links, each with a remove
 * button after a confirmation) and a file picker that uploads the chosen file at once. The type and size are
 * checked before uploading; the server checks the content again and its refusal is shown as it words it.
 */
export function EvidenceEditor({ roundId, hubId, indicator, indicatorName, files }: EvidenceEditorProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const upload = useUploadEvidence();
  const remove = useDeleteEvidence();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `evidence-${indicator}`;
  const error = problem ?? upload.error?.message ?? remove.error?.message;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    upload.reset();
    remove.reset();
    const found = fileProblem(file, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES);
    setProblem(
      found === "tooLarge"
        ? t("evidence.tooLarge", { size: formatFileSize(EVIDENCE_MAX_BYTES, language) })
        : found === "wrongType"
          ? t("evidence.wrongType")
          : null,
    );
    if (found) {
      event.target.value = "";
      return;
    }
    upload.mutate(
      { roundId, hubId, indicator, file },
      {
        onSettled: () => {
          if (input.current) input.current.value = "";
        },
      },
    );
  };

  return (
    <div className="form-field evidence-editor">
      {files.length > 0 && (
        <ul className="evidence-files" aria-label={t("evidence.listFor", { name: indicatorName })}>
          {files.map((f) => (
            <li key={f.id}>
              <a href={evidenceUrl(roundId, hubId, f.id)} download={f.filename}>
                {f.filename}
              </a>{" "}
              <span className="hub-detail__muted">({formatFileSize(f.size, language)})</span>{" "}
              <button
                type="button"
                className="button"
                disabled={remove.isPending}
                aria-label={t("evidence.removeNamed", { file: f.filename })}
                onClick={() => {
                  if (!window.confirm(t("evidence.confirmRemove", { file: f.filename }))) return;
                  upload.reset();
                  remove.mutate({ roundId, hubId, fileId: f.id });
                }}
              >
                {t("evidence.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="form-field__label">
        {t("evidence.attach", { name: indicatorName })}
      </label>
      <p id={`${id}-hint`} className="form-field__hint">
        {t("evidence.hint", { size: formatFileSize(EVIDENCE_MAX_BYTES, language) })}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        className="input"
        accept={EVIDENCE_ACCEPT}
        disabled={upload.isPending}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        aria-invalid={error ? true : undefined}
        onChange={choose}
      />
      {upload.isPending && (
        <p className="hub-detail__muted" role="status">
          {t("evidence.uploading")}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
