import { paths } from "../../../lib/paths.ts";

/** Notification kinds the UI words; anything else gets a generic text, so a new kind never breaks the inbox. */
export const NOTIFICATION_KINDS = [
  "application.submitted",
  "application.in_review",
  "application.changes_requested",
  "application.accepted",
  "application.rejected",
] as const;
/** A kind the UI knows. */
export type KnownNotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification says and where it leads. */
export interface NotificationContent {
  /** Translation key under `accounts.notifications.kinds`, or `other`. */
  kind: KnownNotificationKind | "other";
  /** The reviewer's reason, for decisions; the applicant must see it in the notification itself. */
  reason?: string;
  /** The hub's name, where the payload carries it (new applications for reviewers). */
  hubName?: string;
  /** The page the notification is about. */
  href?: string;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/**
 * Reads a notification's kind and payload. A new application leads reviewers to the decision screen; every
 * other kind leads the applicant to their application.
 * @example notificationContent("application.changes_requested", { applicationId: "a1", reason: "Add photos" })
 * // { kind: "application.changes_requested", reason: "Add photos", href: "/applications/a1" }
 */
export function notificationContent(kind: string, payload: Record<string, unknown>): NotificationContent {
  const known = (NOTIFICATION_KINDS as readonly string[]).includes(kind) ? (kind as KnownNotificationKind) : "other";
  const applicationId = text(payload.applicationId);
  const href = applicationId
    ? known === "application.submitted"
      ? paths.membership.decision(applicationId)
      : paths.membership.application(applicationId)
    : undefined;
  const content: NotificationContent = { kind: known };
  if (href) content.href = href;
  const reason = text(payload.reason);
  if (reason) content.reason = reason;
  const hubName = text(payload.hubName);
  if (hubName) content.hubName = hubName;
  return content;
}
