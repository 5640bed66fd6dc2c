import { describe, expect, it } from "vitest";
import { readRuntimeConfig } from "./runtime-config.ts";

const docWith = (text: string | null) => ({
  getElementById: (id: string) =>
    id === "cn-runtime-config" && text !== null ? ({ textContent: text } as HTMLElement) : null,
});

describe("readRuntimeConfig", () => {
  it("reads the tile source the server wrote into the page", () => {
    const config = { mapTiles: { url: "https://tiles.example.vn/{z}/{x}/{y}.png", attribution: "© OSM" } };
    expect(readRuntimeConfig(docWith(JSON.stringify(config)))).toEqual(config);
  });

  it.each([
    ["no element (the dev server)", null],
    ["malformed JSON", "{mapTiles:"],
    ["a wrong shape", JSON.stringify({ mapTiles: { url: 42 } })],
  ])("falls back to the offline basemap for %s", (_, text) => {
    expect(readRuntimeConfig(docWith(text))).toEqual({ mapTiles: null });
  });
});
