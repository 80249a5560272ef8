import { can, ROLES, type Role } from "@airisk/domain/permissions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Check, CircleAlert, Copy, LogOut, MailPlus, UserMinus, X } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { refreshSession, resetSession } from "#auth/session.ts";
import { useSession } from "#auth/session-context.tsx";
import { FormError } from "#components/form-error.tsx";
import { Alert, AlertDescription, AlertTitle } from "#components/ui/alert.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { FormField } from "#components/ui/form-field.tsx";
import { Input } from "#components/ui/input.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "#components/ui/table.tsx";
import { formatDate } from "#lib/format.ts";
import { apiErrorMessage, reportApiError, sameNames } from "#lib/report-api-error.ts";
import { isEmail } from "#lib/validation.ts";
import { type RouterOutputs, trpc } from "#trpc.ts";

type MemberList = RouterOutputs["members"]["list"];
type Member = MemberList["members"][number];
type Invitation = MemberList["invitations"][number];

/** Members and pending invitations; admins invite, change roles and remove, anyone may leave. */
export function MembersSettingsPage() {
  const { t } = useTranslation();
  const { organisation } = useSession();
  const list = useQuery(trpc.members.list.queryOptions());
  const canManage = can(organisation.role, "members.manage");

  return (
    <div className="flex flex-col gap-6" data-testid="members-page">
      {canManage ? <InviteCard /> : null}
      {list.isPending ? (
        <Card>
          <CardContent className="grid gap-3">
            <Skeleton className="h-6 w-48" />
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </CardContent>
        </Card>
      ) : list.isError ? (
        <Alert variant="destructive" data-testid="members-load-error">
          <CircleAlert aria-hidden />
          <AlertTitle>{t("settings.members.loadFailed")}</AlertTitle>
          <AlertDescription>{apiErrorMessage(list.error, t)}</AlertDescription>
        </Alert>
      ) : (
        <>
          <MembersCard members={list.data.members} canManage={canManage} />
          {canManage ? <InvitationsCard invitations={list.data.invitations} /> : null}
        </>
      )}
    </div>
  );
}

function useLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

