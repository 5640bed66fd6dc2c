import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { fileProblem, formatFileSize } from "../../../lib/file-checks.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { FormField } from "../../../ui/form-field.tsx";
import { useDeleteApplicationDocument } from "../api/delete-application-document.ts";
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_TYPES,
  useUploadApplicationDocument,
} from "../api/upload-application-document.ts";

/** Props of ApplicationDocuments. */
export interface ApplicationDocumentsProps {
  application: ApplicationView;
  /** Offers the upload form (the applicant, while the application can be edited). */
  canAdd: boolean;
}

function DocumentUpload({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const upload = useUploadApplicationDocument();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const maxSize = formatFileSize(DOCUMENT_MAX_BYTES, language);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    setDone(false);
    if (!file) return setProblem(t("membership.documents.choose"));
    const found = fileProblem(file, DOCUMENT_MAX_BYTES, DOCUMENT_TYPES);
    if (found) return setProblem(t(`membership.documents.problems.${found}`, { max: maxSize }));
    setProblem(undefined);
    upload.mutate(
      { id: applicationId, file },
      {
        onSuccess: () => {
          setFile(undefined);
          setDone(true);
          if (input.current) input.current.value = "";
        },
      },
    );
  };

  let serverProblem: string | undefined;
  if (upload.error instanceof ApiError) {
    if (upload.error.status === 413) serverProblem = t("membership.documents.problems.tooLarge", { max: maxSize });
    else if (upload.error.status === 415) serverProblem = t("membership.documents.problems.wrongType");
    else if (upload.error.code === "network_error") serverProblem = t("ui.error.network");
    else serverProblem = upload.error.message;
  }

  return (
    <form className="document-upload" noValidate onSubmit={submit} aria-busy={upload.isPending || undefined}>
      <FormField
        label={t("membership.documents.file")}
        id={fileId}
        hint={t("membership.documents.hint", { max: maxSize })}
        error={problem ?? serverProblem}
      >
        {(control) => (
          <input
            {...control}
            ref={input}
            className="input"
            type="file"
            accept={DOCUMENT_TYPES.join(",")}
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setProblem(undefined);
              setDone(false);
              upload.reset();
            }}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={upload.isPending || undefined}>
          {upload.isPending ? t("membership.documents.uploading") : t("membership.documents.upload")}
        </button>
        <span role="status">{done ? t("membership.documents.done") : ""}</span>
      </div>
    </form>
  );
}

/**
 * An application's supporting documents, each a download link; the applicant can attach more, and delete them
 * (after a confirmation), while the application can still be edited (the server checks each file's content: PDF,
 * PNG or JPEG). A delete carries the application's version: if it changed meanwhile, the applicant is asked to
 * reload.
 */
export function ApplicationDocuments({ application, canAdd }: ApplicationDocumentsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const remove = useDeleteApplicationDocument();
  const [removed, setRemoved] = useState<string>();
  const onDelete = (document: { id: string; filename: string }) => {
    if (remove.isPending) return;
    if (!window.confirm(t("membership.documents.confirmDelete", { name: document.filename }))) return;
    setRemoved(undefined);
    remove.mutate(
      { id: application.id, documentId: document.id, version: application.version },
      { onSuccess: () => setRemoved(t("membership.documents.deleted", { name: document.filename })) },
    );
  };
  let removeProblem: string | undefined;
  if (remove.error instanceof ApiError) {
    if (remove.error.status === 409) removeProblem = t("membership.documents.deleteConflict");
    else if (remove.error.status === 404) removeProblem = t("membership.documents.deleteGone");
    else if (remove.error.code === "network_error") removeProblem = t("ui.error.network");
    else removeProblem = remove.error.message;
  }
  return (
    <>
      {application.documents.length === 0 ? (
        <p className="hub-detail__muted">{t("membership.documents.none")}</p>
      ) : (
        <ul className="documents">
          {application.documents.map((document) => (
            <li key={document.id} className="documents__item">
              <a
                href={`/api/applications/${encodeURIComponent(application.id)}/documents/${encodeURIComponent(document.id)}`}
                download={document.filename}
              >
                {document.filename}
              </a>
              <span className="documents__meta">
                {formatFileSize(document.size, language)} · {formatDateTime(document.createdAt, language)}
              </span>
              {canAdd && (
                <button
                  type="button"
                  className="button button--link"
                  aria-disabled={remove.isPending || undefined}
                  onClick={() => onDelete(document)}
                >
                  {remove.isPending && remove.variables?.documentId === document.id
                    ? t("membership.documents.deleting")
                    : t("membership.documents.delete")}
                  <span className="visually-hidden"> {document.filename}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{removed ?? ""}</p>
      {removeProblem && (
        <p className="notice notice--error" role="alert">
          {removeProblem}
        </p>
      )}
      {canAdd && <DocumentUpload applicationId={application.id} />}
    </>
  );
}
