import { Link } from "@tanstack/react-router";
import { CalendarClock, CirclePause, OctagonAlert } from "lucide-react";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader } from "#components/ui/card.tsx";
import type { Drill, LineGroups } from "#pages/dashboard/breakdowns.tsx";
import { suspensionRisks } from "#pages/dashboard/lines.ts";
import type { Dashboard } from "#pages/dashboard/model.ts";
import { SectionTitle } from "#pages/dashboard/parts.tsx";
import { StatusBadge, useLocale } from "#pages/tracker/badges.tsx";
import { formatIsoDate } from "#pages/tracker/format.ts";
import { STATUSES } from "#pages/tracker/model.ts";

/**
 * The dashboard's lists: systems at risk of suspension, suspended systems, overdue reviews (each
 * linking to the system and to its line items), and the jurisdictions with no monetary exposure.
 */

function ListCard({
  testId,
  title,
  description,
  icon: Icon,
  count,
  children,
}: {
  testId: string;
  title: string;
  description: string;
  icon: typeof CirclePause;
  count: number;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Card role="region" aria-labelledby={titleId} data-testid={testId} data-count={count} className="h-full">
      <CardHeader>
        <SectionTitle
          id={titleId}
          action={
            <Badge variant={count > 0 ? "secondary" : "outline"} className="tabular-nums">
              {count}
            </Badge>
          }
        >
          <span className="inline-flex items-center gap-2">
            <Icon className="size-4 text-muted-foreground" aria-hidden />
            {title}
          </span>
        </SectionTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** Items a list shows before "Show all": a portfolio of thousands can have hundreds overdue. */
const CAP = 8;

function useCapped<T>(rows: readonly T[]): { shown: readonly T[]; more: ReactNode } {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (rows.length <= CAP) return { shown: rows, more: null };
  return {
    shown: all ? rows : rows.slice(0, CAP),
    more: (
      <Button variant="ghost" size="sm" className="mt-2 h-7 px-2 text-xs" onClick={() => setAll((v) => !v)}>
        {all ? t("dashboard.lists.showFewer") : t("dashboard.lists.showAll", { count: rows.length })}
      </Button>
    ),
  };
}

function SystemLink({ id, name }: { id: string; name: string }) {
  return (
    <Link to="/systems/$id" params={{ id }} className="font-medium hover:underline" data-testid="system-link">
      {name}
    </Link>
  );
}

function LinesButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="link"
      size="sm"
      className="h-auto shrink-0 p-0 text-xs"
      onClick={onClick}
      aria-label={t("dashboard.lists.linesOf", { name: label })}
    >
      {t("dashboard.lists.lines")}
    </Button>
  );
}

export function SuspensionRiskCard({ dashboard, onDrill }: { dashboard: Dashboard; onDrill: Drill }) {
  const { t } = useTranslation();
  const rows = suspensionRisks(dashboard);
  const { shown, more } = useCapped(rows);
  return (
    <ListCard
      testId="suspension-risk"
      title={t("dashboard.lists.atRisk.title")}
      description={t("dashboard.lists.atRisk.hint")}
      icon={OctagonAlert}
      count={rows.length}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("dashboard.lists.atRisk.empty")}</p>
      ) : (
        <ul className="grid gap-3 text-sm">
          {shown.map((r) => (
            <li key={r.systemId} className="grid gap-1" data-system={r.systemId}>
              <div className="flex items-center justify-between gap-2">
                <SystemLink id={r.systemId} name={r.systemName} />
                <LinesButton label={r.systemName} onClick={() => onDrill({ systemId: r.systemId })} />
              </div>
              <ul className="grid gap-0.5 text-xs text-red-800">
                {r.consequences.map((c) => (
                  <li key={`${c.ruleId}|${c.consequence}`}>
                    {c.consequence} <span className="font-mono text-muted-foreground">{c.ruleId}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {more}
    </ListCard>
  );
}

export function SuspendedCard({
  dashboard,
  groups,
  onDrill,
}: {
  dashboard: Dashboard;
  groups: LineGroups;
  onDrill: Drill;
}) {
  const { t } = useTranslation();
  const rows = dashboard.suspendedSystems;
  const { shown, more } = useCapped(rows);
  return (
    <ListCard
      testId="suspended-systems"
      title={t("dashboard.lists.suspended.title")}
      description={t("dashboard.lists.suspended.hint")}
      icon={CirclePause}
      count={rows.length}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("dashboard.lists.suspended.empty")}</p>
      ) : (
        <ul className="grid gap-2 text-sm">
          {shown.map((s) => (
            <li key={s.systemId} className="flex items-center justify-between gap-2" data-system={s.systemId}>
              <SystemLink id={s.systemId} name={s.systemName} />
              {groups.bySystem.has(s.systemId) || dashboard.linesOmitted > 0 ? (
                <LinesButton label={s.systemName} onClick={() => onDrill({ systemId: s.systemId })} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {more}
    </ListCard>
  );
}

export function OverdueCard({
  dashboard,
  groups,
  onDrill,
}: {
  dashboard: Dashboard;
  groups: LineGroups;
  onDrill: Drill;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = [...dashboard.overdueReviews].sort((a, b) => a.nextReviewAt.localeCompare(b.nextReviewAt));
  const { shown, more } = useCapped(rows);
  return (
    <ListCard
      testId="overdue-reviews"
      title={t("dashboard.lists.overdue.title")}
      description={t("dashboard.lists.overdue.hint", { date: formatIsoDate(dashboard.asOf, locale) })}
      icon={CalendarClock}
      count={rows.length}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("dashboard.lists.overdue.empty")}</p>
      ) : (
        <ul className="grid gap-2 text-sm">
          {shown.map((s) => (
            <li key={s.systemId} className="flex items-center justify-between gap-2" data-system={s.systemId}>
              <span className="grid min-w-0">
                <SystemLink id={s.systemId} name={s.systemName} />
                <span className="text-xs text-red-800">
                  {t("dashboard.lists.overdue.due", {
                    date: formatIsoDate(s.nextReviewAt, locale),
                    count: daysBetween(s.nextReviewAt, dashboard.asOf),
                  })}
                </span>
              </span>
              {groups.bySystem.has(s.systemId) || dashboard.linesOmitted > 0 ? (
                <LinesButton label={s.systemName} onClick={() => onDrill({ systemId: s.systemId })} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {more}
    </ListCard>
  );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function NoMonetaryCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const rows = [...dashboard.noMonetaryExposure].sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction));
  const titleId = useId();
  return (
    <Card role="region" aria-labelledby={titleId} data-testid="no-monetary-exposure" data-count={rows.length}>
      <CardHeader>
        <SectionTitle id={titleId}>{t("dashboard.noMonetary.title")}</SectionTitle>
        <CardDescription>{t("dashboard.noMonetary.hint")}</CardDescription>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("dashboard.noMonetary.empty")}</p>
        ) : (
          <ul className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-2">
            {rows.map((j) => (
              <li
                key={j.jurisdiction}
                className="flex flex-wrap items-center gap-2"
                data-jurisdiction={j.jurisdiction}
              >
                <Link
                  to="/tracker/$code"
                  params={{ code: j.jurisdiction }}
                  className="font-medium hover:underline"
                >
                  <span className="font-mono text-xs">{j.jurisdiction}</span> {j.name}
                </Link>
                {isStatus(j.status) ? <StatusBadge status={j.status} /> : null}
                <span className="basis-full text-xs text-muted-foreground">{j.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

const isStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);
