import type { Page } from "playwright-core";
import { describe } from "vitest";
import { expect, test } from "./fixtures.ts";
import { POLL } from "./helpers.ts";

/** Names of the cities in the result list, in order, once the list is not showing a previous page anymore. */
async function resultNames(page: Page): Promise<string[]> {
  if (await page.locator('.city-list[aria-busy="true"]').count()) return [];
  return page.locator(".city-card__name").allTextContents();
}

async function openDirectory(page: Page, baseUrl: string, search = ""): Promise<void> {
  await page.goto(`${baseUrl}/cities${search}`);
  await page.locator(".city-card").first().waitFor();
}

describe("Creative Cities directory", () => {
  test("opens in Vietnamese and finds Hanoi first for 'ha noi'", async ({ page, baseUrl }) => {
    await page.goto(baseUrl);

    await page.waitForURL(`${baseUrl}/cities`);
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Các thành phố sáng tạo UNESCO");
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");

    await page.getByLabel("Tìm thành phố hoặc quốc gia").fill("ha noi");
    await page.keyboard.press("Enter");

    await page.waitForURL((url) => url.searchParams.get("q") === "ha noi");
    await expect.poll(async () => (await resultNames(page))[0], POLL).toBe("Hanoi");
  });

  test("filters by Design, with the facet count, in the URL and in every result", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl);

    const design = page.getByRole("radio", { name: /^Thiết kế/ });
    const designCount = Number(
      await page.locator(".facet__option", { has: design }).locator(".facet__count").textContent(),
    );
    expect(designCount).toBeGreaterThan(0);

    await design.check();

    await page.waitForURL((url) => url.searchParams.get("field") === "design");
    await expect
      .poll(() => page.locator(".city-results__count").textContent(), POLL)
      .toContain(`trong ${designCount} thành phố`);
    const cards = page.locator(".city-card");
    expect(await cards.count()).toBe(Math.min(designCount, 20));
    for (const text of await cards.allTextContents()) expect(text).toContain("Thiết kế");
    expect(await design.isChecked()).toBe(true);
  });

  test("switches to English, and remembers the choice after a reload", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl);

    await page.getByRole("button", { name: "English" }).click();

    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("UNESCO Creative Cities");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("radio", { name: /^Design/ }).count()).toBe(1);

    await page.reload();

    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("UNESCO Creative Cities");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByLabel("Search for a city or country").count()).toBe(1);
  });

  test("shows Hanoi's page: Design since 2019, Vietnam, a map and nearby Design cities", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl, "?q=ha+noi");
    await page.getByRole("button", { name: "English" }).click();

    await page.getByRole("link", { name: "Hanoi", exact: true }).click();

    await page.waitForURL(`${baseUrl}/cities/hanoi`);
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Hanoi");
    const facts = await page.locator(".city-detail").textContent();
    expect(facts).toContain("Design");
    expect(facts).toContain("2019");
    expect(facts).toContain("Vietnam");
    expect(await page.title()).toContain("Hanoi");

    const nearby = page.locator(".nearby-list__item");
    await nearby.first().waitFor();
    expect(await nearby.count()).toBeGreaterThan(0);
    for (const text of await nearby.allTextContents()) expect(text).toContain("Design");

    const map = page.getByRole("region", { name: /Map of Hanoi/ });
    await map.locator(".leaflet-marker-icon").first().waitFor();
    await map.locator("path.map-country").first().waitFor({ state: "attached" });
  });

  test("shows Vietnamese country names from the browser's CLDR data", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl, "?country=VN&sort=name");

    await expect.poll(() => resultNames(page), POLL).toEqual(["Da Lat", "Hanoi", "Ho Chi Minh City", "Hoi An"]);
    expect(await page.locator(".city-card__place").first().textContent()).toContain("Việt Nam");
  });

  test("maps the cities as clustered, field-coloured markers over the offline basemap", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl);

    const map = page.getByRole("region", { name: /^Bản đồ \d+ thành phố sáng tạo$/ });
    await map.locator(".leaflet-marker-icon").first().waitFor();
    expect(await map.locator(".leaflet-marker-icon").count()).toBeGreaterThan(0);
    await map.locator("path.map-country").first().waitFor({ state: "attached" });
    // 176 countries of the 1:110m basemap, Antarctica dropped; shapes across the antimeridian add copies.
    expect(await map.locator("path.map-country").count()).toBeGreaterThan(150);
  });

  test("draws the growth chart and offers its figures as a table", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl);

    const growth = page.locator("#network-growth");
    await growth.locator('[data-ready="true"]').waitFor();
    expect(await growth.getByRole("img").getAttribute("aria-label")).toContain("408");
    await growth.getByText("Xem số liệu dạng bảng").click();
    expect(await growth.locator("tbody tr").last().textContent()).toContain("408");
  });

  test("shows a not-found state for an unknown city", async ({ page, baseUrl, browserErrors }) => {
    // Chromium logs every 4xx response as a console error; this one is the point of the test.
    browserErrors.allow(/status of 404/);

    await page.goto(`${baseUrl}/cities/atlantis`);

    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Không tìm thấy thành phố");
    expect(await page.getByText("atlantis").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Về danh bạ các thành phố sáng tạo" }).click();
    await page.waitForURL(`${baseUrl}/cities`);
  });

  test("restores the filters of a shared URL", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl, "?field=design&country=VN&yearFrom=2015&yearTo=2025&sort=-year");

    expect(await page.getByRole("radio", { name: /^Thiết kế/ }).isChecked()).toBe(true);
    expect(await page.getByLabel("Quốc gia", { exact: true }).inputValue()).toBe("VN");
    expect(await page.getByLabel("Từ năm").inputValue()).toBe("2015");
    expect(await page.getByLabel("Đến năm").inputValue()).toBe("2025");
    expect(await page.getByLabel("Sắp xếp").inputValue()).toBe("-year");
    await expect.poll(() => resultNames(page), POLL).toEqual(["Hanoi"]);
  });

  test("steps back and forward through filter changes", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl);

    await page.getByRole("radio", { name: /^Âm nhạc/ }).check();
    await page.waitForURL((url) => url.searchParams.get("field") === "music");
    await page.getByRole("radio", { name: /^Châu Á/ }).check();
    await page.waitForURL((url) => url.searchParams.get("region") === "asia-and-the-pacific");

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("field") === "music" && !url.searchParams.has("region"));
    await expect.poll(() => page.getByRole("radio", { name: /^Tất cả khu vực/ }).isChecked(), POLL).toBe(true);

    await page.goBack();
    await page.waitForURL(`${baseUrl}/cities`);
    await expect.poll(() => page.getByRole("radio", { name: /^Tất cả lĩnh vực/ }).isChecked(), POLL).toBe(true);

    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get("field") === "music");
    await expect.poll(() => page.getByRole("radio", { name: /^Âm nhạc/ }).isChecked(), POLL).toBe(true);
  });

  test("pages through the results with links that keep the filters", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl, "?field=music");
    const firstPage = await resultNames(page);

    await page.getByRole("navigation", { name: "Các trang kết quả" }).getByRole("link", { name: "Trang 2" }).click();

    await page.waitForURL((url) => url.searchParams.get("page") === "2" && url.searchParams.get("field") === "music");
    await expect
      .poll(async () => (await resultNames(page))[0], POLL)
      .toSatisfy((name) => name !== undefined && name !== firstPage[0]);
    expect(await page.locator(".city-list").getAttribute("start")).toBe("21");
  });

  test("can be used with the keyboard: skip links, search and the map's skip link", async ({ page, baseUrl }) => {
    await openDirectory(page, baseUrl);

    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Bỏ qua, đến nội dung chính");

    await page.getByLabel("Tìm thành phố hoặc quốc gia").focus();
    await page.keyboard.type("krakow");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await resultNames(page))[0], POLL).toBe("Kraków");

    const skipMap = page.getByRole("link", { name: "Bỏ qua bản đồ" });
    await skipMap.focus();
    expect(await skipMap.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("network-growth");
  });

  test("shows the API's error message with a retry button when a request fails", async ({
    page,
    baseUrl,
    browserErrors,
  }) => {
    await openDirectory(page, baseUrl);

    await page.route("**/api/cities?*", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "internal", message: "Database is restarting", details: [] } }),
      }),
    );
    // The failed request (and React Query's one retry of a 5xx) are logged by Chromium; they are expected here.
    browserErrors.allow(/status of 503/);
    await page.getByLabel("Tìm thành phố hoặc quốc gia").fill("hue");
    await page.keyboard.press("Enter");

    const alert = page.locator(".city-results").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Database is restarting");

    await page.unroute("**/api/cities?*");
    await alert.getByRole("button", { name: "Thử lại" }).click();
    await alert.waitFor({ state: "detached" });
    expect(await page.locator(".city-results").getByRole("alert").count()).toBe(0);
  });
});
