import { type CSSProperties, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CityFacets as CityFacetsData } from "../../../../contract/api/cities.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { compareNames, countryName, localizedName } from "../../../lib/localized-names.ts";
import type { CityDirectoryFilters } from "../utils/city-filters.ts";
import { fieldColor } from "../utils/field-colors.ts";

/** Props of CityFacets. */
export interface CityFacetsProps {
  facets: CityFacetsData;
  filters: CityDirectoryFilters;
  onChange: (patch: Partial<CityDirectoryFilters>) => void;
}

interface RadioOption {
  value: string;
  label: string;
  count?: number;
  color?: string;
}

function RadioFacet({
  name,
  legend,
  options,
  selected,
  onSelect,
}: {
  name: string;
  legend: string;
  options: RadioOption[];
  selected: string | undefined;
  onSelect: (value: string | undefined) => void;
}) {
  const baseId = useId();
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__options">
        {options.map((option, index) => {
          const id = `${baseId}-${index}`;
          return (
            <li key={option.value || "all"} className={option.count === 0 ? "facet__option is-empty" : "facet__option"}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={(selected ?? "") === option.value}
                onChange={() => onSelect(option.value === "" ? undefined : option.value)}
              />
              <label htmlFor={id} className="facet__option-label">
                {option.color && (
                  <span
                    className="facet__swatch"
                    style={{ "--field-color": option.color } as CSSProperties}
                    aria-hidden="true"
                  />
                )}
                <span className="facet__label">{option.label}</span>
                {option.count !== undefined && <span className="facet__count">{option.count}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * Facet filters with counts: field and region as radio groups, country as a menu (100+ entries), and a year
 * range. Each facet's counts ignore its own filter (the API does this), so every option tells how many cities
 * choosing it would show.
 */
export function CityFacets({ facets, filters, onChange }: CityFacetsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const countryId = useId();
  const yearFromId = useId();
  const yearToId = useId();

  const fieldOptions: RadioOption[] = [
    { value: "", label: t("cities.facets.allFields") },
    ...facets.fields.map((field) => ({
      value: field.slug,
      label: localizedName(field, language),
      count: field.count,
      color: fieldColor(field.slug),
    })),
  ];
  const regionOptions: RadioOption[] = [
    { value: "", label: t("cities.facets.allRegions") },
    ...facets.regions.map((region) => ({
      value: region.slug,
      label: localizedName(region, language),
      count: region.count,
    })),
  ];

  const countries = useMemo(() => {
    const compare = compareNames(language);
    const options = facets.countries.map((country) => ({
      iso2: country.iso2,
      label: countryName(country.iso2, language, country.name),
      count: country.count,
    }));
    // A country chosen through a shared link stays selectable even when no city matches the other filters.
    if (filters.country && !options.some((option) => option.iso2 === filters.country)) {
      options.push({ iso2: filters.country, label: countryName(filters.country, language, filters.country), count: 0 });
    }
    return options.sort((a, b) => compare(a.label, b.label));
  }, [facets.countries, filters.country, language]);

  const years = useMemo(() => {
    const options = [...facets.years];
    // Keep years from a shared link visible in the menus even when no designation fell in them.
    for (const year of [filters.yearFrom, filters.yearTo])
      if (year !== undefined && !options.some((option) => option.year === year)) options.push({ year, count: 0 });
    return options.sort((a, b) => a.year - b.year);
  }, [facets.years, filters.yearFrom, filters.yearTo]);

  return (
    <div className="facets">
      <RadioFacet
        name="field"
        legend={t("cities.facets.field")}
        options={fieldOptions}
        selected={filters.field}
        onSelect={(field) => onChange({ field })}
      />
      <RadioFacet
        name="region"
        legend={t("cities.facets.region")}
        options={regionOptions}
        selected={filters.region}
        onSelect={(region) => onChange({ region })}
      />

      <fieldset className="facet">
        <legend className="facet__legend">{t("cities.facets.country")}</legend>
        <label htmlFor={countryId} className="visually-hidden">
          {t("cities.facets.country")}
        </label>
        <select
          id={countryId}
          className="select"
          value={filters.country ?? ""}
          onChange={(event) => onChange({ country: event.target.value || undefined })}
        >
          <option value="">{t("cities.facets.allCountries")}</option>
          {countries.map((country) => (
            <option key={country.iso2} value={country.iso2}>
              {t("cities.facets.optionWithCount", { label: country.label, count: country.count })}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset className="facet facet--years">
        <legend className="facet__legend">{t("cities.facets.years")}</legend>
        <div className="facet__year-range">
          <div>
            <label htmlFor={yearFromId}>{t("cities.facets.yearFrom")}</label>
            <select
              id={yearFromId}
              className="select"
              value={filters.yearFrom ?? ""}
              onChange={(event) => onChange({ yearFrom: event.target.value ? Number(event.target.value) : undefined })}
            >
              <option value="">{t("cities.facets.anyYear")}</option>
              {years.map(({ year, count }) => (
                <option key={year} value={year} disabled={filters.yearTo !== undefined && year > filters.yearTo}>
                  {t("cities.facets.optionWithCount", { label: String(year), count })}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={yearToId}>{t("cities.facets.yearTo")}</label>
            <select
              id={yearToId}
              className="select"
              value={filters.yearTo ?? ""}
              onChange={(event) => onChange({ yearTo: event.target.value ? Number(event.target.value) : undefined })}
            >
              <option value="">{t("cities.facets.anyYear")}</option>
              {years.map(({ year, count }) => (
                <option key={year} value={year} disabled={filters.yearFrom !== undefined && year < filters.yearFrom}>
                  {t("cities.facets.optionWithCount", { label: String(year), count })}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