function MembersCard({ members, canManage }: { members: Member[]; canManage: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me, organisation } = useSession();
  const setRole = useMutation(trpc.members.setRole.mutationOptions());
  const remove = useMutation(trpc.members.remove.mutationOptions());
  const switchOrganisation = useMutation(trpc.orgs.switch.mutationOptions());
  const [error, setError] = useState<string>();
  const busy = setRole.isPending || remove.isPending;

  const refreshList = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });

  async function changeRole(member: Member, role: Role) {
    if (role === member.role) return;
    setError(undefined);
    try {
      await setRole.mutateAsync({ userId: member.userId, role });
      await refreshList();
      // Demoting oneself takes permissions away: let the menus and pages follow at once.
      if (member.userId === me.user.id) await refreshSession();
    } catch (thrown) {
      setError(apiErrorMessage(thrown, t));
    }
  }

  async function removeMember(member: Member) {
    setError(undefined);
    const leaving = member.userId === me.user.id;
    try {
      await remove.mutateAsync({ userId: member.userId });
      if (leaving) {
        // Off this page first, so its queries do not refetch for an organisation left behind.
        await navigate({ to: "/portfolio" });
        // Carry on in another organisation of theirs, if any; else the page to create one shows.
        const other = me.memberships.find((membership) => membership.organisationId !== organisation.id);
        if (other)
          resetSession(await switchOrganisation.mutateAsync({ organisationId: other.organisationId }));
        else await refreshSession();
      } else {
        await refreshList();
      }
    } catch (thrown) {
      setError(apiErrorMessage(thrown, t));
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("settings.members.title")}</h2>
        </CardTitle>
        <CardDescription>{t("settings.members.count", { count: members.length })}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <FormError message={error} />
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("settings.members.name")}</TableHead>
              <TableHead>{t("settings.members.email")}</TableHead>
              <TableHead>{t("settings.members.role")}</TableHead>
              <TableHead>{t("settings.members.joined")}</TableHead>
              <TableHead>
                <span className="sr-only">{t("settings.members.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => {
              const self = member.userId === me.user.id;
              return (
                <TableRow
                  key={member.userId}
                  data-testid={`member-row-${member.email}`}
                  data-role={member.role}
                >
                  <TableCell className="font-medium">
                    <span className="flex items-center gap-2">
                      {member.name}
                      {self ? <Badge variant="outline">{t("settings.members.you")}</Badge> : null}
                    </span>
                  </TableCell>
                  <TableCell className="text-muted-foreground">{member.email}</TableCell>
                  <TableCell>
                    {canManage ? (
                      <NativeSelect
                        size="sm"
                        className="w-40"
                        value={member.role}
                        disabled={busy}
                        aria-label={t("settings.members.roleOf", { name: member.name })}
                        data-testid={`member-role-${member.email}`}
                        onChange={(event) => void changeRole(member, event.target.value as Role)}
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </NativeSelect>
                    ) : (
                      <Badge variant="secondary">{t(`roles.${member.role}`)}</Badge>
                    )}
                  </TableCell>
                  <TableCell className="whitespace-nowrap text-muted-foreground">
                    <time dateTime={member.joinedAt.toISOString()}>
                      {formatDate(member.joinedAt, language)}
                    </time>
                  </TableCell>
                  <TableCell className="text-right">
                    {self ? (
                      <Button
                        variant="outline"
                        size="sm"
                        disabled={busy}
                        data-testid={`member-remove-${member.email}`}
                        onClick={() => void removeMember(member)}
                      >
                        <LogOut aria-hidden />
                        {t("settings.members.leave")}
                      </Button>
                    ) : canManage ? (
                      <Button
                        variant="ghost"
                        size="sm"
                        className="text-destructive hover:text-destructive"
                        disabled={busy}
                        aria-label={t("settings.members.removeNamed", { name: member.name })}
                        data-testid={`member-remove-${member.email}`}
                        onClick={() => void removeMember(member)}
                      >
                        <UserMinus aria-hidden />
                        {t("settings.members.remove")}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

function InvitationsCard({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions());
  const [error, setError] = useState<string>();

  async function revokeInvitation(invitation: Invitation) {
    setError(undefined);
    try {
      await revoke.mutateAsync({ invitationId: invitation.id });
    } catch (thrown) {
      setError(apiErrorMessage(thrown, t));
    }
    await queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("settings.invitations.title")}</h2>
        </CardTitle>
        <CardDescription>{t("settings.invitations.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <FormError message={error} />
        {invitations.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="invitations-empty">
            {t("settings.invitations.none")}
          </p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("settings.members.email")}</TableHead>
                <TableHead>{t("settings.members.role")}</TableHead>
                <TableHead>{t("settings.invitations.invitedBy")}</TableHead>
                <TableHead>{t("settings.invitations.expires")}</TableHead>
                <TableHead>
                  <span className="sr-only">{t("settings.members.actions")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invitations.map((invitation) => (
                <TableRow key={invitation.id} data-testid={`invitation-row-${invitation.email}`}>
                  <TableCell className="font-medium">{invitation.email}</TableCell>
                  <TableCell>
                    <Badge variant="secondary">{t(`roles.${invitation.role}`)}</Badge>
                  </TableCell>
                  <TableCell className="text-muted-foreground">{invitation.invitedByName}</TableCell>
                  <TableCell className="whitespace-nowrap text-muted-foreground">
                    <time dateTime={invitation.expiresAt.toISOString()}>
                      {formatDate(invitation.expiresAt, language)}
                    </time>
                  </TableCell>
                  <TableCell className="text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-destructive hover:text-destructive"
                      disabled={revoke.isPending}
                      aria-label={t("settings.invitations.revokeFor", { email: invitation.email })}
                      data-testid={`invitation-revoke-${invitation.email}`}
                      onClick={() => void revokeInvitation(invitation)}
                    >
                      <X aria-hidden />
                      {t("settings.invitations.revoke")}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

type InviteValues = { email: string; role: Role };

function InviteCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invite = useMutation(trpc.members.invite.mutationOptions());
  const [created, setCreated] = useState<{ email: string; link: string }>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({ defaultValues: { email: "", role: "viewer" } });
  const pending = isSubmitting || invite.isPending;

  const onSubmit = handleSubmit(async (values) => {
    setCreated(undefined);
    try {
      const result = await invite.mutateAsync({ email: values.email.trim(), role: values.role });
      setCreated({
        email: result.invitation.email,
        link: `${window.location.origin}/invite/${encodeURIComponent(result.token)}`,
      });
      reset({ email: "", role: values.role });
      await queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });
    } catch (error) {
      reportApiError(error, setError, t, sameNames("email", "role"));
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("settings.invite.title")}</h2>
        </CardTitle>
        <CardDescription>{t("settings.invite.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form noValidate onSubmit={onSubmit} className="grid gap-4">
          <FormError message={errors.root?.server?.message} />
          <div className="grid items-start gap-4 sm:grid-cols-[1fr_12rem_auto]">
            <FormField name="email" label={t("settings.invite.email")} error={errors.email?.message}>
              {(control) => (
                <Input
                  {...control}
                  type="email"
                  autoComplete="off"
                  data-testid="invite-email"
                  {...register("email", {
                    validate: (value) =>
                      value.trim() === ""
                        ? t("validation.required")
                        : isEmail(value) || t("validation.email"),
                  })}
                />
              )}
            </FormField>
            <FormField name="role" label={t("settings.invite.role")} error={errors.role?.message}>
              {(control) => (
                <NativeSelect {...control} data-testid="invite-role" {...register("role")}>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`roles.${role}`)}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
            <Button type="submit" className="sm:mt-[1.375rem]" disabled={pending} data-testid="invite-submit">
              <MailPlus aria-hidden />
              {pending ? t("settings.invite.submitting") : t("settings.invite.submit")}
            </Button>
          </div>
        </form>
        {created ? (
          <InviteLink email={created.email} link={created.link} onDismiss={() => setCreated(undefined)} />
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The accept link of a new invitation; the token is shown this once, so it can be copied here. */
function InviteLink({ email, link, onDismiss }: { email: string; link: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <Alert data-testid="invite-created">
      <Check aria-hidden />
      <AlertTitle>{t("settings.invite.created", { email })}</AlertTitle>
      <AlertDescription className="w-full">
        <p>{t("settings.invite.onlyOnce")}</p>
        <div className="flex w-full flex-col gap-2 sm:flex-row sm:items-center">
          <code
            data-testid="invite-link"
            className="min-w-0 flex-1 rounded-md border bg-muted px-2 py-1.5 font-mono text-xs break-all text-foreground select-all"
          >
            {link}
          </code>
          <div className="flex gap-2">
            <Button size="sm" variant="outline" onClick={() => void copyLink()} data-testid="invite-copy">
              {copy === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
              {copy === "copied" ? t("settings.invite.copied") : t("settings.invite.copy")}
            </Button>
            <Button size="sm" variant="ghost" onClick={onDismiss}>
              {t("settings.invite.dismiss")}
            </Button>
          </div>
        </div>
        {copy === "failed" ? (
          <p className="text-destructive" role="alert">
            {t("settings.invite.copyFailed")}
          </p>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
