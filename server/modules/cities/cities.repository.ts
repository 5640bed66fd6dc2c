import { asc, eq, type SQL, sql } from "drizzle-orm";
import type { CityFilters, CitySort } from "../../../contract/api/cities.schema.ts";
import { type Db, rows } from "../../db/client.ts";
import { cities, countries, creativeFields, regions, seedRuns } from "./cities.table.ts";

/** A city row joined with its country and region, with its designations as JSON, as the presenter wants it. */
export type CityRow = {
  id: string;
  slug: string;
  name: string;
  countryIso2: string;
  countryName: string;
  regionSlug: string;
  regionName: string;
  regionNameVi: string;
  lat: number | null;
  lon: number | null;
  designations: DesignationJson[];
};

/** A designation as aggregated by SQL, oldest first. */
export type DesignationJson = { slug: string; name: string; nameVi: string; year: number; source: string };

/** NOTIFY channel raised when directory data changes. */
export const CITIES_CHANGED = "cities_changed";

/** A creative field row. */
export type FieldRow = typeof creativeFields.$inferSelect;

/** Which filters to leave out, for facet counts that ignore their own filter. */
type Omit = { field?: boolean; region?: boolean; country?: boolean; years?: boolean };

const selectCity = sql`
  c.id, c.slug, c.name, c.country_iso2 AS "countryIso2", co.name_en AS "countryName",
  r.slug AS "regionSlug", r.name_en AS "regionName", r.name_vi AS "regionNameVi", c.lat, c.lon,
  (SELECT coalesce(json_agg(json_build_object('slug', f.slug, 'name', f.name_en, 'nameVi', f.name_vi,
            'year', d.year, 'source', d.source) ORDER BY d.year, f.sort_order), '[]'::json)
     FROM designations d JOIN creative_fields f ON f.id = d.field_id WHERE d.city_id = c.id) AS designations`;

const fromCity = sql`cities c JOIN countries co ON co.iso2 = c.country_iso2 JOIN regions r ON r.slug = co.region_slug`;

/** The text-match condition and score for `q`, or null when there is no query. Both sides use f_search_key(). */
function textMatch(q: string | undefined): { where: SQL; score: SQL } | null {
  if (!q || q.trim() === "") return null;
  const key = sql`f_search_key(${q})`;
  const compact = sql`replace(f_search_key(${q}), ' ', '')`;
  // One trigram test per row against "folded name + spaceless name" forgives typos ("barcelonna") and spacing
  // ("ha noi" / "hanoi"); a substring test catches short prefixes; a country's name finds its cities (the
  // countries sub-select runs once per query, not per row).
  const where = sql`(${key} <% c.search_text OR c.search_text LIKE '%' || ${compact} || '%'
    OR c.country_iso2 IN (SELECT iso2 FROM countries WHERE search_compact = ${compact}))`;
  const score = sql`(word_similarity(${key}, c.search_text)
    + CASE WHEN c.search_key = ${key} OR replace(c.search_key, ' ', '') = ${compact} THEN 2
           WHEN c.search_key LIKE ${key} || '%' THEN 1
           ELSE similarity(c.search_key, ${key}) END)`;
  return { where, score };
}

/** WHERE conditions for the directory filters. */
function conditions(f: CityFilters, omit: Omit = {}): SQL {
  const parts: SQL[] = [sql`TRUE`];
  const m = textMatch(f.q);
  if (m) parts.push(m.where);
  if (f.region && !omit.region) parts.push(sql`r.slug = ${f.region}`);
  if (f.country && !omit.country) parts.push(sql`c.country_iso2 = ${f.country}`);
  const desig: SQL[] = [];
  if (f.field && !omit.field) desig.push(sql`df.slug = ${f.field}`);
  if (f.yearFrom !== undefined && !omit.years) desig.push(sql`d.year >= ${f.yearFrom}`);
  if (f.yearTo !== undefined && !omit.years) desig.push(sql`d.year <= ${f.yearTo}`);
  if (desig.length > 0) {
    parts.push(sql`EXISTS (SELECT 1 FROM designations d JOIN creative_fields df ON df.id = d.field_id
      WHERE d.city_id = c.id AND ${sql.join(desig, sql` AND `)})`);
  }
  return sql.join(parts, sql` AND `);
}

function orderBy(sort: CitySort, q: string | undefined): SQL {
  // Byte order on the folded key: identical on PGlite and PostgreSQL (PGlite has no vi-x-icu collation).
  const byName = sql`c.search_key COLLATE "C", c.name COLLATE "C"`;
  const firstYear = sql`(SELECT min(d.year) FROM designations d WHERE d.city_id = c.id)`;
  const m = textMatch(q);
  switch (sort) {
    case "-name":
      return sql`c.search_key COLLATE "C" DESC, c.name COLLATE "C" DESC`;
    case "year":
      return sql`${firstYear} ASC, ${byName}`;
    case "-year":
      return sql`${firstYear} DESC, ${byName}`;
    case "relevance":
      return m ? sql`${m.score} DESC, ${byName}` : byName;
    default:
      return byName;
  }
}

