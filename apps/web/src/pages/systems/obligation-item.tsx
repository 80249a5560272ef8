import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Hourglass, Scale } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormError } from "#components/form-error.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent } from "#components/ui/card.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { formatDate } from "#lib/format.ts";
import { reportApiError, sameNames } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { EvidenceControls } from "#pages/systems/evidence-forms.tsx";
import { EvidenceList } from "#pages/systems/evidence-list.tsx";
import type { SystemObligation } from "#pages/systems/model.ts";
import {
  NOTE_MAX_LENGTH,
  OBLIGATION_STATUSES,
  type ObligationStatus,
  type StatusFormValues,
  statusFormChanged,
  statusProblem,
  toStatusForm,
  type Verdict,
} from "#pages/systems/obligation-model.ts";
import { invalidateSystem, Textarea, useLanguage } from "#pages/systems/risk-ui.tsx";
import { BasisBadge, EffectiveFrom, IsoDate } from "#pages/tracker/badges.tsx";
import { trpc } from "#trpc.ts";

const STATUS_CLASSES: Record<ObligationStatus | "open", string> = {
  met: "border-emerald-200 bg-emerald-50 text-emerald-800",
  gap: "border-red-200 bg-red-50 text-red-800",
  not_applicable: "border-slate-200 bg-slate-100 text-slate-700",
  open: "border-amber-200 bg-amber-50 text-amber-900",
};

