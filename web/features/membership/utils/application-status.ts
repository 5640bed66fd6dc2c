import type { ApplicationStatus } from "../../../../contract/api/membership.schema.ts";
import type { BadgeTone } from "../../../ui/badge.tsx";

/** The states of an application, in the order it moves through them. */
export const APPLICATION_STATUSES = [
  "draft",
  "submitted",
  "in_review",
  "changes_requested",
  "accepted",
  "rejected",
] as const satisfies readonly ApplicationStatus[];

/** States the reviewer queue filters by: reviewers never see drafts. */
export const REVIEW_STATUSES = [
  "submitted",
  "in_review",
  "changes_requested",
  "accepted",
  "rejected",
] as const satisfies readonly ApplicationStatus[];

const TONES: Record<ApplicationStatus, BadgeTone> = {
  draft: "neutral",
  submitted: "info",
  in_review: "info",
  changes_requested: "warning",
  accepted: "success",
  rejected: "danger",
};

/** How an application's status badge reads: the ball in the applicant's court is a warning, a refusal danger. */
export const applicationTone = (status: ApplicationStatus): BadgeTone => TONES[status];

/** Whether the applicant may change the answers and submit: a draft, or one sent back for changes. */
export const isEditableByApplicant = (status: ApplicationStatus) =>
  status === "draft" || status === "changes_requested";

/** Whether a reviewer can take the application into review (only a freshly submitted one). */
export const canTakeIntoReview = (status: ApplicationStatus) => status === "submitted";

/** Whether a reviewer can decide now: accept, reject or request changes. */
export const canDecideNow = (status: ApplicationStatus) => status === "submitted" || status === "in_review";

/** Whether the application is still under way (not accepted or rejected). */
export const isOpenApplication = (status: ApplicationStatus) => status !== "accepted" && status !== "rejected";

/**
 * The application that matters for a hub on its manager's dashboard: the open one if any (there is at most one
 * per hub and network), else the latest decided one.
 * @param items the person's applications, from `GET /api/applications?mine=true`.
 */
export function currentApplicationFor<T extends { hub: { id: string }; status: ApplicationStatus; updatedAt: string }>(
  items: T[],
  hubId: string,
): T | undefined {
  const forHub = items.filter((item) => item.hub.id === hubId);
  const open = forHub.find((item) => isOpenApplication(item.status));
  if (open) return open;
  return [...forHub].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}
