import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { AppShell } from "#components/app-shell.tsx";
import { NotFoundPage } from "#pages/not-found.tsx";
import { PlaceholderPage } from "#pages/placeholder.tsx";
import { StatusPage } from "#pages/status.tsx";

const rootRoute = createRootRoute({
  component: AppShell,
  notFoundComponent: NotFoundPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/status", replace: true });
  },
});

const statusRoute = createRoute({ getParentRoute: () => rootRoute, path: "/status", component: StatusPage });

// Honest placeholders until their features land: each says what it will hold.
const portfolioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/portfolio",
  component: () => <PlaceholderPage page="portfolio" />,
});
const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/dashboard",
  component: () => <PlaceholderPage page="dashboard" />,
});
const trackerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/tracker",
  component: () => <PlaceholderPage page="tracker" />,
});
const inboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inbox",
  component: () => <PlaceholderPage page="inbox" />,
});
const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/settings",
  component: () => <PlaceholderPage page="settings" />,
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  statusRoute,
  portfolioRoute,
  dashboardRoute,
  trackerRoute,
  inboxRoute,
  settingsRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPreload: "intent",
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
