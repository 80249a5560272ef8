import {
  CLASSIFICATION_QUESTIONS,
  type ClassificationQuestion,
  type ClassificationSuggestion,
  type RationaleLine,
} from "@airisk/domain/classification";
import { useMutation } from "@tanstack/react-query";
import { CircleCheck, Pencil, TriangleAlert } from "lucide-react";
import { useId, useState } from "react";
import { type UseFormRegister, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormError } from "#components/form-error.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import {
  Card,
  CardAction,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "#components/ui/card.tsx";
import { Checkbox } from "#components/ui/checkbox.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "#components/ui/table.tsx";
import { readApiError } from "#lib/api-error.ts";
import { formatDateTime } from "#lib/format.ts";
import { reportApiError } from "#lib/report-api-error.ts";
import {
  AUTONOMY_LEVELS,
  type ClassificationFormValues,
  classificationFieldFor,
  EU_RISK_TIERS,
  euPracticeFromScreening,
  evaluateForm,
  IMPACT_LEVELS,
  reclassificationSendsBack,
  toClassificationForm,
  toClassificationInput,
  unansweredQuestions,
} from "#pages/systems/classification-model.ts";
import { useInvalidateSystem } from "#pages/systems/lifecycle-actions.tsx";
import type { SystemDetail } from "#pages/systems/model.ts";
import { Citation, ConfirmDialog, Textarea } from "#pages/systems/overview-ui.tsx";
import { useStateLabel } from "#pages/systems/system-header.tsx";
import { trpc } from "#trpc.ts";

/**
 * The classification aid (AI Law Art. 17, Digital Code Art. 33(1), AI Act tiers): the
 * questionnaire's suggestion with its rationale beside the owner's decision, and the form to change
 * it. The questions and rationale are the domain's own text, with their citations.
 */
