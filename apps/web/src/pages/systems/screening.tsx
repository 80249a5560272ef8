import { useMutation } from "@tanstack/react-query";
import { CircleCheck, Hourglass, Lock, ShieldAlert } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "#components/form-error.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Label } from "#components/ui/label.tsx";
import { readApiError, splitApiError } from "#lib/api-error.ts";
import { formatDateTime } from "#lib/format.ts";
import { describeApiError } from "#lib/report-api-error.ts";
import { useInvalidateSystem } from "#pages/systems/lifecycle-actions.tsx";
import type { SystemDetail } from "#pages/systems/model.ts";
import { Citation, ConfirmDialog, Textarea } from "#pages/systems/overview-ui.tsx";
import {
  groupByJurisdiction,
  type ScreeningAnswer,
  type ScreeningFormValues,
  type ScreeningQuestion,
  screeningChanged,
  summariseScreening,
  toScreenInput,
  toScreeningForm,
} from "#pages/systems/screening-model.ts";
import { trpc } from "#trpc.ts";

type Saved = { found: number } | null;

/**
 * The prohibited-practice screening (Kazakhstan's list and EU Art. 5 always, plus the lists of the
 * jurisdictions the system is deployed in). A "yes" suspends the system at once: product policy
 * built on AI Law Art. 18(2), and the card says so before and after saving.
 */
