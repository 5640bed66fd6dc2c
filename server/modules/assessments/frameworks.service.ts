import type {
  CreateFrameworkInput,
  FrameworkElement,
  FrameworkView,
} from "../../../contract/api/assessments.schema.ts";
import type { ErrorDetail } from "../../../contract/api/errors.schema.ts";
import type { MetaRow } from "../../../scoring/index-input.model.ts";
import { buildIndexMeta } from "../../../scoring/index-input.parse.ts";
import { effectiveWeights } from "../../../scoring/weights.step.ts";
import type { Db } from "../../db/client.ts";
import { type Actor, requireAccess, requireAllowed, signedInOrThrow } from "../../http/actor.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../http/errors.ts";
import { auditService } from "../audit/audit.service.ts";
import { hubsService } from "../hubs/hubs.service.ts";
import { canEditFrameworks } from "./assessments.policy.ts";
import { presentFramework } from "./assessments.presenter.ts";
import { assessmentsRepository, type FrameworkRow } from "./assessments.repository.ts";

/** The code of the implicit top of every framework's index (user codes start with a letter, so never collide). */
export const INDEX_CODE = "_Index";

/** A validated framework tree: depth of each element and the depth of its indicators. */
export type FrameworkTree = { elements: FrameworkElement[]; depth: Map<string, number>; leafDepth: number };

/**
 * Checks a framework's tree as a whole and names every element at fault: duplicate codes, unknown parents, cycles,
 * weights ≤ 0, dimensions without children, indicators at different depths, incomplete indicator types.
 */
export function validateFramework(elements: FrameworkElement[], base = "body.elements"): FrameworkTree {
  const details: ErrorDetail[] = [];
  const bad = (i: number, field: string, message: string) =>
    details.push({ path: `${base}.${i}.${field}`, message: `"${elements[i].code}": ${message}` });
  const byCode = new Map<string, number>();
  elements.forEach((e, i) => {
    if (byCode.has(e.code)) bad(i, "code", `duplicate code (first at element ${byCode.get(e.code)})`);
    else byCode.set(e.code, i);
  });
  elements.forEach((e, i) => {
    if (!(Number.isFinite(e.weight) && e.weight > 0))
      bad(i, "weight", `weight must be greater than 0 (got ${e.weight})`);
    if (e.parent !== null) {
      const p = byCode.get(e.parent);
      if (p === undefined) bad(i, "parent", `parent "${e.parent}" is not an element of this framework`);
      else if (elements[p].kind !== "dimension")
        bad(i, "parent", `parent "${e.parent}" is an indicator, not a dimension`);
    }
    if (e.kind === "dimension" && !elements.some((c) => c.parent === e.code))
      bad(i, "code", "a dimension needs at least one child");
    if (e.kind === "indicator") {
      if (e.type === null) bad(i, "type", "an indicator needs a type: number, rubric or yesno");
      if (e.supplier === null) bad(i, "supplier", "an indicator needs a supplier: self, assessor or measured");
      if (e.type === "number") {
        if ((e.goalposts === null) === (e.target === null))
          bad(i, "goalposts", "a number indicator needs either goalposts or a target (not both)");
        if (e.goalposts && !(e.goalposts[0] < e.goalposts[1]))
          bad(i, "goalposts", `goalposts must be [lower, upper] with lower < upper (got [${e.goalposts.join(", ")}])`);
        if (e.range && !(e.range[0] < e.range[1]))
          bad(i, "range", `range must be [min, max] with min < max (got [${e.range.join(", ")}])`);
        if (e.target !== null && e.direction === -1 && e.range === null)
          bad(i, "range", "a target with direction −1 needs a range whose maximum scores 0");
      }
      if (e.type === "rubric") {
        const levels = (e.levels ?? []).map((l) => l.level);
        if (levels.length < 2) bad(i, "levels", "a rubric needs at least two levels");
        const dup = levels.find((l, k) => levels.indexOf(l) !== k);
        if (dup !== undefined) bad(i, "levels", `rubric level ${dup} is described twice`);
      }
    }
  });
  if (!elements.some((e) => e.kind === "indicator"))
    details.push({ path: base, message: "a framework needs at least one indicator" });
  // Cycles and depths: walk up from each element.
  const depth = new Map<string, number>();
  elements.forEach((e, i) => {
    const seen = [e.code];
    let cur = e;
    while (cur.parent !== null) {
      const p = byCode.get(cur.parent);
      if (p === undefined) return;
      if (seen.includes(cur.parent)) {
        bad(i, "parent", `is in a cycle: ${[...seen, cur.parent].join(" → ")}`);
        return;
      }
      seen.push(cur.parent);
      cur = elements[p];
    }
    depth.set(e.code, seen.length);
  });
  let leafDepth = 0;
  if (details.length === 0) {
    const leaves = elements.filter((e) => e.kind === "indicator");
    leafDepth = Math.max(...leaves.map((e) => depth.get(e.code) as number));
    elements.forEach((e, i) => {
      if (e.kind === "indicator" && depth.get(e.code) !== leafDepth)
        bad(
          i,
          "parent",
          `every indicator must sit at the same depth (${leafDepth}); this one is at ${depth.get(e.code)}`,
        );
    });
  }
  if (details.length > 0) throw ValidationError(details, "The framework is not valid: see the elements named");
  return { elements, depth, leafDepth };
}

