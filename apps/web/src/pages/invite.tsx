import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { CircleAlert, MailCheck } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { resetSession, useMe } from "#auth/session.ts";
import { FormError } from "#components/form-error.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "#components/ui/card.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { readApiError } from "#lib/api-error.ts";
import { formatDate } from "#lib/format.ts";
import { apiErrorMessage } from "#lib/report-api-error.ts";
import { type RouterOutputs, trpc } from "#trpc.ts";

type Invitation = RouterOutputs["invitations"]["get"];
type InvitationStatus = Invitation["status"];

const STATUS_VARIANT = {
  pending: "secondary",
  accepted: "success",
  revoked: "destructive",
  expired: "warning",
} as const satisfies Record<InvitationStatus, string>;

/** Where an invitation link lands: what it is for, and how to accept it. */
export function InvitePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const invitation = useQuery(trpc.invitations.get.queryOptions({ token }));

  if (invitation.isPending) {
    return (
      <Card data-testid="page-invite">
        <CardHeader>
          <Skeleton className="h-6 w-56" />
          <Skeleton className="h-4 w-40" />
        </CardHeader>
        <CardContent className="grid gap-2">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-3/4" />
        </CardContent>
      </Card>
    );
  }

  if (invitation.isError) {
    const notFound = readApiError(invitation.error).code === "NOT_FOUND";
    return (
      <Card data-testid="page-invite">
        <CardHeader>
          <CardTitle>
            <h1 className="text-xl">{t("invite.title")}</h1>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <Alert variant="destructive" data-testid="invitation-error">
            <CircleAlert aria-hidden />
            <AlertTitle>{notFound ? t("invite.notFound.title") : t("invite.loadFailed")}</AlertTitle>
            <AlertDescription>
              {notFound ? t("invite.notFound.description") : apiErrorMessage(invitation.error, t)}
            </AlertDescription>
          </Alert>
        </CardContent>
      </Card>
    );
  }

  return <InvitationCard token={token} invitation={invitation.data} />;
}

function InvitationCard({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { status } = invitation;
  return (
    <Card data-testid="page-invite">
      <CardHeader>
        <CardTitle>
          <h1 className="text-xl">{t("invite.heading", { organisation: invitation.organisationName })}</h1>
        </CardTitle>
        <CardDescription>{t("invite.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-muted-foreground">{t("invite.organisation")}</dt>
          <dd className="font-medium" data-testid="invitation-organisation">
            {invitation.organisationName}
          </dd>
          <dt className="text-muted-foreground">{t("invite.role")}</dt>
          <dd data-testid="invitation-role" data-role={invitation.role}>
            {t(`roles.${invitation.role}`)}
          </dd>
          <dt className="text-muted-foreground">{t("invite.email")}</dt>
          <dd data-testid="invitation-email">{invitation.email}</dd>
          <dt className="text-muted-foreground">{t("invite.expires")}</dt>
          <dd>
            <time dateTime={invitation.expiresAt.toISOString()}>
              {formatDate(invitation.expiresAt, language)}
            </time>
          </dd>
          <dt className="text-muted-foreground">{t("invite.status")}</dt>
          <dd>
            <Badge variant={STATUS_VARIANT[status]} data-testid="invitation-status" data-status={status}>
              {t(`invite.statuses.${status}`)}
            </Badge>
          </dd>
        </dl>
        {status === "pending" ? (
          <AcceptInvitation token={token} invitation={invitation} />
        ) : (
          <Alert>
            <CircleAlert aria-hidden />
            <AlertDescription>{t(`invite.closed.${status}`)}</AlertDescription>
          </Alert>
        )}
      </CardContent>
      {status !== "pending" ? (
        <CardFooter className="justify-center">
          <Button asChild variant="outline">
            <Link to="/status">{t("invite.toApp")}</Link>
          </Button>
        </CardFooter>
      ) : null}
    </Card>
  );
}

function AcceptInvitation({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const signOut = useMutation(trpc.auth.signOut.mutationOptions());
  const [error, setError] = useState<string>();
  const redirect = `/invite/${token}`;

  if (me.isPending) return <Skeleton className="h-9 w-full" />;

  if (!me.data) {
    return (
      <div className="grid gap-3">
        <p className="text-sm text-muted-foreground">{t("invite.signedOut")}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          <Button asChild>
            <Link to="/sign-in" search={{ redirect }} data-testid="invite-sign-in">
              {t("invite.signInToAccept")}
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link to="/sign-up" search={{ redirect, email: invitation.email }} data-testid="invite-sign-up">
              {t("invite.signUpToAccept")}
            </Link>
          </Button>
        </div>
      </div>
    );
  }

  const user = me.data.user;
  const otherEmail = user.email.trim().toLowerCase() !== invitation.email.trim().toLowerCase();
  const busy = accept.isPending || signOut.isPending;

  async function onAccept() {
    setError(undefined);
    try {
      const next = await accept.mutateAsync({ token });
      resetSession(next);
      await navigate({ to: "/portfolio" });
    } catch (thrown) {
      setError(apiErrorMessage(thrown, t));
      // The invitation may have expired or been revoked meanwhile; show its status as it is now.
      void queryClient.invalidateQueries({ queryKey: trpc.invitations.get.queryKey({ token }) });
    }
  }

  async function onSwitchAccount() {
    setError(undefined);
    try {
      await signOut.mutateAsync();
      resetSession(null);
    } catch (thrown) {
      setError(apiErrorMessage(thrown, t));
    }
  }

  return (
    <div className="grid gap-3">
      <FormError message={error} />
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <MailCheck className="size-4" aria-hidden />
        <span>{t("invite.signedInAs", { email: user.email })}</span>
      </p>
      {otherEmail ? (
        <Alert data-testid="invitation-other-email">
          <CircleAlert aria-hidden />
          <AlertDescription>
            {t("invite.otherEmail", { invited: invitation.email, current: user.email })}
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <Button onClick={() => void onAccept()} disabled={busy} data-testid="accept-invitation">
          {accept.isPending ? t("invite.accepting") : t("invite.accept")}
        </Button>
        <Button variant="outline" onClick={() => void onSwitchAccount()} disabled={busy}>
          {t("invite.switchAccount")}
        </Button>
      </div>
    </div>
  );
}
