import { useId, useMemo, useState } from "react";
import { Link } from "react-router";
import type { ResultsView } from "../../../../contract/api/assessments.schema.ts";
import { type Language, useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/badge.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useFramework } from "../api/get-framework.ts";
import { resultsCsvUrl, useResults } from "../api/get-results.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual, percent, score } from "../utils/labels.ts";
import { tierStable } from "../utils/results-summary.ts";
import { whatIf } from "../utils/what-if.ts";
import { CompositeDistribution, DimensionRadar, RankIntervals } from "./results-charts.tsx";

/** Props of ResultsPage. */
export interface ResultsPageProps {
  roundId: string;
}

/**
 * A round's results: per hub the composite score, rank with its 5th–95th percentile interval, tier and how often
 * it holds, strengths and weaknesses; charts; the CSV export; and a what-if panel that recomputes composites and
 * ranks in the browser with the engine's aggregation when dimension weights move.
 */
export function ResultsPage({ roundId }: ResultsPageProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const results = useResults(roundId);
  const framework = useFramework(results.data?.framework.id);
  const [selected, setSelected] = useState<string | null>(null);
  const selectId = useId();

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
          {t("results.method", {
            version: r.framework.frameworkVersion,
            runs: r.runs,
          })}
        </p>
        <p>
          <a className="button" href={resultsCsvUrl(r.roundId)} download>
            {t("results.csv")}
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
            <div className="table-scroll">
              <table className="assess-table results-table">
                <caption className="visually-hidden">{t("results.tableCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("results.rank")}</th>
                    <th scope="col">{t("results.hub")}</th>
                    <th scope="col" className="results-table__num">
                      {t("results.composite")}
                    </th>
                    <th scope="col" className="results-table__interval">
                      {t("results.interval")}
                    </th>
                    <th scope="col" className="results-table__tier">
                      {t("results.tier")}
                    </th>
                    <th scope="col">{t("results.strengths")}</th>
                    <th scope="col">{t("results.weaknesses")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.items.map((i) => (
                    <tr key={i.hubId} data-hub={i.hubId}>
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
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <div className="results-charts">
            <section className="panel" aria-labelledby="radar-title">
              <h2 id="radar-title" className="section-title">
                {t("results.radarTitle")}
              </h2>
              <label htmlFor={selectId} className="form-field__label">
                {t("results.pickHub")}
              </label>
              <select id={selectId} className="select" value={hubId} onChange={(e) => setSelected(e.target.value)}>
                {r.items.map((i) => (
                  <option key={i.hubId} value={i.hubId}>
                    {bilingual(i.nameVi, i.nameEn, language)}
                  </option>
                ))}
              </select>
              <DimensionRadar
                results={r}
                hubId={hubId}
                language={language}
                label={t("results.radarLabel")}
                medianLabel={t("results.median")}
              />
            </section>
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

          <WhatIfPanel
            results={r}
            language={language}
            nominal={Object.fromEntries(
              elements.filter((e) => e.kind === "dimension" && e.parent === null).map((e) => [e.code, e.weight]),
            )}
          />
        </>
      )}
    </div>
  );
}

interface WhatIfPanelProps {
  results: ResultsView;
  language: Language;
  /** The framework's top-level (dimension) weights; empty while the framework loads. */
  nominal: Record<string, number>;
}

/** Sliders over the dimension weights; composites and ranks recomputed at once by the engine's aggregation. */
function WhatIfPanel({ results, language, nominal }: WhatIfPanelProps) {
  const t = useAssessmentsT();
  const dims = useMemo(() => results.dimensions.map((d) => d.code), [results.dimensions]);
  const [weights, setWeights] = useState<Record<string, number> | null>(null);
  const base = useMemo(() => Object.fromEntries(dims.map((d) => [d, nominal[d] ?? 1])), [dims, nominal]);
  const current = weights ?? base;
  const total = dims.reduce((s, d) => s + (current[d] ?? 0), 0);
  const scores = useMemo(
    () =>
      whatIf(
        dims,
        Object.fromEntries(dims.map((d) => [d, Math.max(current[d] ?? 0, 1e-9)])),
        results.items.map((i) => ({ hubId: i.hubId, dimensions: i.dimensions })),
      ),
    [dims, current, results.items],
  );
  const byHub = new Map(scores.map((s) => [s.hubId, s]));
  const ordered = [...results.items].sort(
    (a, b) =>
      (byHub.get(a.hubId)?.rank ?? Number.POSITIVE_INFINITY) - (byHub.get(b.hubId)?.rank ?? Number.POSITIVE_INFINITY),
  );

  return (
    <section className="panel what-if" aria-labelledby="what-if-title">
      <h2 id="what-if-title" className="section-title">
        {t("results.whatIfTitle")}
      </h2>
      <p className="form-field__hint">{t("results.whatIfHint")}</p>
      <div className="what-if__grid">
        <div className="what-if__sliders">
          {results.dimensions.map((d) => {
            const w = current[d.code] ?? 0;
            return (
              <div key={d.code} className="what-if__slider">
                <label htmlFor={`what-if-${d.code}`}>
                  {bilingual(d.nameVi, d.nameEn, language)}{" "}
                  <output htmlFor={`what-if-${d.code}`}>{total > 0 ? percent(w / total, language, 0) : "—"}</output>
                </label>
                <input
                  id={`what-if-${d.code}`}
                  type="range"
                  min={0}
                  max={5}
                  step={0.1}
                  value={w}
                  onChange={(e) => setWeights({ ...current, [d.code]: Number(e.target.value) })}
                />
              </div>
            );
          })}
          <button type="button" className="button" onClick={() => setWeights(null)} disabled={weights === null}>
            {t("results.whatIfReset")}
          </button>
        </div>
        <div className="table-scroll">
          <table className="assess-table what-if__table" aria-live="polite">
            <caption className="visually-hidden">{t("results.whatIfCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.whatIfRank")}</th>
                <th scope="col">{t("results.hub")}</th>
                <th scope="col">{t("results.whatIfScore")}</th>
                <th scope="col">{t("results.whatIfChange")}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((i) => {
                const s = byHub.get(i.hubId);
                const moved = s?.rank != null && i.rank != null ? i.rank - s.rank : 0;
                return (
                  <tr key={i.hubId}>
                    <td>{s?.rank ?? "—"}</td>
                    <th scope="row">{bilingual(i.nameVi, i.nameEn, language)}</th>
                    <td className="results-table__num">{score(s?.composite, language)}</td>
                    <td>
                      {moved > 0
                        ? t("results.up", { n: moved })
                        : moved < 0
                          ? t("results.down", { n: -moved })
                          : t("results.same")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
