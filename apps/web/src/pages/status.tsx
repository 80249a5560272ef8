import { useQuery } from "@tanstack/react-query";
import {
  BookMarked,
  CircleAlert,
  Database,
  DatabaseZap,
  type LucideIcon,
  RefreshCw,
  Server,
  ShieldAlert,
  ShieldCheck,
} from "lucide-react";
import type * as React from "react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardAction, CardContent, CardDescription, CardHeader } from "#components/ui/card.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { errorMessage, formatDateTime, isTransportError } from "#lib/format.ts";
import { cn } from "#lib/utils.ts";
import { PageHeader } from "#pages/page-header.tsx";
import { trpc } from "#trpc.ts";

const REFETCH_SECONDS = 15;

/** What the API reports about itself and its database; the first page that talks to the server. */
export function StatusPage() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    ...trpc.health.status.queryOptions(),
    refetchInterval: REFETCH_SECONDS * 1000,
  });
  const { data, isPending, isError, isFetching, error } = query;
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Stale figures stay visible after a failed refresh, dimmed, so an outage does not erase context.
  const stale = isError && data !== undefined;

  return (
    <div className="flex flex-col gap-6" data-testid="page-status">
      <PageHeader
        title={t("status.title")}
        description={t("status.description")}
        actions={
          <Button
            variant="outline"
            onClick={() => void query.refetch()}
            disabled={isFetching}
            data-testid="status-refresh"
          >
            <RefreshCw className={cn(isFetching && "animate-spin")} aria-hidden />
            {isFetching ? t("status.refreshing") : t("status.refresh")}
          </Button>
        }
      />

      <p className="text-sm text-muted-foreground" aria-live="polite">
        {data ? (
          <>
            <span>{t("status.lastChecked")} </span>
            <time dateTime={data.checkedAt.toISOString()} data-testid="status-checked-at">
              {formatDateTime(data.checkedAt, language)}
            </time>
            <span> · </span>
          </>
        ) : null}
        <span>{t("status.autoRefresh", { seconds: REFETCH_SECONDS })}</span>
      </p>

      {isError ? (
        <Alert variant="destructive" data-testid="status-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("status.error.title")}</AlertTitle>
          <AlertDescription>
            {isTransportError(error)
              ? t("status.error.noAnswer", { detail: errorMessage(error) ?? t("status.error.unknown") })
              : (errorMessage(error) ?? t("status.error.unknown"))}
          </AlertDescription>
        </Alert>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <StatusCard icon={Server} title={t("status.api.title")}>
          <div
            data-testid="status-api"
            data-state={isError ? "unreachable" : isPending ? "checking" : "reachable"}
          >
            {isPending ? (
              <Indicator tone="muted" label={t("status.api.checking")} />
            ) : isError ? (
              <Indicator tone="bad" label={t("status.api.unreachable")} />
            ) : (
              <Indicator tone="good" label={t("status.api.reachable")} />
            )}
          </div>
        </StatusCard>

        {isPending ? (
          <>
            <LoadingCard icon={Database} title={t("status.database.title")} />
            <LoadingCard icon={DatabaseZap} title={t("status.migrations.title")} />
            <LoadingCard icon={ShieldCheck} title={t("status.requestRole.title")} />
            <LoadingCard icon={BookMarked} title={t("status.catalogue.title")} />
          </>
        ) : data ? (
          <>
            <StatusCard icon={Database} title={t("status.database.title")} stale={stale}>
              <div className="text-lg font-semibold">
                <span data-testid="status-db-mode" data-mode={data.database.mode}>
                  {data.database.mode === "embedded"
                    ? t("status.database.embedded")
                    : t("status.database.postgres")}
                </span>
              </div>
              <p className="text-sm text-muted-foreground">
                {t("status.database.serverVersion", { version: data.database.serverVersion })}
              </p>
            </StatusCard>

            <StatusCard
              icon={DatabaseZap}
              title={t("status.migrations.title")}
              stale={stale}
              action={
                data.database.migrations.current ? (
                  <Badge variant="success">{t("status.migrations.current")}</Badge>
                ) : (
                  <Badge variant="warning">{t("status.migrations.pending")}</Badge>
                )
              }
            >
              <div
                className="text-lg font-semibold"
                data-testid="status-migrations"
                data-applied={data.database.migrations.applied}
                data-expected={data.database.migrations.expected}
              >
                {t("status.migrations.applied", {
                  applied: data.database.migrations.applied,
                  expected: data.database.migrations.expected,
                })}
              </div>
            </StatusCard>

            <RequestRoleCard role={data.database.requestRole} stale={stale} />

            <StatusCard icon={BookMarked} title={t("status.catalogue.title")} stale={stale}>
              <div className="text-sm text-muted-foreground">{t("status.catalogue.version")}</div>
              <div className="font-mono text-lg font-semibold" data-testid="status-catalogue-version">
                {data.catalogueVersion}
              </div>
            </StatusCard>
          </>
        ) : null}
      </div>
    </div>
  );
}

function RequestRoleCard({
  role,
  stale,
}: {
  role: { role: string; superuser: boolean; bypassRls: boolean };
  stale: boolean;
}) {
  const { t } = useTranslation();
  const unsafe = role.superuser || role.bypassRls;
  const yesNo = (value: boolean) => (value ? t("common.yes") : t("common.no"));
  return (
    <StatusCard
      icon={unsafe ? ShieldAlert : ShieldCheck}
      title={t("status.requestRole.title")}
      stale={stale}
      action={
        unsafe ? (
          <Badge variant="destructive">{t("status.requestRole.unsafe")}</Badge>
        ) : (
          <Badge variant="success">{t("status.requestRole.safe")}</Badge>
        )
      }
    >
      <div data-testid="status-request-role" data-role={role.role} data-unsafe={unsafe}>
        <div className="font-mono text-lg font-semibold">{role.role}</div>
        <p className={cn("text-sm", unsafe ? "font-medium text-destructive" : "text-muted-foreground")}>
          <span>{t("status.requestRole.superuser", { value: yesNo(role.superuser) })}</span>
          <span aria-hidden> / </span>
          <span>{t("status.requestRole.bypassRls", { value: yesNo(role.bypassRls) })}</span>
        </p>
      </div>
    </StatusCard>
  );
}

function StatusCard({
  icon: Icon,
  title,
  action,
  stale = false,
  children,
}: {
  icon: LucideIcon;
  title: string;
  action?: React.ReactNode;
  stale?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Card className={cn("transition-opacity", stale && "opacity-60")}>
      <CardHeader>
        <CardDescription className="flex items-center gap-2 font-medium">
          <Icon className="size-4" aria-hidden />
          <h2>{title}</h2>
        </CardDescription>
        {action ? <CardAction>{action}</CardAction> : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-1">{children}</CardContent>
    </Card>
  );
}

function LoadingCard({ icon, title }: { icon: LucideIcon; title: string }) {
  return (
    <StatusCard icon={icon} title={title}>
      <Skeleton className="h-6 w-40" />
      <Skeleton className="h-4 w-28" />
    </StatusCard>
  );
}

function Indicator({ tone, label }: { tone: "good" | "bad" | "muted"; label: string }) {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold">
      <span
        aria-hidden
        className={cn(
          "size-2.5 rounded-full",
          tone === "good" && "bg-success",
          tone === "bad" && "bg-destructive",
          tone === "muted" && "animate-pulse bg-muted-foreground/50",
        )}
      />
      {label}
    </span>
  );
}
