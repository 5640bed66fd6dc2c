import { eq } from "drizzle-orm";
import type { Db } from "../server/db/client.ts";
import { cities, creativeFields, designations } from "../server/modules/cities/cities.table.ts";

let seq = 0;
/** A unique suffix, so factory rows never collide with the seeded data or each other. */
const next = () => `${process.pid}-${++seq}`;

/** A member city with one designation; the field defaults to Design, the country to Vietnam. */
export async function buildCity(
  db: Db,
  over: { name?: string; iso2?: string; field?: string; year?: number; lat?: number | null; lon?: number | null } = {},
) {
  const name = over.name ?? `Testville ${next()}`;
  const [field] = await db
    .select()
    .from(creativeFields)
    .where(eq(creativeFields.slug, over.field ?? "design"));
  const [city] = await db
    .insert(cities)
    .values({
      slug: `test-${next()}`,
      name,
      countryIso2: over.iso2 ?? "VN",
      lat: over.lat === undefined ? 16 : over.lat,
      lon: over.lon === undefined ? 106 : over.lon,
    })
    .returning();
  await db.insert(designations).values({ cityId: city.id, fieldId: field.id, year: over.year ?? 2025, source: "test" });
  return city;
}
