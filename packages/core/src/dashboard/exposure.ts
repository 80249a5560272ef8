import { rowsOf } from "@airisk/db/client";
import { exposureSnapshots, findings, obligationStatuses, risks, systems } from "@airisk/db/schema";
import {
  computeExposure,
  type ExposureFinding,
  type ExposureLine,
  type ExposureResult,
  type ExposureSystem,
  type ObligationStatus,
} from "@airisk/domain/exposure";
import { type Money, money } from "@airisk/domain/money";
import { CurrencyCode } from "@airisk/domain/organisation";
import { jurisdictions as catalogue, defaultExchangeRates, mciValues } from "@airisk/regulations/catalogue";
import { addMonths, formatISO, parseISO } from "date-fns";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { z } from "zod";
import type { TenantContext } from "#context.ts";
import {
  breakdownExtras,
  type Group,
  type GroupedExposure,
  groupedExposure,
  groupedProjection,
  loadExposureGroups,
  type ObligationExtras,
  type OffenceExtras,
  occurrenceOf,
  pageLines,
  priceGroups,
  type Subtotal,
} from "#dashboard/grouped.ts";
import { isoDay, loadOrgSettings, systemFacts } from "#systems/facts.ts";
import { Id, IsoDay } from "#systems/model.ts";

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

export type Dashboard = Omit<ExposureResult, "byOffence" | "byObligation"> & {
  byOffence: Array<ExposureResult["byOffence"][number] & Partial<OffenceExtras>>;
  byObligation: Array<ExposureResult["byObligation"][number] & Partial<ObligationExtras>>;
  /** Line items in the whole register; `lines` carries all of them for a small organisation, the
   * largest `LINES_LIMIT` for a large one (the rest through `dashboard.lines`). */
  linesTotal: number;
  linesOmitted: number;
  /** Systems (not retired) with at least one line; for a large organisation `bySystem` carries
   * only the `SYSTEMS_LIMIT` largest. */
  systemsWithLines: number;
  /** Subtotals of the lines by first offence and repeat. */
  byOccurrence: GroupedExposure["byOccurrence"];
  heatmap: Heatmap;
  /** The total one to six months after the as-of date, from the stored review dates. */
  projection: Array<{ asOf: string; total: ExposureResult["total"]; complete: boolean }>;
  /**
   * The daily snapshots the worker recorded in the 12 months up to the as-of date (oldest first),
   * those in the requested currency only: empty until some are recorded.
   */
  trend: TrendPoint[];
  systemsCount: number;
};

export type TrendPoint = { day: string; total: Money; complete: boolean };

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
      return {
        id: r.id,
        name: r.name,
        state: r.state,
        ...systemFacts(r),
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
  // The worse of the two assessments places the risk on the map. Both maps in one scan of the
  // open risks (a lateral pair of cells per risk).
  const worse = sql`coalesce(r.misuse_likelihood * r.misuse_severity, 0) > coalesce(r.likelihood * r.severity, 0)`;
  const rows = rowsOf<{ map: "inherent" | "residual"; likelihood: number; severity: number; count: number }>(
    await ctx.tx.execute(sql`
      select cell.map, cell.l::int as likelihood, cell.s::int as severity, count(*)::int as count
      from ${risks} r
      cross join lateral (values
        ('inherent', case when ${worse} then r.misuse_likelihood else r.likelihood end,
                     case when ${worse} then r.misuse_severity else r.severity end),
        ('residual', r.residual_likelihood, r.residual_severity)) as cell(map, l, s)
      where r.tenant_id = ${ctx.tenantId} and r.status = 'open' and cell.l is not null
      group by 1, 2, 3`),
  );
  const cells = (map: "inherent" | "residual") =>
    rows
      .filter((r) => r.map === map)
      .map(({ likelihood, severity, count }) => ({
        likelihood: Number(likelihood),
        severity: Number(severity),
        count: Number(count),
      }));
  return { inherent: cells("inherent"), residual: cells("residual") };
}

