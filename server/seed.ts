import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./db/client.ts";
import { seedExampleFramework } from "./modules/assessments/frameworks-seed.service.ts";
import { citiesRepository } from "./modules/cities/cities.repository.ts";
import { importCitiesCsv } from "./modules/cities/cities-import.service.ts";
import { hubsService } from "./modules/hubs/hubs.service.ts";
import { seedNetworkFromCsv } from "./modules/hubs/hubs-seed.service.ts";
import { membershipService } from "./modules/membership/membership.service.ts";

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
  {
    name: "hanoi-network",
    async load(db) {
      const n = await seedNetworkFromCsv(
        db,
        {
          slug: "hanoi",
          citySlug: "hanoi",
          nameVi: "Mạng lưới các không gian văn hoá sáng tạo Hà Nội",
          nameEn: "Hanoi Network of Cultural and Creative Hubs",
        },
        await readFile(path.join(datasetsDir, "hanoi-spaces.csv")),
        "seeded from public sources (datasets/README.md); membership of the official Hanoi network not verified",
      );
      const network = await hubsService(db).networkBySlug("hanoi");
      // The four criteria of the European Creative Hubs Network; the network's administrators can edit them.
      await membershipService(db).seedQuestions(network!.id, [
        {
          textVi: "Không gian của bạn hỗ trợ các ngành công nghiệp văn hoá và sáng tạo như thế nào?",
          textEn: "How does your space support the cultural and creative industries?",
        },
        {
          textVi: "Không gian là nơi làm việc của những doanh nghiệp hoặc cá nhân nào?",
          textEn: "Which businesses or individuals use your space as their base?",
        },
        {
          textVi: "Không gian có những hoạt động kết nối cộng đồng trực tiếp nào?",
          textEn: "What physical community activation does your space run?",
        },
        {
          textVi: "Không gian góp phần phát triển nghề nghiệp và xã hội của cộng đồng ra sao?",
          textEn: "How does your space focus on its community's professional and social development?",
        },
      ]);
      return n;
    },
  },
  {
    // Labelled as an example to adapt; the network's administrators copy or edit it before a real round.
    name: "hanoi-example-framework",
    load: (db) => seedExampleFramework(db, "hanoi"),
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
