import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock.ts";

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(os.tmpdir(), "cn-lock-"));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("lockDataDir", () => {
  it("refuses a second holder while the first is alive, naming the directory and the process", async () => {
    const dir = await tempDir();
    // A real second process holds the lock, as a second server would.
    const holder = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    try {
      await writeFile(path.join(dir, "creative-network.lock"), JSON.stringify({ pid: holder.pid, startedAt: "then" }));
      const attempt = lockDataDir(dir);
      await expect(attempt).rejects.toThrow(DataDirLockedError);
      await expect(lockDataDir(dir)).rejects.toThrow(`in use by another Creative Network process (pid ${holder.pid}`);
    } finally {
      holder.kill();
    }
  });

  it("takes over a lockfile left by a process that died", async () => {
    const dir = await tempDir();
    const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((r) => dead.on("exit", r));
    await writeFile(path.join(dir, "creative-network.lock"), JSON.stringify({ pid: dead.pid }));
    const lock = await lockDataDir(dir);
    expect(existsSync(lock.path)).toBe(true);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it("can be taken again after release", async () => {
    const dir = await tempDir();
    (await lockDataDir(dir)).release();
    const again = await lockDataDir(dir);
    again.release();
    again.release();
  });
});
