import type { Language } from "../../../lib/i18n.ts";

const EMPTY = "—";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A value of a hub snapshot in the history (before or after a change) as one line of text: names in both
 * languages, taxonomy entries by their label in the UI language, points as "lat, lon", contacts by name.
 * @example historyValue({ vi: "Nhà tù Hỏa Lò", en: null }, "en") // "vi: Nhà tù Hỏa Lò"
 * @example historyValue([{ slug: "museum", nameVi: "Bảo tàng", nameEn: "Museum" }], "en") // "Museum"
 */
export function historyValue(value: unknown, language: Language): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value.map((item) => historyValue(item, language)).join(", ");
  }
  if (isRecord(value)) {
    if ("nameVi" in value || "nameEn" in value) {
      const label = language === "vi" ? (value.nameVi ?? value.nameEn) : (value.nameEn ?? value.nameVi);
      return typeof label === "string" ? label : EMPTY;
    }
    if ("lat" in value && "lon" in value) return `${value.lat}, ${value.lon}`;
    if ("vi" in value || "en" in value) {
      const parts = (["vi", "en"] as const)
        .filter((lang) => typeof value[lang] === "string" && value[lang] !== "")
        .map((lang) => `${lang}: ${value[lang]}`);
      return parts.length > 0 ? parts.join(" · ") : EMPTY;
    }
    if ("name" in value && typeof value.name === "string") {
      const details = ["role", "email", "phone"]
        .map((key) => value[key])
        .filter((item): item is string => typeof item === "string" && item !== "");
      return details.length > 0 ? `${value.name} (${details.join(", ")})` : value.name;
    }
  }
  return JSON.stringify(value);
}

// Internal keys of a snapshot: the row id says nothing to people and never changes.
const HIDDEN_FIELDS = new Set(["id"]);

/**
 * The before and after of each changed field of a history entry, for its details table. Fields whose shown
 * value did not change (a creation going from nothing to empty) and internal ids are left out.
 * @param changed the API's list of changed top-level fields.
 * @param translate names a coded value (a status) in the UI language; `undefined` keeps the generic text.
 */
export function historyChanges(
  before: unknown,
  after: unknown,
  changed: string[],
  language: Language,
  translate: (field: string, value: unknown) => string | undefined = () => undefined,
): { field: string; before: string; after: string }[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const show = (field: string, value: unknown) => translate(field, value) ?? historyValue(value, language);
  return changed
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .map((field) => ({ field, before: show(field, b[field]), after: show(field, a[field]) }))
    .filter((change) => change.before !== change.after);
}
