import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// These tests run the real binary as a user would, on a real PGlite data directory.
const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "bin/creative-network.mjs");
let dataDir: string;
let work: string;

type Run = { code: number | null; stdout: string; stderr: string };

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `serve` and resolves once it logs its URL. */
function serve(env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; logs: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "serve", "--web-root", path.join(work, "no-web")], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", LOG_LEVEL: "info", ...env },
    });
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      const m = out.match(/"url":"(http:[^"]+)"/);
      if (m) resolve({ child, url: m[1], logs: () => out });
    });
    child.stderr?.on("data", (d) => {
      out += d;
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "cn-cli-"));
  dataDir = path.join(work, "data");
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("creative-network CLI", () => {
  it("prints help listing its commands", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const cmd of ["serve", "migrate", "import", "export"]) expect(r.stdout).toContain(cmd);
  });

  it("stops on bad configuration with a message naming the variable", async () => {
    const r = await run(["migrate"], { PORT: "eighty" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("PORT: must be a whole number");
  });

  it("migrates a fresh data directory, then finds nothing to do", async () => {
    const first = await run(["migrate"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Applied: 0001_cities_directory.sql");
    const again = await run(["migrate"]);
    expect(again.stdout).toContain("Database is up to date.");
  });

  it("refuses an import with a bad row, names row and column, and writes nothing", async () => {
    const file = path.join(work, "bad.csv");
    await writeFile(
      file,
      "city,country,iso2,field,year,lat,lon,source\nGood,Vietnam,VN,Design,2025,,,x\nBad,Vietnam,VN,Design,1999,,,x\n",
    );
    const r = await run(["import", "cities", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 3 column "year"');
    expect(r.stderr).toContain("nothing was written");
    const csv = await run(["export", "cities", "--format", "csv", "--country", "VN"]);
    expect(csv.stdout).not.toContain("Good,");
  });

  it("imports with --dry-run without writing, then for real", async () => {
    const file = path.join(work, "good.csv");
    await writeFile(
      file,
      "city,country,iso2,field,year,lat,lon,source\nCần Thơ Test,Vietnam,VN,Gastronomy,2025,10.03,105.78,test\n",
    );
    const dry = await run(["import", "cities", file, "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Would import 1 rows: 1 new cities");
    const real = await run(["import", "cities", file]);
    expect(real.stdout).toContain("Imported 1 rows: 1 new cities");
    const geo = await run(["export", "cities", "--format", "geojson", "--country", "VN"]);
    const fc = JSON.parse(geo.stdout);
    expect(fc.features.map((f: { properties: { name: string } }) => f.properties.name)).toContain("Cần Thơ Test");
  });

  it("creates a platform administrator with the password from ADMIN_PASSWORD, never from the command line", async () => {
    const noPassword = await run(["users", "create-admin", "--email", "boss@example.vn"], { ADMIN_PASSWORD: "" });
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain("ADMIN_PASSWORD");
    const r = await run(["users", "create-admin", "--email", "Boss@Example.vn"], {
      ADMIN_PASSWORD: "a long admin password",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Created platform administrator boss@example.vn");
    const again = await run(["users", "create-admin", "--email", "boss@example.vn"], {
      ADMIN_PASSWORD: "another long password",
    });
    expect(again.stdout).toContain("now a platform administrator");
  });

  it("refuses an unknown export format naming the option", async () => {
    const r = await run(["export", "cities", "--format", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format: must be csv or geojson");
  });
});

describe("creative-network serve", () => {
  it("serves the seeded directory, refuses a second process on the same data dir, and stops cleanly on SIGTERM", async () => {
    const server = await serve();
    try {
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health).toMatchObject({ status: "ok", database: "pglite" });
      const page = await (await fetch(`${server.url}/api/cities?pageSize=1`)).json();
      expect(page.total).toBeGreaterThanOrEqual(408);

      const second = await run(["serve"], { PORT: "0" });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain("is in use by another Creative Network process");

      // Requests already accepted when SIGTERM arrives are answered, then the process exits 0 and frees the lock.
      const inFlight = Array.from({ length: 20 }, () =>
        fetch(`${server.url}/api/cities?q=ha%20noi`).then((r) => r.status),
      );
      await new Promise((r) => setTimeout(r, 5));
      const exited = new Promise<number | null>((r) => server.child.on("exit", r));
      server.child.kill("SIGTERM");
      const statuses = await Promise.allSettled(inFlight);
      expect(await exited).toBe(0);
      const answered = statuses
        .filter((s) => s.status === "fulfilled")
        .map((s) => (s as PromiseFulfilledResult<number>).value);
      expect(answered.every((s) => s === 200 || s === 503)).toBe(true);
      expect(server.logs()).toContain('"msg":"stopped"');
      expect(existsSync(path.join(dataDir, "creative-network.lock"))).toBe(false);
    } finally {
      server.child.kill("SIGKILL");
    }
  });

  it("keeps an acknowledged write after the process is killed with SIGKILL", async () => {
    const script = path.join(work, "write-then-hang.mts");
    await writeFile(
      script,
      `import { loadConfig } from ${JSON.stringify(path.join(root, "server/config.ts"))};
import { openDatabase } from ${JSON.stringify(path.join(root, "server/database.ts"))};
import { importCitiesCsv } from ${JSON.stringify(path.join(root, "server/modules/cities/cities-import.service.ts"))};
const opened = await openDatabase(loadConfig());
const r = await importCitiesCsv(opened.database.db, "city,iso2,field,year\\nCrash Test Town,VN,Film,2025\\n");
process.stdout.write(r.ok ? "committed\\n" : "failed\\n");
setInterval(() => {}, 1000);
`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
        if (out.includes("committed")) resolve();
        if (out.includes("failed")) reject(new Error(out));
      });
      child.stderr.on("data", (d) => {
        out += d;
      });
      child.on("exit", (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    const killed = new Promise((r) => child.on("exit", r));
    child.kill("SIGKILL");
    await killed;
    // The dead process's lockfile is taken over; the committed row is there.
    const csv = await run(["export", "cities", "--format", "csv", "--q", "Crash Test Town"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain("Crash Test Town,Vietnam,VN,Film,2025");
  });
});
