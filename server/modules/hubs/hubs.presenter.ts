import type { HubManagerView, HubView } from "../../../contract/api/hubs.schema.ts";
import { iso, isoOrNull } from "../../../contract/dates.ts";
import type { ContactRow, HubRow } from "./hubs.repository.ts";

/** Public view of a hub. Contacts are private: only presentHubForManager() includes them. */
export function presentHub(row: HubRow): HubView {
  return {
    id: row.id,
    publicId: row.publicId,
    slug: row.slug,
    network: { slug: row.networkSlug, nameVi: row.networkNameVi, nameEn: row.networkNameEn },
    name: { vi: row.nameVi, en: row.nameEn },
    description: { vi: row.descriptionVi, en: row.descriptionEn },
    type: row.type,
    typeNote: row.typeNote,
    fields: row.fields,
    district: row.district,
    ward: row.ward,
    address: row.address,
    location: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    openingHours: row.openingHours,
    accessibility: row.accessibility,
    website: row.website,
    socialLinks: row.socialLinks ?? [],
    foundingYear: row.foundingYear,
    ownership: row.ownership,
    status: row.status,
    statusChangedAt: iso(row.statusChangedAt),
    memberSince: isoOrNull(row.memberSince),
    source: row.source,
    version: row.version,
    updatedAt: iso(row.updatedAt),
  };
}

/** What the network's administrators and the hub's managers see: the profile plus contact persons. */
export function presentHubForManager(row: HubRow, contacts: ContactRow[], canEdit: boolean): HubManagerView {
  return { ...presentHub(row), contacts, canEdit };
}

/** Open-data CSV columns: public fields only. */
export const hubCsvHeader = [
  "public_id",
  "slug",
  "network",
  "name_vi",
  "name_en",
  "type",
  "fields",
  "district",
  "ward",
  "address",
  "lat",
  "lon",
  "opening_hours",
  "accessibility",
  "website",
  "founding_year",
  "ownership",
  "status",
  "member_since",
  "source",
] as const;

/** One CSV record of public fields. */
export function hubCsvRecord(r: HubRow): string[] {
  const v = presentHub(r);
  return [
    v.publicId,
    v.slug,
    v.network.slug,
    v.name.vi ?? "",
    v.name.en ?? "",
    v.type?.slug ?? "",
    v.fields.map((f) => f.slug).join(";"),
    v.district ?? "",
    v.ward ?? "",
    v.address ?? "",
    v.location ? String(v.location.lat) : "",
    v.location ? String(v.location.lon) : "",
    v.openingHours ?? "",
    v.accessibility.map((a) => a.code).join(";"),
    v.website ?? "",
    v.foundingYear === null ? "" : String(v.foundingYear),
    v.ownership ?? "",
    v.status,
    v.memberSince ?? "",
    v.source,
  ];
}

/** RFC 7946 FeatureCollection of hubs with a point; properties are public fields only. */
export function hubFeatureCollection(rows: HubRow[]) {
  return {
    type: "FeatureCollection" as const,
    features: rows
      .filter((r) => r.lat !== null && r.lon !== null)
      .map((r) => {
        const v = presentHub(r);
        return {
          type: "Feature" as const,
          id: v.publicId,
          geometry: { type: "Point" as const, coordinates: [r.lon as number, r.lat as number] },
          properties: {
            publicId: v.publicId,
            slug: v.slug,
            nameVi: v.name.vi,
            nameEn: v.name.en,
            type: v.type?.slug ?? null,
            fields: v.fields.map((f) => f.slug),
            district: v.district,
            address: v.address,
            accessibility: v.accessibility.map((a) => a.code),
            website: v.website,
            status: v.status,
          },
        };
      }),
  };
}
