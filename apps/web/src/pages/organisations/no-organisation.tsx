import { useMutation } from "@tanstack/react-query";
import { Building2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Me, resetSession } from "#auth/session.ts";
import { FormError } from "#components/form-error.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { CreateOrganisationForm } from "#pages/organisations/create-organisation-form.tsx";
import { PageHeader } from "#pages/page-header.tsx";
import { trpc } from "#trpc.ts";

/** Shown instead of any workspace page while the user has no active organisation. */
export function NoOrganisationPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const switchOrganisation = useMutation(trpc.orgs.switch.mutationOptions());
  const [error, setError] = useState<string>();

  async function open(organisationId: string) {
    setError(undefined);
    try {
      resetSession(await switchOrganisation.mutateAsync({ organisationId }));
    } catch (thrown) {
      setError(apiErrorMessage(thrown, t));
    }
  }

  return (
    <div className="flex flex-col gap-6" data-testid="page-no-organisation">
      <PageHeader title={t("organisations.none.title")} description={t("organisations.none.description")} />
      {me.memberships.length > 0 ? (
        <Card className="max-w-xl">
          <CardHeader>
            <CardTitle>
              <h2>{t("organisations.none.yours")}</h2>
            </CardTitle>
          </CardHeader>
          <CardContent className="grid gap-3">
            <FormError message={error} />
            <ul className="grid gap-2">
              {me.memberships.map((membership) => (
                <li key={membership.organisationId} className="flex items-center gap-3">
                  <Building2 className="size-4 text-muted-foreground" aria-hidden />
                  <span className="flex-1 truncate font-medium">{membership.organisationName}</span>
                  <Badge variant="secondary">{t(`roles.${membership.role}`)}</Badge>
                  <Button
                    size="sm"
                    variant="outline"
                    disabled={switchOrganisation.isPending}
                    onClick={() => void open(membership.organisationId)}
                  >
                    {t("organisations.none.open")}
                  </Button>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle>
            <h2>{t("organisations.new.title")}</h2>
          </CardTitle>
          <CardDescription>{t("organisations.new.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateOrganisationForm />
        </CardContent>
      </Card>
    </div>
  );
}
