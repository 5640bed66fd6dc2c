import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { useMemo } from "react";
import { initReactI18next, useTranslation } from "react-i18next";
import assessmentsEn from "./locales/assessments.en.json";
import assessmentsVi from "./locales/assessments.vi.json";
import en from "./locales/en.json";
import vi from "./locales/vi.json";

/** Languages of the UI; the first is the default, since most users of the platform read Vietnamese first. */
export const LANGUAGES = ["vi", "en"] as const;
/** A UI language. */
export type Language = (typeof LANGUAGES)[number];

/** localStorage key under which the chosen language is remembered between visits. */
const LANGUAGE_STORAGE_KEY = "creative-network.language";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    // Typing t() against the Vietnamese file makes a misspelt key a type error; the unit tests check that the
    // English file has the same keys.
    resources: { translation: typeof vi };
  }
}

function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? "");
}

/**
 * Starts i18next: Vietnamese unless the visitor chose English before (remembered in localStorage), and keeps
 * `<html lang>` in step so screen readers and hyphenation follow the language.
 */
export function initI18n(): typeof i18n {
  i18n.on("languageChanged", (language) => {
    document.documentElement.lang = isLanguage(language) ? language : LANGUAGES[0];
  });
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      // Assessments have their own namespace, typed by useNamespaceT(): with every key in one typed namespace,
      // t()'s key type grows too deep for tsc (TS2589 on plural calls).
      resources: {
        vi: { translation: vi, assessments: assessmentsVi },
        en: { translation: en, assessments: assessmentsEn },
      },
      supportedLngs: LANGUAGES,
      fallbackLng: LANGUAGES[0],
      // Only an explicit earlier choice counts: the browser's language would switch Vietnamese-speaking staff on
      // English-configured office machines to English.
      detection: { order: ["localStorage"], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ["localStorage"] },
      // React escapes what it renders; escaping here too would show "&amp;" in city names.
      interpolation: { escapeValue: false },
      // Resources are bundled, so initialise synchronously: the first render already has its texts.
      initAsync: false,
    });
  return i18n;
}

/**
 * The current UI language and a setter that remembers the choice.
 * @returns `language` ("vi" or "en") and `setLanguage`.
 */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n: instance } = useTranslation();
  const resolved = instance.resolvedLanguage;
  return {
    language: isLanguage(resolved) ? resolved : LANGUAGES[0],
    setLanguage: (language) => void instance.changeLanguage(language),
  };
}

/** Dotted paths of a messages object's strings, e.g. `"round.publish"`. */
export type MessageKey<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : MessageKey<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * A translate function for a namespace kept out of i18next's global typing, typed by that namespace's own
 * messages; it re-renders with the language like `useTranslation()`.
 * @example const t = useNamespaceT<typeof messages>("assessments"); t("round.publish")
 */
export function useNamespaceT<Messages>(
  namespace: string,
): (key: MessageKey<Messages>, options?: Record<string, unknown>) => string {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new function per language makes memoised views re-render.
  return useMemo(() => {
    const fixed = instance.getFixedT(null, namespace as never);
    return (key, options) => String(fixed(key as never, options as never));
  }, [instance, namespace, language]);
}
