import { stringify } from "csv-stringify/sync";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CityDetail,
  CityExportQuery,
  CityFacets,
  CityFilters,
  CityListQuery,
  CityPage,
  CitySlugParams,
  FieldList,
  NetworkStats,
} from "../../../contract/api/cities.schema.ts";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import { type ResponseCache, sendCachedJson } from "../../http/response-cache.ts";
import { cityCsvHeader, cityCsvRecords, cityFeatureCollection } from "./cities.presenter.ts";
import type { CitiesService } from "./cities.service.ts";

const errors = { 400: ErrorBody, 404: ErrorBody, 500: ErrorBody };
const tags = ["Creative Cities directory"];

/**
 * Public, read-only routes of the directory. Anonymous visitors may read all of it. Bodies are cached per
 * canonical query (the parsed, normalised parameters) until the directory changes; see server/app.ts.
 */
export const citiesRoutes: FastifyPluginAsyncZod<{ cities: CitiesService; cache?: ResponseCache }> = async (
  app,
  { cities, cache },
) => {
  app.get(
    "/cities",
    {
      schema: {
        tags,
        summary: "List member cities",
        description:
          "Search, filter, sort and page the UNESCO Creative Cities Network. With `q`, the best match comes first.",
        querystring: CityListQuery,
        response: { 200: CityPage, ...errors },
      },
    },
    async (req, reply) =>
      sendCachedJson(reply, cache, `list ${JSON.stringify(req.query)}`, () => cities.list(req.query)),
  );

  app.get(
    "/cities/facets",
    {
      schema: {
        tags,
        summary: "Facet counts",
        description:
          "Counts per field, region, country and year for the given filters; each facet ignores its own filter.",
        querystring: CityFilters,
        response: { 200: CityFacets, ...errors },
      },
    },
    async (req, reply) =>
      sendCachedJson(reply, cache, `facets ${JSON.stringify(req.query)}`, () => cities.facets(req.query)),
  );

  app.get(
    "/cities/export",
    {
      schema: {
        tags,
        summary: "Open-data export",
        description:
          "CSV (one row per designation; the importer's format) or RFC 7946 GeoJSON (one Point per city with coordinates). " +
          "Coordinates: GeoNames (geonames.org), CC BY 4.0.",
        querystring: CityExportQuery,
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const { format, ...filters } = req.query;
      const rows = await cities.exportRows(filters);
      if (format === "geojson") {
        return reply
          .header("content-type", "application/geo+json; charset=utf-8")
          .header("content-disposition", 'attachment; filename="creative-cities.geojson"')
          .send(JSON.stringify(cityFeatureCollection(rows)));
      }
      const csv = stringify([[...cityCsvHeader], ...rows.flatMap(cityCsvRecords)]);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="creative-cities.csv"')
        .send(csv);
    },
  );

  app.get(
    "/cities/:slug",
    {
      schema: {
        tags,
        summary: "One member city",
        description: "The city, its designations, and other cities of the same field nearest to it.",
        params: CitySlugParams,
        response: { 200: CityDetail, ...errors },
      },
    },
    async (req, reply) => sendCachedJson(reply, cache, `city ${req.params.slug}`, () => cities.get(req.params.slug)),
  );

  app.get(
    "/fields",
    { schema: { tags, summary: "Creative fields with member counts", response: { 200: FieldList, 500: ErrorBody } } },
    async (_req, reply) => sendCachedJson(reply, cache, "fields", () => cities.fields()),
  );

  app.get(
    "/stats/network",
    {
      schema: {
        tags,
        summary: "Growth of the network",
        description:
          "Members added and cumulative total per designation year (by field), and counts per field and region.",
        response: { 200: NetworkStats, 500: ErrorBody },
      },
    },
    async (_req, reply) => sendCachedJson(reply, cache, "stats", () => cities.stats()),
  );
};
