import type { ReactNode } from "react";

/** How a badge reads at a glance; the text always says the same in words, colour is only a second cue. */
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

/** Props of Badge. */
export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
}

/** A short status label (a hub's status, an application's state). */
export function Badge({ tone = "neutral", children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
