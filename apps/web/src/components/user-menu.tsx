import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { CircleUserRound, LogOut, MonitorX } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Me, resetSession } from "#auth/session.ts";
import { Button } from "#components/ui/button.tsx";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "#components/ui/dropdown-menu.tsx";
import { readApiError } from "#lib/api-error.ts";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { trpc } from "#trpc.ts";

/** The header's account menu: who is signed in, and the ways to sign out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions());
  const signOutEverywhere = useMutation(trpc.auth.signOutEverywhere.mutationOptions());
  const [error, setError] = useState<string>();
  const pending = signOut.isPending || signOutEverywhere.isPending;

  async function end(everywhere: boolean) {
    setError(undefined);
    try {
      await (everywhere ? signOutEverywhere : signOut).mutateAsync();
    } catch (thrown) {
      // Already signed out (the session ended elsewhere) is as good as success.
      if (readApiError(thrown).code !== "UNAUTHORIZED") {
        setError(apiErrorMessage(thrown, t));
        return;
      }
    }
    // Leave the signed-in pages first, so their guard does not send the visitor back here.
    await navigate({ to: "/sign-in", replace: true });
    resetSession(null);
  }

  return (
    <DropdownMenu onOpenChange={(open) => open || setError(undefined)}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" title={t("header.user.trigger")} data-testid="user-menu">
          <CircleUserRound aria-hidden />
          <span className="sr-only max-w-40 truncate sm:not-sr-only">{me.user.name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex flex-col gap-0.5">
          <span className="truncate" data-testid="user-name">
            {me.user.name}
          </span>
          <span className="truncate text-xs font-normal text-muted-foreground" data-testid="user-email">
            {me.user.email}
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          disabled={pending}
          data-testid="signout"
          onSelect={(event) => {
            // Stay open while the request runs, so a failure can be shown here.
            event.preventDefault();
            void end(false);
          }}
        >
          <LogOut aria-hidden />
          {t("header.user.signOut")}
        </DropdownMenuItem>
        <DropdownMenuItem
          disabled={pending}
          data-testid="signout-everywhere"
          onSelect={(event) => {
            event.preventDefault();
            void end(true);
          }}
        >
          <MonitorX aria-hidden />
          {t("header.user.signOutEverywhere")}
        </DropdownMenuItem>
        {error ? (
          <p role="alert" className="px-2 py-1.5 text-sm text-destructive" data-testid="signout-error">
            {error}
          </p>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
