import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { test as base, expect } from "vitest";
import type { Db } from "../../server/db/client.ts";
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

async function openFreshPage(browserErrors: BrowserErrorLog): Promise<{ page: Page; close: () => Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "cn-e2e-profile-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: OFFLINE_CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.on("console", (message) => {
    if (message.type() === "error") browserErrors.record(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => browserErrors.record(`pageerror: ${error.message}`));
  const opened = context;
  return {
    page,
    close: async () => {
      await opened.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Browser-test fixtures. `server`: the real app (built SPA + API) on a free port, over a fresh clone of the seeded
 * database, one per test file, with that database for setting up what no screen does (granting a role);
 * `baseUrl` is its address. `page`: a page in a fresh Chromium profile per test, so language choices, sessions
 * and caches never leak between tests. `newPage`: another page in its own fresh profile, for a second person
 * (a reviewer beside an applicant, an anonymous visitor). Any console error or uncaught exception in any of them
 * fails the test.
 */
export const test = base.extend<{
  $test: { page: Page; browserErrors: BrowserErrorLog; newPage: () => Promise<Page> };
  $file: { server: { baseUrl: string; db: Db }; baseUrl: string };
}>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const { app, db, close } = await testApp({ webRoot });
      await app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = app.server.address() as AddressInfo;
      await use({ baseUrl: `http://127.0.0.1:${port}`, db });
      await close();
    },
    { scope: "file" },
  ],

  baseUrl: [async ({ server }, use) => use(server.baseUrl), { scope: "file" }],

  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern.
  browserErrors: async ({}, use) => {
    await use(new BrowserErrorLog());
  },

  page: async ({ browserErrors }, use) => {
    const { page, close } = await openFreshPage(browserErrors);
    try {
      await use(page);
      expect(browserErrors.unexpected(), "console errors or uncaught exceptions in the page").toEqual([]);
    } finally {
      await close();
    }
  },

  newPage: async ({ browserErrors }, use) => {
    const opened: (() => Promise<void>)[] = [];
    try {
      await use(async () => {
        const { page, close } = await openFreshPage(browserErrors);
        opened.push(close);
        return page;
      });
      if (opened.length > 0)
        expect(browserErrors.unexpected(), "console errors or uncaught exceptions in the pages").toEqual([]);
    } finally {
      for (const close of opened) await close();
    }
  },
});

export { expect };
