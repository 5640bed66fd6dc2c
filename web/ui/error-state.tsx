import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api-client.ts";

/** Props of ErrorState. */
export interface ErrorStateProps {
  error: unknown;
  /** Repeats the failed request; the retry button is hidden when absent. */
  onRetry?: () => void;
  /** A heading for the failure, e.g. "Could not load the cities"; a generic one when absent. */
  title?: string;
  children?: ReactNode;
}

/**
 * Shows why a request failed: a translated heading chosen by the error id, the API's own message and the
 * per-parameter details (they name the offending filter), and a retry button.
 */
export function ErrorState({ error, onRetry, title, children }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const heading =
    title ??
    (apiError?.code === "network_error"
      ? t("ui.error.network")
      : apiError && apiError.status >= 500
        ? t("ui.error.server")
        : t("ui.error.generic"));
  const message = error instanceof Error ? error.message : String(error);

  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{heading}</p>
      <p className="state__message">{message}</p>
      {apiError && apiError.details.length > 0 && (
        <ul className="state__details">
          {apiError.details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              <code>{detail.path}</code>: {detail.message}
            </li>
          ))}
        </ul>
      )}
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t("ui.error.retry")}
        </button>
      )}
    </div>
  );
}
