/**
 * Hub search at scale: 100,000 generated hubs (Vietnamese names and addresses, points around Hanoi) in a fresh
 * database, then throughput and latency at 100 concurrent connections of `GET /api/hubs?q=…`, of a `bbox` query as
 * the list's 200 full profiles (the old way to fill a map, kept for comparison) and as the light map endpoint
 * `GET /api/hubs/map`, cached and uncached, the uncached map also over thousands of different street-level views;
 * beside bare node:http servers answering the same bytes in the same run. Requests carry a browser's
 * `accept-encoding: gzip, deflate, br` (cached answers then go out compressed); the two map rows are also measured
 * without it (identity), and each bare server sends exactly the bytes, and content-encoding, of the app row it
 * mirrors. PGlite and (with
 * BENCH_DATABASE_URL or TEST_DATABASE_URL) PostgreSQL. Goal on PostgreSQL: p99 under 50 ms. `BENCH_HUBS` changes
 * the count, `BENCH_ENGINES` (pglite,postgres) the engines.
 */
import type { AddressInfo } from "node:net";
import os from "node:os";
import { sql } from "drizzle-orm";
import { HUB_MAP_CELL_PX } from "../contract/api/hubs.schema.ts";
import { type LonLatBox, snapToGrid } from "../contract/map-grid.ts";
import { buildApp } from "../server/app.ts";
import { rows } from "../server/db/client.ts";
import {
  BROWSER_HEADERS,
  bareServer,
  decodedText,
  type LoadResult,
  load,
  loadPaths,
  openBenchDatabase,
  rawGet,
} from "./harness.ts";
import { generateHubs } from "./hubs-data.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = 100;
const count = Number(process.env.BENCH_HUBS ?? 100_000);
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;

/** The district-sized view of the first measurements (≈ 6 × 4.5 km, 8,000 of the generated hubs). */
const WIDE_BBOX = "105.80,21.00,105.86,21.04";
/** A street-level view (≈ 1 × 1 km, about 300 hubs at this density). */
const STREET_BBOX = "105.840,21.020,105.850,21.030";

/** `identity` rows send no Accept-Encoding (the plain JSON, for comparison); the others send a browser's. */
const targets: { name: string; path: string; identity?: boolean }[] = [
  { name: "GET /api/hubs?q=bat trang (diacritic-folded)", path: "/api/hubs?q=bat%20trang" },
  { name: "GET /api/hubs?q=xuong gom hong ha", path: "/api/hubs?q=xuong%20gom%20hong%20ha" },
  { name: "GET /api/hubs?bbox=wide (list: 200 full profiles)", path: `/api/hubs?bbox=${WIDE_BBOX}&pageSize=200` },
  { name: "GET /api/hubs/map?bbox=wide (markers)", path: `/api/hubs/map?bbox=${WIDE_BBOX}` },
  { name: "GET /api/hubs/map?bbox=street (markers)", path: `/api/hubs/map?bbox=${STREET_BBOX}` },
  {
    name: "GET /api/hubs/map?bbox=wide&zoom=14 (the map's request: clusters)",
    path: `/api/hubs/map?bbox=${WIDE_BBOX}&zoom=14`,
  },
  { name: "GET /api/hubs/map?zoom=12 (the map's first request: whole city, clusters)", path: "/api/hubs/map?zoom=12" },
  { name: "GET /api/hubs/map?bbox=wide (markers)", path: `/api/hubs/map?bbox=${WIDE_BBOX}`, identity: true },
  { name: "GET /api/hubs/map?bbox=street (markers)", path: `/api/hubs/map?bbox=${STREET_BBOX}`, identity: true },
];

/**
 * `n` different street-level views (0.01° square, on a 0.001° grid) over the generated area, from a fixed seed:
 * every request of a run asks for another one, so neither the response cache nor a hot page helps.
 */
function streetViews(n: number, size = 0.01, extra = ""): string[] {
  return viewBoxes(n, size).map((box) => `/api/hubs/map?bbox=${box.map((v) => v.toFixed(3)).join(",")}${extra}`);
}

/** `n` square views of `size` degrees on a 0.001° grid over the generated area, from a fixed seed. */
function viewBoxes(n: number, size: number): LonLatBox[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: n }, () => {
    const lon = 105.75 + Math.floor(next() * 190) / 1000;
    const lat = 20.95 + Math.floor(next() * 140) / 1000;
    return [lon, lat, lon + size, lat + size];
  });
}

/** The same district views as the web map asks for them: widened to blocks of 4 × 4 cluster cells at zoom 14. */
function snappedDistrictViews(n: number): string[] {
  return viewBoxes(n, 0.05).map(
    (box) => `/api/hubs/map?bbox=${snapToGrid(box, 14, HUB_MAP_CELL_PX, 4).join(",")}&zoom=14`,
  );
}

type Row = LoadResult & { target: string; engine: string; json?: number; sent?: number; coding?: string };

/** A bare node:http server answering `body` (in `coding`) to every request: the ceiling for those bytes. */
async function bare(body: string | Buffer, label: string, coding = "identity", json?: number): Promise<Row> {
  const server = await bareServer(body, coding);
  process.stderr.write(`measuring bare node:http ${label} for ${seconds}s…\n`);
  const r = await load(server.url, connections, seconds);
  server.close();
  const sent = Buffer.byteLength(body);
  return { target: `bare node:http (${label})`, engine: "—", json: json ?? sent, sent, coding, ...r };
}

const kB = (n: number | undefined) =>
  n === undefined ? "" : n < 10_000 ? `${(n / 1000).toFixed(1)}` : `${Math.round(n / 1000)}`;

