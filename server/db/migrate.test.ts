import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testPostgresUrl, withDatabase } from "../../test/setup/engines.ts";
import { openTestDatabase } from "../../test/setup/test-app.ts";
import { type Database, type Db, openMemoryPglite, openPostgres, rows } from "./client.ts";
import { MigrationEditedError, migrationsDir, runMigrations } from "./migrate.ts";

/** Every column, constraint, index and function the migrations created, in a stable order. */
async function schemaOf(db: Db) {
  const columns = await rows(
    db,
    sql`SELECT table_name, column_name, data_type, is_nullable, column_default, is_generated, generation_expression
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
  );
  // PostgreSQL 18 (PGlite) also lists NOT NULL as constraints (contype 'n'); 15 keeps them on the columns only.
  const constraints = await rows(
    db,
    sql`SELECT conrelid::regclass::text AS tbl, conname, contype FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND contype <> 'n' ORDER BY 1, 2`,
  );
  const indexes = await rows(
    db,
    sql`SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
  );
  const functions = await rows(
    db,
    sql`SELECT proname, provolatile FROM pg_proc WHERE pronamespace = 'public'::regnamespace
        AND proname LIKE 'f\\_%' ORDER BY 1`,
  );
  return { columns, constraints, indexes, functions };
}

describe("runMigrations", () => {
  it("builds the same schema on PGlite and on PostgreSQL 15", async (ctx) => {
    const url = testPostgresUrl();
    if (!url) ctx.skip(); // The PostgreSQL leg of `npm test` (and CI) always has a server.
    const lite = await openMemoryPglite();
    await runMigrations(lite);
    const name = `cn_test_parity_${process.pid}`;
    const admin = await openPostgres(url as string, 1);
    await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
    await admin.exec(`CREATE DATABASE ${name}`);
    let pgdb: Database | undefined;
    try {
      pgdb = await openPostgres(withDatabase(url as string, name), 1);
      await runMigrations(pgdb);
      const [a, b] = [await schemaOf(lite.db), await schemaOf(pgdb.db)];
      expect(a.columns).toEqual(b.columns);
      expect(a.constraints).toEqual(b.constraints);
      expect(a.indexes).toEqual(b.indexes);
      expect(a.functions).toEqual(b.functions);
      expect(a.columns.length).toBeGreaterThan(20);
    } finally {
      await pgdb?.close();
      await lite.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      await admin.close();
    }
  });

  it("applies nothing twice", async () => {
    const t = await openTestDatabase();
    try {
      expect(await runMigrations(t.database)).toEqual([]);
    } finally {
      await t.drop();
    }
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "cn-mig-"));
    const t = await openTestDatabase();
    try {
      await cp(migrationsDir, dir, { recursive: true });
      await writeFile(path.join(dir, "0001_cities_directory.sql"), "SELECT 1; -- rewritten history");
      await expect(runMigrations(t.database, dir)).rejects.toThrow(MigrationEditedError);
      await expect(runMigrations(t.database, dir)).rejects.toThrow("0001_cities_directory.sql was edited");
    } finally {
      await t.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rolls a failing migration back whole and leaves it pending", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "cn-mig-"));
    const t = await openTestDatabase();
    try {
      await cp(migrationsDir, dir, { recursive: true });
      await writeFile(
        path.join(dir, "9999_broken.sql"),
        "CREATE TABLE half_done (id int);\nSELECT no_such_function();",
      );
      await expect(runMigrations(t.database, dir)).rejects.toThrow();
      const left = await rows(t.db, sql`SELECT to_regclass('half_done')::text AS t`);
      expect(left).toEqual([{ t: null }]);
      const applied = await rows(t.db, sql`SELECT name FROM schema_migrations WHERE name = '9999_broken.sql'`);
      expect(applied).toEqual([]);
    } finally {
      await t.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
