import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Properties of a basemap country: world-atlas keeps only the Natural Earth short name. */
export interface BasemapCountryProperties {
  name: string;
}

/** The offline basemap: one (Multi)Polygon feature per country, ready for `L.geoJSON`. */
export type WorldBasemap = FeatureCollection<Polygon | MultiPolygon, BasemapCountryProperties>;

// ISO 3166-1 numeric id of Antarctica in world-atlas. Web Mercator stretches it across the whole bottom of the
// map, and no member city is there.
const ANTARCTICA_ID = "010";

/**
 * Makes a ring continuous in longitude: where consecutive points jump by more than 180° the ring crossed the
 * antimeridian, so the rest of the ring is shifted by ±360°. Leaflet then draws the shape once instead of a
 * sliver stretched across the whole map.
 * @example unwrapRing([[170, 0], [-170, 0], [-170, 10]]) // [[170, 0], [190, 0], [190, 10]]
 */
export function unwrapRing(ring: Position[]): Position[] {
  const result: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon, lat, ...rest] of ring) {
    if (previous !== undefined) {
      const delta = lon + offset - previous;
      if (delta > 180) offset -= 360;
      else if (delta < -180) offset += 360;
    }
    previous = lon + offset;
    result.push([lon + offset, lat, ...rest]);
  }
  return result;
}

function longitudeExtent(rings: Position[][]): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const ring of rings)
    for (const [lon] of ring) {
      if (lon < min) min = lon;
      if (lon > max) max = lon;
    }
  return [min, max];
}

function shiftPolygon(rings: Position[][], degrees: number): Position[][] {
  return rings.map((ring) => ring.map(([lon, lat, ...rest]) => [lon + degrees, lat, ...rest]));
}

/**
 * Unwraps every ring of a polygon, holes relative to their outer ring, and where the polygon now reaches past
 * ±180° adds a copy shifted by 360°, so the part beyond the edge (Chukotka, Fiji's eastern islands) shows on
 * the other side of the map too.
 * @returns one or two polygons (as ring lists).
 */
export function unwrapPolygon(rings: Position[][]): Position[][][] {
  if (rings.length === 0) return [];
  const outer = unwrapRing(rings[0]);
  const anchor = outer[0]?.[0] ?? 0;
  const holes = rings.slice(1).map((hole) => {
    const unwrapped = unwrapRing(hole);
    // A hole must sit in the same 360° window as its outer ring.
    const shift = Math.round((anchor - (unwrapped[0]?.[0] ?? anchor)) / 360) * 360;
    return shift ? unwrapped.map(([lon, lat, ...rest]) => [lon + shift, lat, ...rest]) : unwrapped;
  });
  const polygon = [outer, ...holes];
  const [min, max] = longitudeExtent(polygon);
  if (max > 180) return [polygon, shiftPolygon(polygon, -360)];
  if (min < -180) return [polygon, shiftPolygon(polygon, 360)];
  return [polygon];
}

function unwrapGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const unwrapped = polygons.flatMap(unwrapPolygon);
  return unwrapped.length === 1
    ? { type: "Polygon", coordinates: unwrapped[0] }
    : { type: "MultiPolygon", coordinates: unwrapped };
}

/**
 * Converts world-atlas's `countries` TopoJSON into the basemap: drops Antarctica and unwraps rings that cross
 * the antimeridian (Russia and Fiji in the 1:110m data).
 * @param topology the parsed `world-atlas/countries-110m.json` (or another world-atlas `countries-*` file).
 */
export function toWorldBasemap(topology: Topology): WorldBasemap {
  const countries = topology.objects.countries as GeometryCollection<BasemapCountryProperties>;
  const collection = feature(topology, countries) as FeatureCollection<
    Polygon | MultiPolygon | null,
    BasemapCountryProperties
  >;
  const features: Feature<Polygon | MultiPolygon, BasemapCountryProperties>[] = [];
  for (const country of collection.features) {
    if (country.id === ANTARCTICA_ID || country.geometry === null) continue;
    features.push({ ...country, geometry: unwrapGeometry(country.geometry) });
  }
  return { type: "FeatureCollection", features };
}
