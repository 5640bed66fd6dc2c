import type { MultiPolygon, Polygon, Position } from "geojson";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import countries from "world-atlas/countries-110m.json" with { type: "json" };
import { toWorldBasemap, unwrapPolygon, unwrapRing } from "./world-basemap.ts";

const basemap = toWorldBasemap(countries as unknown as Topology);

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function largestJump(ring: Position[]): number {
  let largest = 0;
  for (let i = 1; i < ring.length; i++) largest = Math.max(largest, Math.abs(ring[i][0] - ring[i - 1][0]));
  return largest;
}

describe("unwrapRing", () => {
  it("continues eastwards past 180° instead of jumping to -180°", () => {
    expect(
      unwrapRing([
        [170, 0],
        [-170, 0],
        [-170, 10],
        [170, 10],
        [170, 0],
      ]),
    ).toEqual([
      [170, 0],
      [190, 0],
      [190, 10],
      [170, 10],
      [170, 0],
    ]);
  });

  it("continues westwards past -180°", () => {
    expect(
      unwrapRing([
        [-179, 0],
        [179, 0],
        [179, 1],
      ]),
    ).toEqual([
      [-179, 0],
      [-181, 0],
      [-181, 1],
    ]);
  });

  it("leaves a ring that does not cross the antimeridian as it is", () => {
    const ring = [
      [105, 21],
      [106, 21],
      [106, 22],
      [105, 21],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe("unwrapPolygon", () => {
  it("adds a copy on the other side of the map for a polygon reaching past 180°", () => {
    const [east, west] = unwrapPolygon([
      [
        [170, 0],
        [-170, 0],
        [-170, 10],
        [170, 0],
      ],
    ]);
    expect(east[0].map(([lon]) => lon)).toEqual([170, 190, 190, 170]);
    expect(west[0].map(([lon]) => lon)).toEqual([-190, -170, -170, -190]);
  });
});

describe("toWorldBasemap", () => {
  it("drops Antarctica and keeps the other 176 countries", () => {
    const names = basemap.features.map((country) => country.properties.name);
    expect(names).not.toContain("Antarctica");
    expect(names).toContain("Vietnam");
    expect(basemap.features).toHaveLength(176);
  });

  it("leaves no ring with a jump across the map", () => {
    for (const country of basemap.features)
      for (const polygon of polygonsOf(country.geometry))
        for (const ring of polygon) expect(largestJump(ring), country.properties.name).toBeLessThan(180);
  });

  it.each(["Russia", "Fiji"])("draws %s on both sides of the antimeridian", (name) => {
    const country = basemap.features.find((feature) => feature.properties.name === name);
    const longitudes = polygonsOf(country!.geometry)
      .flat(2)
      .map(([lon]) => lon);
    expect(Math.max(...longitudes)).toBeGreaterThan(180);
    expect(Math.min(...longitudes)).toBeLessThan(-180);
  });
});
