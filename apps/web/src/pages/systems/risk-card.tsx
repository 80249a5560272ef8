import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, Pencil, ShieldCheck, TriangleAlert } from "lucide-react";
import type * as React from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent } from "#components/ui/card.tsx";
import { readApiError } from "#lib/api-error.ts";
import { formatDate } from "#lib/format.ts";
import { describeApiError } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import type { Risk, SystemDetail } from "#pages/systems/model.ts";
import { RiskForm } from "#pages/systems/risk-form.tsx";
import { RiskMitigations } from "#pages/systems/risk-mitigations.tsx";
import { acceptanceState, canAcceptNow, needsMitigation, scoreTone } from "#pages/systems/risk-model.ts";
import {
  invalidateSystem,
  type MemberOption,
  ScoreBadge,
  toneClasses,
  useLanguage,
} from "#pages/systems/risk-ui.tsx";
import { trpc } from "#trpc.ts";

/** One risk of the register: its scores against the tolerance, acceptance, mitigations; editable in place. */
export function RiskCard({
  system,
  risk,
  tolerance,
  members,
  categories,
  canWrite,
  mayAccept,
  today,
}: {
  system: SystemDetail;
  risk: Risk;
  tolerance: number;
  members: MemberOption[];
  categories: string[];
  canWrite: boolean;
  mayAccept: boolean;
  today: string;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const mitigationNeeded = needsMitigation(risk);
  return (
    <Card
      className={cn(
        "gap-3 py-4",
        mitigationNeeded && "border-red-300",
        risk.status === "closed" && "opacity-80",
      )}
      data-testid="risk-row"
      data-risk-id={risk.id}
      data-status={risk.status}
      data-above-tolerance={risk.aboveTolerance}
      data-needs-mitigation={mitigationNeeded}
    >
      <CardContent className="grid gap-4 px-4">
        {editing ? (
          <>
            <h3 className="font-semibold leading-snug">{t("risks.form.editTitle", { title: risk.title })}</h3>
            <RiskForm
              system={system}
              tolerance={tolerance}
              members={members}
              categories={categories}
              risk={risk}
              onDone={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          </>
        ) : (
          <>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <div className="grid min-w-0 gap-1.5">
                <h3 className="font-semibold leading-snug" data-testid="risk-title">
                  {risk.title}
                </h3>
                <div className="flex flex-wrap items-center gap-1.5">
                  <Badge variant="secondary" data-testid="risk-category">
                    {risk.category}
                  </Badge>
                  <Badge variant="outline" data-testid="risk-arises-from">
                    {t(`risks.arisesFrom.${risk.arisesFrom}`)}
                  </Badge>
                  <Badge
                    variant="outline"
                    data-testid="risk-status"
                    className={risk.status === "closed" ? "bg-muted text-muted-foreground" : undefined}
                  >
                    {t(`risks.status.${risk.status}`)}
                  </Badge>
                </div>
              </div>
              {canWrite ? (
                <Button
                  type="button"
                  size="sm"
                  variant="outline"
                  className="self-start"
                  onClick={() => setEditing(true)}
                  aria-label={t("risks.editNamed", { title: risk.title })}
                  data-testid="edit-risk"
                >
                  <Pencil aria-hidden />
                  {t("risks.edit")}
                </Button>
              ) : null}
            </div>
            {risk.description ? (
              <p className="text-sm whitespace-pre-line text-muted-foreground">{risk.description}</p>
            ) : null}

            <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-3 xl:grid-cols-5">
              <Fact label={t("risks.columns.intendedUse")}>
                <ScoreBadge
                  likelihood={risk.likelihood}
                  severity={risk.severity}
                  tolerance={tolerance}
                  testId="risk-intended-score"
                />
              </Fact>
              <Fact label={t("risks.columns.misuse")}>
                <ScoreBadge
                  likelihood={risk.misuseLikelihood}
                  severity={risk.misuseSeverity}
                  tolerance={tolerance}
                  testId="risk-misuse-score"
                />
              </Fact>
              <Fact label={t("risks.columns.score")}>
                <ToleranceVerdict risk={risk} tolerance={tolerance} />
              </Fact>
              <Fact label={t("risks.columns.residual")}>
                <ScoreBadge
                  likelihood={risk.residualLikelihood}
                  severity={risk.residualSeverity}
                  tolerance={tolerance}
                  testId="risk-residual-score"
                />
              </Fact>
              <Fact label={t("risks.columns.owner")}>
                <span data-testid="risk-owner">{risk.owner?.name ?? t("risks.owner.none")}</span>
              </Fact>
            </dl>

            <Acceptance system={system} risk={risk} mayAccept={mayAccept && canWrite} />
          </>
        )}
        <RiskMitigations
          systemId={system.id}
          risk={risk}
          members={members}
          canWrite={canWrite && !editing}
          today={today}
        />
      </CardContent>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid content-start gap-1">
      <dt className="text-xs font-medium text-muted-foreground uppercase">{label}</dt>
      <dd className="flex flex-wrap items-center gap-1.5">{children}</dd>
    </div>
  );
}

/** The higher of the two scores against the tolerance, and what that asks for. */
function ToleranceVerdict({ risk, tolerance }: { risk: Risk; tolerance: number }) {
  const { t } = useTranslation();
  if (risk.score === null) {
    return <span className="text-muted-foreground">{t("risks.score.notScored")}</span>;
  }
  const tone = scoreTone(risk.score, tolerance);
  return (
    <span className="flex flex-col items-start gap-1" data-testid="risk-score" data-score={risk.score}>
      <Badge variant="outline" className={cn("font-mono tabular-nums", toneClasses(tone))}>
        {t("risks.score.vsTolerance", { score: risk.score, tolerance })}
      </Badge>
      {risk.aboveTolerance ? (
        needsMitigation(risk) ? (
          <span
            className="inline-flex items-center gap-1 text-xs font-medium text-destructive"
            data-testid="needs-mitigation"
          >
            <TriangleAlert className="size-3" aria-hidden />
            {t("risks.needsMitigation")}
          </span>
        ) : (
          <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
            <ShieldCheck className="size-3" aria-hidden />
            {risk.status === "closed" ? t("risks.aboveToleranceClosed") : t("risks.aboveToleranceMitigated")}
          </span>
        )
      ) : (
        <span className="text-xs text-muted-foreground">{t("risks.withinTolerance")}</span>
      )}
    </span>
  );
}

/** Who accepted the residual risk and when, whether that still holds, and the button to accept it. */
function Acceptance({ system, risk, mayAccept }: { system: SystemDetail; risk: Risk; mayAccept: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const state = acceptanceState(risk);
  const { mutateAsync, isPending } = useMutation(trpc.risks.accept.mutationOptions());

  async function accept() {
    setError(undefined);
    setConflict(false);
    try {
      await mutateAsync({ id: risk.id, expectedVersion: risk.version });
    } catch (thrown) {
      const apiError = readApiError(thrown);
      if (apiError.code === "CONFLICT") setConflict(true);
      else setError(describeApiError(apiError, t));
    }
    await invalidateSystem(queryClient, system.id, { risks: true });
  }

  const by = risk.acceptance
    ? { name: risk.acceptance.by.name, date: formatDate(risk.acceptance.at, language) }
    : undefined;
  return (
    <div
      className={cn(
        "flex flex-col gap-2 rounded-md border px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between",
        state === "stale" && "border-amber-300 bg-amber-50 text-amber-950",
      )}
      data-testid="risk-acceptance"
      data-state={state}
    >
      <div className="flex items-start gap-2">
        {state === "accepted" ? (
          <CircleCheck className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
        ) : state === "stale" ? (
          <TriangleAlert className="mt-0.5 size-4 shrink-0 text-amber-700" aria-hidden />
        ) : (
          <CircleAlert className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
        )}
        <div className="grid gap-0.5">
          {state === "accepted" && by ? (
            <span>{t("risks.acceptance.accepted", by)}</span>
          ) : state === "stale" && by ? (
            <>
              <span className="font-medium" data-testid="acceptance-stale">
                {t("risks.acceptance.stale")}
              </span>
              <span className="text-xs">{t("risks.acceptance.staleDetail", by)}</span>
            </>
          ) : state === "noResidual" ? (
            <span className="text-muted-foreground">{t("risks.acceptance.noResidual")}</span>
          ) : (
            <span className="text-muted-foreground">{t("risks.acceptance.notAccepted")}</span>
          )}
          {conflict ? (
            <span className="text-xs text-destructive" role="alert" data-testid="risk-conflict">
              {t("risks.conflict.accept")}
            </span>
          ) : null}
          {error ? (
            <span className="text-xs text-destructive" role="alert">
              {error}
            </span>
          ) : null}
        </div>
      </div>
      {mayAccept && state !== "accepted" ? (
        <Button
          type="button"
          size="sm"
          variant={state === "stale" ? "default" : "outline"}
          disabled={isPending || !canAcceptNow(risk)}
          title={state === "noResidual" ? t("risks.accept.needsResidual") : t("risks.accept.hint")}
          onClick={() => void accept()}
          data-testid="accept-risk"
        >
          <ShieldCheck aria-hidden />
          {isPending
            ? t("risks.accept.pending")
            : state === "stale"
              ? t("risks.accept.again")
              : t("risks.accept.button")}
        </Button>
      ) : null}
    </div>
  );
}
