import type { Language } from "./i18n.ts";

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    // Hanoi's time, not the browser's: decisions and deadlines are about the network's working days.
    format = new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      timeStyle: withTime ? "short" : undefined,
      timeZone: "Asia/Ho_Chi_Minh",
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * A timestamp of the API (ISO 8601) as people read it, in Vietnam's time zone.
 * @param withTime include the time of day (history entries) or not (member since).
 * @example formatDateTime("2025-11-18T03:00:00Z", "en") // "Nov 18, 2025, 10:00 AM"
 */
export function formatDateTime(iso: string, language: Language, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, withTime).format(date);
}
