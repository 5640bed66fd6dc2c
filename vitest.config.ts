import { defineConfig } from "vitest/config";

// Three tiers, named by what they touch (docs/architecture.md): unit touches nothing outside the process,
// module runs the real app on a cloned database, e2e drives Debian's Chromium against a served build.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "scoring/**/*.test.ts",
            "contract/**/*.test.ts",
            "web/**/*.test.{ts,tsx}",
            "test/boundaries.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "module",
          include: ["server/**/*.test.ts", "cli/**/*.test.ts"],
          globalSetup: ["test/setup/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/setup/global-setup.ts", "test/e2e/build-web.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
