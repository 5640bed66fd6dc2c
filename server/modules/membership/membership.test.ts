import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";

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
});
