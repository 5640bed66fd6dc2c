import "leaflet.markercluster/dist/MarkerCluster.css";
import L from "leaflet";
// Leaflet.markercluster extends the global `L` that Leaflet's UMD build sets, so it must load after "leaflet".
import "leaflet.markercluster";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { HUB_MAP_CELL_PX } from "../../../../contract/api/hubs.schema.ts";
import { snapToGrid } from "../../../../contract/map-grid.ts";
import { type Language, useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { MapView, type MapViewport } from "../../../ui/map-view.tsx";
import { getHubMapQueryOptions, type HubMap, type HubMapView, useHubMap } from "../api/get-hub-map.ts";
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
/** The zoom the first request is made for: a whole city. A crowded answer is then refined for the view on screen. */
const START_ZOOM = 12;
/** A view is widened to blocks of 4 × 4 grid cells (320 px) before it is asked for. */
const VIEW_BLOCK_CELLS = 4;

/**
 * The network's map: every member hub of the selection that has coordinates (not only the list's page), from the
 * light `GET /api/hubs/map`, clustered where they crowd, with a popup linking to the hub's page. Many hubs have no
 * coordinates yet, so the map says how many it cannot show; the list beside it shows them all. When a selection
 * holds more hubs than the API sends as markers (1,000), the API groups them on a grid and the map follows the view:
 * each pan or zoom asks for what is on screen, so the answer stays small however many hubs there are.
 */
export function HubsMap({ selection, network, total, typeNames, skipTo }: HubsMapProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const whole = useHubMap(selection, network, { zoom: START_ZOOM });
  const [viewport, setViewport] = useState<MapViewport>();
  const followsView = whole.data?.clustered === true && viewport !== undefined;
  const inView = useQuery({
    ...getHubMapQueryOptions(selection, network, askFor(viewport)),
    enabled: followsView,
  });
  const shown = followsView && inView.data ? inView.data : whole.data;

  const layers = useMemo(
    () => buildLayers(shown, { language, typeNames, t, onOpen: (slug) => navigate(paths.hubs.detail(slug)) }),
    [shown, language, typeNames, t, navigate],
  );
  const extent = whole.data?.extent;
  const bounds = useMemo(
    () =>
      extent
        ? L.latLngBounds([
            [extent[1], extent[0]],
            [extent[3], extent[2]],
          ])
        : undefined,
    [extent],
  );

  if (whole.isPending) return <LoadingState label={t("hubs.map.loading")} />;
  if (whole.isError)
    return <ErrorState error={whole.error} title={t("hubs.map.error")} onRetry={() => void whole.refetch()} />;
  if (!shown) return null;

  const note = mapNote(whole.data, shown, total, whole.isPlaceholderData, t);
  const updating = followsView && inView.isFetching;

  return (
    <div className="hubs-map">
      {whole.data.total === 0 ? (
        <EmptyState title={t("hubs.map.none")} />
      ) : (
        <MapView
          className="hubs-map__view"
          label={t("hubs.map.label", { count: whole.data.total })}
          layers={layers}
          bounds={bounds}
          scaleBar
          maxZoom={MAX_ZOOM}
          maxFitZoom={MAX_FIT_ZOOM}
          skipTo={skipTo}
          onViewChange={setViewport}
        />
      )}
      <p id={skipTo} className="hubs-map__note" tabIndex={-1} aria-live="polite" aria-busy={updating}>
        {updating ? t("hubs.map.updating") : note}
      </p>
    </div>
  );
}

/**
 * What the map asks for when it follows the view: the view widened to whole blocks of the API's cluster grid, so
 * no group is cut by the edge of the screen, and a pan within the same blocks asks the same question (answered from
 * the browser's and the server's caches).
 */
function askFor(viewport: MapViewport | undefined): HubMapView {
  if (!viewport) return { zoom: START_ZOOM };
  const { bbox, zoom } = viewport;
  return { zoom, bbox: snapToGrid(bbox, zoom, HUB_MAP_CELL_PX, VIEW_BLOCK_CELLS) };
}

/** The line under the map: how much of the selection it shows, and why not all. */
function mapNote(
  whole: HubMap,
  shown: HubMap,
  total: number | undefined,
  pending: boolean,
  t: ReturnType<typeof useTranslation>["t"],
): string {
  if (whole.clustered) {
    return shown.clustered
      ? t("hubs.map.grouped", { count: shown.total })
      : t("hubs.map.inView", { count: shown.total });
  }
  const located = whole.items.length;
  // Hubs without a point: the list's total less every located match (the map's total, truncated or not).
  const missing = total === undefined ? undefined : Math.max(total - whole.total, 0);
  if (missing === undefined || pending) return "\u00a0";
  if (whole.truncated) return t("hubs.map.label", { count: located });
  return missing === 0
    ? t("hubs.map.allLocated", { count: located })
    : t("hubs.map.missing", { count: missing, located, total });
}

interface LayerContext {
  language: Language;
  typeNames: Map<string, string>;
  t: ReturnType<typeof useTranslation>["t"];
  onOpen: (slug: string) => void;
}

function buildLayers(data: HubMap | undefined, { language, typeNames, t, onOpen }: LayerContext): L.Layer[] {
  if (!data || (data.items.length === 0 && data.clusters.length === 0)) return [];
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 36,
    spiderfyOnMaxZoom: true,
    chunkedLoading: true,
    iconCreateFunction: (group) =>
      hubClusterIcon(group.getChildCount(), t("hubs.map.cluster", { count: group.getChildCount() })),
  });
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
  }
  // The API's clusters (a crowded view): one marker each with its count; selecting it zooms to its hubs.
  const grouped = L.layerGroup();
  for (const group of data.clusters) {
    const label = t("hubs.map.cluster", { count: group.count });
    const marker = L.marker([group.lat, group.lon], { icon: hubClusterIcon(group.count, label), title: label });
    const [w, s, e, n] = group.extent;
    marker.on("click", () =>
      zoomTo(marker, [
        [s, w],
        [n, e],
      ]),
    );
    grouped.addLayer(marker);
  }
  return [cluster, grouped];
}

/** Fits the map a marker is on to a box (a cluster's hubs). */
function zoomTo(marker: L.Marker, box: L.LatLngBoundsLiteral): void {
  // Leaflet keeps the map a layer is on in `_map`; markercluster zooms to a cluster the same way.
  const map = (marker as unknown as { _map?: L.Map })._map;
  map?.fitBounds(box, { padding: [24, 24] });
}
