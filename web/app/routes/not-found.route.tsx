import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { EmptyState } from "../../ui/empty-state.tsx";

/** Any path the SPA does not know. */
export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <title>{t("layout.notFound.title")}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t("layout.notFound.title")}
      </h1>
      <EmptyState title={t("layout.notFound.message")}>
        <Link to={paths.cities.directory()}>{t("layout.notFound.link")}</Link>
      </EmptyState>
    </div>
  );
}
