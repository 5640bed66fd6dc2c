import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";

let t: Awaited<ReturnType<typeof testApp>>;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  t = await testApp();
  admin = client(t.app, (await buildUser(t.app, t.db, { platformAdmin: true })).cookie);
});
afterAll(() => t.close());

const typeNamed = async (slug: string) =>
  (
    (await client(t.app).get("/api/hubs/taxonomies")).body.types as { slug: string; nameVi: string; version: number }[]
  ).find((x) => x.slug === slug);

describe("the hub-type taxonomy under concurrent edits", () => {
  it("starts a new type at version 1 and lists it with its version", async () => {
    const created = await admin.post("/api/hub-types", {
      slug: "makerspace",
      nameVi: "Xưởng chế tạo",
      nameEn: "Makerspace",
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ slug: "makerspace", nameVi: "Xưởng chế tạo", nameEn: "Makerspace", version: 1 });
    expect(await typeNamed("makerspace")).toMatchObject({ version: 1 });
  });

  it("renames a type at the version edited and moves it to the next version", async () => {
    const before = await typeNamed("museum");
    const res = await admin.patch("/api/hub-types/museum", { version: before?.version, nameVi: "Bảo tàng (sửa)" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slug: "museum", nameVi: "Bảo tàng (sửa)", version: (before?.version ?? 0) + 1 });
  });

  it("refuses a rename from a stale version with 409 naming body.version, and changes nothing", async () => {
    const current = await typeNamed("museum");
    const res = await admin.patch("/api/hub-types/museum", { version: 1, nameVi: "Ghi đè" });
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual([{ path: "body.version", message: `is 1, current is ${current?.version}` }]);
    expect(await typeNamed("museum")).toEqual(current);
  });

  it("lets exactly one of two simultaneous renames from the same version through", async () => {
    const { version } = (await typeNamed("gallery-art-space")) as { version: number };
    const results = await Promise.all(
      ["Phòng tranh A", "Phòng tranh B"].map((nameVi) =>
        admin.patch("/api/hub-types/gallery-art-space", { version, nameVi }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body.nameVi;
    expect(await typeNamed("gallery-art-space")).toMatchObject({ nameVi: winner, version: version + 1 });
  });

  it("asks for the version (400 naming body.version) and answers 404 for an unknown type", async () => {
    const missing = await admin.patch("/api/hub-types/museum", { nameVi: "Không phiên bản" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toContain("body.version");
    expect((await admin.patch("/api/hub-types/no-such-type", { version: 1, nameVi: "x" })).status).toBe(404);
  });

  it("records each rename in the audit log with the names before and after", async () => {
    const log = await admin.get("/api/audit?action=hub-type.update");
    const entry = log.body.items.find((e: { entityId: string }) => e.entityId === "museum");
    expect(entry.before).toMatchObject({ nameVi: expect.not.stringContaining("(sửa)") });
    expect(entry.after).toMatchObject({ nameVi: "Bảo tàng (sửa)" });
  });
});
