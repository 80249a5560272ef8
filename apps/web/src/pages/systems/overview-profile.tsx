import { can } from "@airisk/domain/permissions";
import { SYSTEM_ROLES } from "@airisk/regulations/schema";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { CircleCheck } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "#components/form-error.tsx";
import { Badge } from "#components/ui/badge.tsx";
import { Button } from "#components/ui/button.tsx";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "#components/ui/card.tsx";
import { Label } from "#components/ui/label.tsx";
import { NativeSelect } from "#components/ui/native-select.tsx";
import { Skeleton } from "#components/ui/skeleton.tsx";
import { readApiError, splitApiError } from "#lib/api-error.ts";
import { formatDateTime } from "#lib/format.ts";
import { describeApiError } from "#lib/report-api-error.ts";
import { useInvalidateSystem } from "#pages/systems/lifecycle-actions.tsx";
import type { SystemDetail } from "#pages/systems/model.ts";
import { profileFlagsOn, profileText } from "#pages/systems/overview-model.ts";
import { Fact, Textarea } from "#pages/systems/overview-ui.tsx";
import { type RouterInputs, trpc } from "#trpc.ts";

type UpdateInput = RouterInputs["systems"]["update"];
type Changes = Omit<UpdateInput, "id" | "expectedVersion">;
type SaveResult = { ok: true } | { ok: false; message: string; field: string | undefined };

/**
 * `systems.update` for one card: sends the changes at the version the page shows, then refreshes
 * the system; a stale version (CONFLICT) is reported in words and the page reloads the system.
 */
function useSaveSystem(system: SystemDetail, fields: readonly string[]) {
  const { t } = useTranslation();
  const invalidate = useInvalidateSystem(system.id);
  const update = useMutation(trpc.systems.update.mutationOptions());
  const save = async (changes: Changes): Promise<SaveResult> => {
    try {
      await update.mutateAsync({ id: system.id, expectedVersion: system.version, ...changes });
      await invalidate();
      return { ok: true };
    } catch (thrown) {
      const error = readApiError(thrown);
      if (error.code === "CONFLICT") {
        await invalidate();
        return { ok: false, message: t("systems.form.conflict"), field: undefined };
      }
      const { fields: placed } = splitApiError(error, (path) => fields.find((f) => f === path));
      const [first] = placed;
      return first
        ? { ok: false, message: first[1], field: first[0] }
        : { ok: false, message: describeApiError(error, t), field: undefined };
    }
  };
  return { save, pending: update.isPending };
}