async function main() {
  const lines: string[] = [];
  const results: Row[] = [];
  // The bytes each cached answer went out as to a browser, for the bare servers of the same size.
  const wire = new Map<string, { body: Buffer; coding: string; json: number }>();
  const engines = (process.env.BENCH_ENGINES ?? (pgUrl ? "pglite,postgres" : "pglite")).split(",") as (
    | "pglite"
    | "postgres"
  )[];
  const views = streetViews(20_000);
  // District-sized views (0.05° square, 6,000–8,000 hubs each) as the map asks for them, clustered at zoom 14.
  const districtViews = streetViews(20_000, 0.05, "&zoom=14");
  const snappedViews = snappedDistrictViews(20_000);
  const snappedKeys = new Set(snappedViews).size;
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
        if (tgt.identity && !cache) continue;
        const headers = tgt.identity ? {} : BROWSER_HEADERS;
        const res = await rawGet(url + tgt.path, headers);
        if (res.status !== 200) throw new Error(`${tgt.path} answered ${res.status}`);
        const text = decodedText(res);
        const coding = res.encoding ?? "identity";
        if (cache && !tgt.identity) wire.set(tgt.name, { body: res.body, coding, json: Buffer.byteLength(text) });
        const body = JSON.parse(text);
        const matches = `${body.total} matches${body.truncated ? `, ${body.items.length} returned` : ""}${
          body.clustered ? `, ${body.clusters.length} clusters + ${body.items.length} single` : ""
        }`;
        const variant = `${tgt.identity ? " — identity (no Accept-Encoding)" : ""}${cache ? "" : " — cache off"}`;
        process.stderr.write(`measuring ${engine} ${tgt.name}${variant} (${matches}) for ${seconds}s…\n`);
        results.push({
          target: `${tgt.name} — ${matches}${variant}`,
          engine,
          json: Buffer.byteLength(text),
          sent: res.body.length,
          coding,
          ...(await load(url + tgt.path, connections, seconds, headers)),
        });
      }
      /** A row over many paths, one after another per connection; its coding is what the first path answered in. */
      const measurePaths = async (target: string, paths: string[], what: string) => {
        const sample = await rawGet(url + paths[0], BROWSER_HEADERS);
        process.stderr.write(`measuring ${engine} ${what} for ${seconds}s…\n`);
        results.push({
          target,
          engine,
          coding: sample.encoding ?? "identity",
          ...(await loadPaths(url, paths, connections, seconds, BROWSER_HEADERS)),
        });
      };
      if (cache) {
        // What a crowd of visitors panning the map sends: views widened to the grid's blocks, so many are the same.
        await measurePaths(
          `GET /api/hubs/map?bbox=…&zoom=14 a different district view each request, widened to grid blocks as the web map does (${snappedKeys} distinct of ${snappedViews.length})`,
          snappedViews,
          `map over ${snappedViews.length} district views snapped to the grid (${snappedKeys} distinct)`,
        );
      } else {
        await measurePaths(
          "GET /api/hubs/map?bbox=… a different street view each request — cache off",
          views,
          `map over ${views.length} street views, cache off`,
        );
        await measurePaths(
          "GET /api/hubs/map?bbox=…&zoom=14 a different district view each request (clusters) — cache off",
          districtViews,
          `map over ${districtViews.length} district views at zoom 14, cache off`,
        );
      }
      await app.close();
    }
    await drop();
  }
  const bareSmall = await bare(
    JSON.stringify({ items: [], total: 0, page: 1, pageSize: 20 }).padEnd(2000, " "),
    "2 kB JSON, identity",
  );
  const sized = [
    ["GET /api/hubs/map?bbox=street (markers)", "street map's", true],
    ["GET /api/hubs/map?bbox=wide (markers)", "wide map's", true],
    ["GET /api/hubs/map?bbox=wide&zoom=14 (the map's request: clusters)", "clustered wide map's", false],
    ["GET /api/hubs?bbox=wide (list: 200 full profiles)", "200 profiles'", false],
  ] as const;
  const bareRows = [bareSmall];
  for (const [name, label, alsoIdentity] of sized) {
    const w = wire.get(name);
    if (!w) continue;
    // The same compressed bytes the app sent, with the same content-encoding: a fair ceiling for the row.
    bareRows.push(await bare(w.body, `${label} ${w.coding} bytes, ${kB(w.body.length)} kB`, w.coding, w.json));
    if (alsoIdentity) {
      const text = " ".repeat(w.json); // the plain JSON's size; the content does not matter to the socket
      bareRows.push(await bare(text, `${label} JSON size, identity, ${kB(w.json)} kB`));
    }
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
        `the end ${l1.toFixed(1)} (1 min), ${l5.toFixed(1)} (5 min). "% of bare" compares with the 2 kB bare server. ` +
        `Requests carry a browser's \`accept-encoding: gzip, deflate, br\` unless the row says identity; "sent kB" is ` +
        "the bytes on the wire, each bare server sends the same bytes (and content-encoding) as the app row it mirrors.",
      "",
      "| endpoint | engine | JSON kB | sent kB | coding | req/s | p50 ms | p99 ms | errors | non-2xx | % of bare |",
      "|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|",
      ...results.map(
        (r) =>
          `| ${r.target} | ${r.engine} | ${kB(r.json)} | ${kB(r.sent)} | ${r.coding ?? ""} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${Math.round((100 * r.rps) / bareSmall.rps)}% |`,
      ),
      "",
    ].join("\n"),
  );
}

await main();
