import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { rows } from "../../db/client.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function applicantWithHub() {
  const u = await buildUser(t.app, t.db, { name: "Chủ không gian" });
  const c = client(t.app, u.cookie);
  const hub = (
    await c.post("/api/hubs", { network: "hanoi", nameVi: `Không gian ${u.id.slice(0, 8)}`, district: "Tây Hồ" })
  ).body;
  const questions = (await c.get("/api/networks/hanoi/questions")).body.items as { id: string; textEn: string }[];
  return { u, c, hub, questions };
}

const fullAnswers = (qs: { id: string }[]) => Object.fromEntries(qs.map((q, i) => [q.id, `Câu trả lời ${i + 1}`]));

describe("the membership journey", () => {
  it("seeds Hanoi's four European Creative Hubs Network criteria as questions", async () => {
    const qs = (await client(t.app).get("/api/networks/hanoi/questions")).body.items;
    expect(qs).toHaveLength(4);
    expect(qs[0].textEn).toContain("cultural and creative industries");
  });

  it("runs draft → submitted → in review → changes requested → amended → accepted, and the hub becomes a public member", async () => {
    const { c, hub, questions } = await applicantWithHub();
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi", name: "Sở Văn hoá" });
    const a = client(t.app, admin.cookie);

    const draft = await c.post("/api/applications", { hubId: hub.id, answers: { [questions[0].id]: "Một phần" } });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: "draft", version: 1 });

    // Incomplete answers cannot be submitted; the missing questions are named.
    const early = await c.post(`/api/applications/${draft.body.id}/submit`, { version: 1 });
    expect(early.status).toBe(400);
    expect(early.body.error.details.map((d: { path: string }) => d.path)).toContain(`body.answers.${questions[1].id}`);

    const saved = await c.patch(`/api/applications/${draft.body.id}`, { version: 1, answers: fullAnswers(questions) });
    expect(saved.body.version).toBe(2);
    // Reviewers do not see drafts.
    expect((await a.get("/api/applications?network=hanoi")).body.items.map((x: { id: string }) => x.id)).not.toContain(
      draft.body.id,
    );
    const submitted = await c.post(`/api/applications/${draft.body.id}/submit`, { version: 2 });
    expect(submitted.body.status).toBe("submitted");

    const queue = await a.get("/api/applications?network=hanoi&status=submitted");
    expect(queue.body.items.map((x: { id: string }) => x.id)).toContain(draft.body.id);
    const adminInbox = await a.get("/api/notifications");
    expect(adminInbox.body.items.map((n: { kind: string }) => n.kind)).toContain("application.submitted");

    expect((await a.post(`/api/applications/${draft.body.id}/review`)).body.status).toBe("in_review");
    const back = await a.post(`/api/applications/${draft.body.id}/decision`, {
      decision: "request-changes",
      reason: "Xin bổ sung ảnh hoạt động cộng đồng",
    });
    expect(back.body).toMatchObject({ status: "changes_requested", lastReason: "Xin bổ sung ảnh hoạt động cộng đồng" });

    const mine = await c.get(`/api/applications/${draft.body.id}`);
    expect(mine.body.lastReason).toBe("Xin bổ sung ảnh hoạt động cộng đồng");
    const inbox = await c.get("/api/notifications");
    expect(inbox.body.items[0]).toMatchObject({
      kind: "application.changes_requested",
      payload: { reason: "Xin bổ sung ảnh hoạt động cộng đồng" },
    });

    const amended = await c.patch(`/api/applications/${draft.body.id}`, {
      version: mine.body.version,
      answers: { ...fullAnswers(questions), [questions[2].id]: "Hội chợ cuối tuần, có ảnh" },
    });
    expect(amended.status).toBe(200);
    const resubmitted = await c.post(`/api/applications/${draft.body.id}/submit`, { version: amended.body.version });
    expect(resubmitted.body.status).toBe("submitted");

    expect((await client(t.app).get(`/api/hubs/${hub.id}`)).status).toBe(404);
    const accepted = await a.post(`/api/applications/${draft.body.id}/decision`, {
      decision: "accept",
      reason: "Đáp ứng đủ tiêu chí",
    });
    expect(accepted.body.status).toBe("accepted");
    expect(accepted.body.events.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      "draft",
      "submitted",
      "in_review",
      "changes_requested",
      "submitted",
      "accepted",
    ]);
    const publicHub = await client(t.app).get(`/api/hubs/${hub.id}`);
    expect(publicHub.status).toBe(200);
    expect(publicHub.body).toMatchObject({ status: "member", memberSince: expect.any(String) });
    expect((await client(t.app).get(`/api/hubs?q=${encodeURIComponent(hub.name.vi)}`)).body.items[0].id).toBe(hub.id);

    // A decided application cannot be decided again.
    const twice = await a.post(`/api/applications/${draft.body.id}/decision`, { decision: "reject", reason: "no" });
    expect(twice.status).toBe(409);

    const audit = await a.get(`/api/audit?entityType=application&entityId=${draft.body.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain("application.accepted");
  });

  it("refuses a decision without a reason", async () => {
    const { c, hub, questions } = await applicantWithHub();
    const d = (await c.post("/api/applications", { hubId: hub.id, answers: fullAnswers(questions) })).body;
    await c.post(`/api/applications/${d.id}/submit`, { version: d.version });
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const r = await client(t.app, admin.cookie).post(`/api/applications/${d.id}/decision`, {
      decision: "reject",
      reason: "  ",
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe("body.reason");
  });

  it("refuses a second open application for the same hub, and answers to unknown questions", async () => {
    const { c, hub } = await applicantWithHub();
    expect((await c.post("/api/applications", { hubId: hub.id })).status).toBe(201);
    const again = await c.post("/api/applications", { hubId: hub.id });
    expect(again.status).toBe(409);
    const { c: c2, hub: hub2 } = await applicantWithHub();
    const bad = await c2.post("/api/applications", {
      hubId: hub2.id,
      answers: { "00000000-0000-4000-8000-000000000000": "?" },
    });
    expect(bad.status).toBe(400);
  });

  it("refuses a stale version when two people amend the same draft", async () => {
    const { c, hub, questions } = await applicantWithHub();
    const d = (await c.post("/api/applications", { hubId: hub.id })).body;
    expect((await c.patch(`/api/applications/${d.id}`, { version: 1, answers: fullAnswers(questions) })).status).toBe(
      200,
    );
    const stale = await c.patch(`/api/applications/${d.id}`, { version: 1, answers: {} });
    expect(stale.status).toBe(409);
    expect((await c.get(`/api/applications/${d.id}`)).body.answers).toEqual(fullAnswers(questions));
  });
});

describe("supporting documents", () => {
  const send = async (cookie: string, id: string, data: Buffer, filename = "ho-so.pdf") => {
    const { multipart } = await import("../../../test/http-client.ts");
    const body = multipart({}, { field: "document", filename, type: "application/pdf", data });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/applications/${id}/documents`,
      payload: body.payload,
      headers: { ...body.headers, cookie, origin: "http://localhost:80" },
    });
    return { status: res.statusCode, body: res.json() };
  };

  it("attaches a PDF the applicant and reviewers can download, and refuses what is not PDF/PNG/JPEG", async () => {
    const { u, c, hub } = await applicantWithHub();
    const d = (await c.post("/api/applications", { hubId: hub.id })).body;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const ok = await send(u.cookie, d.id, pdf, "Hồ sơ năng lực.pdf");
    expect(ok.status).toBe(201);
    expect(ok.body.documents).toEqual([
      expect.objectContaining({ filename: "Hồ sơ năng lực.pdf", contentType: "application/pdf", size: pdf.length }),
    ]);
    const file = await t.app.inject({
      method: "GET",
      url: `/api/applications/${d.id}/documents/${ok.body.documents[0].id}`,
      headers: { cookie: u.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect(
      (await t.app.inject({ method: "GET", url: `/api/applications/${d.id}/documents/${ok.body.documents[0].id}` }))
        .statusCode,
    ).toBe(404);

    const exe = await send(u.cookie, d.id, Buffer.from("MZ\x90\x00 not a document"), "ho-so.pdf");
    expect(exe.status).toBe(415);
    expect((await c.get(`/api/applications/${d.id}`)).body.documents).toHaveLength(1);
  });

  const remove = async (cookie: string | undefined, id: string, documentId: string, version: number) => {
    const res = await t.app.inject({
      method: "DELETE",
      url: `/api/applications/${id}/documents/${documentId}?version=${version}`,
      headers: cookie ? { cookie, origin: "http://localhost:80" } : {},
    });
    return { status: res.statusCode, body: res.json() };
  };
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

  it("deletes a document of a draft with its bytes, and audits the deletion", async () => {
    const { u, c, hub } = await applicantWithHub();
    const d = (await c.post("/api/applications", { hubId: hub.id })).body;
    const docId = (await send(u.cookie, d.id, pdf, "Giấy phép.pdf")).body.documents[0].id;

    const gone = await remove(u.cookie, d.id, docId, d.version);
    expect(gone.status).toBe(200);
    expect(gone.body.documents).toEqual([]);
    const file = await t.app.inject({
      method: "GET",
      url: `/api/applications/${d.id}/documents/${docId}`,
      headers: { cookie: u.cookie },
    });
    expect(file.statusCode).toBe(404);
    // The bytes are stored in the row: no row, no file.
    const left = await rows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM application_documents WHERE id = ${docId}`,
    );
    expect(left[0].n).toBe(0);

    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const audit = await client(t.app, admin.cookie).get(
      `/api/audit?entityType=application&entityId=${d.id}&action=application.document.delete`,
    );
    expect(audit.body.items[0]).toMatchObject({
      actorId: u.id,
      before: { documentId: docId, filename: "Giấy phép.pdf", contentType: "application/pdf" },
      after: null,
    });
    // Deleting it again finds nothing.
    expect((await remove(u.cookie, d.id, docId, d.version)).status).toBe(404);
  });

  it("refuses a stale version (409), strangers (404) and reviewers once submitted (403), deleting nothing", async () => {
    const { u, c, hub, questions } = await applicantWithHub();
    const d = (await c.post("/api/applications", { hubId: hub.id, answers: fullAnswers(questions) })).body;
    const docId = (await send(u.cookie, d.id, pdf)).body.documents[0].id;
    const amended = (
      await c.patch(`/api/applications/${d.id}`, { version: d.version, answers: fullAnswers(questions) })
    ).body;

    const stale = await remove(u.cookie, d.id, docId, d.version);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0].path).toBe("version");
    const stranger = await buildUser(t.app, t.db);
    expect((await remove(stranger.cookie, d.id, docId, amended.version)).status).toBe(404);
    expect((await remove(undefined, d.id, docId, amended.version)).status).toBe(401);

    const submitted = (await c.post(`/api/applications/${d.id}/submit`, { version: amended.version })).body;
    expect((await remove(u.cookie, d.id, docId, submitted.version)).status).toBe(403);
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    expect((await remove(admin.cookie, d.id, docId, submitted.version)).status).toBe(403);
    expect((await c.get(`/api/applications/${d.id}`)).body.documents).toHaveLength(1);
  });
});

describe("PUT /api/networks/{slug}/questions", () => {
  it("reorders, renames, adds and removes questions as a whole, keeping ids, and refuses a stale version", async () => {
    const { buildNetwork } = await import("../../../test/factories.ts");
    const slug = await buildNetwork(t.db);
    const admin = await buildUser(t.app, t.db, { networkAdmin: slug });
    const a = client(t.app, admin.cookie);
    const empty = await a.get(`/api/networks/${slug}/questions`);
    expect(empty.body).toEqual({ items: [], version: 0 });

    const first = await a.put(`/api/networks/${slug}/questions`, {
      version: 0,
      questions: [
        { textVi: "Câu một", textEn: "One" },
        { textVi: "Câu hai", textEn: "Two", required: false },
      ],
    });
    expect(first.status).toBe(200);
    const [one, two] = first.body.items;
    expect(first.body.version).toBe(1);

    const second = await a.put(`/api/networks/${slug}/questions`, {
      version: first.body.version,
      questions: [
        { id: two.id, textVi: "Câu hai (sửa)", textEn: "Two (edited)", required: true },
        { textVi: "Câu ba", textEn: "Three" },
      ],
    });
    expect(second.status).toBe(200);
    expect(second.body.items.map((q: { textEn: string }) => q.textEn)).toEqual(["Two (edited)", "Three"]);
    expect(second.body.items[0]).toMatchObject({ id: two.id, position: 1, required: true });
    expect(second.body.items.map((q: { id: string }) => q.id)).not.toContain(one.id);
    expect((await client(t.app).get(`/api/networks/${slug}/questions`)).body.version).toBe(second.body.version);

    // Someone else saved meanwhile: the editor's version is stale, nothing is written.
    const stale = await a.put(`/api/networks/${slug}/questions`, {
      version: first.body.version,
      questions: [{ textVi: "Ghi đè", textEn: "Overwrite" }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0].path).toBe("body.version");
    expect((await a.get(`/api/networks/${slug}/questions`)).body.items).toHaveLength(2);

    const audit = await a.get(`/api/audit?action=membership.questions&entityType=network`);
    expect(audit.body.items[0]).toMatchObject({ actorId: admin.id, changed: expect.any(Array) });
    expect(audit.body.total).toBe(2);
  });
});
