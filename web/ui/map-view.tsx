import "leaflet/dist/leaflet.css";
import "./map-view.css";
import L from "leaflet";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LonLatBox } from "../../contract/map-grid.ts";
import { runtimeConfig } from "../lib/runtime-config.ts";
import { toWorldBasemap, type WorldBasemap } from "./map/world-basemap.ts";

/** The inhabited world, without Antarctica: what a map shows before it knows where to look. */
const WORLD_BOUNDS: L.LatLngBoundsExpression = [
  [-50, -165],
  [72, 178],
];

let basemapPromise: Promise<WorldBasemap> | undefined;

// The machine running the platform may have no internet, so without MAP_TILE_URL the basemap is a bundled 1:110m
// TopoJSON, not tiles. It is fetched once, as its own chunk, the first time any map is shown.
function loadWorldBasemap(): Promise<WorldBasemap> {
  basemapPromise ??= import("world-atlas/countries-110m.json").then((module) =>
    toWorldBasemap(module.default as unknown as Parameters<typeof toWorldBasemap>[0]),
  );
  return basemapPromise;
}

/** Leaflet writes attributions as HTML; a configured credit line is plain text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function toLatLngBounds(bounds: L.LatLngBoundsExpression): L.LatLngBounds {
  return bounds instanceof L.LatLngBounds ? bounds : L.latLngBounds(bounds);
}

/** Props of MapView. */
export interface MapViewProps {
  /** Names the map for assistive technology, e.g. "Map of 408 creative cities". */
  label: string;
  /** Layers to show above the basemap; pass a memoised array, since a new array re-adds every layer. */
  layers: readonly L.Layer[];
  /** The area to show; the world when absent. Re-applied whenever the value changes. */
  bounds?: L.LatLngBoundsExpression;
  /** Closest zoom used when fitting `bounds`, so that one city is not shown at street level on a country map. */
  maxFitZoom?: number;
  /** Id of the element after the map; the "skip the map" link jumps there. */
  skipTo: string;
  /**
   * Closest zoom the map allows. The world maps stop at 10; a city's hubs need street-level zooms, where the
   * offline basemap shows only land, so markers carry the detail there.
   */
  maxZoom?: number;
  /**
   * Shows a metric scale bar. City maps need it: at street zooms the offline basemap is plain land, and the bar
   * is what tells a visitor how far apart two hubs are.
   */
  scaleBar?: boolean;
  /** Called with the point clicked on the map (not on a marker), e.g. to place a hub. */
  onMapClick?: (point: { lat: number; lon: number }) => void;
  /**
   * Called after every pan or zoom has settled (and after the first fit) with the view: its box, clamped to
   * -180..180 and -90..90, and its zoom rounded to a whole level. For maps that load what the view shows.
   */
  onViewChange?: (view: MapViewport) => void;
  className?: string;
}

/** What a map shows: `bbox` is `[minLon, minLat, maxLon, maxLat]`. */
export interface MapViewport {
  bbox: LonLatBox;
  zoom: number;
}

/** The view of a Leaflet map as a MapViewport. */
function viewportOf(map: L.Map): MapViewport {
  const b = map.getBounds();
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
  // Five decimals (about a metre), rounded outwards so nothing at the edge of the view is left out.
  const down = (v: number) => Math.floor(v * 1e5) / 1e5;
  const up = (v: number) => Math.ceil(v * 1e5) / 1e5;
  return {
    bbox: [
      down(clamp(b.getWest(), 180)),
      down(clamp(b.getSouth(), 90)),
      up(clamp(b.getEast(), 180)),
      up(clamp(b.getNorth(), 90)),
    ],
    zoom: Math.round(map.getZoom()),
  };
}

/**
 * A Leaflet map over the offline world basemap. It owns the map's life cycle (create, resize, destroy) and a
 * "skip the map" link for keyboard users; features supply the layers. Leaflet is imported only here and in
 * map features, so it is loaded only with pages that show a map.
 */
