import { describe, expect, it } from "vitest";
import { FrameworkElement } from "../../../contract/api/assessments.schema.ts";
import { buildFrameworkBody } from "../../../test/factories.ts";
import type { SubmissionRow } from "./assessments.repository.ts";
import { effectiveWeightsOf, validateFramework } from "./frameworks.service.ts";
import { computeResults, dimensionsVsMedian, peerGroups } from "./results.service.ts";
import { consolidate } from "./rounds.service.ts";

const elements = () => buildFrameworkBody().elements.map((e) => FrameworkElement.parse(e));
const dim = (code: string, parent: string | null, weight = 1) =>
  FrameworkElement.parse({ code, parent, kind: "dimension", nameVi: code, nameEn: code, weight });
const ind = (code: string, parent: string, weight = 1) =>
  FrameworkElement.parse({
    code,
    parent,
    kind: "indicator",
    nameVi: code,
    nameEn: code,
    weight,
    type: "number",
    goalposts: [0, 10],
    supplier: "self",
  });

describe("framework trees", () => {
  it("gives effective weights down a three-level tree, as the engine's weights step computes them", () => {
    const tree = [
      dim("A", null, 3),
      dim("B", null, 1),
      dim("A1", "A"),
      dim("A2", "A"),
      ind("x", "A1"),
      ind("y", "A2", 3),
      ind("z", "B"),
    ];
    // B's indicator sits one level higher than A's: refused, naming it.
    expect(() => validateFramework(tree)).toThrow(/not valid/);
    try {
      validateFramework(tree);
    } catch (e) {
      expect((e as { details: { message: string }[] }).details[0].message).toBe(
        '"z": every indicator must sit at the same depth (3); this one is at 2',
      );
    }
    const fixed = [...tree.slice(0, 6), dim("B1", "B"), ind("z", "B1")];
    const eff = Object.fromEntries(effectiveWeightsOf(fixed).map((w) => [w.code, w.effective]));
    expect(eff.A).toBeCloseTo(0.75);
    expect(eff.A1).toBeCloseTo(0.375);
    expect(eff.x).toBeCloseTo(0.375);
    expect(eff.z).toBeCloseTo(0.25);
  });

  it("refuses an unknown parent and an indicator used as a parent", () => {
    try {
      validateFramework([dim("A", null), ind("x", "A"), ind("y", "Ghost"), ind("w", "x")]);
      expect.unreachable();
    } catch (e) {
      const messages = (e as { details: { message: string }[] }).details.map((d) => d.message);
      expect(messages).toContain('"y": parent "Ghost" is not an element of this framework');
      expect(messages).toContain('"w": parent "x" is an indicator, not a dimension');
    }
  });
});

describe("consolidation", () => {
  const sub = (source: SubmissionRow["source"], authorId: string, vals: Record<string, number>): SubmissionRow => ({
    hubId: "h",
    source,
    authorId,
    authorName: authorId,
    vals: Object.fromEntries(
      Object.entries(vals).map(([k, value]) => [k, { value, evidence: null, links: [], comment: null }]),
    ),
    version: 1,
    updatedAt: new Date(),
  });
  const subs = [
    sub("self", "m", { Events: 10 }),
    sub("assessor", "a", { Access: 0 }),
    sub("assessor", "b", { Access: 1 }),
    sub("assessor", "c", { Access: 4 }),
  ];

  it("takes the median or the mean of the assessors, and flags a spread beyond the threshold", () => {
    const median = consolidate(elements(), subs, { consolidation: "median", spreadThreshold: 0.5 });
    expect(median.consolidated).toEqual({ Events: 10, Access: 1 });
    expect(median.flagged).toEqual([{ code: "Access", spread: 1 }]);
    const mean = consolidate(elements(), subs, { consolidation: "mean", spreadThreshold: 1 });
    expect(mean.consolidated.Access).toBeCloseTo(5 / 3);
    expect(mean.flagged).toEqual([]);
  });
});

