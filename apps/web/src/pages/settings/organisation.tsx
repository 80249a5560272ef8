import { can } from "@airisk/domain/permissions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, Lock } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { FormError } from "#components/form-error.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Checkbox } from "#components/ui/checkbox.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { currencyDigits } from "#lib/money.ts";
import {
  fromProfileForm,
  KZ_OFFENDER_CATEGORIES,
  type ProfileFormValues,
  profileFieldFor,
  REVIEW_INTERVAL,
  RISK_TOLERANCE,
  toProfileForm,
  turnoverProblem,
} from "#lib/org-profile.ts";
import { apiErrorMessage, reportApiError } from "#lib/report-api-error.ts";
import { isIntInRange, NAME_MAX_LENGTH } from "#lib/validation.ts";
import { type RouterOutputs, trpc } from "#trpc.ts";

type Organisation = RouterOutputs["orgs"]["get"];

/** The currencies offered first; every other ISO 4217 code follows. */
const COMMON_CURRENCIES = ["KZT", "USD", "EUR", "RUB", "CNY", "GBP"];

export function OrganisationSettingsPage() {
  const { t } = useTranslation();
  const { organisation: active } = useSession();
  const organisation = useQuery(trpc.orgs.get.queryOptions());
  const canEdit = can(active.role, "org.update");

  if (organisation.isPending) {
    return (
      <Card>
        <CardContent className="grid gap-4">
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-2/3" />
        </CardContent>
      </Card>
    );
  }
  if (organisation.isError) {
    return (
      <Alert variant="destructive" data-testid="org-profile-error">
        <CircleAlert aria-hidden />
        <AlertTitle>{t("settings.organisation.loadFailed")}</AlertTitle>
        <AlertDescription>{apiErrorMessage(organisation.error, t)}</AlertDescription>
      </Alert>
    );
  }
  return (
    <OrganisationProfileForm key={organisation.data.id} organisation={organisation.data} canEdit={canEdit} />
  );
}

