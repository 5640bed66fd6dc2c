import type {
  FrameworkElement,
  ResultsView,
  RoundView,
  UpdateRoundInput,
} from "../../../contract/api/assessments.schema.ts";
import type { ErrorDetail } from "../../../contract/api/errors.schema.ts";
import { iso } from "../../../contract/dates.ts";
import { meanOf, medianOf } from "../../../scoring/numeric.primitives.ts";
import type { Db } from "../../db/client.ts";
import {
  type Actor,
  isNetworkAdmin,
  managesHub,
  requireAccess,
  requireAllowed,
  signedInOrThrow,
} from "../../http/actor.ts";
import { ConflictError, NotFoundError, UnsupportedMediaTypeError, ValidationError } from "../../http/errors.ts";
import { accountsService } from "../accounts/accounts.service.ts";
import { auditService } from "../audit/audit.service.ts";
import { hubsService } from "../hubs/hubs.service.ts";
import {
  canDeclareConflict,
  canEditEvidence,
  canReadHubSubmissions,
  canReadRound,
  canRunRounds,
  canScore,
  canSelfAssess,
} from "./assessments.policy.ts";
import { presentEvidence, presentRound } from "./assessments.presenter.ts";
import { assessmentsRepository, type RoundRow, type SubmissionRow } from "./assessments.repository.ts";
import { recordConflict } from "./conflicts.service.ts";
import { EVIDENCE_TYPES_TEXT, sniffEvidence } from "./evidence-files.ts";
import { goalpostsOf } from "./frameworks.service.ts";
import { computeResults } from "./results.service.ts";
import { deadlinePassed, NETWORK_TIME_ZONE } from "./round-deadlines.ts";

type Source = "self" | "assessor" | "measured";
type SubmissionInput = {
  values: Record<string, { value?: unknown; evidence: string | null; links: string[]; comment: string | null }>;
  version?: number;
};

/**
 * Checks submitted values against the framework: each code must be an indicator this source supplies, and each value
 * a number in range, an existing rubric level, or yes/no. Errors name the indicator.
 */
export function checkValues(elements: FrameworkElement[], source: Source, input: SubmissionInput["values"]) {
  const details: ErrorDetail[] = [];
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const out: Record<string, { value: number; evidence: string | null; links: string[]; comment: string | null }> = {};
  for (const [code, v] of Object.entries(input)) {
    const e = byCode.get(code);
    const path = `body.values.${code}`;
    if (e?.kind !== "indicator") {
      details.push({ path, message: `"${code}" is not an indicator of this framework` });
      continue;
    }
    const name = `"${code}" (${e.nameEn})`;
    if (e.supplier !== source) {
      details.push({ path, message: `${name} is supplied by ${e.supplier}, not ${source}` });
      continue;
    }
    let value = v.value;
    if (e.type === "yesno" && typeof value === "boolean") value = value ? 1 : 0;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      details.push({ path: `${path}.value`, message: `${name} needs a number (got ${JSON.stringify(value ?? null)})` });
      continue;
    }
    if (e.type === "yesno" && value !== 0 && value !== 1) {
      details.push({ path: `${path}.value`, message: `${name} is yes/no: 1 or 0 (got ${value})` });
      continue;
    }
    if (e.type === "rubric" && !(e.levels ?? []).some((l) => l.level === value)) {
      const levels = (e.levels ?? []).map((l) => l.level).join(", ");
      details.push({ path: `${path}.value`, message: `${name} has no rubric level ${value} (levels: ${levels})` });
      continue;
    }
    if (e.type === "number" && e.range && (value < e.range[0] || value > e.range[1])) {
      details.push({
        path: `${path}.value`,
        message: `${name} must be between ${e.range[0]} and ${e.range[1]} (got ${value})`,
      });
      continue;
    }
    out[code] = { value, evidence: v.evidence, links: v.links, comment: v.comment };
  }
  if (details.length > 0) throw ValidationError(details, "Some values are not valid: see the indicators named");
  return out;
}

