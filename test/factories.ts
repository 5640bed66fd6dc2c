import { eq, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Db } from "../server/db/client.ts";
import { rows } from "../server/db/client.ts";
import { accountsService } from "../server/modules/accounts/accounts.service.ts";
import { cities, creativeFields, designations } from "../server/modules/cities/cities.table.ts";
import { hubsRepository } from "../server/modules/hubs/hubs.repository.ts";

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

/** A person with a live session, and the cookie that carries it. Roles are granted as asked. */
export async function buildUser(
  app: FastifyInstance,
  db: Db,
  opts: { name?: string; platformAdmin?: boolean; networkAdmin?: string; assessor?: string; manages?: string[] } = {},
) {
  const email = `user-${next()}@example.vn`;
  const password = "correct horse battery staple";
  const accounts = accountsService(db);
  if (opts.platformAdmin) await accounts.createPlatformAdmin(email, opts.name ?? "Admin", password);
  else {
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/register",
      payload: { email, password, name: opts.name ?? "Người dùng" },
    });
    if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  }
  const network = async (slug: string) =>
    (await rows<{ id: string }>(db, sql`SELECT id FROM networks WHERE slug = ${slug}`))[0].id;
  if (opts.networkAdmin) await accounts.grantNetworkRole(await network(opts.networkAdmin), email, "admin");
  if (opts.assessor) await accounts.grantNetworkRole(await network(opts.assessor), email, "assessor");
  const [user] = await rows<{ id: string }>(db, sql`SELECT id FROM users WHERE email = ${email}`);
  for (const hubId of opts.manages ?? []) await hubsRepository(db).addManager(hubId, user.id);
  const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  const setCookie = login.headers["set-cookie"];
  const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(";")[0];
  return { id: user.id, email, password, cookie };
}

/** A hub in a network (Hanoi's by default), with the status asked, and a private contact person. */
export async function buildHub(
  db: Db,
  over: {
    network?: string;
    status?: "applicant" | "member" | "suspended" | "closed";
    nameVi?: string;
    lat?: number;
    lon?: number;
  } = {},
) {
  const repo = hubsRepository(db);
  const network = await repo.networkBySlug(over.network ?? "hanoi");
  if (!network) throw new Error(`no network ${over.network}`);
  const n = next();
  const id = await repo.insert(network.id, `test-hub-${n}`, over.status ?? "member", {
    name_vi: over.nameVi ?? `Không gian thử nghiệm ${n}`,
    name_en: `Test space ${n}`,
    district: "Hoàn Kiếm",
    lat: over.lat ?? 21.03,
    lon: over.lon ?? 105.85,
  });
  await repo.replaceContacts(id, [
    { name: `Private Person ${n}`, role: "director", email: `private-${n}@example.vn`, phone: "+84 24 1234 5678" },
  ]);
  return { id, slug: `test-hub-${n}`, networkId: network.id, contactEmail: `private-${n}@example.vn` };
}

/** A second network in another creative city, for "admin of another network" cases. */
export async function buildNetwork(db: Db, citySlug = "seoul") {
  const [city] = await rows<{ id: string }>(db, sql`SELECT id FROM cities WHERE slug = ${citySlug}`);
  const slug = `net-${next()}`;
  await hubsRepository(db).insertNetwork({
    slug,
    cityId: city.id,
    nameVi: `Mạng lưới ${slug}`,
    nameEn: `Network ${slug}`,
  });
  return slug;
}

/**
 * A small criteria framework body: Programme (weight 2: Events, Audience — self-supplied numbers) and Space (weight
 * 1: Hours — yes/no, self; Access — a 0–4 rubric, assessors).
 */
export function buildFrameworkBody(over: { nameEn?: string } = {}) {
  const levels = [0, 1, 2, 3, 4].map((level) => ({ level, labelVi: `Mức ${level}`, labelEn: `Level ${level}` }));
  return {
    nameVi: "Bộ tiêu chí thử nghiệm",
    nameEn: over.nameEn ?? "Test criteria",
    elements: [
      { code: "Programme", parent: null, kind: "dimension", nameVi: "Chương trình", nameEn: "Programme", weight: 2 },
      {
        code: "Events",
        parent: "Programme",
        kind: "indicator",
        nameVi: "Số sự kiện công cộng mỗi năm",
        nameEn: "Public events per year",
        weight: 1,
        type: "number",
        goalposts: [0, 50],
        range: [0, 500],
        unit: "events",
        supplier: "self",
      },
      {
        code: "Audience",
        parent: "Programme",
        kind: "indicator",
        nameVi: "Lượt khách mỗi năm",
        nameEn: "Visitors per year",
        weight: 1,
        type: "number",
        target: 20000,
        unit: "visitors",
        supplier: "self",
      },
      { code: "Space", parent: null, kind: "dimension", nameVi: "Không gian", nameEn: "Space", weight: 1 },
      {
        code: "Access",
        parent: "Space",
        kind: "indicator",
        nameVi: "Khả năng tiếp cận",
        nameEn: "Accessibility",
        weight: 1,
        type: "rubric",
        levels,
        supplier: "assessor",
      },
      {
        code: "Hours",
        parent: "Space",
        kind: "indicator",
        nameVi: "Mở cửa cuối tuần",
        nameEn: "Open at weekends",
        weight: 1,
        type: "yesno",
        supplier: "self",
      },
    ] as (Record<string, unknown> & { weight: number })[],
  };
}
