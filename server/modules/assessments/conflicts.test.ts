import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFrameworkBody, buildHub, buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("declared conflicts of interest", () => {
  it("lists every conflict with the round's hubs to administrators, only their own to an assessor, none to a manager", async () => {
    const admin = client(t.app, (await buildUser(t.app, t.db, { networkAdmin: "hanoi" })).cookie);
    const [hubA, hubB, elsewhere] = [await buildHub(t.db), await buildHub(t.db), await buildHub(t.db)];
    const manager = await buildUser(t.app, t.db, { manages: [hubA.id] });
    const one = await buildUser(t.app, t.db, { assessor: "hanoi", name: "Chuyên gia Một" });
    const two = await buildUser(t.app, t.db, { assessor: "hanoi", name: "Chuyên gia Hai" });
    const framework = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
    const open = (hubIds: string[]) =>
      admin.post("/api/networks/hanoi/rounds", { frameworkId: framework.id, nameVi: "Đợt", nameEn: "Round", hubIds });
    const round = (await open([hubA.id, hubB.id])).body;
    const other = (await open([elsewhere.id])).body;

    const asOne = client(t.app, one.cookie);
    const asTwo = client(t.app, two.cookie);
    expect((await asOne.post(`/api/rounds/${round.id}/conflicts`, { hubId: hubA.id, reason: "cố vấn" })).status).toBe(
      204,
    );
    expect((await asTwo.post(`/api/rounds/${round.id}/conflicts`, { hubId: hubB.id })).status).toBe(204);
    expect((await asTwo.post(`/api/rounds/${other.id}/conflicts`, { hubId: elsewhere.id })).status).toBe(204);

    const all = await admin.get(`/api/rounds/${round.id}/conflicts`);
    expect(all.status).toBe(200);
    expect(
      all.body.items.map((c: { hubId: string; name: string; reason: string | null }) => [c.hubId, c.name, c.reason]),
    ).toEqual(
      expect.arrayContaining([
        [hubA.id, "Chuyên gia Một", "cố vấn"],
        [hubB.id, "Chuyên gia Hai", null],
      ]),
    );
    // A conflict with a hub of another round of the network is not this round's.
    expect(all.body.items).toHaveLength(2);

    const own = await asOne.get(`/api/rounds/${round.id}/conflicts`);
    expect(own.body.canDeclare).toBe(true);
    expect(all.body.canDeclare).toBe(false);
    expect(own.body.items).toEqual([
      { hubId: hubA.id, userId: one.id, name: "Chuyên gia Một", reason: "cố vấn", createdAt: expect.any(String) },
    ]);
    // The hub's manager may see the round but not who declared a conflict with it; a visitor not even the round.
    const asManager = await client(t.app, manager.cookie).get(`/api/rounds/${round.id}/conflicts`);
    expect(asManager.body).toEqual({ canDeclare: false, items: [] });
    expect((await client(t.app).get(`/api/rounds/${round.id}/conflicts`)).status).toBe(404);
  });

  it("lets an administrator declare a conflict for an assessor, which then blocks the assignment", async () => {
    const admin = client(t.app, (await buildUser(t.app, t.db, { networkAdmin: "hanoi" })).cookie);
    const hub = await buildHub(t.db);
    const assessor = await buildUser(t.app, t.db, { assessor: "hanoi", name: "Chuyên gia Ba" });
    const outsider = await buildUser(t.app, t.db);
    const framework = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
    const round = (
      await admin.post("/api/networks/hanoi/rounds", {
        frameworkId: framework.id,
        nameVi: "Đợt",
        nameEn: "Round",
        hubIds: [hub.id],
      })
    ).body;
    const url = `/api/rounds/${round.id}/conflicts`;
    const notAssessor = await admin.post(url, { hubId: hub.id, userId: outsider.id });
    expect(notAssessor.status).toBe(400);
    expect(notAssessor.body.error.details[0].path).toBe("body.userId");
    expect((await admin.post(url, { hubId: hub.id, userId: assessor.id, reason: "họ hàng" })).status).toBe(204);
    const listed = (await client(t.app, assessor.cookie).get(url)).body.items;
    expect(listed.map((c: { reason: string }) => c.reason)).toEqual(["họ hàng"]);
    const assign = await admin.post(`/api/rounds/${round.id}/assessors`, { hubId: hub.id, userId: assessor.id });
    expect(assign.status).toBe(409);
    expect(assign.body.error.details[0].message).toContain("họ hàng");
  });
});
