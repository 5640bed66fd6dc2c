/** One band of a histogram: scores from `from` (inclusive) to `to` (exclusive, inclusive for the last band). */
export interface Bin {
  from: number;
  to: number;
  count: number;
}

/**
 * Counts scores (0–100) in bands of `width` points; missing scores are left out.
 * @example histogram([5, 15, 100], 50) // [{ from: 0, to: 50, count: 2 }, { from: 50, to: 100, count: 1 }]
 */
export function histogram(scores: (number | null)[], width = 10): Bin[] {
  const bands = Math.ceil(100 / width);
  const bins: Bin[] = Array.from({ length: bands }, (_, k) => ({
    from: k * width,
    to: Math.min(100, (k + 1) * width),
    count: 0,
  }));
  for (const s of scores) {
    if (s === null || !Number.isFinite(s)) continue;
    bins[Math.min(bands - 1, Math.max(0, Math.floor(s / width)))].count++;
  }
  return bins;
}

/**
 * Whether a hub's tier is stable enough to announce: kept in at least `threshold` of the runs.
 * @example tierStable(0.87) // true
 */
export const tierStable = (stability: number | null, threshold = 0.8) => stability !== null && stability >= threshold;

/**
 * Breaks a long axis name into lines of about `width` characters, so radar labels fit a phone's width.
 * @example wrapLabel("Kết nối và hợp tác quốc tế", 14) // "Kết nối và hợp\ntác quốc tế"
 */
export function wrapLabel(text: string, width = 14): string {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

/**
 * A position as an ordinal in the UI language: English suffixes, the bare number in Vietnamese (the sentence says
 * "hạng").
 * @example ordinal(2, "en") // "2nd"
 */
export function ordinal(n: number, language: "vi" | "en"): string {
  if (language === "vi") return String(n);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * How a hub moved since the previous round, for the ranking's change column: ▲ up (rank delta > 0), ▼ down,
 * = the same; "new" when it was not in that round; none when there is no previous round or no rank.
 * @example rankMove({ rankDelta: 2 }) // { kind: "up", n: 2, symbol: "▲" }
 */
export function rankMove(
  change: { rankDelta: number | null } | null | undefined,
): { kind: "up" | "down" | "same"; n: number; symbol: string } | { kind: "new" } | { kind: "none" } {
  if (change === null) return { kind: "new" };
  if (change === undefined || change.rankDelta === null) return { kind: "none" };
  const d = change.rankDelta;
  return d > 0
    ? { kind: "up", n: d, symbol: "▲" }
    : d < 0
      ? { kind: "down", n: -d, symbol: "▼" }
      : { kind: "same", n: 0, symbol: "=" };
}

/**
 * A score difference with its sign and one decimal in the UI language; an em dash when there is none.
 * @example signedScore(3.25, "vi") // "+3,3"
 */
export function signedScore(value: number | null | undefined, language: "vi" | "en"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(language === "vi" ? "vi-VN" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(value);
}
