import type { Language } from "../../../lib/i18n.ts";

/**
 * The name of an application's hub in the UI language, falling back to the other language, then the slug.
 * @example applicationHubName({ hub: { nameVi: null, nameEn: "Test kiln", slug: "test-kiln" } }, "vi") // "Test kiln"
 */
export function applicationHubName(
  application: { hub: { nameVi: string | null; nameEn: string | null; slug: string } },
  language: Language,
): string {
  const { nameVi, nameEn, slug } = application.hub;
  return (language === "vi" ? (nameVi ?? nameEn) : (nameEn ?? nameVi)) ?? slug;
}
