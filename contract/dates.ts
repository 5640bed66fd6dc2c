/**
 * A timestamp from either driver (PGlite and node-postgres give Date; JSON aggregates give strings) as ISO 8601.
 * @example isoOrNull(new Date(Date.UTC(2019, 9, 31))) // "2019-10-31T00:00:00.000Z"
 */
export function isoOrNull(d: Date | string | null): string | null {
  return d === null ? null : new Date(d).toISOString();
}

/** Like isoOrNull for a timestamp that is never null. */
export function iso(d: Date | string): string {
  return new Date(d).toISOString();
}