export function MapView({
  label,
  layers,
  bounds,
  maxFitZoom = 6,
  skipTo,
  maxZoom = 10,
  scaleBar = false,
  onMapClick,
  onViewChange,
  className,
}: MapViewProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const helpId = useId();
  // The map is created once; later changes of maxZoom are applied by the effect below.
  const initialMaxZoom = useRef(maxZoom);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = L.map(container, {
      // Zoom 0 and quarter steps let a phone-width map still fit the whole world.
      minZoom: 0,
      maxZoom: initialMaxZoom.current,
      zoomSnap: 0.25,
      // Room for the copies of shapes that cross the antimeridian, but no endless panning into emptiness.
      maxBounds: [
        [-80, -240],
        [85, 240],
      ],
      maxBoundsViscosity: 0.8,
      worldCopyJump: false,
    });
    instance.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    instance.fitBounds(WORLD_BOUNDS, { animate: false });

    let cancelled = false;
    const tiles = runtimeConfig().mapTiles;
    if (tiles) {
      // The deployment's tile server (MAP_TILE_URL): streets at city zoom. Attribution is the provider's own text.
      L.tileLayer(tiles.url, { attribution: escapeHtml(tiles.attribution), maxZoom: 19 }).addTo(instance);
    } else {
      // Countries below every feature layer, and not clickable: the map is about cities.
      instance.createPane("basemap").style.zIndex = "250";
      loadWorldBasemap().then((basemap) => {
        if (cancelled) return;
        L.geoJSON(basemap, {
          pane: "basemap",
          interactive: false,
          attribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
          style: { className: "map-country", color: "#b9b2a3", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
        }).addTo(instance);
      });
    }

    // Leaflet measures its container once; layouts that reflow (phone rotation, sidebars) need a re-measure.
    const resizeObserver = new ResizeObserver(() => instance.invalidateSize({ pan: false }));
    resizeObserver.observe(container);

    setMap(instance);
    return () => {
      cancelled = true;
      resizeObserver.disconnect();
      instance.remove();
      setMap(null);
    };
  }, []);

  useEffect(() => {
    map?.setMaxZoom(maxZoom);
  }, [map, maxZoom]);

  useEffect(() => {
    if (!map || !scaleBar) return;
    const control = L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    return () => {
      control.remove();
    };
  }, [map, scaleBar]);

  // The latest handler, so a new callback each render does not re-register Leaflet listeners.
  const onMapClickRef = useRef(onMapClick);
  onMapClickRef.current = onMapClick;
  const clickable = onMapClick !== undefined;
  useEffect(() => {
    if (!map || !clickable) return;
    const container = map.getContainer();
    container.classList.add("map-view__canvas--pickable");
    const handler = (event: L.LeafletMouseEvent) =>
      onMapClickRef.current?.({ lat: event.latlng.lat, lon: event.latlng.wrap().lng });
    map.on("click", handler);
    return () => {
      map.off("click", handler);
      container.classList.remove("map-view__canvas--pickable");
    };
  }, [map, clickable]);

  const onViewChangeRef = useRef(onViewChange);
  onViewChangeRef.current = onViewChange;
  const followsView = onViewChange !== undefined;
  useEffect(() => {
    if (!map || !followsView) return;
    const handler = () => onViewChangeRef.current?.(viewportOf(map));
    map.on("moveend", handler);
    return () => {
      map.off("moveend", handler);
    };
  }, [map, followsView]);

  // The zoom buttons are Leaflet's own; give them the UI language.
  useEffect(() => {
    if (!map) return;
    const zoomIn = map.getContainer().querySelector<HTMLElement>(".leaflet-control-zoom-in");
    const zoomOut = map.getContainer().querySelector<HTMLElement>(".leaflet-control-zoom-out");
    for (const [button, text] of [
      [zoomIn, t("ui.map.zoomIn")],
      [zoomOut, t("ui.map.zoomOut")],
    ] as const) {
      button?.setAttribute("title", text);
      button?.setAttribute("aria-label", text);
    }
  }, [map, t]);

  useEffect(() => {
    if (!map) return;
    for (const layer of layers) layer.addTo(map);
    return () => {
      for (const layer of layers) map.removeLayer(layer);
    };
  }, [map, layers]);

  const boundsKey = bounds ? toLatLngBounds(bounds).toBBoxString() : "";
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the bounds' value, not the array's identity.
  useEffect(() => {
    if (!map) return;
    // More room top-left: the zoom buttons sit there, and pins rise above their point.
    map.fitBounds(bounds ?? WORLD_BOUNDS, {
      maxZoom: maxFitZoom,
      paddingTopLeft: [56, 36],
      paddingBottomRight: [24, 24],
      animate: false,
    });
  }, [map, boundsKey, maxFitZoom]);

  return (
    <div className={className ? `map-view ${className}` : "map-view"}>
      <a className="skip-link skip-link--local" href={`#${skipTo}`}>
        {t("ui.map.skip")}
      </a>
      <section ref={containerRef} className="map-view__canvas" aria-label={label} aria-describedby={helpId} />
      <p id={helpId} className="visually-hidden">
        {t("ui.map.keyboardHelp")}
      </p>
    </div>
  );
}
