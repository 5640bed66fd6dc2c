import path from "node:path";
import { z } from "zod";

const LogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
  error: "must be one of fatal, error, warn, info, debug, trace, silent",
});

/** The environment the platform reads, parsed once at start-up. Keep in step with `.env.example` and the README. */
export const EnvSchema = z.object({
  /** TCP port of the HTTP server. */
  PORT: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(0, "must be 0–65535")
    .max(65535, "must be 0–65535")
    .default(3000),
  /** Interface to bind; 127.0.0.1 keeps a laptop copy private, 0.0.0.0 serves the network. */
  HOST: z.string().min(1, "must not be empty").default("127.0.0.1"),
  /** Where the embedded database (PGlite) and its lockfile live. Unused for data when DATABASE_URL is set. */
  DATA_DIR: z.string().min(1, "must not be empty").default("./data"),
  /** Unset: embedded PGlite under DATA_DIR. Set: PostgreSQL (production), e.g. postgres://user:pass@host:5432/db. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Level of the structured JSON logs. */
  LOG_LEVEL: LogLevel.default("info"),
  /**
   * Unset: maps draw the bundled offline world basemap (no streets). Set: a raster tile server for street-level maps,
   * e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png (respect the provider's usage policy) or the city's own.
   */
  MAP_TILE_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, "must be an http:// or https:// URL")
    .refine((u) => ["{z}", "{x}", "{y}"].every((p) => u.includes(p)), "must contain {z}, {x} and {y}")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Credit line the tile provider requires, shown on every map, e.g. "© OpenStreetMap contributors". */
  MAP_TILE_ATTRIBUTION: z.string().max(300, "must be at most 300 characters").optional(),
});

/** Validated configuration. */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof LogLevel>;
  /** Raster tiles for street-level maps; undefined keeps the offline basemap. */
  mapTiles: MapTiles | undefined;
};

/** A raster tile source the web app's maps draw under their markers. */
export type MapTiles = { url: string; attribution: string };

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment once. A bad value throws a ConfigError that names the variable, so a broken deployment
 * stops at start-up with a to-do list instead of failing at the first request.
 * @example loadConfig({ PORT: "8080" }).port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join(".")}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    mapTiles: e.MAP_TILE_URL ? { url: e.MAP_TILE_URL, attribution: e.MAP_TILE_ATTRIBUTION ?? "" } : undefined,
  };
}

/** Masks the password of a database URL for logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
