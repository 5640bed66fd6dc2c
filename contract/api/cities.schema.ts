import { z } from "zod";
import { ErrorBody } from "./errors.schema.ts";

/** Sort orders of the directory. `relevance` only differs from `name` when `q` is given. */
export const CitySort = z.enum(["name", "-name", "year", "-year", "relevance"]);
export type CitySort = z.infer<typeof CitySort>;

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and single hyphens");

const year = z.coerce
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(1900, "must be 1900 or later")
  .max(2100, "must be 2100 or earlier");

/** Filters shared by the list, the facet counts and the exports, so one URL means one set of cities everywhere. */
export const CityFilters = z.object({
  /** Free text: city or country name. Diacritics and case are ignored, small typos forgiven ("ha noi", "krakow"). */
  q: z.string().trim().normalize("NFC").max(100, "must be at most 100 characters").optional(),
  /** Creative field slug, e.g. `design`, `crafts-and-folk-art`, `architecture`. */
  field: slug.optional(),
  /** UNESCO region slug, e.g. `asia-and-the-pacific`. */
  region: slug.optional(),
  /** ISO 3166-1 alpha-2 country code, e.g. `VN`. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as VN")
    .optional(),
  /** Earliest designation year, inclusive. */
  yearFrom: year.optional(),
  /** Latest designation year, inclusive. */
  yearTo: year.optional(),
});
export type CityFilters = z.infer<typeof CityFilters>;

/** Query of `GET /api/cities`. */
export const CityListQuery = CityFilters.extend({
  /** `name` (A–Z), `-name`, `year` (oldest first), `-year` (newest first) or `relevance` (default when `q` is set). */
  sort: CitySort.optional(),
  /** Page number, from 1. */
  page: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .default(1),
  /** Items per page, 1–100. */
  pageSize: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(100, "must be 100 or less")
    .default(20),
}).refine((v) => v.yearFrom === undefined || v.yearTo === undefined || v.yearFrom <= v.yearTo, {
  path: ["yearTo"],
  message: "must not be before yearFrom",
});
export type CityListQuery = z.infer<typeof CityListQuery>;

/** A bilingual label; `vi` may be null where no Vietnamese name is recorded. */
export const Label = z.object({ en: z.string(), vi: z.string().nullable() });

/** A creative field (Crafts and Folk Art, Design, …, Architecture since 2025). Fields are rows, not an enum. */
export const FieldRef = z.object({ slug: z.string(), name: z.string(), nameVi: z.string() });
/** One of UNESCO's five regions. */
export const RegionRef = z.object({ slug: z.string(), name: z.string(), nameVi: z.string() });
/** A country by ISO 3166-1 alpha-2 code and English short name. */
export const CountryRef = z.object({ iso2: z.string(), name: z.string() });
/** WGS84 point, or null where the gazetteer had no match. */
export const Location = z.object({ lat: z.number(), lon: z.number() }).nullable();

/** A designation: one creative field, announced in one year. */
export const DesignationView = z.object({ field: FieldRef, year: z.number().int(), source: z.string() });

/** A member city as listed in the directory. `field` and `year` are its first designation. */
export const CityView = z.object({
  slug: z.string(),
  name: z.string(),
  country: CountryRef,
  region: RegionRef,
  field: FieldRef,
  year: z.number().int(),
  location: Location,
  designations: z.array(DesignationView),
});
export type CityView = z.infer<typeof CityView>;

/** A page of cities. */
export const CityPage = z.object({
  items: z.array(CityView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CityPage = z.infer<typeof CityPage>;

/** A city page: the city plus other cities of the same field, nearest first. */
export const CityDetail = CityView.extend({
  nearby: z.array(CityView.extend({ distanceKm: z.number() })),
});
export type CityDetail = z.infer<typeof CityDetail>;

/** Path parameters of `GET /api/cities/{slug}`. */
export const CitySlugParams = z.object({ slug: z.string().min(1).max(120) });

/** A field with its member count. */
export const FieldWithCount = FieldRef.extend({ sinceYear: z.number().int(), count: z.number().int() });
export const FieldList = z.object({ items: z.array(FieldWithCount) });
export type FieldList = z.infer<typeof FieldList>;

/** Facet counts for the current filters; each facet ignores its own filter, so every option shows what it would give. */
export const CityFacets = z.object({
  total: z.number().int(),
  fields: z.array(FieldRef.extend({ count: z.number().int() })),
  regions: z.array(RegionRef.extend({ count: z.number().int() })),
  countries: z.array(CountryRef.extend({ count: z.number().int() })),
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type CityFacets = z.infer<typeof CityFacets>;

/** Growth of the network: per designation year, and totals per field and region. */
export const NetworkStats = z.object({
  total: z.number().int(),
  countries: z.number().int(),
  years: z.array(
    z.object({
      year: z.number().int(),
      added: z.number().int(),
      cumulative: z.number().int(),
      /** Designations added that year, by field slug. */
      byField: z.record(z.string(), z.number().int()),
    }),
  ),
  fields: z.array(FieldRef.extend({ count: z.number().int() })),
  regions: z.array(RegionRef.extend({ count: z.number().int() })),
});
export type NetworkStats = z.infer<typeof NetworkStats>;

/** Query of the open-data export. */
export const CityExportQuery = CityFilters.extend({
  format: z.enum(["csv", "geojson"], { error: "must be csv or geojson" }).default("csv"),
});

export { ErrorBody };
