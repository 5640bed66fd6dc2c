import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { type Config, redactUrl } from "./config.ts";
import { openDatabase } from "./database.ts";
import { seedDatabase } from "./seed.ts";

/** A running server. */
export type RunningServer = { app: FastifyInstance; url: string; stop(): Promise<void> };

/**
 * Process entry for `serve`: opens (and locks) the database, migrates, seeds the real data on first start, listens,
 * and on SIGTERM/SIGINT stops accepting requests, lets those in flight finish, then closes the database.
 */
export async function startServer(
  config: Config,
  opts: { webRoot?: string; version?: string } = {},
): Promise<RunningServer> {
  const opened = await openDatabase(config);
  const { database } = opened;
  let app: FastifyInstance;
  try {
    const seeded = await seedDatabase(database.db);
    app = await buildApp({
      database,
      webRoot: opts.webRoot,
      logger: { level: config.logLevel },
      version: opts.version,
      mapTiles: config.mapTiles,
    });
    app.log.info(
      {
        database: config.databaseUrl ? redactUrl(config.databaseUrl) : `pglite:${config.dataDir}`,
        migrationsApplied: opened.applied,
        seeded,
        webRoot: opts.webRoot ?? null,
      },
      "database ready",
    );
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await opened.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      app.log.info("shutting down: no new requests; finishing those in flight");
      await app.close();
      await opened.close();
      app.log.info("stopped");
    })();
    return stopping;
  };
  return { app, url, stop };
}
