import { useTranslation } from "react-i18next";
import { LANGUAGES, useLanguage } from "../lib/i18n.ts";

// Each language is named in itself, so a visitor who cannot read the current one still finds their own.
const NATIVE_NAMES = { vi: "Tiếng Việt", en: "English" } as const;

/** Two buttons switching the UI language; the choice is remembered in localStorage by i18next's detector. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("layout.language")}</legend>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={language === code} onClick={() => setLanguage(code)}>
          {NATIVE_NAMES[code]}
        </button>
      ))}
    </fieldset>
  );
}
