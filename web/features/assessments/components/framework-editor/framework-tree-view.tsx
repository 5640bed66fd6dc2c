import { useMemo } from "react";
import type { FrameworkElement } from "../../../../../contract/api/assessments.schema.ts";
import { useLanguage } from "../../../../lib/i18n.ts";
import { Badge } from "../../../../ui/badge.tsx";
import { useAssessmentsT } from "../../hooks/use-assessments-t.ts";
import { weightShares } from "../../utils/effective-weights.ts";
import { bilingual, percent } from "../../utils/labels.ts";

/** A framework's tree, read-only: every element's details with its share within its parent and of the index. */
export function FrameworkTreeView({ elements }: { elements: FrameworkElement[] }) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const shares = useMemo(() => new Map(weightShares(elements).map((s) => [s.code, s])), [elements]);

  const renderLevel = (parent: string | null, depth: number) => {
    const children = elements.filter((e) => e.parent === parent);
    if (children.length === 0) return null;
    return (
      <ul className={depth === 0 ? "framework-tree" : "framework-tree__children"}>
        {children.map((e) => {
          const share = shares.get(e.code);
          const guidance = bilingual(e.guidanceVi, e.guidanceEn, language);
          return (
            <li key={e.code} className={`framework-element framework-element--${e.kind}`} data-code={e.code}>
              <div className="framework-element__head">
                <span className="framework-element__name">{bilingual(e.nameVi, e.nameEn, language)}</span>{" "}
                <code className="framework-element__code">{e.code}</code>{" "}
                <Badge tone={e.kind === "dimension" ? "info" : "neutral"}>{t(`framework.kind.${e.kind}`)}</Badge>
              </div>
              {guidance && <p className="framework-element__guidance">{guidance}</p>}
              <dl className="framework-element__facts">
                <div>
                  <dt>{t("framework.weight")}</dt>
                  <dd>{e.weight}</dd>
                </div>
                <div>
                  <dt>{t("framework.relative")}</dt>
                  <dd>{share?.relative == null ? "—" : percent(share.relative, language)}</dd>
                </div>
                <div>
                  <dt>{t("framework.effective")}</dt>
                  <dd data-effective={e.code}>{share?.effective == null ? "—" : percent(share.effective, language)}</dd>
                </div>
                {e.kind === "indicator" && (
                  <>
                    <div>
                      <dt>{t("framework.direction")}</dt>
                      <dd>{e.direction === 1 ? t("framework.higherBetter") : t("framework.lowerBetter")}</dd>
                    </div>
                    {e.type && (
                      <div>
                        <dt>{t("framework.type")}</dt>
                        <dd>
                          {t(`framework.types.${e.type}`)}
                          {e.goalposts && ` (${e.goalposts[0]}–${e.goalposts[1]})`}
                          {e.target !== null && ` (${t("framework.target")} ${e.target})`}
                        </dd>
                      </div>
                    )}
                    {e.unit && (
                      <div>
                        <dt>{t("framework.unit")}</dt>
                        <dd>{e.unit}</dd>
                      </div>
                    )}
                    {e.supplier && (
                      <div>
                        <dt>{t("framework.supplier")}</dt>
                        <dd>{t(`framework.suppliers.${e.supplier}`)}</dd>
                      </div>
                    )}
                  </>
                )}
              </dl>
              {e.levels && e.levels.length > 0 && (
                <ol className="framework-element__levels" aria-label={t("framework.levels")}>
                  {e.levels.map((l) => (
                    <li key={l.level} value={l.level}>
                      {bilingual(l.labelVi, l.labelEn, language)}
                    </li>
                  ))}
                </ol>
              )}
              {renderLevel(e.code, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  };

  return renderLevel(null, 0);
}
