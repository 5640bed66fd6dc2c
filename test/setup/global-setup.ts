import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { type Database, openMemoryPglite, openPostgres } from "../../server/db/client.ts";
import { runMigrations } from "../../server/db/migrate.ts";
import { seedDatabase } from "../../server/seed.ts";
import { testEngine, testPostgresUrl, withDatabase } from "./engines.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** File holding a dump of the migrated, seeded PGlite database. */
    goldenPglite: string;
    /** Template database on PostgreSQL, when this run tests PostgreSQL. */
    pgTemplate: string | null;
  }
}

/**
 * Once per run: migrate and seed one golden database, so each test file opens its own clone in well under a second
 * (PGlite: a dumped data dir; PostgreSQL: a template database).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cn-golden-"));
  const golden = await openMemoryPglite();
  await runMigrations(golden);
  await seedDatabase(golden.db);
  const dump = await dumpOf(golden);
  await golden.close();
  const goldenPath = path.join(dir, "golden.tar.gz");
  await writeFile(goldenPath, dump);
  project.provide("goldenPglite", goldenPath);

  let template: string | null = null;
  const url = testPostgresUrl();
  if (testEngine() === "postgres") {
    if (!url)
      throw new Error("TEST_ENGINE=postgres needs TEST_DATABASE_URL (or DATABASE_URL) pointing at a PostgreSQL server");
    template = `cn_test_golden_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const db = await openPostgres(withDatabase(url, template), 2);
    await runMigrations(db);
    await seedDatabase(db.db);
    await db.close();
  }
  project.provide("pgTemplate", template);

  return async () => {
    await rm(dir, { recursive: true, force: true });
    if (template && url) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    }
  };
}

async function dumpOf(db: Database): Promise<Buffer> {
  if (!db.dumpDataDir) throw new Error("only PGlite databases can be dumped");
  const blob = await db.dumpDataDir();
  return Buffer.from(await blob.arrayBuffer());
}
