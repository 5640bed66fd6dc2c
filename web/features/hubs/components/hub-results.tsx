import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { Pagination } from "../../../ui/pagination.tsx";
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
  const sortId = useId();
  const headingId = useId();
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

  const data = hubs.data;
  return (
    <section className="city-results hub-results" id={id} tabIndex={-1} aria-labelledby={headingId}>
      <div className="city-results__header">
        <h2 id={headingId} className="section-title">
          {t("hubs.results.title")}
        </h2>
        <p className="city-results__count" aria-live="polite">
          {!data || hubs.isPlaceholderData
            ? "\u00a0"
            : data.items.length === 0
              ? t("hubs.results.total", { count: data.total })
              : t("hubs.results.count", {
                  count: data.total,
                  from: (data.page - 1) * data.pageSize + 1,
                  to: (data.page - 1) * data.pageSize + data.items.length,
                })}
        </p>
      </div>
      <div className="city-results__toolbar">
        <div className="city-results__sort">
          <label htmlFor={sortId}>{t("hubs.results.sort")}</label>
          <select
            id={sortId}
            className="select"
            value={sort}
            onChange={(event) => onChange({ sort: event.target.value as HubSort })}
          >
            {HUB_SORTS.filter((option) => option !== "relevance" || filters.q).map((option) => (
              <option key={option} value={option}>
                {t(`hubs.sort.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="city-results__exports">
          <span>{t("hubs.export.label")}</span>{" "}
          <a href={hubExportUrl("csv", selection, network)} download>
            CSV
          </a>
          <span aria-hidden="true"> · </span>
          <a href={hubExportUrl("geojson", selection, network)} download>
            GeoJSON
          </a>
        </p>
      </div>
      {body}
    </section>
  );
}
