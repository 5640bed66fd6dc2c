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
