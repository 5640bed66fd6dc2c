import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../lib/i18n.ts";
import { localizedName } from "../../../lib/localized-names.ts";
import { useFields } from "../api/get-fields.ts";
import { fieldColor } from "../utils/field-colors.ts";

/** The colour key of the creative fields, shared by the map and the growth chart. */
export function FieldLegend() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const fields = useFields();
  if (!fields.data) return null;
  return (
    <div className="field-legend">
      <p className="visually-hidden">{t("cities.legend.title")}</p>
      <ul>
        {fields.data.items.map((field) => (
          <li key={field.slug} style={{ "--field-color": fieldColor(field.slug) } as CSSProperties}>
            <span className="field-legend__swatch" aria-hidden="true" />
            {localizedName(field, language)}
          </li>
        ))}
      </ul>
    </div>
  );
}
