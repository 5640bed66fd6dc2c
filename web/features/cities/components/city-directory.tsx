import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FiltersPanel } from "../../../ui/filters-panel.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useCityFacets } from "../api/get-city-facets.ts";
import { useNetworkStats } from "../api/get-network-stats.ts";
import { useCityFilters } from "../hooks/use-city-filters.ts";
import { citySelection, countActiveFilters } from "../utils/city-filters.ts";
import { CityFacets } from "./city-facets.tsx";
import { CityResults } from "./city-results.tsx";
import { CitySearchForm } from "./city-search-form.tsx";

// Leaflet and ECharts are the heaviest parts of the page; the list must not wait for them.
const CitiesMap = lazy(() => import("./cities-map.tsx").then((module) => ({ default: module.CitiesMap })));
const NetworkGrowthChart = lazy(() =>
  import("./network-growth-chart.tsx").then((module) => ({ default: module.NetworkGrowthChart })),
);

const RESULTS_ID = "city-results";
const GROWTH_ID = "network-growth";

/**
 * The Creative Cities directory: search, facet filters, the result list, a map of the selection and the
 * network's growth. Every filter lives in the URL (see useCityFilters).
 */
export function CityDirectory() {
  const { t } = useTranslation();
  const { filters, setFilters, searchFor } = useCityFilters();
  const selection = citySelection(filters);
  const facets = useCityFacets(selection);
  const stats = useNetworkStats();
  const activeFilters = countActiveFilters(filters);

  const clearFilters = () =>
    setFilters({
      q: undefined,
      field: undefined,
      region: undefined,
      country: undefined,
      yearFrom: undefined,
      yearTo: undefined,
    });

  return (
    <div className="directory">
      <title>{t("cities.directory.documentTitle")}</title>
      <header className="page-header directory__header">
        <h1 className="page-title" tabIndex={-1}>
          {t("cities.directory.title")}
        </h1>
        <p className="page-lead">
          {stats.data
            ? t("cities.directory.lead", { count: stats.data.total, countries: stats.data.countries })
            : t("cities.directory.leadShort")}
        </p>
        <CitySearchForm query={filters.q} onSearch={(q) => setFilters({ q, sort: undefined })} />
      </header>

      <div className="directory__body">
        <FiltersPanel
          activeCount={activeFilters}
          onClear={clearFilters}
          texts={{
            title: t("cities.facets.title"),
            hide: t("cities.facets.hide"),
            show: t("cities.facets.show"),
            showActive: (count) => t("cities.facets.showActive", { count }),
            clear: t("cities.facets.clear"),
          }}
        >
          {facets.isPending ? (
            <LoadingState compact label={t("cities.facets.loading")} />
          ) : facets.isError ? (
            <ErrorState error={facets.error} title={t("cities.facets.error")} onRetry={() => void facets.refetch()} />
          ) : (
            <CityFacets facets={facets.data} filters={filters} onChange={setFilters} />
          )}
        </FiltersPanel>

        <CityResults
          id={RESULTS_ID}
          filters={filters}
          onChange={setFilters}
          onClearFilters={clearFilters}
          searchFor={searchFor}
        />

        <div className="directory__visuals">
          <section className="panel" aria-labelledby="cities-map-heading">
            <h2 id="cities-map-heading" className="section-title">
              {t("cities.map.title")}
            </h2>
            <Suspense fallback={<LoadingState label={t("cities.map.loading")} />}>
              <CitiesMap selection={selection} skipTo={GROWTH_ID} />
            </Suspense>
          </section>
          <section className="panel" id={GROWTH_ID} tabIndex={-1} aria-labelledby="network-growth-heading">
            <h2 id="network-growth-heading" className="section-title">
              {t("cities.growth.title")}
            </h2>
            <Suspense fallback={<LoadingState label={t("cities.growth.loading")} />}>
              <NetworkGrowthChart />
            </Suspense>
          </section>
        </div>
      </div>
    </div>
  );
}
