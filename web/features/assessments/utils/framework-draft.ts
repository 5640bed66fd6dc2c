import type { FrameworkElement } from "../../../../contract/api/assessments.schema.ts";
import type messages from "../../../lib/locales/assessments.vi.json";
import { parseLocaleNumber } from "./labels.ts";

/** The message keys of the editor's checks. */
export type DraftIssueKey = `editor.check.${keyof typeof messages.editor.check}` | "framework.weightPositive";

/** A rubric level as typed: its number as text, so "2" can be half-typed without losing the field. */
export interface DraftLevel {
  key: string;
  level: string;
  labelVi: string;
  labelEn: string;
}

/**
 * One element of a framework while it is edited. Numbers stay as typed text (a Vietnamese "2,5" too); the parent
 * is the parent's `key`, so renaming a code keeps its children attached. The list order is the sibling order.
 */
export interface DraftElement {
  key: string;
  parentKey: string | null;
  kind: "dimension" | "indicator";
  code: string;
  nameVi: string;
  nameEn: string;
  guidanceVi: string;
  guidanceEn: string;
  weight: string;
  direction: 1 | -1;
  unit: string;
  type: "number" | "rubric" | "yesno" | null;
  /** number: scored between two goalposts, or up to a target. */
  numberMode: "goalposts" | "target";
  goalLow: string;
  goalHigh: string;
  target: string;
  rangeMin: string;
  rangeMax: string;
  levels: DraftLevel[];
  supplier: "self" | "assessor" | "measured" | null;
}

/** A problem found while editing: the field it is about and a message key of the assessments namespace. */
export interface DraftIssue {
  /** `code`, `nameVi`, `weight`, `goalposts`, `levels`, `levels.2.labelVi`, … or `element` for the whole element. */
  field: string;
  key: DraftIssueKey;
  params?: Record<string, string | number>;
}

let counter = 0;
/** A key unique in this browser tab. */
export const newKey = () => `k${++counter}`;

const CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/**
 * A saved framework's elements as a draft.
 * @example fromElements(framework.elements)[0].weight // "1"
 */
export function fromElements(elements: FrameworkElement[]): DraftElement[] {
  const keys = new Map<string, string>();
  for (const e of elements) if (!keys.has(e.code)) keys.set(e.code, newKey());
  return elements.map((e, i) => ({
    key: i === elements.findIndex((x) => x.code === e.code) ? (keys.get(e.code) as string) : newKey(),
    parentKey: e.parent === null ? null : (keys.get(e.parent) ?? null),
    kind: e.kind,
    code: e.code,
    nameVi: e.nameVi,
    nameEn: e.nameEn,
    guidanceVi: e.guidanceVi ?? "",
    guidanceEn: e.guidanceEn ?? "",
    weight: text(e.weight),
    direction: e.direction,
    unit: e.unit ?? "",
    type: e.type,
    numberMode: e.target !== null && e.goalposts === null ? "target" : "goalposts",
    goalLow: text(e.goalposts?.[0]),
    goalHigh: text(e.goalposts?.[1]),
    target: text(e.target),
    rangeMin: text(e.range?.[0]),
    rangeMax: text(e.range?.[1]),
    levels: (e.levels ?? []).map((l) => ({
      key: newKey(),
      level: String(l.level),
      labelVi: l.labelVi,
      labelEn: l.labelEn,
    })),
    supplier: e.supplier,
  }));
}

const num = (s: string) => parseLocaleNumber(s) ?? Number.NaN;
const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/**
 * The draft as the API's elements, in the draft's order (so `body.elements.3` is the draft's fourth element).
 * Numbers that do not parse become NaN, which `checkDraft` reports before anything is sent.
 */
