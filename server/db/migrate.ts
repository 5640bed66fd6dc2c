import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "./client.ts";

/** Where the append-only SQL migrations live. */
export const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** A migration file on disk. */
export type Migration = { name: string; checksum: string; sql: string };

/** Thrown when a migration that already ran has been edited since: history must not be rewritten. */
export class MigrationEditedError extends Error {
  override name = "MigrationEditedError";
}

/** Reads `NNNN_name.sql` files in name order. */
export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (name) => {
      const text = await readFile(path.join(dir, name), "utf8");
      return { name, sql: text, checksum: createHash("sha256").update(text).digest("hex") };
    }),
  );
}

/**
 * Applies pending migrations, each in its own transaction, and returns the names applied. The same runner serves
 * server start-up, `creative-network migrate` and test setup. A transaction-scoped advisory lock makes concurrent
 * starts against one PostgreSQL safe; a checksum per applied file refuses a migration edited after it ran.
 */
export async function runMigrations(database: Database, dir = migrationsDir): Promise<string[]> {
  await database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const m of await readMigrations(dir)) {
    const done = await database.rawTransaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(7231104)");
      const [row] = await tx.query<{ checksum: string }>("SELECT checksum FROM schema_migrations WHERE name = $1", [
        m.name,
      ]);
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new MigrationEditedError(
            `Migration ${m.name} was edited after it was applied. Migrations are append-only: restore the file and add a new migration.`,
          );
        }
        return false;
      }
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", [m.name, m.checksum]);
      return true;
    });
    if (done) applied.push(m.name);
  }
  return applied;
}
