import { useQuery } from "@tanstack/react-query";
import { Link, Outlet, useLocation } from "@tanstack/react-router";
import {
  Activity,
  FolderKanban,
  Inbox,
  LayoutDashboard,
  LogIn,
  type LucideIcon,
  Scale,
  Settings,
  ShieldCheck,
} from "lucide-react";
import type * as React from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "#auth/session.ts";
import { OrganisationSwitcher } from "#components/organisation-switcher.tsx";
import { Button } from "#components/ui/button.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { UserMenu } from "#components/user-menu.tsx";
import { trpc } from "#trpc.ts";

type NavName = "portfolio" | "dashboard" | "tracker" | "inbox" | "settings" | "status";
type NavItem = {
  name: NavName;
  to: "/portfolio" | "/dashboard" | "/tracker" | "/inbox" | "/settings/organisation" | "/status";
  /** The item stays highlighted anywhere under this path (Settings has sub-pages). */
  section?: string;
  icon: LucideIcon;
};

const workspaceNav: NavItem[] = [
  { name: "portfolio", to: "/portfolio", icon: FolderKanban },
  { name: "dashboard", to: "/dashboard", icon: LayoutDashboard },
  { name: "tracker", to: "/tracker", icon: Scale },
  { name: "inbox", to: "/inbox", icon: Inbox },
  { name: "settings", to: "/settings/organisation", section: "/settings", icon: Settings },
];
const systemNav: NavItem[] = [{ name: "status", to: "/status", icon: Activity }];

/** The frame around every page: header with the organisation and user menus, sidebar, content. */
export function AppShell({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div data-testid="app-shell" className="flex min-h-svh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:shadow"
      >
        {t("app.skipToContent")}
      </a>
      <header className="sticky top-0 z-30 flex h-14 shrink-0 items-center gap-3 border-b bg-background/95 px-4 backdrop-blur">
        <Link
          to="/status"
          className="flex items-center gap-2 rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <span className="flex size-8 items-center justify-center rounded-md bg-primary text-primary-foreground">
            <ShieldCheck className="size-4.5" aria-hidden />
          </span>
          <span className="flex flex-col leading-tight">
            <span className="font-semibold tracking-tight">{t("app.name")}</span>
            <span className="hidden text-xs text-muted-foreground sm:block">{t("app.tagline")}</span>
          </span>
        </Link>
        <div className="ml-auto flex items-center gap-2">
          <SessionMenus />
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="sticky top-14 h-[calc(100svh-3.5rem)] w-14 shrink-0 border-r border-sidebar-border bg-sidebar text-sidebar-foreground md:w-60">
          <nav aria-label={t("nav.label")} className="flex flex-col gap-6 p-2 md:p-3">
            <NavSection title={t("nav.workspace")} items={workspaceNav} />
            <NavSection title={t("nav.system")} items={systemNav} />
          </nav>
        </aside>
        <main id="main" className="min-w-0 flex-1">
          <div className="mx-auto w-full max-w-6xl px-4 py-6 md:px-8 md:py-8">{children ?? <Outlet />}</div>
        </main>
      </div>
    </div>
  );
}

/** The organisation switcher and account menu when signed in, a sign-in button otherwise. */
function SessionMenus() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data) {
    return (
      <>
        <OrganisationSwitcher me={me.data} />
        <UserMenu me={me.data} />
      </>
    );
  }
  if (me.data === null || me.isError) {
    return (
      <Button asChild size="sm" variant="outline">
        <Link to="/sign-in" data-testid="header-sign-in">
          <LogIn aria-hidden />
          {t("header.user.signIn")}
        </Link>
      </Button>
    );
  }
  return <Skeleton className="h-8 w-40" />;
}

function NavSection({ title, items }: { title: string; items: NavItem[] }) {
  const { t } = useTranslation();
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <div className="flex flex-col gap-1">
      <div className="hidden px-3 pb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase md:block">
        {title}
      </div>
      <ul className="flex flex-col gap-0.5">
        {items.map(({ name, to, section, icon: Icon }) => {
          const inSection =
            section !== undefined && (pathname === section || pathname.startsWith(`${section}/`));
          return (
            <li key={name}>
              <Link
                to={to}
                data-testid={`nav-${name}`}
                data-status={inSection ? "active" : undefined}
                aria-current={inSection ? "page" : undefined}
                title={t(`nav.${name}`)}
                className="relative flex h-9 items-center justify-center gap-3 rounded-md px-3 text-sm font-medium outline-none transition-colors hover:bg-sidebar-accent/60 hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 data-[status=active]:bg-sidebar-accent data-[status=active]:text-sidebar-accent-foreground md:justify-start"
              >
                <Icon className="size-4 shrink-0" aria-hidden />
                <span className="sr-only md:not-sr-only">{t(`nav.${name}`)}</span>
                {name === "inbox" ? <UnreadBadge /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The inbox's unread count beside its nav item, while signed in to an organisation. */
function UnreadBadge() {
  const { t } = useTranslation();
  const me = useMe();
  const inbox = useQuery({
    ...trpc.reminders.inbox.queryOptions({ unreadOnly: true, limit: 1 }),
    enabled: Boolean(me.data?.activeOrganisation),
    refetchInterval: 5 * 60_000,
  });
  const unread = inbox.data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <span
      data-testid="inbox-unread-badge"
      title={t("inbox.badge", { count: unread })}
      className="absolute top-1 right-1 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[0.625rem] font-semibold text-white tabular-nums md:static md:ml-auto md:h-5 md:min-w-5 md:text-xs"
    >
      <span aria-hidden>{unread > 99 ? "99+" : unread}</span>
      <span className="sr-only">{t("inbox.badge", { count: unread })}</span>
    </span>
  );
}
