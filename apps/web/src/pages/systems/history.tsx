import { can } from "@airisk/domain/permissions";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ArrowRight, CircleAlert, CircleCheck, Lock, ShieldCheck, ShieldX } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import {
  Card,
  CardAction,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "#components/ui/card.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "#components/ui/table.tsx";
import { formatDateTime } from "#lib/format.ts";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import {
  actionKey,
  actorName,
  changedFields,
  classifyAction,
  flaggedBasis,
  formatValue,
  oldestFirst,
  refusalOf,
  screeningOutcome,
  type VerifyOutcome,
  verifyOutcome,
} from "#pages/systems/history-model.ts";
import type { HistoryEntry, SystemDetail } from "#pages/systems/model.ts";
import { BasisBadge } from "#pages/systems/overview-ui.tsx";
import { useStateLabel } from "#pages/systems/system-header.tsx";
import { trpc } from "#trpc.ts";

/**
 * The system's audit trail, oldest first: every accepted change and every refused lifecycle
 * attempt, with who, when, why and on what basis; and the check that the hash chain is intact.
 */
export function HistoryTab({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const { organisation } = useSession();
  if (!can(organisation.role, "audit.read")) {
    return (
      <Alert data-testid="history-forbidden">
        <Lock aria-hidden />
        <AlertTitle>{t("systems.history.forbiddenTitle")}</AlertTitle>
        <AlertDescription>
          {t("systems.history.forbidden", { role: t(`roles.${organisation.role}`) })}
        </AlertDescription>
      </Alert>
    );
  }
  return <HistoryView system={system} />;
}

function HistoryView({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const history = useQuery(trpc.systems.history.queryOptions({ id: system.id }));
  return (
    <div className="flex flex-col gap-6" data-testid="system-history">
      <VerifyCard systemId={system.id} />
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("systems.history.title")}</h2>
          </CardTitle>
          <CardDescription>{t("systems.history.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          {history.isPending ? (
            <div className="grid gap-2" aria-busy="true">
              <Skeleton className="h-8 w-full" />
              <Skeleton className="h-8 w-full" />
              <Skeleton className="h-8 w-full" />
            </div>
          ) : history.isError ? (
            <Alert variant="destructive" data-testid="history-load-error">
              <CircleAlert aria-hidden />
              <AlertTitle>{t("systems.history.loadFailed")}</AlertTitle>
              <AlertDescription>{apiErrorMessage(history.error, t)}</AlertDescription>
            </Alert>
          ) : history.data.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("systems.history.empty")}</p>
          ) : (
            <HistoryTable entries={oldestFirst(history.data)} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}

function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  return (
    <Table data-testid="history-table">
      <TableHeader>
        <TableRow>
          <TableHead>{t("systems.history.columns.seq")}</TableHead>
          <TableHead>{t("systems.history.columns.at")}</TableHead>
          <TableHead>{t("systems.history.columns.actor")}</TableHead>
          <TableHead>{t("systems.history.columns.action")}</TableHead>
          <TableHead>{t("systems.history.columns.state")}</TableHead>
          <TableHead>{t("systems.history.columns.reason")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <HistoryRow key={entry.seq} entry={entry} />
        ))}
      </TableBody>
    </Table>
  );
}

