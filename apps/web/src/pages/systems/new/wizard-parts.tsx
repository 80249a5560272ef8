import type { TFunction } from "i18next";
import { Lightbulb, Scale, ShieldCheck } from "lucide-react";
import type * as React from "react";
import { useId } from "react";
import { type FieldError, get, useFormState } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { cn } from "#lib/utils.ts";
import {
  AXIS_VALUES,
  type Problem,
  type WizardField,
  type WizardValues,
} from "#pages/systems/new/wizard-model.ts";

/** Small pieces the wizard's steps share. */

/** The message of a problem found before sending, in the reader's language. */
export function problemMessage(t: TFunction, problem: Problem): string {
  switch (problem.code) {
    case "required":
      return t("validation.required");
    case "tooLong":
      return t("validation.tooLong", { max: problem.max ?? 0 });
    case "noJurisdiction":
      return t("portfolio.wizard.errors.noJurisdiction");
    case "noRole":
      return t("portfolio.wizard.errors.noRole");
    case "unanswered":
      return t("portfolio.wizard.errors.unanswered");
    case "notDecided":
      return t("portfolio.wizard.errors.notDecided");
    case "overrideReason":
      return t("portfolio.wizard.errors.overrideReason");
    case "noOwner":
      return t("portfolio.wizard.errors.noOwner");
  }
}

/** The error shown beside a field (from the checks or from the API), subscribed to that field only. */
export function useFieldError(name: WizardField): string | undefined {
  const { errors } = useFormState<WizardValues>({ name, exact: true });
  return (get(errors, name) as FieldError | undefined)?.message;
}

export function FieldErrorText({
  id,
  name,
  message,
}: {
  id: string;
  name: string;
  message: string | undefined;
}) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-destructive" data-testid={`field-error-${name}`}>
      {message}
    </p>
  );
}

/**
 * A group of controls (checkboxes, radios) under a legend, with its hint and its error, the error
 * tied to the group for assistive technology.
 */
export function FieldGroup({
  name,
  legend,
  hint,
  error,
  className,
  children,
  aside,
  framed = false,
}: {
  name: string;
  legend: React.ReactNode;
  hint?: React.ReactNode;
  error: string | undefined;
  className?: string;
  children: React.ReactNode;
  aside?: React.ReactNode;
  /** In a box of its own (the box is outside the fieldset, so the legend stays inside it). */
  framed?: boolean;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const group = (
    <fieldset
      className={cn("grid min-w-0 gap-2", !framed && className)}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={error ? true : undefined}
      data-field={name}
    >
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {aside}
      {hint ? (
        <p id={hintId} className="-mt-1 text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrorText id={`${id}-error`} name={name} message={error} />
    </fieldset>
  );
  if (!framed) return group;
  return (
    <div className={cn("rounded-lg border p-4", error && "border-destructive/60", className)}>{group}</div>
  );
}

const BASIS_CLASSES = {
  law: "border-slate-200 bg-slate-50 text-slate-800",
  inferred: "border-indigo-200 bg-indigo-50 text-indigo-800",
  product_policy: "border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800",
} as const;

const BASIS_ICONS = { law: Scale, inferred: Lightbulb, product_policy: ShieldCheck } as const;

export type Basis = keyof typeof BASIS_CLASSES;

/** A citation with what stands behind it: the law, our reading of it, or product policy. */
export function Citation({
  citation,
  basis,
  note,
}: {
  citation: string;
  basis: Basis;
  note?: string | undefined;
}) {
  const { t } = useTranslation();
  const Icon = BASIS_ICONS[basis];
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5" data-basis={basis}>
      <span className="font-mono text-xs">{citation}</span>
      <Badge variant="outline" className={BASIS_CLASSES[basis]} title={note}>
        <Icon aria-hidden />
        {t(`portfolio.wizard.classification.basis.${basis}`)}
      </Badge>
    </span>
  );
}

/** The human name of a classification value ("high" impact, "limited" EU tier, yes/no). */
export function axisValueLabel(
  t: TFunction,
  axis: "impactLevel" | "autonomyLevel" | "euRiskTier" | "isCriticallyImportantObject",
  value: string,
): string {
  switch (axis) {
    case "impactLevel": {
      const level = AXIS_VALUES.impactLevel.find((v) => v === value);
      return level ? t(`portfolio.impact.${level}`) : value;
    }
    case "autonomyLevel": {
      const level = AXIS_VALUES.autonomyLevel.find((v) => v === value);
      return level ? t(`portfolio.autonomy.${level}`) : value;
    }
    case "euRiskTier": {
      const tier = AXIS_VALUES.euRiskTier.find((v) => v === value);
      return tier ? t(`portfolio.euTier.${tier}`) : value;
    }
    case "isCriticallyImportantObject":
      return value === "true"
        ? t("portfolio.wizard.classification.yes")
        : t("portfolio.wizard.classification.no");
  }
}
