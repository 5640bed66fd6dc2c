import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { Pagination } from "../../../ui/pagination.tsx";
import { ResultsSection } from "../../../ui/results-section.tsx";
import { hubExportUrl } from "../api/export-hubs.ts";
import type { HubPage } from "../api/get-hubs.ts";
import {
  countActiveHubFilters,
  effectiveHubSort,
  HUB_SORTS,
  type HubDirectoryFilters,
  type HubSort,
  hubSelection,
} from "../utils/hub-filters.ts";
import { HubCard } from "./hub-card.tsx";

/** Props of HubResults. */
export interface HubResultsProps {
  /** The list query's state, owned by the directory (the map's note needs its total too). */
  hubs: {
    data: HubPage | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    isPlaceholderData: boolean;
    refetch: () => unknown;
  };
  network: string;
  filters: HubDirectoryFilters;
  onChange: (patch: Partial<HubDirectoryFilters>) => void;
  onClearFilters: () => void;
  /** Query string of the view with the given changes, for page links. */
  searchFor: (patch: Partial<HubDirectoryFilters>) => string;
  /** Id of the section, the target of the map's "skip" link. */
  id: string;
}

/**
 * The hub list with its count, sort menu, open-data links and pagination. It is the text alternative to the
 * map, and it lists every hub, including the many that have no coordinates yet.
 */
export function HubResults({ hubs, network, filters, onChange, onClearFilters, searchFor, id }: HubResultsProps) {
  const { t } = useTranslation();
  const sort = effectiveHubSort(filters);
  const selection = hubSelection(filters);

  let body: ReactNode;
  if (hubs.isPending) {
    body = <LoadingState label={t("hubs.results.loading")} />;
  } else if (hubs.isError || !hubs.data) {
    body = <ErrorState error={hubs.error} title={t("hubs.results.error")} onRetry={() => void hubs.refetch()} />;
  } else if (hubs.data.items.length === 0) {
    body =
      hubs.data.total > 0 ? (
        <EmptyState title={t("hubs.results.pastTheEnd")}>
          <Link to={{ search: searchFor({ page: 1 }) }}>{t("hubs.results.firstPage")}</Link>
        </EmptyState>
      ) : (
        <EmptyState title={t("hubs.results.empty")}>
          <p>{t("hubs.results.emptyHint")}</p>
          {countActiveHubFilters(filters) > 0 && (
            <button type="button" className="button" onClick={onClearFilters}>
              {t("hubs.filters.clear")}
            </button>
          )}
        </EmptyState>
      );
  } else {
    const { items, total, page, pageSize } = hubs.data;
    body = (
      <>
        <ol
          className="city-list hub-list"
          start={(page - 1) * pageSize + 1}
          aria-busy={hubs.isPlaceholderData || undefined}
        >
          {items.map((hub) => (
            <HubCard key={hub.id} hub={hub} />
          ))}
        </ol>
        <Pagination
          page={page}
          pageCount={Math.ceil(total / pageSize)}
          searchFor={(target) => searchFor({ page: target })}
          label={t("hubs.results.pages")}
        />
      </>
    );
  }

  return (
    <ResultsSection<HubSort>
      id={id}
      className="city-results hub-results"
      block="city-results"
      data={hubs.data}
      stale={hubs.isPlaceholderData}
      texts={{
        title: t("hubs.results.title"),
        total: (count) => t("hubs.results.total", { count }),
        count: (range) => t("hubs.results.count", range),
        sort: t("hubs.results.sort"),
        exports: t("hubs.export.label"),
      }}
      sort={{
        value: sort,
        options: HUB_SORTS.filter((option) => option !== "relevance" || filters.q).map((option) => ({
          value: option,
          label: t(`hubs.sort.${option}`),
        })),
        onChange: (value) => onChange({ sort: value }),
      }}
      exports={[
        { href: hubExportUrl("csv", selection, network), label: "CSV" },
        { href: hubExportUrl("geojson", selection, network), label: "GeoJSON" },
      ]}
    >
      {body}
    </ResultsSection>
  );
}
