import "leaflet.markercluster/dist/MarkerCluster.css";
import L from "leaflet";
// Leaflet.markercluster extends the global `L` that Leaflet's UMD build sets, so it must load after "leaflet".
import "leaflet.markercluster";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type Language, useLanguage } from "../../../lib/i18n.ts";
import { countryName, localizedName } from "../../../lib/localized-names.ts";
import { paths } from "../../../lib/paths.ts";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { MapView } from "../../../ui/map-view.tsx";
import { type CityFeatureCollection, useCitiesGeoJson } from "../api/export-cities.ts";
import { useFields } from "../api/get-fields.ts";
import type { CitySelection } from "../utils/city-filters.ts";
import { fieldColor } from "../utils/field-colors.ts";
import { cityMarkerIcon, cityPopup, clusterIcon } from "./city-markers.ts";

/** Props of CitiesMap. */
export interface CitiesMapProps {
  selection: CitySelection;
  /** Id of the element after the map, for its "skip the map" link. */
  skipTo: string;
}

/**
 * The directory's map: every city of the current selection, coloured by field and clustered where cities
 * crowd (Europe has dozens within a few hundred kilometres). Opening a marker shows the city with a link to
 * its page. The points come from the GeoJSON export, one request for the whole selection.
 */
export function CitiesMap({ selection, skipTo }: CitiesMapProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const geojson = useCitiesGeoJson(selection);
  const fields = useFields();

  const fieldNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const field of fields.data?.items ?? []) names.set(field.slug, localizedName(field, language));
    return names;
  }, [fields.data, language]);

  const { layers, bounds } = useMemo(
    () => buildLayers(geojson.data, { language, fieldNames, t, onOpen: (slug) => navigate(paths.cities.detail(slug)) }),
    [geojson.data, language, fieldNames, t, navigate],
  );

  if (geojson.isPending) return <LoadingState label={t("cities.map.loading")} />;
  if (geojson.isError)
    return <ErrorState error={geojson.error} title={t("cities.map.error")} onRetry={() => void geojson.refetch()} />;

  const count = geojson.data.features.length;
  return (
    <MapView
      className="cities-map"
      label={t("cities.map.label", { count })}
      layers={layers}
      bounds={bounds}
      maxFitZoom={5}
      skipTo={skipTo}
    />
  );
}

interface LayerContext {
  language: Language;
  fieldNames: Map<string, string>;
  t: ReturnType<typeof useTranslation>["t"];
  onOpen: (slug: string) => void;
}

function buildLayers(
  data: CityFeatureCollection | undefined,
  { language, fieldNames, t, onOpen }: LayerContext,
): { layers: L.Layer[]; bounds: L.LatLngBounds | undefined } {
  if (!data || data.features.length === 0) return { layers: [], bounds: undefined };
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    spiderfyOnMaxZoom: true,
    chunkedLoading: true,
    iconCreateFunction: (group) =>
      clusterIcon(group.getChildCount(), t("cities.map.cluster", { count: group.getChildCount() })),
  });
  const points: L.LatLngTuple[] = [];
  for (const feature of data.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const city = feature.properties;
    const fieldName = fieldNames.get(city.field) ?? city.fieldName;
    const country = countryName(city.iso2, language, city.country);
    const marker = L.marker([lat, lon], {
      icon: cityMarkerIcon(fieldColor(city.field), `${city.name}, ${country}`),
      title: `${city.name} · ${fieldName} ${city.year}`,
      riseOnHover: true,
    });
    marker.bindPopup(() =>
      cityPopup({
        name: city.name,
        href: paths.cities.detail(city.slug),
        details: `${country} · ${fieldName} · ${city.year}`,
        linkLabel: t("cities.map.open"),
        onOpen: () => onOpen(city.slug),
      }),
    );
    cluster.addLayer(marker);
    points.push([lat, lon]);
  }
  return { layers: [cluster], bounds: L.latLngBounds(points) };
}
