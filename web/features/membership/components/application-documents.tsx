import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { formatFileSize } from "../../../lib/file-checks.ts";
import { writeProblem } from "../../../lib/form-errors.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { useFileChoice } from "../../../lib/use-file-choice.ts";
import { ErrorNotice } from "../../../ui/error-notice.tsx";
import { FileField } from "../../../ui/file-field.tsx";
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
  const maxSize = formatFileSize(DOCUMENT_MAX_BYTES, language);
  const choice = useFileChoice(
    { maxBytes: DOCUMENT_MAX_BYTES, types: DOCUMENT_TYPES },
    {
      choose: t("membership.documents.choose"),
      problem: (found) => t(`membership.documents.problems.${found}`, { max: maxSize }),
    },
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const file = choice.checked();
    if (!file) return;
    upload.mutate({ id: applicationId, file }, { onSuccess: () => choice.uploaded() });
  };

  const serverProblem = writeProblem(upload.error, t, {
    413: t("membership.documents.problems.tooLarge", { max: maxSize }),
    415: t("membership.documents.problems.wrongType"),
  });

  return (
    <form className="document-upload" noValidate onSubmit={submit} aria-busy={upload.isPending || undefined}>
      <FileField
        label={t("membership.documents.file")}
        hint={t("membership.documents.hint", { max: maxSize })}
        error={choice.problem ?? serverProblem}
        accept={DOCUMENT_TYPES}
        inputRef={choice.input}
        onChange={(event) => {
          choice.choose(event);
          upload.reset();
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={upload.isPending || undefined}>
          {upload.isPending ? t("membership.documents.uploading") : t("membership.documents.upload")}
        </button>
        <span role="status">{choice.done ? t("membership.documents.done") : ""}</span>
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
  const removeProblem = writeProblem(remove.error, t, {
    409: t("membership.documents.deleteConflict"),
    404: t("membership.documents.deleteGone"),
  });
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
      <ErrorNotice message={removeProblem} />
      {canAdd && <DocumentUpload applicationId={application.id} />}
    </>
  );
}
