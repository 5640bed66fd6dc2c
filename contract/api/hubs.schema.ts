import { z } from "zod";

const text = (max: number) => z.string().trim().normalize("NFC").max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  text(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and single hyphens");
const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(500, "must be at most 500 characters");

/** Hub statuses; only network administrators move a hub between them (acceptance makes it a member). */
export const HubStatus = z.enum(["applicant", "member", "suspended", "closed"]);
export const Ownership = z.enum(["public", "private", "non-profit"], {
  error: "must be public, private or non-profit",
});

/** A contact person: personal data, never in public responses or exports. */
export const HubContactInput = z.object({
  name: text(120).min(1, "must not be empty"),
  role: optionalText(120),
  email: z.email({ error: "must be an e-mail address" }).max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ().-]{6,30}$/, "must be a phone number (digits, spaces, + ( ) . -)")
    .nullable()
    .optional(),
});

const hubFields = {
  nameVi: optionalText(200),
  nameEn: optionalText(200),
  descriptionVi: optionalText(5000),
  descriptionEn: optionalText(5000),
  /** Hub type slug from the editable taxonomy, e.g. `craft-village`. */
  type: slug.nullable().optional(),
  /** Creative field slugs, e.g. `["design", "crafts-and-folk-art"]`. */
  fields: z.array(slug).max(8, "must list at most 8 fields").optional(),
  district: optionalText(120),
  ward: optionalText(120),
  address: optionalText(300),
  lat: z
    .number({ error: "must be a number" })
    .min(-90, "must be between -90 and 90")
    .max(90, "must be between -90 and 90")
    .nullable()
    .optional(),
  lon: z
    .number({ error: "must be a number" })
    .min(-180, "must be between -180 and 180")
    .max(180, "must be between -180 and 180")
    .nullable()
    .optional(),
  openingHours: optionalText(500),
  /** Accessibility feature codes, e.g. `step-free-entrance`. */
  accessibility: z.array(slug).max(20).optional(),
  website: url.nullable().optional(),
  socialLinks: z.array(url).max(10, "must list at most 10 links").optional(),
  foundingYear: z
    .number()
    .int("must be a whole number")
    .min(1000, "must be 1000 or later")
    .max(2100, "must be 2100 or earlier")
    .nullable()
    .optional(),
  ownership: Ownership.nullable().optional(),
  contacts: z.array(HubContactInput).max(10, "must list at most 10 contacts").optional(),
};

const pointPair = (v: { lat?: number | null; lon?: number | null }) => (v.lat == null) === (v.lon == null);

/** Body of `POST /api/hubs`: a new hub profile in a network, status `applicant`; its creator manages it. */
export const CreateHubBody = z
  .object({ network: slug, ...hubFields })
  .refine((v) => !!(v.nameVi || v.nameEn), { path: ["nameVi"], message: "a Vietnamese or English name is required" })
  .refine(pointPair, { path: ["lon"], message: "lat and lon must be given together" });
export type CreateHubBody = z.infer<typeof CreateHubBody>;

/** Body of `PATCH /api/hubs/{id}`: the fields to change plus the `version` being edited. */
export const UpdateHubBody = z
  .object({
    /** The version this edit is based on; a stale one gets 409 and nothing is written. */
    version: z.number({ error: "is required: the version you are editing" }).int().min(1),
    /** Network administrators only. */
    status: HubStatus.optional(),
    ...hubFields,
  })
  .refine((v) => !("lat" in v) || !("lon" in v) || pointPair(v), {
    path: ["lon"],
    message: "lat and lon must be given together",
  });
export type UpdateHubBody = z.infer<typeof UpdateHubBody>;

/** Query of `GET /api/hubs`. */
export const HubListQuery = z.object({
  /** Network slug, e.g. `hanoi`. */
  network: slug.optional(),
  q: text(100).optional(),
  type: slug.optional(),
  field: slug.optional(),
  district: text(120).optional(),
  /** Comma-separated accessibility codes; a hub must have all of them. */
  accessibility: z
    .string()
    .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, "must be comma-separated feature codes")
    .transform((v) => v.split(","))
    .optional(),
  /** `minLon,minLat,maxLon,maxLat` (WGS84). */
  bbox: z
    .string()
    .transform((v, ctx) => {
      const n = v.split(",").map(Number);
      if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) {
        ctx.addIssue({ code: "custom", message: "must be minLon,minLat,maxLon,maxLat" });
        return z.NEVER;
      }
      const [minLon, minLat, maxLon, maxLat] = n;
      if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat) {
        ctx.addIssue({ code: "custom", message: "must be a box within -180..180, -90..90 with min ≤ max" });
        return z.NEVER;
      }
      return { minLon, minLat, maxLon, maxLat };
    })
    .optional(),
  /** Network administrators may list other statuses; everyone else sees members only. */
  status: HubStatus.optional(),
  sort: z.enum(["name", "-updated", "relevance"]).optional(),
  page: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .default(1),
  pageSize: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(500, "must be 500 or less")
    .default(20),
});
export type HubListQuery = z.infer<typeof HubListQuery>;

const Labelled = z.object({ slug: z.string(), nameVi: z.string(), nameEn: z.string() });