describe("results through the engine", () => {
  const framework = { id: "00000000-0000-4000-8000-000000000001", frameworkVersion: 3, elements: elements() };
  const hubs = ["a", "b", "c"].map((id) => ({ id, nameVi: id, nameEn: id }));
  const round = {
    id: "r",
    status: "open" as const,
    tiers: [
      { name: "A", min: 70 },
      { name: "B", min: 40 },
      { name: "C", min: 0 },
    ],
  };

  it("scores with goalposts, ranks, and a far-ahead hub keeps its rank and tier in every run", () => {
    const values = new Map([
      ["a", { Events: 50, Audience: 20000, Hours: 1, Access: 4 }],
      ["b", { Events: 25, Audience: 10000, Hours: 1, Access: 2 }],
      ["c", { Events: 0, Audience: 0, Hours: 0, Access: 0 }],
    ]);
    const r = computeResults(framework, hubs, values, round);
    expect(r.framework.frameworkVersion).toBe(3);
    expect(r.items.map((i) => [i.hubId, i.composite, i.rank, i.tier])).toEqual([
      ["a", 100, 1, "A"],
      ["b", 58.3333, 2, "B"], // Programme 50, Space (100 + 50)/2 = 75: (2·50 + 75)/3
      ["c", 0, 3, "C"],
    ]);
    expect(r.items[1].strengths).toEqual([
      { code: "Hours", score: 100 },
      { code: "Events", score: 50 },
      { code: "Audience", score: 50 },
    ]);
    expect(r.items[1].weaknesses[0]).toEqual({ code: "Events", score: 50 });
    expect(r.items[0].rankInterval).toEqual([1, 1]);
    expect(r.items[0].tierStability).toBe(1);
    expect(r.items[2].tierStability).toBe(1);
  });

  it("shows a tier that is not stable when a hub sits on a threshold and the weights move", () => {
    // Programme 40, Space 100: composite (2·40 + 100)/3 = 60 with nominal weights; tier B needs ≥ 40, A ≥ 70.
    // With thresholds at 60, small weight changes push it either side.
    const values = new Map([
      ["a", { Events: 20, Audience: 8000, Hours: 1, Access: 4 }],
      ["b", { Events: 50, Audience: 20000, Hours: 0, Access: 0 }],
      ["c", { Events: 0, Audience: 0, Hours: 0, Access: 0 }],
    ]);
    const r = computeResults(framework, hubs, values, {
      ...round,
      tiers: [
        { name: "A", min: 60 },
        { name: "B", min: 0 },
      ],
    });
    const a = r.items.find((i) => i.hubId === "a");
    expect(a?.composite).toBeCloseTo(60, 6);
    expect(a?.tierStability).toBeGreaterThan(0.05);
    expect(a?.tierStability).toBeLessThan(0.95);
  });

  it("widens the rank interval when the assessors disagree: resamples of their scores join the weight runs", () => {
    // a and b are level on everything but Access, where a's two assessors gave 4 and 0 (median 2) and b's gave 2 and 2.
    const base = { Events: 25, Audience: 10000, Hours: 1 };
    const values = new Map([
      ["a", { ...base, Access: 2 }],
      ["b", { ...base, Access: 2.1 }],
      ["c", { Events: 0, Audience: 0, Hours: 0, Access: 0 }],
    ]);
    const weightsOnly = computeResults(framework, hubs, values, round);
    let flip = false;
    const resampled = computeResults(framework, hubs, values, round, () => {
      flip = !flip;
      return new Map([...values, ["a", { ...base, Access: flip ? 4 : 0 }]]);
    });
    const a = (r: typeof weightsOnly) => r.items.find((i) => i.hubId === "a");
    expect(a(weightsOnly)?.rankInterval).toEqual([2, 2]);
    expect(a(resampled)?.rankInterval).toEqual([1, 2]);
    expect(resampled.runs).toBe(500);
    expect(resampled.method).toContain("resamples");
  });
});

describe("peers and dimensions against the median", () => {
  const item = (hubId: string, rank: number | null, dims: Record<string, number | null>) => ({
    hubId,
    nameVi: hubId,
    nameEn: hubId,
    composite: rank === null ? null : 100 - rank,
    rank,
    dimensions: dims,
  });

  it("names the dimensions furthest above and below the median, none at it", () => {
    const items = [
      item("a", 1, { P: 90, S: 50, G: 10 }),
      item("b", 2, { P: 50, S: 50, G: 30 }),
      item("c", 3, { P: 10, S: 50, G: null }),
    ];
    const out = dimensionsVsMedian(items, ["P", "S", "G"]);
    // Medians: P 50, S 50, G 20 (of the two present).
    expect(out.get("a")).toEqual({
      strongest: [{ code: "P", score: 90, median: 50, difference: 40 }],
      weakest: [{ code: "G", score: 10, median: 20, difference: -10 }],
    });
    expect(out.get("b")?.strongest).toEqual([{ code: "G", score: 30, median: 20, difference: 10 }]);
    expect(out.get("c")).toEqual({ strongest: [], weakest: [{ code: "P", score: 10, median: 50, difference: -40 }] });
  });

  it("groups hubs by type and by each shared field, with positions; a group of one is left out", () => {
    const items = [item("a", 1, {}), item("b", 2, {}), item("c", 3, {}), item("d", null, {})];
    const museum = { typeId: "t1", typeNameVi: "Bảo tàng", typeNameEn: "Museum" };
    const design = { id: "f1", nameVi: "Thiết kế", nameEn: "Design" };
    const craft = { id: "f2", nameVi: "Thủ công", nameEn: "Crafts" };
    const out = peerGroups(items, [
      { id: "a", ...museum, fields: [design] },
      { id: "b", typeId: "t2", typeNameVi: "Làng nghề", typeNameEn: "Craft village", fields: [craft] },
      { id: "c", ...museum, fields: [design, craft] },
      { id: "d", ...museum, fields: [] },
    ]);
    expect(out.get("c")?.map((g) => [g.nameEn, g.position, g.of, g.members.map((m) => m.hubId)])).toEqual([
      ["Museum", 2, 3, ["a", "d"]],
      ["Design", 2, 2, ["a"]],
      ["Crafts", 2, 2, ["b"]],
    ]);
    // Unranked: no position.
    expect(out.get("d")?.[0]).toMatchObject({ kind: "type", position: null, of: 3 });
    // b is the only craft village: its type group is left out.
    expect(out.get("b")?.map((g) => g.kind)).toEqual(["field"]);
  });
});
