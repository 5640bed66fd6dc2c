import ExcelJS from "exceljs";
import type { FrameworkElement, ResultsView } from "../../../contract/api/assessments.schema.ts";

const frozenHeader = (xSplit: number) => ({ views: [{ state: "frozen" as const, xSplit, ySplit: 1 }] });

/**
 * A round's results as an XLSX workbook: Results (one row per hub: rank, interval, composite, tier, stability,
 * change since the previous round, dimension scores), Indicators (the consolidated values the engine scored) and
 * Metadata (framework name and version, round, consolidation, tiers, method, when generated). Header rows are
 * frozen; scores carry number formats.
 */
export async function resultsWorkbook(r: ResultsView, elements: FrameworkElement[], now: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Creative Network";
  wb.created = now;
  const score = "0.00";
  const delta = "+0.00;-0.00;0.00";

  const results = wb.addWorksheet("Results", frozenHeader(3));
  results.columns = [
    { header: "rank", key: "rank", width: 7, style: { numFmt: "0" } },
    { header: "name_vi", key: "nameVi", width: 32 },
    { header: "name_en", key: "nameEn", width: 32 },
    { header: "rank_q5", key: "q5", width: 9, style: { numFmt: "0.0" } },
    { header: "rank_q95", key: "q95", width: 9, style: { numFmt: "0.0" } },
    { header: "composite", key: "composite", width: 11, style: { numFmt: score } },
    { header: "tier", key: "tier", width: 8 },
    { header: "tier_stability", key: "stability", width: 13, style: { numFmt: "0%" } },
    { header: "previous_composite", key: "prevComposite", width: 19, style: { numFmt: score } },
    { header: "composite_change", key: "compositeDelta", width: 17, style: { numFmt: delta } },
    { header: "previous_rank", key: "prevRank", width: 14, style: { numFmt: "0" } },
    { header: "rank_change", key: "rankDelta", width: 12, style: { numFmt: "+0;-0;0" } },
    { header: "previous_tier", key: "prevTier", width: 13 },
    ...r.dimensions.map((d) => ({ header: d.code, key: `dim:${d.code}`, width: 14, style: { numFmt: score } })),
    { header: "hub_id", key: "hubId", width: 38 },
  ];
  for (const i of r.items) {
    results.addRow({
      rank: i.rank,
      nameVi: i.nameVi,
      nameEn: i.nameEn,
      q5: i.rankInterval?.[0] ?? null,
      q95: i.rankInterval?.[1] ?? null,
      composite: i.composite,
      tier: i.tier,
      stability: i.tierStability,
      // No previous round: empty; not in it: "new".
      prevComposite: i.change === null ? "new" : (i.change?.composite ?? null),
      compositeDelta: i.change?.compositeDelta ?? null,
      prevRank: i.change?.rank ?? null,
      rankDelta: i.change?.rankDelta ?? null,
      prevTier: i.change?.tier ?? null,
      ...Object.fromEntries(r.dimensions.map((d) => [`dim:${d.code}`, i.dimensions[d.code] ?? null])),
      hubId: i.hubId,
    });
  }
  results.getRow(1).font = { bold: true };

  const indicators = elements.filter((e) => e.kind === "indicator");
  const values = wb.addWorksheet("Indicators", frozenHeader(3));
  values.columns = [
    { header: "hub_id", key: "hubId", width: 38 },
    { header: "name_vi", key: "nameVi", width: 32 },
    { header: "name_en", key: "nameEn", width: 32 },
    ...indicators.map((e) => ({ header: e.code, key: `ind:${e.code}`, width: 14, style: { numFmt: "0.####" } })),
  ];
  for (const i of r.items)
    values.addRow({
      hubId: i.hubId,
      nameVi: i.nameVi,
      nameEn: i.nameEn,
      ...Object.fromEntries(indicators.map((e) => [`ind:${e.code}`, i.indicators?.[e.code] ?? null])),
    });
  values.getRow(1).font = { bold: true };

  const meta = wb.addWorksheet("Metadata", frozenHeader(0));
  meta.columns = [
    { header: "key", key: "key", width: 24 },
    { header: "value", key: "value", width: 90 },
  ];
  const rows: [string, string | number | Date | null][] = [
    ["framework_id", r.framework.id],
    ["framework_name_vi", r.round?.frameworkNameVi ?? null],
    ["framework_name_en", r.round?.frameworkNameEn ?? null],
    ["framework_version", r.framework.frameworkVersion],
    ["round_id", r.roundId],
    ["round_name_vi", r.round?.nameVi ?? null],
    ["round_name_en", r.round?.nameEn ?? null],
    ["status", r.status],
    ["published_at", r.round?.publishedAt ?? null],
    ["consolidation", r.round?.consolidation ?? null],
    ["tiers", (r.round?.tiers ?? []).map((t) => `${t.name} ≥ ${t.min}`).join("; ")],
    ["method", r.method],
    ["uncertainty_runs", r.runs],
    [
      "previous_round",
      r.previousRound
        ? `${r.previousRound.nameEn} (${r.previousRound.id}), framework version ${r.previousRound.frameworkVersion}${
            r.previousRound.sameVersion
              ? ""
              : r.previousRound.sameFamily
                ? " — another version of this framework"
                : " — another framework"
          }`
        : null,
    ],
    ...indicators.map(
      (e) => [`indicator:${e.code}`, `${e.nameEn} / ${e.nameVi}${e.unit ? ` (${e.unit})` : ""}`] as [string, string],
    ),
    ["generated_at", now],
  ];
  for (const [key, value] of rows) meta.addRow({ key, value });
  meta.getRow(1).font = { bold: true };
  meta.getCell(`B${rows.length + 1}`).numFmt = "yyyy-mm-dd hh:mm:ss";

  return Buffer.from(await wb.xlsx.writeBuffer());
}
