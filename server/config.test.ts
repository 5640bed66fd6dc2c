import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, redactUrl } from "./config.ts";

describe("loadConfig", () => {
  it("uses the documented defaults", () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: "127.0.0.1",
      dataDir: path.resolve("./data"),
      databaseUrl: undefined,
      logLevel: "info",
      mapTiles: undefined,
    });
  });

  it("reads every variable", () => {
    const c = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATA_DIR: "/var/lib/cn",
      DATABASE_URL: "postgres://cn:secret@db:5432/cn",
      LOG_LEVEL: "warn",
      MAP_TILE_URL: "https://tiles.example.vn/{z}/{x}/{y}.png",
      MAP_TILE_ATTRIBUTION: "© OpenStreetMap contributors",
    });
    expect(c).toEqual({
      port: 8080,
      host: "0.0.0.0",
      dataDir: "/var/lib/cn",
      databaseUrl: "postgres://cn:secret@db:5432/cn",
      logLevel: "warn",
      mapTiles: { url: "https://tiles.example.vn/{z}/{x}/{y}.png", attribution: "© OpenStreetMap contributors" },
    });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ HOST: "" }, "HOST"],
    [{ MAP_TILE_URL: "tiles.example.vn/{z}/{x}/{y}.png" }, "MAP_TILE_URL"],
    [{ MAP_TILE_URL: "https://tiles.example.vn/tile.png" }, "MAP_TILE_URL"],
  ])("stops with a message naming the variable for %o", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });
});

describe("redactUrl", () => {
  it("hides the password of a database URL", () => {
    expect(redactUrl("postgres://cn:secret@db:5432/cn")).toBe("postgres://cn:***@db:5432/cn");
  });
});
