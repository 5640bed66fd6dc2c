import type { FrameworkElement } from "../../../../contract/api/assessments.schema.ts";
import { parseLocaleNumber } from "./labels.ts";

/** A measured figure as typed: its value and where it comes from. */
export interface MeasuredDraft {
  value: string;
  source: string;
}

/** A problem with one figure: the indicator's code and a message key of the assessments namespace. */
export interface MeasuredProblem {
  code: string;
  key: "hub.needsNumber" | "hub.range" | "measured.yesno" | "measured.noLevel";
  params?: Record<string, string | number>;
}

/**
 * The values to send for measured figures, checked as the server will: numbers (a decimal comma too) within the
 * indicator's range, existing rubric levels, yes/no as 1 or 0. Empty figures are left out.
 * @example measuredValues([events], { Events: { value: "12,5", source: "Sở VHTT" } }).values.Events.value // 12.5
 */
export function measuredValues(
  indicators: FrameworkElement[],
  drafts: Record<string, MeasuredDraft | undefined>,
): { values: Record<string, { value: number; comment: string | null }>; problems: MeasuredProblem[] } {
  const values: Record<string, { value: number; comment: string | null }> = {};
  const problems: MeasuredProblem[] = [];
  for (const e of indicators) {
    const d = drafts[e.code];
    if (!d || d.value.trim() === "") continue;
    const n = parseLocaleNumber(d.value);
    if (n === null) {
      problems.push({ code: e.code, key: "hub.needsNumber" });
      continue;
    }
    if (e.type === "yesno" && n !== 0 && n !== 1) {
      problems.push({ code: e.code, key: "measured.yesno" });
      continue;
    }
    if (e.type === "rubric" && !(e.levels ?? []).some((l) => l.level === n)) {
      problems.push({ code: e.code, key: "measured.noLevel", params: { level: n } });
      continue;
    }
    if (e.type === "number" && e.range && (n < e.range[0] || n > e.range[1])) {
      problems.push({ code: e.code, key: "hub.range", params: { min: e.range[0], max: e.range[1] } });
      continue;
    }
    values[e.code] = { value: n, comment: d.source.trim() || null };
  }
  return { values, problems };
}
