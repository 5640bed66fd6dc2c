import { useRef, useState } from "react";
import { Link } from "react-router";
import type { ResultsView } from "../../../../contract/api/assessments.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/badge.tsx";
import { DataTable } from "../../../ui/data-table.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useFramework } from "../api/get-framework.ts";
import { resultsCsvUrl, useResults } from "../api/get-results.ts";
import { resultsXlsxUrl } from "../api/get-results-xlsx.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual, percent, score } from "../utils/labels.ts";
import { rankMove, signedScore, tierStable } from "../utils/results-summary.ts";
import { CompositeDistribution, RankIntervals } from "./results-charts.tsx";
import { ResultsHubDetail } from "./results-hub-detail.tsx";
import { WhatIfPanel } from "./results-what-if.tsx";
import "./results.css";

/** Props of ResultsPage. */
export interface ResultsPageProps {
  roundId: string;
}

/**
 * A round's results: per hub the composite score, rank with its 5th–95th percentile interval, tier and how often
 * it holds, change since the previous published round, strengths and weaknesses; a hub's detail (radar, dimensions
 * against the median, peers of its type and fields) picked from the ranking; charts; CSV and XLSX exports; and a
 * what-if panel that recomputes composites and ranks in the browser with the engine when weights move.
 */
export function ResultsPage({ roundId }: ResultsPageProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const results = useResults(roundId);
  const framework = useFramework(results.data?.framework.id);
  const [selected, setSelected] = useState<string | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);

  if (results.isPending) return <LoadingState label={t("results.loading")} />;
  if (results.isError)
    return <ErrorState error={results.error} title={t("results.error")} onRetry={() => void results.refetch()} />;
  const r = results.data;
  const elements = framework.data?.elements ?? [];
  const indicatorName = (code: string) => {
    const e = elements.find((x) => x.code === code);
    return e ? bilingual(e.nameVi, e.nameEn, language) : code;
  };
  const hubId = selected ?? r.items[0]?.hubId ?? "";
  const prev = r.previousRound;
  const showDetail = (id: string) => {
    setSelected(id);
    // After the render: bring the detail into view and move focus to its heading.
    requestAnimationFrame(() => {
      detailHeading.current?.scrollIntoView({ block: "start" });
      detailHeading.current?.focus();
    });
  };

  return (
    <div className="results-page">
      <header className="page-header">
        <p className="breadcrumbs">
          <Link to={paths.assessments.round(r.roundId)}>{t("results.backToRound")}</Link>
        </p>
        <h1 className="page-title" tabIndex={-1}>
          {t("results.title")}
        </h1>
        <p className="page-lead">
          <Badge tone={r.status === "published" ? "success" : "warning"}>
            {r.status === "published" ? t("results.published") : t("results.preview")}
          </Badge>{" "}
          {r.round && `${bilingual(r.round.frameworkNameVi, r.round.frameworkNameEn, language)} · `}
          {t("results.method", {
            version: r.framework.frameworkVersion,
            runs: r.runs,
          })}
        </p>
        {prev !== undefined && (
          <p className="results-previous">
            {prev === null
              ? t("results.noPrevious")
              : t("results.previousRound", {
                  name: bilingual(prev.nameVi, prev.nameEn, language),
                  version: prev.frameworkVersion,
                })}{" "}
            {prev && !prev.sameVersion && (
              <strong>
                {prev.sameFamily
                  ? t("results.previousOtherVersion", {
                      version: prev.frameworkVersion,
                      current: r.framework.frameworkVersion,
                    })
                  : t("results.previousOtherFramework")}
              </strong>
            )}
          </p>
        )}
        <p className="results-exports">
          <a className="button" href={resultsCsvUrl(r.roundId)} download>
            {t("results.csv")}
          </a>{" "}
          <a className="button" href={resultsXlsxUrl(r.roundId)} download>
            {t("results.xlsx")}
          </a>
        </p>
      </header>

      {r.items.length === 0 ? (
        <EmptyState title={t("results.empty")} />
      ) : (
        <>
          <section aria-labelledby="results-table-title">
            <h2 id="results-table-title" className="section-title">
              {t("results.tableTitle")}
            </h2>
            <DataTable
              className="assess-table results-table"
              caption={t("results.tableCaption")}
              columns={[
                t("results.rank"),
                t("results.hub"),
                { label: t("results.composite"), className: "results-table__num" },
                { label: t("results.interval"), className: "results-table__interval" },
                { label: t("results.tier"), className: "results-table__tier" },
                { label: t("results.change"), className: "results-table__change" },
                t("results.strengths"),
                t("results.weaknesses"),
                { label: t("results.details"), hidden: true },
              ]}
            >
              {r.items.map((i) => (
                <tr key={i.hubId} data-hub={i.hubId} aria-current={i.hubId === hubId ? "true" : undefined}>
                  <td className="results-table__rank">{i.rank ?? "—"}</td>
                  <th scope="row">{bilingual(i.nameVi, i.nameEn, language)}</th>
                  <td className="results-table__num">{score(i.composite, language)}</td>
                  <td className="results-table__interval">
                    {i.rankInterval
                      ? t("results.intervalValue", {
                          from: Math.round(i.rankInterval[0]),
                          to: Math.round(i.rankInterval[1]),
                        })
                      : "—"}
                  </td>
                  <td className="results-table__tier">
                    {i.tier ? (
                      <>
                        <Badge tone={tierStable(i.tierStability) ? "success" : "warning"}>{i.tier}</Badge>{" "}
                        {i.tierStability !== null && (
                          <span className="results-table__stability">
                            {tierStable(i.tierStability)
                              ? t("results.stable", { percent: percent(i.tierStability, language, 0) })
                              : t("results.unstable", { percent: percent(i.tierStability, language, 0) })}
                          </span>
                        )}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="results-table__change">
                    <ChangeCell change={i.change} hasPrevious={!!prev} />
                  </td>
                  <td className="results-table__list">
                    {i.strengths.map((s) => indicatorName(s.code)).join(", ") || "—"}
                  </td>
                  <td className="results-table__list">
                    {/* With few indicators or ties the server can name one indicator on both sides; say it once. */}
                    {i.weaknesses
                      .filter((w) => !i.strengths.some((s) => s.code === w.code))
                      .map((w) => indicatorName(w.code))
                      .join(", ") || "—"}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--link"
                      aria-label={t("results.detailsFor", { hub: bilingual(i.nameVi, i.nameEn, language) })}
                      onClick={() => showDetail(i.hubId)}
                    >
                      {t("results.details")}
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
          </section>

          <ResultsHubDetail
            results={r}
            hubId={hubId}
            onPick={setSelected}
            language={language}
            headingRef={detailHeading}
          />

          <div className="results-charts results-charts--two">
            <section className="panel" aria-labelledby="ranks-title">
              <h2 id="ranks-title" className="section-title">
                {t("results.ranksTitle")}
              </h2>
              <p className="form-field__hint">{t("results.ranksHint")}</p>
              <RankIntervals results={r} language={language} label={t("results.ranksLabel")} />
            </section>
            <section className="panel" aria-labelledby="distribution-title">
              <h2 id="distribution-title" className="section-title">
                {t("results.distributionTitle")}
              </h2>
              <CompositeDistribution results={r} label={t("results.distributionLabel")} />
            </section>
          </div>

          <WhatIfPanel results={r} language={language} elements={elements} />
        </>
      )}
    </div>
  );
}

/** The change column: ▲/▼ and places moved with the score difference, "new", or a dash with nothing to compare. */
function ChangeCell({ change, hasPrevious }: { change: ResultsView["items"][number]["change"]; hasPrevious: boolean }) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const move = rankMove(change);
  if (!hasPrevious || move.kind === "none") return <>—</>;
  if (move.kind === "new") return <Badge tone="info">{t("results.changeNew")}</Badge>;
  const words =
    move.kind === "up"
      ? t("results.rankUp", { n: move.n })
      : move.kind === "down"
        ? t("results.rankDown", { n: move.n })
        : t("results.rankSame");
  return (
    <span className={`results-change results-change--${move.kind}`}>
      <span aria-hidden="true">
        {move.symbol}
        {move.n > 0 ? ` ${move.n}` : ""}
      </span>
      <span className="visually-hidden">{words}</span>{" "}
      <span className="results-change__score">
        ({t("results.scoreChange", { delta: signedScore(change?.compositeDelta, language) })})
      </span>
    </span>
  );
}
