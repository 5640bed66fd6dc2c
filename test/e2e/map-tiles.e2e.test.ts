import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe } from "vitest";
import { testApp } from "../setup/test-app.ts";
import { expect, test } from "./fixtures.ts";

const webRoot = fileURLToPath(new URL("../../dist/web", import.meta.url));
// A 1×1 PNG: what a tile server answers, small enough to write here.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
  "base64",
);

const tileRequests: string[] = [];
let tiles: http.Server;
let platform: Awaited<ReturnType<typeof testApp>>;
let baseUrl: string;

beforeAll(async () => {
  tiles = http.createServer((req, res) => {
    tileRequests.push(req.url ?? "");
    res.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*" }).end(PNG);
  });
  await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
  const tilePort = (tiles.address() as AddressInfo).port;
  platform = await testApp({
    webRoot,
    mapTiles: { url: `http://127.0.0.1:${tilePort}/{z}/{x}/{y}.png`, attribution: "© Tiles of the test <city>" },
  });
  await platform.app.listen({ port: 0, host: "127.0.0.1" });
  baseUrl = `http://127.0.0.1:${(platform.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await platform.close();
  await new Promise((resolve) => tiles.close(resolve));
});

describe("maps with a configured tile server (MAP_TILE_URL)", () => {
  test("draws the hub map on the deployment's tiles and credits the provider as text", async ({ page }) => {
    await page.goto(`${baseUrl}/hubs`);
    await page.locator(".leaflet-tile-loaded").first().waitFor();
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.every((url) => /^\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    await expect
      .poll(() => page.locator(".leaflet-control-attribution").textContent())
      .toContain("© Tiles of the test <city>");
    // The bundled country shapes are not drawn under the tiles.
    expect(await page.locator(".map-country").count()).toBe(0);
  });
});
