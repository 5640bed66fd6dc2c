import { sql } from "drizzle-orm";
import type { FrameworkElement } from "../../../contract/api/assessments.schema.ts";
import { type Db, rows } from "../../db/client.ts";

/** A framework version as stored. */
export type FrameworkRow = {
  id: string;
  networkId: string;
  familyId: string;
  frameworkVersion: number;
  nameVi: string;
  nameEn: string;
  descriptionVi: string | null;
  descriptionEn: string | null;
  isExample: boolean;
  elements: FrameworkElement[];
  lockedAt: Date | null;
  version: number;
  updatedAt: Date;
};

/** A round with its framework's version. */
export type RoundRow = {
  id: string;
  networkId: string;
  frameworkId: string;
  frameworkNameVi: string;
  frameworkNameEn: string;
  frameworkVersion: number;
  nameVi: string;
  nameEn: string;
  status: "open" | "closed" | "published";
  selfDeadline: string | null;
  assessorDeadline: string | null;
  consolidation: "median" | "mean";
  spreadThreshold: number;
  tiers: { name: string; min: number }[];
  results: unknown;
  closedAt: Date | null;
  publishedAt: Date | null;
  version: number;
};

/** An evidence file as listed (without its bytes). */
export type EvidenceRow = {
  id: string;
  indicator: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: string | null;
  createdAt: Date;
};

/** One submission: a self-assessment, one assessor's scores, or measured figures. */
export type SubmissionRow = {
  hubId: string;
  source: "self" | "assessor" | "measured";
  authorId: string;
  authorName: string;
  vals: Record<string, { value: number; evidence: string | null; links: string[]; comment: string | null }>;
  version: number;
  updatedAt: Date;
};

const selectFramework = sql`f.id, f.network_id AS "networkId", f.family_id AS "familyId",
  f.framework_version AS "frameworkVersion", f.name_vi AS "nameVi", f.name_en AS "nameEn",
  f.description_vi AS "descriptionVi", f.description_en AS "descriptionEn", f.is_example AS "isExample", f.elements,
  f.locked_at AS "lockedAt", f.version, f.updated_at AS "updatedAt"`;

const selectRound = sql`r.id, r.network_id AS "networkId", r.framework_id AS "frameworkId",
  f.name_vi AS "frameworkNameVi", f.name_en AS "frameworkNameEn", f.framework_version AS "frameworkVersion",
  r.name_vi AS "nameVi", r.name_en AS "nameEn", r.status, r.self_deadline::text AS "selfDeadline",
  r.assessor_deadline::text AS "assessorDeadline", r.consolidation, r.spread_threshold AS "spreadThreshold", r.tiers,
  r.results, r.closed_at AS "closedAt", r.published_at AS "publishedAt", r.version`;

