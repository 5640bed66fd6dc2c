import type {
  CityDetail,
  CityFacets,
  CityFilters,
  CityListQuery,
  CityPage,
  FieldList,
  NetworkStats,
} from "../../../contract/api/cities.schema.ts";
import type { Db } from "../../db/client.ts";
import { NotFoundError } from "../../http/errors.ts";
import { presentCity } from "./cities.presenter.ts";
import { type CityRow, citiesRepository } from "./cities.repository.ts";

/** How many same-field cities a city page shows. */
const NEARBY_LIMIT = 6;

/** Reading the Creative Cities directory. */
export function citiesService(db: Db) {
  const repo = citiesRepository(db);
  return {
    /** A page of cities; with `q` and no explicit sort, the best match comes first. */
    async list(query: CityListQuery): Promise<CityPage> {
      const sort = query.sort ?? (query.q ? "relevance" : "name");
      const { items, total } = await repo.list(query, sort, query.page, query.pageSize);
      return { items: items.map(presentCity), total, page: query.page, pageSize: query.pageSize };
    },

    /** One city with other cities of its fields, nearest first. */
    async get(slug: string): Promise<CityDetail> {
      const row = await repo.bySlug(slug.toLowerCase());
      if (!row) throw NotFoundError(`No member city with slug "${slug}"`);
      const nearby =
        row.lat === null || row.lon === null
          ? []
          : await repo.nearby(
              row.id,
              row.designations.map((d) => d.slug),
              row.lat,
              row.lon,
              NEARBY_LIMIT,
            );
      return {
        ...presentCity(row),
        nearby: nearby.map((n) => ({ ...presentCity(n), distanceKm: Math.round(n.distanceKm) })),
      };
    },

    /** Fields with member counts. */
    async fields(): Promise<FieldList> {
      const rows = await repo.fieldsWithCounts();
      return {
        items: rows.map((f) => ({
          slug: f.slug,
          name: f.nameEn,
          nameVi: f.nameVi,
          sinceYear: f.sinceYear,
          count: f.count,
        })),
      };
    },

    /** Facet counts for the current filters; each facet ignores its own filter. */
    async facets(f: CityFilters): Promise<CityFacets> {
      const [total, fields, regions, countries, years] = await Promise.all([
        repo.count(f),
        repo.facetFields(f),
        repo.facetRegions(f),
        repo.facetCountries(f),
        repo.facetYears(f),
      ]);
      return { total, fields, regions, countries, years };
    },

    /** Growth of the network per designation year, and counts per field and region. */
    async stats(): Promise<NetworkStats> {
      const [perYear, fields, regions, totals] = await Promise.all([
        repo.designationsPerYearAndField(),
        repo.fieldsWithCounts(),
        repo.citiesPerRegion(),
        repo.totals(),
      ]);
      const byYear = new Map<number, Record<string, number>>();
      for (const r of perYear) {
        const entry = byYear.get(r.year) ?? {};
        entry[r.field] = r.count;
        byYear.set(r.year, entry);
      }
      let cumulative = 0;
      const years = [...byYear.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, byField]) => {
          const added = Object.values(byField).reduce((s, n) => s + n, 0);
          cumulative += added;
          return { year, added, cumulative, byField };
        });
      return {
        total: totals.cities,
        countries: totals.countries,
        years,
        fields: fields.map((f) => ({ slug: f.slug, name: f.nameEn, nameVi: f.nameVi, count: f.count })),
        regions,
      };
    },

    /** Every city matching the filters, for exports. */
    exportRows: (f: CityFilters): Promise<CityRow[]> => repo.all(f),
  };
}

/** The service's type, for routes and the CLI. */
export type CitiesService = ReturnType<typeof citiesService>;
