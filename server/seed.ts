import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./db/client.ts";
import { citiesRepository } from "./modules/cities/cities.repository.ts";
import { importCitiesCsv } from "./modules/cities/cities-import.service.ts";

/** The real data shipped with the platform, with its provenance README. */
export const datasetsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../datasets");

/** A data set loaded on first start. */
type Seed = { name: string; load(db: Db): Promise<number> };

const seeds: Seed[] = [
  {
    name: "uccn-members",
    async load(db) {
      const report = await importCitiesCsv(db, await readFile(path.join(datasetsDir, "uccn-members.csv")));
      if (!report.ok) {
        const first = report.errors.slice(0, 5).map((e) => `row ${e.row} ${e.column}: ${e.message}`);
        throw new Error(`Seed uccn-members.csv is invalid:\n${first.join("\n")}`);
      }
      return report.rows;
    },
  },
];

/** Loads each shipped data set once; a database that already has it is left alone. Returns the names loaded. */
export async function seedDatabase(db: Db): Promise<string[]> {
  const repo = citiesRepository(db);
  const loaded: string[] = [];
  for (const seed of seeds) {
    if (await repo.seeded(seed.name)) continue;
    const n = await seed.load(db);
    await repo.markSeeded(seed.name, n);
    loaded.push(seed.name);
  }
  return loaded;
}
