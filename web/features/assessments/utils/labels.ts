import type { Language } from "../../../lib/i18n.ts";

/**
 * The text in the UI language, falling back to the other one when it is missing.
 * @example bilingual("Không gian", "Space", "en") // "Space"
 */
export function bilingual(vi: string | null | undefined, en: string | null | undefined, language: Language): string {
  return (language === "en" ? (en ?? vi) : (vi ?? en)) ?? "";
}

/**
 * A share (0–1) as a whole or one-decimal percentage in the UI language.
 * @example percent(0.8667, "vi") // "86,7 %"
 */
export function percent(share: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(language === "vi" ? "vi-VN" : "en-GB", {
    style: "percent",
    maximumFractionDigits: digits,
  }).format(share);
}

/**
 * A score (0–100) with one decimal in the UI language; an em dash when there is none.
 * @example score(70.8333, "vi") // "70,8"
 */
export function score(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(language === "vi" ? "vi-VN" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * Reads a number typed the Vietnamese way (decimal comma) or the English way; null when it is not a number.
 * @example parseLocaleNumber("12,5") // 12.5
 */
export function parseLocaleNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "");
  if (cleaned === "") return null;
  const normalised = /^-?\d+(,\d+)?$/.test(cleaned) ? cleaned.replace(",", ".") : cleaned;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}
