import { BarChart, RadarChart, ScatterChart } from "echarts/charts";
import { GridComponent, RadarComponent, TooltipComponent } from "echarts/components";
import { type EChartsCoreOption, use } from "echarts/core";
import { useMemo } from "react";
import type { ResultsView } from "../../../../contract/api/assessments.schema.ts";
import type { Language } from "../../../lib/i18n.ts";
import { Chart } from "../../../ui/chart.tsx";
import { bilingual } from "../utils/labels.ts";
import { histogram, wrapLabel } from "../utils/results-summary.ts";

use([BarChart, RadarChart, ScatterChart, GridComponent, RadarComponent, TooltipComponent]);

const ACCENT = "#b5651d";
const MUTED = "#8a6d4b";

/** Radar of one hub's dimension scores (0–100) against the round's median. */
export function DimensionRadar({
  results,
  hubId,
  language,
  label,
  medianLabel,
}: {
  results: ResultsView;
  hubId: string;
  language: Language;
  label: string;
  medianLabel: string;
}) {
  const option = useMemo<EChartsCoreOption>(() => {
    const hub = results.items.find((i) => i.hubId === hubId);
    const dims = results.dimensions;
    const median = dims.map((d) => {
      const xs = results.items
        .map((i) => i.dimensions[d.code])
        .filter((x): x is number => x !== null)
        .sort((a, b) => a - b);
      if (xs.length === 0) return 0;
      const m = Math.floor(xs.length / 2);
      return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
    });
    return {
      animation: false,
      tooltip: {},
      radar: {
        indicator: dims.map((d) => ({ name: wrapLabel(bilingual(d.nameVi, d.nameEn, language)), max: 100, min: 0 })),
        radius: "58%",
        axisName: { color: "#333", fontSize: 11, lineHeight: 14 },
      },
      series: [
        {
          type: "radar",
          data: [
            {
              name: bilingual(hub?.nameVi, hub?.nameEn, language),
              value: dims.map((d) => hub?.dimensions[d.code] ?? 0),
              areaStyle: { opacity: 0.25 },
              itemStyle: { color: ACCENT },
            },
            { name: medianLabel, value: median, lineStyle: { type: "dashed" }, itemStyle: { color: MUTED } },
          ],
        },
      ],
    };
  }, [results, hubId, language, medianLabel]);
  return <Chart option={option} label={label} height={340} className="results-chart results-chart--radar" />;
}

/** Ranks with their 5th–95th percentile interval, one row per hub, best at the top. */
export function RankIntervals({
  results,
  language,
  label,
}: {
  results: ResultsView;
  language: Language;
  label: string;
}) {
  const option = useMemo<EChartsCoreOption>(() => {
    const items = results.items.filter((i) => i.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    const names = items.map((i) => bilingual(i.nameVi, i.nameEn, language));
    const n = Math.max(results.items.length, 1);
    return {
      animation: false,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
      // Bars run from rank − ½ to rank + ½; labels only at whole ranks.
      xAxis: {
        type: "value",
        min: 0.5,
        max: n + 0.5,
        interval: 0.5,
        name: "#",
        axisLabel: { formatter: (v: number) => (Number.isInteger(v) ? String(v) : "") },
        splitLine: { show: false },
      },
      yAxis: { type: "category", data: names, inverse: true, axisLabel: { width: 180, overflow: "truncate" } },
      series: [
        {
          type: "bar",
          stack: "interval",
          silent: true,
          itemStyle: { color: "transparent" },
          data: items.map((i) => (i.rankInterval ? i.rankInterval[0] - 0.5 : 0)),
          tooltip: { show: false },
        },
        {
          type: "bar",
          stack: "interval",
          name: "5–95 %",
          barWidth: 10,
          itemStyle: { color: "rgba(181, 101, 29, 0.35)" },
          data: items.map((i) => (i.rankInterval ? i.rankInterval[1] - i.rankInterval[0] + 1 : 0)),
        },
        {
          type: "scatter",
          name: "#",
          symbolSize: 12,
          itemStyle: { color: ACCENT },
          data: items.map((i, k) => [i.rank, k]),
        },
      ],
    };
  }, [results, language]);
  const height = Math.max(160, 60 + 34 * results.items.length);
  return <Chart option={option} label={label} height={height} className="results-chart results-chart--ranks" />;
}

/** Distribution of composite scores in bands of ten points. */
export function CompositeDistribution({ results, label }: { results: ResultsView; label: string }) {
  const option = useMemo<EChartsCoreOption>(() => {
    const bins = histogram(results.items.map((i) => i.composite));
    return {
      animation: false,
      tooltip: {},
      grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: "category", data: bins.map((b) => `${b.from}–${b.to}`) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", data: bins.map((b) => b.count), itemStyle: { color: ACCENT } }],
    };
  }, [results]);
  return <Chart option={option} label={label} height={240} className="results-chart results-chart--distribution" />;
}
