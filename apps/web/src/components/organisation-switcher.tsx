import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Building2, ChevronsUpDown, Plus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Me, refreshSession, resetSession } from "#auth/session.ts";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "#components/ui/dropdown-menu.tsx";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { trpc } from "#trpc.ts";

/** The header's organisation menu: every membership with its role, the active one checked. */
export function OrganisationSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const switchOrganisation = useMutation(trpc.orgs.switch.mutationOptions());
  const [error, setError] = useState<string>();
  const active = me.activeOrganisation;

  async function choose(organisationId: string) {
    if (organisationId === active?.id) return;
    setError(undefined);
    try {
      resetSession(await switchOrganisation.mutateAsync({ organisationId }));
    } catch (thrown) {
      setError(apiErrorMessage(thrown, t));
      // The membership may be gone; show the list as it is now.
      void refreshSession().catch(() => undefined);
    }
  }

  return (
    <DropdownMenu onOpenChange={(open) => open || setError(undefined)}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          title={t("header.organisation.trigger")}
          data-testid="org-switcher"
          data-organisation-id={active?.id}
          disabled={switchOrganisation.isPending}
        >
          <Building2 aria-hidden />
          <span className="sr-only max-w-48 truncate sm:not-sr-only">
            {active?.name ?? t("header.organisation.none")}
          </span>
          <ChevronsUpDown className="text-muted-foreground" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <DropdownMenuLabel>{t("header.organisation.label")}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {me.memberships.length === 0 ? (
          <DropdownMenuItem disabled className="whitespace-normal">
            {t("header.organisation.noMemberships")}
          </DropdownMenuItem>
        ) : (
          <DropdownMenuRadioGroup value={active?.id ?? ""} onValueChange={(id) => void choose(id)}>
            {me.memberships.map((membership) => (
              <DropdownMenuRadioItem
                key={membership.organisationId}
                value={membership.organisationId}
                data-testid={`org-option-${membership.organisationId}`}
                data-active={membership.organisationId === active?.id}
              >
                <span className="min-w-0 flex-1 truncate">{membership.organisationName}</span>
                <Badge variant="secondary" data-role={membership.role}>
                  {t(`roles.${membership.role}`)}
                </Badge>
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
        )}
        {error ? (
          <p role="alert" className="px-2 py-1.5 text-sm text-destructive" data-testid="org-switch-error">
            {error}
          </p>
        ) : null}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link to="/organisations/new" data-testid="org-create">
            <Plus aria-hidden />
            {t("header.organisation.create")}
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