function useActionLabel(): (action: string) => string {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (action) => {
    const kind = classifyAction(action);
    if (kind.kind === "lifecycle")
      return t("systems.history.lifecycleAction", { event: t(`lifecycle.events.${kind.event}`) });
    if (kind.kind === "known")
      return tr(`systems.history.actions.${actionKey(kind.action)}`, { defaultValue: action });
    return kind.action;
  };
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const stateLabel = useStateLabel();
  const actionLabel = useActionLabel();
  const refusal = refusalOf(entry);
  const basis = flaggedBasis(entry.basis);
  const actor = actorName(entry);
  const changes = changedFields(entry);
  const screened = screeningOutcome(entry);
  return (
    <TableRow
      data-testid="history-entry"
      data-seq={entry.seq}
      data-action={entry.action}
      data-accepted={entry.accepted}
      className={refusal ? "bg-destructive/5" : undefined}
    >
      <TableCell className="font-mono text-xs text-muted-foreground">#{entry.seq}</TableCell>
      <TableCell className="text-xs whitespace-nowrap">
        <time dateTime={new Date(entry.at).toISOString()}>
          {formatDateTime(new Date(entry.at), language)}
        </time>
      </TableCell>
      <TableCell className="text-sm">
        <span className="grid">
          <span className="whitespace-nowrap">{actor.name ?? t("systems.history.scheduler")}</span>
          {entry.actorRole && entry.actorRole !== "scheduler" ? <RoleName role={entry.actorRole} /> : null}
        </span>
      </TableCell>
      <TableCell className="text-sm">
        <div className="flex flex-col items-start gap-1">
          <span className="font-medium">{actionLabel(entry.action)}</span>
          <span className="flex flex-wrap items-center gap-1">
            {refusal ? (
              <Badge variant="destructive" data-testid="history-refused">
                {t("systems.history.refused")}
              </Badge>
            ) : null}
            {basis ? <BasisBadge basis={basis} testId="history-basis" /> : null}
          </span>
          {screened ? (
            <span className="text-xs text-muted-foreground" data-testid="history-screening">
              {screened.complete
                ? t("systems.history.screenedComplete")
                : t("systems.history.screenedPartial")}
              {screened.found.length > 0
                ? ` ${t("systems.history.screenedFound", { practices: screened.found.join(", ") })}`
                : ""}
            </span>
          ) : null}
          {changes.length > 0 ? (
            <details className="text-xs text-muted-foreground">
              <summary className="cursor-pointer">
                {t("systems.history.changes", { count: changes.length })}
              </summary>
              <ul className="mt-1 grid gap-0.5">
                {changes.map((c) => (
                  <li key={c.field}>
                    <span className="font-mono">{c.field}</span>: {formatValue(c.before)} →{" "}
                    {formatValue(c.after)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      </TableCell>
      <TableCell className="text-sm">
        {entry.fromState || entry.toState ? (
          <span className="inline-flex flex-wrap items-center gap-1">
            {entry.fromState ? <span>{stateLabel(entry.fromState)}</span> : null}
            {entry.fromState && (entry.toState || refusal) ? (
              <ArrowRight className="size-3.5 text-muted-foreground" aria-label={t("systems.history.to")} />
            ) : null}
            {entry.toState ? (
              <span className="font-medium">{stateLabel(entry.toState)}</span>
            ) : refusal ? (
              <span className="text-muted-foreground">{t("systems.history.unchanged")}</span>
            ) : null}
          </span>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
      </TableCell>
      <TableCell className="max-w-sm text-sm">
        <div className="grid gap-1">
          {entry.reason ? <p className="whitespace-pre-wrap break-words">{entry.reason}</p> : null}
          {refusal ? (
            <p className="text-destructive" data-testid="history-refusal">
              {refusal.missing ?? t("systems.history.refusedNoReason")}
              {refusal.guard ? (
                <span className="ml-1 font-mono text-xs opacity-80">({refusal.guard})</span>
              ) : null}
            </p>
          ) : null}
          {!entry.reason && !refusal ? <span className="text-muted-foreground">—</span> : null}
        </div>
      </TableCell>
    </TableRow>
  );
}

function RoleName({ role }: { role: string }) {
  const { t } = useTranslation();
  const known = (["admin", "risk_owner", "executive", "auditor", "viewer"] as const).find((r) => r === role);
  return <span className="text-xs text-muted-foreground">{known ? t(`roles.${known}`) : role}</span>;
}

/** "Verify history": recomputes the organisation's hash chain on the server and says where it breaks. */
function VerifyCard({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const verify = useMutation(trpc.systems.verifyHistory.mutationOptions());
  const outcome: VerifyOutcome | null = verify.data ? verifyOutcome(verify.data) : null;
  return (
    <Card data-testid="verify-card">
      <CardHeader>
        <CardTitle>
          <h2>{t("systems.history.verify.title")}</h2>
        </CardTitle>
        <CardDescription>{t("systems.history.verify.description")}</CardDescription>
        <CardAction>
          <Button
            type="button"
            variant="outline"
            disabled={verify.isPending}
            onClick={() => verify.mutate({ id: systemId })}
            data-testid="verify-history"
          >
            <ShieldCheck aria-hidden />
            {verify.isPending ? t("systems.history.verify.running") : t("systems.history.verify.button")}
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        <div aria-live="polite">
          {verify.isError ? (
            <Alert variant="destructive" data-testid="verify-result" data-ok="error">
              <CircleAlert aria-hidden />
              <AlertDescription>{apiErrorMessage(verify.error, t)}</AlertDescription>
            </Alert>
          ) : outcome ? (
            <VerifyResult outcome={outcome} />
          ) : (
            <p className="text-sm text-muted-foreground">{t("systems.history.verify.notYet")}</p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}

function VerifyResult({ outcome }: { outcome: VerifyOutcome }) {
  const { t } = useTranslation();
  if (outcome.ok) {
    return (
      <Alert
        className="border-emerald-300 bg-emerald-50 text-emerald-900"
        data-testid="verify-result"
        data-ok="true"
      >
        <CircleCheck aria-hidden />
        <AlertTitle className="line-clamp-none">
          {t("systems.history.verify.intact", { count: outcome.entries })}
        </AlertTitle>
        <AlertDescription className="text-emerald-900/80">
          {t("systems.history.verify.intactDetail")}
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert variant="destructive" className="border-2" data-testid="verify-result" data-ok="false">
      <ShieldX aria-hidden />
      <AlertTitle className="line-clamp-none">
        {t("systems.history.verify.broken", {
          seq: outcome.seq,
          problem: t(`systems.history.verify.problems.${outcome.problem}`),
        })}
      </AlertTitle>
      <AlertDescription>
        <p>
          {outcome.inThisSystem
            ? t("systems.history.verify.inThisSystem")
            : t("systems.history.verify.elsewhere")}
        </p>
        <p>{t("systems.history.verify.brokenDetail")}</p>
      </AlertDescription>
    </Alert>
  );
}
