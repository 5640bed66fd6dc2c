import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { slugify } from "../../../contract/text.ts";
import { type Db, rows } from "../../db/client.ts";
import { hubsRepository } from "./hubs.repository.ts";

/**
 * The source's own description of a place, mapped to the hub-type taxonomy by the first rule that matches. The
 * description itself is kept in `type_note`; a place no rule matches gets no type rather than a guessed one.
 */
const TYPE_RULES: [RegExp, string][] = [
  [/craft village/i, "craft-village"],
  [/museum/i, "museum"],
  [/heritage|communal house|tube house|relic/i, "heritage-site"],
  [/performing arts venue/i, "performing-arts-venue"],
  [/book street/i, "education-library"],
  [/public art|playground/i, "public-art-space"],
  [/cultural (centre|institute|exchange)|cultural and art centre|coordination centre|documentary/i, "cultural-centre"],
  [/art centre|art space|gallery|exhibition hall|photography|art collective/i, "gallery-art-space"],
  [/creative hub|creative complex|creative space|caf[eé]/i, "creative-hub"],
];

/** Maps a source's type description to a taxonomy slug, or null. */
export function hubTypeFor(description: string): string | null {
  return TYPE_RULES.find(([re]) => re.test(description))?.[1] ?? null;
}

/**
 * Creates a city's network and loads its spaces from a CSV of `name,name_vi,type,district,address,lat,lon,coord_note,
 * source` (datasets/hanoi-spaces.csv). Values a source did not give stay empty. Returns the number of hubs.
 */
export async function seedNetworkFromCsv(
  db: Db,
  network: { slug: string; citySlug: string; nameVi: string; nameEn: string },
  csv: string | Buffer,
  note: string,
): Promise<number> {
  const repo = hubsRepository(db);
  const [city] = await rows<{ id: string }>(db, sql`SELECT id FROM cities WHERE slug = ${network.citySlug}`);
  if (!city) throw new Error(`Seed: no city "${network.citySlug}" for network "${network.slug}"`);
  const networkId = await repo.insertNetwork({
    slug: network.slug,
    cityId: city.id,
    nameVi: network.nameVi,
    nameEn: network.nameEn,
  });
  const types = new Map((await repo.types()).map((t) => [t.slug, t.id]));
  const records: Record<string, string>[] = parse(csv, { columns: true, bom: true, skip_empty_lines: true });
  for (const r of records) {
    const cell = (k: string) => (r[k] ?? "").trim().normalize("NFC") || null;
    const nameVi = cell("name_vi");
    const nameEn = cell("name");
    const base = slugify(nameVi ?? nameEn ?? "hub") || "hub";
    let slug = base;
    for (let n = 2; await repo.slugTaken(slug); n++) slug = `${base}-${n}`;
    const typeNote = cell("type");
    const typeSlug = typeNote ? hubTypeFor(typeNote) : null;
    const lat = cell("lat");
    const lon = cell("lon");
    await repo.insert(networkId, slug, "member", {
      name_vi: nameVi,
      name_en: nameEn,
      type_id: typeSlug ? (types.get(typeSlug) ?? null) : null,
      type_note: typeNote,
      district: cell("district"),
      address: cell("address"),
      lat: lat && lon ? Number(lat) : null,
      lon: lat && lon ? Number(lon) : null,
      source: [cell("source"), cell("coord_note") ? `coordinates: ${cell("coord_note")}` : null, note]
        .filter(Boolean)
        .join(" | "),
    });
  }
  return records.length;
}
