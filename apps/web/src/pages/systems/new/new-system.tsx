import { can } from "@airisk/domain/permissions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { Check, ChevronLeft, ChevronRight, Lock } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { type FieldErrors, FormProvider, get, type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useSession } from "#auth/session-context.tsx";
import { FormError } from "#components/form-error.tsx";
import { Alert, AlertDescription } from "#components/ui/alert.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { readApiError, splitApiError } from "#lib/api-error.ts";
import { describeApiError } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import { PageHeader } from "#pages/page-header.tsx";
import { ClassificationStep } from "#pages/systems/new/classification-step.tsx";
import { OwnerStep } from "#pages/systems/new/owner-step.tsx";
import { ProfileStep } from "#pages/systems/new/profile-step.tsx";
import {
  emptyWizardValues,
  fieldForApiPath,
  firstStepOf,
  nestErrors,
  stepFields,
  stepOf,
  toCreateInput,
  WIZARD_STEPS,
  type WizardField,
  type WizardStep,
  type WizardValues,
  wizardProblems,
} from "#pages/systems/new/wizard-model.ts";
import { problemMessage } from "#pages/systems/new/wizard-parts.tsx";
import { trpc } from "#trpc.ts";

const ALL_FIELDS: WizardField[] = WIZARD_STEPS.flatMap(stepFields);

/** The wizard's own checks as a react-hook-form resolver: they see every step, mounted or not. */
function wizardResolver(t: TFunction): Resolver<WizardValues> {
  return (values) => {
    const problems = wizardProblems(values);
    if (problems.length === 0) return { values, errors: {} };
    const errors = nestErrors(
      problems.map(
        (problem) => [problem.field, { type: problem.code, message: problemMessage(t, problem) }] as const,
      ),
    );
    return { values: {}, errors: errors as FieldErrors<WizardValues> };
  };
}

