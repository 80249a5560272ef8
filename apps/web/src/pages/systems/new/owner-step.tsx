import { can } from "@airisk/domain/permissions";
import { useQuery } from "@tanstack/react-query";
import { CircleAlert } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import {
  AXES,
  decidedAxes,
  needsOverrideReason,
  suggestionOf,
  type WizardValues,
} from "#pages/systems/new/wizard-model.ts";
import { axisValueLabel, useFieldError } from "#pages/systems/new/wizard-parts.tsx";
import { trpc } from "#trpc.ts";

/** Step 3: who owns the system's risks (admins and risk owners only), and a last look before registering. */
export function OwnerStep() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { register } = useFormContext<WizardValues>();
  const error = useFieldError("riskOwnerId");
  const owners = useQuery({
    ...trpc.members.list.queryOptions(),
    // The server refuses any other role as risk owner; they are not offered.
    select: (data) => data.members.filter((member) => can(member.role, "systems.write")),
  });

  return (
    <div className="grid gap-6">
      {owners.isPending ? (
        <Skeleton className="h-16 w-full max-w-md" />
      ) : owners.isError ? (
        <Alert variant="destructive">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("portfolio.wizard.loadFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(owners.error, t)}</AlertDescription>
        </Alert>
      ) : owners.data.length === 0 ? (
        <Alert variant="destructive">
          <CircleAlert aria-hidden />
          <AlertDescription>{t("portfolio.wizard.owner.noEligible")}</AlertDescription>
        </Alert>
      ) : (
        <FormField
          name="riskOwnerId"
          label={t("portfolio.wizard.owner.member")}
          error={error}
          className="max-w-md"
        >
          {(control) => (
            <NativeSelect {...control} data-testid="wizard-risk-owner" {...register("riskOwnerId")}>
              <option value="">{t("portfolio.wizard.owner.choose")}</option>
              {owners.data.map((member) => {
                const name = member.name || member.email;
                return (
                  <option key={member.userId} value={member.userId}>
                    {`${member.userId === me.user.id ? t("portfolio.wizard.owner.you", { name }) : name} · ${t(`roles.${member.role}`)}`}
                  </option>
                );
              })}
            </NativeSelect>
          )}
        </FormField>
      )}
      <Summary />
    </div>
  );
}

function Summary() {
  const { t } = useTranslation();
  const values = useWatch<WizardValues>();
  const answers = values.answers as WizardValues["answers"] | undefined;
  const decision = values.decision as WizardValues["decision"] | undefined;
  const suggestion = answers ? suggestionOf(answers) : undefined;
  const decided = suggestion && decision ? decidedAxes(decision, suggestion) : undefined;
  const overridden = decision ? needsOverrideReason(decision, suggestion) : false;

  return (
    <section className="grid gap-3 rounded-lg border bg-muted/20 p-4" data-testid="wizard-summary">
      <h3 className="text-sm font-semibold">{t("portfolio.wizard.owner.summary")}</h3>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-muted-foreground">{t("portfolio.wizard.owner.summaryName")}</dt>
        <dd className="font-medium break-words">{values.name?.trim() || "—"}</dd>
        <dt className="text-muted-foreground">{t("portfolio.wizard.owner.summaryJurisdictions")}</dt>
        <dd className="flex flex-wrap gap-1">
          {(values.jurisdictions ?? []).map((code) => (
            <Badge key={code} variant="outline" className="font-mono">
              {code}
            </Badge>
          ))}
        </dd>
        <dt className="text-muted-foreground">{t("portfolio.wizard.owner.summaryRoles")}</dt>
        <dd>{(values.roles ?? []).map((role) => t(`portfolio.systemRoles.${role}`)).join(", ") || "—"}</dd>
        <dt className="text-muted-foreground">{t("portfolio.wizard.owner.summaryClassification")}</dt>
        <dd className="flex flex-wrap items-center gap-1.5">
          {decided ? (
            <>
              {AXES.map((axis) => (
                <Badge key={axis} variant="secondary" data-testid={`wizard-summary-${axis}`}>
                  {t("portfolio.wizard.owner.axisValue", {
                    axis: t(`portfolio.wizard.classification.axes.${axis}`),
                    value: axisValueLabel(t, axis, decided[axis]),
                  })}
                </Badge>
              ))}
              {overridden ? <Badge variant="warning">{t("portfolio.wizard.owner.overridden")}</Badge> : null}
            </>
          ) : (
            "—"
          )}
        </dd>
      </dl>
    </section>
  );
}
