import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFrameworkBody, buildHub, buildUser } from "../../../test/factories.ts";
import { client } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { rows } from "../../db/client.ts";

let t: Awaited<ReturnType<typeof testApp>>;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  t = await testApp();
  admin = client(t.app, (await buildUser(t.app, t.db, { networkAdmin: "hanoi" })).cookie);
});
afterAll(() => t.close());

type Hub = Awaited<ReturnType<typeof buildHub>>;
type Item = {
  hubId: string;
  composite: number;
  rank: number;
  tier: string;
  peers: {
    kind: string;
    nameEn: string;
    position: number;
    of: number;
    members: { hubId: string; rank: number; composite: number }[];
  }[];
  change?: { composite: number; rank: number; compositeDelta: number; rankDelta: number; tierChanged: boolean } | null;
  dimensionsVsMedian: { strongest: { code: string; difference: number }[]; weakest: { code: string }[] };
  indicators: Record<string, number>;
  normalised: Record<string, number>;
};

const setType = (hub: Hub, slug: string) =>
  t.db.execute(sql`UPDATE hubs SET type_id = (SELECT id FROM hub_types WHERE slug = ${slug}) WHERE id = ${hub.id}`);
const addField = async (hub: Hub) => {
  const [f] = await rows<{ id: string }>(t.db, sql`SELECT id FROM creative_fields ORDER BY sort_order LIMIT 1`);
  await t.db.execute(sql`INSERT INTO hub_fields (hub_id, field_id) VALUES (${hub.id}, ${f.id})`);
};

/**
 * Runs a round to publication: the hubs' self-assessments (`events` each), two assessors scoring Access, then close
 * (where the platform has that step) and publish.
 */
async function publishedRound(frameworkId: string, hubs: Hub[], events: number[], nameEn: string) {
  const round = (
    await admin.post("/api/networks/hanoi/rounds", {
      frameworkId,
      nameVi: nameEn,
      nameEn,
      hubIds: hubs.map((h) => h.id),
    })
  ).body;
  const assessors = await Promise.all([1, 2].map(() => buildUser(t.app, t.db, { assessor: "hanoi" })));
  for (const [k, h] of hubs.entries()) {
    const manager = client(t.app, (await buildUser(t.app, t.db, { manages: [h.id] })).cookie);
    const self = await manager.put(`/api/rounds/${round.id}/hubs/${h.id}/self-assessment`, {
      values: { Events: { value: events[k] }, Audience: { value: 1000 * events[k] }, Hours: { value: 1 } },
    });
    expect(self.status).toBe(200);
    for (const a of assessors) {
      expect((await admin.post(`/api/rounds/${round.id}/assessors`, { hubId: h.id, userId: a.id })).status).toBe(200);
      const s = await client(t.app, a.cookie).put(`/api/rounds/${round.id}/hubs/${h.id}/scores`, {
        values: { Access: { value: 2 } },
      });
      expect(s.status).toBe(200);
    }
  }
  let version = (await admin.get(`/api/rounds/${round.id}`)).body.version;
  const closed = await admin.post(`/api/rounds/${round.id}/close`, { version });
  if (closed.status === 200) version = (await admin.get(`/api/rounds/${round.id}`)).body.version;
  const published = await admin.post(`/api/rounds/${round.id}/publish`, { version });
  expect(published.status).toBe(200);
  return round.id as string;
}

const itemsOf = async (roundId: string, c = client(t.app)) => {
  const res = await c.get(`/api/rounds/${roundId}/results`);
  expect(res.status, res.text).toBe(200);
  return { body: res.body, items: res.body.items as Item[] };
};

