import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CalendarClock, Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormError } from "#components/form-error.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { reportApiError } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import type { Risk } from "#pages/systems/model.ts";
import {
  isIsoDay,
  isMitigationOverdue,
  MITIGATION_STATUSES,
  type Mitigation,
  type MitigationFormValues,
  type MitigationStatus,
  mitigationFieldFor,
  needsMitigation,
  RISK_LIMITS,
  toAddMitigationInput,
  toMitigationForm,
  toUpdateMitigationInput,
} from "#pages/systems/risk-model.ts";
import { invalidateSystem, type MemberOption, OwnerOptions, Textarea } from "#pages/systems/risk-ui.tsx";
import { IsoDate } from "#pages/tracker/badges.tsx";
import { trpc } from "#trpc.ts";

const STATUS_CLASSES: Record<MitigationStatus, string> = {
  planned: "border-slate-200 bg-slate-50 text-slate-700",
  in_progress: "border-sky-200 bg-sky-50 text-sky-800",
  done: "border-emerald-200 bg-emerald-50 text-emerald-800",
  cancelled: "border-border bg-muted text-muted-foreground line-through",
};

/** The mitigations of one risk, each editable in place, and the form to add one. */
export function RiskMitigations({
  systemId,
  risk,
  members,
  canWrite,
  today,
}: {
  systemId: string;
  risk: Risk;
  members: MemberOption[];
  canWrite: boolean;
  today: string;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  return (
    <section className="grid gap-2" aria-label={t("risks.mitigations.title")} data-testid="risk-mitigations">
      <div className="flex items-center justify-between gap-2">
        <h4 className="text-sm font-medium">
          {t("risks.mitigations.title")}{" "}
          <span className="font-normal text-muted-foreground tabular-nums">{risk.mitigations.length}</span>
        </h4>
        {canWrite && editing !== "new" ? (
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() => setEditing("new")}
            data-testid="add-mitigation"
          >
            <Plus aria-hidden />
            {t("risks.mitigations.add")}
          </Button>
        ) : null}
      </div>
      {risk.mitigations.length === 0 && editing !== "new" ? (
        <p
          className={cn("text-sm", needsMitigation(risk) ? "text-destructive" : "text-muted-foreground")}
          data-testid="mitigations-empty"
        >
          {needsMitigation(risk) ? t("risks.mitigations.emptyNeeded") : t("risks.mitigations.empty")}
        </p>
      ) : null}
      {risk.mitigations.length > 0 ? (
        <ul className="grid divide-y rounded-md border">
          {risk.mitigations.map((mitigation) =>
            editing === mitigation.id ? (
              <li key={mitigation.id} className="p-3">
                <MitigationForm
                  systemId={systemId}
                  riskId={risk.id}
                  mitigation={mitigation}
                  members={members}
                  onClose={() => setEditing(null)}
                />
              </li>
            ) : (
              <MitigationItem
                key={mitigation.id}
                mitigation={mitigation}
                today={today}
                canWrite={canWrite}
                onEdit={() => setEditing(mitigation.id)}
              />
            ),
          )}
        </ul>
      ) : null}
      {editing === "new" ? (
        <div className="rounded-md border p-3">
          <MitigationForm
            systemId={systemId}
            riskId={risk.id}
            members={members}
            onClose={() => setEditing(null)}
          />
        </div>
      ) : null}
    </section>
  );
}

