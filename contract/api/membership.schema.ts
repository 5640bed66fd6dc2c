import { z } from "zod";

/** States of an application to join a network. */
export const ApplicationStatus = z.enum([
  "draft",
  "submitted",
  "in_review",
  "changes_requested",
  "accepted",
  "rejected",
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** Answers keyed by question id. */
export const Answers = z.record(
  z.uuid({ error: "must be a question id" }),
  z.string().trim().normalize("NFC").max(5000, "must be at most 5000 characters"),
);

/** Body of `POST /api/applications`: a draft for a hub the applicant manages. */
export const CreateApplicationBody = z.object({
  hubId: z.uuid({ error: "must be a UUID" }),
  /** Network slug; defaults to the hub's own network. */
  network: z.string().max(100).optional(),
  answers: Answers.default({}),
});

/** Body of `PATCH /api/applications/{id}`: amended answers on a draft or after changes were requested. */
export const UpdateApplicationBody = z.object({
  version: z.number({ error: "is required: the version you are editing" }).int().min(1),
  answers: Answers,
});

/** Body of `POST /api/applications/{id}/submit`. */
export const SubmitApplicationBody = z.object({ version: z.number({ error: "is required" }).int().min(1) });

/** Body of `POST /api/applications/{id}/decision`. The reason is shown to the applicant. */
export const DecisionBody = z.object({
  decision: z.enum(["accept", "reject", "request-changes"], { error: "must be accept, reject or request-changes" }),
  reason: z.string().trim().normalize("NFC").min(1, "must not be empty: the applicant sees it").max(5000),
  version: z.number().int().min(1).optional(),
});

/** Query of the reviewer queue and of "my applications". */
export const ApplicationListQuery = z.object({
  network: z.string().max(100).optional(),
  status: ApplicationStatus.optional(),
  mine: z.enum(["true", "false"]).optional(),
  page: z.coerce.number({ error: "must be a whole number" }).int().min(1, "must be 1 or more").default(1),
  pageSize: z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .min(1)
    .max(100, "must be 100 or less")
    .default(20),
});

/** A membership question of a network. */
export const QuestionView = z.object({
  id: z.string(),
  position: z.number().int(),
  textVi: z.string(),
  textEn: z.string(),
  required: z.boolean(),
});

/** A network's questions in order, with the version of the list (`GET`/`PUT /api/networks/{slug}/questions`). */
export const QuestionList = z.object({ items: z.array(QuestionView), version: z.number().int() });
export type QuestionList = z.infer<typeof QuestionList>;

/** Body of `PUT /api/networks/{slug}/questions` (network administrators): the whole ordered list. */
export const ReplaceQuestionsBody = z.object({
  /** The list's version the editor started from (stale → 409). */
  version: z.number({ error: "is required: the version of the questions you edited" }).int().min(0),
  questions: z
    .array(
      z.object({
        id: z.uuid().optional(),
        textVi: z.string().trim().normalize("NFC").min(1, "must not be empty").max(1000),
        textEn: z.string().trim().normalize("NFC").min(1, "must not be empty").max(1000),
        required: z.boolean().default(true),
      }),
    )
    .min(1, "must list at least one question")
    .max(30),
});

export const ApplicationEventView = z.object({
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const ApplicationView = z.object({
  id: z.string(),
  network: z.object({ slug: z.string(), nameVi: z.string(), nameEn: z.string() }),
  hub: z.object({
    id: z.string(),
    slug: z.string(),
    nameVi: z.string().nullable(),
    nameEn: z.string().nullable(),
    status: z.string(),
  }),
  applicant: z.object({ id: z.string(), name: z.string() }),
  status: ApplicationStatus,
  answers: z.record(z.string(), z.string()),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** The last decision's reason, shown to the applicant. */
  lastReason: z.string().nullable(),
  events: z.array(ApplicationEventView),
  questions: z.array(QuestionView),
  /** Supporting documents (PDF, PNG or JPEG); download at /api/applications/{id}/documents/{documentId}. */
  documents: z.array(
    z.object({
      id: z.string(),
      filename: z.string(),
      contentType: z.string(),
      size: z.number().int(),
      createdAt: z.string(),
    }),
  ),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationPage = z.object({
  items: z.array(ApplicationView.omit({ events: true, questions: true, answers: true, documents: true })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
