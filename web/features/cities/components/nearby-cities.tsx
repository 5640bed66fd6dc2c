import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CityDetail } from "../../../../contract/api/cities.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { countryName } from "../../../lib/localized-names.ts";
import { paths } from "../../../lib/paths.ts";
import { FieldBadge } from "./field-badge.tsx";

/** Props of NearbyCities. */
export interface NearbyCitiesProps {
  nearby: CityDetail["nearby"];
}

/** Other cities of the same field, nearest first, with their distance: candidates for city-to-city cooperation. */
export function NearbyCities({ nearby }: NearbyCitiesProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const distance = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });

  if (nearby.length === 0) return <p>{t("cities.detail.noNearby")}</p>;
  return (
    <ol className="nearby-list">
      {nearby.map((city) => (
        <li key={city.slug} className="nearby-list__item">
          <Link to={paths.cities.detail(city.slug)} className="nearby-list__name">
            {city.name}
          </Link>
          <span className="nearby-list__distance">
            {t("cities.detail.distance", { km: distance.format(city.distanceKm) })}
          </span>
          <span className="nearby-list__place">{countryName(city.country.iso2, language, city.country.name)}</span>
          <span className="nearby-list__field">
            <FieldBadge field={city.field} suffix={String(city.year)} />
          </span>
        </li>
      ))}
    </ol>
  );
}
