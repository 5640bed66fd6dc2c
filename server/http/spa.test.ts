import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RuntimeConfig } from "../../contract/runtime-config.ts";
import { testApp } from "../../test/setup/test-app.ts";
import { withRuntimeConfig } from "./spa.ts";

const page = "<!doctype html><html><head><title>x</title></head><body></body></html>";

function readBack(html: string): unknown {
  const m = /<script id="cn-runtime-config" type="application\/json">(.*?)<\/script>/.exec(html);
  if (!m) throw new Error("no runtime config element");
  return JSON.parse(m[1]);
}

describe("withRuntimeConfig", () => {
  it("writes the config into the head as JSON the page can parse back", () => {
    const config = { mapTiles: { url: "https://tiles.example.vn/{z}/{x}/{y}.png", attribution: "© OSM" } };
    const html = withRuntimeConfig(page, config);
    expect(html.indexOf("cn-runtime-config")).toBeLessThan(html.indexOf("</head>"));
    expect(RuntimeConfig.parse(readBack(html))).toEqual(config);
  });

  it("cannot be broken out of by a value that contains </script>", () => {
    const config = { mapTiles: { url: "https://t.example/{z}/{x}/{y}.png", attribution: "</script><script>x()" } };
    const html = withRuntimeConfig(page, config);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(readBack(html)).toEqual(config);
  });

  it("refuses a page without a head", () => {
    expect(() => withRuntimeConfig("<html></html>", { mapTiles: null })).toThrow(/<\/head>/);
  });
});

describe("serving the web app", () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    const webRoot = mkdtempSync(path.join(os.tmpdir(), "cn-spa-"));
    mkdirSync(path.join(webRoot, "assets"));
    writeFileSync(path.join(webRoot, "index.html"), page);
    writeFileSync(path.join(webRoot, "assets", "app.js"), "console.log(1)");
    t = await testApp({ webRoot, mapTiles: { url: "https://tiles.example.vn/{z}/{x}/{y}.png", attribution: "© OSM" } });
  });
  afterAll(() => t.close());

  it.each(["/", "/hubs", "/networks/hanoi/admin?tab=roles"])(
    "answers %s with index.html carrying the config",
    async (url) => {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(readBack(res.body)).toEqual({
        mapTiles: { url: "https://tiles.example.vn/{z}/{x}/{y}.png", attribution: "© OSM" },
      });
    },
  );

  it("serves built files as they are and a missing one as a JSON 404, never as the page", async () => {
    expect((await t.app.inject({ method: "GET", url: "/assets/app.js" })).body).toBe("console.log(1)");
    const missing = await t.app.inject({ method: "GET", url: "/assets/old-build.js" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
  });
});
