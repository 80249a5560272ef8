import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ArrowLeft, CircleAlert, FileQuestion } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { readApiError } from "#lib/api-error.ts";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { HistoryTab } from "#pages/systems/history.tsx";
import { SYSTEM_TABS, type SystemDetail, type SystemTab } from "#pages/systems/model.ts";
import { ObligationsTab } from "#pages/systems/obligations-tab.tsx";
import { OverviewTab } from "#pages/systems/overview.tsx";
import { RisksTab } from "#pages/systems/risks-tab.tsx";
import { SuspensionAlert, SystemHeader } from "#pages/systems/system-header.tsx";
import { trpc } from "#trpc.ts";

/** One AI system: its header, the suspension banner when suspended, and four tabs kept in the URL. */
export function SystemPage({ id, tab }: { id: string; tab: SystemTab }) {
  const { t } = useTranslation();
  const query = useQuery(trpc.systems.get.queryOptions({ id }));

  if (query.isPending) return <SystemSkeleton />;
  if (query.isError) {
    const { code } = readApiError(query.error);
    // Another organisation's system looks absent (NOT_FOUND); a malformed id is refused as BAD_REQUEST.
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <SystemNotFound />;
    return (
      <div className="flex flex-col gap-6">
        <BackLink />
        <Alert variant="destructive" data-testid="system-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("systems.page.loadFailed")}</AlertTitle>
          <AlertDescription>
            <p>{apiErrorMessage(query.error, t)}</p>
            <Button type="button" variant="outline" size="sm" onClick={() => void query.refetch()}>
              {t("systems.page.retry")}
            </Button>
          </AlertDescription>
        </Alert>
      </div>
    );
  }
  const system = query.data;
  return (
    <div className="flex flex-col gap-6" data-testid="system-page" data-system-id={system.id}>
      <BackLink />
      <SystemHeader system={system} />
      <SuspensionAlert system={system} />
      <SystemTabs id={system.id} current={tab} />
      <section id={`system-tab-${tab}`} aria-labelledby={`system-tab-link-${tab}`}>
        <TabContent system={system} tab={tab} />
      </section>
    </div>
  );
}

function TabContent({ system, tab }: { system: SystemDetail; tab: SystemTab }) {
  switch (tab) {
    case "risks":
      return <RisksTab system={system} />;
    case "obligations":
      return <ObligationsTab system={system} />;
    case "history":
      return <HistoryTab system={system} />;
    default:
      return <OverviewTab system={system} />;
  }
}

/** The tabs are links (`?tab=`), so each one can be shared, bookmarked and reached with Back. */
function SystemTabs({ id, current }: { id: string; current: SystemTab }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("systems.page.tabs.label")} className="border-b">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {SYSTEM_TABS.map((tab) => {
          const active = tab === current;
          return (
            <li key={tab}>
              <Link
                to="/systems/$id"
                params={{ id }}
                search={{ tab }}
                id={`system-tab-link-${tab}`}
                aria-current={active ? "page" : undefined}
                data-testid={`tab-${tab}`}
                className={cn(
                  "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:border-border hover:text-foreground",
                )}
              >
                {t(`systems.page.tabs.${tab}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link
      to="/portfolio"
      className="inline-flex w-fit items-center gap-1.5 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden />
      {t("systems.page.back")}
    </Link>
  );
}

function SystemNotFound() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center" data-testid="system-not-found">
      <span className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <FileQuestion className="size-6" aria-hidden />
      </span>
      <h1 className="text-2xl font-semibold tracking-tight">{t("systems.page.notFound.title")}</h1>
      <p className="max-w-md text-sm text-muted-foreground">{t("systems.page.notFound.description")}</p>
      <Button asChild>
        <Link to="/portfolio">{t("systems.page.notFound.back")}</Link>
      </Button>
    </div>
  );
}

function SystemSkeleton() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true" data-testid="system-loading">
      <Skeleton className="h-4 w-40" />
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-80 max-w-full" />
        <Skeleton className="h-6 w-48" />
      </div>
      <Skeleton className="h-20 w-full" />
      <Skeleton className="h-10 w-full max-w-md" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Skeleton className="h-[28rem] w-full" />
        <Skeleton className="h-[28rem] w-full" />
      </div>
    </div>
  );
}
