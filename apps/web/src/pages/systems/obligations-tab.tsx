import { can } from "@airisk/domain/permissions";
import { useQuery } from "@tanstack/react-query";
import { ChevronRight, CircleAlert, Lock, ShieldAlert } from "lucide-react";
import type * as React from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { formatDate } from "#lib/format.ts";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { EvidenceControls } from "#pages/systems/evidence-forms.tsx";
import { EvidenceList } from "#pages/systems/evidence-list.tsx";
import type { SystemDetail, SystemObligations } from "#pages/systems/model.ts";
import { ObligationItem, VerdictRow } from "#pages/systems/obligation-item.tsx";
import {
  answeredPercent,
  evidenceSince,
  groupByJurisdiction,
  isRetired,
  isSuspended,
  matchesFilter,
  STATUS_FILTERS,
  type StatusFilter,
  splitNotApplicable,
} from "#pages/systems/obligation-model.ts";
import { useLanguage } from "#pages/systems/risk-ui.tsx";
import { IsoDate } from "#pages/tracker/badges.tsx";
import { trpc } from "#trpc.ts";

/**
 * The obligations of a system as a checklist, by jurisdiction: what each asks and why it applies
 * (with its citation's basis), its status (met, gap, not applicable with a reason) and evidence;
 * counts, system-level evidence (remediation of a suspension), and what does not apply, or not yet.
 */
