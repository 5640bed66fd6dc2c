import { type SQL, sql } from "drizzle-orm";
import { type Db, rows } from "../../db/client.ts";

/** An application with its network, hub and applicant. */
export type ApplicationRow = {
  id: string;
  networkId: string;
  networkSlug: string;
  networkNameVi: string;
  networkNameEn: string;
  hubId: string;
  hubSlug: string;
  hubNameVi: string | null;
  hubNameEn: string | null;
  hubStatus: string;
  applicantId: string;
  applicantName: string;
  status: "draft" | "submitted" | "in_review" | "changes_requested" | "accepted" | "rejected";
  answers: Record<string, string>;
  version: number;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
  lastReason: string | null;
};

const selectApplication = sql`
  a.id, a.network_id AS "networkId", n.slug AS "networkSlug", n.name_vi AS "networkNameVi", n.name_en AS "networkNameEn",
  a.hub_id AS "hubId", h.slug AS "hubSlug", h.name_vi AS "hubNameVi", h.name_en AS "hubNameEn", h.status AS "hubStatus",
  a.applicant_id AS "applicantId", u.name AS "applicantName", a.status, a.answers, a.version,
  a.submitted_at AS "submittedAt", a.decided_at AS "decidedAt", a.updated_at AS "updatedAt",
  (SELECT e.reason FROM application_events e WHERE e.application_id = a.id AND e.reason IS NOT NULL
    ORDER BY e.id DESC LIMIT 1) AS "lastReason"`;
const fromApplication = sql`applications a JOIN networks n ON n.id = a.network_id JOIN hubs h ON h.id = a.hub_id
  JOIN users u ON u.id = a.applicant_id`;

