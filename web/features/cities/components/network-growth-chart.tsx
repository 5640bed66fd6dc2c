import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { type EChartsCoreOption, use } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { FieldList, NetworkStats } from "../../../../contract/api/cities.schema.ts";
import { type Language, useLanguage } from "../../../lib/i18n.ts";
import { localizedName } from "../../../lib/localized-names.ts";
import { Chart } from "../../../ui/chart.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useFields } from "../api/get-fields.ts";
import { useNetworkStats } from "../api/get-network-stats.ts";
import { fieldColor } from "../utils/field-colors.ts";
import { FieldLegend } from "./field-legend.tsx";

// Only what this chart draws; the field legend is HTML (shared with the map), so no ECharts legend.
use([BarChart, LineChart, GridComponent, TooltipComponent]);

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

function growthOption(
  stats: NetworkStats,
  fields: FieldList["items"],
  language: Language,
  labels: { added: string; cumulative: string },
): EChartsCoreOption {
  const years = [...stats.years].sort((a, b) => a.year - b.year);
  const number = new Intl.NumberFormat(language);
  return {
    textStyle: { fontFamily: FONT },
    color: fields.map((field) => fieldColor(field.slug)),
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (value: unknown) => (typeof value === "number" ? number.format(value) : String(value ?? "")),
    },
    xAxis: { type: "category", data: years.map((year) => String(year.year)), axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: "value", name: labels.added, nameTextStyle: { align: "left" }, minInterval: 1 },
      {
        type: "value",
        name: labels.cumulative,
        nameTextStyle: { align: "right" },
        minInterval: 1,
        splitLine: { show: false },
      },
    ],
    series: [
      ...fields.map((field) => ({
        type: "bar",
        name: localizedName(field, language),
        stack: "added",
        emphasis: { focus: "series" },
        itemStyle: { color: fieldColor(field.slug) },
        data: years.map((year) => year.byField[field.slug] ?? 0),
      })),
      {
        type: "line",
        name: labels.cumulative,
        yAxisIndex: 1,
        symbolSize: 5,
        itemStyle: { color: "#1f2328" },
        lineStyle: { width: 2 },
        data: years.map((year) => year.cumulative),
      },
    ],
  };
}

/**
 * The network's growth: cities designated per year, stacked by creative field, with the running total as a
 * line. A table with the same numbers follows for screen readers and for copying.
 */
export function NetworkGrowthChart() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const stats = useNetworkStats();
  const fields = useFields();

  const option = useMemo(
    () =>
      stats.data && fields.data
        ? growthOption(stats.data, fields.data.items, language, {
            added: t("cities.growth.added"),
            cumulative: t("cities.growth.cumulative"),
          })
        : undefined,
    [stats.data, fields.data, language, t],
  );

  if (stats.isPending || fields.isPending) return <LoadingState label={t("cities.growth.loading")} />;
  if (stats.isError || fields.isError)
    return (
      <ErrorState
        error={stats.error ?? fields.error}
        title={t("cities.growth.error")}
        onRetry={() => {
          void stats.refetch();
          void fields.refetch();
        }}
      />
    );

  const years = [...stats.data.years].sort((a, b) => a.year - b.year);
  const last = years.at(-1);
  return (
    <>
      {option && (
        <Chart
          className="growth-chart"
          option={option}
          height={260}
          label={t("cities.growth.label", {
            total: stats.data.total,
            first: years[0]?.year ?? "",
            last: last?.year ?? "",
          })}
        />
      )}
      <FieldLegend />
      <details className="data-table">
        <summary>{t("cities.growth.table")}</summary>
        <table>
          <caption className="visually-hidden">{t("cities.growth.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cities.growth.year")}</th>
              <th scope="col">{t("cities.growth.added")}</th>
              <th scope="col">{t("cities.growth.cumulative")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td>{year.added}</td>
                <td>{year.cumulative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
