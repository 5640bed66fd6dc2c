import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type HubPhoto, useHubPhotos } from "../api/get-hub-photos.ts";

/** Props of HubPhotos. */
export interface HubPhotosProps {
  idOrSlug: string;
  /** The hub's name, for the photos' alternative text when they have no caption. */
  name: string;
  /** A heading: the photos then come in their own panel, shown only when there are photos. */
  title?: string;
  /** Offers a delete button under each photo (its management page); the caller confirms and deletes. */
  onDelete?: (photo: HubPhoto, alt: string) => void;
  /** The photo being deleted, whose button says so. */
  deletingId?: string;
}

/**
 * A hub's photos as thumbnails, each opening the full image. Renders nothing while loading, on failure or when
 * there are none: photos illustrate the page, they are not its content.
 */
export function HubPhotos({ idOrSlug, name, title, onDelete, deletingId }: HubPhotosProps) {
  const { t } = useTranslation();
  const photos = useHubPhotos(idOrSlug);
  const headingId = useId();
  if (!photos.data || photos.data.items.length === 0) return null;
  const list = (
    <ul className="hub-photos" aria-label={t("hubs.photos.label", { name })}>
      {photos.data.items.map((photo, index) => {
        const alt = photo.caption ?? t("hubs.photos.alt", { name, number: index + 1 });
        return (
          <li key={photo.id}>
            <figure>
              <a href={photo.url} target="_blank" rel="noopener">
                <img
                  src={photo.thumbnailUrl}
                  alt={alt}
                  loading="lazy"
                  width={Math.min(photo.width, 400)}
                  height={Math.round((Math.min(photo.width, 400) / photo.width) * photo.height)}
                />
                <span className="visually-hidden"> ({t("hubs.photos.full")})</span>
              </a>
              {photo.caption && <figcaption>{photo.caption}</figcaption>}
            </figure>
            {onDelete && (
              <button
                type="button"
                className="button button--link hub-photos__delete"
                aria-disabled={deletingId !== undefined || undefined}
                onClick={() => {
                  if (deletingId === undefined) onDelete(photo, alt);
                }}
              >
                {deletingId === photo.id ? t("hubs.photos.deleting") : t("hubs.photos.delete")}
                <span className="visually-hidden"> {alt}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
  if (!title) return list;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {title}
      </h2>
      {list}
    </section>
  );
}
