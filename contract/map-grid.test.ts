import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridCell, type LonLatBox, latitudeOf, mercatorY, snapToGrid } from "./map-grid.ts";

describe("gridCell", () => {
  it("is the whole world for a 256-pixel cell at zoom 0 and halves with each zoom level", () => {
    expect(gridCell(0, 256)).toEqual({ lon: 360, y: 2 * Math.PI });
    expect(gridCell(14, 80).lon).toBeCloseTo((360 * 80) / (256 * 2 ** 14), 12);
    expect(gridCell(15, 80).lon * 2).toBeCloseTo(gridCell(14, 80).lon, 12);
  });
});

describe("mercatorY and latitudeOf", () => {
  it("are inverses within the Mercator band and clamp beyond it", () => {
    for (const lat of [-84.9, -45, 0, 21.0285, 60, 84.9]) expect(latitudeOf(mercatorY(lat))).toBeCloseTo(lat, 9);
    expect(mercatorY(89)).toBe(mercatorY(85));
    expect(mercatorY(-90)).toBe(mercatorY(-85));
  });
});

describe("snapToGrid", () => {
  const hanoi: LonLatBox = [105.8, 21.0, 105.86, 21.04];

  it("widens a view to whole blocks of cells around it", () => {
    const snapped = snapToGrid(hanoi, 14, 80, 4);
    const block = gridCell(14, 80).lon * 4;
    expect(snapped[0]).toBeLessThanOrEqual(hanoi[0]);
    expect(snapped[1]).toBeLessThanOrEqual(hanoi[1]);
    expect(snapped[2]).toBeGreaterThanOrEqual(hanoi[2]);
    expect(snapped[3]).toBeGreaterThanOrEqual(hanoi[3]);
    expect(snapped[0] / block - Math.round(snapped[0] / block)).toBeCloseTo(0, 4);
    expect(snapped[2] / block - Math.round(snapped[2] / block)).toBeCloseTo(0, 4);
    expect(hanoi[0] - snapped[0]).toBeLessThan(block);
    expect(snapped[2] - hanoi[2]).toBeLessThan(block);
  });

  it("gives the same box for a small pan inside the same blocks", () => {
    const panned: LonLatBox = [hanoi[0] + 0.001, hanoi[1] + 0.001, hanoi[2] + 0.001, hanoi[3] + 0.001];
    expect(snapToGrid(panned, 14, 80, 4)).toEqual(snapToGrid(hanoi, 14, 80, 4));
  });

  it("stays within the world at the poles and the antimeridian", () => {
    expect(snapToGrid([-179.99, -89, 179.99, 89], 3, 80, 4)).toEqual([-180, -90, 180, 90]);
  });

  it("always holds the box it was given, at any zoom", () => {
    // Degrees at six decimals, as a map's view is sent.
    const degrees = (min: number, max: number) => fc.integer({ min: min * 1e6, max: max * 1e6 }).map((v) => v / 1e6);
    const box = fc
      .tuple(degrees(-179, 178), degrees(-84, 83), degrees(0.0001, 1), degrees(0.0001, 1))
      .map(([w, s, dw, dh]): LonLatBox => [w, s, w + dw, s + dh]);
    fc.assert(
      fc.property(box, fc.integer({ min: 0, max: 20 }), (b, zoom) => {
        const [w, s, e, n] = snapToGrid(b, zoom, 80, 4);
        return w <= b[0] && s <= b[1] && e >= b[2] && n >= b[3] && w < e && s < n;
      }),
    );
  });
});