/** Consolidated values of one hub and the assessor indicators whose spread exceeds the round's threshold. */
export function consolidate(
  elements: FrameworkElement[],
  subs: SubmissionRow[],
  round: { consolidation: "median" | "mean"; spreadThreshold: number },
) {
  const consolidated: Record<string, number> = {};
  const flagged: { code: string; spread: number }[] = [];
  for (const e of elements) {
    if (e.kind !== "indicator") continue;
    const vals = subs.filter((s) => s.source === e.supplier && e.code in s.vals).map((s) => s.vals[e.code].value);
    if (vals.length === 0) continue;
    consolidated[e.code] = round.consolidation === "median" ? medianOf(vals) : meanOf(vals);
    if (e.supplier === "assessor" && vals.length >= 2) {
      const [lo, hi] = goalpostsOf(e);
      const spread = (Math.max(...vals) - Math.min(...vals)) / Math.abs(hi - lo);
      if (spread > Number(round.spreadThreshold))
        flagged.push({ code: e.code, spread: Math.round(spread * 1e4) / 1e4 });
    }
  }
  return { consolidated, flagged };
}

/** What a round's state allows, for the refusals' messages. */
const STATUS_TEXT = {
  open: "open",
  closed: "closed: reopen it first",
  published: "published",
} as const;

/**
 * Refuses (409, naming the deadline field) a self-assessment after the self deadline or scores after the assessor
 * deadline, read as whole days in the network's time zone.
 */
function requireBeforeDeadline(
  round: { selfDeadline: string | null; assessorDeadline: string | null },
  source: Source,
  now: Date,
) {
  if (source === "measured") return;
  const field = source === "self" ? "selfDeadline" : "assessorDeadline";
  const deadline = round[field];
  if (!deadlinePassed(deadline, now)) return;
  const who = source === "self" ? "self-assessments" : "assessors' scores";
  throw ConflictError(
    `The deadline for ${who} was ${deadline} (${NETWORK_TIME_ZONE}); nothing was saved. Ask the network's administrators to extend it.`,
    [{ path: field, message: `passed on ${deadline} at 23:59:59 ${NETWORK_TIME_ZONE}` }],
  );
}

/**
 * Assessment rounds: open, self-assess (with evidence files), assign assessors, score, consolidate, close, publish.
 * `now` is the clock deadlines are read against (tests pass their own).
 */
