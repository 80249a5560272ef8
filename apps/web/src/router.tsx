import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type SearchSchemaInput,
} from "@tanstack/react-router";
import { ensureMe } from "#auth/session.ts";
import { AppShell } from "#components/app-shell.tsx";
import { AuthLayout } from "#pages/auth/auth-layout.tsx";
import { SignInPage } from "#pages/auth/sign-in.tsx";
import { SignUpPage } from "#pages/auth/sign-up.tsx";
import { type DashboardSearch, parseDashboardSearch } from "#pages/dashboard/model.ts";
import { InvitePage } from "#pages/invite.tsx";
import { NotFoundPage } from "#pages/not-found.tsx";
import { NewOrganisationPage } from "#pages/organisations/new.tsx";
import { type PortfolioSearch, parsePortfolioSearch } from "#pages/portfolio/model.ts";
import { ProtectedLayout } from "#pages/protected-layout.tsx";
import { RouteErrorPage } from "#pages/route-error.tsx";
import { MembersSettingsPage } from "#pages/settings/members.tsx";
import { OrganisationSettingsPage } from "#pages/settings/organisation.tsx";
import { SettingsLayout } from "#pages/settings/settings-layout.tsx";
import { StatusPage } from "#pages/status.tsx";
import { parseSystemSearch, type SystemTab } from "#pages/systems/model.ts";
import {
  DEFAULT_UPCOMING_MONTHS,
  parseTrackerSearch,
  parseUpcomingSearch,
  type TrackerSearch,
  type UpcomingMonths,
} from "#pages/tracker/model.ts";
import { queryClient, trpc } from "#trpc.ts";

const rootRoute = createRootRoute({
  component: Outlet,
  notFoundComponent: () => (
    <AppShell>
      <NotFoundPage />
    </AppShell>
  ),
});

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

// Public pages outside the shell: a centred card.
const authLayout = createRoute({ getParentRoute: () => rootRoute, id: "auth", component: AuthLayout });

const signInRoute = createRoute({
  getParentRoute: () => authLayout,
  path: "/sign-in",
  // `redirect` is checked (same-app paths only) where it is followed, not here.
  validateSearch: (search: { redirect?: string } & SearchSchemaInput): { redirect?: string } => ({
    redirect: optionalString(search.redirect),
  }),
  component: function SignInRoute() {
    const { redirect } = signInRoute.useSearch();
    return <SignInPage redirect={redirect} />;
  },
});

const signUpRoute = createRoute({
  getParentRoute: () => authLayout,
  path: "/sign-up",
  validateSearch: (
    search: { redirect?: string; email?: string } & SearchSchemaInput,
  ): { redirect?: string; email?: string } => ({
    redirect: optionalString(search.redirect),
    email: optionalString(search.email),
  }),
  component: function SignUpRoute() {
    const { redirect, email } = signUpRoute.useSearch();
    return <SignUpPage redirect={redirect} email={email} />;
  },
});

const inviteRoute = createRoute({
  getParentRoute: () => authLayout,
  path: "/invite/$token",
  component: function InviteRoute() {
    const { token } = inviteRoute.useParams();
    return <InvitePage token={token} />;
  },
});

// Everything else sits in the shell; only the status page is public there.
const shellLayout = createRoute({ getParentRoute: () => rootRoute, id: "app", component: AppShell });

const indexRoute = createRoute({
  getParentRoute: () => shellLayout,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/status", replace: true });
  },
});

const statusRoute = createRoute({
  getParentRoute: () => shellLayout,
  path: "/status",
  component: StatusPage,
});

/** Sends a signed-out visitor to sign in, remembering where they were going. */
const signedInLayout = createRoute({
  getParentRoute: () => shellLayout,
  id: "signed-in",
  beforeLoad: async ({ location }) => {
    const me = await ensureMe();
    if (!me) throw redirect({ to: "/sign-in", search: { redirect: location.href }, replace: true });
  },
  component: ProtectedLayout,
});

// Honest placeholders until their features land: each says what it will hold.
// The register's pages load on first visit, outside the initial bundle (React Flow is heavy).
const PortfolioPage = lazyRouteComponent(() => import("#pages/portfolio/portfolio.tsx"), "PortfolioPage");
const NewSystemPage = lazyRouteComponent(() => import("#pages/systems/new/new-system.tsx"), "NewSystemPage");
const SystemPage = lazyRouteComponent(() => import("#pages/systems/system.tsx"), "SystemPage");

const portfolioRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/portfolio",
  // Filters, sort and page live in the URL: a filtered view can be shared and survives a reload.
  validateSearch: (search: PortfolioSearch & SearchSchemaInput): PortfolioSearch =>
    parsePortfolioSearch(search),
  loader: () => PortfolioPage.preload?.(),
  component: function PortfolioRoute() {
    const search = portfolioRoute.useSearch();
    return <PortfolioPage search={search} />;
  },
});
const newSystemRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/systems/new",
  loader: () => NewSystemPage.preload?.(),
  component: NewSystemPage,
});
const systemRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/systems/$id",
  validateSearch: (search: { tab?: SystemTab } & SearchSchemaInput): { tab?: SystemTab } =>
    parseSystemSearch(search),
  loader: ({ params }) => {
    void queryClient.prefetchQuery(trpc.systems.get.queryOptions({ id: params.id }));
    return SystemPage.preload?.();
  },
  component: function SystemRoute() {
    const { id } = systemRoute.useParams();
    const { tab } = systemRoute.useSearch();
    return <SystemPage id={id} tab={tab ?? "overview"} />;
  },
});
const DashboardPage = lazyRouteComponent(() => import("#pages/dashboard/dashboard.tsx"), "DashboardPage");
const dashboardRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/dashboard",
  // The as-of date and the currency live in the URL, so a view can be shared.
  validateSearch: (search: DashboardSearch & SearchSchemaInput): DashboardSearch =>
    parseDashboardSearch(search),
  loader: () => DashboardPage.preload?.(),
  component: function DashboardRoute() {
    const search = dashboardRoute.useSearch();
    return <DashboardPage search={search} />;
  },
});

// The tracker's pages load on first visit (or on hovering a link to them), outside the initial bundle.
const TrackerListPage = lazyRouteComponent(() => import("#pages/tracker/list.tsx"), "TrackerListPage");
const JurisdictionPage = lazyRouteComponent(
  () => import("#pages/tracker/jurisdiction.tsx"),
  "JurisdictionPage",
);
const UpcomingPage = lazyRouteComponent(() => import("#pages/tracker/upcoming.tsx"), "UpcomingPage");

const trackerRoute = createRoute({ getParentRoute: () => signedInLayout, path: "/tracker" });
const trackerIndexRoute = createRoute({
  getParentRoute: () => trackerRoute,
  path: "/",
  // Filters live in the URL, so a filtered view can be shared and survives a reload.
  validateSearch: (search: TrackerSearch & SearchSchemaInput): TrackerSearch => parseTrackerSearch(search),
  loader: () => TrackerListPage.preload?.(),
  component: function TrackerRoute() {
    const search = trackerIndexRoute.useSearch();
    return <TrackerListPage search={search} />;
  },
});
const trackerUpcomingRoute = createRoute({
  getParentRoute: () => trackerRoute,
  path: "/upcoming",
  validateSearch: (search: { months?: UpcomingMonths } & SearchSchemaInput): { months?: UpcomingMonths } =>
    parseUpcomingSearch(search),
  loader: () => UpcomingPage.preload?.(),
  component: function TrackerUpcomingRoute() {
    const { months } = trackerUpcomingRoute.useSearch();
    return <UpcomingPage months={months ?? DEFAULT_UPCOMING_MONTHS} />;
  },
});
const trackerJurisdictionRoute = createRoute({
  getParentRoute: () => trackerRoute,
  path: "/$code",
  loader: ({ params }) => {
    void queryClient.prefetchQuery(trpc.regulations.jurisdiction.queryOptions({ code: params.code }));
    return JurisdictionPage.preload?.();
  },
  component: function TrackerJurisdictionRoute() {
    const { code } = trackerJurisdictionRoute.useParams();
    return <JurisdictionPage code={code} />;
  },
});
const InboxPage = lazyRouteComponent(() => import("#pages/inbox/inbox.tsx"), "InboxPage");
const inboxRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/inbox",
  loader: () => {
    void queryClient.prefetchQuery(trpc.reminders.inbox.queryOptions({}));
    return InboxPage.preload?.();
  },
  component: InboxPage,
});

const newOrganisationRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/organisations/new",
  component: NewOrganisationPage,
});

const settingsRoute = createRoute({
  getParentRoute: () => signedInLayout,
  path: "/settings",
  component: SettingsLayout,
});
const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/settings/organisation", replace: true });
  },
});
const organisationSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: "/organisation",
  component: OrganisationSettingsPage,
});
const membersSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: "/members",
  component: MembersSettingsPage,
});

const routeTree = rootRoute.addChildren([
  authLayout.addChildren([signInRoute, signUpRoute, inviteRoute]),
  shellLayout.addChildren([
    indexRoute,
    statusRoute,
    signedInLayout.addChildren([
      portfolioRoute,
      newSystemRoute,
      systemRoute,
      dashboardRoute,
      trackerRoute.addChildren([trackerIndexRoute, trackerUpcomingRoute, trackerJurisdictionRoute]),
      inboxRoute,
      newOrganisationRoute,
      settingsRoute.addChildren([settingsIndexRoute, organisationSettingsRoute, membersSettingsRoute]),
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: "intent",
  defaultErrorComponent: RouteErrorPage,
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
