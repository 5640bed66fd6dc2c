import type { CityView } from "../../../contract/api/cities.schema.ts";
import type { CityRow } from "./cities.repository.ts";

/** Public view of a member city: every field is chosen here, none passes through by accident. */
export function presentCity(row: CityRow): CityView {
  const first = row.designations[0];
  return {
    slug: row.slug,
    name: row.name,
    country: { iso2: row.countryIso2, name: row.countryName },
    region: { slug: row.regionSlug, name: row.regionName, nameVi: row.regionNameVi },
    field: { slug: first.slug, name: first.name, nameVi: first.nameVi },
    year: first.year,
    location: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    designations: row.designations.map((d) => ({
      field: { slug: d.slug, name: d.name, nameVi: d.nameVi },
      year: d.year,
      source: d.source,
    })),
  };
}

/** Export columns; the same header the importer reads, so an export imports back unchanged. */
export const cityCsvHeader = ["city", "country", "iso2", "field", "year", "lat", "lon", "source"] as const;

/** One CSV record per designation. */
export function cityCsvRecords(row: CityRow): string[][] {
  return row.designations.map((d) => [
    row.name,
    row.countryName,
    row.countryIso2,
    d.name,
    String(d.year),
    row.lat === null ? "" : String(row.lat),
    row.lon === null ? "" : String(row.lon),
    d.source,
  ]);
}

/** RFC 7946 FeatureCollection of the cities that have a point ([lon, lat] order, WGS84). */
export function cityFeatureCollection(rows: CityRow[]) {
  return {
    type: "FeatureCollection" as const,
    features: rows
      .filter((r) => r.lat !== null && r.lon !== null)
      .map((r) => {
        const v = presentCity(r);
        return {
          type: "Feature" as const,
          id: v.slug,
          geometry: { type: "Point" as const, coordinates: [r.lon as number, r.lat as number] },
          properties: {
            slug: v.slug,
            name: v.name,
            country: v.country.name,
            iso2: v.country.iso2,
            region: v.region.slug,
            field: v.field.slug,
            fieldName: v.field.name,
            year: v.year,
            designations: v.designations.map((d) => ({ field: d.field.slug, year: d.year })),
          },
        };
      }),
  };
}