/** Every statement about frameworks, rounds, assignments, conflicts and submissions. */
export const assessmentsRepository = (db: Db) => ({
  async framework(id: string): Promise<FrameworkRow | undefined> {
    const [r] = await rows<FrameworkRow>(
      db,
      sql`SELECT ${selectFramework} FROM assessment_frameworks f WHERE f.id = ${id}`,
    );
    return r;
  },

  frameworks: (networkId: string) =>
    rows<FrameworkRow>(
      db,
      sql`SELECT ${selectFramework} FROM assessment_frameworks f WHERE f.network_id = ${networkId}
          ORDER BY f.created_at, f.framework_version`,
    ),

  async insertFramework(v: {
    networkId: string;
    familyId: string | null;
    frameworkVersion: number;
    nameVi: string;
    nameEn: string;
    descriptionVi: string | null;
    descriptionEn: string | null;
    isExample: boolean;
    elements: FrameworkElement[];
  }): Promise<string | undefined> {
    const [r] = await rows<{ id: string }>(
      db,
      sql`WITH g AS (SELECT gen_random_uuid() AS id)
          INSERT INTO assessment_frameworks (id, network_id, family_id, framework_version, name_vi, name_en,
            description_vi, description_en, is_example, elements)
          SELECT g.id, ${v.networkId}, coalesce(${v.familyId}::uuid, g.id), ${v.frameworkVersion}, ${v.nameVi}, ${v.nameEn},
            ${v.descriptionVi}, ${v.descriptionEn}, ${v.isExample}, ${JSON.stringify(v.elements)}::jsonb FROM g
          ON CONFLICT DO NOTHING RETURNING id`,
    );
    return r?.id;
  },

  async latestVersion(familyId: string): Promise<number> {
    const [r] = await rows<{ v: number }>(
      db,
      sql`SELECT max(framework_version)::int AS v FROM assessment_frameworks WHERE family_id = ${familyId}`,
    );
    return r?.v ?? 0;
  },

  /** Replaces an unlocked framework's content when `version` is current; false otherwise. */
  async updateFramework(
    id: string,
    version: number,
    v: {
      nameVi: string;
      nameEn: string;
      descriptionVi: string | null;
      descriptionEn: string | null;
      elements: FrameworkElement[];
    },
  ): Promise<boolean> {
    const r = await rows<{ id: string }>(
      db,
      sql`UPDATE assessment_frameworks SET name_vi = ${v.nameVi}, name_en = ${v.nameEn},
            description_vi = ${v.descriptionVi}, description_en = ${v.descriptionEn},
            elements = ${JSON.stringify(v.elements)}::jsonb, version = version + 1, updated_at = now()
          WHERE id = ${id} AND version = ${version} AND locked_at IS NULL RETURNING id`,
    );
    return r.length === 1;
  },

  lockFramework: (id: string) =>
    db.execute(sql`UPDATE assessment_frameworks SET locked_at = now() WHERE id = ${id} AND locked_at IS NULL`),

  async round(id: string): Promise<RoundRow | undefined> {
    const [r] = await rows<RoundRow>(
      db,
      sql`SELECT ${selectRound} FROM assessment_rounds r JOIN assessment_frameworks f ON f.id = r.framework_id
          WHERE r.id = ${id}`,
    );
    return r;
  },

  /** Locks a round's row for the transaction (submissions and publication serialise on it); returns its status. */
  async lockRound(id: string): Promise<string | undefined> {
    const [r] = await rows<{ status: string }>(
      db,
      sql`SELECT status FROM assessment_rounds WHERE id = ${id} FOR UPDATE`,
    );
    return r?.status;
  },

  rounds: (networkId: string) =>
    rows<RoundRow>(
      db,
      sql`SELECT ${selectRound} FROM assessment_rounds r JOIN assessment_frameworks f ON f.id = r.framework_id
          WHERE r.network_id = ${networkId} ORDER BY r.created_at DESC`,
    ),

  async insertRound(v: {
    networkId: string;
    frameworkId: string;
    nameVi: string;
    nameEn: string;
    selfDeadline: string | null;
    assessorDeadline: string | null;
    consolidation: string;
    spreadThreshold: number;
    tiers: { name: string; min: number }[];
    createdBy: string;
  }): Promise<string> {
    const [r] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO assessment_rounds (network_id, framework_id, name_vi, name_en, self_deadline, assessor_deadline,
            consolidation, spread_threshold, tiers, created_by)
          VALUES (${v.networkId}, ${v.frameworkId}, ${v.nameVi}, ${v.nameEn}, ${v.selfDeadline}, ${v.assessorDeadline},
            ${v.consolidation}, ${v.spreadThreshold}, ${JSON.stringify(v.tiers)}::jsonb, ${v.createdBy}) RETURNING id`,
    );
    return r.id;
  },

  addRoundHub: (roundId: string, hubId: string) =>
    db.execute(sql`INSERT INTO round_hubs (round_id, hub_id) VALUES (${roundId}, ${hubId}) ON CONFLICT DO NOTHING`),

  /** The hubs of a network among `ids`, with their names. */
  hubsOfNetwork: (networkId: string, ids: string[]) =>
    rows<{ id: string }>(
      db,
      sql`SELECT id FROM hubs WHERE network_id = ${networkId}
          AND id IN (${sql.join(ids.length ? ids.map((i) => sql`${i}`) : [sql`NULL`], sql`, `)})`,
    ),

  /** A round's hubs with their type and creative fields (for peer groups). */
  roundHubs: (roundId: string) =>
    rows<{
      id: string;
      slug: string;
      nameVi: string | null;
      nameEn: string | null;
      typeId: string | null;
      typeNameVi: string | null;
      typeNameEn: string | null;
      fields: { id: string; nameVi: string; nameEn: string }[];
    }>(
      db,
      sql`SELECT h.id, h.slug, h.name_vi AS "nameVi", h.name_en AS "nameEn", h.type_id AS "typeId",
            ht.name_vi AS "typeNameVi", ht.name_en AS "typeNameEn",
            coalesce((SELECT json_agg(json_build_object('id', cf.id, 'nameVi', cf.name_vi, 'nameEn', cf.name_en)
                        ORDER BY cf.sort_order, cf.slug)
                      FROM hub_fields hf JOIN creative_fields cf ON cf.id = hf.field_id WHERE hf.hub_id = h.id),
              '[]'::json) AS fields
          FROM round_hubs rh JOIN hubs h ON h.id = rh.hub_id LEFT JOIN hub_types ht ON ht.id = h.type_id
          WHERE rh.round_id = ${roundId} ORDER BY h.slug`,
    ),

  /**
   * The network's latest published round before `roundId` (published before it, or any when it is not published),
   * of the framework family `familyId` if there is one, else of any family.
   */
  async previousPublishedRound(
    networkId: string,
    roundId: string,
    familyId: string,
  ): Promise<(RoundRow & { familyId: string }) | undefined> {
    const [r] = await rows<RoundRow & { familyId: string }>(
      db,
      sql`SELECT ${selectRound}, f.family_id AS "familyId"
          FROM assessment_rounds r JOIN assessment_frameworks f ON f.id = r.framework_id
          WHERE r.network_id = ${networkId} AND r.status = 'published' AND r.id <> ${roundId}
            AND r.results IS NOT NULL
            AND r.published_at < coalesce(
              (SELECT c.published_at FROM assessment_rounds c WHERE c.id = ${roundId} AND c.status = 'published'),
              'infinity'::timestamptz)
          ORDER BY (f.family_id = ${familyId}) DESC, r.published_at DESC, r.id LIMIT 1`,
    );
    return r;
  },

  assessors: (roundId: string) =>
    rows<{ hubId: string; userId: string; name: string }>(
      db,
      sql`SELECT ra.hub_id AS "hubId", ra.user_id AS "userId", u.name FROM round_assessors ra
          JOIN users u ON u.id = ra.user_id WHERE ra.round_id = ${roundId} ORDER BY ra.created_at, u.name`,
    ),

  addAssessor: (roundId: string, hubId: string, userId: string) =>
    db.execute(
      sql`INSERT INTO round_assessors (round_id, hub_id, user_id) VALUES (${roundId}, ${hubId}, ${userId})
          ON CONFLICT DO NOTHING`,
    ),

  async hasConflict(networkId: string, hubId: string, userId: string): Promise<{ reason: string | null } | undefined> {
    const [r] = await rows<{ reason: string | null }>(
      db,
      sql`SELECT reason FROM assessor_conflicts WHERE network_id = ${networkId} AND hub_id = ${hubId} AND user_id = ${userId}`,
    );
    return r;
  },

  declareConflict: (networkId: string, hubId: string, userId: string, reason: string | null) =>
    db.execute(
      sql`INSERT INTO assessor_conflicts (network_id, hub_id, user_id, reason) VALUES (${networkId}, ${hubId}, ${userId}, ${reason})
          ON CONFLICT (network_id, hub_id, user_id) DO UPDATE SET reason = EXCLUDED.reason`,
    ),

  /** Conflicts declared with any of `hubIds` in the network; only `userId`'s when given. */
  conflicts: (networkId: string, hubIds: string[], userId: string | null) =>
    rows<{ hubId: string; userId: string; name: string; reason: string | null; createdAt: Date }>(
      db,
      sql`SELECT c.hub_id AS "hubId", c.user_id AS "userId", u.name, c.reason, c.created_at AS "createdAt"
          FROM assessor_conflicts c JOIN users u ON u.id = c.user_id
          WHERE c.network_id = ${networkId}
            AND c.hub_id IN (${sql.join(hubIds.length ? hubIds.map((i) => sql`${i}`) : [sql`NULL`], sql`, `)})
            ${userId ? sql`AND c.user_id = ${userId}` : sql``}
          ORDER BY c.created_at, u.name`,
    ),

  async managesHub(userId: string, hubId: string): Promise<boolean> {
    const r = await rows<{ x: number }>(
      db,
      sql`SELECT 1 AS x FROM hub_managers WHERE user_id = ${userId} AND hub_id = ${hubId}`,
    );
    return r.length > 0;
  },

  async isNetworkAssessor(networkId: string, userId: string): Promise<boolean> {
    const r = await rows<{ x: number }>(
      db,
      sql`SELECT 1 AS x FROM network_roles WHERE network_id = ${networkId} AND user_id = ${userId} AND role = 'assessor'`,
    );
    return r.length > 0;
  },

  submissions: (roundId: string) =>
    rows<SubmissionRow>(
      db,
      sql`SELECT s.hub_id AS "hubId", s.source, s.author_id AS "authorId", u.name AS "authorName", s.vals, s.version,
            s.updated_at AS "updatedAt"
          FROM round_submissions s JOIN users u ON u.id = s.author_id WHERE s.round_id = ${roundId}
          ORDER BY s.source, s.updated_at`,
    ),

  /** Saves a submission; with `version`, only when it is current. Returns false on a stale version. */
  async saveSubmission(v: {
    roundId: string;
    hubId: string;
    source: string;
    authorId: string;
    vals: unknown;
    version?: number;
  }): Promise<boolean> {
    const existing = await rows<{ id: string; version: number }>(
      db,
      v.source === "assessor"
        ? sql`SELECT id, version FROM round_submissions WHERE round_id = ${v.roundId} AND hub_id = ${v.hubId}
              AND source = 'assessor' AND author_id = ${v.authorId} FOR UPDATE`
        : sql`SELECT id, version FROM round_submissions WHERE round_id = ${v.roundId} AND hub_id = ${v.hubId}
              AND source = ${v.source} FOR UPDATE`,
    );
    if (existing.length === 0) {
      if (v.version !== undefined && v.version !== 1) return false;
      // A concurrent first submission wins; this one reports a conflict rather than a duplicate-key error.
      const inserted = await rows<{ id: string }>(
        db,
        sql`INSERT INTO round_submissions (round_id, hub_id, source, author_id, vals)
            VALUES (${v.roundId}, ${v.hubId}, ${v.source}, ${v.authorId}, ${JSON.stringify(v.vals)}::jsonb)
            ON CONFLICT DO NOTHING RETURNING id`,
      );
      return inserted.length === 1;
    }
    const cur = existing[0];
    if (v.version !== undefined && v.version !== cur.version) return false;
    await db.execute(
      sql`UPDATE round_submissions SET vals = ${JSON.stringify(v.vals)}::jsonb, author_id = ${v.authorId},
            version = version + 1, updated_at = now() WHERE id = ${cur.id}`,
    );
    return true;
  },

  /** Makes a closed round's results public when `version` is current; false otherwise. */
  async publish(roundId: string, version: number, results: unknown): Promise<boolean> {
    const r = await rows<{ id: string }>(
      db,
      sql`UPDATE assessment_rounds SET status = 'published', results = ${JSON.stringify(results)}::jsonb,
            published_at = now(), version = version + 1, updated_at = now()
          WHERE id = ${roundId} AND version = ${version} AND status = 'closed' RETURNING id`,
    );
    return r.length === 1;
  },

  /** Locks a round's row for the transaction; its status and deadlines as they are now. */
  async lockRoundRow(
    id: string,
  ): Promise<
    | { status: RoundRow["status"]; selfDeadline: string | null; assessorDeadline: string | null; version: number }
    | undefined
  > {
    const [r] = await rows<{
      status: RoundRow["status"];
      selfDeadline: string | null;
      assessorDeadline: string | null;
      version: number;
    }>(
      db,
      sql`SELECT status, self_deadline::text AS "selfDeadline", assessor_deadline::text AS "assessorDeadline", version
          FROM assessment_rounds WHERE id = ${id} FOR UPDATE`,
    );
    return r;
  },

  /** Stops submissions of an open round and stores its results when `version` is current; false otherwise. */
  async close(roundId: string, version: number, results: unknown): Promise<boolean> {
    const r = await rows<{ id: string }>(
      db,
      sql`UPDATE assessment_rounds SET status = 'closed', results = ${JSON.stringify(results)}::jsonb,
            closed_at = now(), version = version + 1, updated_at = now()
          WHERE id = ${roundId} AND version = ${version} AND status = 'open' RETURNING id`,
    );
    return r.length === 1;
  },

  /** Opens a closed round again (its computed results are dropped) when `version` is current; false otherwise. */
  async reopen(roundId: string, version: number): Promise<boolean> {
    const r = await rows<{ id: string }>(
      db,
      sql`UPDATE assessment_rounds SET status = 'open', results = NULL, closed_at = NULL, version = version + 1,
            updated_at = now()
          WHERE id = ${roundId} AND version = ${version} AND status = 'closed' RETURNING id`,
    );
    return r.length === 1;
  },

  /** Changes an open round's name, deadlines, spread or tiers when `version` is current; false otherwise. */
  async updateRound(
    roundId: string,
    version: number,
    v: {
      nameVi: string;
      nameEn: string;
      selfDeadline: string | null;
      assessorDeadline: string | null;
      spreadThreshold: number;
      tiers: { name: string; min: number }[];
    },
  ): Promise<boolean> {
    const r = await rows<{ id: string }>(
      db,
      sql`UPDATE assessment_rounds SET name_vi = ${v.nameVi}, name_en = ${v.nameEn}, self_deadline = ${v.selfDeadline},
            assessor_deadline = ${v.assessorDeadline}, spread_threshold = ${v.spreadThreshold},
            tiers = ${JSON.stringify(v.tiers)}::jsonb, version = version + 1, updated_at = now()
          WHERE id = ${roundId} AND version = ${version} AND status = 'open' RETURNING id`,
    );
    return r.length === 1;
  },

  /** A hub's evidence files in a round (without their bytes), oldest first. */
  evidenceFiles: (roundId: string, hubId: string) =>
    rows<EvidenceRow>(
      db,
      sql`SELECT e.id, e.indicator, e.filename, e.content_type AS "contentType", e.size, u.name AS "uploadedBy",
            e.created_at AS "createdAt"
          FROM round_evidence_files e LEFT JOIN users u ON u.id = e.uploaded_by
          WHERE e.round_id = ${roundId} AND e.hub_id = ${hubId} ORDER BY e.created_at, e.id`,
    ),

  async insertEvidence(v: {
    roundId: string;
    hubId: string;
    indicator: string;
    filename: string;
    contentType: string;
    content: Buffer;
    uploadedBy: string;
  }): Promise<string> {
    const [r] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO round_evidence_files (round_id, hub_id, indicator, filename, content_type, size, content, uploaded_by)
          VALUES (${v.roundId}, ${v.hubId}, ${v.indicator}, ${v.filename}, ${v.contentType}, ${v.content.length},
            ${v.content}, ${v.uploadedBy}) RETURNING id`,
    );
    return r.id;
  },

  /** One evidence file with its bytes, when it belongs to that round and hub. */
  async evidenceFile(
    roundId: string,
    hubId: string,
    id: string,
  ): Promise<(EvidenceRow & { content: Uint8Array }) | undefined> {
    const [r] = await rows<EvidenceRow & { content: Uint8Array }>(
      db,
      sql`SELECT e.id, e.indicator, e.filename, e.content_type AS "contentType", e.size, NULL AS "uploadedBy",
            e.created_at AS "createdAt", e.content
          FROM round_evidence_files e WHERE e.round_id = ${roundId} AND e.hub_id = ${hubId} AND e.id = ${id}`,
    );
    return r;
  },

  async deleteEvidence(roundId: string, hubId: string, id: string): Promise<boolean> {
    const r = await rows<{ id: string }>(
      db,
      sql`DELETE FROM round_evidence_files WHERE round_id = ${roundId} AND hub_id = ${hubId} AND id = ${id} RETURNING id`,
    );
    return r.length === 1;
  },
});
