import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHub, buildNetwork, buildUser } from "../../../test/factories.ts";
import { multipart } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .png()
    .toBuffer();

async function upload(
  cookie: string | undefined,
  hubId: string,
  file: { filename: string; type: string; data: Buffer },
  caption = "Mặt tiền",
) {
  const body = multipart({ caption }, { field: "photo", ...file });
  const res = await t.app.inject({
    method: "POST",
    url: `/api/hubs/${hubId}/photos`,
    payload: body.payload,
    headers: { ...body.headers, ...(cookie ? { cookie, origin: "http://localhost:80" } : {}) },
  });
  return { status: res.statusCode, body: res.json() };
}

const photoCount = async (hubId: string) =>
  (await t.app.inject({ method: "GET", url: `/api/hubs/${hubId}/photos` })).json().items.length;

describe("POST /api/hubs/{id}/photos", () => {
  it("stores a resized WebP with a thumbnail, and serves both", async () => {
    const hub = await buildHub(t.db, { status: "member" });
    const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
    const res = await upload(manager.cookie, hub.id, {
      filename: "front.png",
      type: "image/png",
      data: await png(3200, 1600),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 1600, height: 800, caption: "Mặt tiền" });
    const full = await t.app.inject({ method: "GET", url: res.body.url });
    expect(full.headers["content-type"]).toBe("image/webp");
    expect((await sharp(full.rawPayload).metadata()).width).toBe(1600);
    const thumb = await t.app.inject({ method: "GET", url: res.body.thumbnailUrl });
    expect((await sharp(thumb.rawPayload).metadata()).width).toBe(400);
  });

  it("refuses a file that is not an image whatever its name says (415), and stores nothing", async () => {
    const hub = await buildHub(t.db, { status: "member" });
    const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
    const res = await upload(manager.cookie, hub.id, {
      filename: "photo.jpg",
      type: "image/jpeg",
      data: Buffer.from("<html>not an image</html>"),
    });
    expect(res.status).toBe(415);
    expect(res.body.error.details[0].path).toBe("photo");
    expect(await photoCount(hub.id)).toBe(0);
  });

  it("refuses an image format it does not take (GIF)", async () => {
    const hub = await buildHub(t.db, { status: "member" });
    const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "blue" } })
      .gif()
      .toBuffer();
    expect((await upload(manager.cookie, hub.id, { filename: "a.gif", type: "image/gif", data: gif })).status).toBe(
      415,
    );
  });

  it("refuses a file over 8 MB with 413 and stores nothing", async () => {
    const hub = await buildHub(t.db, { status: "member" });
    const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
    const res = await upload(manager.cookie, hub.id, {
      filename: "big.png",
      type: "image/png",
      data: Buffer.alloc(9 * 1024 * 1024, 1),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
    expect(await photoCount(hub.id)).toBe(0);
  });

  it("lets neither visitors (401) nor other people (403) add photos", async () => {
    const hub = await buildHub(t.db, { status: "member" });
    const data = await png(100, 100);
    expect((await upload(undefined, hub.id, { filename: "a.png", type: "image/png", data })).status).toBe(401);
    const stranger = await buildUser(t.app, t.db);
    expect((await upload(stranger.cookie, hub.id, { filename: "a.png", type: "image/png", data })).status).toBe(403);
    expect(await photoCount(hub.id)).toBe(0);
  });
});

