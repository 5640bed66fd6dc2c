import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CitySort } from "../../../../contract/api/cities.schema.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { Pagination } from "../../../ui/pagination.tsx";
import { ResultsSection } from "../../../ui/results-section.tsx";
import { cityExportUrl } from "../api/export-cities.ts";
import { useCities } from "../api/get-cities.ts";
import {
  CITY_SORTS,
  type CityDirectoryFilters,
  citySelection,
  countActiveFilters,
  effectiveSort,
} from "../utils/city-filters.ts";
import { CityCard } from "./city-card.tsx";

/** Props of CityResults. */
export interface CityResultsProps {
  filters: CityDirectoryFilters;
  onChange: (patch: Partial<CityDirectoryFilters>) => void;
  onClearFilters: () => void;
  /** Query string of the view with the given changes, for page links. */
  searchFor: (patch: Partial<CityDirectoryFilters>) => string;
  /** Id of the section, the target of the map's "skip" link and of the page's "results" link. */
  id: string;
}

/**
 * The result list with its count, sort menu, export links and pagination. It is also the text alternative
 * to the map: every city on the map is in this list, with its field and year.
 */
export function CityResults({ filters, onChange, onClearFilters, searchFor, id }: CityResultsProps) {
  const { t } = useTranslation();
  const cities = useCities(filters);
  const sort = effectiveSort(filters);
  const selection = citySelection(filters);

  let body: ReactNode;
  if (cities.isPending) {
    body = <LoadingState label={t("cities.results.loading")} />;
  } else if (cities.isError) {
    body = <ErrorState error={cities.error} title={t("cities.results.error")} onRetry={() => void cities.refetch()} />;
  } else if (cities.data.items.length === 0) {
    const pastTheEnd = cities.data.total > 0;
    body = pastTheEnd ? (
      <EmptyState title={t("cities.results.pastTheEnd")}>
        <Link to={{ search: searchFor({ page: 1 }) }}>{t("cities.results.firstPage")}</Link>
      </EmptyState>
    ) : (
      <EmptyState title={t("cities.results.empty")}>
        <p>{t("cities.results.emptyHint")}</p>
        {countActiveFilters(filters) > 0 && (
          <button type="button" className="button" onClick={onClearFilters}>
            {t("cities.facets.clear")}
          </button>
        )}
      </EmptyState>
    );
  } else {
    const { items, total, page, pageSize } = cities.data;
    const first = (page - 1) * pageSize + 1;
    body = (
      <>
        <ol className="city-list" start={first} aria-busy={cities.isPlaceholderData || undefined}>
          {items.map((city) => (
            <CityCard key={city.slug} city={city} />
          ))}
        </ol>
        <Pagination
          page={page}
          pageCount={Math.ceil(total / pageSize)}
          searchFor={(target) => searchFor({ page: target })}
          label={t("cities.results.pages")}
        />
      </>
    );
  }

  return (
    <ResultsSection<CitySort>
      id={id}
      className="city-results"
      block="city-results"
      data={cities.data}
      stale={cities.isPlaceholderData}
      texts={{
        title: t("cities.results.title"),
        total: (count) => t("cities.results.total", { count }),
        count: (range) => t("cities.results.count", range),
        sort: t("cities.results.sort"),
        exports: t("cities.export.label"),
      }}
      sort={{
        value: sort,
        options: CITY_SORTS.filter((option) => option !== "relevance" || filters.q).map((option) => ({
          value: option,
          label: t(`cities.sort.${option}`),
        })),
        onChange: (value) => onChange({ sort: value }),
      }}
      exports={[
        { href: cityExportUrl("csv", selection), label: "CSV" },
        { href: cityExportUrl("geojson", selection), label: "GeoJSON" },
      ]}
    >
      {body}
    </ResultsSection>
  );
}
