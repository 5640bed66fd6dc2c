import { createBrowserRouter, Navigate } from "react-router";
import { paths } from "../lib/paths.ts";
import { LoadingState } from "../ui/loading-state.tsx";
import { AppLayout } from "./app-layout.tsx";
import { RouteError } from "./route-error.tsx";

/**
 * The SPA's routes. Each page is its own chunk, loaded when first visited. Paths are built by `lib/paths.ts`;
 * change both together. The server answers unknown paths with `index.html`, so every route here can be
 * opened directly from a shared link.
 */
export const router = createBrowserRouter([
  {
    path: "/",
    Component: AppLayout,
    HydrateFallback: () => <LoadingState />,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          // The directory is the platform's public front door until the hubs registry joins it.
          { index: true, element: <Navigate to={paths.cities.directory()} replace /> },
          {
            path: "cities",
            lazy: async () => ({
              Component: (await import("./routes/cities-directory.route.tsx")).CitiesDirectoryRoute,
            }),
          },
          {
            path: "cities/:slug",
            lazy: async () => ({ Component: (await import("./routes/city-detail.route.tsx")).CityDetailRoute }),
          },
          {
            path: "*",
            lazy: async () => ({ Component: (await import("./routes/not-found.route.tsx")).NotFoundRoute }),
          },
        ],
      },
    ],
  },
]);
