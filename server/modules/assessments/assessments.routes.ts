import { stringify } from "csv-stringify/sync";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AssignAssessorBody,
  ConflictBody,
  ConflictList,
  CreateFrameworkBody,
  CreateRoundBody,
  FrameworkList,
  FrameworkView,
  PublishBody,
  ResultsView,
  RoundActionBody,
  RoundHubView,
  RoundList,
  RoundView,
  SubmissionBody,
  UpdateFrameworkBody,
  UpdateRoundBody,
  WeightsPreview,
  WeightsPreviewBody,
} from "../../../contract/api/assessments.schema.ts";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import type { Db } from "../../db/client.ts";
import { readSingleUpload } from "../../http/uploads.ts";
import { conflictsService } from "./conflicts.service.ts";
import { EVIDENCE_MAX_BYTES } from "./evidence-files.ts";
import { effectiveWeightsOf, frameworksService } from "./frameworks.service.ts";
import { resultsService } from "./results-view.service.ts";
import { roundsService } from "./rounds.service.ts";

const tags = ["Assessments"];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 500: ErrorBody };
const IdParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });
const SlugParams = z.object({ slug: z.string().min(1).max(100) });
const HubParams = IdParams.extend({ hubId: z.uuid({ error: "must be a UUID" }) });

/** The services the routes hand off to, built on the app's database. */
export const assessmentsServices = (db: Db) => ({
  frameworks: frameworksService(db),
  rounds: roundsService(db),
  results: resultsService(db),
  conflicts: conflictsService(db),
});

/** Criteria frameworks, assessment rounds, submissions and results. */
export const assessmentsRoutes: FastifyPluginAsyncZod<{
  frameworks: ReturnType<typeof frameworksService>;
  rounds: ReturnType<typeof roundsService>;
  results: ReturnType<typeof resultsService>;
  conflicts: ReturnType<typeof conflictsService>;
}> = async (app, { frameworks, rounds, results, conflicts }) => {
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

  app.patch(
    "/rounds/:id",
    {
      schema: {
        tags,
        summary: "Change an open round: name, deadlines (e.g. extend them), spread threshold, tiers (administrators)",
        description: "Fields left out keep their value. Deadlines are whole days in the network's time zone.",
        params: IdParams,
        body: UpdateRoundBody,
        response: { 200: RoundView, ...errors },
      },
    },
    async (req) => rounds.update(req.actor, req.params.id, req.body),
  );

  app.post(
    "/rounds/:id/close",
    {
      schema: {
        tags,
        summary: "Close an open round: submissions stop, results are computed for review (not yet public)",
        description: "Refused while a hub has fewer than two assessors who scored; the hub is named.",
        params: IdParams,
        body: RoundActionBody,
        response: { 200: RoundView, ...errors },
      },
    },
    async (req) => rounds.close(req.actor, req.params.id, req.body.version),
  );

  app.post(
    "/rounds/:id/reopen",
    {
      schema: {
        tags,
        summary: "Reopen a closed round for changes; its computed results are dropped",
        params: IdParams,
        body: RoundActionBody,
        response: { 200: RoundView, ...errors },
      },
    },
    async (req) => rounds.reopen(req.actor, req.params.id, req.body.version),
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
        summary: "Declare a conflict of interest with a hub (assessors; administrators for an assessor)",
        params: IdParams,
        body: ConflictBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      if (req.body.userId)
        await conflicts.declareFor(req.actor, req.params.id, { ...req.body, userId: req.body.userId });
      else await rounds.declareConflict(req.actor, req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/rounds/:id/conflicts",
    {
      schema: {
        tags,
        summary: "Declared conflicts of interest with the round's hubs",
        description:
          "For those who may see the round: the network's administrators get every declared conflict, an assessor their own, others none.",
        params: IdParams,
        response: { 200: ConflictList, ...errors },
      },
    },
    async (req) => conflicts.list(req.actor, req.params.id),
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

  const EvidenceParams = HubParams.extend({ fileId: z.uuid({ error: "must be a UUID" }) });

  app.post(
    "/rounds/:id/hubs/:hubId/evidence",
    {
      schema: {
        tags,
        summary: "Attach an evidence file to one indicator of the hub's self-assessment (its managers)",
        description:
          "Multipart: the file in `file` (PDF, image or office document up to 10 MB, checked by its content) and the " +
          "indicator's code in `indicator`. Refused after the self-assessment deadline.",
        params: HubParams,
        response: { 201: RoundHubView, ...errors, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (req, reply) => {
      await rounds.authoriseEvidence(req.actor, req.params.id, req.params.hubId);
      const upload = await readSingleUpload(req, "file", EVIDENCE_MAX_BYTES);
      return reply.code(201).send(
        await rounds.addEvidence(req.actor, req.params.id, req.params.hubId, {
          filename: upload.filename,
          data: upload.data,
          indicator: upload.fields.indicator?.trim() || undefined,
        }),
      );
    },
  );

  app.get(
    "/rounds/:id/hubs/:hubId/evidence/:fileId",
    {
      schema: {
        tags,
        summary: "Download an evidence file (the hub's managers, its assessors, the network's administrators)",
        params: EvidenceParams,
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const f = await rounds.evidenceFile(req.actor, req.params.id, req.params.hubId, req.params.fileId);
      return reply
        .type(f.contentType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
        .header("cache-control", "private, no-store")
        .header("x-content-type-options", "nosniff")
        .send(Buffer.from(f.content));
    },
  );

  app.delete(
    "/rounds/:id/hubs/:hubId/evidence/:fileId",
    {
      schema: {
        tags,
        summary: "Remove an evidence file (the hub's managers, while the round is open)",
        params: EvidenceParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await rounds.deleteEvidence(req.actor, req.params.id, req.params.hubId, req.params.fileId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/rounds/:id/publish",
    {
      schema: {
        tags,
        summary: "Publish a closed round's results: from now on they are public",
        description: "Refused (409) while the round is open: close it first.",
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
          "Published results are public. Before publication administrators see a preview and hub managers their own hubs (peers among those only). Each hub also carries its consolidated and normalised indicator values (for the in-browser what-if), its dimensions furthest above and below the round's median, its peers of the same type or creative field, and its change since the network's previous published round (`previousRound` names it and whether its framework version differs).",
        params: IdParams,
        response: { 200: ResultsView, ...errors },
      },
    },
    async (req) => results.view(req.actor, req.params.id),
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
      const r = await results.view(req.actor, req.params.id);
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
          // Change since the network's previous published round; empty when the hub was not in it.
          "previous_composite",
          "composite_change",
          "previous_rank",
          "rank_change",
          "previous_tier",
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
          i.change?.composite ?? "",
          i.change?.compositeDelta ?? "",
          i.change?.rank ?? "",
          i.change?.rankDelta ?? "",
          i.change?.tier ?? "",
        ]),
      ]);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="round-${r.roundId}-results.csv"`)
        .send(csv);
    },
  );

  app.get(
    "/rounds/:id/results.xlsx",
    {
      schema: {
        tags,
        summary: "Results as an XLSX workbook: Results, Indicators, Metadata",
        description:
          "The same visibility as the JSON and CSV results. Results: one row per hub with rank, interval, composite, tier, stability, change since the previous round and dimension scores; Indicators: consolidated values; Metadata: framework name and version, round, consolidation, tiers.",
        params: IdParams,
        produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const x = await results.xlsx(req.actor, req.params.id);
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="round-${x.roundId}-results.xlsx"`)
        .send(x.body);
    },
  );
};