export function ObligationStatusBadge({ status }: { status: ObligationStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? "open";
  return (
    <Badge
      variant="outline"
      className={STATUS_CLASSES[key]}
      data-testid="obligation-status-badge"
      data-status={key}
    >
      {t(`obligations.status.${key}`)}
    </Badge>
  );
}

/**
 * Where the duty comes from: "Law" for the law's own words; "Inferred" or "Product policy" (with
 * why, on opening) otherwise, so an inferred duty never reads as the law's.
 */
export function ObligationBasis({ verdict }: { verdict: Pick<Verdict, "basis" | "citation"> }) {
  const { t } = useTranslation();
  return (
    <span
      className="inline-flex items-center gap-2"
      data-testid="obligation-basis"
      data-basis={verdict.basis}
    >
      <span className="font-mono text-xs">{verdict.citation.text}</span>
      {verdict.basis === "law" ? (
        <Badge
          variant="outline"
          className="border-emerald-200 bg-emerald-50 text-emerald-800"
          title={t("obligations.basis.lawHint")}
        >
          <Scale aria-hidden />
          {t("obligations.basis.law")}
        </Badge>
      ) : (
        <BasisBadge citation={{ ...verdict.citation, basis: verdict.basis }} />
      )}
    </span>
  );
}

/** "Why it applies": the profile facts that triggered the obligation. */
export function Reasons({ reasons, label }: { reasons: readonly string[]; label: string }) {
  if (reasons.length === 0) return null;
  return (
    <div className="grid gap-1 text-sm">
      <span className="text-xs font-medium text-muted-foreground uppercase">{label}</span>
      <ul className="grid list-disc gap-0.5 pl-5 text-muted-foreground" data-testid="obligation-reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}

/** One applicable obligation: what it asks, why it applies, its status and its evidence. */
export function ObligationItem({
  systemId,
  obligation,
  asOf,
  canWrite,
  suspendedAt,
}: {
  systemId: string;
  obligation: SystemObligation;
  asOf: string;
  canWrite: boolean;
  suspendedAt: Date | null;
}) {
  const { t } = useTranslation();
  const status = obligation.answer?.status ?? null;
  return (
    <Card
      className={cn("gap-3 py-4", status === "gap" && "border-red-300")}
      data-testid="obligation-item"
      data-obligation-id={obligation.obligationId}
      data-status={status ?? "open"}
    >
      <CardContent className="grid gap-4 px-4 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="grid content-start gap-3">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <div className="grid min-w-0 gap-1.5">
              <h4 className="font-semibold leading-snug">{obligation.title}</h4>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <ObligationBasis verdict={obligation} />
                <EffectiveFrom date={obligation.effectiveFrom} today={asOf} />
                {obligation.status === "not_yet_in_force" ? (
                  <Badge
                    variant="outline"
                    className="border-sky-200 bg-sky-50 text-sky-800"
                    data-testid="not-in-force"
                  >
                    <Hourglass aria-hidden />
                    {t("obligations.notYetInForce")}
                  </Badge>
                ) : null}
              </div>
            </div>
            <ObligationStatusBadge status={status} />
          </div>
          <p className="text-sm leading-relaxed">{obligation.summary}</p>
          <Reasons reasons={obligation.reasons} label={t("obligations.whyApplies")} />
        </div>

        <div className="grid content-start gap-3">
          <StatusSection systemId={systemId} obligation={obligation} canWrite={canWrite} />
          <section className="grid gap-2" aria-label={t("obligations.evidence.title")}>
            <h5 className="text-sm font-medium">
              {t("obligations.evidence.title")}{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                {obligation.evidence.length}
              </span>
            </h5>
            <EvidenceList
              systemId={systemId}
              items={obligation.evidence}
              since={suspendedAt}
              emptyText={t("obligations.evidence.none")}
            />
            {canWrite ? (
              <EvidenceControls systemId={systemId} obligationId={obligation.obligationId} />
            ) : null}
          </section>
        </div>
      </CardContent>
    </Card>
  );
}

function StatusSection({
  systemId,
  obligation,
  canWrite,
}: {
  systemId: string;
  obligation: SystemObligation;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const answer = obligation.answer;
  const answered = answer
    ? t("obligations.answered", { date: formatDate(answer.updatedAt, language) })
    : null;
  if (!canWrite) {
    return answer?.note ? (
      <div className="grid gap-1 text-sm" data-testid="obligation-note">
        <span className="text-xs font-medium text-muted-foreground uppercase">
          {answer.status === "not_applicable" ? t("obligations.form.reason") : t("obligations.form.note")}
        </span>
        <p className="whitespace-pre-line">{answer.note}</p>
        {answered ? <span className="text-xs text-muted-foreground">{answered}</span> : null}
      </div>
    ) : null;
  }
  return <StatusForm systemId={systemId} obligation={obligation} answered={answered} />;
}

function StatusForm({
  systemId,
  obligation,
  answered,
}: {
  systemId: string;
  obligation: SystemObligation;
  answered: string | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const setStatus = useMutation(trpc.obligations.setStatus.mutationOptions());
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<StatusFormValues>({ defaultValues: toStatusForm(obligation) });
  const pending = isSubmitting || setStatus.isPending;
  const values = watch();
  const changed = statusFormChanged(obligation, values);
  const notApplicable = values.status === "not_applicable";

  const onSubmit = handleSubmit(async (submitted) => {
    setSaved(false);
    if (submitted.status === "") return;
    try {
      const note = submitted.note.trim();
      await setStatus.mutateAsync({
        systemId,
        obligationId: obligation.obligationId,
        status: submitted.status,
        ...(note ? { note } : {}),
      });
      reset({ status: submitted.status, note });
      setSaved(true);
      await invalidateSystem(queryClient, systemId, { obligations: true });
    } catch (thrown) {
      reportApiError(thrown, setError, t, sameNames("status", "note"));
    }
  });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-3 rounded-md border bg-muted/30 p-3"
      data-testid="obligation-status-form"
    >
      <FormError message={errors.root?.server?.message} />
      <fieldset disabled={pending} className="grid items-start gap-3">
        <FormField name="status" label={t("obligations.form.status")} error={errors.status?.message}>
          {(control) => (
            <NativeSelect
              {...control}
              data-testid="obligation-status"
              {...register("status", {
                deps: ["note"],
                validate: (value, all) =>
                  statusProblem({ ...all, status: value }) === "statusRequired"
                    ? t("obligations.form.statusRequired")
                    : true,
                onChange: () => setSaved(false),
              })}
            >
              {obligation.answer ? null : <option value="">{t("obligations.form.choose")}</option>}
              {OBLIGATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`obligations.status.${status}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField
          name="note"
          label={notApplicable ? t("obligations.form.reasonRequired") : t("obligations.form.noteOptional")}
          hint={notApplicable ? t("obligations.form.reasonHint") : undefined}
          error={errors.note?.message}
        >
          {(control) => (
            <Textarea
              {...control}
              rows={notApplicable ? 3 : 2}
              data-testid="obligation-note"
              {...register("note", {
                validate: (value, all) =>
                  statusProblem({ ...all, note: value }) === "reasonRequired"
                    ? t("obligations.form.reasonMissing")
                    : true,
                maxLength: {
                  value: NOTE_MAX_LENGTH,
                  message: t("validation.tooLong", { max: NOTE_MAX_LENGTH }),
                },
                onChange: () => setSaved(false),
              })}
            />
          )}
        </FormField>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending || !changed} data-testid="obligation-save">
          {pending ? t("obligations.form.saving") : t("obligations.form.save")}
        </Button>
        {saved && !changed ? (
          <span role="status" className="text-sm text-success" data-testid="obligation-saved">
            {t("obligations.form.saved")}
          </span>
        ) : answered ? (
          <span className="text-xs text-muted-foreground">{answered}</span>
        ) : null}
      </div>
    </form>
  );
}

/** A verdict that does not apply (now): why, and from when it will if it is only not in force yet. */
export function VerdictRow({ verdict, asOf }: { verdict: Verdict; asOf: string }) {
  const { t } = useTranslation();
  return (
    <li
      className="grid gap-2 p-4"
      data-testid={
        verdict.status === "not_yet_in_force" ? "obligation-upcoming" : "obligation-not-applicable"
      }
      data-obligation-id={verdict.obligationId}
    >
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
        <span className="font-medium">{verdict.title}</span>
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-mono text-xs text-muted-foreground">{verdict.jurisdiction}</span>
          {verdict.status === "not_yet_in_force" ? (
            <Badge
              variant="outline"
              className="border-sky-200 bg-sky-50 text-sky-800"
              data-testid="not-in-force"
            >
              <Hourglass aria-hidden />
              {t("obligations.appliesFrom")} <IsoDate date={verdict.effectiveFrom} />
            </Badge>
          ) : null}
        </span>
      </div>
      <p className="text-sm text-muted-foreground">{verdict.summary}</p>
      <ObligationBasis verdict={verdict} />
      <Reasons
        reasons={verdict.reasons}
        label={verdict.status === "not_yet_in_force" ? t("obligations.whyLater") : t("obligations.whyNot")}
      />
      {verdict.status === "not_yet_in_force" ? null : (
        <EffectiveFrom date={verdict.effectiveFrom} today={asOf} />
      )}
    </li>
  );
}
