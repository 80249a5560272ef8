import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { CalendarPlus, CircleAlert, MailCheck } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent } from "#components/ui/card.tsx";
import { Input } from "#components/ui/input.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { PageHeader } from "#pages/page-header.tsx";
import { IsoDate } from "#pages/tracker/badges.tsx";
import { trpc } from "#trpc.ts";

const KIND_BADGE = {
  review_due: "warning",
  review_overdue: "destructive",
  mitigation_due: "secondary",
} as const;

/** The signed-in member's reminders and escalations, newest first, each linking to its system. */
export function InboxPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.reminders.inbox.queryOptions({}));
  const markRead = useMutation(
    trpc.reminders.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.reminders.inbox.pathKey() }),
    }),
  );
  const unreadIds = query.data?.items.filter((item) => !item.readAt).map((item) => item.id) ?? [];

  return (
    <div className="flex flex-col gap-6" data-testid="page-inbox">
      <PageHeader
        title={t("inbox.title")}
        description={t("inbox.description")}
        actions={
          unreadIds.length > 0 ? (
            <Button
              variant="outline"
              size="sm"
              data-testid="inbox-mark-all"
              disabled={markRead.isPending}
              onClick={() => markRead.mutate({ ids: unreadIds })}
            >
              <MailCheck aria-hidden />
              {t("inbox.markAllRead")}
            </Button>
          ) : null
        }
      />
      {markRead.isError ? (
        <Alert variant="destructive" data-testid="inbox-mark-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("inbox.markFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(markRead.error, t)}</AlertDescription>
        </Alert>
      ) : null}
      {query.isPending ? (
        <div className="grid gap-3">
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-16 w-full" />
        </div>
      ) : query.isError ? (
        <Alert variant="destructive" data-testid="inbox-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("inbox.loadFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(query.error, t)}</AlertDescription>
        </Alert>
      ) : query.data.items.length === 0 ? (
        <Card className="border-dashed shadow-none" data-testid="inbox-empty">
          <CardContent className="py-10 text-center text-sm text-muted-foreground">
            {t("inbox.empty")}
          </CardContent>
        </Card>
      ) : (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="inbox-unread">
            {t("inbox.unread", { count: query.data.unread })}
          </p>
          <Card className="py-0">
            <ul className="divide-y">
              {query.data.items.map((item) => {
                const unread = !item.readAt;
                const days = Math.abs(item.offsetDays);
                return (
                  <li
                    key={item.id}
                    data-testid="inbox-item"
                    data-kind={item.kind}
                    data-unread={unread ? "true" : undefined}
                    className={cn(
                      "grid gap-2 px-4 py-3 sm:grid-cols-[9rem_1fr_auto] sm:items-start",
                      unread && "bg-accent/40",
                    )}
                  >
                    <div className="flex flex-wrap items-center gap-1.5">
                      <Badge variant={KIND_BADGE[item.kind]}>{t(`inbox.kind.${item.kind}`)}</Badge>
                      {unread ? <Badge variant="outline">{t("inbox.new")}</Badge> : null}
                    </div>
                    <div className="flex flex-col gap-1 text-sm">
                      <p className={cn(unread && "font-medium")}>
                        {t(`inbox.text.${item.kind}`, {
                          system: item.systemName,
                          action: item.mitigationAction ?? "",
                          date: item.dueDate,
                        })}
                      </p>
                      <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                        <IsoDate date={item.dueDate} />
                        <span>
                          {t(item.offsetDays >= 0 ? "inbox.when.before" : "inbox.when.after", {
                            count: days,
                          })}
                        </span>
                        <Link
                          to="/systems/$id"
                          params={{ id: item.systemId }}
                          className="font-medium text-foreground underline-offset-4 hover:underline"
                          data-testid="inbox-open-system"
                        >
                          {t("inbox.openSystem", { system: item.systemName })}
                        </Link>
                      </p>
                    </div>
                    {unread ? (
                      <Button
                        variant="ghost"
                        size="sm"
                        data-testid="inbox-mark-read"
                        disabled={markRead.isPending}
                        onClick={() => markRead.mutate({ ids: [item.id] })}
                      >
                        {t("inbox.markRead")}
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </Card>
        </>
      )}
      <CalendarFeed />
    </div>
  );
}

/** Issues the member's secret iCalendar link (each issue replaces the previous one). */
function CalendarFeed() {
  const { t } = useTranslation();
  const issue = useMutation(trpc.reminders.calendarUrl.mutationOptions());
  const url = issue.data ? `${window.location.origin}${issue.data.path}` : null;
  return (
    <Card data-testid="inbox-calendar">
      <CardContent className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <h2 className="text-sm font-semibold">{t("inbox.calendar.title")}</h2>
          <p className="text-sm text-muted-foreground">{t("inbox.calendar.description")}</p>
        </div>
        {url ? (
          <Input
            readOnly
            value={url}
            aria-label={t("inbox.calendar.label")}
            data-testid="inbox-calendar-url"
            onFocus={(event) => event.currentTarget.select()}
          />
        ) : null}
        {issue.isError ? (
          <Alert variant="destructive">
            <CircleAlert aria-hidden />
            <AlertTitle>{t("inbox.calendar.failed")}</AlertTitle>
            <AlertDescription>{apiErrorMessage(issue.error, t)}</AlertDescription>
          </Alert>
        ) : null}
        <Button
          variant="outline"
          size="sm"
          className="w-fit"
          disabled={issue.isPending}
          data-testid="inbox-calendar-issue"
          onClick={() => issue.mutate()}
        >
          <CalendarPlus aria-hidden />
          {url ? t("inbox.calendar.rotate") : t("inbox.calendar.issue")}
        </Button>
      </CardContent>
    </Card>
  );
}
