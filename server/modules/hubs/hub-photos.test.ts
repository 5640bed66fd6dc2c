import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHub, buildUser } from "../../../test/factories.ts";
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