function MitigationItem({
  mitigation,
  today,
  canWrite,
  onEdit,
}: {
  mitigation: Mitigation;
  today: string;
  canWrite: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const overdue = isMitigationOverdue(mitigation, today);
  return (
    <li
      className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between"
      data-testid="mitigation-item"
      data-status={mitigation.status}
    >
      <div className="grid min-w-0 gap-1">
        <p className={cn("text-sm whitespace-pre-line", mitigation.status === "cancelled" && "line-through")}>
          {mitigation.action}
        </p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          <span>
            {mitigation.owner
              ? t("risks.mitigations.ownedBy", { name: mitigation.owner.name })
              : t("risks.mitigations.noOwner")}
          </span>
          {mitigation.dueDate ? (
            <span className={cn("inline-flex items-center gap-1", overdue && "font-medium text-destructive")}>
              <CalendarClock className="size-3" aria-hidden />
              {t("risks.mitigations.due")} <IsoDate date={mitigation.dueDate} />
              {overdue ? ` · ${t("risks.mitigations.overdue")}` : null}
            </span>
          ) : null}
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-2">
        <Badge variant="outline" className={STATUS_CLASSES[mitigation.status]}>
          {t(`risks.mitigations.status.${mitigation.status}`)}
        </Badge>
        {canWrite ? (
          <Button
            type="button"
            size="sm"
            variant="ghost"
            onClick={onEdit}
            aria-label={t("risks.mitigations.editNamed", { action: mitigation.action.slice(0, 60) })}
            data-testid="edit-mitigation"
          >
            <Pencil aria-hidden />
            {t("risks.mitigations.edit")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

function MitigationForm({
  systemId,
  riskId,
  mitigation,
  members,
  onClose,
}: {
  systemId: string;
  riskId: string;
  mitigation?: Mitigation;
  members: MemberOption[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.risks.addMitigation.mutationOptions());
  const update = useMutation(trpc.risks.updateMitigation.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MitigationFormValues>({ defaultValues: toMitigationForm(mitigation) });
  const pending = isSubmitting || add.isPending || update.isPending;

  const onSubmit = handleSubmit(async (values) => {
    try {
      if (mitigation) {
        const input = toUpdateMitigationInput(mitigation, values);
        if (Object.keys(input).length > 1) await update.mutateAsync(input);
      } else {
        await add.mutateAsync(toAddMitigationInput(riskId, values));
      }
      await invalidateSystem(queryClient, systemId, { risks: true });
      onClose();
    } catch (thrown) {
      reportApiError(thrown, setError, t, mitigationFieldFor);
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-3" data-testid="mitigation-form">
      <FormError message={errors.root?.server?.message} />
      <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-3">
        <FormField
          name="action"
          label={t("risks.mitigations.action")}
          hint={t("risks.mitigations.actionHint")}
          error={errors.action?.message}
          className="sm:col-span-3"
        >
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              data-testid="mitigation-action"
              {...register("action", {
                validate: (value) => value.trim() !== "" || t("validation.required"),
                maxLength: {
                  value: RISK_LIMITS.action,
                  message: t("validation.tooLong", { max: RISK_LIMITS.action }),
                },
              })}
            />
          )}
        </FormField>
        <FormField name="ownerId" label={t("risks.mitigations.owner")} error={errors.ownerId?.message}>
          {(control) => (
            <NativeSelect {...control} data-testid="mitigation-owner" {...register("ownerId")}>
              <OwnerOptions members={members} current={mitigation?.owner} />
            </NativeSelect>
          )}
        </FormField>
        <FormField name="dueDate" label={t("risks.mitigations.dueDate")} error={errors.dueDate?.message}>
          {(control) => (
            <Input
              {...control}
              type="date"
              data-testid="mitigation-due"
              {...register("dueDate", {
                validate: (value) => value === "" || isIsoDay(value) || t("risks.mitigations.invalidDate"),
              })}
            />
          )}
        </FormField>
        <FormField name="status" label={t("risks.mitigations.statusLabel")} error={errors.status?.message}>
          {(control) => (
            <NativeSelect {...control} data-testid="mitigation-status" {...register("status")}>
              {MITIGATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`risks.mitigations.status.${status}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending} data-testid="mitigation-save">
          {pending
            ? t("risks.mitigations.saving")
            : mitigation
              ? t("risks.mitigations.save")
              : t("risks.mitigations.addSubmit")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onClose} disabled={pending}>
          {t("risks.mitigations.cancel")}
        </Button>
      </div>
    </form>
  );
}