/** The engine's level of an element: indicators 1, their dimensions 2, …; the index on top. */
export const levelOf = (tree: FrameworkTree, code: string) =>
  code === INDEX_CODE ? tree.leafDepth + 1 : tree.leafDepth - (tree.depth.get(code) as number) + 1;

/** The framework as iMeta rows (the engine's hierarchy), with `_Index` on top. */
export function metaRows(tree: FrameworkTree): MetaRow[] {
  const params = {
    minmaxLower: Number.NaN,
    minmaxUpper: Number.NaN,
    zscoreMean: Number.NaN,
    zscoreSd: Number.NaN,
    scaledLower: Number.NaN,
    scaledUpper: Number.NaN,
    scaleFactor: Number.NaN,
    goalpostLower: Number.NaN,
    goalpostUpper: Number.NaN,
    goalpostScale: Number.NaN,
    goalpostTrunc2posts: null,
    dist2targCapMax: null,
  };
  const rows: MetaRow[] = tree.elements.map((e, i) => ({
    row: i + 2,
    iCode: e.code,
    iName: e.nameEn,
    level: levelOf(tree, e.code),
    parent: e.parent ?? INDEX_CODE,
    direction: e.kind === "indicator" ? e.direction : 1,
    type: e.kind === "indicator" ? "Indicator" : "Aggregate",
    weight: e.weight,
    target: Number.NaN,
    denominator: "",
    params,
  }));
  rows.push({
    row: rows.length + 2,
    iCode: INDEX_CODE,
    iName: "Index",
    level: tree.leafDepth + 1,
    parent: "",
    direction: 1,
    type: "Aggregate",
    weight: 1,
    target: Number.NaN,
    denominator: "",
    params,
  });
  return rows;
}

/** Goalposts of an indicator for the engine's normalisation: the values that score 0 and 100 (before direction). */
export function goalpostsOf(e: FrameworkElement): [number, number] {
  if (e.type === "yesno") return [0, 1];
  if (e.type === "rubric") {
    const l = (e.levels ?? []).map((x) => x.level);
    return [Math.min(...l), Math.max(...l)];
  }
  if (e.goalposts) return e.goalposts;
  const t = e.target as number;
  return e.direction === 1 ? [e.range?.[0] ?? 0, t] : [t, (e.range as [number, number])[1]];
}

/** Effective weights (scoring/weights.step.ts): each element's share of the whole index. */
export function effectiveWeightsOf(elements: FrameworkElement[]) {
  const tree = validateFramework(elements);
  const meta = buildIndexMeta(metaRows(tree), new Set());
  const nominal = Float64Array.from(meta.codeRows, (m) => m.weight);
  const eff = effectiveWeights(meta, nominal);
  return tree.elements.map((e) => ({
    code: e.code,
    kind: e.kind,
    weight: e.weight,
    effective: eff[meta.codeIndex.get(e.code) as number],
  }));
}

