import { can } from "@airisk/domain/permissions";
import { useQuery } from "@tanstack/react-query";
import { CircleAlert, Lock, Plus, X } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import type { RiskRegister, SystemDetail } from "#pages/systems/model.ts";
import { isRetired } from "#pages/systems/obligation-model.ts";
import { RiskCard } from "#pages/systems/risk-card.tsx";
import { RiskForm } from "#pages/systems/risk-form.tsx";
import { type HeatmapSelection, RiskHeatmap } from "#pages/systems/risk-heatmap.tsx";
import {
  type HeatmapMode,
  heatmapPoint,
  mayAcceptRisk,
  summariseRegister,
} from "#pages/systems/risk-model.ts";
import { type MemberOption, useMemberOptions } from "#pages/systems/risk-ui.tsx";
import { todayIso } from "#pages/tracker/model.ts";
import { trpc } from "#trpc.ts";

/**
 * The risk register of a system (AI Law Art. 18(1)): every risk scored for its intended use and
 * for reasonably foreseeable misuse against the organisation's tolerance, its mitigations, the
 * residual risk and its acceptance by the system's risk owner; a heatmap beside it.
 */
export function RisksTab({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  const register = useQuery(trpc.risks.list.queryOptions({ systemId: system.id }));
  const members = useMemberOptions();

  if (register.isPending) {
    return (
      <div className="grid gap-4" aria-busy="true" data-testid="risks-loading">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-40 w-full" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  if (register.isError) {
    return (
      <Alert variant="destructive" data-testid="risks-error">
        <CircleAlert aria-hidden />
        <AlertTitle>{t("risks.loadFailed")}</AlertTitle>
        <AlertDescription>
          <p>{apiErrorMessage(register.error, t)}</p>
          <Button size="sm" variant="outline" onClick={() => void register.refetch()}>
            {t("risks.retry")}
          </Button>
        </AlertDescription>
      </Alert>
    );
  }
  return <RiskRegisterView system={system} register={register.data} members={members} />;
}

function RiskRegisterView({
  system,
  register,
  members,
}: {
  system: SystemDetail;
  register: RiskRegister;
  members: MemberOption[];
}) {
  const { t } = useTranslation();
  const { me, organisation } = useSession();
  const [adding, setAdding] = useState(false);
  const [mode, setMode] = useState<HeatmapMode>("inherent");
  const [cell, setCell] = useState<HeatmapSelection>(null);
  const retired = isRetired(system.state);
  const canWrite = can(organisation.role, "risks.write") && !retired;
  const mayAccept = mayAcceptRisk(organisation.role, me.user.id, system);
  const tolerance = register.tolerance;
  const categories = [...new Set(register.risks.map((r) => r.category))].sort((a, b) => a.localeCompare(b));
  const today = todayIso();

  const shown = cell
    ? register.risks.filter((risk) => {
        if (risk.status !== "open") return false;
        const point = heatmapPoint(risk, mode);
        return point?.likelihood === cell.likelihood && point.severity === cell.severity;
      })
    : register.risks;

  function changeMode(next: HeatmapMode) {
    setMode(next);
    setCell(null);
  }

  return (
    <div className="grid gap-6" data-testid="risks-tab">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid max-w-3xl gap-1">
          <h2 className="text-lg font-semibold tracking-tight">{t("risks.title")}</h2>
          <p className="text-sm text-muted-foreground">{t("risks.description")}</p>
        </div>
        {canWrite && !adding ? (
          <Button type="button" onClick={() => setAdding(true)} data-testid="add-risk">
            <Plus aria-hidden />
            {t("risks.add")}
          </Button>
        ) : null}
      </div>

      {retired ? (
        <Alert data-testid="risks-retired">
          <Lock aria-hidden />
          <AlertDescription>{t("risks.retired")}</AlertDescription>
        </Alert>
      ) : !can(organisation.role, "risks.write") ? (
        <Alert data-testid="risks-readonly">
          <Lock aria-hidden />
          <AlertDescription>{t("risks.readOnly")}</AlertDescription>
        </Alert>
      ) : null}

      {adding ? (
        <Card>
          <CardHeader>
            <CardTitle>
              <h3>{t("risks.form.addTitle")}</h3>
            </CardTitle>
            <CardDescription>{t("risks.form.addDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <RiskForm
              system={system}
              tolerance={tolerance}
              members={members}
              categories={categories}
              onDone={() => setAdding(false)}
              onCancel={() => setAdding(false)}
            />
          </CardContent>
        </Card>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_19rem]">
        <div className="grid gap-3" data-testid="risk-list">
          {cell ? (
            <div
              className="flex items-center justify-between gap-2 rounded-md border bg-muted/50 px-3 py-2 text-sm"
              data-testid="risk-filter"
            >
              <span>
                {t(mode === "residual" ? "risks.filter.residual" : "risks.filter.inherent", {
                  likelihood: cell.likelihood,
                  severity: cell.severity,
                  count: shown.length,
                })}
              </span>
              <Button type="button" size="sm" variant="ghost" onClick={() => setCell(null)}>
                <X aria-hidden />
                {t("risks.filter.clear")}
              </Button>
            </div>
          ) : null}
          {register.risks.length === 0 ? (
            <EmptyRegister system={system} />
          ) : (
            shown.map((risk) => (
              <RiskCard
                key={risk.id}
                system={system}
                risk={risk}
                tolerance={tolerance}
                members={members}
                categories={categories}
                canWrite={canWrite}
                mayAccept={mayAccept}
                today={today}
              />
            ))
          )}
        </div>
        <aside className="grid gap-4 lg:sticky lg:top-4" aria-label={t("risks.overview")}>
          <Summary system={system} register={register} />
          <Card className="py-4">
            <CardContent className="px-4">
              <RiskHeatmap
                risks={register.risks}
                tolerance={tolerance}
                mode={mode}
                onModeChange={changeMode}
                selected={cell}
                onSelect={setCell}
              />
            </CardContent>
          </Card>
        </aside>
      </div>
    </div>
  );
}

function EmptyRegister({ system }: { system: SystemDetail }) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-2 rounded-lg border border-dashed p-6 text-center" data-testid="risks-empty">
      <p className="font-medium">{t("risks.empty")}</p>
      <p className="text-sm text-muted-foreground">{t("risks.emptyHint")}</p>
      {system.noRisksJustification ? (
        <p className="text-sm" data-testid="no-risks-justification">
          {t("risks.noneFound", { justification: system.noRisksJustification })}
        </p>
      ) : null}
    </div>
  );
}

/** What the register still lacks for the next lifecycle steps, counted. */
function Summary({ system, register }: { system: SystemDetail; register: RiskRegister }) {
  const { t } = useTranslation();
  const summary = summariseRegister(register);
  const lines = [
    { key: "open", count: summary.open, warn: false },
    { key: "unscored", count: summary.unscored, warn: summary.unscored > 0 },
    { key: "aboveTolerance", count: summary.aboveTolerance, warn: false },
    { key: "needsMitigation", count: summary.needsMitigation, warn: summary.needsMitigation > 0 },
    { key: "noResidual", count: summary.noResidual, warn: summary.noResidual > 0 },
    { key: "accepted", count: summary.accepted, warn: false },
    { key: "stale", count: summary.stale, warn: summary.stale > 0 },
  ] as const;
  return (
    <Card className="gap-3 py-4" data-testid="risk-summary">
      <CardHeader className="px-4">
        <CardTitle>
          <h3 className="text-sm">{t("risks.summary.title")}</h3>
        </CardTitle>
        <CardDescription className="text-xs">
          {t("risks.summary.tolerance", { tolerance: register.tolerance })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 px-4">
        <dl className="grid gap-1.5 text-sm">
          {lines.map((line) => (
            <div
              key={line.key}
              className="flex items-center justify-between gap-2"
              data-testid={`risk-summary-${line.key}`}
              data-count={line.count}
            >
              <dt className={cn(line.warn ? "text-destructive" : "text-muted-foreground")}>
                {t(`risks.summary.${line.key}`)}
              </dt>
              <dd className={cn("font-medium tabular-nums", line.warn && "text-destructive")}>
                {line.count}
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-muted-foreground">
          {system.riskOwner
            ? t("risks.summary.acceptedBy", { name: system.riskOwner.name })
            : t("risks.summary.acceptedByAdmin")}
        </p>
      </CardContent>
    </Card>
  );
}