/**
 * Above this many systems the exposure is priced per group of identical facts (grouped.ts) and the
 * response carries the aggregates, the largest systems and lines, not every line: the per-system
 * path prices and ships every line (about 10 MB and 3 s for 10,000 systems), while below it a
 * small organisation keeps every line and every system in one response (the SPA filters them
 * itself, offline of the server) at a cost of a few tens of milliseconds.
 */
export const GROUPED_THRESHOLD = 1_000;
export const LINES_LIMIT = 200;
export const SYSTEMS_LIMIT = 10;

async function exposureBase(ctx: TenantContext, input: { currency?: string | undefined }) {
  const settings = await loadOrgSettings(ctx);
  const currency = input.currency ?? settings.profile.reportingCurrency ?? "KZT";
  return {
    settings,
    base: {
      organisation: {
        kzOffenderCategory: settings.profile.kzOffenderCategory,
        euSme: settings.profile.euSme,
        annualTurnover: settings.profile.annualTurnover,
        flags: {},
      },
      catalogue,
      mciValues,
      rates: defaultExchangeRates,
      reportingCurrency: currency,
    },
  };
}

const projectionDays = (asOf: string): string[] =>
  Array.from({ length: 6 }, (_, i) =>
    formatISO(addMonths(parseISO(asOf), i + 1), { representation: "date" }),
  );

/** The recorded snapshots in `currency` after `asOf` minus 12 months, up to `asOf`, oldest first. */
async function loadTrend(ctx: TenantContext, currency: string, asOf: string): Promise<TrendPoint[]> {
  const from = formatISO(addMonths(parseISO(asOf), -12), { representation: "date" });
  const rows = await ctx.tx
    .select({
      day: exposureSnapshots.day,
      totalMinor: exposureSnapshots.totalMinor,
      complete: exposureSnapshots.complete,
    })
    .from(exposureSnapshots)
    .where(
      and(
        eq(exposureSnapshots.tenantId, ctx.tenantId),
        eq(exposureSnapshots.currency, currency),
        gt(exposureSnapshots.day, from),
        lte(exposureSnapshots.day, asOf),
      ),
    )
    .orderBy(asc(exposureSnapshots.day));
  return rows.map((r) => ({ day: r.day, total: money(r.totalMinor, currency), complete: r.complete }));
}

async function loadFindings(ctx: TenantContext): Promise<ExposureFinding[]> {
  return ctx.tx
    .select({ systemId: findings.systemId, offence: findings.offence, occurredAt: findings.occurredAt })
    .from(findings)
    .where(eq(findings.tenantId, ctx.tenantId));
}

async function countSystems(ctx: TenantContext): Promise<number> {
  const [row] = await ctx.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(systems)
    .where(eq(systems.tenantId, ctx.tenantId));
  return Number(row?.n ?? 0);
}

function withExtras(
  result: Pick<ExposureResult, "byOffence" | "byObligation">,
  extras: ReturnType<typeof breakdownExtras>,
): Pick<Dashboard, "byOffence" | "byObligation"> {
  return {
    byOffence: result.byOffence.map((o) => ({ ...o, ...extras.offences.get(o.ruleId) })),
    byObligation: result.byObligation.map((o) => ({ ...o, ...extras.obligations.get(o.obligationId) })),
  };
}

