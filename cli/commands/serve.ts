import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { startServer } from "../../server/main.ts";
import { configOrExit, exitOnKnownError } from "../context.ts";

const root = path.resolve(import.meta.dirname, "../..");
const defaultWebRoot = path.join(root, "dist/web");

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** Builds the SPA with Vite unless dist/web is newer than every source it is built from. */
async function buildWebIfStale(): Promise<void> {
  const index = path.join(defaultWebRoot, "index.html");
  const sources = [path.join(root, "web"), path.join(root, "vite.config.ts"), path.join(root, "contract")];
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.filter(existsSync).map(newestMtime))) return;
  process.stderr.write("Building the web app (first start, or sources changed)…\n");
  const { build } = await import("vite");
  await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "warn" });
}

/** `serve`: the API and the web app in one process. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the API and the web app (PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL from the environment)")
    .option("--build-web", "build the web app first if its sources changed")
    .option("--web-root <dir>", "folder of the built web app", defaultWebRoot)
    .action(async (opts: { buildWeb?: boolean; webRoot: string }) => {
      const config = configOrExit();
      if (opts.buildWeb) await buildWebIfStale();
      try {
        const server = await startServer(config, { webRoot: opts.webRoot });
        server.app.log.info({ url: server.url }, `Creative Network is running at ${server.url}`);
        const onSignal = (signal: NodeJS.Signals) => {
          server.app.log.info({ signal }, "signal received");
          server.stop().then(
            () => process.exit(0),
            (err) => {
              server.app.log.error({ err }, "shutdown failed");
              process.exit(1);
            },
          );
        };
        process.once("SIGTERM", onSignal);
        process.once("SIGINT", onSignal);
      } catch (err) {
        exitOnKnownError(err);
      }
    });
}