/** `/systems/new`: registers an AI system in three steps; it starts as a draft. */
export function NewSystemPage() {
  const { t } = useTranslation();
  const { me, organisation } = useSession();
  const canWrite = can(organisation.role, "systems.write");
  return (
    <div className="flex flex-col gap-6" data-testid="page-new-system">
      <PageHeader title={t("portfolio.wizard.title")} description={t("portfolio.wizard.description")} />
      {canWrite ? (
        <Wizard currentUserId={me.user.id} />
      ) : (
        <Alert data-testid="wizard-read-only">
          <Lock aria-hidden />
          <AlertDescription className="flex flex-col items-start gap-2">
            <span>{t("portfolio.wizard.readOnly")}</span>
            <Button variant="outline" size="sm" asChild>
              <Link to="/portfolio">{t("portfolio.wizard.toPortfolio")}</Link>
            </Button>
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}

function Wizard({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.systems.create.mutationOptions());
  const resolver = useMemo(() => wizardResolver(t), [t]);
  // Whoever registers may own risks (the page needs systems.write), so they own it unless changed.
  // Checked as the owner edits (each field on its own change), and each step as a whole on "Next".
  const form = useForm<WizardValues>({
    defaultValues: emptyWizardValues(currentUserId),
    resolver,
    mode: "onChange",
  });
  const { handleSubmit, setError, setFocus, trigger, formState } = form;
  const [step, setStep] = useState<WizardStep>("profile");
  const [reached, setReached] = useState(0);
  const [focusTarget, setFocusTarget] = useState<WizardField | "heading">();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = WIZARD_STEPS.indexOf(step);
  const last = index === WIZARD_STEPS.length - 1;
  const pending = formState.isSubmitting || create.isPending;

  /** Opens a step; focus goes to a field that needs attention, else to the step's heading. */
  const open = (target: WizardStep, focus: WizardField | "heading" = "heading") => {
    setStep(target);
    setReached((r) => Math.max(r, WIZARD_STEPS.indexOf(target)));
    setFocusTarget(focus);
  };

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget === "heading") headingRef.current?.focus();
    else if (stepOf(focusTarget) === step) setFocus(focusTarget);
    setFocusTarget(undefined);
  }, [focusTarget, step, setFocus]);

  /** Moving on checks the current step first; moving back never does (nothing is lost either way). */
  const goTo = async (target: WizardStep) => {
    const targetIndex = WIZARD_STEPS.indexOf(target);
    if (targetIndex > index && !(await trigger(stepFields(step), { shouldFocus: true }))) return;
    open(target);
  };

  const reopenFirst = (fields: WizardField[]) => {
    const first = firstStepOf(fields);
    if (first)
      open(
        first,
        fields.find((field) => stepOf(field) === first),
      );
  };

  const submit = handleSubmit(
    async (values) => {
      const input = toCreateInput(values);
      if (!input) return;
      try {
        const created = await create.mutateAsync(input);
        void queryClient.invalidateQueries({ queryKey: trpc.systems.list.pathKey() });
        void navigate({ to: "/systems/$id", params: { id: created.id } });
      } catch (thrown) {
        // Beside the field it concerns, on the step that holds it; the rest at the top. Every value stays.
        const error = readApiError(thrown);
        const { fields, unplaced } = splitApiError(error, fieldForApiPath);
        for (const [field, message] of fields) setError(field, { type: "server", message });
        if (unplaced)
          setError("root.server", { type: error.code ?? "network", message: describeApiError(error, t) });
        reopenFirst(fields.map(([field]) => field));
      }
    },
    (errors) => reopenFirst(ALL_FIELDS.filter((field) => get(errors, field) !== undefined)),
  );

  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="grid gap-6"
        data-testid="wizard"
        onSubmit={(event) => {
          // Enter on an earlier step moves on rather than registering half a system.
          if (last) void submit(event);
          else {
            event.preventDefault();
            void goTo(WIZARD_STEPS[index + 1] ?? step);
          }
        }}
      >
        <nav aria-label={t("portfolio.wizard.steps.label")}>
          <ol className="grid gap-2 sm:grid-cols-3">
            {WIZARD_STEPS.map((name, i) => {
              const current = name === step;
              const done = i < reached;
              const stepErrors = stepFields(name).some((field) => get(formState.errors, field) !== undefined);
              return (
                <li key={name}>
                  <button
                    type="button"
                    disabled={i > reached || pending}
                    aria-current={current ? "step" : undefined}
                    data-testid={`wizard-nav-${name}`}
                    onClick={() => void goTo(name)}
                    className={cn(
                      "flex w-full items-center gap-3 rounded-lg border px-3 py-2 text-left text-sm transition-colors",
                      "focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none disabled:opacity-50",
                      current ? "border-primary bg-primary/5" : "hover:bg-muted/50",
                      stepErrors && "border-destructive",
                    )}
                  >
                    <span
                      className={cn(
                        "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-medium",
                        current && "border-primary bg-primary text-primary-foreground",
                      )}
                      aria-hidden
                    >
                      {done && !current ? <Check className="size-3.5" /> : i + 1}
                    </span>
                    <span className="flex flex-col">
                      <span className="text-xs text-muted-foreground">
                        {t("portfolio.wizard.steps.position", { current: i + 1, total: WIZARD_STEPS.length })}
                      </span>
                      <span className="font-medium">{t(`portfolio.wizard.steps.${name}`)}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>

        <FormError message={formState.errors.root?.server?.message} />

        <Card data-testid={`wizard-step-${step}`} aria-labelledby={`${id}-heading`}>
          <CardHeader>
            <CardTitle>
              <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="outline-none">
                {t(`portfolio.wizard.${step}.title`)}
              </h2>
            </CardTitle>
            <CardDescription>{t(`portfolio.wizard.${step}.description`)}</CardDescription>
          </CardHeader>
          <CardContent>
            <fieldset disabled={pending} className="min-w-0">
              {step === "profile" ? (
                <ProfileStep />
              ) : step === "classification" ? (
                <ClassificationStep />
              ) : (
                <OwnerStep />
              )}
            </fieldset>
          </CardContent>
        </Card>

        <div className="flex flex-wrap items-center justify-between gap-3">
          <Button variant="ghost" asChild>
            <Link to="/portfolio" data-testid="wizard-cancel">
              {t("portfolio.wizard.cancel")}
            </Link>
          </Button>
          <div className="flex items-center gap-2">
            {index > 0 ? (
              <Button
                type="button"
                variant="outline"
                disabled={pending}
                data-testid="wizard-back"
                onClick={() => void goTo(WIZARD_STEPS[index - 1] ?? step)}
              >
                <ChevronLeft aria-hidden />
                {t("portfolio.wizard.back")}
              </Button>
            ) : null}
            {last ? (
              <Button type="submit" disabled={pending} data-testid="wizard-submit">
                {pending ? t("portfolio.wizard.submitting") : t("portfolio.wizard.submit")}
              </Button>
            ) : (
              <Button type="submit" data-testid="wizard-next">
                {t("portfolio.wizard.next")}
                <ChevronRight aria-hidden />
              </Button>
            )}
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