/** `dashboard.exposure`: the organisation's maximum exposure as of a date, in a currency. */
export async function dashboardExposure({
  ctx,
  input: raw,
  threshold = GROUPED_THRESHOLD,
}: {
  ctx: TenantContext;
  input: ExposureQueryInput;
  /** Tests lower it to exercise the grouped path on small registers. */
  threshold?: number;
}): Promise<Dashboard> {
  const input = ExposureQueryInput.parse(raw);
  const { settings, base } = await exposureBase(ctx, input);
  const asOf = input.asOf ?? isoDay(ctx.now);
  const days = projectionDays(asOf);
  const systemsCount = await countSystems(ctx);
  if (systemsCount > threshold) {
    const recorded = await loadFindings(ctx);
    const groups = await loadExposureGroups(ctx, {
      days: [asOf, ...days],
      findings: recorded,
      riskTolerance: settings.riskTolerance,
    });
    const withFindings = { ...base, findings: recorded };
    const priced = priceGroups(withFindings, groups, asOf);
    const result = groupedExposure(withFindings, groups, priced, asOf, {
      linesLimit: LINES_LIMIT,
      systemsLimit: SYSTEMS_LIMIT,
    });
    const projection = groupedProjection(withFindings, groups, priced, asOf, days);
    const counts = new Map(groups.map((g) => [g.system.id, g.count]));
    const extras = breakdownExtras(
      priced.result.lines,
      base.reportingCurrency,
      (l) => counts.get(l.systemId) ?? 1,
    );
    return {
      ...result,
      ...withExtras(result, extras),
      heatmap: await heatmap(ctx),
      projection,
      trend: await loadTrend(ctx, base.reportingCurrency, asOf),
      systemsCount,
    };
  }
  const { systems: register, findings: recorded } = await loadExposureInputs(ctx);
  const run = (day: string) => computeExposure({ ...base, asOf: day, systems: register, findings: recorded });
  const result = run(asOf);
  const projection = days.map((day) => {
    const at = run(day);
    return { asOf: day, total: at.total, complete: at.complete };
  });
  return {
    ...result,
    ...withExtras(result, breakdownExtras(result.lines, base.reportingCurrency)),
    linesTotal: result.lines.length,
    linesOmitted: 0,
    systemsWithLines: result.bySystem.filter((s) => !s.retired && s.lines > 0).length,
    byOccurrence: occurrenceOf(result.lines, base.reportingCurrency),
    heatmap: await heatmap(ctx),
    projection,
    trend: await loadTrend(ctx, base.reportingCurrency, asOf),
    systemsCount: register.length,
  };
}

export const LinesQueryInput = z
  .object({
    asOf: IsoDay.optional(),
    currency: CurrencyCode.optional(),
    systemId: Id.optional(),
    ruleId: z.string().min(1).max(200).optional(),
    jurisdiction: z.string().min(1).max(20).optional(),
    occurrence: z.enum(["first", "repeat"]).optional(),
    obligationId: z.string().min(1).max(200).optional(),
    /** The `nextCursor` of the previous page. */
    cursor: z
      .string()
      .regex(/^\d{1,9}$/)
      .optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type LinesQueryInput = z.input<typeof LinesQueryInput>;

export type LinesPage = {
  asOf: string;
  currency: string;
  /** In line order: counted first, then the largest amount in the reporting currency. */
  items: ExposureLine[];
  /** Lines matching the filters in the whole register. */
  total: number;
  /** What all the matching lines add up to (not only this page's). */
  subtotal: Subtotal;
  nextCursor: string | null;
};

/** `dashboard.lines`: the drill-down's line items, a page at a time, for a register of any size. */
export async function dashboardLines({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: LinesQueryInput;
}): Promise<LinesPage> {
  const input = LinesQueryInput.parse(raw);
  const { settings, base } = await exposureBase(ctx, input);
  const asOf = input.asOf ?? isoDay(ctx.now);
  const recorded = await loadFindings(ctx);
  const groups: Group[] = await loadExposureGroups(ctx, {
    days: [asOf],
    findings: recorded,
    riskTolerance: settings.riskTolerance,
  });
  const withFindings = { ...base, findings: recorded };
  const offset = Number(input.cursor ?? 0);
  const { lines, matching, subtotal } = pageLines(
    withFindings,
    groups,
    priceGroups(withFindings, groups, asOf),
    asOf,
    {
      systemId: input.systemId,
      ruleId: input.ruleId,
      jurisdiction: input.jurisdiction,
      occurrence: input.occurrence,
      obligationId: input.obligationId,
    },
    offset,
    input.limit,
  );
  const next = offset + lines.length;
  return {
    asOf,
    currency: base.reportingCurrency,
    items: lines,
    total: matching,
    subtotal,
    nextCursor: lines.length > 0 && next < matching ? String(next) : null,
  };
}
