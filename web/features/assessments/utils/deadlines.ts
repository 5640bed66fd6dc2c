/** The time zone in which the network's deadlines are read (as on the server: round-deadlines.ts). */
export const NETWORK_TIME_ZONE = "Asia/Ho_Chi_Minh";

/**
 * Whether a deadline date has passed: the date is inclusive until 23:59:59 in the network's time zone.
 * @example deadlinePassed("2026-12-01", new Date("2026-12-01T17:00:00Z")) // true (already 2 December in Hanoi)
 */
export function deadlinePassed(deadline: string | null, now: Date, timeZone = NETWORK_TIME_ZONE): boolean {
  if (!deadline) return false;
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return today > deadline;
}

/**
 * The deadline a refusal names (`selfDeadline` or `assessorDeadline` in the error's details), if it is one.
 * @example deadlineRefusal([{ path: "selfDeadline", message: "passed on 2026-12-01" }]) // "selfDeadline"
 */
export function deadlineRefusal(
  details: { path: string; message: string }[],
): "selfDeadline" | "assessorDeadline" | undefined {
  const d = details.find((x) => x.path === "selfDeadline" || x.path === "assessorDeadline");
  return d?.path as "selfDeadline" | "assessorDeadline" | undefined;
}