export function toElements(draft: DraftElement[]): FrameworkElement[] {
  const codeOf = new Map(draft.map((d) => [d.key, d.code.trim()]));
  return draft.map((d) => {
    const indicator = d.kind === "indicator";
    const isNumber = indicator && d.type === "number";
    const range: [number, number] | null =
      isNumber && (d.rangeMin.trim() !== "" || d.rangeMax.trim() !== "") ? [num(d.rangeMin), num(d.rangeMax)] : null;
    return {
      code: d.code.trim(),
      parent: d.parentKey === null ? null : (codeOf.get(d.parentKey) ?? null),
      kind: d.kind,
      nameVi: d.nameVi.trim(),
      nameEn: d.nameEn.trim(),
      guidanceVi: orNull(d.guidanceVi),
      guidanceEn: orNull(d.guidanceEn),
      weight: num(d.weight),
      direction: indicator ? d.direction : 1,
      unit: indicator ? orNull(d.unit) : null,
      type: indicator ? d.type : null,
      goalposts: isNumber && d.numberMode === "goalposts" ? [num(d.goalLow), num(d.goalHigh)] : null,
      target: isNumber && d.numberMode === "target" ? num(d.target) : null,
      range,
      levels:
        indicator && d.type === "rubric"
          ? d.levels.map((l) => ({ level: num(l.level), labelVi: l.labelVi.trim(), labelEn: l.labelEn.trim() }))
          : null,
      supplier: indicator ? d.supplier : null,
    };
  });
}