export function ObligationsTab({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const obligations = useQuery(trpc.obligations.forSystem.queryOptions({ systemId: system.id }));

  if (obligations.isPending) {
    return (
      <div className="grid gap-4" aria-busy="true" data-testid="obligations-loading">
        <Skeleton className="h-20 w-full" />
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  }
  if (obligations.isError) {
    return (
      <Alert variant="destructive" data-testid="obligations-error">
        <CircleAlert aria-hidden />
        <AlertTitle>{t("obligations.loadFailed")}</AlertTitle>
        <AlertDescription>
          <p>{apiErrorMessage(obligations.error, t)}</p>
          <Button size="sm" variant="outline" onClick={() => void obligations.refetch()}>
            {t("obligations.retry")}
          </Button>
        </AlertDescription>
      </Alert>
    );
  }
  return <ObligationsView system={system} data={obligations.data} />;
}

function ObligationsView({ system, data }: { system: SystemDetail; data: SystemObligations }) {
  const { t } = useTranslation();
  const { organisation } = useSession();
  const names = useJurisdictionNames();
  const retired = isRetired(system.state);
  const suspended = isSuspended(system.state);
  const canWrite = can(organisation.role, "obligations.write") && !retired;
  const suspendedAt = suspended ? system.suspendedAt : null;
  const [filter, setFilter] = useState<StatusFilter>("all");
  const groups = groupByJurisdiction(
    data.applicable.filter((o) => matchesFilter(o, filter)),
    system.jurisdictions,
  );
  const { upcoming, notApplicable } = splitNotApplicable(data.notApplicable);

  return (
    <div className="grid gap-6" data-testid="obligations-tab">
      <div className="grid max-w-3xl gap-1">
        <h2 className="text-lg font-semibold tracking-tight">{t("obligations.title")}</h2>
        <p className="text-sm text-muted-foreground">{t("obligations.description")}</p>
        <p className="text-xs text-muted-foreground" data-testid="obligations-as-of">
          {t("obligations.asOf")} <IsoDate date={data.asOf} />
        </p>
      </div>

      {retired ? (
        <Alert data-testid="obligations-retired">
          <Lock aria-hidden />
          <AlertDescription>{t("obligations.retired")}</AlertDescription>
        </Alert>
      ) : !can(organisation.role, "obligations.write") ? (
        <Alert data-testid="obligations-readonly">
          <Lock aria-hidden />
          <AlertDescription>{t("obligations.readOnly")}</AlertDescription>
        </Alert>
      ) : null}

      {suspended ? <SuspensionNotice system={system} data={data} /> : null}

      <Counts counts={data.counts} />

      {data.applicable.length > 0 ? (
        <StatusFilterBar
          value={filter}
          onChange={setFilter}
          counts={data.counts}
          total={data.applicable.length}
        />
      ) : null}

      {groups.length === 0 ? (
        <p
          className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground"
          data-testid="obligations-empty"
        >
          {data.applicable.length === 0 ? t("obligations.none") : t("obligations.filter.none")}
        </p>
      ) : (
        groups.map((group) => (
          <section
            key={group.jurisdiction}
            className="grid gap-3"
            aria-labelledby={`obligations-${group.jurisdiction}`}
            data-testid="obligation-group"
            data-jurisdiction={group.jurisdiction}
          >
            <h3 id={`obligations-${group.jurisdiction}`} className="flex items-baseline gap-2 font-semibold">
              <span>{names.get(group.jurisdiction) ?? group.jurisdiction}</span>
              <span className="font-mono text-sm font-normal text-muted-foreground">
                {group.jurisdiction}
              </span>
              <span className="text-sm font-normal text-muted-foreground">
                {t("obligations.groupCount", { count: group.items.length })}
              </span>
            </h3>
            {group.items.map((obligation) => (
              <ObligationItem
                key={obligation.obligationId}
                systemId={system.id}
                obligation={obligation}
                asOf={data.asOf}
                canWrite={canWrite}
                suspendedAt={suspendedAt}
              />
            ))}
          </section>
        ))
      )}

      <Card data-testid="system-evidence">
        <CardHeader>
          <CardTitle>
            <h3>{t("obligations.systemEvidence.title")}</h3>
          </CardTitle>
          <CardDescription>
            {suspended
              ? t("obligations.systemEvidence.suspended")
              : t("obligations.systemEvidence.description")}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <EvidenceList
            systemId={system.id}
            items={data.systemEvidence}
            since={suspendedAt}
            emptyText={t("obligations.systemEvidence.none")}
          />
          {canWrite ? <EvidenceControls systemId={system.id} obligationId={null} /> : null}
        </CardContent>
      </Card>

      {upcoming.length > 0 ? (
        <Collapsible
          testId="obligations-upcoming"
          title={t("obligations.upcoming.title", { count: upcoming.length })}
          description={t("obligations.upcoming.description")}
        >
          {upcoming.map((verdict) => (
            <VerdictRow key={verdict.obligationId} verdict={verdict} asOf={data.asOf} />
          ))}
        </Collapsible>
      ) : null}

      {notApplicable.length > 0 ? (
        <Collapsible
          testId="obligations-not-applicable"
          title={t("obligations.notApplicable.title", { count: notApplicable.length })}
          description={t("obligations.notApplicable.description")}
        >
          {notApplicable.map((verdict) => (
            <VerdictRow key={verdict.obligationId} verdict={verdict} asOf={data.asOf} />
          ))}
        </Collapsible>
      ) : null}
    </div>
  );
}

function StatusFilterBar({
  value,
  onChange,
  counts,
  total,
}: {
  value: StatusFilter;
  onChange: (filter: StatusFilter) => void;
  counts: SystemObligations["counts"];
  total: number;
}) {
  const { t } = useTranslation();
  const countOf: Record<StatusFilter, number> = {
    all: total,
    open: counts.open,
    gap: counts.gap,
    met: counts.met,
    not_applicable: counts.notApplicable,
  };
  return (
    <fieldset className="flex flex-wrap items-center gap-1.5" data-testid="obligation-filter">
      <legend className="sr-only">{t("obligations.filter.label")}</legend>
      {STATUS_FILTERS.map((filter) => (
        <Button
          key={filter}
          type="button"
          size="sm"
          variant={value === filter ? "secondary" : "ghost"}
          className="h-7 rounded-full px-3 text-xs"
          aria-pressed={value === filter}
          onClick={() => onChange(filter)}
          data-testid={`obligation-filter-${filter}`}
        >
          {t(`obligations.filter.${filter}`)}
          <span className="tabular-nums text-muted-foreground">{countOf[filter]}</span>
        </Button>
      ))}
    </fieldset>
  );
}

/** Jurisdiction names from the tracker's list (cached across pages); the code stands in until then. */
function useJurisdictionNames(): Map<string, string> {
  const list = useQuery({ ...trpc.regulations.jurisdictions.queryOptions({}), staleTime: 60 * 60 * 1000 });
  return new Map((list.data?.items ?? []).map((j) => [j.code, j.name]));
}

function Counts({ counts }: { counts: SystemObligations["counts"] }) {
  const { t } = useTranslation();
  const percent = answeredPercent(counts);
  const items = [
    { key: "met", count: counts.met, className: "text-emerald-700" },
    { key: "gap", count: counts.gap, className: counts.gap > 0 ? "text-red-700" : "text-muted-foreground" },
    { key: "notApplicable", count: counts.notApplicable, className: "text-slate-600" },
    {
      key: "open",
      count: counts.open,
      className: counts.open > 0 ? "text-amber-700" : "text-muted-foreground",
    },
  ] as const;
  return (
    <Card className="gap-3 py-4" data-testid="obligation-counts">
      <CardContent className="grid gap-3 px-4">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {items.map((item) => (
            <div
              key={item.key}
              className="grid gap-0.5"
              data-testid={`obligation-count-${item.key}`}
              data-count={item.count}
            >
              <dt className="text-xs font-medium text-muted-foreground uppercase">
                {t(`obligations.counts.${item.key}`)}
              </dt>
              <dd className={cn("text-2xl font-semibold tabular-nums", item.className)}>{item.count}</dd>
            </div>
          ))}
        </dl>
        <div className="grid gap-1">
          <div
            className="h-2 overflow-hidden rounded-full bg-muted"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-label={t("obligations.counts.progress", { percent })}
          >
            <div
              className="h-full rounded-full bg-primary transition-[width]"
              style={{ width: `${percent}%` }}
            />
          </div>
          <span className="text-xs text-muted-foreground">
            {t("obligations.counts.progress", { percent })}
          </span>
        </div>
      </CardContent>
    </Card>
  );
}

/**
 * While suspended: what lifting the suspension takes (the REMEDIATED guard), and whether evidence
 * has been attached since.
 */
function SuspensionNotice({ system, data }: { system: SystemDetail; data: SystemObligations }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const since = system.suspendedAt;
  const fresh = since ? evidenceSince(data, since) : [];
  return (
    <Alert className="border-amber-300 bg-amber-50 text-amber-950" data-testid="suspension-evidence">
      <ShieldAlert aria-hidden />
      <AlertTitle>{t("obligations.suspension.title")}</AlertTitle>
      <AlertDescription className="text-amber-950/90">
        <p>
          {since
            ? t("obligations.suspension.since", { date: formatDate(since, language) })
            : t("obligations.suspension.undated")}
        </p>
        <p>{t("obligations.suspension.requirement")}</p>
        <p className="font-medium" data-testid="suspension-evidence-count" data-count={fresh.length}>
          {fresh.length > 0
            ? t("obligations.suspension.attached", { count: fresh.length })
            : t("obligations.suspension.noneYet")}
        </p>
      </AlertDescription>
    </Alert>
  );
}

function Collapsible({
  testId,
  title,
  description,
  children,
}: {
  testId: string;
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <details className="group rounded-xl border bg-card" data-testid={testId}>
      <summary className="flex cursor-pointer list-none items-start gap-2 px-4 py-3 [&::-webkit-details-marker]:hidden">
        <ChevronRight
          className="mt-0.5 size-4 shrink-0 transition-transform group-open:rotate-90"
          aria-hidden
        />
        <span className="grid gap-0.5">
          <span className="font-medium">{title}</span>
          <span className="text-sm text-muted-foreground">{description}</span>
        </span>
      </summary>
      <ul className="divide-y border-t">{children}</ul>
    </details>
  );
}
