import type { SystemRole } from "@airisk/regulations/schema";
import { useQuery } from "@tanstack/react-query";
import { CircleAlert, Search } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Checkbox } from "#components/ui/checkbox.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { PRIMARY_JURISDICTIONS, sortJurisdictions } from "#pages/portfolio/model.ts";
import { Textarea } from "#pages/systems/new/textarea.tsx";
import { FLAG_GROUPS, LIMITS, ROLE_GROUPS, type WizardValues } from "#pages/systems/new/wizard-model.ts";
import { FieldGroup, useFieldError } from "#pages/systems/new/wizard-parts.tsx";
import { trpc } from "#trpc.ts";

/** Step 1: what the system is, where it is used, the organisation's roles and the profile facts. */
export function ProfileStep() {
  const { t } = useTranslation();
  const { register } = useFormContext<WizardValues>();
  const nameError = useFieldError("name");
  const purposeError = useFieldError("purpose");
  const sectorError = useFieldError("sector");

  return (
    <div className="grid gap-6">
      <FormField name="name" label={t("portfolio.wizard.profile.name")} error={nameError}>
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            maxLength={LIMITS.name}
            data-testid="wizard-name"
            {...register("name")}
          />
        )}
      </FormField>
      <FormField
        name="purpose"
        label={t("portfolio.wizard.profile.purpose")}
        hint={t("portfolio.wizard.profile.purposeHint")}
        error={purposeError}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={4}
            maxLength={LIMITS.purpose}
            data-testid="wizard-purpose"
            {...register("purpose")}
          />
        )}
      </FormField>
      <JurisdictionPicker />
      <RolePicker />
      <ProfileFlags />
      <FormField
        name="sector"
        label={t("portfolio.wizard.profile.sector")}
        hint={t("portfolio.wizard.profile.sectorHint")}
        error={sectorError}
        className="max-w-md"
      >
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            maxLength={LIMITS.sector}
            data-testid="wizard-sector"
            {...register("sector")}
          />
        )}
      </FormField>
    </div>
  );
}

