import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CityView } from "../../../../contract/api/cities.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { countryName, localizedName } from "../../../lib/localized-names.ts";
import { paths } from "../../../lib/paths.ts";
import { FieldBadge } from "./field-badge.tsx";

/** Props of CityCard. */
export interface CityCardProps {
  city: CityView;
}

/** One city in the result list: its name (linking to its page), where it is, and each designation with its year. */
export function CityCard({ city }: CityCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const designations =
    city.designations.length > 0 ? city.designations : [{ field: city.field, year: city.year, source: "" }];

  return (
    <li className="city-card">
      <h3 className="city-card__name">
        <Link to={paths.cities.detail(city.slug)}>{city.name}</Link>
      </h3>
      <p className="city-card__place">
        {countryName(city.country.iso2, language, city.country.name)}
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        {localizedName(city.region, language)}
      </p>
      <ul className="city-card__designations" aria-label={t("cities.card.designations")}>
        {designations.map((designation) => (
          <li key={designation.field.slug}>
            <FieldBadge field={designation.field} suffix={String(designation.year)} />
          </li>
        ))}
      </ul>
    </li>
  );
}
