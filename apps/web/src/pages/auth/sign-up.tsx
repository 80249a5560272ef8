import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { resetSession } from "#auth/session.ts";
import { FormError } from "#components/form-error.tsx";
import { Button } from "#components/ui/button.tsx";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "#components/ui/card.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { reportApiError, sameNames } from "#lib/report-api-error.ts";
import { safeRedirect } from "#lib/safe-redirect.ts";
import { isEmail, NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#lib/validation.ts";
import { trpc } from "#trpc.ts";

type SignUpValues = { name: string; email: string; password: string; organisationName: string };

export function SignUpPage({
  redirect,
  email,
}: {
  redirect?: string | undefined;
  email?: string | undefined;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpValues>({
    defaultValues: { name: "", email: email ?? "", password: "", organisationName: "" },
  });
  const pending = isSubmitting || signUp.isPending;

  const required = (value: string) => value.trim() !== "" || t("validation.required");
  const nameRules = {
    validate: required,
    maxLength: { value: NAME_MAX_LENGTH, message: t("validation.tooLong", { max: NAME_MAX_LENGTH }) },
  };

  const onSubmit = handleSubmit(async (values) => {
    try {
      const me = await signUp.mutateAsync({
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        organisationName: values.organisationName.trim(),
      });
      resetSession(me);
      await navigate({ href: safeRedirect(redirect), replace: true });
    } catch (error) {
      reportApiError(error, setError, t, sameNames("name", "email", "password", "organisationName"));
    }
  });

  return (
    <Card data-testid="page-sign-up">
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">{t("auth.signUp.title")}</h1>
        </CardTitle>
        <CardDescription>{t("auth.signUp.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form noValidate onSubmit={onSubmit} className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
          <FormField name="name" label={t("auth.fields.name")} error={errors.name?.message}>
            {(control) => (
              <Input
                {...control}
                autoComplete="name"
                autoFocus
                data-testid="signup-name"
                {...register("name", nameRules)}
              />
            )}
          </FormField>
          <FormField name="email" label={t("auth.fields.email")} error={errors.email?.message}>
            {(control) => (
              <Input
                {...control}
                type="email"
                autoComplete="email"
                data-testid="signup-email"
                {...register("email", {
                  validate: (value) =>
                    value.trim() === "" ? t("validation.required") : isEmail(value) || t("validation.email"),
                })}
              />
            )}
          </FormField>
          <FormField
            name="password"
            label={t("auth.fields.password")}
            hint={t("auth.signUp.passwordHint", { min: PASSWORD_MIN_LENGTH })}
            error={errors.password?.message}
          >
            {(control) => (
              <Input
                {...control}
                type="password"
                autoComplete="new-password"
                data-testid="signup-password"
                {...register("password", {
                  required: t("validation.required"),
                  minLength: {
                    value: PASSWORD_MIN_LENGTH,
                    message: t("validation.passwordLength", { min: PASSWORD_MIN_LENGTH }),
                  },
                })}
              />
            )}
          </FormField>
          <FormField
            name="organisationName"
            label={t("auth.fields.organisationName")}
            hint={t("auth.signUp.organisationHint")}
            error={errors.organisationName?.message}
          >
            {(control) => (
              <Input
                {...control}
                autoComplete="organization"
                data-testid="signup-organisation"
                {...register("organisationName", nameRules)}
              />
            )}
          </FormField>
          <Button type="submit" disabled={pending} data-testid="signup-submit">
            {pending ? t("auth.signUp.submitting") : t("auth.signUp.submit")}
          </Button>
        </form>
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        <p>
          {t("auth.signUp.haveAccount")}{" "}
          <Link
            to="/sign-in"
            search={{ redirect }}
            className="font-medium text-primary underline-offset-4 hover:underline"
            data-testid="link-sign-in"
          >
            {t("auth.signUp.toSignIn")}
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
