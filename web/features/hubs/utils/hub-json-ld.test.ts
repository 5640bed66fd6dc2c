import { describe, expect, it } from "vitest";
import type { HubView } from "../../../../contract/api/hubs.schema.ts";
import { hubJsonLd, schemaTypeOf, serializeJsonLd } from "./hub-json-ld.ts";

const hub: HubView = {
  id: "0b6c5a0e-0000-4000-8000-000000000001",
  publicId: "H000003",
  slug: "nha-tu-hoa-lo",
  network: { slug: "hanoi", nameVi: "Mạng lưới", nameEn: "Network" },
  name: { vi: "Nhà tù Hỏa Lò", en: "Hỏa Lò Prison relic" },
  description: { vi: null, en: null },
  type: { slug: "museum", nameVi: "Bảo tàng", nameEn: "Museum" },
  typeNote: "historic relic / museum (prison built 1896)",
  fields: [],
  district: "Hoàn Kiếm",
  ward: null,
  address: "1 Hỏa Lò St",
  location: { lat: 21.02528, lon: 105.84639 },
  openingHours: null,
  accessibility: [{ code: "step-free-entrance", nameVi: "Lối vào không bậc", nameEn: "Step-free entrance" }],
  website: null,
  socialLinks: [],
  foundingYear: null,
  ownership: null,
  status: "member",
  statusChangedAt: "2025-01-01T00:00:00.000Z",
  memberSince: "2025-01-01T00:00:00.000Z",
  source: "https://en.wikipedia.org/wiki/Hoa_Lo_Prison",
  version: 1,
  updatedAt: "2025-01-01T00:00:00.000Z",
};

describe("schemaTypeOf", () => {
  it.each([
    { type: "museum", expected: "Museum" },
    { type: "gallery-art-space", expected: "ArtGallery" },
    { type: "cultural-centre", expected: "CivicStructure" },
    { type: "a-type-added-later", expected: "Place" },
    { type: null, expected: "Place" },
  ])("maps $type to $expected", ({ type, expected }) => {
    expect(schemaTypeOf(type)).toBe(expected);
  });
});

describe("hubJsonLd", () => {
  it("describes the hub with its names, address, point and accessibility, and nothing it does not hold", () => {
    expect(hubJsonLd(hub, "https://example.vn/hubs/nha-tu-hoa-lo")).toEqual({
      "@context": "https://schema.org",
      "@type": "Museum",
      "@id": "https://example.vn/hubs/nha-tu-hoa-lo",
      identifier: "H000003",
      name: "Nhà tù Hỏa Lò",
      alternateName: "Hỏa Lò Prison relic",
      description: "historic relic / museum (prison built 1896)",
      url: "https://example.vn/hubs/nha-tu-hoa-lo",
      address: { "@type": "PostalAddress", streetAddress: "1 Hỏa Lò St", addressLocality: "Hoàn Kiếm" },
      geo: { "@type": "GeoCoordinates", latitude: 21.02528, longitude: 105.84639 },
      amenityFeature: [{ "@type": "LocationFeatureSpecification", name: "Step-free entrance", value: true }],
    });
  });

  it("links the hub's own website and social pages when it has them", () => {
    const data = hubJsonLd({ ...hub, website: "https://hoalo.vn", socialLinks: ["https://facebook.com/hoalo"] }, "u");
    expect(data.url).toBe("https://hoalo.vn");
    expect(data.sameAs).toEqual(["https://facebook.com/hoalo"]);
  });

  it("leaves out address and geo when the record has none", () => {
    const data = hubJsonLd({ ...hub, address: null, district: null, location: null }, "u");
    expect(data).not.toHaveProperty("address");
    expect(data).not.toHaveProperty("geo");
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element, and still parses to the same value", () => {
    const value = { name: "</script><script>alert(1)</script>", note: "a & b > c\u2028" };
    const text = serializeJsonLd(value);
    expect(text).not.toContain("<");
    expect(text).not.toContain(">");
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(value);
  });
});