/** Public profile of a hub. Contacts are never part of it. */
export const HubView = z.object({
  id: z.string(),
  publicId: z.string(),
  slug: z.string(),
  network: z.object({ slug: z.string(), nameVi: z.string(), nameEn: z.string() }),
  name: z.object({ vi: z.string().nullable(), en: z.string().nullable() }),
  description: z.object({ vi: z.string().nullable(), en: z.string().nullable() }),
  type: Labelled.nullable(),
  typeNote: z.string().nullable(),
  fields: z.array(Labelled),
  district: z.string().nullable(),
  ward: z.string().nullable(),
  address: z.string().nullable(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  openingHours: z.string().nullable(),
  accessibility: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })),
  website: z.string().nullable(),
  socialLinks: z.array(z.string()),
  foundingYear: z.number().nullable(),
  ownership: Ownership.nullable(),
  status: HubStatus,
  statusChangedAt: z.string(),
  memberSince: z.string().nullable(),
  source: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type HubView = z.infer<typeof HubView>;

/** What administrators and the hub's own managers see: the profile plus contacts. */
export const HubManagerView = HubView.extend({
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  canEdit: z.boolean(),
});
export type HubManagerView = z.infer<typeof HubManagerView>;

export const HubPage = z.object({
  items: z.array(HubView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const HubExportQuery = HubListQuery.omit({ page: true, pageSize: true, sort: true, status: true }).extend({
  format: z.enum(["csv", "geojson"], { error: "must be csv or geojson" }).default("csv"),
});

/** Most points `GET /api/hubs/map` returns; past it the answer says `truncated` (zoom in, or filter). */
export const HUB_MAP_LIMIT = 5000;

/** Query of `GET /api/hubs/map`: the filters of `GET /api/hubs`, member hubs only, no paging. */
export const HubMapQuery = HubListQuery.omit({ page: true, pageSize: true, sort: true, status: true }).extend({
  /**
   * The map's zoom (Web Mercator, 0–20). With it, a view holding more than HUB_MAP_CLUSTER_ABOVE points is answered
   * with clusters (a grid of HUB_MAP_CELL_PX-pixel cells at that zoom) instead of every marker.
   */
  zoom: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(0, "must be 0 to 20")
    .max(20, "must be 0 to 20")
    .optional(),
});
export type HubMapQuery = z.infer<typeof HubMapQuery>;

/** One marker: what a map needs to draw a member hub and link to its page, nothing more. */
export const HubMapPoint = z.object({
  id: z.string(),
  slug: z.string(),
  nameVi: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** Hub type slug. */
  type: z.string().nullable(),
  district: z.string().nullable(),
  /** WGS84, rounded to 6 decimals (about 0.1 m). */
  lat: z.number(),
  lon: z.number(),
});
export type HubMapPoint = z.infer<typeof HubMapPoint>;

/** With `zoom`, more points than this in the view are sent as clusters. */
export const HUB_MAP_CLUSTER_ABOVE = 1000;
/** Side of a cluster's grid cell, in screen pixels at the asked zoom. */
export const HUB_MAP_CELL_PX = 80;

/** `[minLon, minLat, maxLon, maxLat]`, WGS84. */
const Extent = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** Several member hubs close together at the asked zoom, drawn as one marker with their count. */
export const HubMapCluster = z.object({
  /** Their centroid, rounded to 6 decimals. */
  lat: z.number(),
  lon: z.number(),
  count: z.number().int(),
  /** The box around them: zooming to it splits the cluster. */
  extent: Extent,
});
export type HubMapCluster = z.infer<typeof HubMapCluster>;

/**
 * Answer of `GET /api/hubs/map`: the matching member hubs that have a point. `total` counts them all; when it is
 * more than `limit`, `items` holds the first `limit` by public id and `truncated` is true. When `zoom` was given and
 * more than HUB_MAP_CLUSTER_ABOVE match, `clustered` is true: `clusters` holds the grid cells with two hubs or more,
 * `items` the hubs alone in their cell (at most `limit`;
 * `truncated` when more were alone). `extent` is the box around every match.
 */
export const HubMap = z.object({
  items: z.array(HubMapPoint),
  clusters: z.array(HubMapCluster),
  clustered: z.boolean(),
  total: z.number().int(),
  limit: z.number().int(),
  truncated: z.boolean(),
  extent: Extent.nullable(),
});
export type HubMap = z.infer<typeof HubMap>;

export const IdOrSlugParams = z.object({ idOrSlug: z.string().min(1).max(200) });
export const IdParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });

/** A network of hubs with its reference data. */
export const NetworkView = z.object({
  id: z.string(),
  slug: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  city: z.object({ slug: z.string(), name: z.string() }),
  memberCount: z.number().int(),
});
export const NetworkList = z.object({ items: z.array(NetworkView) });

/** Taxonomies used by hub forms and filters. */
export const HubTaxonomies = z.object({
  types: z.array(Labelled.extend({ version: z.number() })),
  accessibility: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })),
  districts: z.array(z.string()),
});

/** Body of `POST /api/hub-types` (platform administrators): a new entry of the editable hub-type taxonomy. */
export const CreateHubTypeBody = z.object({
  slug,
  nameVi: text(120).min(1, "must not be empty"),
  nameEn: text(120).min(1, "must not be empty"),
});

/**
 * Body of `PATCH /api/hub-types/{slug}`: new labels (the slug never changes: links and exports use it), with the
 * version the editor started from; a stale version is a 409 and nothing changes.
 */
export const UpdateHubTypeBody = z.object({
  version: z.number({ error: "is required: the version you edited" }).int().min(1),
  nameVi: text(120).min(1, "must not be empty").optional(),
  nameEn: text(120).min(1, "must not be empty").optional(),
});

export const HubTypeView = z.object({ slug: z.string(), nameVi: z.string(), nameEn: z.string(), version: z.number() });
