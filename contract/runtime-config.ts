import { z } from "zod";

/**
 * Deployment settings the web app needs at run time (not at build time): the server writes them into index.html
 * as a JSON script element, so one build serves every deployment.
 */
export const RuntimeConfig = z.object({
  /** Raster tiles for street-level maps; null keeps the bundled offline basemap. */
  mapTiles: z.object({ url: z.string().min(1), attribution: z.string() }).nullable(),
});
export type RuntimeConfig = z.infer<typeof RuntimeConfig>;

/** Id of the `<script type="application/json">` element that carries the runtime config. */
export const RUNTIME_CONFIG_ELEMENT_ID = "cn-runtime-config";

/** The settings an app without a server-written element uses (the dev server, tests of pages). */
export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = { mapTiles: null };
