// One colour per creative field, shared by map markers, chart series and badges so a field looks the same
// everywhere. Chosen to stay apart for common colour-vision deficiencies and to keep 3:1 contrast against the
// light basemap; labels never rely on colour alone (markers have names, the chart has a legend and a table).
const KNOWN_FIELD_COLORS: Record<string, string> = {
  "crafts-and-folk-art": "#b35806",
  design: "#2166ac",
  film: "#762a83",
  gastronomy: "#c51b2a",
  literature: "#1b7837",
  "media-arts": "#c2418f",
  music: "#0f7c8a",
  architecture: "#4d5b66",
};

// Fields are data (Architecture arrived in 2025); a field added later still gets a stable colour from here.
const SPARE_COLORS = ["#01665e", "#8c510a", "#5e3c99", "#b2182b", "#35978f", "#6a3d9a"];

/**
 * The colour of a creative field, by slug. Known fields have fixed colours; any other slug gets a spare colour
 * picked by a hash of the slug, so it is the same on every page and every visit.
 * @example fieldColor("design") // "#2166ac"
 */
export function fieldColor(slug: string): string {
  const known = KNOWN_FIELD_COLORS[slug];
  if (known) return known;
  let hash = 0;
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return SPARE_COLORS[hash % SPARE_COLORS.length];
}
