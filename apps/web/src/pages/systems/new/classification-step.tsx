import type { ClassificationQuestion, ClassificationSuggestion } from "@airisk/domain/classification";
import type { TFunction } from "i18next";
import { Info, Sparkles } from "lucide-react";
import { useId } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert, AlertDescription } from "#components/ui/alert.tsx";
import { Card, CardContent, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Checkbox } from "#components/ui/checkbox.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Textarea } from "#pages/systems/new/textarea.tsx";
import {
  AXES,
  AXIS_VALUES,
  CLASSIFICATION_QUESTIONS,
  LIMITS,
  needsOverrideReason,
  suggestionOf,
  type WizardValues,
} from "#pages/systems/new/wizard-model.ts";
import { axisValueLabel, Citation, FieldGroup, useFieldError } from "#pages/systems/new/wizard-parts.tsx";

const RADIO =
  "size-4 shrink-0 accent-primary outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed";

/**
 * Step 2: the classification aid. The questions come from the domain with their citations; the
 * suggestion follows the answers live; the owner confirms it or overrides it with a reason.
 */
export function ClassificationStep() {
  const { t } = useTranslation();
  const answers = useWatch<WizardValues, "answers">({ name: "answers" });
  const suggestion = suggestionOf(answers);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(18rem,24rem)]">
      <div className="grid content-start gap-6">
        <h3 className="sr-only">{t("portfolio.wizard.classification.questions")}</h3>
        {CLASSIFICATION_QUESTIONS.map((question, index) => (
          <Question key={question.id} question={question} number={index + 1} />
        ))}
      </div>
      {/* Beside the questions on wide screens, following them as they are answered; below them otherwise. */}
      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <div className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto">
          <Suggestion suggestion={suggestion} />
        </div>
      </div>
      <Decision suggestion={suggestion} />
    </div>
  );
}

function Question({ question, number }: { question: ClassificationQuestion; number: number }) {
  const { t } = useTranslation();
  const name = `answers.${question.id}` as const;
  const error = useFieldError(name);
  return (
    <FieldGroup
      name={name}
      legend={
        <span>
          {number}. {question.question}
        </span>
      }
      error={error}
      hint={question.multiple ? t("portfolio.wizard.classification.multipleHint") : undefined}
      aside={
        <div className="-mt-1 flex flex-col items-start gap-1">
          <Citation citation={question.citation} basis={question.basis} note={question.note} />
          {question.note ? <p className="text-xs text-muted-foreground">{question.note}</p> : null}
        </div>
      }
      framed
    >
      {question.multiple ? <MultipleChoice question={question} /> : <SingleChoice question={question} />}
    </FieldGroup>
  );
}

function optionLabel(t: TFunction, value: string, label: string): string {
  // Yes/no are the wizard's words; every other option is the domain's wording of the rule.
  if (value === "true") return t("portfolio.wizard.classification.yes");
  if (value === "false") return t("portfolio.wizard.classification.no");
  return label;
}

function SingleChoice({ question }: { question: ClassificationQuestion }) {
  const { t } = useTranslation();
  const { register } = useFormContext<WizardValues>();
  const field = register(`answers.${question.id}`);
  const compact = question.options.every((o) => o.value === "true" || o.value === "false");
  return (
    <div className={compact ? "flex flex-wrap gap-4" : "grid gap-1.5"}>
      {question.options.map((option) => (
        <label key={option.value} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            value={option.value}
            className={`${RADIO} mt-0.5`}
            data-testid={`wizard-answer-${question.id}-${option.value}`}
            {...field}
          />
          <span>{optionLabel(t, option.value, option.label)}</span>
        </label>
      ))}
    </div>
  );
}

function MultipleChoice({ question }: { question: ClassificationQuestion }) {
  const id = useId();
  // Every multiple-choice answer is a list of option values (AnswerValues); the name says which.
  const { field } = useController<WizardValues, "answers.art50Triggers">({
    name: `answers.${question.id}` as "answers.art50Triggers",
  });
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const toggle = (option: string, checked: boolean) =>
    field.onChange(checked ? [...new Set([...value, option])] : value.filter((v) => v !== option));
  return (
    <div className="grid gap-1.5">
      {question.options.map((option, index) => (
        <label
          key={option.value}
          htmlFor={`${id}-${option.value}`}
          className="flex items-start gap-2 text-sm"
        >
          <Checkbox
            id={`${id}-${option.value}`}
            ref={index === 0 ? field.ref : undefined}
            className="mt-0.5"
            checked={value.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            onBlur={field.onBlur}
            data-testid={`wizard-answer-${question.id}-${option.value}`}
          />
          <span>
            {option.label}
            {option.citation ? (
              <span className="ml-1.5 font-mono text-xs text-muted-foreground">{option.citation}</span>
            ) : null}
          </span>
        </label>
      ))}
    </div>
  );
}

function Suggestion({ suggestion }: { suggestion: ClassificationSuggestion | undefined }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="wizard-suggestion" aria-live="polite">
      <CardHeader>
        <CardTitle>
          <h3 className="flex items-center gap-2">
            <Sparkles className="size-4" aria-hidden />
            {t("portfolio.wizard.classification.suggestion")}
          </h3>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {suggestion ? (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
              {AXES.map((axis) => (
                <div key={axis} className="contents">
                  <dt className="text-muted-foreground">
                    {t(`portfolio.wizard.classification.axes.${axis}`)}
                  </dt>
                  <dd
                    className="font-medium"
                    data-testid={`wizard-suggested-${axis}`}
                    data-value={suggestion[axis]}
                  >
                    {axisValueLabel(t, axis, suggestion[axis])}
                  </dd>
                </div>
              ))}
              <dt className="text-muted-foreground">{t("portfolio.wizard.classification.criticalObject")}</dt>
              <dd className="font-medium">
                {axisValueLabel(
                  t,
                  "isCriticallyImportantObject",
                  String(suggestion.isCriticallyImportantObject),
                )}
              </dd>
            </dl>
            <div className="grid gap-2">
              <h4 className="text-sm font-medium">{t("portfolio.wizard.classification.rationale")}</h4>
              <ul className="grid gap-3" data-testid="wizard-rationale">
                {suggestion.rationale.map((line) => (
                  <li key={`${line.axis}-${line.citation}-${line.because}`} className="grid gap-1 text-sm">
                    <span className="font-medium">
                      {t(`portfolio.wizard.classification.axes.${line.axis}`)}
                      {": "}
                      {axisValueLabel(t, line.axis, line.value)}
                    </span>
                    <span className="text-muted-foreground">{line.because}</span>
                    <Citation citation={line.citation} basis={line.basis} />
                  </li>
                ))}
              </ul>
            </div>
          </>
        ) : (
          <p className="text-sm text-muted-foreground">
            {t("portfolio.wizard.classification.suggestionPending")}
          </p>
        )}
      </CardContent>
    </Card>
  );
}

