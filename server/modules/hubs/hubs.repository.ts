import { type SQL, sql } from "drizzle-orm";
import type { HubListQuery } from "../../../contract/api/hubs.schema.ts";
import { gridCell, type LonLatBox, MERCATOR_MAX_LAT } from "../../../contract/map-grid.ts";
import { searchKey } from "../../../contract/text.ts";
import { type Db, rows } from "../../db/client.ts";

/** A hub row with its labels resolved, as presenters want it. */
export type HubRow = {
  id: string;
  publicId: string;
  slug: string;
  networkId: string;
  networkSlug: string;
  networkNameVi: string;
  networkNameEn: string;
  nameVi: string | null;
  nameEn: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  type: { slug: string; nameVi: string; nameEn: string } | null;
  typeNote: string | null;
  fields: { slug: string; nameVi: string; nameEn: string }[];
  district: string | null;
  ward: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  openingHours: string | null;
  accessibility: { code: string; nameVi: string; nameEn: string }[];
  website: string | null;
  socialLinks: string[];
  foundingYear: number | null;
  ownership: "public" | "private" | "non-profit" | null;
  status: "applicant" | "member" | "suspended" | "closed";
  statusChangedAt: Date;
  memberSince: Date | null;
  source: string;
  version: number;
  updatedAt: Date;
};

/** A map marker's columns. */
export type HubMapRow = {
  id: string;
  slug: string;
  nameVi: string | null;
  nameEn: string | null;
  type: string | null;
  district: string | null;
  lat: number;
  lon: number;
};

/** A contact person (private). */
export type ContactRow = { id: string; name: string; role: string | null; email: string | null; phone: string | null };

/** Writable profile columns, in SQL names. */
export type HubColumns = {
  name_vi?: string | null;
  name_en?: string | null;
  description_vi?: string | null;
  description_en?: string | null;
  type_id?: string | null;
  type_note?: string | null;
  district?: string | null;
  ward?: string | null;
  address?: string | null;
  lat?: number | null;
  lon?: number | null;
  opening_hours?: string | null;
  accessibility?: string[];
  website?: string | null;
  social_links?: string[];
  founding_year?: number | null;
  ownership?: string | null;
  source?: string;
};

const selectHub = sql`
  h.id, h.public_id AS "publicId", h.slug, h.network_id AS "networkId", n.slug AS "networkSlug",
  n.name_vi AS "networkNameVi", n.name_en AS "networkNameEn", h.name_vi AS "nameVi", h.name_en AS "nameEn",
  h.description_vi AS "descriptionVi", h.description_en AS "descriptionEn",
  CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('slug', t.slug, 'nameVi', t.name_vi, 'nameEn', t.name_en) END AS type,
  h.type_note AS "typeNote",
  coalesce((SELECT json_agg(json_build_object('slug', f.slug, 'nameVi', f.name_vi, 'nameEn', f.name_en) ORDER BY f.sort_order)
            FROM hub_fields hf JOIN creative_fields f ON f.id = hf.field_id WHERE hf.hub_id = h.id), '[]'::json) AS fields,
  h.district, h.ward, h.address, h.lat, h.lon, h.opening_hours AS "openingHours",
  coalesce((SELECT json_agg(json_build_object('code', a.code, 'nameVi', a.name_vi, 'nameEn', a.name_en) ORDER BY a.sort_order)
            FROM accessibility_features a WHERE a.code = ANY (h.accessibility)), '[]'::json) AS accessibility,
  h.website, h.social_links AS "socialLinks", h.founding_year AS "foundingYear", h.ownership, h.status,
  h.status_changed_at AS "statusChangedAt", h.member_since AS "memberSince", h.source, h.version, h.updated_at AS "updatedAt"`;

const fromHub = sql`hubs h JOIN networks n ON n.id = h.network_id LEFT JOIN hub_types t ON t.id = h.type_id`;

