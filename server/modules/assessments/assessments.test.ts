import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFrameworkBody, buildHub, buildNetwork, buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { rows } from "../../db/client.ts";

let t: Awaited<ReturnType<typeof testApp>>;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  t = await testApp();
  admin = client(t.app, (await buildUser(t.app, t.db, { networkAdmin: "hanoi", name: "Sở Văn hoá" })).cookie);
});
afterAll(() => t.close());

const auditCount = async (action: string) =>
  (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`))[0].n;

describe("criteria frameworks", () => {
  it("creates a framework tree and previews its effective weights with the engine", async () => {
    const created = await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ frameworkVersion: 1, version: 1, locked: false, isExample: false });
    const preview = await admin.post("/api/frameworks/weights-preview", { elements: created.body.elements });
    const eff = Object.fromEntries(
      preview.body.items.map((i: { code: string; effective: number }) => [i.code, i.effective]),
    );
    // Programme (weight 2) and Space (1): 2/3 and 1/3; Events and Audience share Programme equally.
    expect(eff.Programme).toBeCloseTo(2 / 3);
    expect(eff.Events).toBeCloseTo(1 / 3);
    expect(eff.Audience).toBeCloseTo(1 / 3);
    expect(eff.Access).toBeCloseTo(1 / 6);
    expect(await auditCount("framework.create")).toBeGreaterThanOrEqual(1);
  });

  it("refuses a bad tree naming every element at fault, and saves nothing", async () => {
    const before = (await admin.get("/api/networks/hanoi/frameworks")).body.items.length;
    const body = buildFrameworkBody();
    body.elements.push(
      { code: "Loop1", parent: "Loop2", kind: "dimension", nameVi: "Vòng 1", nameEn: "Loop 1", weight: 1 },
      { code: "Loop2", parent: "Loop1", kind: "dimension", nameVi: "Vòng 2", nameEn: "Loop 2", weight: 1 },
      { code: "Empty", parent: null, kind: "dimension", nameVi: "Trống", nameEn: "Empty", weight: 1 },
    );
    body.elements[1].weight = 0;
    body.elements[4].levels = [
      { level: 1, labelVi: "Một", labelEn: "One" },
      { level: 1, labelVi: "Một nữa", labelEn: "One again" },
    ];
    const res = await admin.post("/api/networks/hanoi/frameworks", body);
    expect(res.status).toBe(400);
    const messages = res.body.error.details.map((d: { message: string }) => d.message).join("\n");
    expect(messages).toContain('"Events": weight must be greater than 0');
    expect(messages).toMatch(/"Loop1": is in a cycle: Loop1 → Loop2 → Loop1/);
    expect(messages).toContain('"Empty": a dimension needs at least one child');
    expect(messages).toContain('"Access": rubric level 1 is described twice');
    expect((await admin.get("/api/networks/hanoi/frameworks")).body.items.length).toBe(before);
  });

  it("updates an unlocked version, refuses a stale version with 409, and copies a new version", async () => {
    const f = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
    const body = { ...buildFrameworkBody(), nameEn: "Renamed", version: 1 };
    const ok = await admin.patch(`/api/frameworks/${f.id}`, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ nameEn: "Renamed", version: 2 });
    const stale = await admin.patch(`/api/frameworks/${f.id}`, body);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0].path).toBe("body.version");
    const v2 = await admin.post(`/api/frameworks/${f.id}/versions`);
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ familyId: f.familyId, frameworkVersion: 2, nameEn: "Renamed", locked: false });
  });

  it("is refused to people who do not administer the network", async () => {
    const someone = client(t.app, (await buildUser(t.app, t.db)).cookie);
    expect((await someone.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).status).toBe(403);
    expect((await client(t.app).post("/api/networks/hanoi/frameworks", buildFrameworkBody())).status).toBe(401);
  });

  it("seeds Hanoi's example framework: seven dimensions of 3–5 bilingual indicators, labelled as an example", async () => {
    const list = (await client(t.app).get("/api/networks/hanoi/frameworks")).body.items;
    const example = list.find((f: { isExample: boolean }) => f.isExample);
    expect(example).toBeDefined();
    expect(example.nameEn).toMatch(/example/i);
    const f = (await client(t.app).get(`/api/frameworks/${example.id}`)).body;
    const dims = f.elements.filter((e: { kind: string }) => e.kind === "dimension");
    expect(dims).toHaveLength(7);
    for (const d of dims) {
      const n = f.elements.filter((e: { parent: string }) => e.parent === d.code).length;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
    for (const e of f.elements) expect(e.nameVi).toBe(e.nameVi.normalize("NFC"));
    const preview = await client(t.app).post("/api/frameworks/weights-preview", { elements: f.elements });
    const total = preview.body.items
      .filter((i: { kind: string }) => i.kind === "indicator")
      .reduce((s: number, i: { effective: number }) => s + i.effective, 0);
    expect(total).toBeCloseTo(1);
  });
});

describe("an assessment round", () => {
  it("runs framework → round → self-assessments → assessors with a disagreement flagged → publish, with intervals and tier stability", async () => {
    const framework = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
    const hubA = await buildHub(t.db, { nameVi: "Không gian Ánh Sáng" });
    const hubB = await buildHub(t.db, { nameVi: "Xưởng Gốm Bát Tràng" });
    const hubC = await buildHub(t.db, { nameVi: "Nhà Sách Đinh Lễ" });
    const managerA = await buildUser(t.app, t.db, { manages: [hubA.id] });
    const mA = client(t.app, managerA.cookie);
    const managerB = client(t.app, (await buildUser(t.app, t.db, { manages: [hubB.id] })).cookie);
    const assessors = await Promise.all([1, 2, 3].map(() => buildUser(t.app, t.db, { assessor: "hanoi" })));
    const [s1, s2, s3] = assessors.map((u) => client(t.app, u.cookie));
    // An assessor who also manages hub A.
    const insider = await buildUser(t.app, t.db, { assessor: "hanoi", manages: [hubA.id] });

    const opened = await admin.post("/api/networks/hanoi/rounds", {
      frameworkId: framework.id,
      nameVi: "Đợt đánh giá 2026",
      nameEn: "2026 round",
      hubIds: [hubA.id, hubB.id, hubC.id],
      selfDeadline: "2099-12-01",
      assessorDeadline: "2099-12-20",
      spreadThreshold: 0.25,
    });
    expect(opened.status).toBe(201);
    const round = opened.body;
    expect(round.framework).toMatchObject({ id: framework.id, frameworkVersion: 1 });
    expect((await mA.get("/api/notifications")).body.items.map((n: { kind: string }) => n.kind)).toContain(
      "round.opened",
    );
    // Before publication the public sees nothing.
    expect((await client(t.app).get(`/api/rounds/${round.id}`)).status).toBe(404);
    expect((await client(t.app).get(`/api/rounds/${round.id}/results`)).status).toBe(404);

    // Self-assessment with evidence; bad values are named.
    const selfUrl = (h: string) => `/api/rounds/${round.id}/hubs/${h}/self-assessment`;
    const bad = await mA.put(selfUrl(hubA.id), {
      values: { Events: { value: 900 }, Audience: { value: "nhiều" }, Access: { value: 2 } },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string; message: string }) => `${d.path}: ${d.message}`);
    expect(paths).toContain(
      'body.values.Events.value: "Events" (Public events per year) must be between 0 and 500 (got 900)',
    );
    expect(paths).toContain('body.values.Audience.value: "Audience" (Visitors per year) needs a number (got "nhiều")');
    expect(paths).toContain('body.values.Access: "Access" (Accessibility) is supplied by assessor, not self');
    expect((await mA.put(selfUrl(hubB.id), { values: {} })).status).toBe(404);

    const selfA = await mA.put(selfUrl(hubA.id), {
      values: {
        Events: { value: 40, evidence: "Lịch sự kiện 2026", links: ["https://example.vn/lich"] },
        Audience: { value: 12000, evidence: "Số vé bán" },
        Hours: { value: true },
      },
    });
    expect(selfA.status).toBe(200);
    expect(selfA.body.submissions[0].values.Events).toMatchObject({ value: 40, links: ["https://example.vn/lich"] });
    await managerB.put(selfUrl(hubB.id), {
      values: { Events: { value: 10 }, Audience: { value: 3000 }, Hours: { value: 0 } },
    });
    // The framework version is locked once the round has values.
    const locked = await admin.patch(`/api/frameworks/${framework.id}`, { ...buildFrameworkBody(), version: 1 });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toMatch(/locked/);

    // Assessors: a manager of the hub and a declared conflict are refused.
    const assign = (hubId: string, userId: string) =>
      admin.post(`/api/rounds/${round.id}/assessors`, { hubId, userId });
    const refused = await assign(hubA.id, insider.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("manages the hub");
    expect(
      (await s3.post(`/api/rounds/${round.id}/conflicts`, { hubId: hubC.id, reason: "Tư vấn cho hub" })).status,
    ).toBe(204);
    const conflicted = await assign(hubC.id, assessors[2].id);
    expect(conflicted.status).toBe(409);
    expect(conflicted.body.error.details[0].message).toContain("Tư vấn cho hub");

    for (const h of [hubA, hubB, hubC]) {
      expect((await assign(h.id, assessors[0].id)).status).toBe(200);
    }
    const score = (c: typeof s1, h: string, access: number) =>
      c.put(`/api/rounds/${round.id}/hubs/${h}/scores`, {
        values: { Access: { value: access, comment: "Đã khảo sát" } },
      });
    expect((await score(s2, hubA.id, 3)).status).toBe(404); // not assigned yet: neither visible nor allowed
    const noLevel = await score(s1, hubA.id, 7);
    expect(noLevel.status).toBe(400);
    expect(noLevel.body.error.details[0].message).toBe(
      '"Access" (Accessibility) has no rubric level 7 (levels: 0, 1, 2, 3, 4)',
    );
    await score(s1, hubA.id, 4);
    await score(s1, hubB.id, 1);
    await score(s1, hubC.id, 2);

    // Closing with one assessor per hub is refused, naming the hubs.
    const early = await admin.post(`/api/rounds/${round.id}/close`, { version: round.version });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('hub "Không gian Ánh Sáng" has 1 assessor who scored');

    for (const h of [hubA, hubB, hubC]) await assign(h.id, assessors[1].id);
    await score(s2, hubA.id, 1); // 4 vs 1: a spread of 3/4 of the scale
    await score(s2, hubB.id, 1);
    await score(s2, hubC.id, 2);
    const detail = await admin.get(`/api/rounds/${round.id}/hubs/${hubA.id}`);
    expect(detail.body.flagged).toEqual([{ code: "Access", spread: 0.75 }]);
    // The assessed hub's manager sees the scores but not who gave them; the administrator sees the assessors.
    const seenByHub = (await mA.get(`/api/rounds/${round.id}/hubs/${hubA.id}`)).body.submissions.filter(
      (x: { source: string }) => x.source === "assessor",
    );
    expect(seenByHub.map((x: { authorId: string | null; authorName: string }) => [x.authorId, x.authorName])).toEqual([
      [null, "Assessor 1"],
      [null, "Assessor 2"],
    ]);
    expect(
      detail.body.submissions
        .filter((x: { source: string }) => x.source === "assessor")
        .every((x: { authorId: string | null }) => x.authorId),
    ).toBe(true);
    expect(
      (await admin.get(`/api/rounds/${round.id}`)).body.hubs.find((h: { id: string }) => h.id === hubA.id).flagged,
    ).toEqual(["Access"]);
    // A further assessor is added for the flagged hub; the median consolidates the three.
    expect((await assign(hubA.id, assessors[2].id)).status).toBe(200);
    await score(s3, hubA.id, 3);
    expect((await admin.get(`/api/rounds/${round.id}/hubs/${hubA.id}`)).body.consolidated.Access).toBe(3);

    // Before publication: the admin previews all, a manager sees only their own hub.
    expect((await admin.get(`/api/rounds/${round.id}/results`)).body.items).toHaveLength(3);
    const own = await mA.get(`/api/rounds/${round.id}/results`);
    expect(own.body.items.map((i: { hubId: string }) => i.hubId)).toEqual([hubA.id]);

    const current = (await admin.get(`/api/rounds/${round.id}`)).body;
    const closed = await admin.post(`/api/rounds/${round.id}/close`, { version: current.version });
    expect(closed.status).toBe(200);
    const published = await admin.post(`/api/rounds/${round.id}/publish`, { version: closed.body.version });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: "published", framework: { id: framework.id, frameworkVersion: 1 } });
    const items = published.body.items;
    // Hub C sent no self-assessment: the engine's arithmetic mean skips missing values, so it is scored on Space alone
    // (50) and ranks above hub B (15.83).
    expect(items.map((i: { hubId: string }) => i.hubId)).toEqual([hubA.id, hubC.id, hubB.id]);
    expect(items[2].composite).toBeCloseTo((2 * 17.5 + 12.5) / 3, 3);
    expect(items[1].dimensions).toEqual({ Programme: null, Space: 50 });
    // Hub A: Events 40/50 → 80, Audience 12000/20000 → 60 (Programme 70); Hours yes → 100, Access 3/4 → 75 (Space 87.5).
    expect(items[0].dimensions).toEqual({ Programme: 70, Space: 87.5 });
    expect(items[0].composite).toBeCloseTo((2 * 70 + 87.5) / 3, 3);
    expect(items[0]).toMatchObject({ rank: 1, tier: "A" });
    for (const i of items) {
      expect(i.rankInterval[0]).toBeLessThanOrEqual(i.rank);
      expect(i.rankInterval[1]).toBeGreaterThanOrEqual(i.rank);
      expect(i.tierStability).toBeGreaterThanOrEqual(0);
      expect(i.tierStability).toBeLessThanOrEqual(1);
    }
    expect(published.body.runs).toBeGreaterThan(0);

    // Published: public results and CSV; values can no longer change.
    const pub = await client(t.app).get(`/api/rounds/${round.id}/results`);
    expect(pub.status).toBe(200);
    expect(pub.body.items).toHaveLength(3);
    const csv = await client(t.app).get(`/api/rounds/${round.id}/results.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.text.split("\n")[0]).toBe(
      "hub_id,name_vi,name_en,framework_version,composite,Programme,Space,rank,rank_q5,rank_q95,tier,tier_stability,previous_composite,composite_change,previous_rank,rank_change,previous_tier",
    );
    expect(csv.text).toContain("Không gian Ánh Sáng");
    expect((await score(s1, hubA.id, 2)).status).toBe(403);
    expect((await managerB.get("/api/notifications")).body.items.map((n: { kind: string }) => n.kind)).toContain(
      "round.published",
    );
    for (const action of [
      "round.open",
      "round.assessor.assign",
      "round.submission.self",
      "round.submission.assessor",
      "round.publish",
      "assessor.conflict.declare",
    ]) {
      expect(await auditCount(action), action).toBeGreaterThan(0);
    }
  });
});