/** Criteria frameworks: versioned trees of dimensions and indicators, locked once a round has scores. */
export function frameworksService(db: Db) {
  const repo = assessmentsRepository(db);

  const network = async (slug: string) => {
    const n = await hubsService(db).networkBySlug(slug);
    if (!n) throw NotFoundError(`No network "${slug}"`);
    return n;
  };

  async function insert(
    actor: Actor,
    tx: Db,
    networkId: string,
    body: CreateFrameworkInput,
    opts: { familyId: string | null; frameworkVersion: number; isExample: boolean; copiedFrom?: string },
  ): Promise<FrameworkView> {
    const r = assessmentsRepository(tx);
    const id = await r.insertFramework({ networkId, ...body, ...opts });
    if (!id) throw ConflictError("Another version of this framework was created meanwhile. Reload it.");
    await auditService(tx).record({
      actor,
      action: opts.copiedFrom ? "framework.new_version" : "framework.create",
      entityType: "assessment_framework",
      entityId: id,
      networkId,
      before: null,
      after: { ...body, frameworkVersion: opts.frameworkVersion, copiedFrom: opts.copiedFrom ?? null },
    });
    return presentFramework((await r.framework(id)) as FrameworkRow);
  }

  return {
    async list(slug: string) {
      const n = await network(slug);
      return (await repo.frameworks(n.id)).map((f) => {
        const { elements: _e, ...rest } = presentFramework(f);
        return rest;
      });
    },

    async get(id: string) {
      return presentFramework(requireAccess(await repo.framework(id), () => true, "framework"));
    },

    /** A new framework (version 1). Validated as a whole: nothing is saved when any element is wrong. */
    async create(actor: Actor | null, slug: string, body: CreateFrameworkInput, isExample = false) {
      const n = await network(slug);
      requireAllowed(actor, canEditFrameworks(actor, n.id), "Only the network's administrators edit frameworks");
      validateFramework(body.elements);
      return db.transaction(async (t) =>
        insert(signedInOrThrow(actor), t as unknown as Db, n.id, body, {
          familyId: null,
          frameworkVersion: 1,
          isExample,
        }),
      );
    },

    /** Seeds a framework without an actor (first start). */
    async seed(slug: string, body: CreateFrameworkInput) {
      const n = await network(slug);
      validateFramework(body.elements);
      return repo.insertFramework({ networkId: n.id, ...body, familyId: null, frameworkVersion: 1, isExample: true });
    },

    /** Replaces the content of an unlocked version; a stale `version` is a 409, a locked one too. */
    async update(actor: Actor | null, id: string, body: CreateFrameworkInput & { version: number }) {
      const row = requireAccess(await repo.framework(id), () => true, "framework");
      requireAllowed(
        actor,
        canEditFrameworks(actor, row.networkId),
        "Only the network's administrators edit frameworks",
      );
      validateFramework(body.elements);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = assessmentsRepository(tx);
        const cur = (await r.framework(id)) as FrameworkRow;
        if (cur.lockedAt)
          throw ConflictError(
            `Version ${cur.frameworkVersion} of this framework is locked: a round using it has scores. Create a new version.`,
            [{ path: "locked", message: "is true" }],
          );
        const { version, ...content } = body;
        if (!(await r.updateFramework(id, version, content)))
          throw ConflictError(
            `This framework was changed meanwhile (now version ${cur.version}, you had ${version}). Reload it.`,
            [{ path: "body.version", message: `is ${version}, current is ${cur.version}` }],
          );
        await auditService(tx).record({
          actor: signedInOrThrow(actor),
          action: "framework.update",
          entityType: "assessment_framework",
          entityId: id,
          networkId: cur.networkId,
          before: { nameVi: cur.nameVi, nameEn: cur.nameEn, elements: cur.elements },
          after: content,
        });
        return presentFramework((await r.framework(id)) as FrameworkRow);
      });
    },

    /** A new version: a copy of this one, numbered after the family's latest, unlocked. */
    async newVersion(actor: Actor | null, id: string) {
      const row = requireAccess(await repo.framework(id), () => true, "framework");
      requireAllowed(
        actor,
        canEditFrameworks(actor, row.networkId),
        "Only the network's administrators edit frameworks",
      );
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const next = (await assessmentsRepository(tx).latestVersion(row.familyId)) + 1;
        return insert(
          signedInOrThrow(actor),
          tx,
          row.networkId,
          {
            nameVi: row.nameVi,
            nameEn: row.nameEn,
            descriptionVi: row.descriptionVi,
            descriptionEn: row.descriptionEn,
            elements: row.elements,
          },
          { familyId: row.familyId, frameworkVersion: next, isExample: row.isExample, copiedFrom: row.id },
        );
      });
    },
  };
}
