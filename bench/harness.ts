/** What every HTTP bench shares: the load generator in its own process, and a fresh seeded database per engine. */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { type Database, openMemoryPglite, openPostgres } from "../server/db/client.ts";
import { runMigrations } from "../server/db/migrate.ts";
import { seedDatabase } from "../server/seed.ts";

const root = path.resolve(import.meta.dirname, "..");

/** One measurement: requests per second, latency percentiles (ms), failures. */
export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

/** What a browser sends: every request of the HTTP rows carries it unless a row says "identity". */
export const BROWSER_HEADERS: Record<string, string> = { "accept-encoding": "gzip, deflate, br" };

/**
 * Runs autocannon in a child process, so it does not share the server's event loop, and returns its summary.
 * `headers` go with every request.
 */
export function load(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
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
        ...Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}=${v}`]),
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
 * Like load(), but each request takes the next of `paths` in turn (e.g. a different map view each time), so no two
 * requests in a row ask the same thing. autocannon runs through its API in a child process.
 */
export async function loadPaths(
  origin: string,
  paths: string[],
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cn-bench-"));
  const file = path.join(dir, "paths.json");
  await writeFile(file, JSON.stringify(paths));
  const script = `
    import { readFileSync } from "node:fs";
    import autocannon from ${JSON.stringify(path.join(root, "node_modules/autocannon/autocannon.js"))};
    const paths = JSON.parse(readFileSync(${JSON.stringify(file)}, "utf8"));
    let i = 0;
    const r = await autocannon({
      url: ${JSON.stringify(origin)}, connections: ${connections}, duration: ${seconds},
      headers: ${JSON.stringify(headers)},
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    });
    process.stdout.write(JSON.stringify(r));`;
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let text = "";
      child.stdout.on("data", (d) => {
        text += d;
      });
      child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`autocannon exited ${code}`))));
    });
    const j = JSON.parse(out);
    return {
      rps: j.requests.average,
      p50: j.latency.p50,
      p99: j.latency.p99,
      errors: j.errors + j.timeouts,
      non2xx: j.non2xx,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One GET as the load generator sees it: the bytes on the wire (not decompressed) and their coding. */
export function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            encoding: res.headers["content-encoding"],
          }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

/** The answer's JSON text, whatever coding `rawGet` received it in. */
export function decodedText(r: { body: Buffer; encoding: string | undefined }): string {
  if (r.encoding === "br") return zlib.brotliDecompressSync(r.body).toString("utf8");
  if (r.encoding === "gzip") return zlib.gunzipSync(r.body).toString("utf8");
  return r.body.toString("utf8");
}

/**
 * A bare node:http server answering `body` (sent as `content-encoding: encoding` when given) to every request: the
 * ceiling for a response of those bytes. Returns its URL and the way to stop it.
 */
export async function bareServer(body: string | Buffer, encoding?: string): Promise<{ url: string; close(): void }> {
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (encoding && encoding !== "identity")
    Object.assign(headers, { "content-encoding": encoding, vary: "accept-encoding" });
  const server = http.createServer((_q, r) => {
    r.writeHead(200, headers);
    r.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
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
