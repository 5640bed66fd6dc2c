import { z } from "zod";

const text = (max: number) => z.string().trim().normalize("NFC").max(max);
const code = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/, "must start with a letter and use letters, digits, _ . - (at most 40)");

/** A rubric level: its number and what it means. */
export const RubricLevel = z.object({
  level: z.number().int().min(0).max(100),
  labelVi: text(500).min(1),
  labelEn: text(500).min(1),
});

/**
 * One element of a framework's tree. Dimensions group elements; indicators are measured. The tree is given as a
 * flat list with `parent` codes (null at the top), so the service can name the element at fault: a cycle, a weight
 * ≤ 0, a dimension without children, an unknown parent.
 */
export const FrameworkElement = z.object({
  code,
  parent: code.nullable().default(null),
  kind: z.enum(["dimension", "indicator"]),
  nameVi: text(300).min(1),
  nameEn: text(300).min(1),
  guidanceVi: text(3000).nullable().default(null),
  guidanceEn: text(3000).nullable().default(null),
  /** Relative to its siblings; the effective weight is the product down the tree. */
  weight: z.number(),
  direction: z.union([z.literal(1), z.literal(-1)]).default(1),
  unit: text(60).nullable().default(null),
  /** Indicators only: number (with goalposts or a target), rubric (with levels) or yes/no. */
  type: z.enum(["number", "rubric", "yesno"]).nullable().default(null),
  /** number: values at 0 and 100 of the score. */
  goalposts: z.tuple([z.number(), z.number()]).nullable().default(null),
  /** number: the value that earns the full score (from 0 upwards, or downwards for direction −1). */
  target: z.number().nullable().default(null),
  /** number: the range of values accepted (optional). */
  range: z.tuple([z.number(), z.number()]).nullable().default(null),
  levels: z.array(RubricLevel).nullable().default(null),
  supplier: z.enum(["self", "assessor", "measured"]).nullable().default(null),
});
export type FrameworkElement = z.infer<typeof FrameworkElement>;

/** Body of `POST /api/networks/{slug}/frameworks`. */
export const CreateFrameworkBody = z.object({
  nameVi: text(300).min(1),
  nameEn: text(300).min(1),
  descriptionVi: text(5000).nullable().default(null),
  descriptionEn: text(5000).nullable().default(null),
  elements: z.array(FrameworkElement).min(1).max(500),
});
export type CreateFrameworkInput = z.infer<typeof CreateFrameworkBody>;

/** Body of `PATCH /api/frameworks/{id}`: the whole framework again, with the version being edited. */
export const UpdateFrameworkBody = CreateFrameworkBody.extend({
  version: z.number({ error: "is required: the version you are editing" }).int().min(1),
});

/** Body of `POST /api/frameworks/weights-preview`. */
export const WeightsPreviewBody = z.object({ elements: z.array(FrameworkElement).min(1).max(500) });

/** Effective weight of each element: its share of the whole index. */
export const WeightsPreview = z.object({
  items: z.array(z.object({ code: z.string(), kind: z.string(), weight: z.number(), effective: z.number() })),
});

export const FrameworkView = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  familyId: z.uuid(),
  frameworkVersion: z.number().int(),
  nameVi: z.string(),
  nameEn: z.string(),
  descriptionVi: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  isExample: z.boolean(),
  locked: z.boolean(),
  version: z.number().int(),
  elements: z.array(FrameworkElement),
  updatedAt: z.string(),
});
export type FrameworkView = z.infer<typeof FrameworkView>;

export const FrameworkList = z.object({ items: z.array(FrameworkView.omit({ elements: true })) });

export const Tier = z.object({ name: text(40).min(1), min: z.number().min(0).max(100) });

/** Body of `POST /api/networks/{slug}/rounds`. */
export const CreateRoundBody = z.object({
  frameworkId: z.uuid({ error: "must be a framework id" }),
  nameVi: text(300).min(1),
  nameEn: text(300).min(1),
  hubIds: z
    .array(z.uuid({ error: "must be a hub id" }))
    .min(1, "must name at least one hub")
    .max(1000),
  selfDeadline: z.iso.date().nullable().default(null),
  assessorDeadline: z.iso.date().nullable().default(null),
  consolidation: z.enum(["median", "mean"]).default("median"),
  spreadThreshold: z.number().gt(0).max(1).default(0.25),
  tiers: z
    .array(Tier)
    .min(1)
    .max(10)
    .default([
      { name: "A", min: 70 },
      { name: "B", min: 50 },
      { name: "C", min: 0 },
    ]),
});

