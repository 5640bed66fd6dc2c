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
          // A guard against hangs, not a speed goal (those live in bench/): the CLI and migration tests start
          // processes and build schemas, which on a loaded 2-core machine took over 30 s.
          testTimeout: 90_000,
          hookTimeout: 90_000,
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
