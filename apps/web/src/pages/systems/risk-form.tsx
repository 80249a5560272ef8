import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useId, useState } from "react";
import { type UseFormRegister, type UseFormWatch, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormError } from "#components/form-error.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { readApiError } from "#lib/api-error.ts";
import { reportApiError } from "#lib/report-api-error.ts";
import type { Risk, SystemDetail } from "#pages/systems/model.ts";
import {
  ARISES_FROM,
  CATEGORY_SUGGESTIONS,
  isUnchanged,
  LIKELIHOOD_STEPS,
  pairProblem,
  RISK_LIMITS,
  RISK_STATUSES,
  type RiskFormValues,
  riskFieldFor,
  SCORE_PAIRS,
  type ScorePair,
  SEVERITY_STEPS,
  toCreateRiskInput,
  toRiskForm,
  toUpdateRiskInput,
} from "#pages/systems/risk-model.ts";
import {
  invalidateSystem,
  type MemberOption,
  OwnerOptions,
  ScoreBadge,
  Textarea,
} from "#pages/systems/risk-ui.tsx";
import { trpc } from "#trpc.ts";

/**
 * Adds a risk, or edits one (`risk` given). Each likelihood goes with its severity; the edit is
 * sent with the version it started from, and a change by someone else in between (CONFLICT) is
 * shown with a way to load the latest version rather than overwriting it.
 */
