import { type Config, ConfigError, loadConfig } from "../server/config.ts";
import { DataDirLockedError } from "../server/db/data-dir-lock.ts";
import { MigrationEditedError } from "../server/db/migrate.ts";

/** Exit codes of every command. */
export const Exit = { ok: 0, failed: 1, usage: 2 } as const;

/** Reads the configuration or ends the process with a message naming the bad variable. */
export function configOrExit(env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(Exit.usage);
    }
    throw err;
  }
}

/** Prints a known start-up failure as one clear line and exits; rethrows anything else. */
export function exitOnKnownError(err: unknown): never {
  if (err instanceof DataDirLockedError || err instanceof MigrationEditedError || err instanceof ConfigError) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exit(Exit.failed);
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ECONNREFUSED" || e?.code === "ENOTFOUND" || e?.code === "28P01" || e?.code === "3D000") {
    process.stderr.write(`error: cannot reach the database (DATABASE_URL): ${e.message}\n`);
    process.exit(Exit.failed);
  }
  if (e?.code === "EADDRINUSE") {
    process.stderr.write(`error: ${e.message}. Set PORT to a free port.\n`);
    process.exit(Exit.failed);
  }
  throw err;
}
