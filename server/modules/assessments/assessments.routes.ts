import { stringify } from "csv-stringify/sync";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AssignAssessorBody,
  ConflictBody,
  CreateFrameworkBody,
  CreateRoundBody,
  FrameworkList,
  FrameworkView,
  PublishBody,
  ResultsView,
  RoundHubView,
  RoundList,
  RoundView,
  SubmissionBody,
  UpdateFrameworkBody,
  WeightsPreview,
  WeightsPreviewBody,
} from "../../../contract/api/assessments.schema.ts";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import type { Db } from "../../db/client.ts";
import { effectiveWeightsOf, frameworksService } from "./frameworks.service.ts";
import { roundsService } from "./rounds.service.ts";

const tags = ["Assessments"];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 500: ErrorBody };
const IdParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });
const SlugParams = z.object({ slug: z.string().min(1).max(100) });
const HubParams = IdParams.extend({ hubId: z.uuid({ error: "must be a UUID" }) });

/** The services the routes hand off to, built on the app's database. */
export const assessmentsServices = (db: Db) => ({ frameworks: frameworksService(db), rounds: roundsService(db) });

/** Criteria frameworks, assessment rounds, submissions and results. */
export const assessmentsRoutes: FastifyPluginAsyncZod<{
  frameworks: ReturnType<typeof frameworksService>;
  rounds: ReturnType<typeof roundsService>;
}> = async (app, { frameworks, rounds }) => {
  app.get(
    "/networks/:slug/frameworks",
    {
      schema: {
        tags,
        summary: "A network's criteria frameworks (every version)",
        params: SlugParams,
        response: { 200: FrameworkList, ...errors },
      },
    },
    async (req) => ({ items: await frameworks.list(req.params.slug) }),
  );

  app.post(
    "/networks/:slug/frameworks",
    {
      schema: {
        tags,
        summary: "Create a framework (version 1)",
        description: "The tree is validated as a whole; every element at fault is named and nothing is saved.",
        params: SlugParams,
        body: CreateFrameworkBody,
        response: { 201: FrameworkView, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await frameworks.create(req.actor, req.params.slug, req.body)),
  );

  app.post(
    "/frameworks/weights-preview",
    {
      schema: {
        tags,
        summary: "Effective weights of a framework tree (no save)",
        body: WeightsPreviewBody,
        response: { 200: WeightsPreview, ...errors },
      },
    },
    async (req) => ({ items: effectiveWeightsOf(req.body.elements) }),
  );

  app.get(
    "/frameworks/:id",
    {
      schema: { tags, summary: "One framework version", params: IdParams, response: { 200: FrameworkView, ...errors } },
    },
    async (req) => frameworks.get(req.params.id),
  );

  app.patch(
    "/frameworks/:id",
    {
      schema: {
        tags,
        summary: "Replace an unlocked framework version's content",
        params: IdParams,
        body: UpdateFrameworkBody,
        response: { 200: FrameworkView, ...errors },
      },
    },
    async (req) => frameworks.update(req.actor, req.params.id, req.body),
  );

  app.post(
    "/frameworks/:id/versions",
    {
      schema: {
        tags,
        summary: "Create a new version: a copy of this one, unlocked",
        params: IdParams,
        response: { 201: FrameworkView, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await frameworks.newVersion(req.actor, req.params.id)),
  );

  app.get(
    "/networks/:slug/rounds",
    {
      schema: {
        tags,
        summary: "A network's assessment rounds visible to the caller",
        params: SlugParams,
        response: { 200: RoundList, ...errors },
      },
    },
    async (req) => ({ items: await rounds.list(req.actor, req.params.slug) }),
  );

  app.post(
    "/networks/:slug/rounds",
    {
      schema: {
        tags,
        summary: "Open an assessment round",
        params: SlugParams,
        body: CreateRoundBody,
        response: { 201: RoundView, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await rounds.open(req.actor, req.params.slug, req.body)),
  );

  app.get(
    "/rounds/:id",
    { schema: { tags, summary: "One round with its hubs", params: IdParams, response: { 200: RoundView, ...errors } } },
    async (req) => rounds.get(req.actor, req.params.id),
  );

  app.post(
    "/rounds/:id/assessors",
    {
      schema: {
        tags,
        summary: "Assign an assessor to a hub",
        description: "Refused when the assessor manages the hub or declared a conflict of interest with it.",
        params: IdParams,
        body: AssignAssessorBody,
        response: { 200: RoundView, ...errors },
      },
    },
    async (req) => rounds.assign(req.actor, req.params.id, req.body),
  );

  app.post(
    "/rounds/:id/conflicts",
    {
      schema: {
        tags,
        summary: "Declare a conflict of interest with a hub (assessors)",
        params: IdParams,
        body: ConflictBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await rounds.declareConflict(req.actor, req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/rounds/:id/hubs/:hubId",
    {
      schema: {
        tags,
        summary: "A hub's submissions in a round: self-assessment with evidence, scores, flags",
        params: HubParams,
        response: { 200: RoundHubView, ...errors },
      },
    },
    async (req) => rounds.hubDetail(req.actor, req.params.id, req.params.hubId),
  );

  for (const source of ["self-assessment", "scores", "measured"] as const) {
    app.put(
      `/rounds/:id/hubs/:hubId/${source}`,
      {
        schema: {
          tags,
          summary:
            source === "self-assessment"
              ? "Save the hub's self-assessment with evidence (its managers)"
              : source === "scores"
                ? "Save my scores with comments (an assigned assessor)"
                : "Save measured figures (administrators)",
          params: HubParams,
          body: SubmissionBody,
          response: { 200: RoundHubView, ...errors },
        },
      },
      async (req) =>
        rounds.submit(
          req.actor,
          req.params.id,
          req.params.hubId,
          source === "self-assessment" ? "self" : source === "scores" ? "assessor" : "measured",
          req.body,
        ),
    );
  }

  app.post(
    "/rounds/:id/publish",
    {
      schema: {
        tags,
        summary: "Close the round and publish its results",
        description: "Refused while a hub has fewer than two assessors who scored; the hub is named.",
        params: IdParams,
        body: PublishBody,
        response: { 200: ResultsView, ...errors },
      },
    },
    async (req) => rounds.publish(req.actor, req.params.id, req.body.version),
  );

  app.get(
    "/rounds/:id/results",
    {
      schema: {
        tags,
        summary: "Results: composite and dimension scores, rank with its 5–95 % interval, tier and its stability",
        description:
          "Published results are public. Before publication administrators see a preview and hub managers their own hubs.",
        params: IdParams,
        response: { 200: ResultsView, ...errors },
      },
    },
    async (req) => rounds.results(req.actor, req.params.id),
  );

  app.get(
    "/rounds/:id/results.csv",
    {
      schema: {
        tags,
        summary: "Results as CSV",
        params: IdParams,
        produces: ["text/csv"],
        response: { 200: z.string(), ...errors },
      },
    },
    async (req, reply) => {
      const r = await rounds.results(req.actor, req.params.id);
      const dims = r.dimensions.map((d) => d.code);
      const csv = stringify([
        [
          "hub_id",
          "name_vi",
          "name_en",
          "framework_version",
          "composite",
          ...dims,
          "rank",
          "rank_q5",
          "rank_q95",
          "tier",
          "tier_stability",
        ],
        ...r.items.map((i) => [
          i.hubId,
          i.nameVi ?? "",
          i.nameEn ?? "",
          r.framework.frameworkVersion,
          i.composite ?? "",
          ...dims.map((d) => i.dimensions[d] ?? ""),
          i.rank ?? "",
          i.rankInterval?.[0] ?? "",
          i.rankInterval?.[1] ?? "",
          i.tier ?? "",
          i.tierStability ?? "",
        ]),
      ]);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="round-${r.roundId}-results.csv"`)
        .send(csv);
    },
  );
};
