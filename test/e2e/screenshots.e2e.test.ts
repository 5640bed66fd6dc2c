import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe } from "vitest";
import { test } from "./fixtures.ts";

// Refreshes the screenshots in docs/ when asked to (UPDATE_SCREENSHOTS=1 npm run test:e2e); a normal run
// leaves the committed images alone.
const docs = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

async function openSettledDirectory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(".city-card").first().waitFor();
  await page.locator(".cities-map .leaflet-marker-icon").first().waitFor();
  await page.locator(".cities-map path.map-country").first().waitFor({ state: "attached" });
  await page.locator('#network-growth [data-ready="true"]').waitFor();
}

describe.runIf(process.env.UPDATE_SCREENSHOTS === "1")("documentation screenshots", () => {
  test("directory on a desktop screen", async ({ page, baseUrl }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openSettledDirectory(page, `${baseUrl}/cities`);
    await page.screenshot({ path: docs("screenshot-directory.png") });
  });

  test("directory on a phone", async ({ page, baseUrl }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSettledDirectory(page, `${baseUrl}/cities?field=design`);
    await page.screenshot({ path: docs("screenshot-directory-phone.png"), fullPage: true });
  });

  test("Hanoi's network of hubs on a desktop screen", async ({ page, baseUrl }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/hubs`);
    await page.locator(".hub-card").first().waitFor();
    await page.locator(".hubs-map .leaflet-marker-icon").first().waitFor();
    await page.locator(".hubs-map path.map-country").first().waitFor({ state: "attached" });
    await page.screenshot({ path: docs("screenshot-hubs.png") });
  });

  test("Hanoi's page", async ({ page, baseUrl }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/cities/hanoi`);
    await page.locator(".city-location-map .leaflet-marker-icon").first().waitFor();
    await page.locator(".nearby-list__item").first().waitFor();
    await page.screenshot({ path: docs("screenshot-city.png") });
  });
});
