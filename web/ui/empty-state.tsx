import type { ReactNode } from "react";

/** Props of EmptyState. */
export interface EmptyStateProps {
  title: string;
  /** What the user can do about it. */
  children?: ReactNode;
}

/** Shown when a request succeeded but found nothing; says so plainly and offers the way out in `children`. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="state state--empty" role="status">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}