function Decision({ suggestion }: { suggestion: ClassificationSuggestion | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const { register, getValues, setValue, getFieldState, trigger } = useFormContext<WizardValues>();
  const decision = useWatch<WizardValues, "decision">({ name: "decision" });
  const reasonError = useFieldError("decision.overrideReason");
  const impactError = useFieldError("decision.impactLevel");
  const autonomyError = useFieldError("decision.autonomyLevel");
  const tierError = useFieldError("decision.euRiskTier");
  const axisErrors = { impactLevel: impactError, autonomyLevel: autonomyError, euRiskTier: tierError };
  const reasonNeeded = needsOverrideReason(decision, suggestion);
  const overriding = decision.mode === "override";
  const allPicked = AXES.every((axis) => decision[axis] !== "");

  // A stale "say why" goes away as soon as the picks no longer need it (and comes back if they do).
  const recheckReason = () => {
    if (getFieldState("decision.overrideReason").error) void trigger("decision.overrideReason");
  };

  return (
    <section
      className="grid gap-4 rounded-lg border bg-muted/20 p-4"
      aria-labelledby={`${id}-title`}
      data-testid="wizard-decision"
    >
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        {t("portfolio.wizard.classification.decision")}
      </h3>
      {suggestion ? null : (
        <p className="text-sm text-muted-foreground">
          {t("portfolio.wizard.classification.suggestionPending")}
        </p>
      )}
      <fieldset disabled={!suggestion} className="grid gap-4">
        <legend className="sr-only">{t("portfolio.wizard.classification.decision")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["confirm", "override"] as const).map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                value={mode}
                className={RADIO}
                data-testid={`wizard-decision-${mode}`}
                {...register("decision.mode", {
                  onChange: () => {
                    if (mode !== "override" || !suggestion) return;
                    // Overriding starts from the suggestion: the owner changes only what they disagree with.
                    for (const axis of AXES) {
                      if (getValues(`decision.${axis}`) === "")
                        setValue(`decision.${axis}`, suggestion[axis]);
                    }
                  },
                })}
              />
              {mode === "confirm"
                ? t("portfolio.wizard.classification.confirm")
                : t("portfolio.wizard.classification.override")}
            </label>
          ))}
        </div>

        {overriding ? (
          <>
            <div className="grid gap-4 sm:grid-cols-3">
              {AXES.map((axis) => (
                <FormField
                  key={axis}
                  name={`decision.${axis}`}
                  label={t(`portfolio.wizard.classification.axes.${axis}`)}
                  hint={
                    suggestion
                      ? t("portfolio.wizard.classification.suggested", {
                          value: axisValueLabel(t, axis, suggestion[axis]),
                        })
                      : undefined
                  }
                  error={axisErrors[axis]}
                >
                  {(control) => (
                    <NativeSelect
                      {...control}
                      data-testid={`wizard-decision-${axis}`}
                      {...register(`decision.${axis}`, { onChange: recheckReason })}
                    >
                      <option value="">{t("portfolio.wizard.classification.choose")}</option>
                      {AXIS_VALUES[axis].map((value) => (
                        <option key={value} value={value}>
                          {axisValueLabel(t, axis, value)}
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                </FormField>
              ))}
            </div>
            {allPicked && !reasonNeeded ? (
              <p className="text-sm text-muted-foreground" data-testid="wizard-decision-same">
                {t("portfolio.wizard.classification.sameAsSuggestion")}
              </p>
            ) : null}
            <FormField
              name="decision.overrideReason"
              label={t("portfolio.wizard.classification.overrideReason")}
              hint={t("portfolio.wizard.classification.overrideReasonHint")}
              error={reasonError}
            >
              {(control) => (
                <Textarea
                  {...control}
                  rows={3}
                  maxLength={LIMITS.overrideReason}
                  aria-required={reasonNeeded}
                  data-testid="wizard-override-reason"
                  {...register("decision.overrideReason")}
                />
              )}
            </FormField>
          </>
        ) : null}
      </fieldset>
      {suggestion?.isCriticallyImportantObject ? (
        <Alert data-testid="wizard-critical-object">
          <Info aria-hidden />
          <AlertDescription>{t("portfolio.wizard.classification.criticalObjectRecorded")}</AlertDescription>
        </Alert>
      ) : null}
    </section>
  );
}
