import { type Ref, useId } from "react";
import type { ResultsView } from "../../../../contract/api/assessments.schema.ts";
import type { Language } from "../../../lib/i18n.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual, score } from "../utils/labels.ts";
import { ordinal, signedScore } from "../utils/results-summary.ts";
import { DimensionRadar } from "./results-charts.tsx";

/** Props of ResultsHubDetail. */
export interface ResultsHubDetailProps {
  results: ResultsView;
  hubId: string;
  onPick: (hubId: string) => void;
  language: Language;
  /** The heading, focused when a hub is picked from the ranking. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * One hub of the ranking in detail: its dimensions on a radar against the round's median, its strongest and weakest
 * dimensions against that median, its change since the previous round, and its peers of the same type or creative
 * field with its position among them.
 */
export function ResultsHubDetail({ results, hubId, onPick, language, headingRef }: ResultsHubDetailProps) {
  const t = useAssessmentsT();
  const selectId = useId();
  const hub = results.items.find((i) => i.hubId === hubId);
  if (!hub) return null;
  const hubName = bilingual(hub.nameVi, hub.nameEn, language);
  const dimName = (code: string) => {
    const d = results.dimensions.find((x) => x.code === code);
    return d ? bilingual(d.nameVi, d.nameEn, language) : code;
  };
  const vs = hub.dimensionsVsMedian;
  const visibleOnly = results.status !== "published" && (hub.peers ?? []).some((g) => g.members.length < g.of - 1);

  return (
    <section className="panel results-hub" aria-labelledby="results-hub-title">
      <h2 id="results-hub-title" className="section-title" tabIndex={-1} ref={headingRef}>
        {t("results.hubDetailTitle", { hub: hubName })}
      </h2>
      <label htmlFor={selectId} className="form-field__label">
        {t("results.pickHub")}
      </label>
      <select id={selectId} className="select" value={hubId} onChange={(e) => onPick(e.target.value)}>
        {results.items.map((i) => (
          <option key={i.hubId} value={i.hubId}>
            {bilingual(i.nameVi, i.nameEn, language)}
          </option>
        ))}
      </select>
      <div className="results-hub__grid">
        <div>
          <h3 className="results-hub__subtitle">{t("results.radarTitle")}</h3>
          <DimensionRadar
            results={results}
            hubId={hubId}
            language={language}
            label={t("results.radarLabel")}
            medianLabel={t("results.median")}
          />
        </div>
        <div>
          {vs && (
            <div className="results-hub__median">
              <h3 className="results-hub__subtitle">{t("results.vsMedianTitle")}</h3>
              <dl>
                <dt>{t("results.strongest")}</dt>
                {vs.strongest.length === 0 ? (
                  <dd>{t("results.noneAbove")}</dd>
                ) : (
                  vs.strongest.map((d) => (
                    <dd key={d.code} className="results-hub__strong">
                      {t("results.vsMedianItem", {
                        name: dimName(d.code),
                        score: score(d.score, language),
                        diff: signedScore(d.difference, language),
                        median: score(d.median, language),
                      })}
                    </dd>
                  ))
                )}
                <dt>{t("results.weakest")}</dt>
                {vs.weakest.length === 0 ? (
                  <dd>{t("results.noneBelow")}</dd>
                ) : (
                  vs.weakest.map((d) => (
                    <dd key={d.code} className="results-hub__weak">
                      {t("results.vsMedianItem", {
                        name: dimName(d.code),
                        score: score(d.score, language),
                        diff: signedScore(d.difference, language),
                        median: score(d.median, language),
                      })}
                    </dd>
                  ))
                )}
              </dl>
            </div>
          )}

          <h3 className="results-hub__subtitle">{t("results.change")}</h3>
          <p className="results-hub__change">
            {results.previousRound === null || results.previousRound === undefined
              ? t("results.noPrevious")
              : hub.change === null || hub.change === undefined
                ? t("results.changeNewDetail")
                : `${t("results.changeDetail", {
                    composite: score(hub.change.composite, language),
                    rank: hub.change.rank ?? "—",
                    tier: hub.change.tier ?? "—",
                  })} ${t("results.scoreChange", { delta: signedScore(hub.change.compositeDelta, language) })}`}
          </p>

          <h3 className="results-hub__subtitle">{t("results.peersTitle")}</h3>
          {(hub.peers ?? []).length === 0 ? (
            <p>{t("results.noPeers")}</p>
          ) : (
            (hub.peers ?? []).map((g) => {
              const group = t(g.kind === "type" ? "results.peerType" : "results.peerField", {
                name: bilingual(g.nameVi, g.nameEn, language),
              });
              return (
                <div key={`${g.kind}:${g.id}`} className="results-hub__peers">
                  <p className="results-hub__position">
                    {t("results.peerPosition", {
                      position: g.position === null ? "—" : ordinal(g.position, language),
                      of: g.of,
                      group,
                    })}
                  </p>
                  {g.members.length > 0 && (
                    <table className="assess-table results-hub__peer-table">
                      <caption className="visually-hidden">{t("results.peerCaption", { group })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("results.rank")}</th>
                          <th scope="col">{t("results.hub")}</th>
                          <th scope="col">{t("results.composite")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {g.members.map((m) => (
                          <tr key={m.hubId}>
                            <td>{m.rank ?? "—"}</td>
                            <th scope="row">
                              <button type="button" className="link-button" onClick={() => onPick(m.hubId)}>
                                {bilingual(m.nameVi, m.nameEn, language)}
                              </button>
                            </th>
                            <td>{score(m.composite, language)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </div>
              );
            })
          )}
          {visibleOnly && <p className="form-field__hint">{t("results.peersHidden")}</p>}
        </div>
      </div>
    </section>
  );
}
