/** The PostgreSQL server the PostgreSQL leg of the suite uses, if any. Tests only create and drop `cn_test_*` databases on it. */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** Which engine this run tests: `TEST_ENGINE=postgres` (set by `npm test` for its PostgreSQL leg) or PGlite. */
export function testEngine(): "pglite" | "postgres" {
  return process.env.TEST_ENGINE === "postgres" ? "postgres" : "pglite";
}

/** A URL for another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