/** A code not used yet in the draft: `prefix1`, `prefix2`, … */
export function freeCode(draft: DraftElement[], prefix: string): string {
  const used = new Set(draft.map((d) => d.code));
  for (let i = 1; ; i++) if (!used.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

/** Five rubric levels 0–4 with empty descriptions, the usual start of a rubric. */
export const defaultLevels = (): DraftLevel[] =>
  [0, 1, 2, 3, 4].map((level) => ({ key: newKey(), level: String(level), labelVi: "", labelEn: "" }));

/** A new, empty element. */
export function blankElement(
  draft: DraftElement[],
  kind: DraftElement["kind"],
  parentKey: string | null,
): DraftElement {
  const parent = draft.find((d) => d.key === parentKey);
  const prefix = kind === "dimension" ? "D" : `${parent?.code || "I"}.`;
  return {
    key: newKey(),
    parentKey,
    kind,
    code: freeCode(draft, prefix),
    nameVi: "",
    nameEn: "",
    guidanceVi: "",
    guidanceEn: "",
    weight: "1",
    direction: 1,
    unit: "",
    type: kind === "indicator" ? "number" : null,
    numberMode: "goalposts",
    goalLow: kind === "indicator" ? "0" : "",
    goalHigh: kind === "indicator" ? "100" : "",
    target: "",
    rangeMin: "",
    rangeMax: "",
    levels: [],
    supplier: kind === "indicator" ? "self" : null,
  };
}

/** Adds an element as the last child of `parentKey` (null: at the top). */
export function addElement(
  draft: DraftElement[],
  kind: DraftElement["kind"],
  parentKey: string | null,
): { draft: DraftElement[]; key: string } {
  const e = blankElement(draft, kind, parentKey);
  return { draft: [...draft, e], key: e.key };
}

/** The keys of an element and everything below it. */
export function subtreeKeys(draft: DraftElement[], key: string): Set<string> {
  const out = new Set([key]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of draft)
      if (d.parentKey !== null && out.has(d.parentKey) && !out.has(d.key)) {
        out.add(d.key);
        grew = true;
      }
  }
  return out;
}

/** Removes an element with everything below it. */
export function removeElement(draft: DraftElement[], key: string): DraftElement[] {
  const gone = subtreeKeys(draft, key);
  return draft.filter((d) => !gone.has(d.key));
}

/** Moves an element one place up (-1) or down (+1) among its siblings; unchanged at either end. */
export function moveElement(draft: DraftElement[], key: string, by: -1 | 1): DraftElement[] {
  const i = draft.findIndex((d) => d.key === key);
  if (i < 0) return draft;
  const siblings = draft.map((d, k) => [d, k] as const).filter(([d]) => d.parentKey === draft[i].parentKey);
  const at = siblings.findIndex(([d]) => d.key === key);
  const other = siblings[at + by];
  if (!other) return draft;
  const out = [...draft];
  out[i] = draft[other[1]];
  out[other[1]] = draft[i];
  return out;
}

/** Changes some fields of one element; a switch to rubric without levels starts with levels 0–4. */
export function updateElement(draft: DraftElement[], key: string, patch: Partial<DraftElement>): DraftElement[] {
  return draft.map((d) => {
    if (d.key !== key) return d;
    const next = { ...d, ...patch };
    if (patch.type === "rubric" && next.levels.length === 0) next.levels = defaultLevels();
    return next;
  });
}

/** The children of `parentKey`, in order. */
export const childrenOf = (draft: DraftElement[], parentKey: string | null) =>
  draft.filter((d) => d.parentKey === parentKey);

const isNum = (s: string) => parseLocaleNumber(s) !== null;

/**
 * Checks a draft as the server will, but as the administrator types, so each problem shows beside its field before
 * saving: codes (missing, malformed, duplicate), names in both languages, weights > 0, dimensions without children,
 * indicators at different depths, and each type's parameters (goalposts, target, range, rubric levels).
 * @returns problems by element key; problems of the whole framework under "".
 */
export function checkDraft(draft: DraftElement[]): Map<string, DraftIssue[]> {
  const out = new Map<string, DraftIssue[]>();
  const add = (key: string, issue: DraftIssue) => out.set(key, [...(out.get(key) ?? []), issue]);
  const codes = new Map<string, number>();
  for (const d of draft) codes.set(d.code.trim(), (codes.get(d.code.trim()) ?? 0) + 1);
  const depthOf = (d: DraftElement) => {
    let n = 1;
    let cur = d;
    const seen = new Set([d.key]);
    while (cur.parentKey !== null) {
      const p = draft.find((x) => x.key === cur.parentKey);
      if (!p || seen.has(p.key)) return n;
      seen.add(p.key);
      cur = p;
      n++;
    }
    return n;
  };

  for (const d of draft) {
    const code = d.code.trim();
    if (code === "") add(d.key, { field: "code", key: "editor.check.codeRequired" });
    else if (!CODE.test(code)) add(d.key, { field: "code", key: "editor.check.codeFormat" });
    else if ((codes.get(code) ?? 0) > 1)
      add(d.key, { field: "code", key: "editor.check.codeDuplicate", params: { code } });
    if (d.nameVi.trim() === "") add(d.key, { field: "nameVi", key: "editor.check.nameViRequired" });
    if (d.nameEn.trim() === "") add(d.key, { field: "nameEn", key: "editor.check.nameEnRequired" });
    const w = parseLocaleNumber(d.weight);
    if (w === null || !(w > 0)) add(d.key, { field: "weight", key: "framework.weightPositive" });
    if (d.kind === "dimension" && !draft.some((c) => c.parentKey === d.key))
      add(d.key, { field: "element", key: "editor.check.emptyParent" });
    if (d.kind !== "indicator") continue;
    if (d.type === null) add(d.key, { field: "type", key: "editor.check.typeRequired" });
    if (d.supplier === null) add(d.key, { field: "supplier", key: "editor.check.supplierRequired" });
    if (d.type === "number") {
      if (d.numberMode === "goalposts") {
        if (!isNum(d.goalLow) || !isNum(d.goalHigh))
          add(d.key, { field: "goalposts", key: "editor.check.goalpostsNumbers" });
        else if (!(num(d.goalLow) < num(d.goalHigh)))
          add(d.key, { field: "goalposts", key: "editor.check.goalpostsOrder" });
      } else if (!isNum(d.target)) add(d.key, { field: "target", key: "editor.check.targetNumber" });
      const anyRange = d.rangeMin.trim() !== "" || d.rangeMax.trim() !== "";
      if (anyRange && (!isNum(d.rangeMin) || !isNum(d.rangeMax)))
        add(d.key, { field: "range", key: "editor.check.rangeNumbers" });
      else if (anyRange && !(num(d.rangeMin) < num(d.rangeMax)))
        add(d.key, { field: "range", key: "editor.check.rangeOrder" });
      else if (d.numberMode === "target" && d.direction === -1 && !anyRange)
        add(d.key, { field: "range", key: "editor.check.targetNeedsRange" });
    }
    if (d.type === "rubric") {
      if (d.levels.length < 2) add(d.key, { field: "levels", key: "editor.check.levelsTooFew" });
      const seen = new Set<number>();
      d.levels.forEach((l, i) => {
        const n = parseLocaleNumber(l.level);
        if (n === null || !Number.isInteger(n) || n < 0 || n > 100)
          add(d.key, { field: `levels.${i}.level`, key: "editor.check.levelNumber" });
        else if (seen.has(n))
          add(d.key, { field: `levels.${i}.level`, key: "editor.check.levelDuplicate", params: { level: n } });
        else seen.add(n);
        if (l.labelVi.trim() === "") add(d.key, { field: `levels.${i}.labelVi`, key: "editor.check.levelLabelVi" });
        if (l.labelEn.trim() === "") add(d.key, { field: `levels.${i}.labelEn`, key: "editor.check.levelLabelEn" });
      });
    }
  }

  const indicators = draft.filter((d) => d.kind === "indicator");
  if (indicators.length === 0) add("", { field: "element", key: "editor.check.noIndicator" });
  else {
    const depth = Math.max(...indicators.map(depthOf));
    for (const d of indicators)
      if (depthOf(d) !== depth)
        add(d.key, { field: "element", key: "editor.check.depth", params: { depth, at: depthOf(d) } });
  }
  return out;
}

/** Whether a check left any problem. */
export const hasIssues = (issues: Map<string, DraftIssue[]>) => [...issues.values()].some((l) => l.length > 0);

/**
 * The server's validation details placed on the draft: `body.elements.3.weight` is the fourth element's weight
 * (the draft is sent in its own order). Details naming no element (the framework's names) are under "".
 * @returns per element key, the field (`weight`, `levels`, … or `element`) and the server's message.
 */
export function serverIssues(
  details: { path: string; message: string }[],
  draft: Pick<DraftElement, "key" | "code">[],
): Map<string, { field: string; message: string }[]> {
  const out = new Map<string, { field: string; message: string }[]>();
  const add = (key: string, field: string, message: string) =>
    out.set(key, [...(out.get(key) ?? []), { field, message }]);
  for (const d of details) {
    const m = /^body\.elements\.(\d+)(?:\.([A-Za-z]+))?/.exec(d.path);
    const element = m ? draft[Number(m[1])] : undefined;
    if (element) {
      add(element.key, m?.[2] ?? "element", d.message);
      continue;
    }
    const quoted = /^"([^"]+)"/.exec(d.message)?.[1];
    const byCode = quoted ? draft.find((e) => e.code === quoted) : undefined;
    add(byCode?.key ?? "", byCode ? "element" : (d.path.replace(/^body\./, "") ?? ""), d.message);
  }
  return out;
}

/**
 * The starting tree of a framework made from scratch: one dimension with one indicator, ready to be renamed.
 * It is valid, so the framework can be created at once and edited on its page.
 */
export function starterElements(names: {
  dimensionVi: string;
  dimensionEn: string;
  indicatorVi: string;
  indicatorEn: string;
}): FrameworkElement[] {
  return [
    {
      code: "D1",
      parent: null,
      kind: "dimension",
      nameVi: names.dimensionVi,
      nameEn: names.dimensionEn,
      guidanceVi: null,
      guidanceEn: null,
      weight: 1,
      direction: 1,
      unit: null,
      type: null,
      goalposts: null,
      target: null,
      range: null,
      levels: null,
      supplier: null,
    },
    {
      code: "D1.1",
      parent: "D1",
      kind: "indicator",
      nameVi: names.indicatorVi,
      nameEn: names.indicatorEn,
      guidanceVi: null,
      guidanceEn: null,
      weight: 1,
      direction: 1,
      unit: null,
      type: "yesno",
      goalposts: null,
      target: null,
      range: null,
      levels: null,
      supplier: "assessor",
    },
  ];
}
