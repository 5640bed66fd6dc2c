import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCity } from "../../../test/factories.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { rows } from "../../db/client.ts";
import { importCitiesCsv } from "./cities-import.service.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const HEADER = "city,country,iso2,field,year,lat,lon,source";
const countCities = async () => (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM cities`))[0].n;
const list = async (q: string) =>
  (await t.app.inject({ method: "GET", url: `/api/cities?q=${encodeURIComponent(q)}` })).json();

describe("importCitiesCsv", () => {
  it("reports every bad row with its row number, column and reason, and writes nothing", async () => {
    const before = await countCities();
    const csv = [
      HEADER,
      "Valid Town,Vietnam,VN,Design,2025,21,105,test",
      ",Vietnam,VN,Design,2025,21,105,test",
      "Nowhere,Atlantis,XX,Design,2025,,,test",
      "Odd Field,Vietnam,VN,Juggling,2025,,,test",
      "Early,Vietnam,VN,Architecture,2023,,,test",
      "Bad Year,Vietnam,VN,Design,20x5,,,test",
      "Half Point,Vietnam,VN,Design,2025,21,,test",
      "Far Point,Vietnam,VN,Design,2025,95,105,test",
      "Valid Town,Vietnam,VN,Design,2025,21,105,again",
    ].join("\n");
    const report = await importCitiesCsv(t.db, csv);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      { row: 3, column: "city", message: "must not be empty" },
      { row: 4, column: "iso2", message: expect.stringContaining("unknown country") },
      { row: 5, column: "field", message: expect.stringContaining('unknown creative field "Juggling"') },
      { row: 6, column: "year", message: "Architecture designations start in 2025 (got 2023)" },
      { row: 7, column: "year", message: expect.stringContaining("four-digit year") },
      { row: 8, column: "lon", message: expect.stringContaining("together") },
      { row: 9, column: "lat", message: expect.stringContaining("between -90 and 90") },
      { row: 10, column: "field", message: expect.stringContaining("row 2") },
    ]);
    expect(await countCities()).toBe(before);
    expect((await t.app.inject({ method: "GET", url: "/api/cities/valid-town" })).statusCode).toBe(404);
  });

  it("names a missing required column and an unknown one in the header", async () => {
    const report = await importCitiesCsv(t.db, "city,country,field,colour\nX,Y,Design,red\n");
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      { row: 1, column: "iso2", message: "required column is missing" },
      { row: 1, column: "year", message: "required column is missing" },
      { row: 1, column: "colour", message: expect.stringContaining("unknown column") },
    ]);
  });

  it("reports malformed CSV instead of throwing", async () => {
    const report = await importCitiesCsv(t.db, `${HEADER}\n"unterminated,VN\n`);
    expect(report.ok).toBe(false);
    expect(report.errors[0].message).toContain("not valid CSV");
  });

  it("writes nothing on a dry run but says what it would do", async () => {
    const before = await countCities();
    const report = await importCitiesCsv(t.db, `${HEADER}\nDry Town,Vietnam,VN,Film,2025,20,105,test\n`, {
      dryRun: true,
    });
    expect(report).toMatchObject({ ok: true, dryRun: true, citiesCreated: 1, designationsCreated: 1 });
    expect(await countCities()).toBe(before);
  });

  it("creates new cities and stores Vietnamese names in NFC whatever the file used", async () => {
    const nfd = "Thành phố Mới".normalize("NFD");
    const report = await importCitiesCsv(t.db, `${HEADER}\n${nfd},Vietnam,VN,Film,2025,20.5,105.5,test\n`);
    expect(report).toMatchObject({ ok: true, citiesCreated: 1, designationsCreated: 1 });
    const found = await list("thanh pho moi");
    expect(found.items[0].name).toBe("Thành phố Mới".normalize("NFC"));
    expect(found.items[0].slug).toBe("thanh-pho-moi");
  });

  it("imports its own export back without changing anything", async () => {
    const csv = (await t.app.inject({ method: "GET", url: "/api/cities/export?format=csv" })).body;
    const before = await countCities();
    const report = await importCitiesCsv(t.db, csv);
    expect(report).toMatchObject({
      ok: true,
      citiesCreated: 0,
      citiesUpdated: 0,
      designationsCreated: 0,
      designationsUpdated: 0,
    });
    expect(report.unchanged).toBe(report.rows);
    expect(await countCities()).toBe(before);
  });

  it("updates a designation's year and a city's point when the file changes them", async () => {
    const city = await buildCity(t.db, {
      name: "Moving Town",
      iso2: "VN",
      field: "music",
      year: 2021,
      lat: 10,
      lon: 100,
    });
    const report = await importCitiesCsv(t.db, `${HEADER}\nMoving Town,Vietnam,VN,Music,2023,11,101,corrected\n`);
    expect(report).toMatchObject({ ok: true, citiesUpdated: 1, designationsUpdated: 1 });
    const view = (await t.app.inject({ method: "GET", url: `/api/cities/${city.slug}` })).json();
    expect(view).toMatchObject({ year: 2023, location: { lat: 11, lon: 101 } });
  });

  it("gives a second city of the same name its own slug", async () => {
    const report = await importCitiesCsv(t.db, `${HEADER}\nHanoi,Canada,CA,Music,2025,45,-75,test\n`);
    expect(report.ok).toBe(true);
    const found = await list("hanoi");
    const slugs = found.items.map((c: { slug: string }) => c.slug);
    expect(slugs).toContain("hanoi");
    expect(slugs).toContain("hanoi-ca");
  });
});

describe("the directory cache", () => {
  it("serves the new data once an import commits (NOTIFY empties every process's cache)", async () => {
    const before = await list("cache proof town");
    expect(before.items.map((c: { name: string }) => c.name)).not.toContain("Cache Proof Town");
    // The same query again is served from the cache…
    expect(await list("cache proof town")).toEqual(before);
    const report = await importCitiesCsv(t.db, `${HEADER}\nCache Proof Town,Vietnam,VN,Design,2025,12,108,test\n`);
    expect(report.ok).toBe(true);
    // …until the commit's notification arrives (asynchronous on PostgreSQL, where it crosses connections).
    await expect
      .poll(async () => (await list("cache proof town")).items.map((c: { name: string }) => c.name), { timeout: 3000 })
      .toContain("Cache Proof Town");
  });
});