function JurisdictionPicker() {
  const { t } = useTranslation();
  const id = useId();
  const { field } = useController<WizardValues, "jurisdictions">({ name: "jurisdictions" });
  const error = useFieldError("jurisdictions");
  const [filter, setFilter] = useState("");
  const catalogue = useQuery({
    ...trpc.regulations.jurisdictions.queryOptions({}),
    staleTime: 10 * 60_000,
    select: (data) => sortJurisdictions(data.items),
  });
  const selected = field.value;
  const nameOf = useMemo(
    () => new Map((catalogue.data ?? []).map((j) => [j.code, j.name] as const)),
    [catalogue.data],
  );

  const toggle = (code: string, checked: boolean) => {
    const next = checked ? [...selected, code] : selected.filter((c) => c !== code);
    // Kept in catalogue order (KZ, EU, then by name), whatever the order of the clicks.
    const order = new Map((catalogue.data ?? []).map((j, index) => [j.code, index] as const));
    field.onChange([...new Set(next)].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999)));
  };

  const needle = filter.trim().toLowerCase();
  const visible = (catalogue.data ?? []).filter(
    (j) => needle === "" || j.code.toLowerCase().includes(needle) || j.name.toLowerCase().includes(needle),
  );
  const primary = visible.filter((j) => (PRIMARY_JURISDICTIONS as readonly string[]).includes(j.code));
  const others = visible.filter((j) => !(PRIMARY_JURISDICTIONS as readonly string[]).includes(j.code));

  const option = (j: { code: string; name: string }) => (
    <label
      key={j.code}
      htmlFor={`${id}-${j.code}`}
      className="flex items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-muted/50"
    >
      <Checkbox
        id={`${id}-${j.code}`}
        checked={selected.includes(j.code)}
        onChange={(event) => toggle(j.code, event.target.checked)}
        onBlur={field.onBlur}
        data-testid={`wizard-jurisdiction-${j.code}`}
      />
      <span>{j.name}</span>
      <span className="font-mono text-xs text-muted-foreground">{j.code}</span>
    </label>
  );

  return (
    <FieldGroup
      name="jurisdictions"
      legend={t("portfolio.wizard.profile.jurisdictions")}
      hint={t("portfolio.wizard.profile.jurisdictionsHint")}
      error={error}
    >
      {catalogue.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : catalogue.isError ? (
        <Alert variant="destructive">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("portfolio.wizard.loadFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(catalogue.error, t)}</AlertDescription>
        </Alert>
      ) : (
        <div className={cn("grid gap-2 rounded-md border p-2", error && "border-destructive")}>
          <div className="relative">
            <Search
              className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
              aria-hidden
            />
            <Input
              id={`${id}-filter`}
              ref={field.ref}
              type="search"
              className="h-8 pl-8"
              value={filter}
              aria-label={t("portfolio.wizard.profile.jurisdictionsFilter")}
              placeholder={t("portfolio.wizard.profile.jurisdictionsFilter")}
              data-testid="wizard-jurisdiction-filter"
              onChange={(event) => setFilter(event.target.value)}
              onKeyDown={(event) => {
                // Enter in the filter must not submit the step.
                if (event.key === "Enter") event.preventDefault();
              }}
            />
          </div>
          <div className="grid max-h-64 gap-2 overflow-y-auto pr-1" data-testid="wizard-jurisdictions">
            {primary.length > 0 ? (
              <div className="grid gap-0.5">
                <p className="px-1.5 text-xs font-medium text-muted-foreground">
                  {t("portfolio.wizard.profile.primary")}
                </p>
                <div className="grid gap-0.5 sm:grid-cols-2">{primary.map(option)}</div>
              </div>
            ) : null}
            {others.length > 0 ? (
              <div className="grid gap-0.5">
                <p className="px-1.5 text-xs font-medium text-muted-foreground">
                  {t("portfolio.wizard.profile.others")}
                </p>
                <div className="grid gap-0.5 sm:grid-cols-2 lg:grid-cols-3">{others.map(option)}</div>
              </div>
            ) : null}
            {visible.length === 0 ? (
              <p className="px-1.5 py-2 text-sm text-muted-foreground">
                {t("portfolio.wizard.profile.noJurisdictionMatch")}
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-1 border-t pt-2 text-xs" aria-live="polite">
            {selected.length === 0 ? (
              <span className="text-muted-foreground">{t("portfolio.wizard.profile.jurisdictionsNone")}</span>
            ) : (
              <>
                <span className="sr-only">
                  {t("portfolio.wizard.profile.jurisdictionsSelected", { codes: selected.join(", ") })}
                </span>
                {selected.map((code) => (
                  <Badge key={code} variant="secondary" title={nameOf.get(code)} aria-hidden>
                    <span className="font-mono">{code}</span>
                  </Badge>
                ))}
              </>
            )}
          </div>
        </div>
      )}
    </FieldGroup>
  );
}

function RolePicker() {
  const { t } = useTranslation();
  const id = useId();
  const { field } = useController<WizardValues, "roles">({ name: "roles" });
  const error = useFieldError("roles");
  const toggle = (role: SystemRole, checked: boolean) =>
    field.onChange(checked ? [...new Set([...field.value, role])] : field.value.filter((r) => r !== role));

  return (
    <FieldGroup
      name="roles"
      legend={t("portfolio.wizard.profile.roles")}
      hint={t("portfolio.wizard.profile.rolesHint")}
      error={error}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {(["kz", "eu"] as const).map((group, groupIndex) => (
          <div key={group} className="grid content-start gap-1">
            <p className="text-xs font-medium text-muted-foreground">
              {group === "kz" ? t("portfolio.wizard.profile.rolesKz") : t("portfolio.wizard.profile.rolesEu")}
            </p>
            {ROLE_GROUPS[group].map((role, index) => (
              <label key={role} htmlFor={`${id}-${role}`} className="flex items-center gap-2 text-sm">
                <Checkbox
                  id={`${id}-${role}`}
                  ref={groupIndex === 0 && index === 0 ? field.ref : undefined}
                  checked={field.value.includes(role)}
                  onChange={(event) => toggle(role, event.target.checked)}
                  onBlur={field.onBlur}
                  data-testid={`wizard-role-${role}`}
                />
                {t(`portfolio.systemRoles.${role}`)}
              </label>
            ))}
          </div>
        ))}
      </div>
    </FieldGroup>
  );
}

function ProfileFlags() {
  const { t } = useTranslation();
  const id = useId();
  const { register } = useFormContext<WizardValues>();
  const error = useFieldError("flags");
  return (
    <FieldGroup
      name="flags"
      legend={t("portfolio.wizard.profile.flags")}
      hint={t("portfolio.wizard.profile.flagsHint")}
      error={error}
    >
      <div className="grid gap-4 md:grid-cols-2">
        {(Object.keys(FLAG_GROUPS) as Array<keyof typeof FLAG_GROUPS>).map((group) => (
          <div key={group} className="grid content-start gap-1">
            <p className="text-xs font-medium text-muted-foreground">
              {t(`portfolio.wizard.profile.flagGroups.${group}`)}
            </p>
            {FLAG_GROUPS[group].map((flag) => (
              <label key={flag} htmlFor={`${id}-${flag}`} className="flex items-start gap-2 text-sm">
                <Checkbox
                  id={`${id}-${flag}`}
                  className="mt-0.5"
                  data-testid={`wizard-flag-${flag}`}
                  {...register(`flags.${flag}`)}
                />
                <span>{t(`portfolio.wizard.flags.${flag}`)}</span>
              </label>
            ))}
          </div>
        ))}
      </div>
    </FieldGroup>
  );
}
