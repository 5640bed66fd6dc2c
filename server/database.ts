import path from "node:path";
import type { Config } from "./config.ts";
import { type Database, openPglite, openPostgres } from "./db/client.ts";
import { type DataDirLock, lockDataDir } from "./db/data-dir-lock.ts";
import { runMigrations } from "./db/migrate.ts";

/** An open, migrated database and the lock that guards it. */
export type OpenDatabase = { database: Database; applied: string[]; close(): Promise<void> };

/**
 * Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR behind a lockfile.
 * Applies pending migrations before returning. Used by the server and every CLI command.
 */
export async function openDatabase(config: Config): Promise<OpenDatabase> {
  let lock: DataDirLock | undefined;
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres(config.databaseUrl);
  } else {
    lock = await lockDataDir(config.dataDir);
    try {
      database = await openPglite(path.join(config.dataDir, "pglite"));
    } catch (err) {
      lock.release();
      throw err;
    }
  }
  try {
    const applied = await runMigrations(database);
    return {
      database,
      applied,
      close: async () => {
        await database.close();
        lock?.release();
      },
    };
  } catch (err) {
    await database.close().catch(() => undefined);
    lock?.release();
    throw err;
  }
}
