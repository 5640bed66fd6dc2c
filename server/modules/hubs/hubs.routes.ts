import { stringify } from "csv-stringify/sync";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuditPage } from "../../../contract/api/audit.schema.ts";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import {
  CreateHubBody,
  CreateHubTypeBody,
  HubExportQuery,
  HubListQuery,
  HubManagerView,
  HubMap,
  HubMapQuery,
  HubPage,
  HubTaxonomies,
  HubTypeView,
  HubView,
  IdOrSlugParams,
  NetworkList,
  UpdateHubBody,
  UpdateHubTypeBody,
} from "../../../contract/api/hubs.schema.ts";
import { type ResponseCache, sendCachedJson } from "../../http/response-cache.ts";
import { readSingleUpload } from "../../http/uploads.ts";
import { type HubPhotosService, PHOTO_MAX_BYTES } from "./hub-photos.service.ts";
import { hubCsvHeader, hubCsvRecord, hubFeatureCollection } from "./hubs.presenter.ts";
import type { HubsService } from "./hubs.service.ts";

const PhotoView = z.object({
  id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  caption: z.string().nullable(),
  url: z.string(),
  thumbnailUrl: z.string(),
});

const tags = ["Hubs"];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 500: ErrorBody };

const Paging = z.object({
  page: z.coerce.number({ error: "must be a whole number" }).int().min(1, "must be 1 or more").default(1),
  pageSize: z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .min(1, "must be 1 or more")
    .max(100, "must be 100 or less")
    .default(20),
});

