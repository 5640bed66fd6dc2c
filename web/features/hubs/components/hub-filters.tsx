import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { FieldList } from "../../../../contract/api/cities.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { compareNames, localizedName } from "../../../lib/localized-names.ts";
import type { HubTaxonomies } from "../api/get-hub-taxonomies.ts";
import type { Network } from "../api/get-networks.ts";
import type { HubDirectoryFilters } from "../utils/hub-filters.ts";
import { bilingualLabel } from "../utils/hub-names.ts";

/** Props of HubFilters. */
export interface HubFiltersProps {
  taxonomies: HubTaxonomies;
  fields: FieldList["items"];
  networks: Network[];
  /** The network shown (the URL's or the first). */
  network: string;
  filters: HubDirectoryFilters;
  onChange: (patch: Partial<HubDirectoryFilters>) => void;
}

/**
 * The hub directory's filters: network (when there are several), type, creative field, district, and the
 * accessibility features a hub must all have. Each change applies at once and is kept in the URL.
 */
export function HubFilters({ taxonomies, fields, networks, network, filters, onChange }: HubFiltersProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const ids = { network: useId(), type: useId(), field: useId(), district: useId(), accessibility: useId() };

  const districts = useMemo(() => {
    const list = [...taxonomies.districts];
    // A district from a shared link stays selectable even when the network's data no longer uses it.
    if (filters.district && !list.includes(filters.district)) list.push(filters.district);
    return list.sort(compareNames(language));
  }, [taxonomies.districts, filters.district, language]);

  const selectedAccessibility = new Set(filters.accessibility ?? []);
  const toggleAccessibility = (code: string, on: boolean) => {
    const next = new Set(selectedAccessibility);
    if (on) next.add(code);
    else next.delete(code);
    onChange({ accessibility: [...next] });
  };

  return (
    <div className="facets hub-filters">
      {networks.length > 1 && (
        <div className="facet">
          <label htmlFor={ids.network} className="facet__legend">
            {t("hubs.filters.network")}
          </label>
          <select
            id={ids.network}
            className="select"
            value={network}
            onChange={(event) =>
              // Types and districts differ by network, so a change of network starts from no filters.
              onChange({
                network: event.target.value,
                type: undefined,
                district: undefined,
                field: undefined,
                accessibility: undefined,
              })
            }
          >
            {networks.map((item) => (
              <option key={item.slug} value={item.slug}>
                {language === "vi" ? item.nameVi : item.nameEn}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="facet">
        <label htmlFor={ids.type} className="facet__legend">
          {t("hubs.filters.type")}
        </label>
        <select
          id={ids.type}
          className="select"
          value={filters.type ?? ""}
          onChange={(event) => onChange({ type: event.target.value || undefined })}
        >
          <option value="">{t("hubs.filters.allTypes")}</option>
          {taxonomies.types.map((type) => (
            <option key={type.slug} value={type.slug}>
              {bilingualLabel(type, language)}
            </option>
          ))}
        </select>
      </div>

      <div className="facet">
        <label htmlFor={ids.field} className="facet__legend">
          {t("hubs.filters.field")}
        </label>
        <select
          id={ids.field}
          className="select"
          value={filters.field ?? ""}
          onChange={(event) => onChange({ field: event.target.value || undefined })}
        >
          <option value="">{t("hubs.filters.allFields")}</option>
          {fields.map((field) => (
            <option key={field.slug} value={field.slug}>
              {localizedName(field, language)}
            </option>
          ))}
        </select>
      </div>

      <div className="facet">
        <label htmlFor={ids.district} className="facet__legend">
          {t("hubs.filters.district")}
        </label>
        <select
          id={ids.district}
          className="select"
          value={filters.district ?? ""}
          onChange={(event) => onChange({ district: event.target.value || undefined })}
        >
          <option value="">{t("hubs.filters.allDistricts")}</option>
          {districts.map((district) => (
            <option key={district} value={district}>
              {district}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="facet" aria-describedby={`${ids.accessibility}-hint`}>
        <legend className="facet__legend">{t("hubs.filters.accessibility")}</legend>
        <p id={`${ids.accessibility}-hint`} className="facet__hint">
          {t("hubs.filters.accessibilityHint")}
        </p>
        <ul className="facet__options">
          {taxonomies.accessibility.map((feature) => {
            const id = `${ids.accessibility}-${feature.code}`;
            return (
              <li key={feature.code} className="facet__option">
                <input
                  type="checkbox"
                  id={id}
                  checked={selectedAccessibility.has(feature.code)}
                  onChange={(event) => toggleAccessibility(feature.code, event.target.checked)}
                />
                <label htmlFor={id} className="facet__option-label">
                  <span className="facet__label">{bilingualLabel(feature, language)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
