import L from "leaflet";

/** Escapes text for an icon's HTML string (names and labels are data). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A marker icon: a decoration hidden from screen readers, then `label` as text for them (Leaflet makes marker icons
 * focusable, so the icon itself says what it stands for).
 * @param decoration the icon's HTML, already escaped, marked `aria-hidden`.
 */
export function labelledIcon(
  decoration: string,
  label: string,
  options: Pick<L.DivIconOptions, "className" | "iconSize" | "iconAnchor" | "popupAnchor">,
): L.DivIcon {
  return L.divIcon({ ...options, html: `${decoration}<span class="visually-hidden">${escapeHtml(label)}</span>` });
}

/**
 * A cluster of markers, sized by how many it holds.
 * @param label the count in words, e.g. "12 cities: zoom in", for screen readers.
 * @param className the block's class, e.g. `city-cluster`.
 */
export function clusterIcon(count: number, label: string, className: string): L.DivIcon {
  const size = count < 10 ? 30 : count < 50 ? 36 : 44;
  return L.divIcon({
    className,
    html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [size, size],
  });
}

/** What a marker's popup shows. */
export interface MapPopupContent {
  /** The block's class: the popup is `<block>`, its lines `<block>__name` and `<block>__details`. */
  block: string;
  name: string;
  /** The page's path. */
  href: string;
  /** One line under the name; none when undefined. */
  details?: string;
  linkLabel: string;
  /** Called instead of a full page load when the link is followed without modifier keys. */
  onOpen: () => void;
}

/** Builds a popup's content as DOM nodes (names are data; nothing is parsed as HTML). */
export function mapPopup({ block, name, href, details, linkLabel, onOpen }: MapPopupContent): HTMLElement {
  const root = document.createElement("div");
  root.className = block;
  const title = document.createElement("p");
  title.className = `${block}__name`;
  title.textContent = name;
  root.append(title);
  if (details !== undefined) {
    const line = document.createElement("p");
    line.className = `${block}__details`;
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