export function RiskForm({
  system,
  tolerance,
  members,
  categories,
  risk,
  onDone,
  onCancel,
}: {
  system: SystemDetail;
  tolerance: number;
  members: MemberOption[];
  /** Categories already in the register, offered as suggestions. */
  categories: string[];
  risk?: Risk;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.risks.create.mutationOptions());
  const update = useMutation(trpc.risks.update.mutationOptions());
  const [baseVersion, setBaseVersion] = useState(risk?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const categoryListId = useId();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<RiskFormValues>({
    defaultValues: toRiskForm(risk, { ownerId: system.riskOwner?.id ?? null }),
  });
  const pending = isSubmitting || create.isPending || update.isPending;

  const onSubmit = handleSubmit(async (values) => {
    setConflict(false);
    try {
      if (risk) {
        const input = toUpdateRiskInput(risk, baseVersion, values);
        if (!isUnchanged(input)) await update.mutateAsync(input);
      } else {
        await create.mutateAsync(toCreateRiskInput(system.id, values));
      }
      await invalidateSystem(queryClient, system.id, { risks: true });
      onDone();
    } catch (thrown) {
      if (readApiError(thrown).code === "CONFLICT") {
        setConflict(true);
        void invalidateSystem(queryClient, system.id, { risks: true });
        return;
      }
      reportApiError(thrown, setError, t, riskFieldFor);
    }
  });

  function loadLatest() {
    if (!risk) return;
    reset(toRiskForm(risk));
    setBaseVersion(risk.version);
    setConflict(false);
  }

  const suggestions = [
    ...new Set([
      ...categories,
      ...CATEGORY_SUGGESTIONS.map((key) => t(`risks.form.categorySuggestions.${key}`)),
    ]),
  ];

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-5"
      data-testid="risk-form"
      aria-label={risk ? t("risks.form.editTitle", { title: risk.title }) : t("risks.form.addTitle")}
    >
      {conflict && risk ? (
        <Alert variant="destructive" data-testid="risk-conflict">
          <RefreshCw aria-hidden />
          <AlertTitle>{t("risks.conflict.title")}</AlertTitle>
          <AlertDescription>
            <p>{t("risks.conflict.form")}</p>
            <Button
              type="button"
              size="sm"
              variant="outline"
              onClick={loadLatest}
              disabled={risk.version === baseVersion}
              data-testid="risk-load-latest"
            >
              {risk.version === baseVersion ? t("risks.conflict.loading") : t("risks.conflict.loadLatest")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : null}
      <FormError message={errors.root?.server?.message} />
      <fieldset disabled={pending} className="grid gap-4 md:grid-cols-2">
        <FormField
          name="title"
          label={t("risks.form.title")}
          error={errors.title?.message}
          className="md:col-span-2"
        >
          {(control) => (
            <Input
              {...control}
              data-testid="risk-field-title"
              {...register("title", {
                validate: (value) => value.trim() !== "" || t("validation.required"),
                maxLength: {
                  value: RISK_LIMITS.title,
                  message: t("validation.tooLong", { max: RISK_LIMITS.title }),
                },
              })}
            />
          )}
        </FormField>
        <FormField
          name="category"
          label={t("risks.form.category")}
          hint={t("risks.form.categoryHint")}
          error={errors.category?.message}
        >
          {(control) => (
            <>
              <Input
                {...control}
                list={categoryListId}
                autoComplete="off"
                data-testid="risk-field-category"
                {...register("category", {
                  validate: (value) => value.trim() !== "" || t("validation.required"),
                  maxLength: {
                    value: RISK_LIMITS.category,
                    message: t("validation.tooLong", { max: RISK_LIMITS.category }),
                  },
                })}
              />
              <datalist id={categoryListId}>
                {suggestions.map((category) => (
                  <option key={category} value={category} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        <FormField
          name="arisesFrom"
          label={t("risks.form.arisesFrom")}
          hint={t("risks.form.arisesFromHint")}
          error={errors.arisesFrom?.message}
        >
          {(control) => (
            <NativeSelect {...control} data-testid="risk-field-arisesFrom" {...register("arisesFrom")}>
              {ARISES_FROM.map((value) => (
                <option key={value} value={value}>
                  {t(`risks.arisesFrom.${value}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField
          name="description"
          label={t("risks.form.description")}
          hint={t("risks.form.descriptionHint")}
          error={errors.description?.message}
          className="md:col-span-2"
        >
          {(control) => (
            <Textarea
              {...control}
              rows={3}
              data-testid="risk-field-description"
              {...register("description", {
                maxLength: {
                  value: RISK_LIMITS.description,
                  message: t("validation.tooLong", { max: RISK_LIMITS.description }),
                },
              })}
            />
          )}
        </FormField>

        {SCORE_PAIRS.map((pair) => (
          <PairFields
            key={pair.key}
            pair={pair}
            tolerance={tolerance}
            register={register}
            watch={watch}
            errors={{
              likelihood: errors[pair.likelihood]?.message,
              severity: errors[pair.severity]?.message,
            }}
          />
        ))}

        <FormField
          name="ownerId"
          label={t("risks.form.owner")}
          hint={t("risks.form.ownerHint")}
          error={errors.ownerId?.message}
        >
          {(control) => (
            <NativeSelect {...control} data-testid="risk-field-ownerId" {...register("ownerId")}>
              <OwnerOptions members={members} current={risk?.owner ?? system.riskOwner} />
            </NativeSelect>
          )}
        </FormField>
        {risk ? (
          <FormField
            name="status"
            label={t("risks.form.status")}
            hint={t("risks.form.statusHint")}
            error={errors.status?.message}
          >
            {(control) => (
              <NativeSelect {...control} data-testid="risk-field-status" {...register("status")}>
                {RISK_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`risks.status.${status}`)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending} data-testid="risk-save">
          {pending ? t("risks.form.saving") : risk ? t("risks.form.save") : t("risks.form.add")}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
          {t("risks.form.cancel")}
        </Button>
      </div>
    </form>
  );
}

/** One likelihood × severity pair (intended use, misuse or residual) with its score as it stands. */
function PairFields({
  pair,
  tolerance,
  register,
  watch,
  errors,
}: {
  pair: ScorePair;
  tolerance: number;
  register: UseFormRegister<RiskFormValues>;
  watch: UseFormWatch<RiskFormValues>;
  errors: { likelihood: string | undefined; severity: string | undefined };
}) {
  const { t } = useTranslation();
  const likelihood = watch(pair.likelihood);
  const severity = watch(pair.severity);
  const value = (text: string) => (text === "" ? null : Number(text));
  return (
    <fieldset
      className="grid gap-3 rounded-lg border p-3 md:col-span-2"
      data-testid={`risk-pair-${pair.key}`}
    >
      <legend className="px-1 text-sm font-medium">{t(`risks.form.pairs.${pair.key}.title`)}</legend>
      <p className="-mt-1 text-xs text-muted-foreground">{t(`risks.form.pairs.${pair.key}.hint`)}</p>
      <div className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
        <FormField name={pair.likelihood} label={t("risks.form.likelihood")} error={errors.likelihood}>
          {(control) => (
            <NativeSelect
              {...control}
              data-testid={`risk-field-${pair.likelihood}`}
              {...register(pair.likelihood, {
                deps: [pair.severity],
                validate: (text, values) =>
                  pairProblem(text, values[pair.severity]) === "likelihood"
                    ? t("risks.form.pairLikelihood")
                    : true,
              })}
            >
              <option value="">{t("risks.form.notScored")}</option>
              {LIKELIHOOD_STEPS.map((step) => (
                <option key={step.value} value={String(step.value)}>
                  {t(`risks.scale.likelihood.${step.key}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <FormField name={pair.severity} label={t("risks.form.severity")} error={errors.severity}>
          {(control) => (
            <NativeSelect
              {...control}
              data-testid={`risk-field-${pair.severity}`}
              {...register(pair.severity, {
                deps: [pair.likelihood],
                validate: (text, values) =>
                  pairProblem(values[pair.likelihood], text) === "severity"
                    ? t("risks.form.pairSeverity")
                    : true,
              })}
            >
              <option value="">{t("risks.form.notScored")}</option>
              {SEVERITY_STEPS.map((step) => (
                <option key={step.value} value={String(step.value)}>
                  {t(`risks.scale.severity.${step.key}`)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
        <div className="grid gap-2 sm:justify-items-end">
          <span className="text-sm font-medium">{t("risks.form.score")}</span>
          <span className="flex h-9 items-center">
            <ScoreBadge likelihood={value(likelihood)} severity={value(severity)} tolerance={tolerance} />
          </span>
        </div>
      </div>
    </fieldset>
  );
}
