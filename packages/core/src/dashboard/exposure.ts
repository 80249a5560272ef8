import { findings, obligationStatuses, risks, systems } from "@airisk/db/schema";
import type { SystemFacts } from "@airisk/domain/applicability";
import {
  computeExposure,
  type ExposureFinding,
  type ExposureResult,
  type ExposureSystem,
  type ObligationStatus,
} from "@airisk/domain/exposure";
import { CurrencyCode } from "@airisk/domain/organisation";
import { jurisdictions as catalogue, defaultExchangeRates, mciValues } from "@airisk/regulations/catalogue";
import type { ProfileFlag, SystemRole } from "@airisk/regulations/schema";
import { addMonths, formatISO, parseISO } from "date-fns";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { TenantContext } from "#context.ts";
import { isoDay, loadOrgSettings } from "#systems/facts.ts";
import { IsoDay } from "#systems/model.ts";

export const ExposureQueryInput = z
  .object({
    /** Past, today or future (the future uses the stored next review dates). */
    asOf: IsoDay.optional(),
    currency: CurrencyCode.optional(),
  })
  .strict();
export type ExposureQueryInput = z.input<typeof ExposureQueryInput>;

export type Heatmap = {
  /** Open risks by likelihood × severity (the higher of intended use and misuse), and residual. */
  inherent: Array<{ likelihood: number; severity: number; count: number }>;
  residual: Array<{ likelihood: number; severity: number; count: number }>;
};

export type Dashboard = ExposureResult & {
  heatmap: Heatmap;
  /** The total one to six months after the as-of date, from the stored review dates. */
  projection: Array<{ asOf: string; total: ExposureResult["total"]; complete: boolean }>;
  systemsCount: number;
};

/** What the exposure engine needs of the organisation's register, read in a few set-based queries. */
export async function loadExposureInputs(ctx: TenantContext): Promise<{
  systems: ExposureSystem[];
  findings: ExposureFinding[];
}> {
  const { riskTolerance } = await loadOrgSettings(ctx);
  const rows = await ctx.tx
    .select({
      id: systems.id,
      name: systems.name,
      state: systems.state,
      jurisdictions: systems.jurisdictions,
      roles: systems.roles,
      impactLevel: systems.impactLevel,
      autonomyLevel: systems.autonomyLevel,
      euRiskTier: systems.euRiskTier,
      profile: systems.profile,
      nextReviewAt: systems.nextReviewAt,
      screeningFound: sql<number>`coalesce(jsonb_array_length(${systems.screening} -> 'found'), 0)`,
      statuses: sql<Record<string, ObligationStatus> | null>`(
        select jsonb_object_agg(o.obligation_id, o.status) from ${obligationStatuses} o
        where o.tenant_id = "systems"."tenant_id" and o.system_id = "systems"."id")`,
      // An open risk above the tolerance with no live mitigation (penalties.md: a lapse).
      unmitigated: sql<boolean>`exists (
        select 1 from ${risks} r
        where r.tenant_id = "systems"."tenant_id" and r.system_id = "systems"."id" and r.status = 'open'
          and greatest(coalesce(r.likelihood * r.severity, 0), coalesce(r.misuse_likelihood * r.misuse_severity, 0)) > ${riskTolerance}
          and not exists (select 1 from mitigations m where m.tenant_id = r.tenant_id and m.risk_id = r.id and m.status <> 'cancelled'))`,
    })
    .from(systems)
    .where(eq(systems.tenantId, ctx.tenantId));
  const found = await ctx.tx
    .select({ systemId: findings.systemId, offence: findings.offence, occurredAt: findings.occurredAt })
    .from(findings)
    .where(eq(findings.tenantId, ctx.tenantId));
  return {
    systems: rows.map((r) => {
      const profile = r.profile as Partial<Record<ProfileFlag, boolean>> & { euAnnexIIIArea?: string };
      const flags: Partial<Record<ProfileFlag, boolean>> = {};
      for (const [key, value] of Object.entries(profile)) {
        if (typeof value === "boolean") flags[key as ProfileFlag] = value;
      }
      return {
        id: r.id,
        name: r.name,
        state: r.state,
        jurisdictions: r.jurisdictions,
        roles: r.roles as SystemRole[],
        impactLevel: r.impactLevel ?? undefined,
        autonomyLevel: r.autonomyLevel ?? undefined,
        euRiskTier: (r.euRiskTier ?? undefined) as SystemFacts["euRiskTier"],
        euAnnexIIIArea: profile.euAnnexIIIArea,
        flags,
        nextReviewAt: r.nextReviewAt,
        obligationStatuses: r.statuses ?? {},
        unmitigatedRiskAboveTolerance: Boolean(r.unmitigated),
        prohibitedPracticeFlagged: r.state === "suspended" || Number(r.screeningFound) > 0,
      };
    }),
    findings: found,
  };
}

async function heatmap(ctx: TenantContext): Promise<Heatmap> {
  const cells = (likelihood: SQL, severity: SQL) =>
    ctx.tx
      .select({
        likelihood: sql<number>`${likelihood}::int`,
        severity: sql<number>`${severity}::int`,
        count: sql<number>`count(*)::int`,
      })
      .from(risks)
      .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.status, "open"), sql`${likelihood} is not null`))
      .groupBy(sql`1`, sql`2`);
  // The worse of the two assessments places the risk on the map.
  const inherentL = sql`case when coalesce(${risks.misuseLikelihood} * ${risks.misuseSeverity}, 0) > coalesce(${risks.likelihood} * ${risks.severity}, 0) then ${risks.misuseLikelihood} else ${risks.likelihood} end`;
  const inherentS = sql`case when coalesce(${risks.misuseLikelihood} * ${risks.misuseSeverity}, 0) > coalesce(${risks.likelihood} * ${risks.severity}, 0) then ${risks.misuseSeverity} else ${risks.severity} end`;
  const [inherent, residual] = await Promise.all([
    cells(inherentL, inherentS),
    cells(sql`${risks.residualLikelihood}`, sql`${risks.residualSeverity}`),
  ]);
  return { inherent, residual };
}

type SQL = ReturnType<typeof sql>;

/** `dashboard.exposure`: the organisation's maximum exposure as of a date, in a currency. */
export async function dashboardExposure({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: ExposureQueryInput;
}): Promise<Dashboard> {
  const input = ExposureQueryInput.parse(raw);
  const settings = await loadOrgSettings(ctx);
  const asOf = input.asOf ?? isoDay(ctx.now);
  const currency = input.currency ?? settings.profile.reportingCurrency ?? "KZT";
  const { systems: register, findings: recorded } = await loadExposureInputs(ctx);
  const run = (day: string) =>
    computeExposure({
      asOf: day,
      organisation: {
        kzOffenderCategory: settings.profile.kzOffenderCategory,
        euSme: settings.profile.euSme,
        annualTurnover: settings.profile.annualTurnover,
        flags: {},
      },
      systems: register,
      findings: recorded,
      catalogue,
      mciValues,
      rates: defaultExchangeRates,
      reportingCurrency: currency,
    });
  const result = run(asOf);
  const projection = Array.from({ length: 6 }, (_, i) => {
    const day = formatISO(addMonths(parseISO(asOf), i + 1), { representation: "date" });
    const at = run(day);
    return { asOf: day, total: at.total, complete: at.complete };
  });
  return { ...result, heatmap: await heatmap(ctx), projection, systemsCount: register.length };
}
