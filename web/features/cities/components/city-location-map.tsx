import L from "leaflet";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { CityDetail } from "../../../../contract/api/cities.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { countryName, localizedName } from "../../../lib/localized-names.ts";
import { paths } from "../../../lib/paths.ts";
import { MapView } from "../../../ui/map-view.tsx";
import { fieldColor } from "../utils/field-colors.ts";
import { cityMarkerIcon, cityPopup } from "./city-markers.ts";

/** Props of CityLocationMap. */
export interface CityLocationMapProps {
  city: CityDetail & { location: { lat: number; lon: number } };
  /** Id of the element after the map, for its "skip the map" link. */
  skipTo: string;
}

// Nearby cities shown around the city: enough to place it among its peers, few enough to stay readable.
const NEARBY_ON_MAP = 5;

/** Where a city is, highlighted, with its nearest cities of the same field around it. */
export function CityLocationMap({ city, skipTo }: CityLocationMapProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();

  const { layers, bounds } = useMemo(() => {
    const kilometres = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const group = L.featureGroup();
    const points: L.LatLngTuple[] = [[city.location.lat, city.location.lon]];
    for (const other of city.nearby.slice(0, NEARBY_ON_MAP)) {
      if (!other.location) continue;
      const country = countryName(other.country.iso2, language, other.country.name);
      const distance = t("cities.detail.distance", { km: kilometres.format(other.distanceKm) });
      L.marker([other.location.lat, other.location.lon], {
        icon: cityMarkerIcon(fieldColor(other.field.slug), `${other.name}, ${country}`),
        title: `${other.name} · ${distance}`,
      })
        .bindPopup(() =>
          cityPopup({
            name: other.name,
            href: paths.cities.detail(other.slug),
            details: `${country} · ${distance}`,
            linkLabel: t("cities.map.open"),
            onOpen: () => navigate(paths.cities.detail(other.slug)),
          }),
        )
        .addTo(group);
      points.push([other.location.lat, other.location.lon]);
    }
    const here = L.marker([city.location.lat, city.location.lon], {
      icon: L.divIcon({
        className: "city-marker city-marker--current",
        html: `<span class="city-marker__dot" style="--field-color:${fieldColor(city.field.slug)}" aria-hidden="true"></span>`,
        iconSize: [24, 24],
        iconAnchor: [12, 12],
      }),
      title: city.name,
      keyboard: false,
      zIndexOffset: 1000,
    });
    here.bindTooltip(city.name, { permanent: true, direction: "right", offset: [12, 0], className: "city-label" });
    group.addLayer(here);
    return { layers: [group], bounds: L.latLngBounds(points) };
  }, [city, language, t, navigate]);

  return (
    <MapView
      className="city-location-map"
      label={t("cities.detail.mapLabel", { name: city.name, field: localizedName(city.field, language) })}
      layers={layers}
      bounds={bounds}
      maxFitZoom={6}
      skipTo={skipTo}
    />
  );
}
