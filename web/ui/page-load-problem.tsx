import type { ReactNode } from "react";
import { ApiError } from "../lib/api-client.ts";
import { EmptyState } from "./empty-state.tsx";
import { ErrorState } from "./error-state.tsx";

/** Props of PageLoadProblem. */
export interface PageLoadProblemProps {
  /** The page's class, e.g. the one its content has. */
  className: string;
  /** Why the page's record did not load. */
  error: unknown;
  onRetry: () => void;
  /** The page's breadcrumbs, shown in both cases. */
  breadcrumbs: ReactNode;
  /** For a record that does not exist: the page's title, the message, and a way back (a link). */
  notFound: { title: string; message: string; back: ReactNode };
  /** The title of any other failure (shown with a retry). */
  errorTitle: string;
}

/** What a record's page shows when the record did not load: "not found" with a way back, or an error and a retry. */
export function PageLoadProblem({
  className,
  error,
  onRetry,
  breadcrumbs,
  notFound,
  errorTitle,
}: PageLoadProblemProps) {
  if (error instanceof ApiError && error.code === "not_found")
    return (
      <div className={className}>
        <title>{notFound.title}</title>
        {breadcrumbs}
        <h1 className="page-title" tabIndex={-1}>
          {notFound.title}
        </h1>
        <EmptyState title={notFound.message}>{notFound.back}</EmptyState>
      </div>
    );
  return (
    <div className={className}>
      {breadcrumbs}
      <ErrorState error={error} title={errorTitle} onRetry={onRetry} />
    </div>
  );
}
