import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../../test/setup/test-app.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const get = async (url: string) => {
  const res = await t.app.inject({ method: "GET", url });
  const json = res.headers["content-type"]?.toString().startsWith("application/json");
  return { status: res.statusCode, body: json ? res.json() : undefined, headers: res.headers, text: res.body };
};

describe("GET /api/cities", () => {
  it("lists all 408 members of the seed file, 20 per page by default, with the documented item shape", async () => {
    const { status, body } = await get("/api/cities");
    expect(status).toBe(200);
    expect(body.total).toBe(408);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(20);
    expect(body.items).toHaveLength(20);
    expect(body.items[0]).toEqual({
      slug: expect.any(String),
      name: expect.any(String),
      country: { iso2: expect.stringMatching(/^[A-Z]{2}$/), name: expect.any(String) },
      region: { slug: expect.any(String), name: expect.any(String), nameVi: expect.any(String) },
      field: { slug: expect.any(String), name: expect.any(String), nameVi: expect.any(String) },
      year: expect.any(Number),
      location: expect.objectContaining({ lat: expect.any(Number), lon: expect.any(Number) }),
      designations: expect.any(Array),
    });
  });

  it.each([
    ["ha noi", "Hanoi"],
    ["hanoi", "Hanoi"],
    ["Hà Nội", "Hanoi"],
    ["HA NOI", "Hanoi"],
    ["krakow", "Kraków"],
    ["reykjavik", "Reykjavík"],
    ["barcelonna", "Barcelona"],
    ["da lat", "Da Lat"],
    ["Đà Lạt", "Da Lat"],
  ])("puts the best match first for q=%s (%s)", async (q, expected) => {
    const { status, body } = await get(`/api/cities?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.items[0]?.name).toBe(expected);
  });

  it("finds a country's cities by the country's name", async () => {
    const { body } = await get("/api/cities?q=vietnam");
    expect(body.items.map((c: { name: string }) => c.name).sort()).toEqual([
      "Da Lat",
      "Hanoi",
      "Ho Chi Minh City",
      "Hoi An",
    ]);
  });

  it("gives the 5 Cities of Architecture for field=architecture", async () => {
    const { body } = await get("/api/cities?field=architecture");
    expect(body.total).toBe(5);
    expect(body.items.every((c: { field: { slug: string } }) => c.field.slug === "architecture")).toBe(true);
    expect(body.items.every((c: { year: number }) => c.year === 2025)).toBe(true);
  });

  it("gives Vietnam's 4 members for country=VN", async () => {
    const { body } = await get("/api/cities?country=VN");
    expect(body.total).toBe(4);
    expect(body.items.map((c: { name: string }) => c.name)).toEqual(["Da Lat", "Hanoi", "Ho Chi Minh City", "Hoi An"]);
  });

  it("combines region, field and year filters", async () => {
    const { body } = await get(
      "/api/cities?region=asia-and-the-pacific&field=design&yearFrom=2019&yearTo=2019&pageSize=100",
    );
    expect(body.items.map((c: { name: string }) => c.name)).toContain("Hanoi");
    for (const c of body.items) {
      expect(c.region.slug).toBe("asia-and-the-pacific");
      expect(c.field.slug).toBe("design");
      expect(c.year).toBe(2019);
    }
  });

  it("sorts newest first with sort=-year and oldest first with sort=year", async () => {
    const newest = (await get("/api/cities?sort=-year&pageSize=1")).body.items[0];
    const oldest = (await get("/api/cities?sort=year&pageSize=1")).body.items[0];
    expect(newest.year).toBe(2025);
    expect(oldest).toMatchObject({ name: "Edinburgh", year: 2004 });
  });

  it("pages without overlap and reports the same total on every page", async () => {
    const p1 = (await get("/api/cities?pageSize=50&page=1")).body;
    const p2 = (await get("/api/cities?pageSize=50&page=2")).body;
    expect(p2.total).toBe(p1.total);
    const slugs1 = new Set(p1.items.map((c: { slug: string }) => c.slug));
    expect(p2.items.some((c: { slug: string }) => slugs1.has(c.slug))).toBe(false);
    const beyond = (await get("/api/cities?page=999")).body;
    expect(beyond).toMatchObject({ items: [], total: 408, page: 999 });
  });

  it.each([
    ["pageSize=1000", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["page=0", "page"],
    ["yearFrom=abc", "yearFrom"],
    ["yearTo=20x5", "yearTo"],
    ["sort=popularity", "sort"],
    ["country=Vietnam", "country"],
    ["field=Design!", "field"],
    ["yearFrom=2020&yearTo=2010", "yearTo"],
  ])("refuses %s with 400 naming %s", async (query, param) => {
    const { status, body } = await get(`/api/cities?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(param);
    expect(body.error.message).toContain(param);
  });

  it("returns an empty page, not an error, when nothing matches", async () => {
    const { status, body } = await get("/api/cities?q=zzzzqqqq");
    expect(status).toBe(200);
    expect(body).toMatchObject({ items: [], total: 0 });
  });
});

describe("GET /api/cities/{slug}", () => {
  it("shows Hanoi with its designation and other Cities of Design, nearest first", async () => {
    const { status, body } = await get("/api/cities/hanoi");
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: "Hanoi", country: { iso2: "VN" }, field: { slug: "design" }, year: 2019 });
    expect(body.nearby.length).toBeGreaterThan(0);
    expect(body.nearby.every((c: { field: { slug: string } }) => c.field.slug === "design")).toBe(true);
    const d = body.nearby.map((c: { distanceKm: number }) => c.distanceKm);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });

  it("answers 404 in the error shape for an unknown slug", async () => {
    const { status, body } = await get("/api/cities/atlantis");
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: expect.stringContaining("atlantis"), details: [] } });
  });
});

