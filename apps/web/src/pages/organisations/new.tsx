import { useTranslation } from "react-i18next";
import { Card, CardContent } from "#components/ui/card.tsx";
import { CreateOrganisationForm } from "#pages/organisations/create-organisation-form.tsx";
import { PageHeader } from "#pages/page-header.tsx";

export function NewOrganisationPage() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-6" data-testid="page-organisation-new">
      <PageHeader title={t("organisations.new.title")} description={t("organisations.new.description")} />
      <Card className="max-w-xl">
        <CardContent>
          <CreateOrganisationForm />
        </CardContent>
      </Card>
    </div>
  );
}
