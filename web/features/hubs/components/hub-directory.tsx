import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../lib/i18n.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FiltersPanel } from "../../../ui/filters-panel.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useFields } from "../api/get-fields.ts";
import { useHubTaxonomies } from "../api/get-hub-taxonomies.ts";
import { useHubs } from "../api/get-hubs.ts";
import { useNetworks } from "../api/get-networks.ts";
import { useHubFilters } from "../hooks/use-hub-filters.ts";
import { countActiveHubFilters, hubSelection } from "../utils/hub-filters.ts";
import { bilingualLabel } from "../utils/hub-names.ts";
import { HubFilters } from "./hub-filters.tsx";
import { HubResults } from "./hub-results.tsx";
import { HubSearchForm } from "./hub-search-form.tsx";

// Leaflet is the heaviest part of the page; the list must not wait for it.
const HubsMap = lazy(() => import("./hubs-map.tsx").then((module) => ({ default: module.HubsMap })));

const RESULTS_ID = "hub-results";
// The note under the map (how many hubs it cannot show) is where "skip the map" lands.
const AFTER_MAP_ID = "hubs-map-note";

/**
 * The public directory of a network's member hubs: search, filters, the list and the map, all kept in the URL
 * (see useHubFilters). The first network is shown unless the URL names another.
 */
export function HubDirectory() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { filters, setFilters, searchFor } = useHubFilters();
  const networks = useNetworks();
  const network = filters.network ?? networks.data?.items[0]?.slug;
  const current = networks.data?.items.find((item) => item.slug === network);
  const taxonomies = useHubTaxonomies(network);
  const fields = useFields();
  const hubs = useHubs(filters, network);
  const selection = hubSelection(filters);
  const activeFilters = countActiveHubFilters(filters);

  const typeNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const type of taxonomies.data?.types ?? []) names.set(type.slug, bilingualLabel(type, language));
    return names;
  }, [taxonomies.data, language]);

  const clearFilters = () =>
    setFilters({ q: undefined, type: undefined, field: undefined, district: undefined, accessibility: undefined });

  if (networks.isPending) return <LoadingState label={t("hubs.directory.loading")} />;
  if (networks.isError)
    return (
      <ErrorState error={networks.error} title={t("hubs.directory.error")} onRetry={() => void networks.refetch()} />
    );
  if (!network || !current)
    return (
      <div className="directory">
        <h1 className="page-title" tabIndex={-1}>
          {t("hubs.directory.title")}
        </h1>
        <EmptyState title={t("hubs.directory.noNetwork")} />
      </div>
    );

  const networkName = language === "vi" ? current.nameVi : current.nameEn;
  return (
    <div className="directory hub-directory">
      <title>{t("hubs.directory.documentTitle", { network: networkName })}</title>
      <header className="page-header directory__header">
        <h1 className="page-title" tabIndex={-1}>
          {networkName}
        </h1>
        <p className="page-lead">{t("hubs.directory.lead", { count: current.memberCount })}</p>
        <HubSearchForm query={filters.q} onSearch={(q) => setFilters({ q, sort: undefined })} />
      </header>

      <div className="directory__body">
        <FiltersPanel
          activeCount={activeFilters}
          onClear={clearFilters}
          texts={{
            title: t("hubs.filters.title"),
            hide: t("hubs.filters.hide"),
            show: t("hubs.filters.show"),
            showActive: (count) => t("hubs.filters.showActive", { count }),
            clear: t("hubs.filters.clear"),
          }}
        >
          {taxonomies.isPending || fields.isPending ? (
            <LoadingState compact label={t("hubs.filters.loading")} />
          ) : taxonomies.isError || fields.isError ? (
            <ErrorState
              error={taxonomies.error ?? fields.error}
              title={t("hubs.filters.error")}
              onRetry={() => {
                void taxonomies.refetch();
                void fields.refetch();
              }}
            />
          ) : (
            <HubFilters
              taxonomies={taxonomies.data}
              fields={fields.data.items}
              networks={networks.data.items}
              network={network}
              filters={filters}
              onChange={setFilters}
            />
          )}
        </FiltersPanel>

        <HubResults
          id={RESULTS_ID}
          hubs={hubs}
          network={network}
          filters={filters}
          onChange={setFilters}
          onClearFilters={clearFilters}
          searchFor={searchFor}
        />

        <div className="directory__visuals">
          <section className="panel" aria-labelledby="hubs-map-heading">
            <h2 id="hubs-map-heading" className="section-title">
              {t("hubs.map.title")}
            </h2>
            <Suspense fallback={<LoadingState label={t("hubs.map.loading")} />}>
              <HubsMap
                selection={selection}
                network={network}
                total={hubs.data?.total}
                typeNames={typeNames}
                skipTo={AFTER_MAP_ID}
              />
            </Suspense>
          </section>
        </div>
      </div>
    </div>
  );
}
