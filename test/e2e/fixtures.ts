import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { test as base, expect } from "vitest";
import { testApp } from "../setup/test-app.ts";

const webRoot = fileURLToPath(new URL("../../dist/web", import.meta.url));

// Without the networking flags Chromium keeps trying to reach update and sync services, which this machine
// (and CI) cannot reach.
const OFFLINE_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Console errors and uncaught exceptions of a page; any that no test allowed fails the test (Epic Stack's rule). */
export class BrowserErrorLog {
  readonly #seen: string[] = [];
  readonly #allowed: RegExp[] = [];

  /** Notes an error the page reported. */
  record(message: string): void {
    this.#seen.push(message);
  }

  /** Tolerates errors matching `pattern`, e.g. Chromium's log line for a 404 the test provokes on purpose. */
  allow(pattern: RegExp): void {
    this.#allowed.push(pattern);
  }

  /** Errors seen so far that no pattern allows. */
  unexpected(): string[] {
    return this.#seen.filter((message) => !this.#allowed.some((pattern) => pattern.test(message)));
  }
}

/**
 * Browser-test fixtures. `baseUrl`: the real app (built SPA + API) on a free port, over a fresh clone of the
 * seeded database, one per test file. `page`: a page in a fresh Chromium profile per test, so language choices
 * and caches never leak between tests; it fails the test on any console error or uncaught exception.
 */
export const test = base.extend<{
  $test: { page: Page; browserErrors: BrowserErrorLog };
  $file: { baseUrl: string };
}>({
  baseUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const { app, close } = await testApp({ webRoot });
      await app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = app.server.address() as AddressInfo;
      await use(`http://127.0.0.1:${port}`);
      await close();
    },
    { scope: "file" },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern.
  browserErrors: async ({}, use) => {
    await use(new BrowserErrorLog());
  },

  page: async ({ browserErrors }, use) => {
    const profile = await mkdtemp(path.join(os.tmpdir(), "cn-e2e-profile-"));
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        headless: true,
        args: OFFLINE_CHROMIUM_ARGS,
        viewport: { width: 1280, height: 900 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(15_000);
      page.on("console", (message) => {
        if (message.type() === "error") browserErrors.record(`console: ${message.text()} (${message.location().url})`);
      });
      page.on("pageerror", (error) => browserErrors.record(`pageerror: ${error.message}`));
      await use(page);
      expect(browserErrors.unexpected(), "console errors or uncaught exceptions in the page").toEqual([]);
    } finally {
      await context?.close();
      await rm(profile, { recursive: true, force: true });
    }
  },
});

export { expect };
