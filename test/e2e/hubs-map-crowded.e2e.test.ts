import { sql } from "drizzle-orm";
import { describe } from "vitest";
import { HUB_MAP_CELL_PX } from "../../contract/api/hubs.schema.ts";
import { gridCell } from "../../contract/map-grid.ts";
import { expect, test } from "./fixtures.ts";
import { hubsOnMap, POLL } from "./helpers.ts";

/** Hubs added to Hanoi's five located members: more than the 1,000 the API sends as markers. */
const ADDED = 3000;

describe("a crowded hub map", () => {
  test("groups thousands of hubs on the server, then loads only what the view shows as the visitor zooms in", async ({
    page,
    server,
  }) => {
    // 3,000 member hubs on a 150 × 20 grid over Hanoi's centre (0.15° square), written straight to the database.
    await server.db.execute(sql`
      INSERT INTO hubs (network_id, slug, status, name_vi, lat, lon, member_since, source)
      SELECT (SELECT id FROM networks WHERE slug = 'hanoi'), 'thu-nghiem-' || i, 'member', 'Không gian thử ' || i,
        20.95 + (i % 150) * 0.001, 105.75 + (i / 150) * 0.0075, now(), 'test'
      FROM generate_series(0, ${ADDED - 1}) AS i`);
    await server.db.execute(sql`SELECT pg_notify('hubs_changed', '')`);

    const asked: URL[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/hubs/map") asked.push(url);
    });
    await page.goto(`${server.baseUrl}/hubs`);

    // The first answer is the whole selection grouped for a city-wide zoom; every hub counted once.
    const map = page.getByRole("region", { name: `Bản đồ ${ADDED + 5} không gian` });
    await map.locator(".hub-cluster").first().waitFor();
    await expect.poll(() => hubsOnMap(map), POLL).toBe(ADDED + 5);
    const note = page.locator(".hubs-map__note");
    await expect.poll(() => note.textContent(), POLL).toMatch(/không gian trong và quanh vùng này, gộp theo nhóm/);
    expect(asked[0].searchParams.get("zoom")).toBe("12");
    expect(asked[0].searchParams.has("bbox")).toBe(false);
    // Then the map asks for its own view.
    await expect.poll(() => asked.some((url) => url.searchParams.has("bbox")), POLL).toBe(true);

    // Selecting groups zooms in until the view holds few enough hubs to be sent one by one.
    for (
      let step = 0;
      step < 6 && !/^\d+ không gian trong và quanh vùng này\.$/.test((await note.textContent()) ?? "");
      step++
    ) {
      const before = asked.length;
      await map.locator(".hub-cluster").first().click();
      await expect.poll(() => asked.length, POLL).toBeGreaterThan(before);
      await expect.poll(() => note.getAttribute("aria-busy"), POLL).toBe("false");
    }
    await expect.poll(() => note.textContent(), POLL).toMatch(/^\d+ không gian trong và quanh vùng này\.$/);
    const last = asked[asked.length - 1];
    expect(Number(last.searchParams.get("zoom"))).toBeGreaterThan(12);
    const [w, s, e, n] = (last.searchParams.get("bbox") ?? "").split(",").map(Number);
    expect(e - w).toBeLessThan(0.15);
    // Each view was asked for widened to whole blocks of 4 × 4 grid cells (longitude edges on multiples of a block).
    for (const url of asked.filter((u) => u.searchParams.has("bbox"))) {
      const block = gridCell(Number(url.searchParams.get("zoom")), HUB_MAP_CELL_PX).lon * 4;
      const [west, , east] = (url.searchParams.get("bbox") ?? "").split(",").map(Number);
      for (const edge of [west, east]) expect(Math.abs(edge / block - Math.round(edge / block))).toBeLessThan(0.01);
    }
    expect(n - s).toBeLessThan(0.15);
    // The hubs of the view are there as markers (with names) or the browser's own small clusters.
    const inView = Number((await note.textContent())?.match(/^(\d+)/)?.[1]);
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThanOrEqual(1000);
    await expect.poll(() => hubsOnMap(map), POLL).toBe(inView);
  });
});
