import { sql } from "drizzle-orm";
import type { ApplicationView } from "../../../contract/api/membership.schema.ts";
import { iso, isoOrNull } from "../../../contract/dates.ts";
import type { Db } from "../../db/client.ts";
import { type Actor, isNetworkAdmin, requireAccess, requireAllowed, signedInOrThrow } from "../../http/actor.ts";
import { ConflictError, UnsupportedMediaTypeError, ValidationError } from "../../http/errors.ts";
import { accountsService } from "../accounts/accounts.service.ts";
import { auditService } from "../audit/audit.service.ts";
import { hubsService } from "../hubs/hubs.service.ts";
import { canApplyFor, canDecide, canEditApplication, canReadApplication } from "./membership.policy.ts";
import { type ApplicationRow, membershipRepository } from "./membership.repository.ts";

/** The document's real type from its first bytes, whatever its name or declared type says. */
function sniffDocument(data: Buffer): string | null {
  if (data.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  return null;
}

/** Which decision leads where, and from which states it may be taken. */
const DECISIONS = {
  accept: { to: "accepted", from: ["submitted", "in_review"] },
  reject: { to: "rejected", from: ["submitted", "in_review"] },
  "request-changes": { to: "changes_requested", from: ["submitted", "in_review"] },
} as const;

/** An application as the queue lists it: everything but answers, history, questions and documents. */
function summary(row: ApplicationRow) {
  return {
    id: row.id,
    network: { slug: row.networkSlug, nameVi: row.networkNameVi, nameEn: row.networkNameEn },
    hub: { id: row.hubId, slug: row.hubSlug, nameVi: row.hubNameVi, nameEn: row.hubNameEn, status: row.hubStatus },
    applicant: { id: row.applicantId, name: row.applicantName },
    status: row.status,
    version: row.version,
    submittedAt: isoOrNull(row.submittedAt),
    decidedAt: isoOrNull(row.decidedAt),
    updatedAt: iso(row.updatedAt),
    lastReason: row.lastReason,
  };
}

/** Applications to join a network: draft → submitted → in review → changes requested → accepted / rejected. */
export function membershipService(db: Db) {
  const repo = membershipRepository(db);

  async function view(row: ApplicationRow, r = repo): Promise<ApplicationView> {
    const [events, questions, documents] = await Promise.all([
      r.events(row.id),
      r.questions(row.networkId),
      r.documents(row.id),
    ]);
    return {
      ...summary(row),
      answers: row.answers,
      events: events.map((e) => ({ ...e, at: iso(e.at) })),
      questions,
      documents: documents.map((d) => ({ ...d, createdAt: iso(d.createdAt) })),
    };
  }

  function checkAnswers(
    questions: { id: string; required: boolean }[],
    answers: Record<string, string>,
    complete: boolean,
  ) {
    const ids = new Set(questions.map((q) => q.id));
    const details = Object.keys(answers)
      .filter((k) => !ids.has(k))
      .map((k) => ({ path: `body.answers.${k}`, message: "is not a question of this network" }));
    if (complete) {
      for (const q of questions) {
        if (q.required && !answers[q.id]?.trim())
          details.push({ path: `body.answers.${q.id}`, message: "is required" });
      }
    }
    if (details.length > 0) throw ValidationError(details, "Some answers are missing or unknown");
  }

  const stale = (row: ApplicationRow, version: number, path = "body.version") =>
    ConflictError(
      `This application was changed meanwhile (now version ${row.version}, you had ${version}). Reload it.`,
      [{ path, message: `is ${version}, current is ${row.version}` }],
    );

  /**
   * Runs a state change in one transaction with its event, audit entry and notifications. `check` sees the row the
   * transaction read (after the access check, before the step's own rules) and throws to refuse it.
   */
  async function move(
    actor: Actor,
    id: string,
    version: number | undefined,
    to: ApplicationRow["status"],
    allowedFrom: readonly string[],
    opts: { reason?: string; answers?: Record<string, string>; submitted?: boolean; decided?: boolean },
    authorise: (row: ApplicationRow) => boolean,
    notify: (row: ApplicationRow, tx: Db) => Promise<void>,
    check?: (row: ApplicationRow, r: ReturnType<typeof membershipRepository>) => Promise<void>,
  ): Promise<ApplicationView> {
    return db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const r = membershipRepository(tx);
      const row = requireAccess(await r.byId(id), (a) => canReadApplication(actor, a), "application");
      await check?.(row, r);
      requireAllowed(actor, authorise(row), "You may not take this step on this application");
      if (!allowedFrom.includes(row.status)) {
        throw ConflictError(
          `An application that is ${row.status.replace("_", " ")} cannot move to ${to.replace("_", " ")}`,
          [{ path: "status", message: `is ${row.status}` }],
        );
      }
      const v = version ?? row.version;
      if (v !== row.version || !(await r.transition(row.id, v, to, opts))) throw stale(row, v);
      await r.addEvent({
        applicationId: row.id,
        actorId: actor.userId,
        from: row.status,
        to,
        reason: opts.reason ?? null,
      });
      await auditService(tx).record({
        actor,
        action: `application.${to}`,
        entityType: "application",
        entityId: row.id,
        networkId: row.networkId,
        before: { status: row.status, answers: row.answers },
        after: { status: to, answers: opts.answers ?? row.answers, reason: opts.reason ?? null },
      });
      await notify(row, tx);
      return view((await r.byId(row.id)) as ApplicationRow, r);
    });
  }

  async function authoriseDocument(actor: Actor | null, id: string) {
    const a = signedInOrThrow(actor);
    const row = requireAccess(await repo.byId(id), (x) => canReadApplication(a, x), "application");
    requireAllowed(
      a,
      canEditApplication(a, row),
      "Documents can be added while the application is a draft or sent back for changes",
    );
    return row;
  }

  const applicantSide = async (row: ApplicationRow, tx: Db) => [
    ...new Set([row.applicantId, ...(await hubsService(tx).managers(row.hubId))]),
  ];

  return {
    /** Starts a draft for a hub the caller manages. One open application per hub and network. */
    async create(actor: Actor | null, body: { hubId: string; network?: string; answers: Record<string, string> }) {
      const a = signedInOrThrow(actor);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const hubs = hubsService(tx);
        const hub = await hubs.row(body.hubId);
        if (!hub || !canApplyFor(a, hub.id)) {
          throw ValidationError([{ path: "body.hubId", message: "is not a hub you manage" }]);
        }
        let networkId = hub.networkId;
        if (body.network) {
          const n = await hubs.networkBySlug(body.network);
          if (!n) throw ValidationError([{ path: "body.network", message: `unknown network "${body.network}"` }]);
          networkId = n.id;
        }
        const r = membershipRepository(tx);
        checkAnswers(await r.questions(networkId), body.answers, false);
        const id = await r.insert({ networkId, hubId: hub.id, applicantId: a.userId, answers: body.answers });
        if (!id)
          throw ConflictError("This hub already has an open application to this network", [
            { path: "body.hubId", message: "has an open application" },
          ]);
        await r.addEvent({ applicationId: id, actorId: a.userId, from: null, to: "draft", reason: null });
        await auditService(tx).record({
          actor: a,
          action: "application.draft",
          entityType: "application",
          entityId: id,
          networkId,
          before: null,
          after: { status: "draft", hubId: hub.id, answers: body.answers },
        });
        return view((await r.byId(id)) as ApplicationRow, r);
      });
    },

    /** Saves amended answers on a draft or an application sent back for changes. */
    async update(actor: Actor | null, id: string, body: { version: number; answers: Record<string, string> }) {
      const a = signedInOrThrow(actor);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = membershipRepository(tx);
        const row = requireAccess(await r.byId(id), (x) => canReadApplication(a, x), "application");
        requireAllowed(a, canEditApplication(a, row), "This application cannot be edited now");
        checkAnswers(await r.questions(row.networkId), body.answers, false);
        if (!(await r.transition(row.id, body.version, row.status, { answers: body.answers })))
          throw stale(row, body.version);
        await auditService(tx).record({
          actor: a,
          action: "application.update",
          entityType: "application",
          entityId: row.id,
          networkId: row.networkId,
          before: { answers: row.answers },
          after: { answers: body.answers },
        });
        return view((await r.byId(row.id)) as ApplicationRow, r);
      });
    },

    /** Sends the application to the network's reviewers; every required question must be answered. */
    async submit(actor: Actor | null, id: string, version: number) {
      const a = signedInOrThrow(actor);
      return move(
        a,
        id,
        version,
        "submitted",
        ["draft", "changes_requested"],
        { submitted: true },
        (x) => canEditApplication(a, x),
        async (x, tx) => {
          const admins = await accountsService(tx).usersWithNetworkRole(x.networkId, "admin");
          await accountsService(tx).notify(admins, "application.submitted", {
            applicationId: x.id,
            hubId: x.hubId,
            hubName: x.hubNameVi ?? x.hubNameEn,
          });
        },
        // Checked on the row the transaction moves, so the answers checked are the answers submitted.
        async (x, r) => checkAnswers(await r.questions(x.networkId), x.answers, true),
      );
    },

    /** A reviewer takes the application into review. */
    review: (actor: Actor | null, id: string) =>
      move(
        signedInOrThrow(actor),
        id,
        undefined,
        "in_review",
        ["submitted"],
        {},
        (x) => canDecide(actor, x),
        async (x, tx) => {
          await accountsService(tx).notify(await applicantSide(x, tx), "application.in_review", {
            applicationId: x.id,
          });
        },
      ),

    /** Accepts, rejects or sends back, with a reason the applicant sees. Acceptance makes the hub a public member. */
    async decide(
      actor: Actor | null,
      id: string,
      body: { decision: keyof typeof DECISIONS; reason: string; version?: number },
    ) {
      const a = signedInOrThrow(actor);
      const d = DECISIONS[body.decision];
      return move(
        a,
        id,
        body.version,
        d.to,
        d.from,
        { reason: body.reason, decided: d.to !== "changes_requested" },
        (x) => canDecide(a, x),
        async (x, tx) => {
          if (d.to === "accepted") await hubsService(tx).admit(a, x.hubId);
          await accountsService(tx).notify(await applicantSide(x, tx), `application.${d.to}`, {
            applicationId: x.id,
            hubId: x.hubId,
            reason: body.reason,
          });
        },
      );
    },

    /** One application with its history and the network's questions. */
    async get(actor: Actor | null, id: string) {
      return view(requireAccess(await repo.byId(id), (a) => canReadApplication(actor, a), "application"));
    },

    /** The reviewer queue (network administrators) or the caller's own applications. */
    async list(
      actor: Actor | null,
      q: { network?: string; status?: string; mine?: string; page: number; pageSize: number },
    ) {
      const a = signedInOrThrow(actor);
      const where = [];
      if (q.status) where.push(sql`a.status = ${q.status}`);
      if (q.network) where.push(sql`n.slug = ${q.network}`);
      const adminOf = a.networkRoles.filter((r) => r.role === "admin").map((r) => r.networkId);
      if (q.mine === "true" || (!a.isPlatformAdmin && adminOf.length === 0)) {
        where.push(
          sql`(a.applicant_id = ${a.userId} OR a.hub_id IN (SELECT hub_id FROM hub_managers WHERE user_id = ${a.userId}))`,
        );
      } else if (!a.isPlatformAdmin) {
        where.push(
          sql`a.network_id IN (${sql.join(
            adminOf.map((n) => sql`${n}`),
            sql`, `,
          )})`,
        );
        // Reviewers never see drafts: they are the applicant's own business until submitted.
        where.push(sql`a.status <> 'draft'`);
      }
      const { items, total } = await repo.list(where, q.page, q.pageSize);
      return {
        items: items.map(summary),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** Refuses (401/403/404) before an upload is read: documents are added by the applicant side while editable. */
    authoriseDocument,

    /** Stores a supporting document after checking its content is a PDF, PNG or JPEG. */
    async addDocument(actor: Actor | null, id: string, file: { filename: string; data: Buffer }) {
      const row = await authoriseDocument(actor, id);
      const contentType = sniffDocument(file.data);
      if (!contentType) throw UnsupportedMediaTypeError("Documents must be PDF, PNG or JPEG files", "document");
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = membershipRepository(tx);
        const docId = await r.insertDocument({
          applicationId: row.id,
          filename: file.filename || "document",
          contentType,
          content: file.data,
        });
        await auditService(tx).record({
          actor,
          action: "application.document.add",
          entityType: "application",
          entityId: row.id,
          networkId: row.networkId,
          before: null,
          after: { documentId: docId, filename: file.filename, contentType, size: file.data.length },
        });
        return view((await r.byId(row.id)) as ApplicationRow, r);
      });
    },

    /**
     * Deletes a supporting document: the applicant side, while the application is a draft or sent back for
     * changes. `version` is the application's version the caller saw (stale → 409). The file's bytes are stored in
     * the row and go with it; the audit row keeps its name, type and size.
     */
    async removeDocument(actor: Actor | null, id: string, documentId: string, version: number) {
      const a = signedInOrThrow(actor);
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = membershipRepository(tx);
        const row = requireAccess(await r.byId(id, { lock: true }), (x) => canReadApplication(a, x), "application");
        requireAllowed(
          a,
          canEditApplication(a, row),
          "Documents can be deleted while the application is a draft or sent back for changes",
        );
        if (version !== row.version) throw stale(row, version, "version");
        const gone = requireAccess(await r.deleteDocument(row.id, documentId), () => true, "document");
        await auditService(tx).record({
          actor: a,
          action: "application.document.delete",
          entityType: "application",
          entityId: row.id,
          networkId: row.networkId,
          before: { documentId: gone.id, filename: gone.filename, contentType: gone.contentType, size: gone.size },
          after: null,
        });
        return view((await r.byId(row.id)) as ApplicationRow, r);
      });
    },

    /** A document's bytes, for whoever may read the application. */
    async document(actor: Actor | null, id: string, documentId: string) {
      const row = requireAccess(await repo.byId(id), (x) => canReadApplication(actor, x), "application");
      return requireAccess(await repo.document(row.id, documentId), () => true, "document");
    },

    /** Sets a new network's first questions (seed data; no actor). */
    async seedQuestions(networkId: string, questions: { textVi: string; textEn: string }[]) {
      if ((await repo.questions(networkId)).length > 0) return;
      await repo.replaceQuestions(
        networkId,
        questions.map((q) => ({ ...q, required: true })),
      );
    },

    /** A network's membership questions (public: applicants read them before applying). */
    questions: (networkId: string) => repo.questions(networkId),

    /** A network's questions with the version of the list, which an edit of the whole list sends back. */
    async questionList(networkId: string) {
      const [items, version] = await Promise.all([repo.questions(networkId), repo.questionsVersion(networkId)]);
      return { items, version };
    },

    /**
     * Replaces a network's questions (its administrators). `version` is the list's version the editor started
     * from: a stale one is 409 and nothing is written.
     */
    async replaceQuestions(
      actor: Actor | null,
      network: { id: string },
      questions: { id?: string; textVi: string; textEn: string; required: boolean }[],
      version: number,
    ) {
      const a = signedInOrThrow(actor);
      requireAllowed(a, isNetworkAdmin(a, network.id), "Only the network's administrators may edit its questions");
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = membershipRepository(tx);
        const current = await r.questionsVersion(network.id, { lock: true });
        if (version !== current) {
          throw ConflictError(
            `The questions were changed meanwhile (now version ${current}, you had ${version}). Reload them.`,
            [{ path: "body.version", message: `is ${version}, current is ${current}` }],
          );
        }
        const before = await r.questions(network.id);
        const unknown = await r.replaceQuestions(network.id, questions);
        if (unknown)
          throw ValidationError([
            { path: "body.questions", message: `question ${unknown} is not one of this network's` },
          ]);
        const after = await r.questions(network.id);
        await auditService(tx).record({
          actor: a,
          action: "membership.questions",
          entityType: "network",
          entityId: network.id,
          networkId: network.id,
          before: { questions: before },
          after: { questions: after },
        });
        return { items: after, version: await r.questionsVersion(network.id) };
      });
    },
  };
}

/** The service's type. */
export type MembershipService = ReturnType<typeof membershipService>;
