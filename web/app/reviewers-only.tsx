import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../lib/paths.ts";
import { EmptyState } from "../ui/empty-state.tsx";

/** What a signed-in person who administers no network sees on the reviewers' pages. */
export function ReviewersOnly() {
  const { t } = useTranslation();
  return (
    <div>
      <title>{t("membership.queue.documentTitle")}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t("membership.queue.title")}
      </h1>
      <EmptyState title={t("membership.queue.reviewersOnly")}>
        <Link to={paths.accounts.dashboard()}>{t("membership.application.backToDashboard")}</Link>
      </EmptyState>
    </div>
  );
}
