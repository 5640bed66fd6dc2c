import type { Language } from "../../../lib/i18n.ts";

/** A hub's names; a source may give only one language. */
export interface HubNames {
  vi: string | null;
  en: string | null;
}

/**
 * The hub's name in the UI language, else in the other one (seeded hubs often have only one).
 * @example hubName({ vi: "Nhà tù Hỏa Lò", en: "Hỏa Lò Prison relic" }, "en") // "Hỏa Lò Prison relic"
 * @example hubName({ vi: null, en: "282 Design complex" }, "vi") // "282 Design complex"
 */
export function hubName(name: HubNames, language: Language): string {
  return (language === "vi" ? (name.vi ?? name.en) : (name.en ?? name.vi)) ?? "";
}

/**
 * The name in the other language, when there is one and it differs: shown under the title, marked with its
 * `lang` so screen readers pronounce it right.
 * @example otherHubName({ vi: "Làng gốm Bát Tràng", en: "Bát Tràng ceramic village" }, "vi")
 * // { text: "Bát Tràng ceramic village", lang: "en" }
 */
export function otherHubName(name: HubNames, language: Language): { text: string; lang: Language } | undefined {
  const shown = hubName(name, language);
  const other: Language = language === "vi" ? "en" : "vi";
  const text = name[other];
  return text && text !== shown ? { text, lang: other } : undefined;
}

/** Anything the API labels in both languages: hub types, accessibility features, fields. */
export interface Bilingual {
  nameVi: string | null;
  nameEn: string | null;
}

/**
 * A taxonomy entry's label in the UI language, falling back to the other.
 * @example bilingualLabel({ nameVi: "Bảo tàng", nameEn: "Museum" }, "en") // "Museum"
 */
export function bilingualLabel(item: Bilingual, language: Language): string {
  return (language === "vi" ? (item.nameVi ?? item.nameEn) : (item.nameEn ?? item.nameVi)) ?? "";
}
