import "leaflet.markercluster/dist/MarkerCluster.css";
import L from "leaflet";
// Leaflet.markercluster extends the global `L` that Leaflet's UMD build sets, so it must load after "leaflet".
import "leaflet.markercluster";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type Language, useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { MapView } from "../../../ui/map-view.tsx";
import { type HubMap, useHubMap } from "../api/get-hub-map.ts";
import type { HubSelection } from "../utils/hub-filters.ts";
import { hubName } from "../utils/hub-names.ts";
import { hubClusterIcon, hubMarkerIcon, hubPopup } from "./hub-markers.ts";

/** Props of HubsMap. */
export interface HubsMapProps {
  selection: HubSelection;
  network: string;
  /** How many hubs the selection has in all (the list's total), to say how many have no point on the map. */
  total: number | undefined;
  /** Hub type labels by slug, in the UI language. */
  typeNames: Map<string, string>;
  /** Id for the note under the map, which its "skip the map" link jumps to. */
  skipTo: string;
}

/** Zooms for a city's hubs: close enough to tell streets apart where hubs crowd (the Old Quarter). */
const MAX_ZOOM = 17;
const MAX_FIT_ZOOM = 14;

/**
 * The network's map: every member hub of the selection that has coordinates (not only the list's page), from the
 * light `GET /api/hubs/map`, clustered where they crowd, with a popup linking to the hub's page. Many hubs have no
 * coordinates yet, so the map says how many it cannot show; the list beside it shows them all. Past the API's
 * limit (5,000 points) the map shows that many and its label says how many.
 */
export function HubsMap({ selection, network, total, typeNames, skipTo }: HubsMapProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const points = useHubMap(selection, network);

  const { layers, bounds } = useMemo(
    () => buildLayers(points.data, { language, typeNames, t, onOpen: (slug) => navigate(paths.hubs.detail(slug)) }),
    [points.data, language, typeNames, t, navigate],
  );

  if (points.isPending) return <LoadingState label={t("hubs.map.loading")} />;
  if (points.isError)
    return <ErrorState error={points.error} title={t("hubs.map.error")} onRetry={() => void points.refetch()} />;

  const located = points.data.items.length;
  // Hubs without a point: the list's total less every located match (the map's total, truncated or not).
  const missing = total === undefined ? undefined : Math.max(total - points.data.total, 0);
  const note =
    missing === undefined || points.isPlaceholderData
      ? "\u00a0"
      : points.data.truncated
        ? t("hubs.map.label", { count: located })
        : missing === 0
          ? t("hubs.map.allLocated", { count: located })
          : t("hubs.map.missing", { count: missing, located, total });

  return (
    <div className="hubs-map">
      {located === 0 ? (
        <EmptyState title={t("hubs.map.none")} />
      ) : (
        <MapView
          className="hubs-map__view"
          label={t("hubs.map.label", { count: located })}
          layers={layers}
          bounds={bounds}
          scaleBar
          maxZoom={MAX_ZOOM}
          maxFitZoom={MAX_FIT_ZOOM}
          skipTo={skipTo}
        />
      )}
      <p id={skipTo} className="hubs-map__note" tabIndex={-1} aria-live="polite">
        {note}
      </p>
    </div>
  );
}

interface LayerContext {
  language: Language;
  typeNames: Map<string, string>;
  t: ReturnType<typeof useTranslation>["t"];
  onOpen: (slug: string) => void;
}

function buildLayers(
  data: HubMap | undefined,
  { language, typeNames, t, onOpen }: LayerContext,
): { layers: L.Layer[]; bounds: L.LatLngBounds | undefined } {
  if (!data || data.items.length === 0) return { layers: [], bounds: undefined };
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 36,
    spiderfyOnMaxZoom: true,
    chunkedLoading: true,
    iconCreateFunction: (group) =>
      hubClusterIcon(group.getChildCount(), t("hubs.map.cluster", { count: group.getChildCount() })),
  });
  const points: L.LatLngTuple[] = [];
  for (const hub of data.items) {
    const { lat, lon } = hub;
    const name = hubName({ vi: hub.nameVi, en: hub.nameEn }, language) || hub.slug;
    const type = hub.type ? typeNames.get(hub.type) : undefined;
    const details = [type, hub.district].filter(Boolean).join(" · ");
    const marker = L.marker([lat, lon], {
      icon: hubMarkerIcon(details ? `${name}, ${details}` : name),
      title: name,
      riseOnHover: true,
    });
    // Names on the map: at city zooms the offline basemap is bare land, so the labels are what orient people.
    // A marker inside a cluster is off the map, and so is its label. Labels sit in Leaflet's shadow pane, under
    // the markers, so a label never hides a pin or a cluster.
    marker.bindTooltip(name, {
      permanent: true,
      direction: "auto",
      offset: [0, -14],
      className: "hub-label",
      pane: "shadowPane",
    });
    marker.bindPopup(() =>
      hubPopup({
        name,
        href: paths.hubs.detail(hub.slug),
        details,
        linkLabel: t("hubs.map.open"),
        onOpen: () => onOpen(hub.slug),
      }),
    );
    cluster.addLayer(marker);
    points.push([lat, lon]);
  }
  return { layers: [cluster], bounds: L.latLngBounds(points) };
}
