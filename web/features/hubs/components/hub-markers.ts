import "./hub-markers.css";
import L from "leaflet";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A hub marker: a pin. Leaflet makes marker icons focusable, so the icon carries the hub's name as text for
 * screen readers; the pin itself is decoration.
 * @param label what a screen reader announces, e.g. "Nhà tù Hỏa Lò, Hoàn Kiếm".
 * @param current marks the hub a page is about, in a different colour.
 */
export function hubMarkerIcon(label: string, current = false): L.DivIcon {
  return L.divIcon({
    className: current ? "hub-marker hub-marker--current" : "hub-marker",
    html: `<span class="hub-marker__pin" aria-hidden="true"></span><span class="visually-hidden">${escapeHtml(label)}</span>`,
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
  const size = count < 10 ? 30 : count < 50 ? 36 : 44;
  return L.divIcon({
    className: "hub-cluster",
    html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [size, size],
  });
}

/** What a hub's popup shows. */
export interface HubPopupContent {
  name: string;
  /** The hub page's path. */
  href: string;
  /** One line under the name: type and district. */
  details: string;
  linkLabel: string;
  /** Called instead of a full page load when the link is followed without modifier keys. */
  onOpen: () => void;
}

/** Builds a popup's content as DOM nodes (hub names are data; nothing is parsed as HTML). */
export function hubPopup({ name, href, details, linkLabel, onOpen }: HubPopupContent): HTMLElement {
  const root = document.createElement("div");
  root.className = "hub-popup";
  const title = document.createElement("p");
  title.className = "hub-popup__name";
  title.textContent = name;
  root.append(title);
  if (details) {
    const line = document.createElement("p");
    line.className = "hub-popup__details";
    line.textContent = details;
    root.append(line);
  }
  const link = document.createElement("a");
  link.href = href;
  link.textContent = linkLabel;
  link.addEventListener("click", (event) => {
    // Ctrl/Cmd/Shift-click keep their usual meaning (new tab, new window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen();
  });
  root.append(link);
  return root;
}