/** Every statement about cities, fields, regions and countries. Services call these and never build SQL. */
export const citiesRepository = (db: Db) => {
  const count = async (f: CityFilters): Promise<number> => {
    const [r] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${fromCity} WHERE ${conditions(f)}`);
    return r.n;
  };
  return {
    /** One page of cities and the total that match. */
    async list(
      f: CityFilters,
      sort: CitySort,
      page: number,
      pageSize: number,
    ): Promise<{ items: CityRow[]; total: number }> {
      const items = await rows<CityRow & { total: number }>(
        db,
        sql`SELECT ${selectCity}, count(*) OVER ()::int AS total FROM ${fromCity}
          WHERE ${conditions(f)} ORDER BY ${orderBy(sort, f.q)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      );
      if (items.length > 0) return { items, total: items[0].total };
      return { items: [], total: await count(f) };
    },

    /** How many cities match. */
    count,

    /** Every matching city, in name order, for exports. */
    all: (f: CityFilters) =>
      rows<CityRow>(
        db,
        sql`SELECT ${selectCity} FROM ${fromCity} WHERE ${conditions(f)} ORDER BY ${orderBy("name", undefined)}`,
      ),

    /** One city by slug. */
    async bySlug(slug: string): Promise<CityRow | undefined> {
      const [r] = await rows<CityRow>(db, sql`SELECT ${selectCity} FROM ${fromCity} WHERE c.slug = ${slug}`);
      return r;
    },

    /** Other cities designated in any of `fieldSlugs`, nearest first (great-circle distance, km). */
    nearby: (cityId: string, fieldSlugs: string[], lat: number, lon: number, limit: number) =>
      rows<CityRow & { distanceKm: number }>(
        db,
        sql`SELECT * FROM (SELECT ${selectCity},
            6371.0088 * 2 * asin(sqrt(power(sin(radians(c.lat - ${lat}) / 2), 2)
              + cos(radians(${lat})) * cos(radians(c.lat)) * power(sin(radians(c.lon - ${lon}) / 2), 2))) AS "distanceKm"
          FROM ${fromCity}
          WHERE c.id <> ${cityId} AND c.lat IS NOT NULL AND EXISTS (SELECT 1 FROM designations d
            JOIN creative_fields df ON df.id = d.field_id
            WHERE d.city_id = c.id AND df.slug IN (${sql.join(
              fieldSlugs.map((s) => sql`${s}`),
              sql`, `,
            )}))) x
          ORDER BY "distanceKm", name COLLATE "C" LIMIT ${limit}`,
      ),

    /** Fields with the number of cities designated in each. */
    fieldsWithCounts: () =>
      rows<FieldRow & { count: number }>(
        db,
        sql`SELECT f.id, f.slug, f.name_en AS "nameEn", f.name_vi AS "nameVi", f.since_year AS "sinceYear",
            f.sort_order AS "sortOrder", count(d.id)::int AS count
          FROM creative_fields f LEFT JOIN designations d ON d.field_id = f.id
          GROUP BY f.id ORDER BY f.sort_order`,
      ),

    /** Facet: designations per field among cities matching the other filters. */
    facetFields: (f: CityFilters) =>
      rows<{ slug: string; name: string; nameVi: string; count: number }>(
        db,
        sql`SELECT f.slug, f.name_en AS name, f.name_vi AS "nameVi", count(x.id)::int AS count
          FROM creative_fields f LEFT JOIN (
            SELECT d.field_id, c.id FROM ${fromCity} JOIN designations d ON d.city_id = c.id
            WHERE ${conditions(f, { field: true })}
              ${f.yearFrom !== undefined ? sql`AND d.year >= ${f.yearFrom}` : sql``}
              ${f.yearTo !== undefined ? sql`AND d.year <= ${f.yearTo}` : sql``}) x ON x.field_id = f.id
          GROUP BY f.slug, f.name_en, f.name_vi, f.sort_order ORDER BY f.sort_order`,
      ),

    /** Facet: cities per region among cities matching the other filters. */
    facetRegions: (f: CityFilters) =>
      rows<{ slug: string; name: string; nameVi: string; count: number }>(
        db,
        sql`SELECT rr.slug, rr.name_en AS name, rr.name_vi AS "nameVi", count(x.id)::int AS count
          FROM regions rr LEFT JOIN (SELECT r.slug, c.id FROM ${fromCity} WHERE ${conditions(f, { region: true })}) x
            ON x.slug = rr.slug
          GROUP BY rr.slug, rr.name_en, rr.name_vi, rr.sort_order ORDER BY rr.sort_order`,
      ),

    /** Facet: cities per country among cities matching the other filters (countries with none are left out). */
    facetCountries: (f: CityFilters) =>
      rows<{ iso2: string; name: string; count: number }>(
        db,
        sql`SELECT co.iso2, co.name_en AS name, count(*)::int AS count FROM ${fromCity}
          WHERE ${conditions(f, { country: true })} GROUP BY co.iso2, co.name_en ORDER BY co.name_en COLLATE "C"`,
      ),

    /** Facet: designations per year among cities matching the other filters. */
    facetYears: (f: CityFilters) =>
      rows<{ year: number; count: number }>(
        db,
        sql`SELECT d.year, count(*)::int AS count FROM ${fromCity} JOIN designations d ON d.city_id = c.id
          JOIN creative_fields df ON df.id = d.field_id
          WHERE ${conditions(f, { years: true })} ${f.field ? sql`AND df.slug = ${f.field}` : sql``}
          GROUP BY d.year ORDER BY d.year`,
      ),

    /** Designations per year and field, for the growth chart. */
    designationsPerYearAndField: () =>
      rows<{ year: number; field: string; count: number }>(
        db,
        sql`SELECT d.year, f.slug AS field, count(*)::int AS count FROM designations d
          JOIN creative_fields f ON f.id = d.field_id GROUP BY d.year, f.slug ORDER BY d.year, f.slug`,
      ),

    /** Cities per region (every region, zero included). */
    citiesPerRegion: () =>
      rows<{ slug: string; name: string; nameVi: string; count: number }>(
        db,
        sql`SELECT r.slug, r.name_en AS name, r.name_vi AS "nameVi", count(c.id)::int AS count
          FROM regions r LEFT JOIN countries co ON co.region_slug = r.slug LEFT JOIN cities c ON c.country_iso2 = co.iso2
          GROUP BY r.slug, r.name_en, r.name_vi, r.sort_order ORDER BY r.sort_order`,
      ),

    /** Number of cities and of countries with at least one city. */
    async totals(): Promise<{ cities: number; countries: number }> {
      const [r] = await rows<{ cities: number; countries: number }>(
        db,
        sql`SELECT count(*)::int AS cities, count(DISTINCT country_iso2)::int AS countries FROM cities`,
      );
      return r;
    },

    /** All fields, in display order. */
    fields: () => db.select().from(creativeFields).orderBy(asc(creativeFields.sortOrder)),

    /** All countries with their region. */
    countries: () => db.select().from(countries).orderBy(asc(countries.iso2)),

    /** Existing cities by `name|ISO2`, with slug and coordinates, for imports. */
    existingCities: () =>
      db
        .select({
          id: cities.id,
          slug: cities.slug,
          name: cities.name,
          iso2: cities.countryIso2,
          lat: cities.lat,
          lon: cities.lon,
        })
        .from(cities),

    /** Existing designations as `cityId|fieldId` → year and source, for imports. */
    existingDesignations: () =>
      rows<{ cityId: string; fieldId: string; year: number; source: string }>(
        db,
        sql`SELECT city_id AS "cityId", field_id AS "fieldId", year, source FROM designations`,
      ),

    /** Inserts new cities and returns their ids. */
    insertCities: (
      values: { slug: string; name: string; countryIso2: string; lat: number | null; lon: number | null }[],
    ) =>
      values.length === 0
        ? Promise.resolve([])
        : db.insert(cities).values(values).returning({ id: cities.id, name: cities.name, iso2: cities.countryIso2 }),

    /** Moves a city's point; bumps its version. */
    updateCityLocation: (id: string, lat: number | null, lon: number | null) =>
      db
        .update(cities)
        .set({ lat, lon, updatedAt: sql`now()`, version: sql`${cities.version} + 1` })
        .where(eq(cities.id, id)),

    /** Inserts or updates designations in one statement per batch. */
    upsertDesignations: (values: { cityId: string; fieldId: string; year: number; source: string }[]) =>
      values.length === 0
        ? Promise.resolve()
        : db.execute(
            sql`INSERT INTO designations (city_id, field_id, year, source) VALUES ${sql.join(
              values.map((v) => sql`(${v.cityId}, ${v.fieldId}, ${v.year}, ${v.source})`),
              sql`, `,
            )} ON CONFLICT (city_id, field_id) DO UPDATE SET year = excluded.year, source = excluded.source`,
          ),

    /** Whether a seed data set has been loaded. */
    async seeded(name: string): Promise<boolean> {
      const r = await db.select({ name: seedRuns.name }).from(seedRuns).where(eq(seedRuns.name, name));
      return r.length > 0;
    },

    /** Records that a seed data set has been loaded. */
    markSeeded: (name: string, count: number) =>
      db.insert(seedRuns).values({ name, rows: count }).onConflictDoNothing(),

    /** Tells every process caching the directory that it changed (delivered when the transaction commits). */
    notifyChanged: () => db.execute(sql`SELECT pg_notify(${CITIES_CHANGED}, '')`),

    /** Region display data. */
    regions: () => db.select().from(regions).orderBy(asc(regions.sortOrder)),
  };
};

/** The repository's type, for services. */
export type CitiesRepository = ReturnType<typeof citiesRepository>;
