// The public hub answers' cache, on a database of its own: nothing else in this file writes hubs, so no notification
// from another test can empty the cache while this one relies on it (NOTIFY reaches the app asynchronously on
// PostgreSQL, and a shared file's earlier writes made this test racy).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHub, buildNetwork, buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";

let t: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const anon = () => client(t.app);

describe("the public answers' cache", () => {
  it("stays in place while applicants create and edit their hubs, and empties when a member hub changes", async () => {
    // The factories write through the repository, which announces nothing.
    const net = await buildNetwork(t.db);
    const shown = await buildHub(t.db, { network: net, status: "member", lat: 10.5, lon: 106.5 });
    const url = `/api/hubs/map?network=${net}`;
    const pointOf = async () =>
      (await anon().get(url)).body.items.find((p: { id: string }) => p.id === shown.id) as
        | { lat: number; nameEn: string }
        | undefined;
    expect((await pointOf())?.lat).toBe(10.5);
    // Moved behind the API's back (no announcement): visitors get the cached answer until a hub write that can
    // change public answers empties it.
    await t.db.execute(sql`UPDATE hubs SET lat = 10.6 WHERE id = ${shown.id}`);
    expect((await pointOf())?.lat).toBe(10.5);

    const applicant = await buildUser(t.app, t.db);
    const own = await client(t.app, applicant.cookie).post("/api/hubs", { network: net, nameVi: "Xưởng nháp" });
    expect(own.status).toBe(201);
    const edited = await client(t.app, applicant.cookie).patch(`/api/hubs/${own.body.id}`, {
      version: own.body.version,
      nameEn: "Draft workshop",
    });
    expect(edited.status).toBe(200);
    // An announcement would arrive within milliseconds; the answer stays cached for a good while after.
    for (let i = 0; i < 10; i++) {
      expect((await pointOf())?.lat).toBe(10.5);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }

    const admin = await buildUser(t.app, t.db, { networkAdmin: net });
    const current = await client(t.app, admin.cookie).get(`/api/hubs/${shown.id}`);
    const renamed = await client(t.app, admin.cookie).patch(`/api/hubs/${shown.id}`, {
      version: current.body.version,
      nameEn: "Renamed",
    });
    expect(renamed.status).toBe(200);
    await expect.poll(pointOf).toMatchObject({ lat: 10.6, nameEn: "Renamed" });
  });
});