/** A marker's columns (public fields only). */
const selectMapPoint = sql`SELECT h.id, h.slug, h.name_vi AS "nameVi", h.name_en AS "nameEn",
  (SELECT t.slug FROM hub_types t WHERE t.id = h.type_id) AS type, h.district,
  round(h.lat::numeric, 6)::float8 AS lat, round(h.lon::numeric, 6)::float8 AS lon
  FROM hubs h`;

/** The box around some boxes (a point is a box with no area), or null for none. */
function extentOf(boxes: readonly LonLatBox[]): LonLatBox | null {
  if (boxes.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    w = Math.min(w, b[0]);
    s = Math.min(s, b[1]);
    e = Math.max(e, b[2]);
    n = Math.max(n, b[3]);
  }
  return [w, s, e, n];
}

/** How `q` is matched: whole words (full-text, prefix on the last word) or, when that finds nothing, trigrams. */
type TextMode = "words" | "trigrams";

/** Runs a query by whole words and, when a text query finds nothing that way, again by trigrams. */
async function wordsThenTrigrams<T>(
  q: { q?: string },
  run: (mode: TextMode) => Promise<T[]>,
): Promise<{ found: T[]; mode: TextMode }> {
  const found = await run("words");
  if (found.length > 0 || !q.q) return { found, mode: "words" };
  return { found: await run("trigrams"), mode: "trigrams" };
}

/**
 * A full-text query from the folded search text: every word must appear, the last one as a prefix.
 * @example wordsQuery("Bát Tràng") // "bat & trang:*"
 */
export function wordsQuery(q: string): string | null {
  const words = searchKey(q).split(" ").filter(Boolean);
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
}

function conditions(
  q: Omit<HubListQuery, "page" | "pageSize" | "sort">,
  statuses: string[],
  mode: TextMode = "trigrams",
): SQL {
  const parts: SQL[] = [
    sql`h.status IN (${sql.join(
      statuses.map((s) => sql`${s}`),
      sql`, `,
    )})`,
  ];
  // Sub-selects rather than joins: counting and ranking then read the hubs table alone.
  if (q.network) parts.push(sql`h.network_id = (SELECT id FROM networks WHERE slug = ${q.network})`);
  if (q.q) {
    const words = wordsQuery(q.q);
    if (mode === "words" && words) parts.push(sql`h.search_tsv @@ to_tsquery('simple', ${words})`);
    else {
      const key = sql`f_search_key(${q.q})`;
      parts.push(sql`(${key} <% h.search_text OR h.search_text LIKE '%' || ${key} || '%')`);
    }
  }
  if (q.type) parts.push(sql`h.type_id = (SELECT id FROM hub_types WHERE slug = ${q.type})`);
  if (q.field) {
    parts.push(sql`EXISTS (SELECT 1 FROM hub_fields hf JOIN creative_fields f ON f.id = hf.field_id
      WHERE hf.hub_id = h.id AND f.slug = ${q.field})`);
  }
  if (q.district) parts.push(sql`f_search_key(h.district) = f_search_key(${q.district})`);
  if (q.accessibility?.length) {
    parts.push(
      sql`h.accessibility @> ARRAY[${sql.join(
        q.accessibility.map((a) => sql`${a}`),
        sql`, `,
      )}]::text[]`,
    );
  }
  if (q.bbox) {
    parts.push(
      sql`h.lat BETWEEN ${q.bbox.minLat} AND ${q.bbox.maxLat} AND h.lon BETWEEN ${q.bbox.minLon} AND ${q.bbox.maxLon}`,
    );
  }
  return sql.join(parts, sql` AND `);
}

/** `conditions` for the map: the hubs that have a point. */
function mapConditions(q: Omit<HubListQuery, "page" | "pageSize" | "sort">, statuses: string[], mode: TextMode): SQL {
  return sql`${conditions(q, statuses, mode)} AND h.lat IS NOT NULL AND h.lon IS NOT NULL`;
}

/** NOTIFY channel raised when any hub's public data changes. */
export const HUBS_CHANGED = "hubs_changed";