export const AssignAssessorBody = z.object({ hubId: z.uuid(), userId: z.uuid() });
export const ConflictBody = z.object({
  hubId: z.uuid(),
  reason: text(2000).nullable().default(null),
  /** An administrator declaring on behalf of one of the network's assessors; absent: the caller, an assessor. */
  userId: z.uuid({ error: "must be a user id" }).nullable().default(null),
});
/**
 * Declared conflicts of interest with a round's hubs: all of them for administrators, their own for assessors, none
 * for others who may see the round.
 */
export const ConflictList = z.object({
  /** Whether the caller may declare a conflict (an assessor of the round's network). */
  canDeclare: z.boolean(),
  items: z.array(
    z.object({
      hubId: z.uuid(),
      userId: z.uuid(),
      name: z.string(),
      reason: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type ConflictList = z.infer<typeof ConflictList>;

/** One value with its evidence (self-assessment) or comment (assessor). Yes/no is 1 or 0. */
export const SubmittedValue = z.object({
  value: z.unknown(),
  evidence: text(5000).nullable().default(null),
  links: z
    .array(z.url({ error: "must be a URL" }).max(2000))
    .max(20)
    .default([]),
  comment: text(5000).nullable().default(null),
});
export const SubmissionBody = z.object({
  values: z.record(z.string(), SubmittedValue),
  version: z.number().int().min(1).optional(),
});

export const RoundView = z.object({
  id: z.uuid(),
  networkId: z.uuid(),
  framework: z.object({ id: z.uuid(), nameVi: z.string(), nameEn: z.string(), frameworkVersion: z.number().int() }),
  nameVi: z.string(),
  nameEn: z.string(),
  /** open → closed (submissions stop, results computed for review) → published (public); closed may reopen. */
  status: z.enum(["open", "closed", "published"]),
  selfDeadline: z.string().nullable(),
  assessorDeadline: z.string().nullable(),
  consolidation: z.enum(["median", "mean"]),
  spreadThreshold: z.number(),
  tiers: z.array(Tier),
  closedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  hubs: z.array(
    z.object({
      id: z.uuid(),
      nameVi: z.string().nullable(),
      nameEn: z.string().nullable(),
      assessors: z.array(z.object({ id: z.uuid(), name: z.string() })),
      selfSubmitted: z.boolean(),
      scoresSubmitted: z.number().int(),
      flagged: z.array(z.string()),
    }),
  ),
});
export type RoundView = z.infer<typeof RoundView>;
export const RoundList = z.object({ items: z.array(RoundView.omit({ hubs: true })) });

/** A file attached to one indicator of a hub's self-assessment. */
export const EvidenceFile = z.object({
  id: z.uuid(),
  indicator: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const SubmissionView = z.object({
  source: z.enum(["self", "assessor", "measured"]),
  /** Hidden (null, "Assessor N") from the assessed hub's managers: assessors score without pressure. */
  authorId: z.uuid().nullable(),
  authorName: z.string(),
  values: z.record(z.string(), SubmittedValue.extend({ value: z.number() })),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const RoundHubView = z.object({
  hubId: z.uuid(),
  submissions: z.array(SubmissionView),
  consolidated: z.record(z.string(), z.number()),
  /** Indicators on which the assessors disagree beyond the round's spread, with their spread (share of the scale). */
  flagged: z.array(z.object({ code: z.string(), spread: z.number() })),
  /** Files backing the self-assessment, per indicator (download: `…/evidence/{fileId}`). */
  evidence: z.array(EvidenceFile),
});

/** A dimension's score against the round's median of that dimension (points on 0–100). */
export const DimensionVsMedian = z.object({
  code: z.string(),
  score: z.number(),
  median: z.number(),
  difference: z.number(),
});
/** Hubs of the round sharing a type or a creative field, and the hub's position among them (1 = best). */
export const PeerGroup = z.object({
  kind: z.enum(["type", "field"]),
  id: z.uuid(),
  nameVi: z.string(),
  nameEn: z.string(),
  /** Position of the hub among the group's ranked members (null when unranked) and the group's size. */
  position: z.number().int().nullable(),
  of: z.number().int(),
  /** The other members (before publication a hub manager sees only the hubs visible to them). */
  members: z.array(
    z.object({
      hubId: z.uuid(),
      nameVi: z.string().nullable(),
      nameEn: z.string().nullable(),
      composite: z.number().nullable(),
      rank: z.number().nullable(),
    }),
  ),
});
/** A hub's figures in the previous published round and the differences (rank: positive = moved up). */
export const HubChange = z.object({
  composite: z.number().nullable(),
  rank: z.number().nullable(),
  tier: z.string().nullable(),
  compositeDelta: z.number().nullable(),
  rankDelta: z.number().nullable(),
  tierChanged: z.boolean(),
});
export const HubResult = z.object({
  hubId: z.uuid(),
  nameVi: z.string().nullable(),
  nameEn: z.string().nullable(),
  composite: z.number().nullable(),
  dimensions: z.record(z.string(), z.number().nullable()),
  rank: z.number().nullable(),
  rankInterval: z.tuple([z.number(), z.number()]).nullable(),
  tier: z.string().nullable(),
  /** Share of uncertainty runs in which the hub keeps its tier (0–1). */
  tierStability: z.number().nullable(),
  /** Indicators with the hub's highest and lowest normalised scores (0–100), at most three each. */
  strengths: z.array(z.object({ code: z.string(), score: z.number() })),
  weaknesses: z.array(z.object({ code: z.string(), score: z.number() })),
  /** Consolidated indicator values (the framework's units), the engine's input; missing ones left out. */
  indicators: z.record(z.string(), z.number()).optional(),
  /** Normalised indicator scores (0–100, full precision): what the in-browser what-if re-aggregates. */
  normalised: z.record(z.string(), z.number()).optional(),
  /** Dimensions furthest above and below the round's median (at most two each; none when at the median). */
  dimensionsVsMedian: z
    .object({ strongest: z.array(DimensionVsMedian), weakest: z.array(DimensionVsMedian) })
    .optional(),
  /** Peers in the round: one group for the hub's type and one per creative field it shares with other hubs. */
  peers: z.array(PeerGroup).optional(),
  /** Against the previous published round (see `previousRound`); null when the hub was not in it ("new"). */
  change: HubChange.nullable().optional(),
});
export const ResultsView = z.object({
  roundId: z.uuid(),
  status: z.enum(["open", "closed", "published"]),
  framework: z.object({ id: z.uuid(), frameworkVersion: z.number().int() }),
  runs: z.number().int(),
  method: z.string(),
  /** The framework's dimensions, in its order (the keys of each item's `dimensions`). */
  dimensions: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() })),
  items: z.array(HubResult),
  /** The round and the framework version that made the results, as read now (not part of the stored snapshot). */
  round: z
    .object({
      nameVi: z.string(),
      nameEn: z.string(),
      consolidation: z.enum(["median", "mean"]),
      tiers: z.array(Tier),
      publishedAt: z.string().nullable(),
      frameworkNameVi: z.string(),
      frameworkNameEn: z.string(),
    })
    .optional(),
  /**
   * The previous published round of the network each item's `change` compares with (the same framework family
   * preferred); null when there is none.
   */
  previousRound: z
    .object({
      id: z.uuid(),
      nameVi: z.string(),
      nameEn: z.string(),
      publishedAt: z.string().nullable(),
      frameworkId: z.uuid(),
      frameworkVersion: z.number().int(),
      /** Same framework family as this round. */
      sameFamily: z.boolean(),
      /** Exactly the same framework version: when false, the scores come from different criteria. */
      sameVersion: z.boolean(),
    })
    .nullable()
    .optional(),
});
export type ResultsView = z.infer<typeof ResultsView>;

export const PublishBody = z.object({ version: z.number({ error: "is required" }).int().min(1) });

/** Body of `POST /api/rounds/{id}/close`, `…/reopen` and `…/publish`: the round's version being acted on. */
export const RoundActionBody = PublishBody;

/**
 * Body of `PATCH /api/rounds/{id}`: what may change while the round is open (name, deadlines, spread, tiers), with
 * the version being edited. Fields left out keep their value; a deadline set to null is removed.
 */
export const UpdateRoundBody = z.object({
  version: z.number({ error: "is required: the version you are editing" }).int().min(1),
  nameVi: text(300).min(1).optional(),
  nameEn: text(300).min(1).optional(),
  selfDeadline: z.iso.date().nullable().optional(),
  assessorDeadline: z.iso.date().nullable().optional(),
  spreadThreshold: z.number().gt(0).max(1).optional(),
  tiers: z.array(Tier).min(1).max(10).optional(),
});
export type UpdateRoundInput = z.infer<typeof UpdateRoundBody>;
