import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { resetSession } from "#auth/session.ts";
import { FormError } from "#components/form-error.tsx";
import { Button } from "#components/ui/button.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { reportApiError, sameNames } from "#lib/report-api-error.ts";
import { NAME_MAX_LENGTH } from "#lib/validation.ts";
import { trpc } from "#trpc.ts";

type CreateOrganisationValues = { name: string };

/** Creates an organisation, makes the caller its admin and switches to it. */
export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useMutation(trpc.orgs.create.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateOrganisationValues>({ defaultValues: { name: "" } });
  const pending = isSubmitting || create.isPending;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const me = await create.mutateAsync({ name: values.name.trim() });
      resetSession(me);
      await navigate({ to: "/settings/organisation" });
    } catch (error) {
      reportApiError(error, setError, t, sameNames("name"));
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <FormError message={errors.root?.server?.message} />
      <FormField
        name="name"
        label={t("organisations.new.name")}
        hint={t("organisations.new.hint")}
        error={errors.name?.message}
      >
        {(control) => (
          <Input
            {...control}
            autoComplete="organization"
            data-testid="create-org-name"
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
      <div>
        <Button type="submit" disabled={pending} data-testid="create-org-submit">
          {pending ? t("organisations.new.submitting") : t("organisations.new.submit")}
        </Button>
      </div>
    </form>
  );
}