/** Every statement about applications, their events and a network's questions. */
export const membershipRepository = (db: Db) => ({
  /** One application; `lock` holds its row until the transaction ends (for checks on its version). */
  async byId(id: string, opts: { lock?: boolean } = {}): Promise<ApplicationRow | undefined> {
    const [r] = await rows<ApplicationRow>(
      db,
      sql`SELECT ${selectApplication} FROM ${fromApplication} WHERE a.id = ${id} ${opts.lock ? sql`FOR UPDATE OF a` : sql``}`,
    );
    return r;
  },

  /** A page of applications; `visible` restricts to what the caller may see. */
  async list(where: SQL[], page: number, pageSize: number) {
    const items = await rows<ApplicationRow & { total: number }>(
      db,
      sql`SELECT ${selectApplication}, count(*) OVER ()::int AS total FROM ${fromApplication}
          WHERE ${sql.join([sql`TRUE`, ...where], sql` AND `)}
          ORDER BY coalesce(a.submitted_at, a.updated_at) DESC, a.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    );
    return { items, total: items[0]?.total ?? 0 };
  },

  events: (id: string) =>
    rows<{ fromStatus: string | null; toStatus: string; reason: string | null; actorName: string | null; at: Date }>(
      db,
      sql`SELECT e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, u.name AS "actorName", e.at
          FROM application_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.application_id = ${id} ORDER BY e.id`,
    ),

  async insert(v: { networkId: string; hubId: string; applicantId: string; answers: Record<string, string> }) {
    const [r] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO applications (network_id, hub_id, applicant_id, answers)
          VALUES (${v.networkId}, ${v.hubId}, ${v.applicantId}, ${JSON.stringify(v.answers)}::jsonb)
          ON CONFLICT DO NOTHING RETURNING id`,
    );
    return r?.id;
  },

  /** Moves an application on when `version` is current; false on a stale version. */
  async transition(
    id: string,
    version: number,
    to: string,
    extra: { answers?: Record<string, string>; submitted?: boolean; decided?: boolean } = {},
  ): Promise<boolean> {
    const r = await rows<{ id: string }>(
      db,
      sql`UPDATE applications SET status = ${to}, version = version + 1, updated_at = now()
            ${extra.answers ? sql`, answers = ${JSON.stringify(extra.answers)}::jsonb` : sql``}
            ${extra.submitted ? sql`, submitted_at = now()` : sql``}
            ${extra.decided ? sql`, decided_at = now()` : sql``}
          WHERE id = ${id} AND version = ${version} RETURNING id`,
    );
    return r.length === 1;
  },

  addEvent: (v: {
    applicationId: string;
    actorId: string | null;
    from: string | null;
    to: string;
    reason: string | null;
  }) =>
    db.execute(sql`INSERT INTO application_events (application_id, actor_id, from_status, to_status, reason)
      VALUES (${v.applicationId}, ${v.actorId}, ${v.from}, ${v.to}, ${v.reason})`),

  documents: (applicationId: string) =>
    rows<{ id: string; filename: string; contentType: string; size: number; createdAt: Date }>(
      db,
      sql`SELECT id, filename, content_type AS "contentType", size, created_at AS "createdAt" FROM application_documents
          WHERE application_id = ${applicationId} ORDER BY created_at, id`,
    ),

  async insertDocument(v: { applicationId: string; filename: string; contentType: string; content: Buffer }) {
    const [r] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO application_documents (application_id, filename, content_type, size, content)
          VALUES (${v.applicationId}, ${v.filename}, ${v.contentType}, ${v.content.length}, ${v.content}) RETURNING id`,
    );
    return r.id;
  },

  /** Deletes a document with its bytes; undefined when there is none of this id on this application. */
  async deleteDocument(applicationId: string, id: string) {
    const [r] = await rows<{ id: string; filename: string; contentType: string; size: number }>(
      db,
      sql`DELETE FROM application_documents WHERE application_id = ${applicationId} AND id = ${id}
          RETURNING id, filename, content_type AS "contentType", size`,
    );
    return r;
  },

  async document(applicationId: string, id: string) {
    const [r] = await rows<{ filename: string; contentType: string; content: Buffer | Uint8Array }>(
      db,
      sql`SELECT filename, content_type AS "contentType", content FROM application_documents
          WHERE application_id = ${applicationId} AND id = ${id}`,
    );
    return r;
  },

  questions: (networkId: string) =>
    rows<{ id: string; position: number; textVi: string; textEn: string; required: boolean }>(
      db,
      sql`SELECT id, position, text_vi AS "textVi", text_en AS "textEn", required FROM membership_questions
          WHERE network_id = ${networkId} AND active ORDER BY position, id`,
    ),

  /**
   * The version of a network's list of questions: the highest version of any of its questions. Every replacement
   * stamps all the rows it touches with the next one, so any change to the list moves it.
   */
  async questionsVersion(networkId: string, opts: { lock?: boolean } = {}) {
    if (opts.lock) {
      await db.execute(sql`SELECT id FROM membership_questions WHERE network_id = ${networkId} FOR UPDATE`);
    }
    const [r] = await rows<{ v: number }>(
      db,
      sql`SELECT coalesce(max(version), 0)::int AS v FROM membership_questions WHERE network_id = ${networkId}`,
    );
    return r.v;
  },

  /** Replaces a network's active questions; kept ids stay (answers keyed by them remain valid). */
  async replaceQuestions(
    networkId: string,
    questions: { id?: string; textVi: string; textEn: string; required: boolean }[],
  ) {
    const keep = questions.filter((q) => q.id).map((q) => q.id as string);
    const [{ v }] = await rows<{ v: number }>(
      db,
      sql`SELECT coalesce(max(version), 0)::int + 1 AS v FROM membership_questions WHERE network_id = ${networkId}`,
    );
    await db.execute(
      sql`UPDATE membership_questions SET active = false, version = ${v} WHERE network_id = ${networkId} AND active
          ${
            keep.length
              ? sql`AND id NOT IN (${sql.join(
                  keep.map((k) => sql`${k}`),
                  sql`, `,
                )})`
              : sql``
          }`,
    );
    for (const [i, q] of questions.entries()) {
      if (q.id) {
        const r = await rows(
          db,
          sql`UPDATE membership_questions SET position = ${i + 1}, text_vi = ${q.textVi}, text_en = ${q.textEn},
              required = ${q.required}, active = true, version = ${v} WHERE id = ${q.id} AND network_id = ${networkId} RETURNING id`,
        );
        if (r.length === 0) return q.id;
      } else {
        await db.execute(sql`INSERT INTO membership_questions (network_id, position, text_vi, text_en, required, version)
          VALUES (${networkId}, ${i + 1}, ${q.textVi}, ${q.textEn}, ${q.required}, ${v})`);
      }
    }
    return null;
  },
});
