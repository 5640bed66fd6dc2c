import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contract/api/errors.schema.ts";
import {
  ApplicationListQuery,
  ApplicationPage,
  ApplicationView,
  CreateApplicationBody,
  DecisionBody,
  QuestionList,
  ReplaceQuestionsBody,
  SubmitApplicationBody,
  UpdateApplicationBody,
} from "../../../contract/api/membership.schema.ts";
import { NotFoundError } from "../../http/errors.ts";
import { readSingleUpload } from "../../http/uploads.ts";
import type { HubsService } from "../hubs/hubs.service.ts";
import type { MembershipService } from "./membership.service.ts";

const tags = ["Membership"];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 500: ErrorBody };
const IdParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });
const SlugParams = z.object({ slug: z.string().min(1).max(100) });

/** Applications to join a network, the reviewer queue and decisions, and the network's questions. */
export const membershipRoutes: FastifyPluginAsyncZod<{ membership: MembershipService; hubs: HubsService }> = async (
  app,
  { membership, hubs },
) => {
  const network = async (slug: string) => {
    const n = await hubs.networkBySlug(slug);
    if (!n) throw NotFoundError(`No network "${slug}"`);
    return n;
  };

  app.get(
    "/networks/:slug/questions",
    {
      schema: {
        tags,
        summary: "A network's membership questions",
        params: SlugParams,
        response: { 200: QuestionList, ...errors },
      },
    },
    async (req) => membership.questionList((await network(req.params.slug)).id),
  );

  app.put(
    "/networks/:slug/questions",
    {
      schema: {
        tags,
        summary: "Replace a network's membership questions",
        description:
          "The whole ordered list. Send the list's `version` you edited (from GET): a stale one answers 409 and nothing is written.",
        params: SlugParams,
        body: ReplaceQuestionsBody,
        response: { 200: QuestionList, ...errors },
      },
    },
    async (req) =>
      membership.replaceQuestions(req.actor, await network(req.params.slug), req.body.questions, req.body.version),
  );

  app.get(
    "/applications",
    {
      schema: {
        tags,
        summary: "Reviewer queue, or my applications",
        description:
          "Network administrators see their networks' submitted applications; others (or `mine=true`) their own.",
        querystring: ApplicationListQuery,
        response: { 200: ApplicationPage, ...errors },
      },
    },
    async (req) => membership.list(req.actor, req.query),
  );

  app.post(
    "/applications",
    {
      schema: {
        tags,
        summary: "Start an application (draft)",
        body: CreateApplicationBody,
        response: { 201: ApplicationView, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await membership.create(req.actor, req.body)),
  );

  app.get(
    "/applications/:id",
    {
      schema: {
        tags,
        summary: "One application with its history",
        params: IdParams,
        response: { 200: ApplicationView, ...errors },
      },
    },
    async (req) => membership.get(req.actor, req.params.id),
  );

  app.patch(
    "/applications/:id",
    {
      schema: {
        tags,
        summary: "Amend answers (draft or changes requested)",
        params: IdParams,
        body: UpdateApplicationBody,
        response: { 200: ApplicationView, ...errors },
      },
    },
    async (req) => membership.update(req.actor, req.params.id, req.body),
  );

  app.post(
    "/applications/:id/submit",
    {
      schema: {
        tags,
        summary: "Submit for review",
        params: IdParams,
        body: SubmitApplicationBody,
        response: { 200: ApplicationView, ...errors },
      },
    },
    async (req) => membership.submit(req.actor, req.params.id, req.body.version),
  );

  app.post(
    "/applications/:id/review",
    { schema: { tags, summary: "Take into review", params: IdParams, response: { 200: ApplicationView, ...errors } } },
    async (req) => membership.review(req.actor, req.params.id),
  );

  app.post(
    "/applications/:id/decision",
    {
      schema: {
        tags,
        summary: "Decide: accept, reject or request changes",
        description: "Every decision has a reason the applicant sees. Acceptance makes the hub a member and public.",
        params: IdParams,
        body: DecisionBody,
        response: { 200: ApplicationView, ...errors },
      },
    },
    async (req) => membership.decide(req.actor, req.params.id, req.body),
  );

  app.post(
    "/applications/:id/documents",
    {
      schema: {
        tags,
        summary: "Attach a supporting document (multipart field `document`: PDF, PNG or JPEG up to 10 MB)",
        params: IdParams,
        response: { 201: ApplicationView, ...errors, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (req, reply) => {
      await membership.authoriseDocument(req.actor, req.params.id);
      const upload = await readSingleUpload(req, "document", 10 * 1024 * 1024);
      return reply
        .code(201)
        .send(await membership.addDocument(req.actor, req.params.id, { filename: upload.filename, data: upload.data }));
    },
  );

  app.get(
    "/applications/:id/documents/:documentId",
    {
      schema: {
        tags,
        summary: "Download a supporting document",
        params: IdParams.extend({ documentId: z.uuid({ error: "must be a UUID" }) }),
        response: { 200: z.any(), ...errors },
      },
    },
    async (req, reply) => {
      const doc = await membership.document(req.actor, req.params.id, req.params.documentId);
      return reply
        .type(doc.contentType)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .header("cache-control", "private, no-store")
        .send(Buffer.from(doc.content));
    },
  );

  app.delete(
    "/applications/:id/documents/:documentId",
    {
      schema: {
        tags,
        summary: "Delete a supporting document (draft or changes requested)",
        description:
          "For the applicant side while the application can be edited. `version` is the application's version you saw: a stale one answers 409 and nothing is deleted.",
        params: IdParams.extend({ documentId: z.uuid({ error: "must be a UUID" }) }),
        querystring: z.object({
          version: z.coerce.number({ error: "is required: the application's version you saw" }).int().min(1),
        }),
        response: { 200: ApplicationView, ...errors },
      },
    },
    async (req) => membership.removeDocument(req.actor, req.params.id, req.params.documentId, req.query.version),
  );
};
