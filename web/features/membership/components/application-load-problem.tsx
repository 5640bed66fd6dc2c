import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../lib/api-client.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";

/** Props of ApplicationLoadProblem. */
export interface ApplicationLoadProblemProps {
  /** Why the application did not load. */
  error: unknown;
  onRetry: () => void;
  /** Where to go from an application that does not exist (or may not be seen): a link back. */
  back: ReactNode;
}

/** What an application's page shows when the application did not load: "not found" with a way back, or a retry. */
export function ApplicationLoadProblem({ error, onRetry, back }: ApplicationLoadProblemProps) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === "not_found")
    return (
      <div>
        <h1 className="page-title" tabIndex={-1}>
          {t("membership.application.notFoundTitle")}
        </h1>
        <EmptyState title={t("membership.application.notFound")}>{back}</EmptyState>
      </div>
    );
  return <ErrorState error={error} title={t("membership.application.error")} onRetry={onRetry} />;
}