/** Networks and hubs: public discovery, profiles, edits, open data. */
export const hubsRoutes: FastifyPluginAsyncZod<{
  hubs: HubsService;
  photos: HubPhotosService;
  cache?: ResponseCache;
}> = async (app, { hubs, photos, cache }) => {
  app.get(
    "/networks",
    { schema: { tags, summary: "Networks of hubs", response: { 200: NetworkList, ...errors } } },
    async () => ({
      items: await hubs.networks(),
    }),
  );

  app.get(
    "/hubs/taxonomies",
    {
      schema: {
        tags,
        summary: "Hub types, accessibility features and districts",
        querystring: z.object({ network: z.string().max(100).optional() }),
        response: { 200: HubTaxonomies, ...errors },
      },
    },
    async (req) => hubs.taxonomies(req.query.network),
  );

  app.get(
    "/hubs",
    {
      schema: {
        tags,
        summary: "Find hubs",
        description: "Member hubs for everyone; `status` other than member for the network's administrators.",
        querystring: HubListQuery,
        response: { 200: HubPage, ...errors },
      },
    },
    async (req, reply) => {
      // Member-only lists are the same for every caller (public fields only), so they are cached until a hub changes.
      if (req.query.status) return hubs.list(req.actor, req.query);
      return sendCachedJson(reply, cache, `hubs ${JSON.stringify(req.query)}`, () => hubs.list(null, req.query));
    },
  );

  app.get(
    "/hubs/export",
    {
      schema: {
        tags,
        summary: "Open data: member hubs, public fields only",
        description: "CSV, or RFC 7946 GeoJSON of the hubs that have a point. Contact persons are never exported.",
        querystring: HubExportQuery,
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const { format, ...filters } = req.query;
      const rows = await hubs.exportRows(filters);
      if (format === "geojson") {
        return reply
          .header("content-type", "application/geo+json; charset=utf-8")
          .header("content-disposition", 'attachment; filename="hubs.geojson"')
          .send(JSON.stringify(hubFeatureCollection(rows)));
      }
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="hubs.csv"')
        .send(stringify([[...hubCsvHeader], ...rows.map(hubCsvRecord)]));
    },
  );

  // A static path: Fastify's router matches it before the `/hubs/:idOrSlug` parameter (a hub is never slugged "map").
  app.get(
    "/hubs/map",
    {
      schema: {
        tags,
        summary: "Map markers of member hubs",
        description:
          "The filters of `GET /api/hubs` (`bbox` for the map's view), member hubs with a point only, public fields a " +
          "marker needs only, no paging: at most `limit` points (5,000), `truncated` when more match. With `zoom`, a " +
          "view holding more than 1,000 matches is answered with clusters on an 80-pixel grid at that zoom " +
          "(`clustered`; hubs alone in their cell stay markers), so a wide view stays small. Cached until a hub changes.",
        querystring: HubMapQuery,
        response: { 200: HubMap, ...errors },
      },
    },
    async (req, reply) =>
      sendCachedJson(reply, cache, `hubs-map ${JSON.stringify(req.query)}`, () => hubs.map(req.query)),
  );

  app.get(
    "/hubs/:idOrSlug",
    {
      schema: {
        tags,
        summary: "One hub",
        description: "By id, public id (H000001) or slug. Managers and administrators also get contacts.",
        params: IdOrSlugParams,
        response: { 200: z.union([HubManagerView, HubView]), ...errors },
      },
    },
    async (req) => hubs.get(req.actor, req.params.idOrSlug),
  );

  app.post(
    "/hubs",
    {
      schema: {
        tags,
        summary: "Create a hub profile",
        body: CreateHubBody,
        response: { 201: HubManagerView, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await hubs.create(req.actor, req.body)),
  );

  app.patch(
    "/hubs/:idOrSlug",
    {
      schema: {
        tags,
        summary: "Edit a hub",
        description: "Send the `version` you edit; a stale version answers 409 and nothing is written.",
        params: IdOrSlugParams,
        body: UpdateHubBody,
        response: { 200: HubManagerView, ...errors },
      },
    },
    async (req) => hubs.update(req.actor, req.params.idOrSlug, req.body),
  );

  app.get(
    "/hubs/:idOrSlug/history",
    {
      schema: {
        tags,
        summary: "A hub's change history",
        params: IdOrSlugParams,
        querystring: Paging,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (req) => {
      const r = await hubs.history(req.actor, req.params.idOrSlug, req.query.page, req.query.pageSize);
      return { ...r, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    "/hubs/:idOrSlug/photos",
    {
      schema: {
        tags,
        summary: "A hub's photos",
        params: IdOrSlugParams,
        response: { 200: z.object({ items: z.array(PhotoView) }), ...errors },
      },
    },
    async (req) => {
      const hub = await hubs.get(req.actor, req.params.idOrSlug);
      return { items: await photos.list(hub.id) };
    },
  );

  app.post(
    "/hubs/:idOrSlug/photos",
    {
      schema: {
        tags,
        summary: "Upload a photo (multipart: field `photo`, optional `caption`)",
        description:
          "JPEG, PNG or WebP up to 8 MB, checked by content; stored resized (1600 px) with a 400 px thumbnail, metadata removed.",
        params: IdOrSlugParams,
        response: { 201: PhotoView, ...errors, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (req, reply) => {
      await photos.authorise(req.actor, req.params.idOrSlug);
      const upload = await readSingleUpload(req, "photo", PHOTO_MAX_BYTES);
      const caption = upload.fields.caption?.trim() || null;
      return reply.code(201).send(await photos.add(req.actor, req.params.idOrSlug, upload.data, caption));
    },
  );

  app.get(
    "/hubs/:idOrSlug/photos/:photoId",
    {
      schema: {
        tags,
        summary: "A photo's image (size=full|thumbnail)",
        params: IdOrSlugParams.extend({ photoId: z.uuid({ error: "must be a UUID" }) }),
        querystring: z.object({ size: z.enum(["full", "thumbnail"]).default("full") }),
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const img = await photos.image(req.actor, req.params.idOrSlug, req.params.photoId, req.query.size);
      return reply
        .type(img.contentType)
        .header("cache-control", "public, max-age=86400, immutable")
        .send(Buffer.from(img.data));
    },
  );

  app.delete(
    "/hubs/:idOrSlug/photos/:photoId",
    {
      schema: {
        tags,
        summary: "Delete a photo (its image and thumbnail)",
        description:
          "For whoever may add photos. `version` is the hub's version you saw: a stale one answers 409 and nothing is deleted.",
        params: IdOrSlugParams.extend({ photoId: z.uuid({ error: "must be a UUID" }) }),
        querystring: z.object({
          version: z.coerce.number({ error: "is required: the hub's version you saw" }).int().min(1),
        }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await photos.remove(req.actor, req.params.idOrSlug, req.params.photoId, req.query.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/hub-types",
    {
      schema: {
        tags,
        summary: "Add a hub type to the taxonomy",
        body: CreateHubTypeBody,
        response: { 201: HubTypeView, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await hubs.createType(req.actor, req.body)),
  );

  app.patch(
    "/hub-types/:slug",
    {
      schema: {
        tags,
        summary: "Rename a hub type",
        params: z.object({ slug: z.string().min(1).max(100) }),
        body: UpdateHubTypeBody,
        response: { 200: HubTypeView, ...errors },
      },
    },
    async (req) => hubs.updateType(req.actor, req.params.slug, req.body),
  );
};
