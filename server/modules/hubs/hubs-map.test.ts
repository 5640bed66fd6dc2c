import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHub, buildNetwork, buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";

let t: Awaited<ReturnType<typeof testApp>>;
let member: Awaited<ReturnType<typeof buildHub>>;
let applicant: Awaited<ReturnType<typeof buildHub>>;
let crowded: string;
let sparse: string;

beforeAll(async () => {
  t = await testApp();
  member = await buildHub(t.db, { status: "member", lat: 21.0301, lon: 105.8501 });
  applicant = await buildHub(t.db, { status: "applicant", lat: 21.0302, lon: 105.8502 });
  // A network with one hub more than the map returns, all with a point.
  crowded = await buildNetwork(t.db);
  await t.db.execute(sql`
    INSERT INTO hubs (network_id, slug, status, name_vi, lat, lon, member_since, source)
    SELECT (SELECT id FROM networks WHERE slug = ${crowded}), ${crowded} || '-hub-' || i, 'member', 'Điểm ' || i,
      10 + (i % 100) * 0.001, 106 + (i / 100) * 0.001, now(), 'test'
    FROM generate_series(1, 5001) AS i`);
  // A network of 1,000 hubs packed in 0.001° (about 100 m) and one 50 km away.
  sparse = await buildNetwork(t.db);
  await t.db.execute(sql`
    INSERT INTO hubs (network_id, slug, status, name_vi, lat, lon, member_since, source)
    SELECT (SELECT id FROM networks WHERE slug = ${sparse}), ${sparse} || '-hub-' || i, 'member', 'Nơi ' || i,
      CASE WHEN i = 1001 THEN 21.5 ELSE 21 + (i % 10) * 0.0001 END,
      CASE WHEN i = 1001 THEN 105.5 ELSE 105 + (i / 10) * 0.00001 END, now(), 'test'
    FROM generate_series(1, 1001) AS i`);
  // The factories write through the repository, which does not announce changes; tell the response cache.
  await t.db.execute(sql`SELECT pg_notify('hubs_changed', '')`);
});
afterAll(() => t.close());

const anon = () => client(t.app);

type Point = { id: string; slug: string; lat: number; lon: number };
type Listed = { id: string; location: { lat: number; lon: number } | null };

