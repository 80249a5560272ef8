import { type QueryClient, useQuery } from "@tanstack/react-query";
import type * as React from "react";
import { useTranslation } from "react-i18next";
import { Badge } from "#components/ui/badge.tsx";
import { cn } from "#lib/utils.ts";
import { type ScoreTone, scoreOf, scoreTone } from "#pages/systems/risk-model.ts";
import { trpc } from "#trpc.ts";

/** Small pieces shared by the risks and obligations tabs. */

/** A multi-line text field in the look of `Input`. */
export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      className={cn(
        "flex min-h-16 w-full min-w-0 rounded-md border border-input bg-background px-3 py-2 text-base shadow-xs transition-[color,box-shadow] outline-none placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-60 md:text-sm",
        "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
        "aria-invalid:border-destructive aria-invalid:ring-destructive/20",
        className,
      )}
      {...props}
    />
  );
}

export function useLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

export type MemberOption = { id: string; name: string };

/** The organisation's members as owner choices (any role may read the list). */
export function useMemberOptions(): MemberOption[] {
  const members = useQuery(trpc.members.list.queryOptions());
  return (members.data?.members ?? []).map((m) => ({ id: m.userId, name: m.name }));
}

/**
 * The options of an owner select: every member, plus the current owner when they have left the
 * organisation (so the select still shows who it is).
 */
export function OwnerOptions({
  members,
  current,
}: {
  members: MemberOption[];
  current: { id: string; name: string } | null | undefined;
}) {
  const { t } = useTranslation();
  const missing = current && !members.some((m) => m.id === current.id) ? [current] : [];
  return (
    <>
      <option value="">{t("risks.owner.none")}</option>
      {[...members, ...missing].map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
        </option>
      ))}
    </>
  );
}

const TONE_CLASSES: Record<ScoreTone, string> = {
  none: "border-dashed text-muted-foreground",
  low: "border-emerald-200 bg-emerald-50 text-emerald-800",
  elevated: "border-amber-200 bg-amber-50 text-amber-900",
  above: "border-red-200 bg-red-50 text-red-800",
};

/** A pair as "4 × 3 = 12", coloured against the tolerance; "Not scored" when incomplete. */
export function ScoreBadge({
  likelihood,
  severity,
  tolerance,
  testId,
}: {
  likelihood: number | null;
  severity: number | null;
  tolerance: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const score = scoreOf(likelihood, severity);
  const tone = scoreTone(score, tolerance);
  if (score === null || likelihood === null || severity === null) {
    return (
      <Badge variant="outline" className={TONE_CLASSES.none} data-testid={testId} data-score="">
        {t("risks.score.notScored")}
      </Badge>
    );
  }
  return (
    <Badge
      variant="outline"
      className={cn("font-mono tabular-nums", TONE_CLASSES[tone])}
      data-testid={testId}
      data-score={score}
      data-tone={tone}
      title={t("risks.score.aria", { likelihood, severity, score })}
    >
      {t("risks.score.value", { likelihood, severity, score })}
    </Badge>
  );
}

export function toneClasses(tone: ScoreTone): string {
  return TONE_CLASSES[tone];
}

/**
 * After any change to risks or evidence: the register, the obligations, and the system itself
 * (its lifecycle buttons depend on both) and its history are read again.
 */
export async function invalidateSystem(
  queryClient: QueryClient,
  systemId: string,
  what: { risks?: boolean; obligations?: boolean },
): Promise<void> {
  await Promise.all([
    what.risks ? queryClient.invalidateQueries({ queryKey: trpc.risks.list.queryKey({ systemId }) }) : null,
    what.obligations
      ? queryClient.invalidateQueries({ queryKey: trpc.obligations.forSystem.queryKey({ systemId }) })
      : null,
    queryClient.invalidateQueries({ queryKey: trpc.systems.get.queryKey({ id: systemId }) }),
    queryClient.invalidateQueries({ queryKey: trpc.systems.history.queryKey({ id: systemId }) }),
  ]);
}
