/** What every HTTP bench shares: the load generator in its own process, and a fresh seeded database per engine. */
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { type Database, openMemoryPglite, openPostgres } from "../server/db/client.ts";
import { runMigrations } from "../server/db/migrate.ts";
import { seedDatabase } from "../server/seed.ts";

const root = path.resolve(import.meta.dirname, "..");

/** One measurement: requests per second, latency percentiles (ms), failures. */
export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

/** Runs autocannon in a child process, so it does not share the server's event loop, and returns its summary. */
export function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, "node_modules/autocannon/autocannon.js"),
        "-j",
        "-c",
        String(connections),
        "-d",
        String(seconds),
        url,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}`));
      const j = JSON.parse(out);
      resolve({
        rps: j.requests.average,
        p50: j.latency.p50,
        p99: j.latency.p99,
        errors: j.errors + j.timeouts,
        non2xx: j.non2xx,
      });
    });
  });
}

/**
 * A migrated, seeded database: in-memory PGlite, or a new database `name` on the PostgreSQL server at `pgUrl`,
 * dropped again by `drop()`.
 */
export async function openBenchDatabase(
  engine: "pglite" | "postgres",
  pgUrl: string | undefined,
  name: string,
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (engine === "pglite") {
    const database = await openMemoryPglite();
    await runMigrations(database);
    await seedDatabase(database.db);
    return { database, drop: () => database.close() };
  }
  if (!pgUrl) throw new Error("PostgreSQL bench needs BENCH_DATABASE_URL or TEST_DATABASE_URL");
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  const database = await openPostgres(u.toString(), 20);
  await runMigrations(database);
  await seedDatabase(database.db);
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}