describe("results: peers, change since the last round, strengths against the median, XLSX", () => {
  let hubs: Hub[];
  let first: string;
  let second: string;
  let frameworkV1: string;

  beforeAll(async () => {
    hubs = await Promise.all(["Bảo tàng Một", "Bảo tàng Hai", "Xưởng Ba"].map((nameVi) => buildHub(t.db, { nameVi })));
    await setType(hubs[0], "museum");
    await setType(hubs[1], "museum");
    await setType(hubs[2], "craft-village");
    await addField(hubs[0]);
    await addField(hubs[2]);
    const fw = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
    frameworkV1 = fw.id;
    // Round 1: hubs 0 and 1 on version 1; hub 1 is ahead.
    first = await publishedRound(fw.id, hubs.slice(0, 2), [10, 40], "First round");
    // Round 2 on version 2 of the same framework, with a new hub; hub 0 overtakes hub 1.
    const v2 = (await admin.post(`/api/frameworks/${fw.id}/versions`)).body;
    second = await publishedRound(v2.id, hubs, [50, 20, 30], "Second round");
  });

  it("names each hub's peers of the same type and of a shared creative field, and its position among them", async () => {
    const { items } = await itemsOf(second);
    const byHub = new Map(items.map((i) => [i.hubId, i]));
    const h0 = byHub.get(hubs[0].id) as Item;
    const type = h0.peers.find((g) => g.kind === "type");
    expect(type).toMatchObject({ nameEn: "Museum", position: 1, of: 2 });
    expect(type?.members.map((m) => m.hubId)).toEqual([hubs[1].id]);
    expect(type?.members[0]).toMatchObject({ rank: byHub.get(hubs[1].id)?.rank });
    const field = h0.peers.find((g) => g.kind === "field");
    expect(field).toMatchObject({ of: 2 });
    expect(field?.members.map((m) => m.hubId)).toEqual([hubs[2].id]);
    const h1 = byHub.get(hubs[1].id) as Item;
    expect(h1.peers.map((g) => [g.kind, g.position, g.of])).toEqual([["type", 2, 2]]);
    // A craft village alone of its type has only its field group.
    expect((byHub.get(hubs[2].id) as Item).peers.map((g) => g.kind)).toEqual(["field"]);
  });

  it("compares with the previous published round: differences, 'new' hubs, and a framework version that differs", async () => {
    const { body, items } = await itemsOf(second);
    expect(body.previousRound).toMatchObject({
      id: first,
      nameEn: "First round",
      frameworkId: frameworkV1,
      frameworkVersion: 1,
      sameFamily: true,
      sameVersion: false,
    });
    expect(body.framework.frameworkVersion).toBe(2);
    expect(body.round).toMatchObject({
      nameEn: "Second round",
      consolidation: "median",
      frameworkNameEn: "Test criteria",
    });
    const before = new Map((await itemsOf(first)).items.map((i) => [i.hubId, i]));
    const byHub = new Map(items.map((i) => [i.hubId, i]));
    const h0 = byHub.get(hubs[0].id) as Item;
    const was = before.get(hubs[0].id) as Item;
    expect(h0.change).toMatchObject({ composite: was.composite, rank: 2 });
    expect(h0.change?.compositeDelta).toBeCloseTo(h0.composite - was.composite, 3);
    expect(h0.change?.rankDelta).toBe(2 - h0.rank);
    expect(h0.change?.rankDelta).toBe(1);
    expect(byHub.get(hubs[2].id)?.change).toBeNull();
    // The CSV carries the same change, and empty cells for a hub new to this round.
    const csv = await t.app.inject({ method: "GET", url: `/api/rounds/${second}/results.csv` });
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    const row0 = rows.find((r) => r.hub_id === hubs[0].id);
    expect(Number(row0?.previous_rank)).toBe(2);
    expect(Number(row0?.rank_change)).toBe(1);
    expect(Number(row0?.previous_composite)).toBeCloseTo(was.composite, 6);
    expect(rows.find((r) => r.hub_id === hubs[2].id)).toMatchObject({ previous_rank: "", rank_change: "" });
    // The first round had nothing before it.
    expect((await itemsOf(first)).body.previousRound).toBeNull();
    expect((await itemsOf(first)).items[0].change).toBeUndefined();
  });

  it("names each hub's strongest and weakest dimensions against the round's median, and its indicator values", async () => {
    const { items } = await itemsOf(second);
    const h0 = items.find((i) => i.hubId === hubs[0].id) as Item;
    // Programme: events 50/30/20 → hub 0 above the median; Space is the same for all (no strength, no weakness).
    expect(h0.dimensionsVsMedian.strongest.map((d) => d.code)).toEqual(["Programme"]);
    expect(h0.dimensionsVsMedian.weakest).toEqual([]);
    const h1 = items.find((i) => i.hubId === hubs[1].id) as Item;
    expect(h1.dimensionsVsMedian.weakest.map((d) => d.code)).toEqual(["Programme"]);
    expect(h0.indicators).toEqual({ Events: 50, Audience: 50000, Hours: 1, Access: 2 });
    expect(h0.normalised.Events).toBe(100);
    expect(h0.normalised.Access).toBe(50);
  });

  it("exports an XLSX workbook: Results, Indicators and Metadata with frozen headers and number formats", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/rounds/${second}/results.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain(".xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Results", "Indicators", "Metadata"]);

    const results = wb.getWorksheet("Results") as ExcelJS.Worksheet;
    expect(results.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = (results.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 13)).toEqual([
      "rank",
      "name_vi",
      "name_en",
      "rank_q5",
      "rank_q95",
      "composite",
      "tier",
      "tier_stability",
      "previous_composite",
      "composite_change",
      "previous_rank",
      "rank_change",
      "previous_tier",
    ]);
    expect(header).toContain("Programme");
    expect(results.rowCount).toBe(4);
    const top = results.getRow(2);
    const { items } = await itemsOf(second);
    expect(top.getCell(1).value).toBe(1);
    expect(top.getCell(2).value).toBe("Bảo tàng Một");
    expect(top.getCell(6).value).toBeCloseTo(items[0].composite, 4);
    expect(top.getCell(6).numFmt).toBe("0.00");
    expect(top.getCell(8).numFmt).toBe("0%");
    expect(top.getCell(12).value).toBe(1);
    const newHub = [2, 3, 4].map((r) => results.getRow(r)).find((r) => r.getCell(2).value === "Xưởng Ba");
    expect(newHub?.getCell(9).value).toBe("new");

    const indicators = wb.getWorksheet("Indicators") as ExcelJS.Worksheet;
    expect(indicators.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((indicators.getRow(1).values as unknown[]).slice(1)).toEqual([
      "hub_id",
      "name_vi",
      "name_en",
      "Events",
      "Audience",
      "Access",
      "Hours",
    ]);
    expect(indicators.getRow(2).getCell(4).value).toBe(50);

    const meta = wb.getWorksheet("Metadata") as ExcelJS.Worksheet;
    const kv = new Map<string, unknown>();
    meta.eachRow((row, n) => {
      if (n > 1) kv.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(kv.get("framework_name_en")).toBe("Test criteria");
    expect(kv.get("framework_version")).toBe(2);
    expect(kv.get("round_name_en")).toBe("Second round");
    expect(kv.get("consolidation")).toBe("median");
    expect(kv.get("tiers")).toBe("A ≥ 70; B ≥ 50; C ≥ 0");
    expect(String(kv.get("previous_round"))).toContain("another version of this framework");
    expect(kv.get("generated_at")).toBeInstanceOf(Date);
  });

  it("shows a hub manager, before publication, peers among the hubs visible to them only", async () => {
    const fw = (await admin.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body;
    const round = (
      await admin.post("/api/networks/hanoi/rounds", {
        frameworkId: fw.id,
        nameVi: "Xem trước",
        nameEn: "Preview",
        hubIds: [hubs[0].id, hubs[1].id],
      })
    ).body;
    const manager = client(t.app, (await buildUser(t.app, t.db, { manages: [hubs[0].id] })).cookie);
    for (const [k, h] of hubs.slice(0, 2).entries()) {
      const m = k === 0 ? manager : client(t.app, (await buildUser(t.app, t.db, { manages: [h.id] })).cookie);
      await m.put(`/api/rounds/${round.id}/hubs/${h.id}/self-assessment`, {
        values: { Events: { value: 10 + k }, Audience: { value: 100 }, Hours: { value: 1 } },
      });
    }
    const own = await itemsOf(round.id, manager);
    expect(own.items.map((i) => i.hubId)).toEqual([hubs[0].id]);
    expect(own.items[0].peers.find((g) => g.kind === "type")).toMatchObject({ of: 2, members: [] });
    const all = await itemsOf(round.id, admin);
    const forAdmin = all.items.find((i) => i.hubId === hubs[0].id) as Item;
    expect(forAdmin.peers.find((g) => g.kind === "type")?.members.map((m) => m.hubId)).toEqual([hubs[1].id]);
    // Not published: the XLSX follows the same rules (404 for the public).
    expect((await t.app.inject({ method: "GET", url: `/api/rounds/${round.id}/results.xlsx` })).statusCode).toBe(404);
  });
});
