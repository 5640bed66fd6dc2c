import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

/** Thrown when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

/** A held lock; `release()` is idempotent. */
export type DataDirLock = { path: string; release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else; it still holds the directory.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lockfile `DATA_DIR/creative-network.lock`. PGlite takes no lock on its data dir, and a second server on
 * the same directory would corrupt it, so every process that opens it goes through here. A lockfile left by a process
 * that died is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, "creative-network.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      return {
        path: file,
        release() {
          if (released) return;
          released = true;
          try {
            unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let holder: { pid?: number; startedAt?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        // Half-written or garbage lockfile: treat as stale.
      }
      if (holder.pid && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirLockedError(
          `The data directory ${dataDir} is in use by another Creative Network process (pid ${holder.pid}, since ${holder.startedAt}). ` +
            "Stop that process, or set DATA_DIR to another directory.",
        );
      }
      unlinkSync(file);
    }
  }
  throw new DataDirLockedError(`Could not take the lock ${file}`);
}
