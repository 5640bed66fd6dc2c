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
            path: "hubs",
            lazy: async () => ({ Component: (await import("./routes/hubs-directory.route.tsx")).HubsDirectoryRoute }),
          },
          {
            path: "hubs/:slug",
            lazy: async () => ({ Component: (await import("./routes/hub-detail.route.tsx")).HubDetailRoute }),
          },
          {
            path: "login",
            lazy: async () => ({ Component: (await import("./routes/login.route.tsx")).LoginRoute }),
          },
          {
            path: "register",
            lazy: async () => ({ Component: (await import("./routes/register.route.tsx")).RegisterRoute }),
          },
          {
            path: "me",
            lazy: async () => ({ Component: (await import("./routes/dashboard.route.tsx")).DashboardRoute }),
          },
          {
            path: "me/hubs/new",
            lazy: async () => ({ Component: (await import("./routes/hub-create.route.tsx")).HubCreateRoute }),
          },
          {
            path: "me/hubs/:id",
            lazy: async () => ({ Component: (await import("./routes/hub-manage.route.tsx")).HubManageRoute }),
          },
          {
            path: "notifications",
            lazy: async () => ({ Component: (await import("./routes/notifications.route.tsx")).NotificationsRoute }),
          },
          {
            path: "applications/:id",
            lazy: async () => ({ Component: (await import("./routes/application.route.tsx")).ApplicationRoute }),
          },
          {
            path: "review",
            lazy: async () => ({ Component: (await import("./routes/review-queue.route.tsx")).ReviewQueueRoute }),
          },
          {
            path: "review/:id",
            lazy: async () => ({
              Component: (await import("./routes/review-decision.route.tsx")).ReviewDecisionRoute,
            }),
          },
          {
            path: "networks/:slug/assessments",
            lazy: async () => ({ Component: (await import("./routes/assessments.route.tsx")).AssessmentsRoute }),
          },
          {
            path: "networks/:slug/admin",
            lazy: async () => ({ Component: (await import("./routes/network-admin.route.tsx")).NetworkAdminRoute }),
          },
          {
            path: "frameworks/:id",
            lazy: async () => ({ Component: (await import("./routes/framework.route.tsx")).FrameworkRoute }),
          },
          {
            path: "rounds/:id",
            lazy: async () => ({ Component: (await import("./routes/round.route.tsx")).RoundRoute }),
          },
          {
            path: "rounds/:id/hubs/:hubId",
            lazy: async () => ({ Component: (await import("./routes/round-hub.route.tsx")).RoundHubRoute }),
          },
          {
            path: "rounds/:id/results",
            lazy: async () => ({ Component: (await import("./routes/round-results.route.tsx")).RoundResultsRoute }),
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
