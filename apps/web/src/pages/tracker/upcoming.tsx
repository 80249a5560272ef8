import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { ArrowLeft, CircleAlert } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Card, CardContent } from "#components/ui/card.tsx";
import { Label } from "#components/ui/label.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { PageHeader } from "#pages/page-header.tsx";
import { ConfidenceBadge, IsoDate, useLocale } from "#pages/tracker/badges.tsx";
import { formatMonth } from "#pages/tracker/format.ts";
import { groupByMonth, UPCOMING_MONTHS, type UpcomingMonths } from "#pages/tracker/model.ts";
import { trpc } from "#trpc.ts";

/** Every dated change in the catalogue over the coming months, month by month. */
export function UpcomingPage({ months }: { months: UpcomingMonths }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const id = useId();
  const query = useQuery({
    ...trpc.regulations.upcoming.queryOptions({ months }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="flex flex-col gap-6" data-testid="page-upcoming">
      <Link
        to="/tracker"
        className="inline-flex w-fit items-center gap-1.5 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t("tracker.detail.back")}
      </Link>
      <PageHeader
        title={t("tracker.upcoming.title")}
        description={t("tracker.upcoming.description")}
        actions={
          <div className="flex items-center gap-2">
            <Label htmlFor={`${id}-months`} className="whitespace-nowrap">
              {t("tracker.upcoming.period")}
            </Label>
            <NativeSelect
              id={`${id}-months`}
              className="w-44"
              value={String(months)}
              data-testid="upcoming-months"
              onChange={(event) => {
                const next = UPCOMING_MONTHS.find((m) => String(m) === event.target.value);
                if (next) void navigate({ to: "/tracker/upcoming", search: { months: next }, replace: true });
              }}
            >
              {UPCOMING_MONTHS.map((m) => (
                <option key={m} value={m}>
                  {t("tracker.upcoming.months", { months: m })}
                </option>
              ))}
            </NativeSelect>
          </div>
        }
      />

      {query.isPending ? (
        <div className="grid gap-3">
          <Skeleton className="h-6 w-40" />
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-6 w-40" />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : query.isError ? (
        <Alert variant="destructive" data-testid="upcoming-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("tracker.upcoming.loadFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(query.error, t)}</AlertDescription>
        </Alert>
      ) : query.data.length === 0 ? (
        <Card className="border-dashed shadow-none" data-testid="upcoming-empty">
          <CardContent className="py-10 text-center text-sm text-muted-foreground">
            {t("tracker.upcoming.empty", { months })}
          </CardContent>
        </Card>
      ) : (
        <div
          className={cn("flex flex-col gap-6 transition-opacity", query.isPlaceholderData && "opacity-60")}
        >
          <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="upcoming-count">
            {t("tracker.upcoming.count", { count: query.data.length })}
          </p>
          {groupByMonth(query.data).map((group) => (
            <section key={group.month} aria-labelledby={`${id}-${group.month}`} data-month={group.month}>
              <h2
                id={`${id}-${group.month}`}
                className="sticky top-14 z-10 mb-2 bg-background/95 py-1 text-sm font-semibold tracking-wide text-muted-foreground uppercase backdrop-blur"
              >
                {formatMonth(group.month, locale)}
              </h2>
              <Card className="py-0">
                <ol className="divide-y">
                  {group.items.map((change, index) => (
                    <li
                      // One instrument may list two steps on the same day.
                      key={`${change.jurisdiction.code}-${change.instrument.id}-${change.date}-${index}`}
                      data-testid="upcoming-item"
                      data-date={change.date}
                      data-jurisdiction={change.jurisdiction.code}
                      className="grid gap-2 px-4 py-3 sm:grid-cols-[7rem_12rem_1fr_auto] sm:items-start"
                    >
                      <IsoDate date={change.date} className="text-sm font-medium tabular-nums" />
                      <Link
                        to="/tracker/$code"
                        params={{ code: change.jurisdiction.code }}
                        className="flex items-baseline gap-2 text-sm font-medium underline-offset-4 hover:underline"
                      >
                        <span>{change.jurisdiction.name}</span>
                        <span className="font-mono text-xs font-normal text-muted-foreground">
                          {change.jurisdiction.code}
                        </span>
                      </Link>
                      <div className="flex flex-col gap-0.5 text-sm">
                        <span>{change.what}</span>
                        <span className="text-xs text-muted-foreground">{change.instrument.name}</span>
                      </div>
                      <div className="sm:justify-self-end">
                        <ConfidenceBadge confidence={change.confidence} />
                      </div>
                    </li>
                  ))}
                </ol>
              </Card>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
