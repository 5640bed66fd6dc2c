/**
 * The time zone in which a network's deadlines are read. Hanoi's network is the only one so far; a network of
 * another city would store its own zone.
 */
export const NETWORK_TIME_ZONE = "Asia/Ho_Chi_Minh";

/**
 * The calendar date (YYYY-MM-DD) that `now` falls on in `timeZone`.
 * @example localDate(new Date("2026-11-30T17:00:00Z"), "Asia/Ho_Chi_Minh") // "2026-12-01"
 */
export function localDate(now: Date, timeZone = NETWORK_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Whether a deadline date has passed: the date is inclusive, until 23:59:59 local time. No deadline never passes.
 * @example deadlinePassed("2026-12-01", new Date("2026-12-01T16:59:59Z")) // false (23:59:59 in Hanoi)
 * @example deadlinePassed("2026-12-01", new Date("2026-12-01T17:00:00Z")) // true (00:00 on 2 December in Hanoi)
 */
export function deadlinePassed(deadline: string | null, now: Date, timeZone = NETWORK_TIME_ZONE): boolean {
  return deadline !== null && localDate(now, timeZone) > deadline;
}
