import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("../..", import.meta.url));
const webDir = path.join(root, "web");
const configFile = path.join(root, "vite.config.ts");
const builtIndex = path.join(root, "dist", "web", "index.html");

async function newestSourceTime(): Promise<number> {
  let newest = (await stat(configFile)).mtimeMs;
  for (const entry of await readdir(webDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const { mtimeMs } = await stat(path.join(entry.parentPath, entry.name));
    if (mtimeMs > newest) newest = mtimeMs;
  }
  return newest;
}

async function builtTime(): Promise<number | undefined> {
  try {
    return (await stat(builtIndex)).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Vitest globalSetup of the e2e tier: builds the SPA into `dist/web` with the project's vite config, unless the
 * build is newer than every file under `web/` and `vite.config.ts`. The browser tests always run against a
 * production build, the same files the server ships.
 */
export default async function setup() {
  const built = await builtTime();
  if (built !== undefined && built > (await newestSourceTime())) return;
  await build({ configFile, logLevel: "warn", mode: "production" });
}
