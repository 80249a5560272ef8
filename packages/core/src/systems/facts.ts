import { evidence, obligationStatuses, organisations, risks, systems } from "@airisk/db/schema";
import { evaluateApplicability, type SystemFacts } from "@airisk/domain/applicability";
import { NotFoundError, PreconditionFailedError } from "@airisk/domain/errors";
import type { LifecycleFacts, RiskFacts } from "@airisk/domain/lifecycle";
import { OrganisationProfile, PROFILE_DEFAULTS } from "@airisk/domain/organisation";
import type { Role } from "@airisk/domain/permissions";
import { jurisdictions as catalogue } from "@airisk/regulations/catalogue";
import type { ProfileFlag, SystemRole } from "@airisk/regulations/schema";
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { TenantContext } from "#context.ts";

export type SystemRow = typeof systems.$inferSelect;
export type RiskRow = typeof risks.$inferSelect;

/** Reads one system of the tenant, optionally locking it; absent (or another tenant's) → NOT_FOUND. */
export async function loadSystem(ctx: TenantContext, id: string): Promise<SystemRow> {
  const [row] = await ctx.tx
    .select()
    .from(systems)
    .where(and(eq(systems.tenantId, ctx.tenantId), eq(systems.id, id)));
  if (!row) throw new NotFoundError("system");
  return row;
}

export type OrgSettings = {
  riskTolerance: number;
  reviewIntervalMonths: number;
  auditEveryHighImpact: boolean;
  profile: OrganisationProfile;
};

export async function loadOrgSettings(ctx: TenantContext): Promise<OrgSettings> {
  const [org] = await ctx.tx
    .select({ profile: organisations.profile })
    .from(organisations)
    .where(eq(organisations.id, ctx.tenantId));
  const parsed = OrganisationProfile.safeParse(org?.profile ?? {});
  const profile = parsed.success ? parsed.data : {};
  return {
    profile,
    riskTolerance: profile.riskTolerance ?? PROFILE_DEFAULTS.riskTolerance,
    reviewIntervalMonths: profile.reviewIntervalMonths ?? PROFILE_DEFAULTS.reviewIntervalMonths,
    auditEveryHighImpact: profile.auditEveryHighImpact ?? PROFILE_DEFAULTS.auditEveryHighImpact,
  };
}

export const score = (likelihood: number | null, severity: number | null): number | null =>
  likelihood !== null && severity !== null ? likelihood * severity : null;

/** The facts the applicability engine reads, from a stored system (or the columns of one). */
export function systemFacts(
  system: Pick<
    SystemRow,
    "profile" | "jurisdictions" | "roles" | "impactLevel" | "autonomyLevel" | "euRiskTier"
  >,
): SystemFacts {
  const profile = system.profile as Partial<Record<ProfileFlag, boolean>> & { euAnnexIIIArea?: string };
  const flags: Partial<Record<ProfileFlag, boolean>> = {};
  for (const [key, value] of Object.entries(profile)) {
    if (typeof value === "boolean") flags[key as ProfileFlag] = value;
  }
  return {
    jurisdictions: system.jurisdictions,
    roles: system.roles as SystemRole[],
    impactLevel: system.impactLevel ?? undefined,
    autonomyLevel: system.autonomyLevel ?? undefined,
    euRiskTier: (system.euRiskTier ?? undefined) as SystemFacts["euRiskTier"],
    euAnnexIIIArea: profile.euAnnexIIIArea,
    flags,
  };
}

