/** One item of a hub's provenance: a link to a source, or a note. */
export type SourceItem = { kind: "link"; url: string; host: string } | { kind: "note"; text: string };

/**
 * Splits a hub's `source` into readable items. The seed writes groups separated by " | " (sources; how the
 * coordinates were found; a note on the data), each a " ; "-separated list; http(s) URLs become links.
 * @example sourceItems("https://vme.org.vn/a ; https://en.wikipedia.org/b | coordinates: approximate")
 * // [[link vme.org.vn, link en.wikipedia.org], [note "coordinates: approximate"]]
 */
export function sourceItems(source: string): SourceItem[][] {
  return source
    .split("|")
    .map((group) =>
      group
        .split(/\s;\s|;\s*$/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part): SourceItem => {
          if (/^https?:\/\/\S+$/i.test(part)) {
            try {
              return { kind: "link", url: part, host: new URL(part).hostname.replace(/^www\./, "") };
            } catch {
              return { kind: "note", text: part };
            }
          }
          return { kind: "note", text: part };
        }),
    )
    .filter((group) => group.length > 0);
}
