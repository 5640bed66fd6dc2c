import "./city-markers.css";
import type L from "leaflet";
import { escapeHtml, labelledIcon, clusterIcon as mapClusterIcon, mapPopup } from "../../../ui/map/markers.ts";

/**
 * A city marker: a dot in the field's colour. Leaflet makes marker icons focusable buttons, so the icon
 * carries the city's name as text for screen readers; the dot itself is decoration.
 * @param color the field colour, a hex value from `fieldColor`.
 * @param label what a screen reader announces, e.g. "Hanoi, Việt Nam".
 */
export function cityMarkerIcon(color: string, label: string): L.DivIcon {
  return labelledIcon(
    `<span class="city-marker__dot" style="--field-color:${escapeHtml(color)}" aria-hidden="true"></span>`,
    label,
    { className: "city-marker", iconSize: [16, 16], iconAnchor: [8, 8], popupAnchor: [0, -8] },
  );
}

/**
 * A cluster of cities, sized by how many it holds.
 * @param label the count in words, e.g. "12 cities: zoom in", for screen readers.
 */
export function clusterIcon(count: number, label: string): L.DivIcon {
  return mapClusterIcon(count, label, "city-cluster");
}

/** What a city's popup shows. */
export interface CityPopupContent {
  name: string;
  /** The city page's path. */
  href: string;
  /** One line under the name: country, field, year. */
  details: string;
  linkLabel: string;
  /** Called instead of a full page load when the link is followed without modifier keys. */
  onOpen: () => void;
}

/** Builds a popup's content as DOM nodes (city names are data; nothing is parsed as HTML). */
export function cityPopup(content: CityPopupContent): HTMLElement {
  return mapPopup({ ...content, block: "city-popup" });
}