describe("bad round input", () => {
  it("names the element at fault: another network's hub or framework, a duplicate tier, an unknown indicator, a yes/no that is neither", async () => {
    const framework = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
    const hub = await buildHub(t.db);
    const otherNetwork = await buildNetwork(t.db);
    const foreign = await buildHub(t.db, { network: otherNetwork });
    const open = (over: Record<string, unknown>) =>
      admin.post("/api/networks/hanoi/rounds", {
        frameworkId: framework.id,
        nameVi: "Đợt",
        nameEn: "Round",
        hubIds: [hub.id],
        ...over,
      });
    const wrongHub = await open({ hubIds: [hub.id, foreign.id] });
    expect(wrongHub.status).toBe(400);
    expect(wrongHub.body.error.details).toEqual([
      { path: "body.hubIds.1", message: `${foreign.id} is not a hub of this network` },
    ]);
    const otherAdmin = client(t.app, (await buildUser(t.app, t.db, { networkAdmin: otherNetwork })).cookie);
    const wrongFramework = await otherAdmin.post(`/api/networks/${otherNetwork}/rounds`, {
      frameworkId: framework.id,
      nameVi: "Đợt",
      nameEn: "Round",
      hubIds: [foreign.id],
    });
    expect(wrongFramework.status).toBe(400);
    expect(wrongFramework.body.error.details[0].path).toBe("body.frameworkId");
    const tiers = await open({
      tiers: [
        { name: "A", min: 60 },
        { name: "A", min: 0 },
      ],
    });
    expect(tiers.status).toBe(400);
    expect(tiers.body.error.details[0]).toEqual({ path: "body.tiers.1.name", message: 'tier "A" is named twice' });

    const round = (await open({})).body;
    const manager = client(t.app, (await buildUser(t.app, t.db, { manages: [hub.id] })).cookie);
    const bad = await manager.put(`/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`, {
      values: { Nope: { value: 1 }, Programme: { value: 1 }, Hours: { value: 2 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      '"Nope" is not an indicator of this framework',
      '"Programme" is not an indicator of this framework',
      '"Hours" (Open at weekends) is yes/no: 1 or 0 (got 2)',
    ]);
    // Nothing was saved, and the framework is still editable.
    expect((await admin.get(`/api/rounds/${round.id}/hubs/${hub.id}`)).body.submissions).toEqual([]);
    expect((await admin.get(`/api/frameworks/${framework.id}`)).body.locked).toBe(false);

    // A stale submission version is a 409.
    const first = await manager.put(`/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`, {
      values: { Hours: { value: 1 } },
    });
    expect(first.body.submissions[0].version).toBe(1);
    await manager.put(`/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`, {
      version: 1,
      values: { Hours: { value: 0 } },
    });
    const stale = await manager.put(`/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`, {
      version: 1,
      values: { Hours: { value: 1 } },
    });
    expect(stale.status).toBe(409);

    // Only the network's assessors can be assigned; an assigned assessor cannot declare a conflict afterwards.
    const plain = await buildUser(t.app, t.db);
    const notAssessor = await admin.post(`/api/rounds/${round.id}/assessors`, { hubId: hub.id, userId: plain.id });
    expect(notAssessor.status).toBe(400);
    expect(notAssessor.body.error.details[0]).toEqual({
      path: "body.userId",
      message: "is not an assessor of this network",
    });
    const assessor = await buildUser(t.app, t.db, { assessor: "hanoi" });
    await admin.post(`/api/rounds/${round.id}/assessors`, { hubId: hub.id, userId: assessor.id });
    const late = await client(t.app, assessor.cookie).post(`/api/rounds/${round.id}/conflicts`, { hubId: hub.id });
    expect(late.status).toBe(409);
  });
});
