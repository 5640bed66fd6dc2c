import "./city-markers.css";
import L from "leaflet";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A city marker: a dot in the field's colour. Leaflet makes marker icons focusable buttons, so the icon
 * carries the city's name as text for screen readers; the dot itself is decoration.
 * @param color the field colour, a hex value from `fieldColor`.
 * @param label what a screen reader announces, e.g. "Hanoi, Việt Nam".
 */
export function cityMarkerIcon(color: string, label: string): L.DivIcon {
  return L.divIcon({
    className: "city-marker",
    html: `<span class="city-marker__dot" style="--field-color:${escapeHtml(color)}" aria-hidden="true"></span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [16, 16],
    iconAnchor: [8, 8],
    popupAnchor: [0, -8],
  });
}

/**
 * A cluster of cities, sized by how many it holds.
 * @param label the count in words, e.g. "12 cities: zoom in", for screen readers.
 */
export function clusterIcon(count: number, label: string): L.DivIcon {
  const size = count < 10 ? 30 : count < 50 ? 36 : 44;
  return L.divIcon({
    className: "city-cluster",
    html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [size, size],
  });
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
export function cityPopup({ name, href, details, linkLabel, onOpen }: CityPopupContent): HTMLElement {
  const root = document.createElement("div");
  root.className = "city-popup";
  const title = document.createElement("p");
  title.className = "city-popup__name";
  title.textContent = name;
  const line = document.createElement("p");
  line.className = "city-popup__details";
  line.textContent = details;
  const link = document.createElement("a");
  link.href = href;
  link.textContent = linkLabel;
  link.addEventListener("click", (event) => {
    // Ctrl/Cmd/Shift-click keep their usual meaning (new tab, new window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen();
  });
  root.append(title, line, link);
  return root;
}
