import { useMemo, useState } from "react";
import type { FrameworkElement, ResultsView } from "../../../../contract/api/assessments.schema.ts";
import type { Language } from "../../../lib/i18n.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual, percent, score } from "../utils/labels.ts";
import { siblingShares, whatIf, whatIfTree } from "../utils/what-if.ts";

/** Props of WhatIfPanel. */
export interface WhatIfPanelProps {
  results: ResultsView;
  language: Language;
  /** The framework's tree; empty while it loads. */
  elements: FrameworkElement[];
}

/**
 * Sliders over the framework's weights — the dimensions, and per dimension (opened on demand) its indicators —
 * with composites and ranks recomputed at once in the browser by the engine's aggregation from the published
 * normalised indicator scores. Results published before those scores were kept allow the dimension weights only.
 */
export function WhatIfPanel({ results, language, elements }: WhatIfPanelProps) {
  const t = useAssessmentsT();
  const [weights, setWeights] = useState<Record<string, number> | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const treeMode = elements.length > 0 && results.items.every((i) => i.normalised !== undefined);
  const base = useMemo(() => {
    if (elements.length > 0) return Object.fromEntries(elements.map((e) => [e.code, e.weight]));
    return Object.fromEntries(results.dimensions.map((d) => [d.code, 1]));
  }, [elements, results.dimensions]);
  const current = weights ?? base;
  const shown = useMemo(
    () =>
      elements.length > 0
        ? elements
        : results.dimensions.map((d) => ({ ...d, parent: null, kind: "dimension" as const, weight: 1 })),
    [elements, results.dimensions],
  );
  const shares = useMemo(() => siblingShares(shown, current), [shown, current]);
  const scores = useMemo(() => {
    if (treeMode)
      return whatIfTree(
        elements,
        current,
        results.items.map((i) => ({ hubId: i.hubId, normalised: i.normalised ?? {} })),
      );
    const dims = results.dimensions.map((d) => d.code);
    return whatIf(
      dims,
      Object.fromEntries(dims.map((d) => [d, Math.max(current[d] ?? 0, 1e-9)])),
      results.items.map((i) => ({ hubId: i.hubId, dimensions: i.dimensions })),
    );
  }, [treeMode, elements, current, results.items, results.dimensions]);
  const byHub = new Map(scores.map((s) => [s.hubId, s]));
  const ordered = [...results.items].sort(
    (a, b) =>
      (byHub.get(a.hubId)?.rank ?? Number.POSITIVE_INFINITY) - (byHub.get(b.hubId)?.rank ?? Number.POSITIVE_INFINITY),
  );

  const slider = (e: { code: string; nameVi: string; nameEn: string; weight: number }) => {
    const w = current[e.code] ?? 0;
    const share = shares[e.code];
    return (
      <div className="what-if__slider">
        <label htmlFor={`what-if-${e.code}`}>
          {bilingual(e.nameVi, e.nameEn, language)}{" "}
          <output htmlFor={`what-if-${e.code}`}>
            {share === null || share === undefined ? "—" : percent(share, language, 0)}
          </output>
        </label>
        <input
          id={`what-if-${e.code}`}
          type="range"
          min={0}
          max={Math.max(5, 2 * e.weight)}
          step={0.1}
          value={w}
          onChange={(ev) => setWeights({ ...current, [e.code]: Number(ev.target.value) })}
        />
      </div>
    );
  };

  /** The sliders of one level: dimensions open to show their children (indicators or sub-dimensions). */
  const level = (parent: string | null) =>
    shown
      .filter((e) => e.parent === parent && e.kind === "dimension")
      .map((d) => {
        const expanded = open.has(d.code);
        const panelId = `what-if-children-${d.code}`;
        const indicators = elements.filter((e) => e.parent === d.code && e.kind === "indicator");
        return (
          <div key={d.code} className="what-if__dimension">
            {slider(d)}
            {treeMode && (
              <>
                <button
                  type="button"
                  className="button button--link what-if__toggle"
                  aria-expanded={expanded}
                  aria-controls={panelId}
                  onClick={() => {
                    const next = new Set(open);
                    if (expanded) next.delete(d.code);
                    else next.add(d.code);
                    setOpen(next);
                  }}
                >
                  <span aria-hidden="true">{expanded ? "▾" : "▸"}</span>{" "}
                  {t("results.whatIfIndicators", { name: bilingual(d.nameVi, d.nameEn, language) })}
                </button>
                {expanded && (
                  <div id={panelId} className="what-if__children">
                    {level(d.code)}
                    {indicators.map((e) => (
                      <div key={e.code}>{slider(e)}</div>
                    ))}
                  </div>
                )}
              </>
            )}
          </div>
        );
      });

  return (
    <section className="panel what-if" aria-labelledby="what-if-title">
      <h2 id="what-if-title" className="section-title">
        {t("results.whatIfTitle")}
      </h2>
      <p className="form-field__hint">{t("results.whatIfHint")}</p>
      {!treeMode && elements.length > 0 && <p className="form-field__hint">{t("results.whatIfDimensionsOnly")}</p>}
      <div className="what-if__grid">
        <div className="what-if__sliders">
          {level(null)}
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
