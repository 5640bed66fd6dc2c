// The grid a map's points are grouped on: square cells of a number of screen pixels at a Web Mercator zoom, aligned
// to the world so that a cell stays put while the map pans. The server groups by it; clients widen the view they
// ask for to whole blocks of it, so no group is cut by the edge of the view and small pans ask the same question.

/** `[minLon, minLat, maxLon, maxLat]`, WGS84 degrees. */
export type LonLatBox = [number, number, number, number];

/** Latitudes beyond this have no Web Mercator y; points there are grouped with the edge row. */
export const MERCATOR_MAX_LAT = 85;

/**
 * A cell's size at `zoom`: `lon` in degrees of longitude, `y` in Mercator units (radians of ln tan(π/4 + φ/2)).
 * @example gridCell(0, 256) // { lon: 360, y: 2π }: one cell is the whole world at zoom 0
 */
export function gridCell(zoom: number, cellPx: number): { lon: number; y: number } {
  const worldPx = 256 * 2 ** zoom;
  return { lon: (360 * cellPx) / worldPx, y: (2 * Math.PI * cellPx) / worldPx };
}

/** Web Mercator y of a latitude (clamped to ±MERCATOR_MAX_LAT), as the server's grouping computes it. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/** The latitude of a Web Mercator y. */
export function latitudeOf(y: number): number {
  return ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
}

/**
 * Widens a box outward to whole blocks of `cellsPerBlock` × `cellsPerBlock` grid cells at `zoom`, within the world
 * (longitude ±180, latitude ±90), at six decimals rounded outwards. Every cell the box touches is then wholly inside
 * it, and every box within the same blocks gives the same answer.
 * @example snapToGrid([105.80, 21.00, 105.86, 21.04], 14, 80, 4) // [105.776…, 20.995…, 105.864…, 21.046…]
 */
export function snapToGrid(box: LonLatBox, zoom: number, cellPx: number, cellsPerBlock: number): LonLatBox {
  const cell = gridCell(zoom, cellPx);
  const blockLon = cell.lon * cellsPerBlock;
  const blockY = cell.y * cellsPerBlock;
  const [w, s, e, n] = box;
  const down = (v: number) => Math.floor(v * 1e6) / 1e6;
  const up = (v: number) => Math.ceil(v * 1e6) / 1e6;
  const south = Math.abs(s) >= MERCATOR_MAX_LAT && s < 0 ? -90 : latitudeOf(Math.floor(mercatorY(s) / blockY) * blockY);
  const north = Math.abs(n) >= MERCATOR_MAX_LAT && n > 0 ? 90 : latitudeOf(Math.ceil(mercatorY(n) / blockY) * blockY);
  return [
    Math.max(-180, down(Math.floor(w / blockLon) * blockLon)),
    Math.max(-90, down(south)),
    Math.min(180, up(Math.ceil(e / blockLon) * blockLon)),
    Math.min(90, up(north)),
  ];
}
