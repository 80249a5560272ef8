import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link2, LoaderCircle, Paperclip } from "lucide-react";
import { type ChangeEvent, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormError } from "#components/form-error.tsx";
import { Button, buttonVariants } from "#components/ui/button.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { readApiError } from "#lib/api-error.ts";
import { describeApiError, reportApiError, sameNames } from "#lib/report-api-error.ts";
import { cn } from "#lib/utils.ts";
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_NAME_MAX_LENGTH,
  EVIDENCE_URL_MAX_LENGTH,
  evidenceFormData,
  fileProblem,
  formatBytes,
  isHttpUrl,
  linkNameFrom,
  MAX_EVIDENCE_BYTES,
} from "#pages/systems/obligation-model.ts";
import { invalidateSystem, useLanguage } from "#pages/systems/risk-ui.tsx";
import { trpc } from "#trpc.ts";

/**
 * "Attach file" and "Add link" for an obligation (or the system, when `obligationId` is null). A
 * file goes up as soon as it is chosen, as multipart FormData; its size is checked here first, its
 * type by the API from the content, whose reason is shown when it refuses.
 */
export function EvidenceControls({
  systemId,
  obligationId,
}: {
  systemId: string;
  obligationId: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const upload = useMutation(trpc.evidence.upload.mutationOptions());
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [uploadError, setUploadError] = useState<string>();
  const [uploading, setUploading] = useState<string>();
  const [linking, setLinking] = useState(false);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setUploadError(undefined);
    if (!file) return;
    const problem = fileProblem(file);
    if (problem) {
      setUploadError(
        problem === "empty"
          ? t("obligations.evidence.fileEmpty", { name: file.name })
          : t("obligations.evidence.fileTooLarge", {
              name: file.name,
              size: formatBytes(file.size, language),
              max: formatBytes(MAX_EVIDENCE_BYTES, language),
            }),
      );
      if (input.current) input.current.value = "";
      return;
    }
    setUploading(file.name);
    try {
      await upload.mutateAsync(
        evidenceFormData({
          systemId,
          obligationId,
          name: file.name.slice(0, EVIDENCE_NAME_MAX_LENGTH),
          file,
        }),
      );
      await invalidateSystem(queryClient, systemId, { obligations: true });
    } catch (thrown) {
      setUploadError(fieldReason(thrown, t));
    } finally {
      setUploading(undefined);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="grid gap-2" data-testid="evidence-controls">
      <div className="flex flex-wrap items-center gap-2">
        <label
          htmlFor={inputId}
          className={cn(
            buttonVariants({ variant: "outline", size: "sm" }),
            "cursor-pointer focus-within:ring-[3px] focus-within:ring-ring/50",
            uploading && "pointer-events-none opacity-50",
          )}
          data-testid="evidence-upload"
        >
          {uploading ? <LoaderCircle className="animate-spin" aria-hidden /> : <Paperclip aria-hidden />}
          {uploading
            ? t("obligations.evidence.uploading", { name: uploading })
            : t("obligations.evidence.attach")}
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={EVIDENCE_ACCEPT}
            className="sr-only"
            disabled={uploading !== undefined}
            onChange={(event) => void onFile(event)}
            data-testid="evidence-file-input"
          />
        </label>
        {linking ? null : (
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() => setLinking(true)}
            data-testid="evidence-link"
          >
            <Link2 aria-hidden />
            {t("obligations.evidence.addLink")}
          </Button>
        )}
        <span
          className="cursor-help text-xs text-muted-foreground underline decoration-dotted underline-offset-2"
          title={t("obligations.evidence.limits", { max: formatBytes(MAX_EVIDENCE_BYTES, language) })}
        >
          {t("obligations.evidence.maxSize", { max: formatBytes(MAX_EVIDENCE_BYTES, language) })}
        </span>
      </div>
      {uploadError ? (
        <p className="text-sm text-destructive" role="alert" data-testid="evidence-upload-error">
          {uploadError}
        </p>
      ) : null}
      {linking ? (
        <EvidenceLinkForm systemId={systemId} obligationId={obligationId} onClose={() => setLinking(false)} />
      ) : null}
    </div>
  );
}

/** The reason of a refusal without the field's name ("file: a exe file is not…" → "A exe file is not…"). */
function fieldReason(thrown: unknown, t: Parameters<typeof describeApiError>[1]): string {
  const error = readApiError(thrown);
  if (error.code === "BAD_REQUEST" && error.field && error.message.startsWith(`${error.field}: `)) {
    const reason = error.message.slice(error.field.length + 2);
    return reason.charAt(0).toUpperCase() + reason.slice(1);
  }
  return describeApiError(error, t);
}

type LinkValues = { url: string; name: string };

function EvidenceLinkForm({
  systemId,
  obligationId,
  onClose,
}: {
  systemId: string;
  obligationId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const addLink = useMutation(trpc.evidence.addLink.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LinkValues>({ defaultValues: { url: "", name: "" } });
  const pending = isSubmitting || addLink.isPending;

  const onSubmit = handleSubmit(async (values) => {
    try {
      await addLink.mutateAsync({
        systemId,
        obligationId,
        url: values.url.trim(),
        name: values.name.trim() || linkNameFrom(values.url),
      });
      await invalidateSystem(queryClient, systemId, { obligations: true });
      onClose();
    } catch (thrown) {
      reportApiError(thrown, setError, t, sameNames("url", "name"));
    }
  });

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-3 rounded-md border p-3"
      data-testid="evidence-link-form"
    >
      <FormError message={errors.root?.server?.message} />
      <fieldset disabled={pending} className="grid gap-3 sm:grid-cols-2">
        <FormField name="url" label={t("obligations.evidence.url")} error={errors.url?.message}>
          {(control) => (
            <Input
              {...control}
              type="url"
              inputMode="url"
              placeholder="https://"
              data-testid="evidence-link-url"
              {...register("url", {
                validate: (value) =>
                  value.trim() === ""
                    ? t("validation.required")
                    : isHttpUrl(value) || t("obligations.evidence.invalidUrl"),
                maxLength: {
                  value: EVIDENCE_URL_MAX_LENGTH,
                  message: t("validation.tooLong", { max: EVIDENCE_URL_MAX_LENGTH }),
                },
              })}
            />
          )}
        </FormField>
        <FormField
          name="name"
          label={t("obligations.evidence.name")}
          hint={t("obligations.evidence.nameHint")}
          error={errors.name?.message}
        >
          {(control) => (
            <Input
              {...control}
              data-testid="evidence-link-name"
              {...register("name", {
                maxLength: {
                  value: EVIDENCE_NAME_MAX_LENGTH,
                  message: t("validation.tooLong", { max: EVIDENCE_NAME_MAX_LENGTH }),
                },
              })}
            />
          )}
        </FormField>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending} data-testid="evidence-link-save">
          {pending ? t("obligations.evidence.adding") : t("obligations.evidence.addLinkSubmit")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onClose} disabled={pending}>
          {t("obligations.evidence.cancel")}
        </Button>
      </div>
    </form>
  );
}
