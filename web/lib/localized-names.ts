import type { Language } from "./i18n.ts";

/** Anything the API names in English with an optional Vietnamese name: fields, regions. */
export interface BilingualName {
  name: string;
  nameVi?: string | null;
}

/**
 * Picks the name in the UI language, falling back to English where no Vietnamese name is recorded.
 * @example localizedName({ name: "Design", nameVi: "Thiết kế" }, "vi") // "Thiết kế"
 */
export function localizedName(value: BilingualName, language: Language): string {
  return language === "vi" && value.nameVi ? value.nameVi : value.name;
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/**
 * A country's name in the UI language. Vietnamese names come from the browser's CLDR data (the API only has
 * English names); English uses the API's name, which follows UNESCO's usage ("Türkiye", "Viet Nam").
 * @param iso2 ISO 3166-1 alpha-2 code, e.g. `VN`.
 * @param englishName the API's name, also the fallback where CLDR has no entry.
 * @example countryName("VN", "vi", "Viet Nam") // "Việt Nam"
 */
export function countryName(iso2: string, language: Language, englishName: string): string {
  if (language !== "vi") return englishName;
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    regionNames.set(language, names);
  }
  try {
    return names.of(iso2.toUpperCase()) ?? englishName;
  } catch {
    // DisplayNames throws a RangeError for codes that are not well-formed; keep the API's name then.
    return englishName;
  }
}

const collators = new Map<Language, Intl.Collator>();

/**
 * Compares strings in the UI language's alphabetical order (in Vietnamese, "Đ" after "D").
 * @example ["Đức", "Dubai"].sort(compareNames("vi")) // ["Dubai", "Đức"]
 */
export function compareNames(language: Language): (a: string, b: string) => number {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: "base" });
    collators.set(language, collator);
  }
  return collator.compare;
}
