import type { FrameworkElement } from "../../../../contract/api/assessments.schema.ts";

/** An element's weight as its share among its siblings and of the whole index. */
export interface WeightShare {
  code: string;
  /** Weight divided by the sum of its siblings' weights (0–1); null when a sibling's weight is not > 0. */
  relative: number | null;
  /** Product of the relative weights from the top down to this element (0–1); null when undefined. */
  effective: number | null;
}

/**
 * Relative and effective weights of a framework tree, computed in the browser while an administrator edits, so
 * the preview follows every keystroke. Weights ≤ 0 or non-numbers leave their family without shares (the server
 * names them on save).
 * @example weightShares([{ code: "A", parent: null, weight: 2 }, { code: "B", parent: null, weight: 1 }])
 *   // [{ code: "A", relative: 0.667, effective: 0.667 }, { code: "B", relative: 0.333, effective: 0.333 }]
 */
export function weightShares(elements: Pick<FrameworkElement, "code" | "parent" | "weight">[]): WeightShare[] {
  const sums = new Map<string | null, number | null>();
  for (const e of elements) {
    const sum = sums.get(e.parent);
    const valid = Number.isFinite(e.weight) && e.weight > 0;
    sums.set(e.parent, sum === null || !valid ? null : (sum ?? 0) + e.weight);
  }
  const relative = new Map<string, number | null>();
  for (const e of elements) {
    const sum = sums.get(e.parent);
    relative.set(e.code, sum ? e.weight / sum : null);
  }
  const parentOf = new Map(elements.map((e) => [e.code, e.parent] as const));
  const effective = (code: string, seen: Set<string>): number | null => {
    if (seen.has(code)) return null;
    seen.add(code);
    const own = relative.get(code);
    if (own === null || own === undefined) return null;
    const parent = parentOf.get(code);
    if (parent === null || parent === undefined) return own;
    if (!parentOf.has(parent)) return null;
    const up = effective(parent, seen);
    return up === null ? null : up * own;
  };
  return elements.map((e) => ({
    code: e.code,
    relative: relative.get(e.code) ?? null,
    effective: effective(e.code, new Set()),
  }));
}

/**
 * Which element each server validation detail is about, by its path (`body.elements.3.weight`) or, failing that,
 * by the code quoted at the start of its message (`"Events": weight must be greater than 0`).
 * @returns messages by element code; details naming no element are under the empty string.
 */
export function errorsByElement(
  details: { path: string; message: string }[],
  elements: Pick<FrameworkElement, "code">[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (code: string, message: string) => out.set(code, [...(out.get(code) ?? []), message]);
  for (const d of details) {
    const byPath = /^body\.elements\.(\d+)(?:\.|$)/.exec(d.path);
    const element = byPath ? elements[Number(byPath[1])] : undefined;
    if (element) {
      add(element.code, d.message);
      continue;
    }
    const quoted = /^"([^"]+)"/.exec(d.message)?.[1];
    add(quoted && elements.some((e) => e.code === quoted) ? quoted : "", d.message);
  }
  return out;
}
