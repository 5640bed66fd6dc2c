import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHub, buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { hubTypeFor } from "./hubs-seed.service.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const anon = () => client(t.app);

describe("the seeded Hanoi network", () => {
  it("holds the 42 spaces of the data file as members, 5 of them with coordinates", async () => {
    const nets = await anon().get("/api/networks");
    expect(nets.body.items).toEqual([
      expect.objectContaining({
        slug: "hanoi",
        nameEn: "Hanoi Network of Cultural and Creative Hubs",
        memberCount: 42,
      }),
    ]);
    const page = await anon().get("/api/hubs?network=hanoi&pageSize=100");
    expect(page.body.total).toBe(42);
    expect(page.body.items.filter((h: { location: unknown }) => h.location !== null)).toHaveLength(5);
  });

  it("finds Bát Tràng with or without diacritics, and through a typo", async () => {
    for (const q of ["bat trang", "Bát Tràng", "BAT TRANG", "bat trag", "Bat Trnag"]) {
      const r = await anon().get(`/api/hubs?q=${encodeURIComponent(q)}`);
      expect(r.body.items[0].name.vi).toBe("Làng gốm Bát Tràng");
    }
  });

  it("leaves fields a source did not give empty", async () => {
    const r = await anon().get(`/api/hubs?q=${encodeURIComponent("Nhà hát lớn")}`);
    const opera = r.body.items[0];
    expect(opera).toMatchObject({ foundingYear: null, ownership: null, website: null, fields: [], location: null });
    expect(opera.typeNote).toContain("opera house");
  });

  it.each([
    ["traditional craft village (ceramics)", "craft-village"],
    ["art museum (opened 1966, 1937 colonial building)", "museum"],
    ["industrial heritage (water tower, built 1894)", "heritage-site"],
    ["café / culture space, listed among typical Hanoi creative spaces (2018)", "creative-hub"],
    ["something else entirely", null],
  ])("maps the source's type %j to %j", (description, slug) => {
    expect(hubTypeFor(description)).toBe(slug);
  });
});