export function roundsService(db: Db, opts: { now?: () => Date } = {}) {
  const repo = assessmentsRepository(db);
  const now = opts.now ?? (() => new Date());

  const network = async (slug: string) => {
    const n = await hubsService(db).networkBySlug(slug);
    if (!n) throw NotFoundError(`No network "${slug}"`);
    return n;
  };

  /** The round if the actor may see it, with its hubs. */
  async function visibleRound(actor: Actor | null, id: string, r = repo) {
    const row = await r.round(id);
    const hubs = row ? await r.roundHubs(id) : [];
    requireAccess(
      row,
      (x) =>
        canReadRound(
          actor,
          x,
          hubs.map((h) => h.id),
        ),
      "round",
    );
    return { row: row as RoundRow, hubs };
  }

  async function view(row: RoundRow, r = repo): Promise<RoundView> {
    const [hubs, assessors, subs, fw] = await Promise.all([
      r.roundHubs(row.id),
      r.assessors(row.id),
      r.submissions(row.id),
      r.framework(row.frameworkId),
    ]);
    return {
      ...presentRound(row),
      hubs: hubs.map((h) => {
        const mine = subs.filter((s) => s.hubId === h.id);
        return {
          id: h.id,
          nameVi: h.nameVi,
          nameEn: h.nameEn,
          assessors: assessors.filter((a) => a.hubId === h.id).map((a) => ({ id: a.userId, name: a.name })),
          selfSubmitted: mine.some((s) => s.source === "self"),
          scoresSubmitted: mine.filter((s) => s.source === "assessor").length,
          flagged: consolidate(fw?.elements ?? [], mine, row).flagged.map((f) => f.code),
        };
      }),
    };
  }

  async function hubView(row: RoundRow, hubId: string, r = repo, actor: Actor | null = null) {
    const fw = await r.framework(row.frameworkId);
    const subs = (await r.submissions(row.id)).filter((s) => s.hubId === hubId);
    const evidence = await r.evidenceFiles(row.id, hubId);
    const { consolidated, flagged } = consolidate(fw?.elements ?? [], subs, row);
    // Who scored is for the network's administrators and the assessors themselves, not for the assessed hub.
    const seesAssessors =
      !!actor &&
      (canRunRounds(actor, row.networkId) || subs.some((s) => s.source === "assessor" && s.authorId === actor.userId));
    let n = 0;
    return {
      hubId,
      submissions: subs.map((s) => ({
        source: s.source,
        authorId: s.source === "assessor" && !seesAssessors ? null : s.authorId,
        authorName: s.source === "assessor" && !seesAssessors ? `Assessor ${++n}` : s.authorName,
        values: s.vals,
        version: s.version,
        updatedAt: iso(s.updatedAt),
      })),
      consolidated,
      flagged,
      evidence: evidence.map(presentEvidence),
    };
  }

  /** The round and hub if the actor may see the hub's submissions (404 otherwise), with the hub's assessors. */
  async function visibleHub(actor: Actor | null, id: string, hubId: string) {
    const { row, hubs } = await visibleRound(actor, id);
    const assessorIds = (await repo.assessors(id)).filter((x) => x.hubId === hubId).map((x) => x.userId);
    const hub = requireAccess(
      hubs.find((h) => h.id === hubId),
      () => canReadHubSubmissions(actor, row, hubId, assessorIds),
      "hub in this round",
    );
    return { row, hub, assessorIds };
  }

  /** A stale version is a 409 naming `body.version`. */
  const staleRound = (version: number, current: number) =>
    ConflictError(`This round was changed meanwhile (now version ${current}, you had ${version}). Reload it.`, [
      { path: "body.version", message: `is ${version}, current is ${current}` },
    ]);

  /** Refuses (409) an action that needs the round in `status`; the round's actual state is named. */
  const requireStatus = (row: { status: RoundRow["status"] }, status: RoundRow["status"], action: string) => {
    if (row.status !== status)
      throw ConflictError(`The round is ${row.status}; it cannot be ${action}`, [
        { path: "status", message: `is ${row.status}, must be ${status}` },
      ]);
  };

  /** Results computed now from the consolidated values (a preview until published). */
  async function compute(row: RoundRow, r = repo): Promise<ResultsView> {
    const fw = await r.framework(row.frameworkId);
    if (!fw) throw NotFoundError("The round's framework is missing");
    const hubs = await r.roundHubs(row.id);
    const subs = await r.submissions(row.id);
    const values = new Map(
      hubs.map((h) => [
        h.id,
        consolidate(
          fw.elements,
          subs.filter((s) => s.hubId === h.id),
          row,
        ).consolidated,
      ]),
    );
    // One resample: per hub, as many assessors' score sets as it has, drawn with replacement, then consolidated.
    const resample = (uniform: () => number) =>
      new Map(
        hubs.map((h) => {
          const own = subs.filter((s) => s.hubId === h.id);
          const scored = own.filter((s) => s.source === "assessor");
          const drawn = scored.map(() => scored[Math.min(scored.length - 1, Math.floor(uniform() * scored.length))]);
          return [
            h.id,
            consolidate(fw.elements, [...own.filter((s) => s.source !== "assessor"), ...drawn], row).consolidated,
          ];
        }),
      );
    // The engine labels results open or published; a closed round's results are relabelled by close().
    const status = row.status === "published" ? "published" : "open";
    return computeResults(fw, hubs, values, { ...row, status }, resample);
  }

  /** Refuses (401/403/404) before an upload is read: evidence is added by the hub's managers while they may. */
  async function authoriseEvidence(actor: Actor | null, id: string, hubId: string) {
    const { row } = await visibleHub(actor, id, hubId);
    requireAllowed(
      actor,
      canEditEvidence(actor, row, hubId),
      row.status !== "open"
        ? `The round is ${STATUS_TEXT[row.status]}; evidence can no longer change`
        : "Only the hub's managers attach evidence to its self-assessment",
    );
    requireBeforeDeadline(row, "self", now());
    return row;
  }

  return {
    async list(actor: Actor | null, slug: string) {
      const n = await network(slug);
      const out = [];
      for (const row of await repo.rounds(n.id)) {
        const hubs = await repo.roundHubs(row.id);
        if (
          canReadRound(
            actor,
            row,
            hubs.map((h) => h.id),
          )
        )
          out.push(presentRound(row));
      }
      return out;
    },

    async get(actor: Actor | null, id: string) {
      return view((await visibleRound(actor, id)).row);
    },

    /** Opens a round on one framework version for hubs of the network; their managers are told. */
    async open(
      actor: Actor | null,
      slug: string,
      body: {
        frameworkId: string;
        nameVi: string;
        nameEn: string;
        hubIds: string[];
        selfDeadline: string | null;
        assessorDeadline: string | null;
        consolidation: "median" | "mean";
        spreadThreshold: number;
        tiers: { name: string; min: number }[];
      },
    ) {
      const n = await network(slug);
      requireAllowed(actor, canRunRounds(actor, n.id), "Only the network's administrators open rounds");
      const a = signedInOrThrow(actor);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const fw = await r.framework(body.frameworkId);
        if (!fw || fw.networkId !== n.id)
          throw ValidationError([{ path: "body.frameworkId", message: "is not a framework of this network" }]);
        const hubIds = [...new Set(body.hubIds)];
        const found = new Set((await r.hubsOfNetwork(n.id, hubIds)).map((h) => h.id));
        const missing = hubIds.filter((h) => !found.has(h));
        if (missing.length > 0)
          throw ValidationError(
            missing.map((h) => ({
              path: `body.hubIds.${body.hubIds.indexOf(h)}`,
              message: `${h} is not a hub of this network`,
            })),
          );
        const names = new Set<string>();
        for (const [i, tier] of body.tiers.entries()) {
          if (names.has(tier.name))
            throw ValidationError([{ path: `body.tiers.${i}.name`, message: `tier "${tier.name}" is named twice` }]);
          names.add(tier.name);
        }
        const id = await r.insertRound({ ...body, networkId: n.id, createdBy: a.userId });
        for (const h of hubIds) await r.addRoundHub(id, h);
        await auditService(tx).record({
          actor: a,
          action: "round.open",
          entityType: "assessment_round",
          entityId: id,
          networkId: n.id,
          before: null,
          after: { ...body, hubIds },
        });
        const accounts = accountsService(tx);
        const hubsSvc = hubsService(tx);
        const managers = (await Promise.all(hubIds.map((h) => hubsSvc.managers(h)))).flat();
        await accounts.notify(managers, "round.opened", {
          roundId: id,
          nameVi: body.nameVi,
          nameEn: body.nameEn,
          selfDeadline: body.selfDeadline,
        });
        return view((await r.round(id)) as RoundRow, r);
      });
    },

    /** Assigns an assessor of the network to a hub of the round; refuses managers of the hub and declared conflicts. */
    async assign(actor: Actor | null, id: string, body: { hubId: string; userId: string }) {
      const { row, hubs } = await visibleRound(actor, id);
      requireAllowed(actor, canRunRounds(actor, row.networkId), "Only the network's administrators assign assessors");
      const a = signedInOrThrow(actor);
      if (row.status !== "open")
        throw ConflictError(`The round is ${STATUS_TEXT[row.status]}; assessors can no longer be assigned`);
      const hub = hubs.find((h) => h.id === body.hubId);
      if (!hub) throw ValidationError([{ path: "body.hubId", message: "is not a hub of this round" }]);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        if (!(await r.isNetworkAssessor(row.networkId, body.userId)))
          throw ValidationError([{ path: "body.userId", message: "is not an assessor of this network" }]);
        const hubName = hub.nameVi ?? hub.nameEn ?? hub.slug;
        if (await r.managesHub(body.userId, body.hubId))
          throw ConflictError(`This assessor manages the hub "${hubName}" and cannot assess it`, [
            { path: "body.userId", message: `manages hub "${hubName}"` },
          ]);
        const conflict = await r.hasConflict(row.networkId, body.hubId, body.userId);
        if (conflict)
          throw ConflictError(`This assessor declared a conflict of interest with the hub "${hubName}"`, [
            {
              path: "body.userId",
              message: `declared a conflict with hub "${hubName}"${conflict.reason ? `: ${conflict.reason}` : ""}`,
            },
          ]);
        await r.addAssessor(id, body.hubId, body.userId);
        await auditService(tx).record({
          actor: a,
          action: "round.assessor.assign",
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: null,
          after: { hubId: body.hubId, userId: body.userId },
        });
        await accountsService(tx).notify([body.userId], "round.assessor.assigned", {
          roundId: id,
          hubId: body.hubId,
          hubNameVi: hub.nameVi,
          hubNameEn: hub.nameEn,
        });
        return view(row, r);
      });
    },

    /** An assessor declares a conflict of interest with a hub; it holds for every round of the network. */
    async declareConflict(actor: Actor | null, id: string, body: { hubId: string; reason: string | null }) {
      const { row, hubs } = await visibleRound(actor, id);
      requireAllowed(actor, canDeclareConflict(actor, row.networkId), "Only the network's assessors declare conflicts");
      const a = signedInOrThrow(actor);
      if (!hubs.some((h) => h.id === body.hubId))
        throw ValidationError([{ path: "body.hubId", message: "is not a hub of this round" }]);
      const assigned = (await repo.assessors(id)).some((x) => x.hubId === body.hubId && x.userId === a.userId);
      if (assigned)
        throw ConflictError("You are already assigned to this hub; ask an administrator to reassign it", [
          { path: "body.hubId", message: "is assigned to you" },
        ]);
      await recordConflict(
        db,
        a,
        { networkId: row.networkId, hubId: body.hubId, userId: a.userId, reason: body.reason },
        { roundId: id },
      );
    },

    async hubDetail(actor: Actor | null, id: string, hubId: string) {
      const { row, hubs } = await visibleRound(actor, id);
      const assessorIds = (await repo.assessors(id)).filter((x) => x.hubId === hubId).map((x) => x.userId);
      requireAccess(
        hubs.find((h) => h.id === hubId),
        () => canReadHubSubmissions(actor, row, hubId, assessorIds),
        "hub in this round",
      );
      return hubView(row, hubId, repo, actor);
    },

    /** Saves a self-assessment, an assessor's scores or measured figures; the framework version is locked from then on. */
    async submit(actor: Actor | null, id: string, hubId: string, source: Source, body: SubmissionInput) {
      const { row, hubs } = await visibleRound(actor, id);
      const assessorIds = (await repo.assessors(id)).filter((x) => x.hubId === hubId).map((x) => x.userId);
      requireAccess(
        hubs.find((h) => h.id === hubId),
        () => canReadHubSubmissions(actor, row, hubId, assessorIds),
        "hub in this round",
      );
      const allowed =
        source === "self"
          ? canSelfAssess(actor, row, hubId)
          : source === "assessor"
            ? canScore(actor, row, assessorIds)
            : row.status === "open" && canRunRounds(actor, row.networkId);
      requireAllowed(
        actor,
        allowed,
        row.status !== "open"
          ? `The round is ${STATUS_TEXT[row.status]}; values can no longer change`
          : source === "self"
            ? "Only the hub's managers submit its self-assessment"
            : source === "assessor"
              ? "Only assessors assigned to this hub score it"
              : "Only the network's administrators enter measured figures",
      );
      const a = signedInOrThrow(actor);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const locked = await r.lockRoundRow(id);
        if (locked?.status !== "open")
          throw ConflictError("The round was closed meanwhile; values can no longer change");
        requireBeforeDeadline(locked, source, now());
        const fw = await r.framework(row.frameworkId);
        const vals = checkValues(fw?.elements ?? [], source, body.values);
        const before = (await r.submissions(id)).find(
          (s) => s.hubId === hubId && s.source === source && (source !== "assessor" || s.authorId === a.userId),
        );
        if (!(await r.saveSubmission({ roundId: id, hubId, source, authorId: a.userId, vals, version: body.version })))
          throw ConflictError(`This ${source} submission was changed meanwhile. Reload it.`, [
            { path: "body.version", message: `is ${body.version}, current is ${before?.version}` },
          ]);
        await r.lockFramework(row.frameworkId);
        await auditService(tx).record({
          actor: a,
          action: `round.submission.${source}`,
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: before ? { hubId, values: before.vals } : null,
          after: { hubId, values: vals },
        });
        return hubView(row, hubId, r, actor);
      });
    },

    /** Changes an open round's name, deadlines (e.g. extends them), spread threshold or tiers. */
    async update(actor: Actor | null, id: string, body: UpdateRoundInput) {
      const { row } = await visibleRound(actor, id);
      requireAllowed(actor, canRunRounds(actor, row.networkId), "Only the network's administrators change rounds");
      const a = signedInOrThrow(actor);
      requireStatus(row, "open", "changed");
      const tiers = body.tiers ?? row.tiers;
      const names = new Set<string>();
      for (const [i, tier] of tiers.entries()) {
        if (names.has(tier.name))
          throw ValidationError([{ path: `body.tiers.${i}.name`, message: `tier "${tier.name}" is named twice` }]);
        names.add(tier.name);
      }
      const next = {
        nameVi: body.nameVi ?? row.nameVi,
        nameEn: body.nameEn ?? row.nameEn,
        selfDeadline: body.selfDeadline !== undefined ? body.selfDeadline : row.selfDeadline,
        assessorDeadline: body.assessorDeadline !== undefined ? body.assessorDeadline : row.assessorDeadline,
        spreadThreshold: body.spreadThreshold ?? Number(row.spreadThreshold),
        tiers,
      };
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const locked = await r.lockRoundRow(id);
        if (locked && locked.status !== "open") requireStatus(locked, "open", "changed");
        if (!(await r.updateRound(id, body.version, next))) throw staleRound(body.version, locked?.version ?? 0);
        await auditService(tx).record({
          actor: a,
          action: "round.update",
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: {
            nameVi: row.nameVi,
            nameEn: row.nameEn,
            selfDeadline: row.selfDeadline,
            assessorDeadline: row.assessorDeadline,
            spreadThreshold: Number(row.spreadThreshold),
            tiers: row.tiers,
          },
          after: next,
        });
        return view((await r.round(id)) as RoundRow, r);
      });
    },

    /**
     * Closes an open round: submissions stop and its results are computed and kept for review by the administrators
     * and the hubs' managers (not yet public). Refused while a hub has fewer than two assessors who scored.
     */
    async close(actor: Actor | null, id: string, version: number) {
      const { row, hubs } = await visibleRound(actor, id);
      requireAllowed(actor, canRunRounds(actor, row.networkId), "Only the network's administrators close rounds");
      const a = signedInOrThrow(actor);
      requireStatus(row, "open", "closed");
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const locked = await r.lockRoundRow(id);
        if (locked && locked.status !== "open") requireStatus(locked, "open", "closed");
        if (locked && locked.version !== version) throw staleRound(version, locked.version);
        const subs = await r.submissions(id);
        const short = hubs
          .map((h) => ({ h, n: subs.filter((s) => s.hubId === h.id && s.source === "assessor").length }))
          .filter((x) => x.n < 2);
        if (short.length > 0)
          throw ConflictError(
            `The round cannot be closed: ${short
              .map(
                (x) =>
                  `hub "${x.h.nameVi ?? x.h.nameEn ?? x.h.slug}" has ${x.n} assessor${x.n === 1 ? "" : "s"} who scored`,
              )
              .join("; ")}. Each hub needs at least two.`,
            short.map((x) => ({
              path: `hubs.${x.h.id}`,
              message: `has ${x.n} assessor scores; at least 2 are needed`,
            })),
          );
        const results: ResultsView = { ...(await compute(row, r)), status: "closed" };
        if (!(await r.close(id, version, results))) throw staleRound(version, locked?.version ?? 0);
        await auditService(tx).record({
          actor: a,
          action: "round.close",
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: { status: row.status },
          after: { status: "closed", frameworkId: row.frameworkId, frameworkVersion: row.frameworkVersion },
        });
        return view((await r.round(id)) as RoundRow, r);
      });
    },

    /** Opens a closed round again for changes; the results computed at closing are dropped. */
    async reopen(actor: Actor | null, id: string, version: number) {
      const { row } = await visibleRound(actor, id);
      requireAllowed(actor, canRunRounds(actor, row.networkId), "Only the network's administrators reopen rounds");
      const a = signedInOrThrow(actor);
      if (row.status !== "closed")
        throw ConflictError(`The round is ${row.status}; only a closed round can be reopened`, [
          { path: "status", message: `is ${row.status}, must be closed` },
        ]);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const locked = await r.lockRoundRow(id);
        if (!(await r.reopen(id, version))) {
          if (locked && locked.status !== "closed")
            throw ConflictError(`The round is ${locked.status}; only a closed round can be reopened`);
          throw staleRound(version, locked?.version ?? 0);
        }
        await auditService(tx).record({
          actor: a,
          action: "round.reopen",
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: { status: row.status },
          after: { status: "open" },
        });
        return view((await r.round(id)) as RoundRow, r);
      });
    },

    /** Publishes a closed round's results: from now on they are public. */
    async publish(actor: Actor | null, id: string, version: number) {
      const { row, hubs } = await visibleRound(actor, id);
      requireAllowed(actor, canRunRounds(actor, row.networkId), "Only the network's administrators publish results");
      const a = signedInOrThrow(actor);
      if (row.status === "published") throw ConflictError("The round is already published");
      if (row.status === "open")
        throw ConflictError("Close the round first: its results are reviewed before they are published", [
          { path: "status", message: "is open, must be closed" },
        ]);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const locked = await r.lockRoundRow(id);
        if (locked && locked.status !== "closed")
          throw ConflictError(`The round is ${locked.status}; only a closed round can be published`);
        const current = (await r.round(id)) as RoundRow;
        const results: ResultsView = { ...(current.results as ResultsView), status: "published" };
        if (!(await r.publish(id, version, results))) throw staleRound(version, locked?.version ?? 0);
        await auditService(tx).record({
          actor: a,
          action: "round.publish",
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: { status: row.status },
          after: { status: "published", frameworkId: row.frameworkId, frameworkVersion: row.frameworkVersion },
        });
        const hubsSvc = hubsService(tx);
        const managers = (await Promise.all(hubs.map((h) => hubsSvc.managers(h.id)))).flat();
        await accountsService(tx).notify(managers, "round.published", {
          roundId: id,
          nameVi: row.nameVi,
          nameEn: row.nameEn,
        });
        return results;
      });
    },

    authoriseEvidence,

    /** Attaches a file to one self-supplied indicator of the hub's self-assessment, after checking its content. */
    async addEvidence(
      actor: Actor | null,
      id: string,
      hubId: string,
      file: { filename: string; data: Buffer; indicator: string | undefined },
    ) {
      const row = await authoriseEvidence(actor, id, hubId);
      const a = signedInOrThrow(actor);
      const fw = await repo.framework(row.frameworkId);
      const e = fw?.elements.find((x) => x.code === file.indicator);
      if (!file.indicator)
        throw ValidationError([{ path: "indicator", message: "is required: the indicator this file supports" }]);
      if (e?.kind !== "indicator")
        throw ValidationError([
          { path: "indicator", message: `"${file.indicator}" is not an indicator of this framework` },
        ]);
      if (e.supplier !== "self")
        throw ValidationError([
          { path: "indicator", message: `"${e.code}" (${e.nameEn}) is supplied by ${e.supplier}, not the hub itself` },
        ]);
      const contentType = sniffEvidence(file.data, file.filename);
      if (!contentType) throw UnsupportedMediaTypeError(`Evidence must be ${EVIDENCE_TYPES_TEXT}`, "file");
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const locked = await r.lockRoundRow(id);
        if (locked?.status !== "open")
          throw ConflictError("The round was closed meanwhile; evidence can no longer change");
        requireBeforeDeadline(locked, "self", now());
        const fileId = await r.insertEvidence({
          roundId: id,
          hubId,
          indicator: e.code,
          filename: file.filename || "evidence",
          contentType,
          content: file.data,
          uploadedBy: a.userId,
        });
        await auditService(tx).record({
          actor: a,
          action: "round.evidence.add",
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: null,
          after: { hubId, fileId, indicator: e.code, filename: file.filename, contentType, size: file.data.length },
        });
        return hubView(row, hubId, r, actor);
      });
    },

    /** An evidence file's bytes: for the hub's managers, its assigned assessors and the network's administrators. */
    async evidenceFile(actor: Actor | null, id: string, hubId: string, fileId: string) {
      await visibleHub(actor, id, hubId);
      return requireAccess(await repo.evidenceFile(id, hubId, fileId), () => true, "evidence file");
    },

    /** Removes an evidence file (the hub's managers, while the round is open and before the self deadline). */
    async deleteEvidence(actor: Actor | null, id: string, hubId: string, fileId: string) {
      const row = await authoriseEvidence(actor, id, hubId);
      const a = signedInOrThrow(actor);
      const file = requireAccess(await repo.evidenceFile(id, hubId, fileId), () => true, "evidence file");
      await db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const locked = await r.lockRoundRow(id);
        if (locked?.status !== "open")
          throw ConflictError("The round was closed meanwhile; evidence can no longer change");
        if (!(await r.deleteEvidence(id, hubId, fileId)))
          throw NotFoundError("No such evidence file, or not visible to you");
        await auditService(tx).record({
          actor: a,
          action: "round.evidence.delete",
          entityType: "assessment_round",
          entityId: id,
          networkId: row.networkId,
          before: { hubId, fileId, indicator: file.indicator, filename: file.filename, size: file.size },
          after: null,
        });
      });
    },

    /**
     * Published results for everyone; before publication (a preview while open, the closing's results once closed) the
     * administrators see every hub and hub managers the rows of their own hubs.
     */
    async results(actor: Actor | null, id: string): Promise<ResultsView> {
      const { row } = await visibleRound(actor, id);
      if (row.status === "published" && row.results) return row.results as ResultsView;
      // Closed: the results computed at closing, for review; open: a preview computed now.
      const preview = row.status === "closed" && row.results ? (row.results as ResultsView) : await compute(row);
      if (isNetworkAdmin(actor, row.networkId)) return preview;
      const own = preview.items.filter((i) => managesHub(actor, i.hubId));
      if (own.length === 0) throw NotFoundError("No results of this round are visible to you yet");
      return { ...preview, items: own };
    },
  };
}
