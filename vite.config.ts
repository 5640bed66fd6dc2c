import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Absolute paths, so that `vite build` behaves the same from the repo root, from the e2e globalSetup and from CI.
const webRoot = fileURLToPath(new URL("./web", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/web", import.meta.url));

/**
 * Builds the SPA in `web/` into `dist/web/`, which `creative-network serve --web-root dist/web` serves.
 * In `vite` dev mode, `/api` is proxied to the API server; `API_URL` points it elsewhere (default port 3000).
 */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // ECharts and Leaflet live in their own lazy chunks; a chunk near 500 kB is expected there, not in the entry.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: { "/api": process.env.API_URL ?? "http://127.0.0.1:3000" },
  },
  preview: {
    proxy: { "/api": process.env.API_URL ?? "http://127.0.0.1:3000" },
  },
});