export function ClassificationCard({ system, canWrite }: { system: SystemDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const stored = system.classification;
  return (
    <Card data-testid="classification-card">
      <CardHeader>
        <CardTitle>
          <h2>{t("systems.classification.title")}</h2>
        </CardTitle>
        <CardDescription>{t("systems.classification.description")}</CardDescription>
        {canWrite && !editing ? (
          <CardAction>
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="edit-classification"
            >
              <Pencil aria-hidden />
              {stored ? t("systems.classification.edit") : t("systems.classification.classify")}
            </Button>
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-5">
        {saved && !editing ? (
          <p
            role="status"
            className="flex items-center gap-2 text-sm text-success"
            data-testid="classification-saved"
          >
            <CircleCheck className="size-4" aria-hidden />
            {t("systems.classification.saved")}
          </p>
        ) : null}
        {editing ? (
          <ClassificationForm
            system={system}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
            }}
          />
        ) : stored ? (
          <ClassificationView classification={stored} />
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="classification-none">
            {system.impactLevel || system.autonomyLevel
              ? t("systems.classification.noQuestionnaire")
              : t("systems.classification.none")}
          </p>
        )}
      </CardContent>
    </Card>
  );
}

type Stored = NonNullable<SystemDetail["classification"]>;
type Axis = "impactLevel" | "autonomyLevel" | "euRiskTier";
const AXES: readonly Axis[] = ["impactLevel", "autonomyLevel", "euRiskTier"];

/** A level's name on its axis ("medium" impact → "Medium"); the raw value if unknown. */
function useLevelLabel(): (axis: RationaleLine["axis"], value: string) => string {
  const { t } = useTranslation();
  return (axis, value) => {
    if (axis === "impactLevel") {
      const v = IMPACT_LEVELS.find((l) => l === value);
      return v ? t(`systems.levels.impact.${v}`) : value;
    }
    if (axis === "autonomyLevel") {
      const v = AUTONOMY_LEVELS.find((l) => l === value);
      return v ? t(`systems.levels.autonomy.${v}`) : value;
    }
    if (axis === "euRiskTier") {
      const v = EU_RISK_TIERS.find((l) => l === value);
      return v ? t(`systems.levels.euTier.${v}`) : value;
    }
    return value === "true"
      ? t("systems.classification.critical.yes")
      : t("systems.classification.critical.no");
  };
}

function ClassificationView({ classification }: { classification: Stored }) {
  const { t, i18n } = useTranslation();
  const levelLabel = useLevelLabel();
  const { suggestion, decision } = classification;
  const decidedAt = new Date(classification.decidedAt);
  return (
    <div className="grid gap-5" data-testid="classification-view">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("systems.classification.axis")}</TableHead>
            <TableHead>{t("systems.classification.suggested")}</TableHead>
            <TableHead>{t("systems.classification.decided")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {AXES.map((axis) => {
            const differs = suggestion[axis] !== decision[axis];
            return (
              <TableRow key={axis} data-testid={`classification-${axis}`} data-overridden={differs}>
                <TableCell className="font-medium">{t(`systems.classification.axes.${axis}`)}</TableCell>
                <TableCell>{levelLabel(axis, suggestion[axis])}</TableCell>
                <TableCell>
                  <span className="inline-flex flex-wrap items-center gap-2">
                    <span className="font-medium">{levelLabel(axis, decision[axis])}</span>
                    {differs ? (
                      <Badge variant="outline" className="border-amber-300 bg-amber-50 text-amber-900">
                        {t("systems.classification.overridden")}
                      </Badge>
                    ) : null}
                  </span>
                </TableCell>
              </TableRow>
            );
          })}
          <TableRow data-testid="classification-critical">
            <TableCell className="font-medium">
              {t("systems.classification.axes.isCriticallyImportantObject")}
            </TableCell>
            <TableCell>
              {levelLabel("isCriticallyImportantObject", String(suggestion.isCriticallyImportantObject))}
            </TableCell>
            <TableCell className="text-muted-foreground">
              {t("systems.classification.criticalFollows")}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {classification.overridden && decision.overrideReason ? (
        <div className="grid gap-1" data-testid="classification-override-reason">
          <p className="text-xs font-medium text-muted-foreground uppercase">
            {t("systems.classification.overrideReason")}
          </p>
          <p className="text-sm whitespace-pre-wrap">{decision.overrideReason}</p>
        </div>
      ) : null}
      <Rationale suggestion={suggestion} />
      {Number.isNaN(decidedAt.getTime()) ? null : (
        <p className="text-xs text-muted-foreground">
          {t("systems.classification.decidedAt", {
            date: formatDateTime(decidedAt, i18n.resolvedLanguage ?? i18n.language),
          })}
        </p>
      )}
    </div>
  );
}

/** Why the questionnaire suggests what it does: one cited line per axis (per Art. 50 trigger for "limited"). */
function Rationale({ suggestion }: { suggestion: ClassificationSuggestion }) {
  const { t } = useTranslation();
  const levelLabel = useLevelLabel();
  return (
    <div className="grid gap-2" data-testid="classification-rationale">
      <h3 className="text-sm font-medium">{t("systems.classification.rationale")}</h3>
      <ul className="grid gap-3">
        {suggestion.rationale.map((line, index) => (
          <li
            // Lines have no id; axis and position identify them within one suggestion.
            key={`${line.axis}-${index}`}
            className="grid gap-1 rounded-md border bg-muted/30 p-3"
            data-axis={line.axis}
          >
            <p className="text-sm">
              <span className="font-medium">
                {t(`systems.classification.axes.${line.axis}`)}: {levelLabel(line.axis, line.value)}
              </span>
            </p>
            <p className="text-sm text-muted-foreground">{line.because}</p>
            <Citation text={line.citation} basis={line.basis} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ClassificationForm({
  system,
  onCancel,
  onSaved,
}: {
  system: SystemDetail;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const stateLabel = useStateLabel();
  const invalidate = useInvalidateSystem(system.id);
  const update = useMutation(trpc.systems.update.mutationOptions());
  const euPractice = euPracticeFromScreening(system);
  const [confirming, setConfirming] = useState(false);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<ClassificationFormValues>({
    defaultValues: toClassificationForm(system.classification, euPractice),
  });
  const values = watch();
  const evaluated = evaluateForm(values);
  const overridden = evaluated?.overridden ?? [];
  const pending = isSubmitting || update.isPending;
  const sendsBack = evaluated !== null && reclassificationSendsBack(system, evaluated.decision);

  const sendsBackText =
    system.state === "riskProcess.assessment"
      ? t("systems.classification.sendsBackSame")
      : t("systems.classification.sendsBack", {
          state: stateLabel(system.state),
          target: stateLabel("riskProcess.assessment"),
        });

  const save = async (formValues: ClassificationFormValues) => {
    const classification = toClassificationInput(formValues);
    if (!classification) return;
    try {
      await update.mutateAsync({ id: system.id, expectedVersion: system.version, classification });
      setConfirming(false);
      await invalidate();
      onSaved();
    } catch (thrown) {
      setConfirming(false);
      if (readApiError(thrown).code === "CONFLICT") {
        await invalidate();
        setError("root.server", { type: "CONFLICT", message: t("systems.form.conflict") });
        return;
      }
      reportApiError(thrown, setError, t, classificationFieldFor);
    }
  };

  const onSubmit = handleSubmit(async (formValues) => {
    clearErrors();
    const missing = unansweredQuestions(formValues);
    if (missing.length > 0) {
      missing.forEach((name, index) => {
        setError(
          name,
          { type: "required", message: t("systems.classification.answerRequired") },
          { shouldFocus: index === 0 },
        );
      });
      return;
    }
    const result = evaluateForm(formValues);
    if (result && result.overridden.length > 0 && !formValues.overrideReason.trim()) {
      setError(
        "overrideReason",
        { type: "required", message: t("systems.classification.overrideReasonRequired") },
        { shouldFocus: true },
      );
      return;
    }
    if (result && reclassificationSendsBack(system, result.decision)) {
      setConfirming(true);
      return;
    }
    await save(formValues);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-6" data-testid="classification-form">
      <FormError message={errors.root?.server?.message} />
      <fieldset disabled={pending} className="grid gap-5">
        {CLASSIFICATION_QUESTIONS.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            register={register}
            error={errors[question.id]?.message}
            settledByScreening={
              question.id === "euProhibitedPractice" && euPractice !== null ? euPractice : null
            }
          />
        ))}
      </fieldset>

      <section
        className="grid gap-4 rounded-lg border bg-muted/20 p-4"
        aria-labelledby="classification-suggestion"
      >
        <h3 id="classification-suggestion" className="text-sm font-semibold">
          {t("systems.classification.suggestionTitle")}
        </h3>
        {evaluated ? (
          <Rationale suggestion={evaluated.suggestion} />
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="suggestion-pending">
            {t("systems.classification.suggestionPending")}
          </p>
        )}
        <div className="grid gap-4 md:grid-cols-3">
          <DecisionSelect
            name="impactLevel"
            levels={IMPACT_LEVELS}
            suggested={evaluated?.suggestion.impactLevel}
            register={register}
            disabled={pending}
          />
          <DecisionSelect
            name="autonomyLevel"
            levels={AUTONOMY_LEVELS}
            suggested={evaluated?.suggestion.autonomyLevel}
            register={register}
            disabled={pending}
          />
          <DecisionSelect
            name="euRiskTier"
            levels={EU_RISK_TIERS}
            suggested={evaluated?.suggestion.euRiskTier}
            register={register}
            disabled={pending}
          />
        </div>
        {overridden.length > 0 ? (
          <FormField
            name="overrideReason"
            label={t("systems.classification.overrideReason")}
            hint={t("systems.classification.overrideReasonHint", {
              axes: overridden.map((axis) => t(`systems.classification.axes.${axis}`)).join(", "),
            })}
            error={errors.overrideReason?.message}
          >
            {(control) => (
              <Textarea
                {...control}
                maxLength={2000}
                disabled={pending}
                data-testid="classification-override-reason-input"
                {...register("overrideReason")}
              />
            )}
          </FormField>
        ) : null}
      </section>

      {sendsBack ? (
        <Alert data-testid="reclassification-warning" className="border-amber-300 bg-amber-50 text-amber-950">
          <TriangleAlert aria-hidden />
          <AlertTitle>{t("systems.classification.sendsBackTitle")}</AlertTitle>
          <AlertDescription className="text-amber-950/90">{sendsBackText}</AlertDescription>
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} data-testid="classification-save">
          {pending ? t("systems.form.saving") : t("systems.classification.save")}
        </Button>
        <Button type="button" variant="outline" disabled={pending} onClick={onCancel}>
          {t("systems.form.cancel")}
        </Button>
      </div>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("systems.classification.confirmTitle")}
        description={<p>{sendsBackText}</p>}
        confirmLabel={t("systems.classification.confirmSave")}
        pendingLabel={t("systems.form.saving")}
        pending={update.isPending}
        onConfirm={() => void save(values)}
        testId="reclassification-dialog"
      />
    </form>
  );
}

function QuestionField({
  question,
  register,
  error,
  settledByScreening,
}: {
  question: ClassificationQuestion;
  register: UseFormRegister<ClassificationFormValues>;
  error: string | undefined;
  settledByScreening: boolean | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const name = question.id;
  return (
    <fieldset
      className="grid gap-2 rounded-lg border p-4"
      aria-describedby={error ? errorId : undefined}
      data-testid={`question-${name}`}
    >
      <legend className="px-1 text-sm font-medium">{question.question}</legend>
      <Citation text={question.citation} basis={question.basis} note={question.note} />
      {question.note ? <p className="text-xs text-muted-foreground">{question.note}</p> : null}
      {settledByScreening !== null ? (
        <p className="text-sm" data-testid="eu-practice-from-screening">
          <span className="font-medium">
            {settledByScreening ? t("systems.classification.yes") : t("systems.classification.no")}
          </span>{" "}
          <span className="text-muted-foreground">{t("systems.classification.fromScreening")}</span>
        </p>
      ) : (
        <div className="grid gap-2">
          {question.options.map((option) => {
            const text = (
              <span>
                {option.label}
                {option.citation ? (
                  <span className="ml-2 font-mono text-xs text-muted-foreground">{option.citation}</span>
                ) : null}
              </span>
            );
            return question.multiple ? (
              <label
                key={option.value}
                htmlFor={`${id}-${option.value}`}
                className="flex items-start gap-2 text-sm"
              >
                <Checkbox
                  id={`${id}-${option.value}`}
                  className="mt-0.5"
                  value={option.value}
                  {...register(name)}
                />
                {text}
              </label>
            ) : (
              <label key={option.value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  className="mt-0.5 size-4 shrink-0 accent-primary"
                  value={option.value}
                  aria-invalid={error ? true : undefined}
                  {...register(name)}
                />
                {text}
              </label>
            );
          })}
          {question.multiple ? (
            <p className="text-xs text-muted-foreground">{t("systems.classification.noneMeansNone")}</p>
          ) : null}
        </div>
      )}
      {error ? (
        <p id={errorId} className="text-sm text-destructive" data-testid={`field-error-${name}`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function DecisionSelect({
  name,
  levels,
  suggested,
  register,
  disabled,
}: {
  name: Axis;
  levels: readonly string[];
  suggested: string | undefined;
  register: UseFormRegister<ClassificationFormValues>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const levelLabel = useLevelLabel();
  return (
    <FormField name={name} label={t(`systems.classification.decide.${name}`)}>
      {(control) => (
        <NativeSelect {...control} disabled={disabled} data-testid={`decision-${name}`} {...register(name)}>
          <option value="">
            {suggested
              ? t("systems.classification.asSuggested", { level: levelLabel(name, suggested) })
              : t("systems.classification.asSuggestedPending")}
          </option>
          {levels.map((level) => (
            <option key={level} value={level}>
              {levelLabel(name, level)}
            </option>
          ))}
        </NativeSelect>
      )}
    </FormField>
  );
}
