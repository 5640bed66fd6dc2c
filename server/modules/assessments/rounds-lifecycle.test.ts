import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFrameworkBody, buildHub, buildUser } from "../../../test/factories.ts";
import { client, multipart } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { rows } from "../../db/client.ts";
import type { Actor } from "../../http/actor.ts";
import { sniffEvidence } from "./evidence-files.ts";
import { deadlinePassed, localDate } from "./round-deadlines.ts";
import { roundsService } from "./rounds.service.ts";

let t: Awaited<ReturnType<typeof testApp>>;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  t = await testApp();
  admin = client(t.app, (await buildUser(t.app, t.db, { networkAdmin: "hanoi" })).cookie);
});
afterAll(() => t.close());

const count = async (q: ReturnType<typeof sql>) => (await rows<{ n: number }>(t.db, q))[0].n;
const auditCount = (action: string) => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`);
const evidenceCount = () => count(sql`SELECT count(*)::int AS n FROM round_evidence_files`);

/** An open round on a fresh framework with one hub, its manager, and two assigned assessors. */
async function scenario(over: Record<string, unknown> = {}) {
  const framework = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
  const hub = await buildHub(t.db, { nameVi: "Không gian Vòng đời" });
  const manager = await buildUser(t.app, t.db, { manages: [hub.id] });
  const assessors = await Promise.all([1, 2].map(() => buildUser(t.app, t.db, { assessor: "hanoi" })));
  const round = (
    await admin.post("/api/networks/hanoi/rounds", {
      frameworkId: framework.id,
      nameVi: "Đợt vòng đời",
      nameEn: "Lifecycle round",
      hubIds: [hub.id],
      ...over,
    })
  ).body;
  for (const a of assessors) await admin.post(`/api/rounds/${round.id}/assessors`, { hubId: hub.id, userId: a.id });
  return {
    framework,
    hub,
    manager,
    m: client(t.app, manager.cookie),
    assessors,
    s: assessors.map((a) => client(t.app, a.cookie)),
    round: round as { id: string; version: number; networkId: string },
  };
}

const current = async (id: string) => (await admin.get(`/api/rounds/${id}`)).body;

describe("deadlines in the network's time zone", () => {
  it("keeps a deadline date open until 23:59:59 in Hanoi (UTC+7), whatever the server's zone", () => {
    expect(localDate(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12-01");
    expect(deadlinePassed("2026-12-01", new Date("2026-12-01T16:59:59.999Z"))).toBe(false);
    expect(deadlinePassed("2026-12-01", new Date("2026-12-01T17:00:00Z"))).toBe(true);
    expect(deadlinePassed("2026-12-01", new Date("2026-11-30T17:00:00Z"))).toBe(false);
    expect(deadlinePassed(null, new Date("2100-01-01T00:00:00Z"))).toBe(false);
  });

  it("refuses a self-assessment one second after the self deadline and scores after the assessor deadline, saving nothing", async () => {
    const { hub, manager, assessors, round } = await scenario({
      selfDeadline: "2026-12-01",
      assessorDeadline: "2026-12-20",
    });
    let now = new Date("2026-12-01T16:59:59Z"); // 23:59:59 on 1 December in Hanoi
    const svc = roundsService(t.db, { now: () => now });
    const me: Actor = {
      userId: manager.id,
      email: manager.email,
      name: "Quản lý",
      isPlatformAdmin: false,
      networkRoles: [],
      managedHubIds: [hub.id],
      sessionHash: "",
    };
    const scorer: Actor = {
      userId: assessors[0].id,
      email: assessors[0].email,
      name: "Chuyên gia",
      isPlatformAdmin: false,
      networkRoles: [{ networkId: round.networkId, networkSlug: "hanoi", role: "assessor" }],
      managedHubIds: [],
      sessionHash: "",
    };
    const self = (v: number) =>
      svc.submit(me, round.id, hub.id, "self", {
        values: { Events: { value: v, evidence: null, links: [], comment: null } },
      });
    expect((await self(10)).submissions[0].values.Events.value).toBe(10);

    now = new Date("2026-12-01T17:00:00Z"); // 00:00:00 on 2 December in Hanoi
    const late = await self(20).catch((e) => e);
    expect(late.status).toBe(409);
    expect(late.details).toEqual([
      { path: "selfDeadline", message: "passed on 2026-12-01 at 23:59:59 Asia/Ho_Chi_Minh" },
    ]);
    // Assessors still score until their own deadline.
    const score = () =>
      svc.submit(scorer, round.id, hub.id, "assessor", {
        values: { Access: { value: 2, evidence: null, links: [], comment: null } },
      });
    expect((await score()).submissions.some((s) => s.source === "assessor")).toBe(true);
    now = new Date("2026-12-20T17:00:00Z");
    const lateScore = await score().catch((e) => e);
    expect(lateScore.status).toBe(409);
    expect(lateScore.details[0].path).toBe("assessorDeadline");
    const saved = (await svc.hubDetail(me, round.id, hub.id)).submissions.find((s) => s.source === "self");
    expect(saved?.values.Events.value).toBe(10);
    expect(saved?.version).toBe(1);
  });

  it("refuses over HTTP after a past deadline until an administrator extends it with PATCH", async () => {
    const { hub, m, round } = await scenario({ selfDeadline: "2020-01-31" });
    const url = `/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`;
    const late = await m.put(url, { values: { Events: { value: 5 } } });
    expect(late.status).toBe(409);
    expect(late.body.error.details[0].path).toBe("selfDeadline");
    expect((await admin.get(`/api/rounds/${round.id}/hubs/${hub.id}`)).body.submissions).toEqual([]);

    // Only administrators change a round; a stale version is a 409.
    expect(
      (await m.patch(`/api/rounds/${round.id}`, { version: round.version, selfDeadline: "2099-01-31" })).status,
    ).toBe(403);
    const bad = await admin.patch(`/api/rounds/${round.id}`, { version: round.version, selfDeadline: "31/01/2099" });
    expect(bad.status).toBe(400);
    const extended = await admin.patch(`/api/rounds/${round.id}`, {
      version: round.version,
      selfDeadline: "2099-01-31",
    });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({
      selfDeadline: "2099-01-31",
      nameEn: "Lifecycle round",
      version: round.version + 1,
    });
    expect((await admin.patch(`/api/rounds/${round.id}`, { version: round.version, nameEn: "x" })).status).toBe(409);
    const dupTiers = await admin.patch(`/api/rounds/${round.id}`, {
      version: extended.body.version,
      tiers: [
        { name: "A", min: 50 },
        { name: "A", min: 0 },
      ],
    });
    expect(dupTiers.status).toBe(400);
    expect((await m.put(url, { values: { Events: { value: 5 } } })).status).toBe(200);
    expect(await auditCount("round.update")).toBeGreaterThan(0);
  });
});

describe("close, reopen and publish", () => {
  it("goes open → closed → open → closed → published, with results for review only while closed", async () => {
    const { hub, m, s, round } = await scenario();
    const otherManager = client(t.app, (await buildUser(t.app, t.db, { manages: [(await buildHub(t.db)).id] })).cookie);
    const outsider = client(t.app, (await buildUser(t.app, t.db, { assessor: "hanoi" })).cookie);
    await m.put(`/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`, {
      values: { Events: { value: 25 }, Audience: { value: 10000 }, Hours: { value: 1 } },
    });
    const score = (i: number, v: number) =>
      s[i].put(`/api/rounds/${round.id}/hubs/${hub.id}/scores`, { values: { Access: { value: v } } });
    await score(0, 2);

    // Publishing an open round is refused: close it first.
    const early = await admin.post(`/api/rounds/${round.id}/publish`, { version: round.version });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Close the round first/);
    const short = await admin.post(`/api/rounds/${round.id}/close`, { version: round.version });
    expect(short.status).toBe(409);
    expect(short.body.error.message).toContain("has 1 assessor who scored");
    await score(1, 3);
    expect((await m.post(`/api/rounds/${round.id}/close`, { version: round.version })).status).toBe(403);
    const stale = await admin.post(`/api/rounds/${round.id}/close`, { version: round.version - 1 || 99 });
    expect(stale.status).toBe(409);

    const closed = await admin.post(`/api/rounds/${round.id}/close`, { version: round.version });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", version: round.version + 1 });
    expect(closed.body.closedAt).toEqual(expect.any(String));
    // Closed: submissions stop.
    expect((await score(0, 4)).status).toBe(403);
    expect(
      (await m.put(`/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`, { values: { Events: { value: 1 } } }))
        .status,
    ).toBe(403);
    // Results for review: administrators and the hub's own managers; not the public, nor other hubs' managers.
    const review = await admin.get(`/api/rounds/${round.id}/results`);
    expect(review.status).toBe(200);
    expect(review.body.status).toBe("closed");
    expect(review.body.items).toHaveLength(1);
    expect((await m.get(`/api/rounds/${round.id}/results`)).status).toBe(200);
    expect((await client(t.app).get(`/api/rounds/${round.id}/results`)).status).toBe(404);
    expect((await client(t.app).get(`/api/rounds/${round.id}`)).status).toBe(404);
    expect((await otherManager.get(`/api/rounds/${round.id}/results`)).status).toBe(404);
    expect((await outsider.get(`/api/rounds/${round.id}/results`)).status).toBe(404);
    // A closed round cannot be changed or closed again.
    expect((await admin.patch(`/api/rounds/${round.id}`, { version: closed.body.version, nameEn: "x" })).status).toBe(
      409,
    );
    expect((await admin.post(`/api/rounds/${round.id}/close`, { version: closed.body.version })).status).toBe(409);

    // Reopen: values can change again; close again recomputes.
    expect((await admin.post(`/api/rounds/${round.id}/reopen`, { version: round.version })).status).toBe(409);
    const reopened = await admin.post(`/api/rounds/${round.id}/reopen`, { version: closed.body.version });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: "open", closedAt: null });
    expect((await score(0, 4)).status).toBe(200);
    expect((await admin.post(`/api/rounds/${round.id}/reopen`, { version: reopened.body.version })).status).toBe(409);
    const closedAgain = await admin.post(`/api/rounds/${round.id}/close`, { version: reopened.body.version });
    expect(closedAgain.status).toBe(200);

    const published = await admin.post(`/api/rounds/${round.id}/publish`, { version: closedAgain.body.version });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe("published");
    const pub = await client(t.app).get(`/api/rounds/${round.id}/results`);
    expect(pub.status).toBe(200);
    expect(pub.body.status).toBe("published");
    expect((await current(round.id)).status).toBe("published");
    const again = await admin.post(`/api/rounds/${round.id}/publish`, { version: (await current(round.id)).version });
    expect(again.status).toBe(409);
    expect(
      (await admin.post(`/api/rounds/${round.id}/reopen`, { version: (await current(round.id)).version })).status,
    ).toBe(409);
    for (const action of ["round.close", "round.reopen", "round.publish"])
      expect(await auditCount(action), action).toBeGreaterThan(0);
  });
});

const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24, 1)]);

describe("evidence files", () => {
  const send = async (
    cookie: string | undefined,
    roundId: string,
    hubId: string,
    indicator: string | null,
    data: Buffer,
    filename = "bao-cao.pdf",
  ) => {
    const body = multipart(indicator === null ? {} : { indicator }, {
      field: "file",
      filename,
      type: "application/pdf",
      data,
    });
    const res = await t.app.inject({
      method: "POST",
      url: `/api/rounds/${roundId}/hubs/${hubId}/evidence`,
      payload: body.payload,
      headers: { ...body.headers, ...(cookie ? { cookie } : {}), origin: "http://localhost:80" },
    });
    return { status: res.statusCode, body: res.json() };
  };
  const download = (cookie: string | undefined, url: string) =>
    t.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

  it("attaches files per indicator, lists them with the hub, and lets only the hub's people download them", async () => {
    const { hub, manager, m, assessors, round } = await scenario();
    const before = await evidenceCount();
    const ok = await send(manager.cookie, round.id, hub.id, "Events", pdf, "Lịch sự kiện.pdf");
    expect(ok.status).toBe(201);
    expect(ok.body.evidence).toEqual([
      expect.objectContaining({
        indicator: "Events",
        filename: "Lịch sự kiện.pdf",
        contentType: "application/pdf",
        size: pdf.length,
      }),
    ]);
    expect((await send(manager.cookie, round.id, hub.id, "Audience", png, "ve.png")).body.evidence).toHaveLength(2);
    const fileId = ok.body.evidence[0].id;
    const url = `/api/rounds/${round.id}/hubs/${hub.id}/evidence/${fileId}`;

    for (const cookie of [manager.cookie, assessors[0].cookie, admin.cookie as string]) {
      const res = await download(cookie, url);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(pdf)).toBe(true);
      expect(res.headers["content-type"]).toContain("application/pdf");
    }
    const strangers = [
      undefined,
      (await buildUser(t.app, t.db)).cookie,
      (await buildUser(t.app, t.db, { assessor: "hanoi" })).cookie, // an assessor not assigned to this hub
      (await buildUser(t.app, t.db, { manages: [(await buildHub(t.db)).id] })).cookie,
    ];
    for (const cookie of strangers) expect((await download(cookie, url)).statusCode).toBe(404);
    // The hub's view lists the files for assessors too.
    expect(
      (await client(t.app, assessors[0].cookie).get(`/api/rounds/${round.id}/hubs/${hub.id}`)).body.evidence,
    ).toHaveLength(2);

    // Deleting: the manager, while open; others are refused.
    const del = (cookie: string | undefined) =>
      t.app.inject({
        method: "DELETE",
        url,
        headers: { ...(cookie ? { cookie } : {}), origin: "http://localhost:80" },
      });
    expect((await del(assessors[0].cookie)).statusCode).toBe(403);
    expect((await del(undefined)).statusCode).toBe(404);
    expect((await del(manager.cookie)).statusCode).toBe(204);
    expect((await del(manager.cookie)).statusCode).toBe(404);
    expect((await download(manager.cookie, url)).statusCode).toBe(404);
    expect((await m.get(`/api/rounds/${round.id}/hubs/${hub.id}`)).body.evidence).toHaveLength(1);
    expect(await evidenceCount()).toBe(before + 1);
    expect(await auditCount("round.evidence.add")).toBeGreaterThanOrEqual(2);
    expect(await auditCount("round.evidence.delete")).toBeGreaterThanOrEqual(1);
  });

  it("refuses a wrong type (415), an oversized file (413), a bad indicator (400) and a late upload (409), writing nothing", async () => {
    const { hub, manager, round } = await scenario();
    const before = await evidenceCount();
    const auditBefore = await auditCount("round.evidence.add");
    const exe = await send(
      manager.cookie,
      round.id,
      hub.id,
      "Events",
      Buffer.from("MZ\x90\x00 not a document"),
      "bao-cao.pdf",
    );
    expect(exe.status).toBe(415);
    expect(exe.body.error.details[0].path).toBe("file");
    const big = await send(
      manager.cookie,
      round.id,
      hub.id,
      "Events",
      Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(big.status).toBe(413);
    const noIndicator = await send(manager.cookie, round.id, hub.id, null, pdf);
    expect(noIndicator.status).toBe(400);
    expect(noIndicator.body.error.details[0].path).toBe("indicator");
    const unknown = await send(manager.cookie, round.id, hub.id, "Nope", pdf);
    expect(unknown.body.error.details[0]).toEqual({
      path: "indicator",
      message: '"Nope" is not an indicator of this framework',
    });
    const assessorOnly = await send(manager.cookie, round.id, hub.id, "Access", pdf);
    expect(assessorOnly.status).toBe(400);
    expect(assessorOnly.body.error.details[0].message).toContain("supplied by assessor");
    // Not the hub's manager: 404 for strangers, 403 for administrators (who see the hub but do not self-assess).
    expect((await send(undefined, round.id, hub.id, "Events", pdf)).status).toBe(404);
    expect((await send(admin.cookie, round.id, hub.id, "Events", pdf)).status).toBe(403);

    const late = await scenario({ selfDeadline: "2020-01-01" });
    const refused = await send(late.manager.cookie, late.round.id, late.hub.id, "Events", pdf);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details[0].path).toBe("selfDeadline");
    expect(await evidenceCount()).toBe(before);
    expect(await auditCount("round.evidence.add")).toBe(auditBefore);
  });

  it("recognises office documents and images by their content", () => {
    const zip = (names: string[]) =>
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(names.join("\0"))]);
    expect(sniffEvidence(zip(["[Content_Types].xml", "word/document.xml"]), "a.docx")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(sniffEvidence(zip(["[Content_Types].xml", "xl/workbook.xml"]), "a.xlsx")).toContain("spreadsheetml");
    expect(sniffEvidence(zip(["other.txt"]), "a.zip")).toBeNull();
    const odt = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(26),
      Buffer.from("mimetypeapplication/vnd.oasis.opendocument.text"),
    ]);
    expect(sniffEvidence(odt, "a.odt")).toBe("application/vnd.oasis.opendocument.text");
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(16)]);
    expect(sniffEvidence(ole, "bang.xls")).toBe("application/vnd.ms-excel");
    expect(sniffEvidence(ole, "virus.exe")).toBeNull();
    expect(sniffEvidence(Buffer.from("GIF89a....."), "a.gif")).toBe("image/gif");
    expect(sniffEvidence(Buffer.from("RIFF\0\0\0\0WEBPVP8 "), "a.webp")).toBe("image/webp");
    expect(sniffEvidence(Buffer.from("<html>"), "a.pdf")).toBeNull();
  });
});