describe("GET /api/hubs/map", () => {
  it("answers compact markers of the network's located member hubs, every one with a point", async () => {
    const r = await anon().get("/api/hubs/map?network=hanoi");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ total: r.body.items.length, limit: 5000, truncated: false });
    expect(r.body.items.length).toBe(6); // the 5 seeded hubs with coordinates and this file's member
    for (const p of r.body.items) {
      expect(Object.keys(p).sort()).toEqual(["district", "id", "lat", "lon", "nameEn", "nameVi", "slug", "type"]);
      expect(typeof p.lat).toBe("number");
      expect(typeof p.lon).toBe("number");
    }
    expect(r.body.items.find((p: Point) => p.id === member.id)).toMatchObject({ lat: 21.0301, lon: 105.8501 });
  });

  it.each([
    ["network=hanoi"],
    ["network=hanoi&q=bat%20trang"],
    ["network=hanoi&q=bat%20trag"],
    ["network=hanoi&type=craft-village"],
    ["network=hanoi&district=hoan%20kiem"],
    ["network=hanoi&accessibility=step-free-entrance"],
    ["network=hanoi&bbox=105.8,21.0,105.86,21.04"],
  ])("takes the list's filters: %s finds the located hubs of GET /api/hubs", async (query) => {
    const list = await anon().get(`/api/hubs?${query}&pageSize=500`);
    const map = await anon().get(`/api/hubs/map?${query}`);
    expect(map.status).toBe(200);
    const located = list.body.items.filter((h: Listed) => h.location !== null).map((h: Listed) => h.id);
    expect(map.body.items.map((p: Point) => p.id).sort()).toEqual(located.sort());
    expect(map.body.total).toBe(located.length);
  });

  it("keeps to the box it is given", async () => {
    const r = await anon().get("/api/hubs/map?bbox=105.85,21.03,105.8501,21.0301");
    expect(r.body.items.map((p: Point) => p.id)).toEqual([member.id]);
  });

  it.each([
    ["bbox=1,2,3", "bbox"],
    ["bbox=200,0,210,10", "bbox"],
    ["bbox=105.9,21,105.8,21.1", "bbox"],
    ["bbox=a,b,c,d", "bbox"],
    ["accessibility=Step Free", "accessibility"],
    ["type=Not A Slug", "type"],
  ])("refuses %s with 400 naming %s", async (query, param) => {
    const r = await anon().get(`/api/hubs/map?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(param);
  });

  it("shows member hubs only, without contacts, whoever asks and whatever status they ask for", async () => {
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    for (const c of [anon(), client(t.app, admin.cookie)]) {
      const r = await c.get("/api/hubs/map?network=hanoi&status=applicant");
      expect(r.status).toBe(200);
      expect(r.text).toContain(member.slug);
      expect(r.text).not.toContain(applicant.slug);
      expect(r.text).not.toContain(member.contactEmail);
      expect(r.text).not.toContain("Private Person");
      expect(r.text).not.toContain("+84 24 1234 5678");
      expect(r.text).not.toContain("applicant");
    }
  });

  it("returns at most 5,000 points, says it truncated them, and still counts them all", async () => {
    const r = await anon().get(`/api/hubs/map?network=${crowded}`);
    expect(r.body).toMatchObject({ total: 5001, limit: 5000, truncated: true });
    expect(r.body.items).toHaveLength(5000);
    expect(new Set(r.body.items.map((p: Point) => p.id)).size).toBe(5000);
    const again = await anon().get(`/api/hubs/map?network=${crowded}`);
    expect(again.body.items.map((p: Point) => p.id)).toEqual(r.body.items.map((p: Point) => p.id));
    const zoomed = await anon().get(`/api/hubs/map?network=${crowded}&bbox=106,10,106.0095,10.0995`);
    expect(zoomed.body).toMatchObject({ total: 999, truncated: false });
    expect(zoomed.body.items).toHaveLength(999);
  });

  it("sends the markers themselves when a zoom is given but no more than 1,000 hubs match", async () => {
    const plain = await anon().get("/api/hubs/map?network=hanoi");
    const zoomed = await anon().get("/api/hubs/map?network=hanoi&zoom=3");
    expect(zoomed.status).toBe(200);
    expect(zoomed.body).toMatchObject({ clustered: false, clusters: [], truncated: false });
    expect(zoomed.body.items).toEqual(plain.body.items);
    const lats = plain.body.items.map((p: Point) => p.lat);
    const lons = plain.body.items.map((p: Point) => p.lon);
    expect(zoomed.body.extent).toEqual([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
  });

  it("groups more than 1,000 matches into clusters on an 80-pixel grid at the asked zoom, counting every hub once", async () => {
    const zoom = 14;
    const r = await anon().get(`/api/hubs/map?network=${crowded}&zoom=${zoom}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ clustered: true, total: 5001, truncated: false, extent: [106, 10, 106.05, 10.099] });
    const clusters: { lat: number; lon: number; count: number; extent: number[] }[] = r.body.clusters;
    expect(clusters.length).toBeGreaterThan(50);
    expect(clusters.reduce((n, c) => n + c.count, 0) + r.body.items.length).toBe(5001);
    // A cell is 80 px: 360° × 80 / (256 × 2^zoom) of longitude; no cluster is wider, and each centroid is inside its box.
    const cellLon = (360 * 80) / (256 * 2 ** zoom);
    for (const c of clusters) {
      expect(c.count).toBeGreaterThan(1);
      const [w, s, e, n] = c.extent;
      expect(e - w).toBeLessThan(cellLon);
      expect(c.lon).toBeGreaterThanOrEqual(w);
      expect(c.lon).toBeLessThanOrEqual(e);
      expect(c.lat).toBeGreaterThanOrEqual(s);
      expect(c.lat).toBeLessThanOrEqual(n);
    }
    // Every generated point lies in exactly one cluster's box (cells do not overlap).
    for (let i = 1; i <= 5001; i += 37) {
      const lat = 10 + (i % 100) * 0.001;
      const lon = 106 + Math.floor(i / 100) * 0.001;
      const holding = clusters.filter(({ extent: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n);
      expect(holding, `point ${i}`).toHaveLength(1);
    }
    // Zoomed out, fewer and bigger clusters; the same hubs.
    const out = await anon().get(`/api/hubs/map?network=${crowded}&zoom=8`);
    expect(out.body.clusters.length).toBeLessThan(clusters.length);
    expect(out.body.clusters.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(5001);
  });

  it("keeps a hub alone in its cell as a marker beside the clusters", async () => {
    const r = await anon().get(`/api/hubs/map?network=${sparse}&zoom=12`);
    expect(r.body).toMatchObject({ clustered: true, total: 1001 });
    expect(r.body.clusters).toHaveLength(1);
    expect(r.body.clusters[0]).toMatchObject({ count: 1000 });
    expect(r.body.items).toHaveLength(1);
    expect(r.body.items[0]).toMatchObject({ slug: `${sparse}-hub-1001`, lat: 21.5, lon: 105.5, nameVi: "Nơi 1001" });
    expect(Object.keys(r.body.items[0]).sort()).toEqual([
      "district",
      "id",
      "lat",
      "lon",
      "nameEn",
      "nameVi",
      "slug",
      "type",
    ]);
    // Filters apply before grouping: a search for one name is one marker, and a view of the far hub holds it alone.
    const one = await anon().get(`/api/hubs/map?network=${sparse}&zoom=12&q=${encodeURIComponent("noi 1001")}`);
    expect(one.body.clustered).toBe(false);
    expect(one.body.items.map((p: Point) => p.slug)).toContain(`${sparse}-hub-1001`);
    const far = await anon().get(`/api/hubs/map?network=${sparse}&zoom=12&bbox=105.4,21.4,105.6,21.6`);
    expect(far.body).toMatchObject({ clustered: false, total: 1 });
  });

  it("sends at most 5,000 hubs alone in their cells and says so when a close zoom leaves more alone", async () => {
    // At zoom 20 a cell is about 12 m; the crowded network's hubs are 100 m apart, so each is alone.
    const r = await anon().get(`/api/hubs/map?network=${crowded}&zoom=20`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ clustered: true, clusters: [], total: 5001, limit: 5000, truncated: true });
    expect(r.body.items).toHaveLength(5000);
    expect(new Set(r.body.items.map((p: Point) => p.id)).size).toBe(5000);
  });

  it.each([["zoom=21"], ["zoom=-1"], ["zoom=1.5"], ["zoom=near"]])("refuses %s with 400 naming zoom", async (query) => {
    const r = await anon().get(`/api/hubs/map?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain("zoom");
  });

  it("is not taken for a hub, and a hub named Map gets another slug", async () => {
    const u = await buildUser(t.app, t.db);
    const created = await client(t.app, u.cookie).post("/api/hubs", { network: "hanoi", nameVi: "Map" });
    expect(created.status).toBe(201);
    expect(created.body.slug).toBe("map-2");
    const r = await anon().get("/api/hubs/map");
    expect(r.status).toBe(200);
    expect(r.body).toHaveProperty("truncated");
  });

  it("shows a hub's new point once it is saved (the cached answer is dropped)", async () => {
    const before = await anon().get("/api/hubs/map?network=hanoi");
    expect(before.body.items.find((p: Point) => p.id === member.id)).toMatchObject({ lat: 21.0301 });
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const hub = await client(t.app, admin.cookie).get(`/api/hubs/${member.id}`);
    const moved = await client(t.app, admin.cookie).patch(`/api/hubs/${member.id}`, {
      version: hub.body.version,
      lat: 21.04,
      lon: 105.84,
    });
    expect(moved.status).toBe(200);
    await expect
      .poll(async () =>
        (await anon().get("/api/hubs/map?network=hanoi")).body.items.find((p: Point) => p.id === member.id),
      )
      .toMatchObject({ lat: 21.04, lon: 105.84 });
  });
});

describe("GET /api/hubs totals", () => {
  it("counts every match of a text search, on the first page and past the end", async () => {
    const all = await anon().get(`/api/hubs?network=${crowded}&q=diem&pageSize=500`);
    expect(all.body.total).toBe(5001);
    expect(all.body.items).toHaveLength(500);
    const last = await anon().get(`/api/hubs?network=${crowded}&q=diem&pageSize=500&page=11`);
    expect(last.body).toMatchObject({ total: 5001, page: 11 });
    expect(last.body.items).toHaveLength(1);
    const past = await anon().get(`/api/hubs?network=${crowded}&q=diem&pageSize=500&page=12`);
    expect(past.body).toMatchObject({ total: 5001, items: [] });
    const typo = await anon().get(`/api/hubs?network=${crowded}&q=${encodeURIComponent("diem 4999x")}&page=1000`);
    expect(typo.body.items).toEqual([]);
    expect(typo.body.total).toBeGreaterThan(0);
  });
});
