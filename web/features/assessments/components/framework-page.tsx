import { useState } from "react";
import { useNavigate } from "react-router";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/badge.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useCreateFrameworkVersion } from "../api/create-framework-version.ts";
import { useFramework } from "../api/get-framework.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual } from "../utils/labels.ts";
import { FrameworkEditor } from "./framework-editor/framework-editor.tsx";
import { FrameworkTreeView } from "./framework-editor/framework-tree-view.tsx";

/** Props of FrameworkPage. */
export interface FrameworkPageProps {
  id: string;
  /** Whether the signed-in person administers the framework's network (decided in web/app). */
  canEdit: (networkId: string) => boolean;
}

/**
 * A framework version: its tree for everyone; for the network's administrators the full editor while it is
 * unlocked, and "create a new version" once a round using it has scores.
 */
export function FrameworkPage({ id, canEdit }: FrameworkPageProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const framework = useFramework(id);
  const newVersion = useCreateFrameworkVersion();
  // Bumped by "reload" after a 409, so the editor starts again from the latest saved tree.
  const [generation, setGeneration] = useState(0);
  if (framework.isPending) return <LoadingState label={t("framework.loading")} />;
  if (framework.isError)
    return <ErrorState error={framework.error} title={t("framework.error")} onRetry={() => void framework.refetch()} />;
  const f = framework.data;
  const editable = canEdit(f.networkId);
  const description = bilingual(f.descriptionVi, f.descriptionEn, language);

  return (
    <div className="framework-page">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {bilingual(f.nameVi, f.nameEn, language)}
        </h1>
        <p className="page-lead">
          {t("framework.version", { version: f.frameworkVersion })}{" "}
          {f.isExample && <Badge tone="info">{t("framework.example")}</Badge>}{" "}
          {f.locked && <Badge tone="neutral">{t("framework.locked")}</Badge>}
        </p>
        {description && <p>{description}</p>}
      </header>

      {editable && f.locked && (
        <div className="notice notice--warning">
          <p>{t("framework.lockedHint")}</p>
          <button
            type="button"
            className="button"
            disabled={newVersion.isPending}
            onClick={() =>
              newVersion.mutate(f.id, { onSuccess: (copy) => navigate(paths.assessments.framework(copy.id)) })
            }
          >
            {t("framework.newVersion")}
          </button>
          {newVersion.isError && <p role="alert">{newVersion.error.message}</p>}
        </div>
      )}

      {editable && !f.locked ? (
        <FrameworkEditor
          key={`${f.id}:${generation}`}
          framework={f}
          onReload={() => void framework.refetch().then(() => setGeneration((g) => g + 1))}
        />
      ) : (
        <section aria-labelledby="tree-title">
          <h2 id="tree-title" className="section-title">
            {t("framework.tree")}
          </h2>
          <FrameworkTreeView elements={f.elements} />
        </section>
      )}
    </div>
  );
}
