import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../lib/api-client.ts";
import { fileProblem, formatFileSize } from "../../../lib/file-checks.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { FormField } from "../../../ui/form-field.tsx";
import { useDeleteHubPhoto } from "../api/delete-hub-photo.ts";
import { useHub } from "../api/get-hub.ts";
import { PHOTO_MAX_BYTES, PHOTO_TYPES, useUploadHubPhoto } from "../api/upload-hub-photo.ts";
import { HubPhotos } from "./hub-photos.tsx";

/** Props of HubPhotoUploader. */
export interface HubPhotoUploaderProps {
  hubId: string;
  name: string;
}

/**
 * A hub's photos on its management page: the current ones, each with a delete button (after a confirmation), and
 * a form to add one (JPEG, PNG or WebP up to 8 MB, with an optional caption). The server checks the content,
 * strips metadata and resizes it. A delete carries the hub's version: if the hub changed meanwhile it is refused
 * and the page reloads the hub, so the next try works.
 */
export function HubPhotoUploader({ hubId, name }: HubPhotoUploaderProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const upload = useUploadHubPhoto();
  const [file, setFile] = useState<File>();
  const [caption, setCaption] = useState("");
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const maxSize = formatFileSize(PHOTO_MAX_BYTES, language);
  const hub = useHub(hubId);
  const remove = useDeleteHubPhoto();
  const [removed, setRemoved] = useState<string>();

  const onDelete = (photo: { id: string }, alt: string) => {
    const version = hub.data?.version;
    if (remove.isPending || version === undefined) return;
    if (!window.confirm(t("hubs.photos.confirmDelete", { photo: alt }))) return;
    setRemoved(undefined);
    remove.mutate({ hubId, photoId: photo.id, version }, { onSuccess: () => setRemoved(t("hubs.photos.deleted")) });
  };
  let removeProblem: string | undefined;
  if (remove.error instanceof ApiError) {
    if (remove.error.status === 409) removeProblem = t("hubs.photos.deleteConflict");
    else if (remove.error.status === 404) removeProblem = t("hubs.photos.deleteGone");
    else if (remove.error.code === "network_error") removeProblem = t("ui.error.network");
    else removeProblem = remove.error.message;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    setDone(false);
    if (!file) {
      setProblem(t("hubs.photos.choose"));
      return;
    }
    const found = fileProblem(file, PHOTO_MAX_BYTES, PHOTO_TYPES);
    if (found) {
      setProblem(t(`hubs.photos.problems.${found}`, { max: maxSize }));
      return;
    }
    setProblem(undefined);
    upload.mutate(
      { hubId, file, caption },
      {
        onSuccess: () => {
          setFile(undefined);
          setCaption("");
          setDone(true);
          if (fileInput.current) fileInput.current.value = "";
        },
      },
    );
  };

  let serverProblem: string | undefined;
  if (upload.error instanceof ApiError) {
    if (upload.error.status === 413) serverProblem = t("hubs.photos.problems.tooLarge", { max: maxSize });
    else if (upload.error.status === 415) serverProblem = t("hubs.photos.problems.wrongType");
    else if (upload.error.code === "network_error") serverProblem = t("ui.error.network");
    else serverProblem = upload.error.message;
  }

  return (
    <div className="hub-photo-uploader">
      <HubPhotos
        idOrSlug={hubId}
        name={name}
        onDelete={onDelete}
        deletingId={remove.isPending ? remove.variables?.photoId : undefined}
      />
      <p role="status" className="hub-photo-uploader__done">
        {removed ?? ""}
      </p>
      {removeProblem && (
        <p className="notice notice--error" role="alert">
          {removeProblem}
        </p>
      )}
      <form className="hub-photo-uploader__form" noValidate onSubmit={submit} aria-busy={upload.isPending || undefined}>
        <FormField
          label={t("hubs.photos.file")}
          id={fileId}
          hint={t("hubs.photos.hint", { max: maxSize })}
          error={problem ?? serverProblem}
        >
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              className="input"
              type="file"
              accept={PHOTO_TYPES.join(",")}
              onChange={(event) => {
                setFile(event.target.files?.[0]);
                setProblem(undefined);
                setDone(false);
                upload.reset();
              }}
            />
          )}
        </FormField>
        <FormField label={t("hubs.photos.caption")}>
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={300}
              value={caption}
              onChange={(event) => setCaption(event.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={upload.isPending || undefined}>
            {upload.isPending ? t("hubs.photos.uploading") : t("hubs.photos.upload")}
          </button>
          <span role="status" className="hub-photo-uploader__done">
            {done ? t("hubs.photos.done") : ""}
          </span>
        </div>
      </form>
    </div>
  );
}
