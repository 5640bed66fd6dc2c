import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNetwork, buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { auditBounds } from "./audit.service.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe("GET /api/audit filters", () => {
  it("finds entries by actor e-mail, action prefix, network and date range", async () => {
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi", name: "Người kiểm tra" });
    const person = await buildUser(t.app, t.db);
    const a = client(t.app, admin.cookie);
    await a.post("/api/networks/hanoi/roles", { email: person.email, role: "assessor" });
    const hanoi = (await a.get("/api/networks")).body.items.find((n: { slug: string }) => n.slug === "hanoi");

    const today = new Date().toISOString().slice(0, 10);
    const byEmail = await a.get(
      `/api/audit?actorEmail=${encodeURIComponent(admin.email.toUpperCase())}&action=network.role.&networkId=${hanoi.id}&from=${today}&to=${today}`,
    );
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.total).toBe(1);
    expect(byEmail.body.items[0]).toMatchObject({ action: "network.role.grant", actorName: "Người kiểm tra" });

    expect((await a.get(`/api/audit?actorEmail=${encodeURIComponent(admin.email)}&to=2020-01-01`)).body.total).toBe(0);
    expect(
      (await a.get(`/api/audit?actorEmail=${encodeURIComponent(admin.email)}&action=network.role`)).body.total,
    ).toBe(0);
  });

  it("never widens a network administrator's view by asking for another network", async () => {
    const other = await buildNetwork(t.db);
    const otherAdmin = await buildUser(t.app, t.db, { networkAdmin: other });
    const hanoi = (await client(t.app).get("/api/networks")).body.items.find(
      (n: { slug: string }) => n.slug === "hanoi",
    );
    const r = await client(t.app, otherAdmin.cookie).get(`/api/audit?networkId=${hanoi.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ items: [], total: 0 });
  });

  it("names a bad date and a range that ends before it starts", async () => {
    const admin = await buildUser(t.app, t.db, { platformAdmin: true });
    const a = client(t.app, admin.cookie);
    const bad = await a.get("/api/audit?from=yesterday");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe("from");
    const reversed = await a.get("/api/audit?from=2026-02-01&to=2026-01-01");
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details).toEqual([{ path: "to", message: "must not be before from" }]);
  });

  it("reads a `to` date as the whole of that day", () => {
    expect(auditBounds("2026-11-23", "2026-11-23")).toEqual({
      from: new Date("2026-11-23T00:00:00Z"),
      to: new Date("2026-11-24T00:00:00Z"),
    });
    expect(auditBounds(undefined, "2026-11-23T10:00:00+07:00").to).toEqual(new Date("2026-11-23T03:00:00Z"));
  });
});
