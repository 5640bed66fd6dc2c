import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFileSize } from "../../../lib/file-checks.ts";
import { writeProblem } from "../../../lib/form-errors.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { useFileChoice } from "../../../lib/use-file-choice.ts";
import { ErrorNotice } from "../../../ui/error-notice.tsx";
import { FileField } from "../../../ui/file-field.tsx";
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
  const [caption, setCaption] = useState("");
  const maxSize = formatFileSize(PHOTO_MAX_BYTES, language);
  const choice = useFileChoice(
    { maxBytes: PHOTO_MAX_BYTES, types: PHOTO_TYPES },
    { choose: t("hubs.photos.choose"), problem: (found) => t(`hubs.photos.problems.${found}`, { max: maxSize }) },
  );
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
  const removeProblem = writeProblem(remove.error, t, {
    409: t("hubs.photos.deleteConflict"),
    404: t("hubs.photos.deleteGone"),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const file = choice.checked();
    if (!file) return;
    upload.mutate(
      { hubId, file, caption },
      {
        onSuccess: () => {
          choice.uploaded();
          setCaption("");
        },
      },
    );
  };

  const serverProblem = writeProblem(upload.error, t, {
    413: t("hubs.photos.problems.tooLarge", { max: maxSize }),
    415: t("hubs.photos.problems.wrongType"),
  });

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
      <ErrorNotice message={removeProblem} />
      <form className="hub-photo-uploader__form" noValidate onSubmit={submit} aria-busy={upload.isPending || undefined}>
        <FileField
          label={t("hubs.photos.file")}
          hint={t("hubs.photos.hint", { max: maxSize })}
          error={choice.problem ?? serverProblem}
          accept={PHOTO_TYPES}
          inputRef={choice.input}
          onChange={(event) => {
            choice.choose(event);
            upload.reset();
          }}
        />
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
            {choice.done ? t("hubs.photos.done") : ""}
          </span>
        </div>
      </form>
    </div>
  );
}
