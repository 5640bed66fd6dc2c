import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CityDetail as CityDetailData } from "../../../../contract/api/cities.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { countryName, localizedName } from "../../../lib/localized-names.ts";
import { paths } from "../../../lib/paths.ts";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { PageLoadProblem } from "../../../ui/page-load-problem.tsx";
import { useCity } from "../api/get-city.ts";
import { FieldBadge } from "./field-badge.tsx";
import { NearbyCities } from "./nearby-cities.tsx";

const CityLocationMap = lazy(() =>
  import("./city-location-map.tsx").then((module) => ({ default: module.CityLocationMap })),
);

const NEARBY_ID = "nearby-cities";

/** Props of CityDetail. */
export interface CityDetailProps {
  slug: string;
}

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

// A designation's provenance is a ";"-separated list of source keys (UNESCO's list, a press release, the
// gazetteer of the coordinates); full URLs among them become links.
function DesignationSources({ source }: { source: string }) {
  const parts = source
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, index) => (
        <span key={part}>
          {index > 0 && ", "}
          {isUrl(part) ? (
            <a href={part} rel="noopener noreferrer">
              {new URL(part).hostname}
            </a>
          ) : (
            part
          )}
        </span>
      ))}
    </>
  );
}

function formatCoordinate(value: number, positive: string, negative: string, language: string): string {
  const number = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${number.format(Math.abs(value))}° ${value >= 0 ? positive : negative}`;
}

function Breadcrumbs({ current }: { current?: string }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t("layout.breadcrumbs")}>
      <ol>
        <li>
          <Link to={paths.cities.directory()}>{t("cities.directory.title")}</Link>
        </li>
        {current && (
          <li>
            <span aria-current="page">{current}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}

function CityDetailContent({ city }: { city: CityDetailData }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const country = countryName(city.country.iso2, language, city.country.name);
  const field = localizedName(city.field, language);
  const designations =
    city.designations.length > 0 ? city.designations : [{ field: city.field, year: city.year, source: "" }];
  const location = city.location;

  return (
    <article className="city-detail">
      <title>{t("cities.detail.documentTitle", { name: city.name })}</title>
      <Breadcrumbs current={city.name} />
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {city.name}
        </h1>
        <p className="page-lead">{t("cities.detail.lead", { field, year: city.year, country })}</p>
      </header>

      <div className="city-detail__grid">
        <section className="panel" aria-labelledby="city-facts-heading">
          <h2 id="city-facts-heading" className="section-title">
            {t("cities.detail.facts")}
          </h2>
          <dl className="facts">
            <dt>{t("cities.detail.country")}</dt>
            <dd>{country}</dd>
            <dt>{t("cities.detail.region")}</dt>
            <dd>{localizedName(city.region, language)}</dd>
            <dt>{t("cities.detail.memberSince")}</dt>
            <dd>{city.year}</dd>
            <dt>{t("cities.detail.coordinates")}</dt>
            <dd>
              {location
                ? `${formatCoordinate(location.lat, t("cities.detail.north"), t("cities.detail.south"), language)}, ${formatCoordinate(location.lon, t("cities.detail.east"), t("cities.detail.west"), language)}`
                : t("cities.detail.noLocation")}
            </dd>
          </dl>

          <h3 className="subsection-title">{t("cities.detail.designations")}</h3>
          <ul className="designation-list">
            {designations.map((designation) => (
              <li key={designation.field.slug}>
                <FieldBadge field={designation.field} suffix={String(designation.year)} />
                {designation.source && (
                  <span className="designation-list__source">
                    {t("cities.detail.source")} <DesignationSources source={designation.source} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>

        <section className="panel" aria-labelledby="city-map-heading">
          <h2 id="city-map-heading" className="section-title">
            {t("cities.detail.location")}
          </h2>
          {location ? (
            <Suspense fallback={<LoadingState label={t("cities.map.loading")} />}>
              <CityLocationMap city={{ ...city, location }} skipTo={NEARBY_ID} />
            </Suspense>
          ) : (
            <p>{t("cities.detail.noLocation")}</p>
          )}
        </section>
      </div>

      <section className="panel" id={NEARBY_ID} tabIndex={-1} aria-labelledby="nearby-heading">
        <h2 id="nearby-heading" className="section-title">
          {t("cities.detail.nearby", { field })}
        </h2>
        <NearbyCities nearby={city.nearby} />
      </section>
    </article>
  );
}

/** A city page: designations, facts, a location map and the nearest cities of the same field. */
export function CityDetail({ slug }: CityDetailProps) {
  const { t } = useTranslation();
  const city = useCity(slug);

  if (city.isPending) return <LoadingState label={t("cities.detail.loading")} />;
  if (city.isError)
    return (
      <PageLoadProblem
        className="city-detail"
        error={city.error}
        onRetry={() => void city.refetch()}
        breadcrumbs={<Breadcrumbs />}
        notFound={{
          title: t("cities.detail.notFoundTitle"),
          message: t("cities.detail.notFound", { slug }),
          back: <Link to={paths.cities.directory()}>{t("cities.detail.backToDirectory")}</Link>,
        }}
        errorTitle={t("cities.detail.error")}
      />
    );
  return <CityDetailContent city={city.data} />;
}