describe("DELETE /api/hubs/{id}/photos/{photoId}", () => {
  const remove = async (cookie: string | undefined, hubId: string, photoId: string, version: number) => {
    const res = await t.app.inject({
      method: "DELETE",
      url: `/api/hubs/${hubId}/photos/${photoId}?version=${version}`,
      headers: cookie ? { cookie, origin: "http://localhost:80" } : {},
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };
  const hubVersion = async (cookie: string, hubId: string) =>
    (await t.app.inject({ method: "GET", url: `/api/hubs/${hubId}`, headers: { cookie } })).json().version as number;

  it("deletes the photo and its thumbnail, and audits it with the caption", async () => {
    const hub = await buildHub(t.db, { status: "applicant" });
    const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
    const photo = (
      await upload(manager.cookie, hub.id, { filename: "a.png", type: "image/png", data: await png(80, 60) })
    ).body;
    const version = await hubVersion(manager.cookie, hub.id);

    expect((await remove(manager.cookie, hub.id, photo.id, version)).status).toBe(204);
    const headers = { cookie: manager.cookie };
    expect((await t.app.inject({ method: "GET", url: photo.url, headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: photo.thumbnailUrl, headers })).statusCode).toBe(404);
    const list = await t.app.inject({ method: "GET", url: `/api/hubs/${hub.id}/photos`, headers });
    expect(list.json().items).toEqual([]);

    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const audit = await t.app.inject({
      method: "GET",
      url: `/api/audit?entityType=hub&entityId=${hub.id}&action=hub.photo.delete`,
      headers: { cookie: admin.cookie },
    });
    expect(audit.json().items[0]).toMatchObject({
      actorId: manager.id,
      before: { photoId: photo.id, caption: "Mặt tiền", width: 80, height: 60 },
      after: null,
    });
    // Already gone: nothing to delete.
    expect((await remove(manager.cookie, hub.id, photo.id, version)).status).toBe(404);
  });

  it("refuses a stale hub version with 409 and keeps the photo", async () => {
    const hub = await buildHub(t.db, { status: "member" });
    const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
    const photo = (
      await upload(manager.cookie, hub.id, { filename: "a.png", type: "image/png", data: await png(50, 50) })
    ).body;
    const version = await hubVersion(manager.cookie, hub.id);
    const edit = await t.app.inject({
      method: "PATCH",
      url: `/api/hubs/${hub.id}`,
      payload: { version, descriptionVi: "Đã sửa" },
      headers: { cookie: manager.cookie, origin: "http://localhost:80" },
    });
    expect(edit.statusCode).toBe(200);
    const stale = await remove(manager.cookie, hub.id, photo.id, version);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0].path).toBe("version");
    const without = await t.app.inject({
      method: "DELETE",
      url: `/api/hubs/${hub.id}/photos/${photo.id}`,
      headers: { cookie: manager.cookie, origin: "http://localhost:80" },
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.details[0]).toEqual({
      path: "version",
      message: "is required: the hub's version you saw",
    });
    expect(await photoCount(hub.id)).toBe(1);
  });

  it("lets the network's administrators delete, hides a hidden hub's photos from strangers (404), and refuses others (401/403)", async () => {
    const hidden = await buildHub(t.db, { status: "applicant" });
    const member = await buildHub(t.db, { status: "member" });
    const manager = await buildUser(t.app, t.db, { manages: [hidden.id, member.id] });
    const data = await png(40, 40);
    const p1 = (await upload(manager.cookie, hidden.id, { filename: "a.png", type: "image/png", data })).body;
    const p2 = (await upload(manager.cookie, member.id, { filename: "a.png", type: "image/png", data })).body;
    const stranger = await buildUser(t.app, t.db);
    const otherAdmin = await buildUser(t.app, t.db, { networkAdmin: await buildNetwork(t.db) });
    expect((await remove(stranger.cookie, hidden.id, p1.id, 1)).status).toBe(404);
    expect((await remove(otherAdmin.cookie, hidden.id, p1.id, 1)).status).toBe(404);
    expect((await remove(undefined, member.id, p2.id, 1)).status).toBe(401);
    expect((await remove(stranger.cookie, member.id, p2.id, 1)).status).toBe(403);
    expect(await photoCount(member.id)).toBe(1);
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    expect((await remove(admin.cookie, member.id, p2.id, 1)).status).toBe(204);
    const platform = await buildUser(t.app, t.db, { platformAdmin: true });
    expect((await remove(platform.cookie, hidden.id, p1.id, 1)).status).toBe(204);
    expect(await photoCount(member.id)).toBe(0);
  });
});