export function ScreeningCard({ system, canWrite }: { system: SystemDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Saved>(null);
  return (
    <Card data-testid="screening-card">
      <CardHeader>
        <CardTitle>
          <h2>{t("systems.screening.title")}</h2>
        </CardTitle>
        <CardDescription>{t("systems.screening.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <Alert className="border-fuchsia-200 bg-fuchsia-50/60" data-testid="screening-policy">
          <ShieldAlert aria-hidden />
          <AlertTitle className="line-clamp-none">{t("systems.screening.policyTitle")}</AlertTitle>
          <AlertDescription>
            <p className="flex flex-wrap items-center gap-2">
              <Badge variant="outline" className="border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800">
                {t("systems.basis.product_policy")}
              </Badge>
              <span>{t("systems.screening.policy")}</span>
            </p>
          </AlertDescription>
        </Alert>
        <ScreeningStatus system={system} />
        {saved ? (
          <p
            role="status"
            className={
              saved.found > 0
                ? "flex items-center gap-2 text-sm font-medium text-destructive"
                : "flex items-center gap-2 text-sm text-success"
            }
            data-testid="screening-saved"
          >
            {saved.found > 0 ? (
              <ShieldAlert className="size-4" aria-hidden />
            ) : (
              <CircleCheck className="size-4" aria-hidden />
            )}
            {saved.found > 0
              ? t("systems.screening.savedSuspended", { count: saved.found })
              : t("systems.screening.saved")}
          </p>
        ) : null}
        {!canWrite ? (
          <p
            className="flex items-center gap-2 text-sm text-muted-foreground"
            data-testid="screening-readonly"
          >
            <Lock className="size-4" aria-hidden />
            {system.state === "retired" ? t("systems.form.retired") : t("systems.screening.readOnly")}
          </p>
        ) : null}
        {/* A new version of the system (saved here or elsewhere) starts the form again from what is stored. */}
        <ScreeningForm
          key={system.version}
          system={system}
          canWrite={canWrite}
          onEdit={() => setSaved(null)}
          onSaved={(found) => setSaved({ found })}
        />
      </CardContent>
    </Card>
  );
}

function ScreeningStatus({ system }: { system: SystemDetail }) {
  const { t, i18n } = useTranslation();
  const screening = system.screening;
  if (!screening) {
    return (
      <p className="text-sm font-medium text-amber-800" data-testid="screening-status" data-status="never">
        {t("systems.screening.never")}
      </p>
    );
  }
  const summary = summariseScreening(system.screeningQuestions, toScreeningForm(system).answers);
  const at = screening.answeredAt ? new Date(screening.answeredAt) : null;
  return (
    <div
      className="grid gap-1 text-sm"
      data-testid="screening-status"
      data-status={screening.complete ? "complete" : "partial"}
    >
      <p>
        {screening.complete
          ? t("systems.screening.complete", { total: summary.total })
          : t("systems.screening.partial", { answered: summary.answered, total: summary.total })}
        {at && !Number.isNaN(at.getTime()) ? (
          <span className="text-muted-foreground">
            {" "}
            {t("systems.screening.answeredAt", {
              date: formatDateTime(at, i18n.resolvedLanguage ?? i18n.language),
            })}
          </span>
        ) : null}
      </p>
      {screening.found.length > 0 ? (
        <div className="text-destructive" data-testid="screening-found">
          <p className="font-medium">{t("systems.screening.found", { count: screening.found.length })}</p>
          <ul className="list-disc pl-5">
            {screening.found.map((f) => (
              <li key={f.id}>{f.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function ScreeningForm({
  system,
  canWrite,
  onEdit,
  onSaved,
}: {
  system: SystemDetail;
  canWrite: boolean;
  onEdit: () => void;
  onSaved: (found: number) => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateSystem(system.id);
  const screen = useMutation(trpc.systems.screen.mutationOptions());
  const [initial] = useState<ScreeningFormValues>(() => toScreeningForm(system));
  const [values, setValues] = useState<ScreeningFormValues>(initial);
  const [confirming, setConfirming] = useState(false);
  const [rootError, setRootError] = useState<string | undefined>();
  const [descriptionError, setDescriptionError] = useState<string | undefined>();
  const questions = system.screeningQuestions;
  const summary = summariseScreening(questions, values.answers);
  const groups = groupByJurisdiction(questions);
  const changed = screeningChanged(initial, values);
  const pending = screen.isPending;
  // The API takes one description for "another practice": it is asked under the first such "yes".
  const describedOther = summary.yes.find((q) => q.other)?.id;

  const answer = (id: string, value: ScreeningAnswer) => {
    onEdit();
    setValues((v) => ({ ...v, answers: { ...v.answers, [id]: value } }));
  };

  const save = async () => {
    setRootError(undefined);
    setDescriptionError(undefined);
    try {
      const result = await screen.mutateAsync({
        id: system.id,
        expectedVersion: system.version,
        ...toScreenInput(questions, values),
      });
      setConfirming(false);
      onSaved(result.found.length);
      await invalidate();
    } catch (thrown) {
      setConfirming(false);
      const error = readApiError(thrown);
      if (error.code === "CONFLICT") {
        setRootError(t("systems.form.conflict"));
        await invalidate();
        return;
      }
      const { fields, unplaced } = splitApiError(error, (path) =>
        path === "otherDescription" ? "otherDescription" : undefined,
      );
      const description = fields.find(([name]) => name === "otherDescription");
      if (description) setDescriptionError(description[1]);
      if (unplaced) setRootError(describeApiError(error, t));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (summary.otherYes && !values.otherDescription.trim()) {
      setDescriptionError(t("systems.screening.otherRequired"));
      return;
    }
    if (summary.yes.length > 0) {
      setConfirming(true);
      return;
    }
    void save();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5" data-testid="screening-form">
      <FormError message={rootError} />
      <fieldset disabled={!canWrite || pending} className="grid gap-6">
        {groups.map((group) => (
          <section
            key={group.jurisdiction}
            className="grid gap-3"
            aria-labelledby={`screening-${group.jurisdiction}`}
          >
            <h3
              id={`screening-${group.jurisdiction}`}
              className="flex items-center gap-2 text-sm font-semibold"
            >
              <Badge variant="secondary" className="font-mono">
                {group.jurisdiction}
              </Badge>
              {t("systems.screening.group", { count: group.questions.length })}
            </h3>
            <ul className="grid gap-3">
              {group.questions.map((q) => (
                <QuestionRow
                  key={q.id}
                  question={q}
                  value={values.answers[q.id]}
                  onAnswer={(v) => answer(q.id, v)}
                  showDescription={q.id === describedOther}
                  description={values.otherDescription}
                  descriptionError={q.id === describedOther ? descriptionError : undefined}
                  onDescription={(text) => {
                    onEdit();
                    setDescriptionError(undefined);
                    setValues((v) => ({ ...v, otherDescription: text }));
                  }}
                />
              ))}
            </ul>
          </section>
        ))}
      </fieldset>
      {canWrite ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="submit"
            disabled={pending}
            variant={summary.yes.length > 0 ? "destructive" : "default"}
            data-testid="screening-save"
          >
            {pending ? t("systems.form.saving") : t("systems.screening.save")}
          </Button>
          <span className="text-sm text-muted-foreground" data-testid="screening-progress">
            {t("systems.screening.progress", { answered: summary.answered, total: summary.total })}
            {changed ? ` · ${t("systems.form.unsaved")}` : ""}
          </span>
          {summary.yes.length > 0 ? (
            <span className="text-sm font-medium text-destructive" data-testid="screening-yes-warning">
              {t("systems.screening.yesWarning", { count: summary.yes.length })}
            </span>
          ) : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("systems.screening.confirmTitle")}
        description={
          <>
            <p>{t("systems.screening.confirmDescription", { count: summary.yes.length })}</p>
            <ul className="list-disc pl-5">
              {summary.yes.map((q) => (
                <li key={q.id}>
                  {q.other && values.otherDescription.trim() ? values.otherDescription.trim() : q.text}
                </li>
              ))}
            </ul>
            <p className="flex flex-wrap items-center gap-2">
              <Badge variant="outline" className="border-fuchsia-200 bg-fuchsia-50 text-fuchsia-800">
                {t("systems.basis.product_policy")}
              </Badge>
              <span>{t("systems.suspension.policy")}</span>
            </p>
          </>
        }
        confirmLabel={t("systems.screening.confirmSave")}
        pendingLabel={t("systems.form.saving")}
        pending={pending}
        destructive
        onConfirm={() => void save()}
        testId="screening-confirm"
      />
    </form>
  );
}

function QuestionRow({
  question: q,
  value,
  onAnswer,
  showDescription,
  description,
  descriptionError,
  onDescription,
}: {
  question: ScreeningQuestion;
  value: ScreeningAnswer | undefined;
  onAnswer: (value: ScreeningAnswer) => void;
  showDescription: boolean;
  description: string;
  descriptionError: string | undefined;
  onDescription: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const textId = `${id}-text`;
  return (
    <li
      className="grid gap-2 rounded-lg border p-3 data-[answer=yes]:border-destructive/50 data-[answer=yes]:bg-destructive/5"
      data-testid={`screening-question-${q.id}`}
      data-answer={value ?? "none"}
    >
      <div className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
        <div className="grid gap-1.5">
          <p id={textId} className="text-sm">
            {q.text}
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <Citation text={q.citation} basis={q.basis} note={q.note} />
            {q.inForce ? null : (
              <Badge
                variant="outline"
                className="border-sky-200 bg-sky-50 text-sky-800"
                data-testid="not-in-force"
                title={t("systems.screening.notInForceHint")}
              >
                <Hourglass aria-hidden />
                {t("systems.screening.notInForce")}
              </Badge>
            )}
          </div>
          {q.note ? <p className="text-xs text-muted-foreground">{q.note}</p> : null}
        </div>
        <div role="radiogroup" aria-labelledby={textId} className="flex shrink-0 gap-4">
          {(["no", "yes"] as const).map((option) => (
            <label key={option} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name={`screening-${q.id}`}
                value={option}
                checked={value === option}
                onChange={() => onAnswer(option)}
                className="size-4 accent-primary"
                data-testid={`screening-${q.id}-${option}`}
              />
              {option === "yes" ? t("systems.screening.yes") : t("systems.screening.no")}
            </label>
          ))}
        </div>
      </div>
      {showDescription ? (
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-description`}>{t("systems.screening.otherDescription")}</Label>
          <Textarea
            id={`${id}-description`}
            value={description}
            maxLength={2000}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={descriptionError ? `${id}-description-error` : undefined}
            onChange={(e) => onDescription(e.target.value)}
            data-testid="screening-other-description"
          />
          {descriptionError ? (
            <p
              id={`${id}-description-error`}
              className="text-sm text-destructive"
              data-testid="field-error-otherDescription"
            >
              {descriptionError}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
