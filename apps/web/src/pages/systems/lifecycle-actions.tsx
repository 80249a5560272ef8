import type { UserEventType } from "@airisk/domain/lifecycle";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Lock } from "lucide-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Label } from "#components/ui/label.tsx";
import { readApiError, splitApiError } from "#lib/api-error.ts";
import { describeApiError } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import type { SystemDetail } from "#pages/systems/model.ts";
import {
  groupRefusals,
  type RefusalGroup,
  reasonRequired,
  sortEvents,
} from "#pages/systems/overview-model.ts";
import { ConfirmDialog, Textarea } from "#pages/systems/overview-ui.tsx";
import { useStateLabel } from "#pages/systems/system-header.tsx";
import { trpc } from "#trpc.ts";

/** After anything changes a system: its page, its history and the portfolio list are out of date. */
export function useInvalidateSystem(id: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.systems.get.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.systems.history.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.systems.list.pathKey() }),
    ]);
  };
}

type Outcome = { kind: "success"; text: string } | { kind: "error"; text: string } | null;

/**
 * One button per lifecycle event, as `systems.get` reports them for this user: the server decides
 * what is allowed; the page only shows it, with the reason for every refusal.
 */
export function LifecycleActions({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<UserEventType | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const { allowed } = sortEvents(system.events);
  const refusals = groupRefusals(system.events);

  return (
    <Card data-testid="lifecycle-actions">
      <CardHeader>
        <CardTitle>
          <h2>{t("systems.actions.title")}</h2>
        </CardTitle>
        <CardDescription>{t("systems.actions.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {outcome ? (
          outcome.kind === "success" ? (
            <p
              role="status"
              className="flex items-start gap-2 text-sm text-success"
              data-testid="transition-success"
            >
              <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden />
              {outcome.text}
            </p>
          ) : (
            <Alert variant="destructive" data-testid="transition-error">
              <CircleAlert aria-hidden />
              <AlertDescription>{outcome.text}</AlertDescription>
            </Alert>
          )
        ) : null}

        <section className="grid gap-2" aria-labelledby="lifecycle-available">
          <h3 id="lifecycle-available" className="text-xs font-medium text-muted-foreground uppercase">
            {t("systems.actions.available")}
          </h3>
          {allowed.length === 0 ? (
            <p className="text-sm text-muted-foreground" data-testid="no-actions">
              {t("systems.actions.none")}
            </p>
          ) : (
            <ul className="grid gap-2">
              {allowed.map((e) => (
                <li key={e.event}>
                  <Button
                    type="button"
                    variant={
                      e.event === "PROHIBITED_PRACTICE_FOUND" || e.event === "RETIRE" ? "outline" : "default"
                    }
                    className={cn(
                      "w-full justify-start",
                      e.event === "PROHIBITED_PRACTICE_FOUND" &&
                        "border-destructive/40 text-destructive hover:text-destructive",
                    )}
                    data-testid={`event-${e.event}`}
                    onClick={() => {
                      setOutcome(null);
                      setPending(e.event);
                    }}
                  >
                    {t(`lifecycle.events.${e.event}`)}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>

        {refusals.length > 0 ? (
          <section className="grid gap-2" aria-labelledby="lifecycle-refused">
            <h3 id="lifecycle-refused" className="text-xs font-medium text-muted-foreground uppercase">
              {t("systems.actions.refused")}
            </h3>
            <ul className="grid gap-3">
              {refusals.map((group) => (
                <RefusedGroup
                  key={group.kind === "state" ? "state" : group.events[0]?.event}
                  group={group}
                  state={system.state}
                />
              ))}
            </ul>
          </section>
        ) : null}
      </CardContent>
      {pending ? (
        <TransitionDialog
          system={system}
          event={pending}
          onClose={() => setPending(null)}
          onDone={(result) => {
            setPending(null);
            setOutcome(result);
          }}
        />
      ) : null}
    </Card>
  );
}

/**
 * Disabled buttons for events refused for one reason, and that reason once, tied to each button
 * with `aria-describedby` (a disabled button cannot be focused to show a tooltip).
 */
function RefusedGroup({ group, state }: { group: RefusalGroup; state: string }) {
  const { t } = useTranslation();
  const stateLabel = useStateLabel();
  const reasonId = useId();
  const reason =
    group.kind === "state"
      ? state === "retired"
        ? t("systems.actions.retired")
        : t("systems.actions.notInState", { state: stateLabel(state) })
      : group.reason || t("systems.actions.noReason");
  const compact = group.events.length > 1;
  return (
    <li className="grid gap-1.5" data-testid={`refusal-${group.kind}`}>
      <div className={compact ? "flex flex-wrap gap-1.5" : "grid"}>
        {group.events.map((e) => (
          <Button
            key={e.event}
            type="button"
            variant="outline"
            size="sm"
            disabled
            className={compact ? undefined : "w-full justify-start"}
            aria-describedby={reasonId}
            title={reason}
            data-testid={`event-${e.event}`}
            data-refused="true"
            data-guard={e.guard ?? undefined}
          >
            <Lock className="text-muted-foreground" aria-hidden />
            {t(`lifecycle.events.${e.event}`)}
          </Button>
        ))}
      </div>
      <p id={reasonId} className="text-xs text-muted-foreground" data-testid="event-refusal-reason">
        {reason}
      </p>
    </li>
  );
}

function TransitionDialog({
  system,
  event,
  onClose,
  onDone,
}: {
  system: SystemDetail;
  event: UserEventType;
  onClose: () => void;
  onDone: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation();
  const stateLabel = useStateLabel();
  const invalidate = useInvalidateSystem(system.id);
  const transition = useMutation(trpc.systems.transition.mutationOptions());
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const reasonFieldId = useId();
  const needsReason = reasonRequired(event);
  const eventLabel = t(`lifecycle.events.${event}`);
  const prohibited = event === "PROHIBITED_PRACTICE_FOUND";

  const confirm = async () => {
    const trimmed = reason.trim();
    if (needsReason && !trimmed) {
      setError(t("systems.actions.confirm.reasonMissing"));
      return;
    }
    setError(null);
    try {
      const result = await transition.mutateAsync({
        id: system.id,
        event,
        expectedVersion: system.version,
        ...(trimmed ? { reason: trimmed } : {}),
      });
      await invalidate();
      onDone({
        kind: "success",
        text: t("systems.actions.sent", { event: eventLabel, state: stateLabel(result.state) }),
      });
    } catch (thrown) {
      const apiError = readApiError(thrown);
      if (apiError.code === "CONFLICT") {
        // Someone else moved the system: show the fresh state and let the user decide again.
        await invalidate();
        onDone({ kind: "error", text: t("systems.actions.conflict") });
        return;
      }
      if (apiError.code === "PRECONDITION_FAILED") {
        // The guards said no after all (the facts changed since the page loaded): refresh the buttons.
        await invalidate();
        onDone({
          kind: "error",
          text: t("systems.actions.refusedNow", { event: eventLabel, reason: describeApiError(apiError, t) }),
        });
        return;
      }
      // A missing reason, a lost connection, a role that may not: said beside the reason field.
      const { fields } = splitApiError(apiError, (path) => (path === "reason" ? "reason" : undefined));
      setError(fields[0]?.[1] ?? describeApiError(apiError, t));
    }
  };

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={t("systems.actions.confirm.title", { event: eventLabel })}
      description={
        <>
          <p>{t(`systems.actions.describe.${event}`)}</p>
          {prohibited ? (
            <p className="flex flex-wrap items-center gap-2" data-testid="prohibited-policy">
              <Badge variant="outline" className="border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800">
                {t("systems.basis.product_policy")}
              </Badge>
              <span>{t("systems.suspension.policy")}</span>
            </p>
          ) : null}
        </>
      }
      confirmLabel={t("systems.actions.confirm.submit", { event: eventLabel })}
      pendingLabel={t("systems.actions.confirm.submitting")}
      pending={transition.isPending}
      destructive={prohibited || event === "RETIRE"}
      onConfirm={() => void confirm()}
      testId="transition-dialog"
    >
      <div className="grid gap-2">
        <Label htmlFor={reasonFieldId}>
          {needsReason ? t("systems.actions.confirm.reasonRequired") : t("systems.actions.confirm.reason")}
        </Label>
        <Textarea
          id={reasonFieldId}
          value={reason}
          maxLength={2000}
          required={needsReason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${reasonFieldId}-hint ${reasonFieldId}-error` : `${reasonFieldId}-hint`}
          onChange={(e) => setReason(e.target.value)}
          data-testid="transition-reason"
        />
        <p id={`${reasonFieldId}-hint`} className="text-xs text-muted-foreground">
          {needsReason
            ? t("systems.actions.confirm.reasonHintRequired")
            : t("systems.actions.confirm.reasonHint")}
        </p>
        {error ? (
          <p
            id={`${reasonFieldId}-error`}
            className="text-sm text-destructive"
            data-testid="transition-reason-error"
          >
            {error}
          </p>
        ) : null}
      </div>
    </ConfirmDialog>
  );
}
