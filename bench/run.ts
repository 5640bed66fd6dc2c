/**
 * `npm run bench`: HTTP throughput and latency of the directory API beside a bare node:http server, measured in the
 * same run on the same machine, on PGlite and (when BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL names a
 * server) PostgreSQL; then the scoring engine's bench. Bounded in time: BENCH_SECONDS per measurement (default 8).
 * The load generator (autocannon) runs in its own process so it does not share the server's event loop.
 * Results: printed as Markdown and written to bench/results/latest.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../server/app.ts";
import type { Database } from "../server/db/client.ts";
import { citiesRepository } from "../server/modules/cities/cities.repository.ts";
import { BROWSER_HEADERS, bareServer, load, openBenchDatabase, rawGet } from "./harness.ts";

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;

type Result = { target: string; engine: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

/**
 * The baseline: node:http answering the same bytes as the first search page (in the coding the app sent them to a
 * browser), no framework, no database.
 */
async function bare(body: Buffer, coding: string): Promise<Result> {
  const server = await bareServer(body, coding);
  const r = await load(server.url, connections, seconds);
  server.close();
  return { target: `bare node:http (first search page: ${body.length} B, ${coding})`, engine: "—", ...r };
}

const endpoints = [
  { name: "GET /api/cities?q=ha noi", path: "/api/cities?q=ha%20noi" },
  { name: "GET /api/cities?q=krakow (typo-tolerant)", path: "/api/cities?q=krakow" },
  {
    name: "GET /api/cities facet-filtered (region+field+years, sort -year)",
    path: "/api/cities?region=europe-and-north-america&field=music&yearFrom=2015&sort=-year",
  },
];

/** The repository queries behind the endpoints, called directly: what the database alone can do. */
const rawQueries: { name: string; run: (db: Database) => Promise<unknown> }[] = [
  {
    name: "search q=ha noi (page + total)",
    run: (d) => citiesRepository(d.db).list({ q: "ha noi" }, "relevance", 1, 20),
  },
  {
    name: "facet-filtered listing",
    run: (d) =>
      citiesRepository(d.db).list(
        { region: "europe-and-north-america", field: "music", yearFrom: 2015 },
        "-year",
        1,
        20,
      ),
  },
];

/** Runs `connections` concurrent loops of a query for `seconds`; queries per second and latency percentiles. */
async function rawSql(database: Database, run: (db: Database) => Promise<unknown>) {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await run(database);
      latencies.push(performance.now() - t);
    }
  };
  // PGlite serves one query at a time; PostgreSQL gets as many clients as the pool holds.
  await Promise.all(Array.from({ length: database.kind === "pglite" ? 1 : 10 }, worker));
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    Number(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2));
  return { rps: latencies.length / seconds, p50: pct(0.5), p99: pct(0.99), errors: 0, non2xx: 0 };
}

async function main() {
  const started = new Date();
  const results: Result[] = [];
  const engines: ("pglite" | "postgres")[] = pgUrl ? ["pglite", "postgres"] : ["pglite"];
  let sample: { body: Buffer; coding: string } | undefined;
  for (const engine of engines) {
    const { database, drop } = await openBenchDatabase(engine, pgUrl, `cn_bench_${process.pid}`);
    for (const cache of [true, false]) {
      const app = await buildApp({ database, logger: false, cache });
      await app.listen({ port: 0, host: "127.0.0.1" });
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      for (const e of endpoints) {
        // As a browser asks: the cached answers go out compressed when that is worth it.
        const res = await rawGet(url + e.path, BROWSER_HEADERS);
        if (res.status !== 200) throw new Error(`${e.path} answered ${res.status}`);
        if (!sample) sample = { body: res.body, coding: res.encoding ?? "identity" };
        const label = `${e.name}${cache ? "" : " — cache off"}`;
        process.stderr.write(`measuring ${engine} ${label} for ${seconds}s…\n`);
        results.push({ target: label, engine, ...(await load(url + e.path, connections, seconds, BROWSER_HEADERS)) });
      }
      await app.close();
    }
    for (const e of rawQueries) {
      process.stderr.write(`measuring ${engine} raw SQL ${e.name} for ${seconds}s…\n`);
      results.push({ target: `raw SQL: ${e.name}`, engine, ...(await rawSql(database, e.run)) });
    }
    await drop();
  }
  process.stderr.write(`measuring bare node:http for ${seconds}s…\n`);
  const baseline = await bare(sample?.body ?? Buffer.from("{}"), sample?.coding ?? "identity");
  results.unshift(baseline);

  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    `### HTTP, ${started.toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    "",
    `autocannon in a separate process, ${connections} connections, ${seconds} s per row, loopback; requests carry ` +
      "a browser's `accept-encoding: gzip, deflate, br`.",
    "",
    "Raw SQL rows call the repository directly in this process (1 loop on PGlite, 10 on PostgreSQL): queries/s.",
    "",
    "| endpoint | engine | req/s | p50 ms | p99 ms | errors | non-2xx | % of bare |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.target} | ${r.engine} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${Math.round((100 * r.rps) / baseline.rps)}% |`,
    ),
    "",
  ];
  if (!pgUrl) lines.push("PostgreSQL not measured: set BENCH_DATABASE_URL (or TEST_DATABASE_URL).", "");

  const scoring = path.join(root, "bench/scoring.ts");
  if (existsSync(scoring)) {
    process.stderr.write("running the scoring engine bench…\n");
    const r = spawnSync(process.execPath, ["--import", "tsx", scoring], {
      cwd: root,
      encoding: "utf8",
      timeout: 300_000,
    });
    const table = r.stdout
      .split("\n")
      .filter((l) => !l.startsWith("BENCH_JSON "))
      .join("\n")
      .trim();
    lines.push("### Scoring engine", "", table || `scoring bench failed: ${r.stderr}`, "");
  }
  const hubs = path.join(root, "bench/hubs.ts");
  if (existsSync(hubs) && process.env.BENCH_SKIP_HUBS !== "1") {
    process.stderr.write(`running the hub search bench (${process.env.BENCH_HUBS ?? "100,000"} generated hubs)…\n`);
    const r = spawnSync(process.execPath, ["--import", "tsx", hubs], {
      cwd: root,
      encoding: "utf8",
      timeout: 600_000,
      env: process.env,
    });
    lines.push(r.stdout.trim() || `hub bench failed: ${r.stderr}`, "");
  }
  const md = lines.join("\n");
  process.stdout.write(`${md}\n`);
  await mkdir(path.join(root, "bench/results"), { recursive: true });
  await writeFile(path.join(root, "bench/results/latest.md"), md);
}

await main();
