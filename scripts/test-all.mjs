#!/usr/bin/env node
// `npm test`: every tier on every engine, one after the other, failing if any leg fails.
//   1. unit + module tiers on PGlite (embedded)
//   2. module tier again on PostgreSQL, when TEST_DATABASE_URL (or DATABASE_URL) names a server
//   3. e2e tier: the built web app in Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium)
// Set SKIP_E2E=1 or SKIP_POSTGRES=1 to leave a leg out knowingly; it is reported as skipped, never as passed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const tmp = mkdtempSync(path.join(os.tmpdir(), "cn-test-"));
const pgUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const extraArgs = process.argv.slice(2);

const legs = [
  { name: "PGlite: unit + module", args: ["--project", "unit", "--project", "module"], env: { TEST_ENGINE: "pglite" } },
  {
    name: "PostgreSQL: module",
    args: ["--project", "module"],
    env: { TEST_ENGINE: "postgres" },
    skip:
      process.env.SKIP_POSTGRES === "1" ? "SKIP_POSTGRES=1" : !pgUrl ? "no TEST_DATABASE_URL or DATABASE_URL" : null,
    required: !!process.env.CI,
  },
  {
    name: "Browser: e2e",
    args: ["--project", "e2e"],
    env: { TEST_ENGINE: "pglite", CHROMIUM_PATH: chromium },
    skip: process.env.SKIP_E2E === "1" ? "SKIP_E2E=1" : !existsSync(chromium) ? `no Chromium at ${chromium}` : null,
    required: true,
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
let failed = false;
for (const [i, leg] of legs.entries()) {
  if (leg.skip) {
    // An explicit SKIP_* is the developer's choice; a missing prerequisite of a required leg is a failure.
    if (leg.required && !leg.skip.startsWith("SKIP_")) {
      summary.push(
        `${leg.name}: FAILED — ${leg.skip} (see README, or set ${leg.name.startsWith("Browser") ? "SKIP_E2E" : "SKIP_POSTGRES"}=1)`,
      );
      failed = true;
    } else summary.push(`${leg.name}: skipped (${leg.skip})`);
    continue;
  }
  process.stdout.write(`\n=== ${leg.name} ===\n`);
  const out = path.join(tmp, `leg-${i}.json`);
  const r = spawnSync(
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      ...leg.args,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
      ...extraArgs,
    ],
    { stdio: "inherit", env: { ...process.env, ...leg.env } },
  );
  let counts = "no report";
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, "utf8"));
    const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += skipped;
    counts = `${j.numPassedTests} passed, ${j.numFailedTests} failed, ${skipped} skipped`;
    if (j.numTotalTests === 0) {
      counts += " — ran no test";
      failed = true;
    }
  }
  if (r.status !== 0) failed = true;
  summary.push(`${leg.name}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status})`} — ${counts}`);
}
rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`\n=== Summary ===\n${summary.join("\n")}\n`);
process.stdout.write(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failed ? 1 : 0);