function OrganisationProfileForm({
  organisation,
  canEdit,
}: {
  organisation: Organisation;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.orgs.update.mutationOptions());
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ProfileFormValues>({ defaultValues: toProfileForm(organisation) });
  const pending = isSubmitting || update.isPending;
  const currencies = useCurrencyOptions(i18n.resolvedLanguage ?? i18n.language);
  const euSmeId = useId();
  const auditPolicyId = useId();

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    try {
      const updated = await update.mutateAsync(fromProfileForm(values));
      queryClient.setQueryData(trpc.orgs.get.queryKey(), updated);
      // The name shows in the organisation switcher too.
      void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      reset(toProfileForm(updated));
      setSaved(true);
    } catch (error) {
      reportApiError(error, setError, t, profileFieldFor);
    }
  });

  const intRule = (range: { min: number; max: number }) => ({
    validate: (value: string) =>
      value.trim() === "" || isIntInRange(value, range.min, range.max) || t("validation.intRange", range),
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("settings.organisation.title")}</h2>
        </CardTitle>
        <CardDescription>{t("settings.organisation.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form noValidate onSubmit={onSubmit} className="grid gap-6" data-testid="org-profile-form">
          {canEdit ? null : (
            <Alert data-testid="org-profile-readonly">
              <Lock aria-hidden />
              <AlertDescription>{t("settings.organisation.readOnly")}</AlertDescription>
            </Alert>
          )}
          <FormError message={errors.root?.server?.message} />
          <fieldset disabled={!canEdit || pending} className="grid gap-5 md:grid-cols-2">
            <FormField
              name="name"
              label={t("settings.organisation.name")}
              error={errors.name?.message}
              className="md:col-span-2"
            >
              {(control) => (
                <Input
                  {...control}
                  autoComplete="organization"
                  data-testid="org-name"
                  {...register("name", {
                    validate: (value) => value.trim() !== "" || t("validation.required"),
                    maxLength: {
                      value: NAME_MAX_LENGTH,
                      message: t("validation.tooLong", { max: NAME_MAX_LENGTH }),
                    },
                  })}
                />
              )}
            </FormField>

            <FormField
              name="kzOffenderCategory"
              label={t("settings.organisation.kzOffenderCategory")}
              hint={t("settings.organisation.kzOffenderCategoryHint")}
              error={errors.kzOffenderCategory?.message}
            >
              {(control) => (
                <NativeSelect {...control} data-testid="org-kz-category" {...register("kzOffenderCategory")}>
                  <option value="">{t("settings.organisation.notSet")}</option>
                  {KZ_OFFENDER_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {t(`settings.organisation.kzCategories.${category}`)}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>

            <div className="grid content-start gap-2">
              <span className="text-sm font-medium">{t("settings.organisation.euSmeTitle")}</span>
              <label htmlFor={euSmeId} className="flex items-start gap-2 text-sm">
                <Checkbox id={euSmeId} className="mt-0.5" data-testid="org-eu-sme" {...register("euSme")} />
                <span>{t("settings.organisation.euSme")}</span>
              </label>
              <p className="text-xs text-muted-foreground">{t("settings.organisation.euSmeHint")}</p>
              {errors.euSme?.message ? (
                <p className="text-sm text-destructive" data-testid="field-error-euSme">
                  {errors.euSme.message}
                </p>
              ) : null}
            </div>

            <FormField
              name="annualTurnover"
              label={t("settings.organisation.annualTurnover")}
              hint={t("settings.organisation.annualTurnoverHint")}
              error={errors.annualTurnover?.message ?? errors.turnoverCurrency?.message}
            >
              {(control) => (
                <div className="flex gap-2">
                  <Input
                    {...control}
                    inputMode="decimal"
                    placeholder="0.00"
                    data-testid="org-turnover-amount"
                    className="flex-1"
                    {...register("annualTurnover", {
                      validate: (value, values) => {
                        const problem = turnoverProblem(value, values.turnoverCurrency);
                        if (problem === undefined) return true;
                        const digits = currencyDigits(values.turnoverCurrency) ?? 0;
                        return t(`money.${problem}`, { digits, currency: values.turnoverCurrency });
                      },
                    })}
                  />
                  <NativeSelect
                    aria-label={t("settings.organisation.turnoverCurrency")}
                    className="w-28"
                    data-testid="org-turnover-currency"
                    {...register("turnoverCurrency", { deps: ["annualTurnover"] })}
                  >
                    <CurrencyOptions currencies={currencies} codesOnly />
                  </NativeSelect>
                </div>
              )}
            </FormField>

            <FormField
              name="reportingCurrency"
              label={t("settings.organisation.reportingCurrency")}
              hint={t("settings.organisation.reportingCurrencyHint")}
              error={errors.reportingCurrency?.message}
            >
              {(control) => (
                <NativeSelect
                  {...control}
                  data-testid="org-reporting-currency"
                  {...register("reportingCurrency")}
                >
                  <option value="">{t("settings.organisation.notSet")}</option>
                  <CurrencyOptions currencies={currencies} />
                </NativeSelect>
              )}
            </FormField>

            <FormField
              name="reviewIntervalMonths"
              label={t("settings.organisation.reviewIntervalMonths")}
              hint={t("settings.organisation.reviewIntervalMonthsHint", REVIEW_INTERVAL)}
              error={errors.reviewIntervalMonths?.message}
            >
              {(control) => (
                <Input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={REVIEW_INTERVAL.min}
                  max={REVIEW_INTERVAL.max}
                  step={1}
                  data-testid="org-review-interval"
                  {...register("reviewIntervalMonths", intRule(REVIEW_INTERVAL))}
                />
              )}
            </FormField>

            <FormField
              name="riskTolerance"
              label={t("settings.organisation.riskTolerance")}
              hint={t("settings.organisation.riskToleranceHint", RISK_TOLERANCE)}
              error={errors.riskTolerance?.message}
            >
              {(control) => (
                <Input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={RISK_TOLERANCE.min}
                  max={RISK_TOLERANCE.max}
                  step={1}
                  data-testid="org-risk-tolerance"
                  {...register("riskTolerance", intRule(RISK_TOLERANCE))}
                />
              )}
            </FormField>

            <div className="grid content-start gap-2">
              <span className="text-sm font-medium">{t("settings.organisation.auditPolicyTitle")}</span>
              <label htmlFor={auditPolicyId} className="flex items-start gap-2 text-sm">
                <Checkbox
                  id={auditPolicyId}
                  className="mt-0.5"
                  data-testid="org-audit-every-high-impact"
                  {...register("auditEveryHighImpact")}
                />
                <span>{t("settings.organisation.auditPolicy")}</span>
              </label>
              <p className="text-xs text-muted-foreground">{t("settings.organisation.auditPolicyHint")}</p>
            </div>
          </fieldset>
          {canEdit ? (
            <div className="flex items-center gap-3">
              <Button type="submit" disabled={pending} data-testid="org-profile-save">
                {pending ? t("settings.organisation.saving") : t("settings.organisation.save")}
              </Button>
              {saved && !isDirty ? (
                <span role="status" className="text-sm text-success" data-testid="org-profile-saved">
                  {t("settings.organisation.saved")}
                </span>
              ) : null}
            </div>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}

type CurrencyOption = { code: string; label: string };

/** Common currencies first, then every ISO 4217 code the browser knows, each with its name. */
function useCurrencyOptions(language: string): { common: CurrencyOption[]; all: CurrencyOption[] } {
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([language], { type: "currency" });
    } catch {
      names = undefined;
    }
    const option = (code: string): CurrencyOption => {
      const name = names?.of(code);
      return { code, label: name && name !== code ? `${code} · ${name}` : code };
    };
    const all = Intl.supportedValuesOf("currency").filter((code) => !COMMON_CURRENCIES.includes(code));
    return { common: COMMON_CURRENCIES.map(option), all: all.map(option) };
  }, [language]);
}

function CurrencyOptions({
  currencies,
  codesOnly = false,
}: {
  currencies: { common: CurrencyOption[]; all: CurrencyOption[] };
  codesOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <optgroup label={t("settings.organisation.commonCurrencies")}>
        {currencies.common.map(({ code, label }) => (
          <option key={code} value={code} title={label}>
            {codesOnly ? code : label}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("settings.organisation.allCurrencies")}>
        {currencies.all.map(({ code, label }) => (
          <option key={code} value={code} title={label}>
            {codesOnly ? code : label}
          </option>
        ))}
      </optgroup>
    </>
  );
}
