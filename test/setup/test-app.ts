import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../../server/app.ts";
import type { MapTiles } from "../../server/config.ts";
import { type Database, type Db, openMemoryPglite, openPostgres } from "../../server/db/client.ts";
import { testPostgresUrl, withDatabase } from "./engines.ts";

/** A test file's own database, cloned from the migrated, seeded golden one. */
export type TestDatabase = { database: Database; db: Db; drop(): Promise<void> };

/** Opens a fresh clone of the golden database on the engine this run tests. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const template = inject("pgTemplate");
  if (template) {
    const url = testPostgresUrl() as string;
    const name = `cn_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const database = await openPostgres(withDatabase(url, name), 5);
    return {
      database,
      db: database.db,
      drop: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name}`);
        await a.end();
      },
    };
  }
  const dump = await readFile(inject("goldenPglite"));
  const database = await openMemoryPglite(new Blob([dump]));
  return { database, db: database.db, drop: () => database.close() };
}

/** The real app on a fresh database, for `app.inject()`; no port unless the test listens. */
export async function testApp(opts: { webRoot?: string; mapTiles?: MapTiles } = {}): Promise<{
  app: FastifyInstance;
  db: Db;
  database: Database;
  close(): Promise<void>;
}> {
  const t = await openTestDatabase();
  const app = await buildApp({ database: t.database, webRoot: opts.webRoot, mapTiles: opts.mapTiles, logger: false });
  await app.ready();
  return {
    app,
    db: t.db,
    database: t.database,
    close: async () => {
      await app.close();
      await t.drop();
    },
  };
}
