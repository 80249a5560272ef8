import { CalendarClock, ShieldAlert, UserRound } from "lucide-react";
import type * as React from "react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { formatDateTime } from "#lib/format.ts";
import { cn } from "#lib/utils.ts";
import type { SystemDetail } from "#pages/systems/model.ts";
import {
  isSuspended,
  readSuspension,
  reviewOverdue,
  type StateTone,
  splitState,
  stateTone,
} from "#pages/systems/overview-model.ts";
import { formatIsoDate } from "#pages/tracker/format.ts";
import { todayIso } from "#pages/tracker/model.ts";

/** The system page's title block: name, state, classification, owner, review date and version. */

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A state's name: "Risk process › Assessment", "Suspended"; the raw key when the machine has no such state. */
export function useStateLabel(): (state: string) => string {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  return (state: string) => {
    const { parent, leaf } = splitState(state);
    if (!parent) return tr(`lifecycle.states.${leaf}`, { defaultValue: state });
    const parentLabel = tr(`lifecycle.states.${parent}.label`, { defaultValue: parent });
    const leafLabel = tr(`lifecycle.states.${parent}.${leaf}`, { defaultValue: leaf });
    return t("lifecycle.diagram.nestedState", { parent: parentLabel, state: leafLabel });
  };
}

const TONES: Record<StateTone, string> = {
  draft: "border-slate-200 bg-slate-100 text-slate-700",
  process: "border-sky-200 bg-sky-50 text-sky-800",
  ok: "border-emerald-200 bg-emerald-50 text-emerald-800",
  due: "border-amber-200 bg-amber-50 text-amber-900",
  alert: "border-red-200 bg-red-50 text-red-800",
  closed: "border-border bg-muted text-muted-foreground",
};

export function StateBadge({ state, className }: { state: string; className?: string }) {
  const label = useStateLabel()(state);
  return (
    <Badge
      variant="outline"
      data-testid="system-state"
      data-state={state}
      className={cn("text-sm", TONES[stateTone(state)], className)}
    >
      {label}
    </Badge>
  );
}

function useLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

export function SystemHeader({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = reviewOverdue(system.nextReviewAt, todayIso());
  const notSet = <span className="text-muted-foreground">{t("systems.header.notSet")}</span>;
  return (
    <header className="flex flex-col gap-4" data-testid="system-header">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-2">
          <h1 className="text-2xl font-semibold tracking-tight break-words" data-testid="system-name">
            {system.name}
          </h1>
          <div className="flex flex-wrap items-center gap-2">
            <StateBadge state={system.state} />
            <span className="text-xs text-muted-foreground" data-testid="system-version">
              {t("systems.header.version", { version: system.version })}
            </span>
            <span className="text-xs text-muted-foreground">
              {t("systems.header.updated", { date: formatDateTime(system.updatedAt, language) })}
            </span>
          </div>
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-lg border bg-card p-4 text-sm md:grid-cols-5">
        <HeaderFact label={t("systems.header.impact")} testId="system-impact">
          {system.impactLevel ? t(`systems.levels.impact.${level(system.impactLevel, IMPACT)}`) : notSet}
        </HeaderFact>
        <HeaderFact label={t("systems.header.autonomy")} testId="system-autonomy">
          {system.autonomyLevel
            ? t(`systems.levels.autonomy.${level(system.autonomyLevel, AUTONOMY)}`)
            : notSet}
        </HeaderFact>
        <HeaderFact label={t("systems.header.euTier")} testId="system-eu-tier">
          {system.euRiskTier ? t(`systems.levels.euTier.${level(system.euRiskTier, EU_TIER)}`) : notSet}
        </HeaderFact>
        <HeaderFact label={t("systems.header.riskOwner")} testId="system-risk-owner">
          {system.riskOwner ? (
            <span className="inline-flex items-center gap-1.5">
              <UserRound className="size-3.5 text-muted-foreground" aria-hidden />
              {system.riskOwner.name}
            </span>
          ) : (
            <span className="text-muted-foreground">{t("systems.header.noOwner")}</span>
          )}
        </HeaderFact>
        <HeaderFact label={t("systems.header.nextReview")} testId="system-next-review">
          {system.nextReviewAt ? (
            <span
              className={cn("inline-flex items-center gap-1.5", overdue && "font-medium text-destructive")}
            >
              <CalendarClock className="size-3.5" aria-hidden />
              <time dateTime={system.nextReviewAt}>{formatIsoDate(system.nextReviewAt, language)}</time>
              {overdue ? <span>{t("systems.header.reviewOverdue")}</span> : null}
            </span>
          ) : (
            <span className="text-muted-foreground">{t("systems.header.noReview")}</span>
          )}
        </HeaderFact>
      </dl>
    </header>
  );
}

const IMPACT = ["minimal", "medium", "high"] as const;
const AUTONOMY = ["low", "medium", "high"] as const;
const EU_TIER = ["prohibited", "high_annex_i", "high_annex_iii", "limited", "minimal"] as const;

/** Narrows a stored level to the known ones (the column is text); an unknown one shows as "unknown". */
function level<T extends string>(value: string, known: readonly T[]): T | "unknown" {
  return known.find((k) => k === value) ?? "unknown";
}

function HeaderFact({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <div className="grid content-start gap-1" data-testid={testId}>
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The banner of a suspended system: why, which practices, and that always suspending is the
 * product's policy (built on AI Law Art. 18(2)), not what the law itself prescribes.
 */
export function SuspensionAlert({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!isSuspended(system.state)) return null;
  const suspension = readSuspension(system.suspension);
  const since = system.suspendedAt ? formatDateTime(system.suspendedAt, language) : null;
  return (
    <Alert
      variant="destructive"
      data-testid="suspension-alert"
      className="border-2 border-destructive/50 bg-destructive/10"
    >
      <ShieldAlert aria-hidden />
      <AlertTitle className="line-clamp-none text-base">{t("systems.suspension.title")}</AlertTitle>
      <AlertDescription className="gap-2">
        {since ? <p>{t("systems.suspension.since", { date: since })}</p> : null}
        {suspension?.reason ? (
          <p data-testid="suspension-reason">
            <span className="font-medium">{t("systems.suspension.reason")}</span> {suspension.reason}
          </p>
        ) : null}
        {suspension && suspension.practices.length > 0 ? (
          <div>
            <p className="font-medium">{t("systems.suspension.practices")}</p>
            <ul className="list-disc pl-5" data-testid="suspension-practices">
              {suspension.practices.map((p) => (
                <li key={p.id}>
                  {p.text} <span className="font-mono text-xs opacity-80">{p.id}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <Badge
            variant="outline"
            className="mr-2 border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800"
            data-testid="suspension-policy-badge"
          >
            {t("systems.basis.product_policy")}
          </Badge>
          <span data-testid="suspension-policy">{t("systems.suspension.policy")}</span>
        </p>
        <p>{t("systems.suspension.lift")}</p>
      </AlertDescription>
    </Alert>
  );
}
