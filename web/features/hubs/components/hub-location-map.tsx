import L from "leaflet";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { MapView } from "../../../ui/map-view.tsx";
import { hubMarkerIcon } from "./hub-markers.ts";

/** Props of HubLocationMap. */
export interface HubLocationMapProps {
  name: string;
  location: { lat: number; lon: number };
  /** Id of the element after the map, for its "skip the map" link. */
  skipTo: string;
}

/** Where a hub is: its pin, with its name as a permanent label. */
export function HubLocationMap({ name, location, skipTo }: HubLocationMapProps) {
  const { t } = useTranslation();
  const { layers, bounds } = useMemo(() => {
    const marker = L.marker([location.lat, location.lon], {
      icon: hubMarkerIcon(name, true),
      title: name,
      keyboard: false,
    });
    marker.bindTooltip(name, { permanent: true, direction: "top", offset: [0, -26], className: "hub-label" });
    return { layers: [marker], bounds: L.latLngBounds([[location.lat, location.lon]]) };
  }, [name, location.lat, location.lon]);

  return (
    <MapView
      className="hub-location-map"
      label={t("hubs.detail.mapLabel", { name })}
      layers={layers}
      bounds={bounds}
      scaleBar
      maxZoom={17}
      maxFitZoom={15}
      skipTo={skipTo}
    />
  );
}
