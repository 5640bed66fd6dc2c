import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../contract/api/errors.schema.ts";
import type { MapTiles } from "./config.ts";
import type { Database } from "./db/client.ts";
import { checkSameOrigin } from "./http/csrf.ts";
import { installErrorHandling } from "./http/error-handler.ts";
import { NotFoundError } from "./http/errors.ts";
import { ResponseCache } from "./http/response-cache.ts";
import { withRuntimeConfig } from "./http/spa.ts";
import { accountsRoutes, SESSION_COOKIE } from "./modules/accounts/accounts.routes.ts";
import { accountsService } from "./modules/accounts/accounts.service.ts";
import { assessmentsRoutes, assessmentsServices } from "./modules/assessments/assessments.routes.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { auditService } from "./modules/audit/audit.service.ts";
import { CITIES_CHANGED } from "./modules/cities/cities.repository.ts";
import { citiesRoutes } from "./modules/cities/cities.routes.ts";
import { citiesService } from "./modules/cities/cities.service.ts";
import { hubPhotosService } from "./modules/hubs/hub-photos.service.ts";
import { HUBS_CHANGED } from "./modules/hubs/hubs.repository.ts";
import { hubsRoutes } from "./modules/hubs/hubs.routes.ts";
import { hubsService } from "./modules/hubs/hubs.service.ts";
import { membershipRoutes } from "./modules/membership/membership.routes.ts";
import { membershipService } from "./modules/membership/membership.service.ts";

/** What the app needs from the outside; it never opens a database or a port itself. */
export type AppOptions = {
  database: Database;
  /** Folder of the built SPA (dist/web); unset serves the API only. */
  webRoot?: string;
  /** Pino options, or false for silence (tests). */
  logger?: false | { level: string };
  version?: string;
  /** Cache public directory responses until the data changes (default true; the bench measures both). */
  cache?: boolean;
  /** Raster tiles for the web app's maps (MAP_TILE_URL); unset keeps the offline basemap. */
  mapTiles?: MapTiles;
};

const HealthView = z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]), version: z.string() });

/** Builds the Fastify app: zod compilers, error handler, OpenAPI, module plugins and the SPA. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Lets SIGTERM end idle keep-alive sockets while requests in flight finish.
    forceCloseConnections: "idle",
    return503OnClosing: true,
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  await app.register(fastifyCookie);
  // Limits per route come from server/http/uploads.ts; these are the outer bounds.
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Creative Network API",
        description:
          "Open API of Creative Network: the UNESCO Creative Cities directory and a creative city's network of cultural and creative hubs. " +
          "Errors always have the shape `{ error: { code, message, details: [{ path, message }] } }`.",
        version: opts.version ?? "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  const { db } = opts.database;
  const accounts = accountsService(db);
  const hubs = hubsService(db);

  // Who is calling: resolved once per API request from the session cookie. Cross-site writes are refused first.
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    checkSameOrigin(req, SESSION_COOKIE);
    const token = req.cookies[SESSION_COOKIE];
    req.actor = token ? await accounts.actorFromToken(token) : null;
  });
  // The directory changes only through imports, from this process or another (a CLI import on PostgreSQL): every
  // import NOTIFYs, and the cache empties. The TTL bounds staleness should a notification ever be lost.
  // Hub lists and maps likewise: every hub write that can change a public answer NOTIFYs (member hubs, admissions,
  // hub types; not an applicant's drafts).
  let citiesCache: ResponseCache | undefined;
  let hubsCache: ResponseCache | undefined;
  if (opts.cache !== false) {
    const cache = new ResponseCache({ max: 2000, ttlMs: 5 * 60_000 });
    const stop = await opts.database.listen(CITIES_CHANGED, () => cache.clear());
    app.addHook("onClose", async () => stop());
    citiesCache = cache;
    const hc = new ResponseCache({ max: 2000, ttlMs: 60_000 });
    const stopHubs = await opts.database.listen(HUBS_CHANGED, () => hc.clear());
    app.addHook("onClose", async () => stopHubs());
    hubsCache = hc;
  }
  await app.register(
    async (api) => {
      api.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
      api.get(
        "/health",
        {
          schema: {
            tags: ["Operations"],
            summary: "Liveness and database check",
            response: { 200: HealthView, 500: ErrorBody },
          },
        },
        async () => {
          await db.execute(sql`SELECT 1`);
          return { status: "ok" as const, database: opts.database.kind, version: opts.version ?? "0.1.0" };
        },
      );
      await api.register(citiesRoutes, { cities: citiesService(db), cache: citiesCache });
      await api.register(accountsRoutes, { accounts, networkBySlug: (slug) => hubs.networkBySlug(slug) });
      await api.register(hubsRoutes, { hubs, photos: hubPhotosService(db), cache: hubsCache });
      await api.register(membershipRoutes, { membership: membershipService(db), hubs });
      await api.register(auditRoutes, { audit: auditService(db) });
      await api.register(assessmentsRoutes, assessmentsServices(db));
    },
    { prefix: "/api" },
  );

  const webRoot =
    opts.webRoot && existsSync(path.join(opts.webRoot, "index.html")) ? path.resolve(opts.webRoot) : undefined;
  // index.html is read once and carries the deployment's runtime config; every other file is served as built.
  const indexHtml = webRoot
    ? withRuntimeConfig(readFileSync(path.join(webRoot, "index.html"), "utf8"), { mapTiles: opts.mapTiles ?? null })
    : undefined;
  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    // Unknown API paths get the JSON error shape; every other GET is a client-side route of the SPA.
    // A missing file (an asset name from an older build) is a 404, never index.html served as JavaScript.
    const isFile = /\.[a-z0-9]+$/i.test(req.url.split("?")[0]);
    if (req.url.startsWith("/api/") || req.url === "/api" || !webRoot || req.method !== "GET" || isFile) {
      throw NotFoundError(`No route ${req.method} ${req.url.split("?")[0]}`);
    }
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(indexHtml);
  });
  return app;
}