/** Every statement about networks, hubs, their taxonomies, contacts and managers. */
export const hubsRepository = (db: Db) => ({
  /**
   * A page of hubs with the total. A text query is matched by whole words first, and by trigrams (typos) only when
   * no hub has the words. The page's ids are ranked on cheap columns, and the full rows (labels, fields,
   * accessibility) are built for the page alone, so a search matching thousands stays fast. With a text query the
   * ranking reads every match anyway, so the total comes from the same scan (`count(*) OVER ()`) rather than a
   * second pass over the matches; without one the page is read in index order and the count is a separate,
   * index-only scan.
   */
  async list(q: HubListQuery, statuses: string[]) {
    const offset = (q.page - 1) * q.pageSize;
    const count = async (mode: TextMode) =>
      (
        await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM hubs h WHERE ${conditions(q, statuses, mode)}`)
      )[0].n;
    const key = q.q ? sql`f_search_key(${q.q})` : sql`''`;
    const page = (mode: TextMode, withTotal: boolean) => {
      const [s1, s2] =
        q.sort === "-updated"
          ? [sql`-extract(epoch FROM h.updated_at)`, sql`h.name_key`]
          : q.q && q.sort !== "name"
            ? mode === "words"
              ? [sql`CASE WHEN h.search_text LIKE '%' || ${key} || '%' THEN 0 ELSE 1 END`, sql`h.name_key`]
              : [sql`-word_similarity(${key}, h.search_text)`, sql`h.name_key`]
            : [sql`0`, sql`h.name_key`];
      return rows<HubRow & { total: number }>(
        db,
        sql`WITH page AS (SELECT h.id, ${s1} AS s1, ${s2} COLLATE "C" AS s2,
                                 ${withTotal ? sql`count(*) OVER ()::int` : sql`0`} AS total
                          FROM hubs h WHERE ${conditions(q, statuses, mode)}
                          ORDER BY 2, 3, 1 LIMIT ${q.pageSize} OFFSET ${offset})
            SELECT ${selectHub}, p.total FROM page p JOIN ${fromHub} ON h.id = p.id ORDER BY p.s1, p.s2, p.id`,
      );
    };
    const strip = (items: (HubRow & { total: number })[]) => items.map(({ total: _t, ...row }) => row as HubRow);

    if (!q.q) {
      const total = await count("words");
      if (total === 0 || offset >= total) return { items: [] as HubRow[], total };
      return { items: strip(await page("words", false)), total };
    }
    for (const mode of ["words", "trigrams"] as const) {
      const items = await page(mode, true);
      if (items.length > 0) return { items: strip(items), total: items[0].total };
      // An empty page past the end still has a total; only no match at all falls through to trigrams.
      const total = offset > 0 ? await count(mode) : 0;
      if (total > 0) return { items: [] as HubRow[], total };
    }
    return { items: [] as HubRow[], total: 0 };
  },

  /**
   * Map markers: the matching hubs that have a point, public fields a marker needs only, at most `limit` of them
   * (the first by public id, so a truncated answer is stable and spread over the map), how many match in all, and
   * the box around them. The planner picks the plan: for a few hundred matches it reads them by the filters' indexes
   * and sorts; for a whole network it walks the public-id index and stops at `limit`. Only a truncated answer pays
   * for a count.
   */
  async mapPoints(q: Omit<HubListQuery, "page" | "pageSize" | "sort">, statuses: string[], limit: number) {
    const where = (mode: TextMode) => mapConditions(q, statuses, mode);
    const { found: items, mode } = await wordsThenTrigrams(q, (m) =>
      rows<HubMapRow>(db, sql`${selectMapPoint} WHERE ${where(m)} ORDER BY h.public_id LIMIT ${limit + 1}`),
    );
    if (items.length <= limit) {
      return { items, total: items.length, extent: extentOf(items.map((p) => [p.lon, p.lat, p.lon, p.lat])) };
    }
    const [c] = await rows<{ n: number; w: number; s: number; e: number; nn: number }>(
      db,
      sql`SELECT count(*)::int AS n, min(h.lon)::float8 AS w, min(h.lat)::float8 AS s, max(h.lon)::float8 AS e,
                 max(h.lat)::float8 AS nn
          FROM hubs h WHERE ${where(mode)}`,
    );
    return { items: items.slice(0, limit), total: c.n, extent: [c.w, c.s, c.e, c.nn] as LonLatBox };
  },

  /**
   * The matching hubs that have a point, grouped in a grid of square cells `cellPx` screen pixels wide at Web
   * Mercator zoom `zoom`, when more than `above` match; `undefined` when `above` or fewer do (the caller sends the
   * markers). Cells with two hubs or more are clusters (count, centroid, box); a hub alone in its cell comes back as
   * a marker (at most `limit` of them, `truncated` when more were alone). One grouped scan of the matches, whatever
   * their number, on the grid of contract/map-grid.ts: aligned to the world, so a cluster stays put while the map pans.
   */
  async mapClusters(
    q: Omit<HubListQuery, "page" | "pageSize" | "sort">,
    statuses: string[],
    view: { zoom: number; cellPx: number; above: number; limit: number },
  ) {
    const cell = gridCell(view.zoom, view.cellPx);
    const lat = sql`least(greatest(h.lat, ${-MERCATOR_MAX_LAT}::float8), ${MERCATOR_MAX_LAT}::float8)`;
    const cells = (mode: TextMode) =>
      rows<{ n: number; lat: number; lon: number; w: number; s: number; e: number; nn: number; anyId: string }>(
        db,
        sql`SELECT count(*)::int AS n,
                   round(avg(h.lat)::numeric, 6)::float8 AS lat, round(avg(h.lon)::numeric, 6)::float8 AS lon,
                   min(h.lon)::float8 AS w, min(h.lat)::float8 AS s, max(h.lon)::float8 AS e, max(h.lat)::float8 AS nn,
                   min(h.id::text) AS "anyId"
            FROM hubs h WHERE ${mapConditions(q, statuses, mode)}
            GROUP BY floor(h.lon / ${cell.lon}::float8),
                     floor(ln(tan(pi() / 4 + radians(${lat}) / 2)) / ${cell.y}::float8)`,
      );
    const { found } = await wordsThenTrigrams(q, cells);
    const total = found.reduce((sum, c) => sum + c.n, 0);
    if (total <= view.above) return undefined;
    // Hubs alone in their cell are sent as markers, at most `limit` (a close zoom over a wide view can leave many
    // alone); the ids go as one array parameter, however many there are.
    const singleIds = found.filter((c) => c.n === 1).map((c) => c.anyId);
    const singles =
      singleIds.length === 0
        ? []
        : await rows<HubMapRow>(
            db,
            sql`${selectMapPoint} WHERE h.id = ANY(${`{${singleIds.join(",")}}`}::uuid[])
                ORDER BY h.public_id LIMIT ${view.limit}`,
          );
    const boxOf = (c: (typeof found)[number]): LonLatBox => [c.w, c.s, c.e, c.nn];
    const clusters = found
      .filter((c) => c.n > 1)
      .map((c) => ({ lat: c.lat, lon: c.lon, count: c.n, extent: boxOf(c) }));
    const extent = extentOf(found.map(boxOf)) as LonLatBox;
    return { clusters, singles, truncated: singleIds.length > singles.length, total, extent };
  },

  /** Every hub matching, for exports. */
  all: (q: Omit<HubListQuery, "page" | "pageSize" | "sort">, statuses: string[]) =>
    rows<HubRow>(db, sql`SELECT ${selectHub} FROM ${fromHub} WHERE ${conditions(q, statuses)} ORDER BY h.public_id`),

  /** One hub by id, public id or slug. */
  async byIdOrSlug(idOrSlug: string): Promise<HubRow | undefined> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const [r] = await rows<HubRow>(
      db,
      isUuid
        ? sql`SELECT ${selectHub} FROM ${fromHub} WHERE h.id = ${idOrSlug}`
        : sql`SELECT ${selectHub} FROM ${fromHub} WHERE h.slug = ${idOrSlug.toLowerCase()} OR h.public_id = ${idOrSlug.toUpperCase()}`,
    );
    return r;
  },

  contacts: (hubId: string) =>
    rows<ContactRow>(
      db,
      sql`SELECT id, name, role, email, phone FROM hub_contacts WHERE hub_id = ${hubId} ORDER BY created_at, id`,
    ),

  async replaceContacts(hubId: string, contacts: Omit<ContactRow, "id">[]) {
    await db.execute(sql`DELETE FROM hub_contacts WHERE hub_id = ${hubId}`);
    for (const c of contacts) {
      await db.execute(sql`INSERT INTO hub_contacts (hub_id, name, role, email, phone)
        VALUES (${hubId}, ${c.name}, ${c.role}, ${c.email}, ${c.phone})`);
    }
  },

  async replaceFields(hubId: string, fieldIds: string[]) {
    await db.execute(sql`DELETE FROM hub_fields WHERE hub_id = ${hubId}`);
    if (fieldIds.length > 0) {
      await db.execute(
        sql`INSERT INTO hub_fields (hub_id, field_id) VALUES ${sql.join(
          fieldIds.map((f) => sql`(${hubId}, ${f})`),
          sql`, `,
        )}`,
      );
    }
  },

  addManager: (hubId: string, userId: string) =>
    db.execute(sql`INSERT INTO hub_managers (hub_id, user_id) VALUES (${hubId}, ${userId}) ON CONFLICT DO NOTHING`),

  managers: async (hubId: string) =>
    (await rows<{ userId: string }>(db, sql`SELECT user_id AS "userId" FROM hub_managers WHERE hub_id = ${hubId}`)).map(
      (r) => r.userId,
    ),

  /** Inserts a hub and returns its id. */
  async insert(networkId: string, slug: string, status: string, cols: HubColumns): Promise<string> {
    const entries = Object.entries(cols).filter(([, v]) => v !== undefined);
    const [r] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO hubs (network_id, slug, status, member_since${sql.raw(entries.map(([k]) => `, ${k}`).join(""))})
          VALUES (${networkId}, ${slug}, ${status}, ${status === "member" ? sql`now()` : null}${sql.join(
            entries.map(([k, v]) =>
              Array.isArray(v)
                ? sql`, ${toTextArray(v)}`
                : k === "lat" || k === "lon"
                  ? sql`, ${v}::float8`
                  : sql`, ${v}`,
            ),
            sql``,
          )})
          RETURNING id`,
    );
    return r.id;
  },

  /**
   * Updates the columns given when `version` is still current, bumping it. Returns false on a stale version, so the
   * caller answers 409 and nothing is written.
   */
  async update(id: string, version: number, cols: HubColumns, status?: string): Promise<boolean> {
    const sets: SQL[] = Object.entries(cols)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) =>
        Array.isArray(v)
          ? sql`${sql.identifier(k)} = ${toTextArray(v)}`
          : k === "lat" || k === "lon"
            ? sql`${sql.identifier(k)} = ${v}::float8`
            : sql`${sql.identifier(k)} = ${v}`,
      );
    if (status) {
      sets.push(sql`status = ${status}, status_changed_at = now()`);
      if (status === "member") sets.push(sql`member_since = coalesce(member_since, now())`);
    }
    sets.push(sql`version = version + 1, updated_at = now()`);
    const r = await rows<{ id: string }>(
      db,
      sql`UPDATE hubs SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${version} RETURNING id`,
    );
    return r.length === 1;
  },

  /** Makes a hub a member (on acceptance), whatever its version. */
  setMember: (id: string) =>
    db.execute(sql`UPDATE hubs SET status = 'member', status_changed_at = now(), member_since = coalesce(member_since, now()),
      version = version + 1, updated_at = now() WHERE id = ${id}`),

  /** Tells every process caching hub lists that they changed (delivered at commit). */
  notifyChanged: () => db.execute(sql`SELECT pg_notify(${HUBS_CHANGED}, '')`),

  slugTaken: async (slug: string) =>
    (await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM hubs WHERE slug = ${slug}`))[0].n > 0,

  /** A network by slug (or by id, for clients that hold only the id). */
  networkBySlug: async (slug: string) =>
    (
      await rows<{ id: string; slug: string; nameVi: string; nameEn: string }>(
        db,
        sql`SELECT id, slug, name_vi AS "nameVi", name_en AS "nameEn" FROM networks WHERE slug = ${slug} OR id::text = ${slug}`,
      )
    )[0],

  networks: () =>
    rows<{
      id: string;
      slug: string;
      nameVi: string;
      nameEn: string;
      citySlug: string;
      cityName: string;
      memberCount: number;
    }>(
      db,
      sql`SELECT n.id, n.slug, n.name_vi AS "nameVi", n.name_en AS "nameEn", c.slug AS "citySlug", c.name AS "cityName",
            (SELECT count(*)::int FROM hubs h WHERE h.network_id = n.id AND h.status = 'member') AS "memberCount"
          FROM networks n JOIN cities c ON c.id = n.city_id ORDER BY n.slug`,
    ),

  insertNetwork: async (v: { slug: string; cityId: string; nameVi: string; nameEn: string }) =>
    (
      await rows<{ id: string }>(
        db,
        sql`INSERT INTO networks (slug, city_id, name_vi, name_en) VALUES (${v.slug}, ${v.cityId}, ${v.nameVi}, ${v.nameEn})
            ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug RETURNING id`,
      )
    )[0].id,

  types: () =>
    rows<{ id: string; slug: string; nameVi: string; nameEn: string; version: number }>(
      db,
      sql`SELECT id, slug, name_vi AS "nameVi", name_en AS "nameEn", version FROM hub_types ORDER BY sort_order`,
    ),

  async insertType(v: { slug: string; nameVi: string; nameEn: string }) {
    const r = await rows<{ slug: string }>(
      db,
      sql`INSERT INTO hub_types (slug, name_vi, name_en, sort_order)
          VALUES (${v.slug}, ${v.nameVi}, ${v.nameEn}, (SELECT coalesce(max(sort_order), 0) + 1 FROM hub_types))
          ON CONFLICT (slug) DO NOTHING RETURNING slug`,
    );
    return r.length === 1;
  },

  /** Renames a type if it is still at `version`; undefined when it is not (or does not exist). */
  async updateType(slug: string, v: { version: number; nameVi?: string; nameEn?: string }) {
    const r = await rows<{ slug: string; nameVi: string; nameEn: string; version: number }>(
      db,
      sql`UPDATE hub_types SET name_vi = coalesce(${v.nameVi ?? null}, name_vi), name_en = coalesce(${v.nameEn ?? null}, name_en),
            version = version + 1
          WHERE slug = ${slug} AND version = ${v.version} RETURNING slug, name_vi AS "nameVi", name_en AS "nameEn", version`,
    );
    return r[0];
  },

  accessibilityFeatures: () =>
    rows<{ code: string; nameVi: string; nameEn: string }>(
      db,
      sql`SELECT code, name_vi AS "nameVi", name_en AS "nameEn" FROM accessibility_features ORDER BY sort_order`,
    ),

  fields: () =>
    rows<{ id: string; slug: string; nameVi: string; nameEn: string }>(
      db,
      sql`SELECT id, slug, name_vi AS "nameVi", name_en AS "nameEn" FROM creative_fields ORDER BY sort_order`,
    ),

  districts: async (networkSlug?: string) =>
    (
      await rows<{ district: string }>(
        db,
        sql`SELECT DISTINCT h.district FROM hubs h JOIN networks n ON n.id = h.network_id
            WHERE h.district IS NOT NULL AND h.status = 'member' ${networkSlug ? sql`AND n.slug = ${networkSlug}` : sql``}
            ORDER BY h.district`,
      )
    ).map((r) => r.district),
});

/** A text[] literal parameter that both drivers accept. */
function toTextArray(values: string[]): SQL {
  return values.length === 0
    ? sql`'{}'::text[]`
    : sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;
}

/** The repository's type. */
export type HubsRepository = ReturnType<typeof hubsRepository>;
