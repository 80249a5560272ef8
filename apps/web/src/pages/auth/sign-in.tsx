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
import { isEmail } from "#lib/validation.ts";
import { trpc } from "#trpc.ts";

type SignInValues = { email: string; password: string };

export function SignInPage({ redirect }: { redirect?: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({ defaultValues: { email: "", password: "" } });
  const pending = isSubmitting || signIn.isPending;

  const onSubmit = handleSubmit(async (values) => {
    try {
      const me = await signIn.mutateAsync({ email: values.email.trim(), password: values.password });
      resetSession(me);
      await navigate({ href: safeRedirect(redirect), replace: true });
    } catch (error) {
      reportApiError(error, setError, t, sameNames("email", "password"));
    }
  });

  return (
    <Card data-testid="page-sign-in">
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">{t("auth.signIn.title")}</h1>
        </CardTitle>
        <CardDescription>{t("auth.signIn.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form noValidate onSubmit={onSubmit} className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
          <FormField name="email" label={t("auth.fields.email")} error={errors.email?.message}>
            {(control) => (
              <Input
                {...control}
                type="email"
                autoComplete="email"
                autoFocus
                data-testid="signin-email"
                {...register("email", {
                  validate: (value) =>
                    value.trim() === "" ? t("validation.required") : isEmail(value) || t("validation.email"),
                })}
              />
            )}
          </FormField>
          <FormField name="password" label={t("auth.fields.password")} error={errors.password?.message}>
            {(control) => (
              <Input
                {...control}
                type="password"
                autoComplete="current-password"
                data-testid="signin-password"
                {...register("password", { required: t("validation.required") })}
              />
            )}
          </FormField>
          <Button type="submit" disabled={pending} data-testid="signin-submit">
            {pending ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
          </Button>
        </form>
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        <p>
          {t("auth.signIn.noAccount")}{" "}
          <Link
            to="/sign-up"
            search={{ redirect }}
            className="font-medium text-primary underline-offset-4 hover:underline"
            data-testid="link-sign-up"
          >
            {t("auth.signIn.toSignUp")}
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