describe("GET /api/fields", () => {
  it("lists the eight fields with their member counts from the data file", async () => {
    const { body } = await get("/api/fields");
    const counts = Object.fromEntries(body.items.map((f: { slug: string; count: number }) => [f.slug, f.count]));
    expect(counts).toMatchObject({
      music: 84,
      "crafts-and-folk-art": 80,
      gastronomy: 66,
      literature: 63,
      design: 53,
      film: 30,
      "media-arts": 27,
      architecture: 5,
    });
    expect(body.items.find((f: { slug: string }) => f.slug === "architecture")).toMatchObject({
      sinceYear: 2025,
      nameVi: "Kiến trúc",
    });
  });
});

describe("GET /api/stats/network", () => {
  it("matches UNESCO's published cumulative totals per round", async () => {
    const { body } = await get("/api/stats/network");
    const cumulative = Object.fromEntries(
      body.years.map((y: { year: number; cumulative: number }) => [y.year, y.cumulative]),
    );
    expect(cumulative).toMatchObject({
      2013: 41,
      2014: 69,
      2015: 116,
      2017: 180,
      2019: 246,
      2021: 295,
      2023: 350,
      2025: 408,
    });
    expect(body.total).toBe(408);
    expect(body.countries).toBe(109);
    const y2025 = body.years.find((y: { year: number }) => y.year === 2025);
    expect(y2025.added).toBe(58);
    expect(y2025.byField.architecture).toBe(5);
    expect(body.regions.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(408);
  });
});

describe("GET /api/cities/facets", () => {
  it("counts each facet without its own filter", async () => {
    const { body } = await get("/api/cities/facets?field=design&country=VN");
    expect(body.total).toBe(1);
    // The field facet ignores field=design: Vietnam's four members by field.
    const fields = Object.fromEntries(body.fields.map((f: { slug: string; count: number }) => [f.slug, f.count]));
    expect(fields).toMatchObject({ design: 1, music: 1, film: 1, "crafts-and-folk-art": 1, architecture: 0 });
    // The country facet ignores country=VN: every country with a City of Design.
    expect(body.countries.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(53);
  });
});

describe("GET /api/cities/export", () => {
  it("exports valid RFC 7946 GeoJSON with [lon, lat] points, leaving out the member without coordinates", async () => {
    const { status, headers, text } = await get("/api/cities/export?format=geojson");
    expect(status).toBe(200);
    expect(headers["content-type"]).toContain("application/geo+json");
    const fc = JSON.parse(text);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(407);
    const hanoi = fc.features.find((f: { properties: { slug: string } }) => f.properties.slug === "hanoi");
    expect(hanoi.geometry).toEqual({ type: "Point", coordinates: [105.84117, 21.0245] });
    for (const f of fc.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
  });

  it("exports filtered CSV in the importer's format", async () => {
    const { headers, text } = await get("/api/cities/export?format=csv&country=VN");
    expect(headers["content-type"]).toContain("text/csv");
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("city,country,iso2,field,year,lat,lon,source");
    expect(lines).toHaveLength(5);
  });

  it("refuses an unknown format naming the parameter", async () => {
    const { status, body } = await get("/api/cities/export?format=xml");
    expect(status).toBe(400);
    expect(body.error.details[0].path).toBe("format");
  });
});

describe("the API around the directory", () => {
  it("answers GET /api/health", async () => {
    const { status, body } = await get("/api/health");
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok" });
  });

  it("publishes an OpenAPI document with every directory route", async () => {
    const { status, body } = await get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    for (const p of [
      "/api/cities",
      "/api/cities/{slug}",
      "/api/fields",
      "/api/stats/network",
      "/api/cities/facets",
      "/api/health",
    ]) {
      expect(Object.keys(body.paths)).toContain(p);
    }
  });

  it("serves interactive docs at /api/docs", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("swagger");
  });

  it("answers unknown API paths with 404 in the error shape", async () => {
    const { status, body } = await get("/api/nothing-here");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});