describe("GET /api/hubs filters", () => {
  it("filters by type, district, accessibility and bbox", async () => {
    expect(
      (await anon().get("/api/hubs?type=craft-village")).body.items.every(
        (h: { type: { slug: string } }) => h.type.slug === "craft-village",
      ),
    ).toBe(true);
    const inBox = await anon().get("/api/hubs?bbox=105.8,21.0,105.86,21.04&pageSize=100");
    for (const h of inBox.body.items) {
      expect(h.location.lat).toBeGreaterThanOrEqual(21.0);
      expect(h.location.lon).toBeLessThanOrEqual(105.86);
    }
    expect(inBox.body.total).toBeGreaterThan(0);
    const district = await anon().get(`/api/hubs?district=${encodeURIComponent("hoan kiem")}&pageSize=100`);
    expect(district.body.items.length).toBeGreaterThan(0);
    expect(district.body.items.every((h: { district: string }) => h.district === "Hoàn Kiếm")).toBe(true);
  });

  it.each([
    ["bbox=1,2,3", "bbox"],
    ["bbox=200,0,210,10", "bbox"],
    ["pageSize=5000", "pageSize"],
    ["status=flying", "status"],
    ["accessibility=Step Free", "accessibility"],
  ])("refuses %s naming %s", async (query, param) => {
    const r = await anon().get(`/api/hubs?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(param);
  });

  it("refuses non-member statuses to visitors", async () => {
    expect((await anon().get("/api/hubs?status=applicant")).status).toBe(401);
  });
});

describe("personal data", () => {
  it("never appears in public responses or exports, only for the hub's managers and administrators", async () => {
    const hub = await buildHub(t.db, { status: "member" });
    const publicViews = [
      await anon().get(`/api/hubs/${hub.id}`),
      await anon().get("/api/hubs?pageSize=500"),
      await anon().get("/api/hubs/export?format=csv"),
      await anon().get("/api/hubs/export?format=geojson"),
    ];
    for (const v of publicViews) {
      expect(v.status).toBe(200);
      expect(v.text).toContain(hub.slug);
      expect(v.text).not.toContain(hub.contactEmail);
      expect(v.text).not.toContain("Private Person");
      expect(v.text).not.toContain("+84 24 1234 5678");
    }
    const stranger = await buildUser(t.app, t.db);
    expect((await client(t.app, stranger.cookie).get(`/api/hubs/${hub.id}`)).text).not.toContain(hub.contactEmail);
    const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
    const mine = await client(t.app, manager.cookie).get(`/api/hubs/${hub.id}`);
    expect(mine.body.contacts[0]).toMatchObject({ email: hub.contactEmail });
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    expect((await client(t.app, admin.cookie).get(`/api/hubs/${hub.id}`)).body.contacts).toHaveLength(1);
  });

  it("exports valid RFC 7946 GeoJSON: Points in [lon, lat], only hubs with a location", async () => {
    const r = await anon().get("/api/hubs/export?format=geojson&network=hanoi");
    expect(r.headers["content-type"]).toContain("application/geo+json");
    const fc = JSON.parse(r.text);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.length).toBeGreaterThanOrEqual(5);
    for (const f of fc.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe("Point");
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(100);
      expect(lat).toBeLessThan(30);
    }
  });
});

describe("POST /api/hubs and PATCH /api/hubs/{id}", () => {
  const body = {
    network: "hanoi",
    nameVi: "Xưởng Sáng Tạo Thử",
    nameEn: "Test Creative Workshop",
    type: "creative-hub",
    fields: ["design", "crafts-and-folk-art"],
    district: "Ba Đình",
    lat: 21.035,
    lon: 105.83,
    accessibility: ["step-free-entrance"],
    website: "https://example.vn",
    foundingYear: 2019,
    ownership: "private",
    contacts: [{ name: "Trần Thị B", email: "b@example.vn" }],
  };

  it("creates an applicant hub its creator manages, hidden from the public until accepted", async () => {
    const u = await buildUser(t.app, t.db);
    const c = client(t.app, u.cookie);
    const res = await c.post("/api/hubs", body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: "applicant",
      canEdit: true,
      publicId: expect.stringMatching(/^H\d{6}$/),
      version: 1,
    });
    expect(res.body.fields.map((f: { slug: string }) => f.slug)).toEqual(["crafts-and-folk-art", "design"]);
    expect((await anon().get(`/api/hubs/${res.body.id}`)).status).toBe(404);
    expect((await c.get("/api/auth/me")).body.managedHubIds).toContain(res.body.id);
  });

  it("stores HTML as text", async () => {
    const u = await buildUser(t.app, t.db);
    const res = await client(t.app, u.cookie).post("/api/hubs", {
      ...body,
      nameVi: "<script>alert(1)</script> Không gian",
    });
    expect(res.status).toBe(201);
    expect(res.body.name.vi).toBe("<script>alert(1)</script> Không gian");
  });

  it.each([
    [{ lat: 95, lon: 105 }, "body.lat"],
    [{ lat: 21, lon: null }, "body.lon"],
    [{ type: "spaceport" }, "body.type"],
    [{ fields: ["design", "juggling"] }, "body.fields.1"],
    [{ accessibility: ["teleporter"] }, "body.accessibility.0"],
    [{ ownership: "state" }, "body.ownership"],
    [{ website: "javascript:alert(1)" }, "body.website"],
    [{ network: "atlantis" }, "body.network"],
    [{ nameVi: null, nameEn: null }, "body.nameVi"],
    [{ foundingYear: 3000 }, "body.foundingYear"],
  ])("refuses %o naming %s and writes nothing", async (change, path) => {
    const u = await buildUser(t.app, t.db);
    const c = client(t.app, u.cookie);
    const res = await c.post("/api/hubs", { ...body, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect((await c.get("/api/auth/me")).body.managedHubIds).toEqual([]);
  });

  it("refuses anonymous creation with 401", async () => {
    expect((await anon().post("/api/hubs", body)).status).toBe(401);
  });

  it("updates with the current version, refuses a stale one with 409, and records both states in the history", async () => {
    const u = await buildUser(t.app, t.db);
    const c = client(t.app, u.cookie);
    const hub = (await c.post("/api/hubs", body)).body;
    const first = await c.patch(`/api/hubs/${hub.id}`, { version: 1, descriptionVi: "Mô tả mới" });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await c.patch(`/api/hubs/${hub.id}`, { version: 1, descriptionVi: "Ghi đè" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0].path).toBe("body.version");
    const now = await c.get(`/api/hubs/${hub.id}`);
    expect(now.body.description.vi).toBe("Mô tả mới");
    const history = await c.get(`/api/hubs/${hub.id}/history`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(["hub.update", "hub.create"]);
    expect(history.body.items[0].changed).toEqual(["description"]);
    expect(history.body.items[0].before.description.vi).toBeNull();
    expect(history.body.items[0].after.description.vi).toBe("Mô tả mới");
  });

  it("keeps the stored hub unchanged when an update fails validation", async () => {
    const u = await buildUser(t.app, t.db);
    const c = client(t.app, u.cookie);
    const hub = (await c.post("/api/hubs", body)).body;
    const bad = await c.patch(`/api/hubs/${hub.id}`, { version: 1, descriptionVi: "x", fields: ["nope"] });
    expect(bad.status).toBe(400);
    const now = await c.get(`/api/hubs/${hub.id}`);
    expect(now.body).toMatchObject({ version: 1, description: { vi: null } });
  });

  it("lets only the network's administrators change a hub's status", async () => {
    const u = await buildUser(t.app, t.db);
    const c = client(t.app, u.cookie);
    const hub = (await c.post("/api/hubs", body)).body;
    expect((await c.patch(`/api/hubs/${hub.id}`, { version: 1, status: "member" })).status).toBe(403);
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const r = await client(t.app, admin.cookie).patch(`/api/hubs/${hub.id}`, { version: 1, status: "suspended" });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe("suspended");
  });
});

describe("the audit log", () => {
  it("refuses to be changed, even by SQL", async () => {
    const { sql } = await import("drizzle-orm");
    await expect(t.db.execute(sql`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
  });
});