/** What the system is: purpose, where it is used, the organisation's roles and the profile flags. */
export function ProfileCard({ system }: { system: SystemDetail }) {
  const { t, i18n } = useTranslation();
  const flags = profileFlagsOn(system.profile);
  const sector = profileText(system.profile, "sector");
  const annexIII = profileText(system.profile, "euAnnexIIIArea");
  return (
    <Card data-testid="profile-card">
      <CardHeader>
        <CardTitle>
          <h2>{t("systems.profile.title")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4">
          <Fact label={t("systems.profile.purpose")} testId="profile-purpose">
            <p className="whitespace-pre-wrap">{system.purpose}</p>
          </Fact>
          <Fact label={t("systems.profile.jurisdictions")} testId="profile-jurisdictions">
            <span className="flex flex-wrap gap-1.5">
              {system.jurisdictions.map((code) => (
                <Badge key={code} variant="secondary" asChild className="font-mono">
                  <Link to="/tracker/$code" params={{ code }}>
                    {code}
                  </Link>
                </Badge>
              ))}
            </span>
          </Fact>
          <Fact label={t("systems.profile.roles")} testId="profile-roles">
            {system.roles
              .map((role) => {
                const known = SYSTEM_ROLES.find((r) => r === role);
                return known ? t(`systems.profile.roleNames.${known}`) : role;
              })
              .join(", ")}
          </Fact>
          {sector ? <Fact label={t("systems.profile.sector")}>{sector}</Fact> : null}
          {annexIII ? <Fact label={t("systems.profile.euAnnexIIIArea")}>{annexIII}</Fact> : null}
          <Fact label={t("systems.profile.flags")} testId="profile-flags">
            {flags.length === 0 ? (
              <span className="text-muted-foreground">{t("systems.profile.noFlags")}</span>
            ) : (
              <ul className="flex flex-wrap gap-1.5">
                {flags.map((flag) => (
                  <li key={flag}>
                    <Badge variant="outline" data-flag={flag}>
                      {t(`systems.profile.flagNames.${flag}`)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact label={t("systems.profile.created")}>
            {formatDateTime(system.createdAt, i18n.resolvedLanguage ?? i18n.language)}
          </Fact>
        </dl>
      </CardContent>
    </Card>
  );
}

/** The system's risk owner; admins and risk owners may reassign it to a member who may write. */
export function RiskOwnerCard({ system, canWrite }: { system: SystemDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <Card data-testid="risk-owner-card">
      <CardHeader>
        <CardTitle>
          <h2>{t("systems.riskOwner.title")}</h2>
        </CardTitle>
        <CardDescription>{t("systems.riskOwner.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {canWrite ? (
          // Starts again from what is stored whenever the owner changes (here or elsewhere).
          <RiskOwnerForm key={system.riskOwner?.id ?? ""} system={system} saved={saved} onSaved={setSaved} />
        ) : (
          <p className="text-sm" data-testid="risk-owner-current">
            {system.riskOwner?.name ?? (
              <span className="text-muted-foreground">{t("systems.header.noOwner")}</span>
            )}
          </p>
        )}
      </CardContent>
    </Card>
  );
}

function RiskOwnerForm({
  system,
  saved,
  onSaved,
}: {
  system: SystemDetail;
  saved: boolean;
  onSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const members = useQuery(trpc.members.list.queryOptions());
  const { save, pending } = useSaveSystem(system, ["riskOwnerId"]);
  const [value, setValue] = useState(system.riskOwner?.id ?? "");
  const [error, setError] = useState<string | undefined>();
  const setSaved = onSaved;

  if (members.isPending) return <Skeleton className="h-9 w-full" />;
  if (members.isError) return <FormError message={describeApiError(readApiError(members.error), t)} />;

  // Only members who may write to the register can own its risks (the API refuses the others).
  const candidates = members.data.members.filter((m) => can(m.role, "systems.write"));
  const currentMissing = system.riskOwner && !candidates.some((m) => m.userId === system.riskOwner?.id);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const result = await save({ riskOwnerId: value || null });
    if (result.ok) setSaved(true);
    else setError(result.message);
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="grid gap-3" data-testid="risk-owner-form">
      <div className="grid gap-2">
        <Label htmlFor={id}>{t("systems.riskOwner.label")}</Label>
        <NativeSelect
          id={id}
          value={value}
          disabled={pending}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(e) => {
            setSaved(false);
            setValue(e.target.value);
          }}
          data-testid="risk-owner-select"
        >
          <option value="">{t("systems.riskOwner.none")}</option>
          {currentMissing && system.riskOwner ? (
            <option value={system.riskOwner.id}>{system.riskOwner.name}</option>
          ) : null}
          {candidates.map((m) => (
            <option key={m.userId} value={m.userId}>
              {t("systems.riskOwner.option", { name: m.name, role: t(`roles.${m.role}`) })}
            </option>
          ))}
        </NativeSelect>
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {t("systems.riskOwner.hint")}
        </p>
        {error ? (
          <p id={`${id}-error`} className="text-sm text-destructive" data-testid="field-error-riskOwnerId">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex items-center gap-3">
        <Button
          type="submit"
          size="sm"
          disabled={pending || value === (system.riskOwner?.id ?? "")}
          data-testid="risk-owner-save"
        >
          {pending ? t("systems.form.saving") : t("systems.riskOwner.save")}
        </Button>
        {saved ? (
          <span
            role="status"
            className="flex items-center gap-1.5 text-sm text-success"
            data-testid="risk-owner-saved"
          >
            <CircleCheck className="size-4" aria-hidden />
            {t("systems.form.saved")}
          </span>
        ) : null}
      </div>
    </form>
  );
}

/**
 * A justified "no risks found": at identification it stands in for a recorded risk (the
 * RISKS_IDENTIFIED guard accepts either).
 */
export function NoRisksCard({ system, canWrite }: { system: SystemDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  return (
    <Card data-testid="no-risks-card">
      <CardHeader>
        <CardTitle>
          <h2>{t("systems.noRisks.title")}</h2>
        </CardTitle>
        <CardDescription>{t("systems.noRisks.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {canWrite ? (
          <NoRisksForm
            key={system.noRisksJustification ?? ""}
            system={system}
            saved={saved}
            onSaved={setSaved}
          />
        ) : system.noRisksJustification ? (
          <p className="text-sm whitespace-pre-wrap" data-testid="no-risks-current">
            {system.noRisksJustification}
          </p>
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="no-risks-current">
            {t("systems.noRisks.empty")}
          </p>
        )}
      </CardContent>
    </Card>
  );
}

function NoRisksForm({
  system,
  saved,
  onSaved,
}: {
  system: SystemDetail;
  saved: boolean;
  onSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { save, pending } = useSaveSystem(system, ["noRisksJustification"]);
  const stored = system.noRisksJustification ?? "";
  const [value, setValue] = useState(stored);
  const [error, setError] = useState<string | undefined>();
  const setSaved = onSaved;
  const changed = value.trim() !== stored.trim();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const result = await save({ noRisksJustification: value.trim() || null });
    if (result.ok) setSaved(true);
    else setError(result.message);
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="grid gap-3" data-testid="no-risks-form">
      <div className="grid gap-2">
        <Label htmlFor={id}>{t("systems.noRisks.label")}</Label>
        <Textarea
          id={id}
          value={value}
          maxLength={4000}
          disabled={pending}
          placeholder={t("systems.noRisks.placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(e) => {
            setSaved(false);
            setValue(e.target.value);
          }}
          data-testid="no-risks-input"
        />
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {t("systems.noRisks.hint")}
        </p>
        {error ? (
          <p
            id={`${id}-error`}
            className="text-sm text-destructive"
            data-testid="field-error-noRisksJustification"
          >
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={pending || !changed} data-testid="no-risks-save">
          {pending ? t("systems.form.saving") : t("systems.noRisks.save")}
        </Button>
        {saved ? (
          <span
            role="status"
            className="flex items-center gap-1.5 text-sm text-success"
            data-testid="no-risks-saved"
          >
            <CircleCheck className="size-4" aria-hidden />
            {t("systems.form.saved")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