/** A retired system is final: nothing about it changes any more. */
export function assertNotRetired(system: { state: string }): void {
  if (system.state === "retired")
    throw new PreconditionFailedError("retired", "a retired system cannot change");
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Obligations of the documentation kind: APPROVE needs each of them met or marked not applicable
 * with a reason (inferred: AI Law 13(1)). */
const isDocumentationObligation = (id: string) => /(^|\.)(documentation|technical-documentation)$/.test(id);

export type ScreeningState = { complete: boolean; found: Array<{ id: string; text: string }> } | null;

/**
 * Everything the lifecycle guards read, assembled from the database for one event (lifecycle.md:
 * the system, its risks, its obligations, the actor's role and the current date).
 */
export async function lifecycleFacts(
  ctx: TenantContext,
  system: SystemRow,
  actor: LifecycleFacts["actor"] = { kind: "user", userId: ctx.actor.userId, role: ctx.actor.role as Role },
): Promise<LifecycleFacts> {
  const settings = await loadOrgSettings(ctx);
  const riskRows = await ctx.tx
    .select({
      id: risks.id,
      status: risks.status,
      likelihood: risks.likelihood,
      severity: risks.severity,
      misuseLikelihood: risks.misuseLikelihood,
      misuseSeverity: risks.misuseSeverity,
      residualLikelihood: risks.residualLikelihood,
      residualSeverity: risks.residualSeverity,
      // Qualified by hand: drizzle writes bare column names in a one-table select, which inside
      // this subquery would resolve to the mitigation's own columns.
      mitigated: sql<boolean>`exists (select 1 from mitigations m where m.tenant_id = "risks"."tenant_id"
        and m.risk_id = "risks"."id" and m.status <> 'cancelled')`,
    })
    .from(risks)
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.systemId, system.id)));
  const factsOfRisks: RiskFacts[] = riskRows.map((r) => ({
    id: r.id,
    open: r.status === "open",
    intendedUseScore: score(r.likelihood, r.severity),
    misuseScore: score(r.misuseLikelihood, r.misuseSeverity),
    hasMitigation: Boolean(r.mitigated),
    residualScore: score(r.residualLikelihood, r.residualSeverity),
  }));

  const today = isoDay(ctx.now);
  const documentation = evaluateApplicability({
    system: systemFacts(system),
    organisation: { flags: {} },
    asOf: today,
    catalogue,
  }).applicable.filter((v) => v.status === "applies" && isDocumentationObligation(v.obligationId));
  let documentationPresent = true;
  if (documentation.length > 0) {
    const met = await ctx.tx
      .select({ id: obligationStatuses.obligationId })
      .from(obligationStatuses)
      .where(
        and(
          eq(obligationStatuses.tenantId, ctx.tenantId),
          eq(obligationStatuses.systemId, system.id),
          // Marked not applicable (which needs a reason) is as good as met for this guard.
          inArray(obligationStatuses.status, ["met", "not_applicable"]),
          inArray(
            obligationStatuses.obligationId,
            documentation.map((d) => d.obligationId),
          ),
        ),
      );
    documentationPresent = met.length === documentation.length;
  }

  let resolved = false;
  if (system.suspendedAt) {
    const [fresh] = await ctx.tx
      .select({ id: evidence.id })
      .from(evidence)
      .where(
        and(
          eq(evidence.tenantId, ctx.tenantId),
          eq(evidence.systemId, system.id),
          gte(evidence.createdAt, system.suspendedAt),
        ),
      )
      .limit(1);
    resolved = fresh !== undefined && !screeningState(system)?.found.length;
  }

  const profile = system.profile as Partial<Record<ProfileFlag, boolean>>;
  const classification = (system.classification ?? {}) as {
    suggestion?: { isCriticallyImportantObject?: boolean };
  };
  return {
    actor,
    riskOwnerId: system.riskOwnerId,
    classification: { impactLevel: system.impactLevel, autonomyLevel: system.autonomyLevel },
    seeksTrustedList: profile.seeksTrustedList === true,
    isCriticallyImportantObject:
      profile.isCriticallyImportantObject === true ||
      classification.suggestion?.isCriticallyImportantObject === true,
    auditEveryHighImpact: settings.auditEveryHighImpact,
    screeningAnswered: screeningState(system)?.complete === true,
    risks: factsOfRisks,
    noRisksJustification: system.noRisksJustification,
    riskTolerance: settings.riskTolerance,
    documentationPresent,
    prohibitedPracticeResolvedWithEvidence: resolved,
    today,
  };
}

/** The stored screening's outcome, or null when never answered. */
export function screeningState(system: SystemRow): ScreeningState {
  const s = system.screening as { complete?: boolean; found?: Array<{ id: string; text: string }> } | null;
  if (!s) return null;
  return { complete: s.complete === true, found: s.found ?? [] };
}
