import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../../lib/api-client.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useCreateApplication } from "../api/create-application.ts";
import { useApplications } from "../api/get-applications.ts";
import { currentApplicationFor } from "../utils/application-status.ts";
import { ApplicationStatusBadge } from "./application-status-badge.tsx";

/** Props of HubApplicationPanel. */
export interface HubApplicationPanelProps {
  hubId: string;
  /** The hub's status: only applicants apply; members have nothing to do here. */
  hubStatus: string;
  /** Heading level in the surrounding page. */
  headingLevel?: 2 | 3;
}

// A person has few applications; the API's largest page covers them all.
const MY_APPLICATIONS = { mine: true, pageSize: 100 } as const;

/**
 * A hub's membership application on its manager's dashboard: where it stands, the reviewers' last reason, and
 * the next step (start, continue, amend, or apply again after a refusal).
 */
export function HubApplicationPanel({ hubId, hubStatus, headingLevel = 3 }: HubApplicationPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const applications = useApplications(MY_APPLICATIONS);
  const create = useCreateApplication();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = useId();

  const start = () => {
    if (create.isPending) return;
    create.mutate(
      { hubId },
      {
        onSuccess: (application) => navigate(paths.membership.application(application.id)),
        // Another tab may have started one meanwhile: show it.
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) void applications.refetch();
        },
      },
    );
  };

  let body: ReactNode;
  if (applications.isPending) body = <LoadingState compact label={t("membership.panel.loading")} />;
  else if (applications.isError)
    body = (
      <ErrorState
        error={applications.error}
        title={t("membership.panel.error")}
        onRetry={() => void applications.refetch()}
      />
    );
  else {
    const current = currentApplicationFor(applications.data.items, hubId);
    const canApply = hubStatus === "applicant" && (!current || current.status === "rejected");
    body = (
      <>
        {current ? (
          <p className="membership-panel__state">
            <ApplicationStatusBadge status={current.status} />{" "}
            {t(`membership.panel.state.${current.status}`, {
              date: formatDateTime(current.submittedAt ?? current.updatedAt, language, false),
            })}
          </p>
        ) : (
          <p className="membership-panel__state">
            {hubStatus === "applicant" ? t("membership.panel.notYet") : t("membership.panel.noApplication")}
          </p>
        )}
        {current?.lastReason && current.status !== "submitted" && current.status !== "in_review" && (
          <blockquote className="reason">
            <p className="reason__label">{t("membership.decision.reasonLabel")}</p>
            <p className="reason__text">{current.lastReason}</p>
          </blockquote>
        )}
        <p className="membership-panel__actions">
          {current && (
            <Link
              to={paths.membership.application(current.id)}
              className={
                current.status === "draft" || current.status === "changes_requested"
                  ? "button button--primary"
                  : "button"
              }
            >
              {current.status === "draft"
                ? t("membership.panel.continue")
                : current.status === "changes_requested"
                  ? t("membership.panel.amend")
                  : t("membership.panel.view")}
            </Link>
          )}
          {canApply && (
            <button
              type="button"
              className="button button--primary"
              aria-disabled={create.isPending || undefined}
              onClick={start}
            >
              {create.isPending
                ? t("membership.panel.starting")
                : current
                  ? t("membership.panel.applyAgain")
                  : t("membership.panel.apply")}
            </button>
          )}
        </p>
        {create.isError && !(create.error instanceof ApiError && create.error.status === 409) && (
          <ErrorState error={create.error} title={t("membership.panel.startFailed")} />
        )}
      </>
    );
  }

  return (
    <section className="membership-panel" aria-labelledby={headingId}>
      <Heading id={headingId} className="membership-panel__title">
        {t("membership.panel.title")}
      </Heading>
      {body}
    </section>
  );
}
