import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import type { FrameworkElement, FrameworkView } from "../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/badge.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useCreateFrameworkVersion } from "../api/create-framework-version.ts";
import { useFramework } from "../api/get-framework.ts";
import { useUpdateFramework } from "../api/update-framework.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { errorsByElement, weightShares } from "../utils/effective-weights.ts";
import { bilingual, parseLocaleNumber, percent } from "../utils/labels.ts";

/** Props of FrameworkPage. */
export interface FrameworkPageProps {
  id: string;
  /** Whether the signed-in person administers the framework's network (decided in web/app). */
  canEdit: (networkId: string) => boolean;
}

/** A framework version: the tree with every element's details, and for administrators the weight editor. */
export function FrameworkPage({ id, canEdit }: FrameworkPageProps) {
  const t = useAssessmentsT();
  const framework = useFramework(id);
  // Bumped by "reload" after a 409, so the editor starts again from the latest saved tree.
  const [generation, setGeneration] = useState(0);
  if (framework.isPending) return <LoadingState label={t("framework.loading")} />;
  if (framework.isError)
    return <ErrorState error={framework.error} title={t("framework.error")} onRetry={() => void framework.refetch()} />;
  return (
    <FrameworkEditor
      key={`${framework.data.id}:${generation}`}
      framework={framework.data}
      editable={canEdit(framework.data.networkId)}
      onReload={() => void framework.refetch().then(() => setGeneration((g) => g + 1))}
    />
  );
}

interface FrameworkEditorProps {
  framework: FrameworkView;
  editable: boolean;
  onReload: () => void;
}

function FrameworkEditor({ framework, editable, onReload }: FrameworkEditorProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const update = useUpdateFramework();
  const newVersion = useCreateFrameworkVersion();
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(framework.elements.map((e) => [e.code, String(e.weight)])),
  );
  const [saved, setSaved] = useState(false);
  const editing = editable && !framework.locked;

  const elements: FrameworkElement[] = useMemo(
    () => framework.elements.map((e) => ({ ...e, weight: parseLocaleNumber(weights[e.code] ?? "") ?? Number.NaN })),
    [framework.elements, weights],
  );
  const shares = useMemo(() => new Map(weightShares(elements).map((s) => [s.code, s])), [elements]);
  const serverErrors =
    update.error instanceof ApiError && update.error.status === 400
      ? errorsByElement(update.error.details, framework.elements)
      : new Map<string, string[]>();
  const stale = update.error instanceof ApiError && update.error.status === 409;

  const localError = (e: FrameworkElement) =>
    !Number.isFinite(e.weight) || e.weight <= 0 ? t("framework.weightPositive") : undefined;
  const hasLocalErrors = editing && elements.some((e) => localError(e));

  const save = () => {
    setSaved(false);
    update.mutate(
      {
        id: framework.id,
        body: {
          nameVi: framework.nameVi,
          nameEn: framework.nameEn,
          descriptionVi: framework.descriptionVi,
          descriptionEn: framework.descriptionEn,
          elements,
          version: framework.version,
        },
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  const renderLevel = (parent: string | null, depth: number) => {
    const children = elements.filter((e) => e.parent === parent);
    if (children.length === 0) return null;
    return (
      <ul className={depth === 0 ? "framework-tree" : "framework-tree__children"}>
        {children.map((e) => {
          const share = shares.get(e.code);
          const errorId = `weight-error-${e.code}`;
          const messages = [localError(e), ...(serverErrors.get(e.code) ?? [])].filter(Boolean) as string[];
          const name = bilingual(e.nameVi, e.nameEn, language);
          return (
            <li key={e.code} className={`framework-element framework-element--${e.kind}`} data-code={e.code}>
              <div className="framework-element__head">
                <span className="framework-element__name">{name}</span>{" "}
                <code className="framework-element__code">{e.code}</code>{" "}
                <Badge tone={e.kind === "dimension" ? "info" : "neutral"}>{t(`framework.kind.${e.kind}`)}</Badge>
              </div>
              {bilingual(e.guidanceVi, e.guidanceEn, language) && (
                <p className="framework-element__guidance">{bilingual(e.guidanceVi, e.guidanceEn, language)}</p>
              )}
              <dl className="framework-element__facts">
                <div>
                  <dt>{t("framework.weight")}</dt>
                  <dd>
                    {editing ? (
                      <input
                        className="input input--short"
                        inputMode="decimal"
                        aria-label={t("framework.weightOf", { name })}
                        aria-invalid={messages.length > 0 || undefined}
                        aria-describedby={messages.length > 0 ? errorId : undefined}
                        value={weights[e.code] ?? ""}
                        onChange={(ev) => setWeights((w) => ({ ...w, [e.code]: ev.target.value }))}
                      />
                    ) : (
                      e.weight
                    )}
                  </dd>
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
              {messages.length > 0 && (
                <ul id={errorId} className="framework-element__errors" role="alert">
                  {messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
              {renderLevel(e.code, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  };

  const generalErrors = serverErrors.get("") ?? [];

  return (
    <div className="framework-page">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {bilingual(framework.nameVi, framework.nameEn, language)}
        </h1>
        <p className="page-lead">
          {t("framework.version", { version: framework.frameworkVersion })}{" "}
          {framework.isExample && <Badge tone="info">{t("framework.example")}</Badge>}{" "}
          {framework.locked && <Badge tone="neutral">{t("framework.locked")}</Badge>}
        </p>
        {bilingual(framework.descriptionVi, framework.descriptionEn, language) && (
          <p>{bilingual(framework.descriptionVi, framework.descriptionEn, language)}</p>
        )}
      </header>

      {editable && framework.locked && (
        <div className="notice notice--warning">
          <p>{t("framework.lockedHint")}</p>
          <button
            type="button"
            className="button"
            disabled={newVersion.isPending}
            onClick={() =>
              newVersion.mutate(framework.id, { onSuccess: (copy) => navigate(paths.assessments.framework(copy.id)) })
            }
          >
            {t("framework.newVersion")}
          </button>
          {newVersion.isError && <p role="alert">{newVersion.error.message}</p>}
        </div>
      )}

      {stale && (
        <div className="notice notice--error" role="alert">
          <p>{update.error?.message}</p>
          <button type="button" className="button" onClick={onReload}>
            {t("framework.reload")}
          </button>
        </div>
      )}
      {update.isError && !stale && (
        <div className="notice notice--error" role="alert">
          <p>{update.error.message}</p>
          {generalErrors.length > 0 && (
            <ul>
              {generalErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {saved && (
        <p className="notice notice--success" role="status">
          {t("framework.saved")}
        </p>
      )}

      <section aria-labelledby="tree-title">
        <h2 id="tree-title" className="section-title">
          {t("framework.tree")}
        </h2>
        {editing && <p className="hub-detail__muted">{t("framework.editHint")}</p>}
        {renderLevel(null, 0)}
      </section>

      {editing && (
        <div className="form-actions form-actions--sticky">
          <button
            type="button"
            className="button button--primary"
            disabled={hasLocalErrors || update.isPending}
            onClick={save}
          >
            {t("framework.save")}
          </button>
        </div>
      )}
    </div>
  );
}
