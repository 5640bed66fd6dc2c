import { sql } from "drizzle-orm";
import sharp, { type Metadata } from "sharp";
import type { Db } from "../../db/client.ts";
import { rows } from "../../db/client.ts";
import { type Actor, requireAccess, requireAllowed } from "../../http/actor.ts";
import { ConflictError, UnsupportedMediaTypeError, ValidationError } from "../../http/errors.ts";
import { auditService } from "../audit/audit.service.ts";
import { canEditHub, canReadHub } from "./hubs.policy.ts";
import { hubsRepository } from "./hubs.repository.ts";

/** Largest upload accepted, before resizing. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/** Longest side of the stored photo and of its thumbnail, in pixels. */
const FULL = 1600;
const THUMB = 400;
/** Decoded images larger than this many pixels are refused (decompression bombs). */
const MAX_PIXELS = 40_000_000;
const FORMATS = new Set(["jpeg", "png", "webp"]);

/** A photo as listed on a hub. */
export type PhotoView = {
  id: string;
  width: number;
  height: number;
  caption: string | null;
  url: string;
  thumbnailUrl: string;
};

/** Hub photos: uploaded, checked by their content (not their name), resized, stored with a thumbnail. */
export function hubPhotosService(db: Db) {
  const hubs = hubsRepository(db);
  return {
    /** Refuses (401/403/404) before the upload is read, so a denied caller's file is never buffered. */
    async authorise(actor: Actor | null, hubId: string) {
      const hub = requireAccess(await hubs.byIdOrSlug(hubId), (h) => canReadHub(actor, h), "hub");
      requireAllowed(
        actor,
        canEditHub(actor, hub),
        "Only the hub's managers and the network's administrators may add photos",
      );
    },

    /** Checks and stores a photo for a hub the actor may edit. */
    async add(actor: Actor | null, hubId: string, data: Buffer, caption: string | null): Promise<PhotoView> {
      const hub = requireAccess(await hubs.byIdOrSlug(hubId), (h) => canReadHub(actor, h), "hub");
      requireAllowed(
        actor,
        canEditHub(actor, hub),
        "Only the hub's managers and the network's administrators may add photos",
      );
      if (caption && caption.length > 300)
        throw ValidationError([{ path: "caption", message: "must be at most 300 characters" }]);
      let meta: Metadata;
      try {
        meta = await sharp(data, { limitInputPixels: MAX_PIXELS }).metadata();
      } catch {
        throw UnsupportedMediaTypeError("The file is not a JPEG, PNG or WebP image", "photo");
      }
      if (!meta.format || !FORMATS.has(meta.format)) {
        throw UnsupportedMediaTypeError(
          `Images must be JPEG, PNG or WebP (this one is ${meta.format ?? "unknown"})`,
          "photo",
        );
      }
      // rotate() applies the EXIF orientation; re-encoding drops the rest of the metadata (GPS, camera serials).
      const full = await sharp(data, { limitInputPixels: MAX_PIXELS })
        .rotate()
        .resize({ width: FULL, height: FULL, fit: "inside", withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      const thumb = await sharp(data, { limitInputPixels: MAX_PIXELS })
        .rotate()
        .resize({ width: THUMB, height: THUMB, fit: "inside", withoutEnlargement: true })
        .webp({ quality: 75 })
        .toBuffer();
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const [r] = await rows<{ id: string }>(
          tx,
          sql`INSERT INTO hub_photos (hub_id, content_type, width, height, image, thumbnail, caption)
              VALUES (${hub.id}, 'image/webp', ${full.info.width}, ${full.info.height}, ${full.data}, ${thumb}, ${caption})
              RETURNING id`,
        );
        await auditService(tx).record({
          actor,
          action: "hub.photo.add",
          entityType: "hub",
          entityId: hub.id,
          networkId: hub.networkId,
          before: null,
          after: { photoId: r.id, width: full.info.width, height: full.info.height, caption },
        });
        return present(hub.id, { id: r.id, width: full.info.width, height: full.info.height, caption });
      });
    },

    /**
     * Deletes a photo of a hub the actor may edit (the same rule as adding one). `version` is the hub's version the
     * caller saw: a stale one is 409 and nothing is deleted. The image and thumbnail bytes go with the row (they are
     * stored in it); the audit row keeps the photo's size and caption, not its bytes.
     */
    async remove(actor: Actor | null, hubId: string, photoId: string, version: number) {
      const hub = requireAccess(await hubs.byIdOrSlug(hubId), (h) => canReadHub(actor, h), "hub");
      requireAllowed(
        actor,
        canEditHub(actor, hub),
        "Only the hub's managers and the network's administrators may delete photos",
      );
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        // The hub's row is locked so that its version cannot move between the check and the delete.
        const [current] = await rows<{ version: number }>(
          tx,
          sql`SELECT version FROM hubs WHERE id = ${hub.id} FOR UPDATE`,
        );
        if (version !== current.version) {
          throw ConflictError(
            `This hub was changed meanwhile (now version ${current.version}, you had ${version}). Reload it.`,
            [{ path: "version", message: `is ${version}, current is ${current.version}` }],
          );
        }
        const [gone] = await rows<{ id: string; width: number; height: number; caption: string | null }>(
          tx,
          sql`DELETE FROM hub_photos WHERE id = ${photoId} AND hub_id = ${hub.id} RETURNING id, width, height, caption`,
        );
        requireAccess(gone, () => true, "photo");
        await auditService(tx).record({
          actor,
          action: "hub.photo.delete",
          entityType: "hub",
          entityId: hub.id,
          networkId: hub.networkId,
          before: { photoId: gone.id, width: gone.width, height: gone.height, caption: gone.caption },
          after: null,
        });
      });
    },

    /** Photos of a hub, oldest first. */
    list: async (hubId: string) =>
      (
        await rows<{ id: string; width: number; height: number; caption: string | null }>(
          db,
          sql`SELECT id, width, height, caption FROM hub_photos WHERE hub_id = ${hubId} ORDER BY created_at, id`,
        )
      ).map((p) => present(hubId, p)),

    /** The image bytes, when the hub is visible to the actor. */
    async image(actor: Actor | null, hubId: string, photoId: string, size: "full" | "thumbnail") {
      const hub = requireAccess(await hubs.byIdOrSlug(hubId), (h) => canReadHub(actor, h), "hub");
      const [p] = await rows<{ data: Buffer | Uint8Array; contentType: string }>(
        db,
        size === "full"
          ? sql`SELECT image AS data, content_type AS "contentType" FROM hub_photos WHERE id = ${photoId} AND hub_id = ${hub.id}`
          : sql`SELECT thumbnail AS data, content_type AS "contentType" FROM hub_photos WHERE id = ${photoId} AND hub_id = ${hub.id}`,
      );
      return requireAccess(p, () => true, "photo");
    },
  };
}

function present(hubId: string, p: { id: string; width: number; height: number; caption: string | null }): PhotoView {
  return {
    ...p,
    url: `/api/hubs/${hubId}/photos/${p.id}`,
    thumbnailUrl: `/api/hubs/${hubId}/photos/${p.id}?size=thumbnail`,
  };
}

/** The service's type. */
export type HubPhotosService = ReturnType<typeof hubPhotosService>;
