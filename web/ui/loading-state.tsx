import { useTranslation } from "react-i18next";

/** Props of LoadingState. */
export interface LoadingStateProps {
  /** What is loading, e.g. "Loading cities…"; a generic text when absent. */
  label?: string;
  /** A smaller variant for panels inside a page. */
  compact?: boolean;
}

/** A polite "loading" message with a spinner; screen readers hear it once, sighted users see motion. */
export function LoadingState({ label, compact = false }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <div className={compact ? "state state--loading state--compact" : "state state--loading"} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("ui.loading")}</span>
    </div>
  );
}
