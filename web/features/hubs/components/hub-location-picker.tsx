import L from "leaflet";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { MapView } from "../../../ui/map-view.tsx";
import { useHubsGeoJson } from "../api/export-hubs.ts";
import { hubMarkerIcon } from "./hub-markers.ts";

/** Props of HubLocationPicker. */
export interface HubLocationPickerProps {
  /** The point in the form, if its coordinates are valid. */
  value: { lat: number; lon: number } | null;
  onPick: (point: { lat: number; lon: number }) => void;
  /** The hub's network: the map starts over the network's mapped hubs when the hub has no point yet. */
  network: string;
  /** Name of the hub, for the marker. */
  name: string;
  /** Id of the element after the map, for its "skip the map" link. */
  skipTo: string;
}

// Six decimals is about 10 cm: more than a click on a map can mean.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Places a hub on the map: a click sets the coordinates in the form (the fields beside it stay the keyboard
 * way to do the same). The view is chosen once, so the map does not jump while someone is placing the pin.
 */
export function HubLocationPicker({ value, onPick, network, name, skipTo }: HubLocationPickerProps) {
  const { t } = useTranslation();
  const mapped = useHubsGeoJson({}, network);
  const boundsRef = useRef<L.LatLngBounds | undefined>(undefined);

  if (!boundsRef.current) {
    if (value) boundsRef.current = L.latLngBounds([[value.lat, value.lon]]);
    else if (mapped.data && mapped.data.features.length > 0)
      boundsRef.current = L.latLngBounds(
        mapped.data.features.map((feature) => [feature.geometry.coordinates[1], feature.geometry.coordinates[0]]),
      );
  }

  const layers = useMemo(() => {
    if (!value) return [];
    return [
      L.marker([value.lat, value.lon], {
        icon: hubMarkerIcon(name || t("hubs.form.location.pin"), true),
        keyboard: false,
      }),
    ];
  }, [value, name, t]);

  return (
    <MapView
      className="hub-location-picker"
      label={t("hubs.form.location.mapLabel")}
      layers={layers}
      bounds={boundsRef.current}
      scaleBar
      maxZoom={18}
      maxFitZoom={14}
      skipTo={skipTo}
      onMapClick={(point) => onPick({ lat: round(point.lat), lon: round(point.lon) })}
    />
  );
}
