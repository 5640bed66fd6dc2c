import { Link } from "react-router";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/badge.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useFrameworks } from "../api/get-frameworks.ts";
import { useRounds } from "../api/get-rounds.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual } from "../utils/labels.ts";
import { NewFrameworkForm } from "./framework-editor/new-framework-form.tsx";
import { OpenRoundForm } from "./open-round-form.tsx";

/** Props of AssessmentsHome. */
export interface AssessmentsHomeProps {
  network: string;
  me: MeView | null;
  /** Whether the signed-in person administers the network (decided in web/app, which knows accounts). */
  isAdmin: boolean;
}

/** A network's criteria frameworks (every version) and assessment rounds; administrators open rounds here. */
export function AssessmentsHome({ network, me, isAdmin }: AssessmentsHomeProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const frameworks = useFrameworks(network);
  const rounds = useRounds(network);

  return (
    <div className="assessments">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {t("home.title")}
        </h1>
        <p className="page-lead">{t("home.lead")}</p>
        {me && (
          <p className="assessments__account">
            {t("home.accountId")} <code>{me.id}</code>
          </p>
        )}
      </header>

      <section className="panel" aria-labelledby="frameworks-title">
        <h2 id="frameworks-title" className="section-title">
          {t("home.frameworks")}
        </h2>
        {frameworks.isPending ? (
          <LoadingState compact />
        ) : frameworks.isError ? (
          <ErrorState error={frameworks.error} onRetry={() => void frameworks.refetch()} />
        ) : frameworks.data.items.length === 0 ? (
          <EmptyState title={t("home.noFrameworks")} />
        ) : (
          <ul className="assessment-list">
            {frameworks.data.items.map((f) => (
              <li key={f.id} className="assessment-list__item">
                <Link to={paths.assessments.framework(f.id)}>{bilingual(f.nameVi, f.nameEn, language)}</Link>{" "}
                <span className="assessment-list__meta">{t("framework.version", { version: f.frameworkVersion })}</span>{" "}
                {f.isExample && <Badge tone="info">{t("framework.example")}</Badge>}{" "}
                {f.locked && <Badge tone="neutral">{t("framework.locked")}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="rounds-title">
        <h2 id="rounds-title" className="section-title">
          {t("home.rounds")}
        </h2>
        {rounds.isPending ? (
          <LoadingState compact />
        ) : rounds.isError ? (
          <ErrorState error={rounds.error} onRetry={() => void rounds.refetch()} />
        ) : rounds.data.items.length === 0 ? (
          <EmptyState title={t("home.noRounds")} />
        ) : (
          <ul className="assessment-list">
            {rounds.data.items.map((r) => (
              <li key={r.id} className="assessment-list__item">
                <Link to={paths.assessments.round(r.id)}>{bilingual(r.nameVi, r.nameEn, language)}</Link>{" "}
                <Badge tone={r.status === "published" ? "success" : "warning"}>{t(`round.status.${r.status}`)}</Badge>{" "}
                {(r.status === "published" || isAdmin) && (
                  <Link to={paths.assessments.results(r.id)}>{t("round.resultsLink")}</Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {isAdmin && frameworks.data && <OpenRoundForm network={network} frameworks={frameworks.data.items} />}
      {isAdmin && frameworks.data && <NewFrameworkForm network={network} frameworks={frameworks.data.items} />}
    </div>
  );
}
