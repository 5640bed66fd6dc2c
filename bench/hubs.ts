/**
 * Hub search at scale: 100,000 generated hubs (Vietnamese names and addresses, points around Hanoi) in a fresh
 * database, then throughput and latency at 100 concurrent connections of `GET /api/hubs?q=…`, of a `bbox` query as
 * the list's 200 full profiles (the old way to fill a map, kept for comparison) and as the light map endpoint
 * `GET /api/hubs/map`, cached and uncached, the uncached map also over thousands of different street-level views;
 * beside bare node:http servers answering bodies of the same sizes in the same run. PGlite and (with
 * BENCH_DATABASE_URL or TEST_DATABASE_URL) PostgreSQL. Goal on PostgreSQL: p99 under 50 ms. `BENCH_HUBS` changes
 * the count, `BENCH_ENGINES` (pglite,postgres) the engines.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import { rows } from "../server/db/client.ts";
import { type LoadResult, load, loadPaths, openBenchDatabase } from "./harness.ts";
import { generateHubs } from "./hubs-data.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = 100;
const count = Number(process.env.BENCH_HUBS ?? 100_000);
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;

/** The district-sized view of the first measurements (≈ 6 × 4.5 km, 8,000 of the generated hubs). */
const WIDE_BBOX = "105.80,21.00,105.86,21.04";
/** A street-level view (≈ 1 × 1 km, about 300 hubs at this density). */
const STREET_BBOX = "105.840,21.020,105.850,21.030";

const targets = [
  { name: "GET /api/hubs?q=bat trang (diacritic-folded)", path: "/api/hubs?q=bat%20trang" },
  { name: "GET /api/hubs?q=xuong gom hong ha", path: "/api/hubs?q=xuong%20gom%20hong%20ha" },
  { name: "GET /api/hubs?bbox=wide (list: 200 full profiles)", path: `/api/hubs?bbox=${WIDE_BBOX}&pageSize=200` },
  { name: "GET /api/hubs/map?bbox=wide (markers)", path: `/api/hubs/map?bbox=${WIDE_BBOX}` },
  { name: "GET /api/hubs/map?bbox=street (markers)", path: `/api/hubs/map?bbox=${STREET_BBOX}` },
];

/**
 * `n` different street-level views (0.01° square, on a 0.001° grid) over the generated area, from a fixed seed:
 * every request of a run asks for another one, so neither the response cache nor a hot page helps.
 */
function streetViews(n: number): string[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: n }, () => {
    const lon = 105.75 + Math.floor(next() * 190) / 1000;
    const lat = 20.95 + Math.floor(next() * 140) / 1000;
    return `/api/hubs/map?bbox=${lon.toFixed(3)},${lat.toFixed(3)},${(lon + 0.01).toFixed(3)},${(lat + 0.01).toFixed(3)}`;
  });
}

type Row = LoadResult & { target: string; engine: string; bytes?: number };

/** A bare node:http server answering `body` to every request: the ceiling for a response of that size. */
async function bare(body: string, label: string): Promise<Row> {
  const server = http.createServer((_q, r) => {
    r.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    r.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  process.stderr.write(`measuring bare node:http ${label} for ${seconds}s…\n`);
  const r = await load(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, connections, seconds);
  server.close();
  return { target: `bare node:http (${label})`, engine: "—", bytes: Buffer.byteLength(body), ...r };
}

const kB = (n: number | undefined) =>
  n === undefined ? "" : n < 10_000 ? `${(n / 1000).toFixed(1)}` : `${Math.round(n / 1000)}`;

async function main() {
  const lines: string[] = [];
  const results: Row[] = [];
  const bodies = new Map<string, string>();
  const engines = (process.env.BENCH_ENGINES ?? (pgUrl ? "pglite,postgres" : "pglite")).split(",") as (
    | "pglite"
    | "postgres"
  )[];
  const views = streetViews(20_000);
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
        if (!res.ok) throw new Error(`${tgt.path} answered ${res.status}`);
        const text = await res.text();
        bodies.set(tgt.name, text);
        const body = JSON.parse(text);
        const matches = `${body.total} matches${body.truncated ? `, ${body.items.length} returned` : ""}`;
        process.stderr.write(`measuring ${engine} ${tgt.name} cache=${cache} (${matches}) for ${seconds}s…\n`);
        results.push({
          target: `${tgt.name} — ${matches}${cache ? "" : " — cache off"}`,
          engine,
          bytes: Buffer.byteLength(text),
          ...(await load(url + tgt.path, connections, seconds)),
        });
      }
      if (!cache) {
        process.stderr.write(
          `measuring ${engine} map over ${views.length} street views, cache off, for ${seconds}s…\n`,
        );
        results.push({
          target: `GET /api/hubs/map?bbox=… a different street view each request — cache off`,
          engine,
          ...(await loadPaths(url, views, connections, seconds)),
        });
      }
      await app.close();
    }
    await drop();
  }
  const bareSmall = await bare(
    JSON.stringify({ items: [], total: 0, page: 1, pageSize: 20 }).padEnd(2000, " "),
    "2 kB",
  );
  const sized = [
    ["GET /api/hubs/map?bbox=street (markers)", "street map's size"],
    ["GET /api/hubs/map?bbox=wide (markers)", "wide map's size"],
    ["GET /api/hubs?bbox=wide (list: 200 full profiles)", "200 profiles' size"],
  ] as const;
  const bareRows = [bareSmall];
  for (const [name, label] of sized) {
    const body = bodies.get(name);
    if (body) bareRows.push(await bare(body, `${label}, ${kB(Buffer.byteLength(body))} kB`));
  }
  results.unshift(...bareRows);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const [l1, l5] = os.loadavg();
  process.stdout.write(
    [
      `### Hub search, ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, Node ${process.version}`,
      "",
      ...lines,
      "",
      `autocannon in a separate process, ${connections} connections, ${seconds} s per row, loopback; load average at ` +
        `the end ${l1.toFixed(1)} (1 min), ${l5.toFixed(1)} (5 min). "% of bare" compares with the 2 kB bare server.`,
      "",
      "| endpoint | engine | body kB | req/s | p50 ms | p99 ms | errors | non-2xx | % of bare |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|",
      ...results.map(
        (r) =>
          `| ${r.target} | ${r.engine} | ${kB(r.bytes)} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${Math.round((100 * r.rps) / bareSmall.rps)}% |`,
      ),
      "",
    ].join("\n"),
  );
}

await main();
