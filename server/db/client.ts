import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";

/** Drizzle over either engine; repositories take this and nothing else. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** An open database: the Drizzle handle plus what the kernel needs around it. */
export type Database = {
  kind: "pglite" | "postgres";
  db: Db;
  /** Runs a script of several statements outside a transaction. */
  exec(script: string): Promise<void>;
  /** Runs `fn` in one transaction on one connection with raw access: scripts of several statements and plain queries. */
  rawTransaction<T>(fn: (tx: RawTx) => Promise<T>): Promise<T>;
  /**
   * Calls `fn` on every NOTIFY on `channel`, from this process or any other on the same database, so caches can
   * drop data another process changed. Returns the way to stop listening.
   */
  listen(channel: string, fn: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the data dir as a tarball, to clone the database (tests). */
  dumpDataDir?: () => Promise<Blob>;
};

/** Raw access inside a transaction, for the migration runner. */
export type RawTx = {
  exec(script: string): Promise<void>;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
};

/** Contrib extensions PGlite must be given at construction; PostgreSQL ships them in postgresql-contrib. */
export const pgliteExtensions = { pg_trgm, unaccent };

// int8 and numeric come back as strings from node-postgres but as numbers from PGlite; every query that
// returns counts casts to int, so this parser only guards sums that overflow int4.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens PGlite in `dataDir` (created on first use: initdb takes a few seconds). */
export async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  await mkdir(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create({ dataDir, extensions: pgliteExtensions, loadDataDir });
  return wrapPglite(client);
}

/** Opens a throwaway in-memory PGlite, optionally from a dumped data dir. */
export async function openMemoryPglite(loadDataDir?: Blob): Promise<Database> {
  const client = await PGlite.create({ extensions: pgliteExtensions, loadDataDir });
  return wrapPglite(client);
}

function wrapPglite(client: PGlite): Database {
  return {
    kind: "pglite",
    db: drizzlePglite(client) as unknown as Db,
    exec: async (script) => {
      await client.exec(script);
    },
    rawTransaction: (fn) =>
      client.transaction((tx) =>
        fn({
          exec: async (script) => {
            await tx.exec(script);
          },
          query: async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows,
        }),
      ),
    listen: async (channel, fn) => {
      const stop = await client.listen(channel, () => fn());
      return async () => {
        await stop();
      };
    },
    close: () => client.close(),
    dumpDataDir: async () => (await client.dumpDataDir("gzip")) as Blob,
  };
}

/** Opens a PostgreSQL pool. */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // Fail at start-up, not at the first request, when the server is unreachable.
  const c = await pool.connect();
  c.release();
  const listeners = new Set<pg.Client>();
  return {
    kind: "postgres",
    db: drizzlePg(pool) as unknown as Db,
    exec: async (script) => {
      await pool.query(script);
    },
    rawTransaction: async (fn) => {
      const c = await pool.connect();
      try {
        await c.query("BEGIN");
        const out = await fn({
          exec: async (script) => {
            await c.query(script);
          },
          query: async <T>(text: string, params?: unknown[]) => (await c.query(text, params)).rows as T[],
        });
        await c.query("COMMIT");
        return out;
      } catch (err) {
        await c.query("ROLLBACK").catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    listen: async (channel, fn) => {
      // LISTEN needs a connection of its own that stays open; the pool's connections come and go.
      const listener = new pg.Client({ connectionString: url });
      await listener.connect();
      listener.on("notification", (n) => {
        if (n.channel === channel) fn();
      });
      listener.on("error", () => undefined);
      await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        await listener.end();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((l) => l.end()));
      listeners.clear();
      await pool.end();
    },
  };
}

/** Runs a query and returns its rows, the same on both engines. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
