import "./hub-markers.css";
import type L from "leaflet";
import { clusterIcon, labelledIcon, mapPopup } from "../../../ui/map/markers.ts";

/**
 * A hub marker: a pin. Leaflet makes marker icons focusable, so the icon carries the hub's name as text for
 * screen readers; the pin itself is decoration.
 * @param label what a screen reader announces, e.g. "Nhà tù Hỏa Lò, Hoàn Kiếm".
 * @param current marks the hub a page is about, in a different colour.
 */
export function hubMarkerIcon(label: string, current = false): L.DivIcon {
  return labelledIcon(`<span class="hub-marker__pin" aria-hidden="true"></span>`, label, {
    className: current ? "hub-marker hub-marker--current" : "hub-marker",
    iconSize: [22, 22],
    // The pin's tip, bottom-left corner of the rotated square, sits on the point.
    iconAnchor: [11, 26],
    popupAnchor: [0, -24],
  });
}

/**
 * A cluster of hubs, sized by how many it holds.
 * @param label the count in words, e.g. "12 hubs, select to zoom in", for screen readers.
 */
export function hubClusterIcon(count: number, label: string): L.DivIcon {
  return clusterIcon(count, label, "hub-cluster");
}

/** What a hub's popup shows. */
export interface HubPopupContent {
  name: string;
  /** The hub page's path. */
  href: string;
  /** One line under the name: type and district; none when empty. */
  details: string;
  linkLabel: string;
  /** Called instead of a full page load when the link is followed without modifier keys. */
  onOpen: () => void;
}

/** Builds a popup's content as DOM nodes (hub names are data; nothing is parsed as HTML). */
export function hubPopup(content: HubPopupContent): HTMLElement {
  return mapPopup({ ...content, details: content.details || undefined, block: "hub-popup" });
}
