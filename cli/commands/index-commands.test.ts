import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandIo } from "./index-build.ts";
import { runIndexBuild } from "./index-build.ts";
import { runIndexUncertainty } from "./index-uncertainty.ts";

const META = `Level,iCode,Parent,Direction,Type,Weight,iName
1,Jobs,Econ,1,Indicator,1,Jobs
1,Venues,Econ,1,Indicator,1,Venues
1,Crime,Soc,-1,Indicator,1,Crime
1,Events,Soc,1,Indicator,2,Events
2,Econ,Index,1,Aggregate,2,Economy
2,Soc,Index,1,Aggregate,1,Society
3,Index,,1,Aggregate,1,Index
,Region,,,Group,,Region
`;

/** 24 hubs with deterministic, uneven values and a few gaps. */
function dataCsv(): string {
  const lines = ["uCode,uName,Region,Jobs,Venues,Crime,Events"];
  for (let i = 1; i <= 24; i++) {
    const v = (k: number) => ((i * 37 + k * 11) % 23) + (k === 0 && i === 5 ? 400 : 0);
    const gap = (k: number) => (i % 7 === k ? "" : String(v(k) + 1));
    lines.push(
      `HN${String(i).padStart(3, "0")},"Hub ${i}, Hanoi",${i % 2 ? "North" : "South"},${gap(0)},${gap(1)},${gap(2)},${gap(3)}`,
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

let dir = "";
const path = (name: string) => join(dir, name);
const capture = (): CommandIo & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, stderr: (l) => lines.push(l), stderrIsTTY: false };
};
const files = { data: "", meta: "" };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "index-cli-"));
  files.data = path("iData.csv");
  files.meta = path("iMeta.csv");
  await writeFile(files.data, `\uFEFF${dataCsv()}`);
  await writeFile(files.meta, META);
  await writeFile(
    path("spec.json"),
    JSON.stringify({
      steps: [{ step: "impute" }, { step: "treat" }, { step: "normalise", method: "minmax" }, { step: "aggregate" }],
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readCsv = async (file: string) =>
  (await readFile(file, "utf8"))
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));

describe("index build", () => {
  it("writes Raw, every stage, ranks and effective weights, and exits 0", async () => {
    const io = capture();
    const out = path("build-default");
    expect(await runIndexBuild({ ...files, out }, io)).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      "Aggregated.csv",
      "Normalised.csv",
      "Raw.csv",
      "ranks.csv",
      "weights_effective.csv",
    ]);
    const agg = await readCsv(join(out, "Aggregated.csv"));
    expect(agg[0]).toEqual(["uCode", "Jobs", "Venues", "Crime", "Events", "Econ", "Soc", "Index"]);
    expect(agg.slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 24 }, (_, i) => `HN${String(i + 1).padStart(3, "0")}`),
    );
    const raw = await readFile(join(out, "Raw.csv"), "utf8");
    expect(raw).not.toContain("\r");
    expect(raw).not.toContain("NaN");
    expect(raw.charCodeAt(0)).not.toBe(0xfeff);
    expect(io.lines).toEqual([]);
  });

  it("#30 writes numbers that parse back to the identical doubles, and missing as empty fields", async () => {
    const out = path("build-roundtrip");
    expect(await runIndexBuild({ ...files, spec: path("spec.json"), out }, capture())).toBe(0);
    for (const name of ["Treated.csv", "Normalised.csv", "Aggregated.csv"]) {
      const rows = await readCsv(join(out, name));
      for (const row of rows.slice(1)) {
        for (const cell of row.slice(1)) {
          if (cell === "") continue;
          expect(cell).toBe(String(Number(cell)));
        }
      }
    }
    const treatment = await readCsv(join(out, "treatment.csv"));
    expect(treatment[0]).toEqual([
      "iCode",
      "skewBefore",
      "kurtosisBefore",
      "passedBefore",
      "winsorisedPoints",
      "logApplied",
      "skewAfter",
      "kurtosisAfter",
      "passedAfter",
      "status",
    ]);
    // Jobs has one huge outlier (HN005): it is winsorised.
    expect(treatment[1][0]).toBe("Jobs");
    expect(treatment[1][9]).toBe("winsorised");
    const points = await readCsv(join(out, "treatment_points.csv"));
    expect(points.find((r) => r[0] === "HN005")?.[1]).toBe("winhi");
  });

  it("#29 exits 2 naming the file, row 23 and the column, and leaves DIR untouched", async () => {
    const bad = dataCsv().split("\r\n");
    bad[22] = bad[22].replace(/,North,\d*,/, ",North,n/a,").replace(/,South,\d*,/, ",South,n/a,");
    await writeFile(path("bad.csv"), bad.join("\n"));
    const out = path("kept");
    await mkdir(out);
    await writeFile(join(out, "old.txt"), "keep me");
    const io = capture();
    expect(await runIndexBuild({ ...files, data: path("bad.csv"), out }, io)).toBe(2);
    expect(io.lines).toEqual(['error: bad.csv row 23 column "Jobs": not a number ("n/a")']);
    expect(await readdir(out)).toEqual(["old.txt"]);
    expect((await readdir(dir)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("exits 2 for an invalid spec, naming its JSON pointer", async () => {
    await writeFile(path("bad-spec.json"), JSON.stringify({ steps: [{ step: "normalise", method: "zscore", sd: 0 }] }));
    const io = capture();
    expect(await runIndexBuild({ ...files, spec: path("bad-spec.json"), out: path("x") }, io)).toBe(2);
    expect(io.lines).toEqual(["error: bad-spec.json /steps/0/sd: must be greater than 0 (got 0)"]);
  });

  it("exits 2 for a method error, naming the step, unit and code", async () => {
    await writeFile(
      path("geo.json"),
      JSON.stringify({ steps: [{ step: "normalise" }, { step: "aggregate", method: "geometric" }] }),
    );
    const io = capture();
    expect(await runIndexBuild({ ...files, spec: path("geo.json"), out: path("y") }, io)).toBe(2);
    expect(io.lines[0]).toMatch(
      /^error: aggregate: geometric mean needs positive values; unit HN\d+, child \w+ of \w+ \(level 2\) is 0$/,
    );
  });

  it("replaces an older DIR as a whole and prints warnings without failing", async () => {
    const out = path("replace");
    await mkdir(out);
    await writeFile(join(out, "stale.csv"), "x");
    await writeFile(
      path("zero.json"),
      JSON.stringify({ steps: [{ step: "normalise", method: "fractionOfMax" }, { step: "aggregate" }] }),
    );
    await writeFile(path("w.csv"), "iCode,Weight\nSoc,-1\n");
    const io = capture();
    expect(await runIndexBuild({ ...files, weights: path("w.csv"), out }, io)).toBe(0);
    expect(io.lines).toEqual(['warning: w.csv row 2 column "Weight": "Soc" has a negative weight (-1)']);
    expect(await readdir(out)).not.toContain("stale.csv");
  });
});

describe("index uncertainty", () => {
  const base = { data: "", meta: "", spec: "", runs: "20", seed: "7", quiet: true, workers: "1" };
  beforeAll(() => {
    Object.assign(base, files, { spec: path("spec.json") });
  });

  it("writes scores, ranks, rank statistics, runs, weight sets and a summary", async () => {
    const out = path("ua");
    const io = capture();
    const code = await runIndexUncertainty(
      {
        ...base,
        out,
        vary: ["winsorMax=1..5", "normalise=minmax,zscore", "weights=noise:L2=0.25", "weight.Econ=0.5~1"],
        weightSets: "10",
      },
      io,
    );
    expect(io.lines.at(-1)).toMatch(/^20 runs, 0 failed, \d+\.\d\d s$/);
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      "rank_stats.csv",
      "ranks.csv",
      "runs.csv",
      "scores.csv",
      "uncertainty.json",
      "weight_sets.csv",
    ]);
    const runs = await readCsv(join(out, "runs.csv"));
    expect(runs[0]).toEqual([
      "run",
      "block",
      "status",
      "error",
      "meanAbsRankChange",
      "u_winsorMax",
      "u_normalise",
      "u_weights",
      "u_weight.Econ",
      "winsorMax",
      "normalise",
      "weights",
      "weight.Econ",
    ]);
    expect(runs).toHaveLength(21);
    expect(runs[1][1]).toBe("UA");
    expect(runs[1][11]).toMatch(/^set \d+$/);
    const scores = await readCsv(join(out, "scores.csv"));
    expect(scores[0].slice(0, 3)).toEqual(["uCode", "nominal", "r_1"]);
    const summary = JSON.parse(await readFile(join(out, "uncertainty.json"), "utf8"));
    expect(summary).toMatchObject({ seed: 7, N: 20, d: 4, runs: 20, failedRuns: 0, target: "Index" });
    const sets = await readCsv(join(out, "weight_sets.csv"));
    expect(sets).toHaveLength(1 + 10 * 7);
  });

  it("replays an earlier design exactly with --design", async () => {
    const a = path("sa-a");
    const b = path("sa-b");
    const vary = ["winsorMax=1,3,5", "aggregate=arithmetic,generalised:0.5"];
    expect(await runIndexUncertainty({ ...base, out: a, vary, sensitivity: true, bootstrap: "20" }, capture())).toBe(0);
    expect(
      await runIndexUncertainty(
        { ...base, seed: "99", out: b, vary, sensitivity: true, design: join(a, "runs.csv") },
        capture(),
      ),
    ).toBe(0);
    const ra = await readCsv(join(a, "runs.csv"));
    const rb = await readCsv(join(b, "runs.csv"));
    expect(ra).toHaveLength(1 + 20 * 4);
    expect(rb.map((r) => r.slice(4))).toEqual(ra.map((r) => r.slice(4)));
    const sens = await readCsv(join(a, "sensitivity.csv"));
    expect(sens[0]).toEqual(["variable", "Si", "STi", "Si_q5", "Si_q95", "STi_q5", "STi_q95"]);
  });

  it("#27 keeps failed runs as empty columns and still exits 0", async () => {
    const out = path("failing");
    const io = capture();
    const vary = [
      'normalise=[{"method":"minmax","lower":1,"upper":100},{"method":"zscore"}]',
      "aggregate=arithmetic,geometric",
    ];
    expect(await runIndexUncertainty({ ...base, out, vary }, io)).toBe(0);
    const runs = await readCsv(join(out, "runs.csv"));
    const failed = runs.slice(1).filter((r) => r[2] === "failed");
    expect(failed.length).toBeGreaterThan(0);
    for (const r of failed) expect(r.slice(-2)).toEqual(["zscore", "geometric"]);
    const scores = await readCsv(join(out, "scores.csv"));
    const col = Number(failed[0][0]) + 1;
    expect(scores.slice(1).every((r) => r[col] === "")).toBe(true);
    // The label holds a comma, so it is quoted (RFC 4180).
    expect(await readFile(join(out, "runs.csv"), "utf8")).toContain(',"minmax(1,100)",');
  });

  it.each([
    [{ vary: ["winsorMax=1..x"] }, 'error: --vary winsorMax=1..x: "1..x" is not a whole number'],
    [{ vary: ["treat=on,off"], spec: undefined }, "error: --vary treat: the spec has no treat step to vary"],
    [{ vary: ["winsorMax=1..3"], runs: "2" }, 'error: --runs: must be a whole number from 3 up (got "2")'],
    [
      { vary: ["winsorMax=1..3"], sensitivity: true },
      "error: --sensitivity: sensitivity analysis needs at least 2 --vary inputs",
    ],
    [
      { vary: ["colour=red,blue"] },
      'error: --vary colour=red,blue: unknown input "colour"; expected winsorMax, normalise, weights, weight.<iCode>, aggregate, impute or treat',
    ],
  ])("exits 2 for a bad flag: %j", async (over, message) => {
    const io = capture();
    expect(await runIndexUncertainty({ ...base, out: path("never"), ...over }, io)).toBe(2);
    expect(io.lines).toEqual([message]);
  });
});

describe("the command line", () => {
  const runner = join(import.meta.dirname, "index-commands.runner.ts");
  const cli = (...args: string[]) =>
    spawnSync("npx", ["tsx", runner, "index", ...args], { encoding: "utf8", cwd: join(import.meta.dirname, "../..") });

  it("exits 0 on a valid build and 2 on commander's usage errors", () => {
    const ok = cli("build", "--data", files.data, "--meta", files.meta, "--out", path("spawned"));
    expect(ok.status).toBe(0);
    const unknown = cli(
      "build",
      "--data",
      files.data,
      "--meta",
      files.meta,
      "--out",
      path("spawned"),
      "--colour",
      "red",
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--colour'");
    const missing = cli("uncertainty", "--data", files.data, "--meta", files.meta, "--out", path("spawned"));
    expect(missing.status).toBe(2);
  });
});
