import type { HubView } from "../../../../contract/api/hubs.schema.ts";

// schema.org types by hub type: the closest Place subtype, CivicStructure for public spaces with no closer one.
// Types added to the taxonomy later fall back to Place.
const SCHEMA_TYPES: Record<string, string> = {
  "heritage-site": "LandmarksOrHistoricalBuildings",
  museum: "Museum",
  "gallery-art-space": "ArtGallery",
  "performing-arts-venue": "PerformingArtsTheater",
  "craft-village": "TouristAttraction",
  "creative-hub": "LocalBusiness",
  "public-art-space": "CivicStructure",
  "cultural-centre": "CivicStructure",
  "design-studio": "LocalBusiness",
  "education-library": "Library",
};

/**
 * The schema.org type of a hub, by its type in the taxonomy.
 * @example schemaTypeOf("museum") // "Museum"
 */
export function schemaTypeOf(typeSlug: string | null | undefined): string {
  return (typeSlug && SCHEMA_TYPES[typeSlug]) || "Place";
}

/**
 * schema.org metadata of a hub's public page: what search engines and open-data harvesters read. Only public
 * fields, only what the record holds (no invented country or city), names in both languages.
 * @param pageUrl the absolute URL of the hub's page, its `@id`.
 */
export function hubJsonLd(hub: HubView, pageUrl: string): Record<string, unknown> {
  const name = hub.name.vi ?? hub.name.en ?? hub.publicId;
  const alternateName = hub.name.en && hub.name.en !== name ? hub.name.en : undefined;
  const description = hub.description.vi ?? hub.description.en ?? hub.typeNote ?? undefined;
  const address =
    hub.address || hub.ward || hub.district
      ? {
          "@type": "PostalAddress",
          streetAddress: [hub.address, hub.ward].filter(Boolean).join(", ") || undefined,
          addressLocality: hub.district ?? undefined,
        }
      : undefined;
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": schemaTypeOf(hub.type?.slug),
    "@id": pageUrl,
    identifier: hub.publicId,
    name,
    alternateName,
    description,
    url: hub.website ?? pageUrl,
    sameAs: hub.socialLinks.length > 0 ? hub.socialLinks : undefined,
    address,
    geo: hub.location
      ? { "@type": "GeoCoordinates", latitude: hub.location.lat, longitude: hub.location.lon }
      : undefined,
    amenityFeature:
      hub.accessibility.length > 0
        ? hub.accessibility.map((feature) => ({
            "@type": "LocationFeatureSpecification",
            name: feature.nameEn,
            value: true,
          }))
        : undefined,
  };
  return JSON.parse(JSON.stringify(data));
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as `\u003c` etc., so a
 * hub name containing `</script>` cannot end the element, wherever the markup ends up (a server render, a copy
 * in a feed); U+2028 and U+2029 are escaped for old JavaScript parsers. The value means the same to JSON readers.
 * @example serializeJsonLd({ name: "</script>" }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
