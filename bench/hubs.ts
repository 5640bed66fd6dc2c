/**
 * Hub search at scale: 100,000 generated hubs (Vietnamese names and addresses, points around Hanoi) in a fresh
 * database, then throughput and latency of `GET /api/hubs?q=…` and of a `bbox` map query at 100 concurrent
 * connections, beside a bare node:http server in the same run; PGlite and (with BENCH_DATABASE_URL or
 * TEST_DATABASE_URL) PostgreSQL. Goal on PostgreSQL: p99 under 50 ms. `BENCH_HUBS` changes the count.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import { rows } from "../server/db/client.ts";
import { load, openBenchDatabase } from "./harness.ts";
import { generateHubs } from "./hubs-data.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = 100;
const count = Number(process.env.BENCH_HUBS ?? 100_000);
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;

const targets = [
  { name: "GET /api/hubs?q=bat trang (diacritic-folded)", path: "/api/hubs?q=bat%20trang" },
  { name: "GET /api/hubs?q=xuong gom hong ha", path: "/api/hubs?q=xuong%20gom%20hong%20ha" },
  {
    name: "GET /api/hubs?bbox=… (map view, 200 per page)",
    path: "/api/hubs?bbox=105.80,21.00,105.86,21.04&pageSize=200",
  },
];

async function main() {
  const lines: string[] = [];
  const results: {
    target: string;
    engine: string;
    rps: number;
    p50: number;
    p99: number;
    errors: number;
    non2xx: number;
  }[] = [];
  const engines = (process.env.BENCH_ENGINES ?? (pgUrl ? "pglite,postgres" : "pglite")).split(",") as (
    | "pglite"
    | "postgres"
  )[];
  for (const engine of engines) {
    const { database, drop } = await openBenchDatabase(engine, pgUrl, `cn_bench_hubs_${process.pid}`);
    const t0 = performance.now();
    await generateHubs(database, count);
    const [{ n }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM hubs`);
    lines.push(`- ${engine}: ${n} hubs, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    for (const cache of [true, false]) {
      const app = await buildApp({ database, logger: false, cache });
      await app.listen({ port: 0, host: "127.0.0.1" });
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      for (const tgt of targets) {
        const res = await fetch(url + tgt.path);
        const body = await res.json();
        process.stderr.write(
          `measuring ${engine} ${tgt.name} cache=${cache} (${body.total} matches) for ${seconds}s…\n`,
        );
        results.push({
          target: `${tgt.name} — ${body.total} matches${cache ? "" : " — cache off"}`,
          engine,
          ...(await load(url + tgt.path, connections, seconds)),
        });
      }
      await app.close();
    }
    await drop();
  }
  const body = JSON.stringify({ items: [], total: 0, page: 1, pageSize: 20 }).padEnd(2000, " ");
  const server = http.createServer((_q, r) => {
    r.writeHead(200, { "content-type": "application/json" });
    r.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const bare = await load(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, connections, seconds);
  server.close();
  results.unshift({ target: "bare node:http (2 kB JSON)", engine: "—", ...bare });
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  process.stdout.write(
    [
      `### Hub search, ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, Node ${process.version}`,
      "",
      ...lines,
      "",
      `autocannon in a separate process, ${connections} connections, ${seconds} s per row, loopback.`,
      "",
      "| endpoint | engine | req/s | p50 ms | p99 ms | errors | non-2xx | % of bare |",
      "|---|---|---:|---:|---:|---:|---:|---:|",
      ...results.map(
        (r) =>
          `| ${r.target} | ${r.engine} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${Math.round((100 * r.rps) / bare.rps)}% |`,
      ),
      "",
    ].join("\n"),
  );
}

await main();
