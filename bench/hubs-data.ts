import { sql } from "drizzle-orm";
import type { Database } from "../server/db/client.ts";

/**
 * Inserts `n` hubs in one statement: names, streets, wards and districts drawn from Vietnamese word lists with a
 * fixed seed, so every run builds the same data.
 */
export async function generateHubs(database: Database, n: number) {
  const words = (xs: string[]) => sql.raw(`ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`);
  const kinds = words([
    "Không gian sáng tạo",
    "Xưởng gốm",
    "Phòng tranh",
    "Nhà văn hoá",
    "Studio thiết kế",
    "Làng nghề",
    "Câu lạc bộ",
    "Nhà sách",
    "Quán cà phê nghệ thuật",
    "Vườn ươm khởi nghiệp",
  ]);
  const names = words([
    "Hồng Hà",
    "Tràng An",
    "Thăng Long",
    "Đông Đô",
    "Sen Vàng",
    "Phố Cổ",
    "Bát Tràng",
    "Vạn Phúc",
    "Hoa Sữa",
    "Cốm Vòng",
    "Tô Lịch",
    "Ngọc Hà",
    "Quảng Bá",
    "Kim Liên",
    "Long Biên",
    "Đồng Xuân",
    "Hàng Bạc",
    "Trúc Bạch",
    "Tây Hồ",
    "Lạc Long",
  ]);
  const streets = words([
    "Hàng Bông",
    "Hàng Gai",
    "Phùng Hưng",
    "Nguyễn Thái Học",
    "Tràng Tiền",
    "Lý Thái Tổ",
    "Đội Cấn",
    "Kim Mã",
    "Xuân Diệu",
    "Láng Hạ",
    "Giảng Võ",
    "Thụy Khuê",
    "Hoàng Hoa Thám",
    "Bà Triệu",
    "Lê Duẩn",
  ]);
  const districts = words([
    "Hoàn Kiếm",
    "Ba Đình",
    "Đống Đa",
    "Hai Bà Trưng",
    "Tây Hồ",
    "Cầu Giấy",
    "Long Biên",
    "Thanh Xuân",
    "Hoàng Mai",
    "Hà Đông",
  ]);
  await database.db.execute(sql`SELECT setseed(0.42)`);
  await database.db.execute(sql`
    INSERT INTO hubs (network_id, slug, status, name_vi, address, district, lat, lon, accessibility, member_since, source)
    SELECT (SELECT id FROM networks WHERE slug = 'hanoi'), 'bench-' || i, 'member',
      (${kinds})[1 + floor(random() * 10)::int] || ' ' || (${names})[1 + floor(random() * 20)::int] || ' ' || i,
      (1 + floor(random() * 200)::int) || ' ' || (${streets})[1 + floor(random() * 15)::int],
      (${districts})[1 + floor(random() * 10)::int],
      20.95 + random() * 0.15, 105.75 + random() * 0.2,
      CASE WHEN random() < 0.3 THEN ARRAY['step-free-entrance'] ELSE '{}'::text[] END,
      now(), 'generated for the benchmark'
    FROM generate_series(1, ${n}) AS i`);
  // VACUUM as autovacuum would after a bulk load: sets the visibility map, so counts can read indexes alone.
  await database.db.execute(sql`VACUUM ANALYZE hubs`);
}
