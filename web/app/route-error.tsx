import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { paths } from "../lib/paths.ts";
import { ErrorState } from "../ui/error-state.tsx";

/**
 * Shown inside the layout when a page fails to render or its code cannot be loaded (typically after a new
 * release replaced the chunk the open tab asks for); reloading fetches the current release.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error;
  return (
    <div className="page-error">
      <h1 className="page-title" tabIndex={-1}>
        {t("layout.error.title")}
      </h1>
      <ErrorState error={message} title={t("layout.error.message")} onRetry={() => window.location.reload()}>
        <p>
          <Link to={paths.home()}>{t("layout.error.home")}</Link>
        </p>
      </ErrorState>
    </div>
  );
}
