import { rowsOf } from "@airisk/db/client";
import { reachingJurisdictions, type SystemFacts } from "@airisk/domain/applicability";
import {
  computeExposure,
  type ExposureFinding,
  type ExposureInput,
  type ExposureLine,
  type ExposureResult,
  type ExposureSystem,
  type ObligationStatus,
} from "@airisk/domain/exposure";
import { type Money, money, toMinor } from "@airisk/domain/money";
import { jurisdictions as catalogue, defaultExchangeRates, mciValues } from "@airisk/regulations/catalogue";
import type { Condition, ProfileFlag, SystemRole } from "@airisk/regulations/schema";
import { addDays, addYears, formatISO, parseISO } from "date-fns";
import { sql } from "drizzle-orm";
import type { TenantContext } from "#context.ts";

/**
 * The grouped path of the exposure (issue 7, at scale). The engine's result for a system depends
 * only on its exposure-relevant facts (state class, jurisdictions, roles, flags, impact, autonomy,
 * EU tier, Annex III area, obligation statuses, overdue at each date asked, unmitigated and
 * prohibited flags) and on the organisation-wide findings (the repeat rule). So Postgres groups the
 * register by those facts (one row per distinct combination, with its count and its members in
 * name order), the engine prices one representative per group, and the aggregates are scaled by
 * the group counts in exact BigInt minor units. A system with an open finding (a line of its own)
 * is a group of its own. The review date, the unmitigated risk and the prohibited flag only matter
 * to the high-impact lapse (CoAO 641-1 high-risk), so they are part of the key only for high-impact
 * systems; the property test (grouped.int.test.ts) holds this against the pure per-system path.
 */

/** The condition kinds and profile flags the catalogue reads: the flags outside it never matter. */
function referencedFlags(): string[] {
  const flags = new Set<string>();
  const walk = (c: Condition): void => {
    if ("flag" in c) flags.add(c.flag);
    else if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else if ("not" in c) walk(c.not);
  };
  for (const j of catalogue) for (const o of j.obligations) walk(o.condition);
  return [...flags].sort();
}
const FLAGS = referencedFlags();

export type Member = { id: string; name: string; state: string; nextReviewAt: string | null };

export type Group = {
  /** The representative the engine prices: the facts of the group, the first member's identity. */
  system: ExposureSystem;
  count: number;
  /** Every member, by name then id (code-point order). */
  members: Member[];
};

type GroupRow = {
  state_class: string;
  jurisdictions: string[];
  roles: string[];
  impact_level: string | null;
  autonomy_level: string | null;
  eu_risk_tier: string | null;
  flags: string[];
  area: string | null;
  statuses: Record<string, ObligationStatus> | null;
  overdue_at: number | null;
  unmitigated: boolean | null;
  prohibited: boolean | null;
  solo: string | null;
  n: number;
  next_review_at: string | null;
  /** [id, name, state, next review] by name then id. */
  members: Array<[string, string, string, string | null]>;
};

/** The register grouped by its exposure-relevant facts, for the dates `days` (as-of first). */
export async function loadExposureGroups(
  ctx: TenantContext,
  {
    days,
    findings,
    riskTolerance,
  }: { days: string[]; findings: readonly ExposureFinding[]; riskTolerance: number },
): Promise<Group[]> {
  const solo = [...new Set(findings.filter((f) => f.open === true).map((f) => f.systemId))];
  const flags = sql`array[${sql.join(
    FLAGS.map((f) => sql`${f}`),
    sql`, `,
  )}]::text[]`;
  // A one-off aggregate over the register: just-in-time compilation costs more (about 600 ms for
  // 10,000 systems) than it saves (about 100 ms in all).
  await ctx.tx.execute(sql`select set_config('jit', 'off', true)`);
  const result = await ctx.tx.execute(sql`
    with unmitigated as (
      -- High-impact systems with an open risk above the tolerance and no live mitigation: only
      -- their risks are read (the lapse concerns high-impact systems alone).
      select distinct r.system_id
      from risks r
      join systems h on h.tenant_id = r.tenant_id and h.id = r.system_id and h.impact_level = 'high'
      where r.tenant_id = ${ctx.tenantId} and r.status = 'open'
        and greatest(coalesce(r.likelihood * r.severity, 0), coalesce(r.misuse_likelihood * r.misuse_severity, 0)) > ${riskTolerance}
        and not exists (select 1 from mitigations m where m.tenant_id = r.tenant_id and m.risk_id = r.id and m.status <> 'cancelled')),
    facts as (
      select s.id, s.name, s.state, s.next_review_at,
        case when s.state = 'retired' or s.state like 'retired.%' then 'retired'
             when s.state = 'suspended' or s.state like 'suspended.%' then 'suspended'
             else 'active' end as state_class,
        s.jurisdictions, s.roles, s.impact_level, s.autonomy_level, s.eu_risk_tier,
        array(select f from unnest(${flags}) f where s.profile -> f = 'true'::jsonb order by f) as flags,
        s.profile ->> 'euAnnexIIIArea' as area,
        (select jsonb_object_agg(o.obligation_id, o.status) from obligation_statuses o
          where o.tenant_id = s.tenant_id and o.system_id = s.id) as statuses,
        case when s.impact_level = 'high' then
          (select count(*) from unnest(${`{${days.join(",")}}`}::date[]) d where s.next_review_at < d) end as overdue_at,
        case when s.impact_level = 'high' then u.system_id is not null end as unmitigated,
        case when s.impact_level = 'high' then
          s.state = 'suspended' or coalesce(jsonb_array_length(s.screening -> 'found'), 0) > 0 end as prohibited,
        case when s.id = any(${`{${solo.join(",")}}`}::uuid[]) then s.id end as solo
      from systems s
      left join unmitigated u on u.system_id = s.id
      where s.tenant_id = ${ctx.tenantId})
    select state_class, jurisdictions, roles, impact_level, autonomy_level, eu_risk_tier, flags, area, statuses,
      overdue_at::int as overdue_at, unmitigated, prohibited, solo::text as solo, count(*)::int as n, min(next_review_at)::text as next_review_at,
      json_agg(json_build_array(id, name, state, next_review_at) order by name collate "C", id) as members
    from facts
    group by state_class, jurisdictions, roles, impact_level, autonomy_level, eu_risk_tier, flags, area, statuses,
      overdue_at, unmitigated, prohibited, solo`);
  const rows = rowsOf<GroupRow>(result).map((r) => {
    const members = r.members.map(([id, name, state, nextReviewAt]) => ({ id, name, state, nextReviewAt }));
    const first = members[0] as Member;
    const high = r.impact_level === "high";
    return {
      // Kept apart whatever the facts: the state class, the overdue dates, an open finding.
      key: JSON.stringify([r.state_class, r.overdue_at, r.solo]),
      count: r.n,
      members,
      system: {
        id: first.id,
        name: first.name,
        // Any state of the class: the engine reads only "retired" / "suspended" of it (the
        // prohibited flag, which reads exactly "suspended", is worked out in SQL).
        state: first.state,
        jurisdictions: r.jurisdictions,
        roles: r.roles as SystemRole[],
        impactLevel: (r.impact_level ?? undefined) as SystemFacts["impactLevel"],
        autonomyLevel: (r.autonomy_level ?? undefined) as SystemFacts["autonomyLevel"],
        euRiskTier: (r.eu_risk_tier ?? undefined) as SystemFacts["euRiskTier"],
        euAnnexIIIArea: r.area ?? undefined,
        flags: Object.fromEntries(r.flags.map((f) => [f, true])) as Partial<Record<ProfileFlag, boolean>>,
        // Every member is overdue at the same dates (the key): the earliest review stands for all.
        nextReviewAt: high ? r.next_review_at : null,
        obligationStatuses: r.statuses ?? {},
        unmitigatedRiskAboveTolerance: Boolean(r.unmitigated),
        prohibitedPracticeFlagged: Boolean(r.prohibited),
      },
    };
  });
  return mergeGroups(rows);
}

type Reach = { kinds: Set<string>; flags: Set<string>; obligations: Set<string> };
const reachCache = new Map<string, Reach>();

/** What the obligations of the jurisdictions reaching a deployment read of a system's facts. */
function reachOf(codes: readonly string[]): Reach {
  const key = codes.join(",");
  const cached = reachCache.get(key);
  if (cached) return cached;
  const reach: Reach = { kinds: new Set(), flags: new Set(), obligations: new Set() };
  const walk = (c: Condition): void => {
    if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else if ("not" in c) walk(c.not);
    else if ("flag" in c) reach.flags.add(c.flag);
    else for (const k of Object.keys(c)) reach.kinds.add(k);
  };
  for (const { jurisdiction } of reachingJurisdictions([...codes], catalogue)) {
    for (const o of jurisdiction.obligations) {
      reach.obligations.add(o.id);
      walk(o.condition);
    }
  }
  reachCache.set(key, reach);
  return reach;
}

/**
 * Merges the groups whose systems differ only in facts that no obligation of the jurisdictions
 * reaching them reads (autonomy for a system deployed only in Kazakhstan, a status of an EU
 * obligation for one outside the EU…): applicability only evaluates the reaching jurisdictions'
 * conditions, and the engine itself reads only the state, roles, impact, statuses and the
 * high-impact lapse facts, all kept.
 */
function mergeGroups(groups: readonly (Group & { key: string })[]): Group[] {
  const merged = new Map<string, Group>();
  for (const g of groups) {
    const sys = g.system;
    const reach = reachOf(sys.jurisdictions);
    const system: ExposureSystem = {
      ...sys,
      autonomyLevel: reach.kinds.has("autonomy") ? sys.autonomyLevel : undefined,
      euRiskTier: reach.kinds.has("euTier") ? sys.euRiskTier : undefined,
      euAnnexIIIArea: reach.kinds.has("annexIIIArea") ? sys.euAnnexIIIArea : undefined,
      flags: Object.fromEntries(Object.entries(sys.flags).filter(([f]) => reach.flags.has(f))),
      obligationStatuses: Object.fromEntries(
        Object.entries(sys.obligationStatuses ?? {}).filter(([id]) => reach.obligations.has(id)),
      ),
    };
    const key = JSON.stringify([
      g.key,
      system.jurisdictions,
      system.roles,
      system.impactLevel ?? null,
      system.autonomyLevel ?? null,
      system.euRiskTier ?? null,
      system.euAnnexIIIArea ?? null,
      Object.keys(system.flags).sort(),
      Object.entries(system.obligationStatuses ?? {}).sort(([a], [b]) => cmp(a, b)),
      system.unmitigatedRiskAboveTolerance,
      system.prohibitedPracticeFlagged,
    ]);
    const into = merged.get(key);
    if (!into) {
      merged.set(key, { system, count: g.count, members: g.members });
      continue;
    }
    into.count += g.count;
    into.members = [...into.members, ...g.members].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id));
    // The representative is the first member; the earliest review stands for the group (the same
    // overdue dates: part of the key).
    const first = into.members[0] as Member;
    const reviews = [into.system.nextReviewAt, system.nextReviewAt]
      .filter((d): d is string => d !== null)
      .sort();
    into.system = {
      ...into.system,
      id: first.id,
      name: first.name,
      state: first.state,
      nextReviewAt: into.system.nextReviewAt === null ? null : (reviews[0] ?? null),
    };
  }
  return [...merged.values()];
}

const scale = (m: Money | undefined, n: number): bigint => (m ? toMinor(m) * BigInt(n) : 0n);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What a line adds to the total in the reporting currency, or undefined without a rate. */
export function reportingAmount(line: ExposureLine, currency: string): Money | undefined {
  if (line.amount.currency === currency) return line.amount;
  return line.converted?.amount;
}

type Ranked = {
  counted: boolean;
  amount: bigint;
  systemName: string;
  systemId: string;
  ruleId: string;
  id: string;
};
const rankOf = (l: ExposureLine, currency: string): Ranked => {
  const m = reportingAmount(l, currency);
  return {
    counted: l.counted,
    amount: m ? toMinor(m) : -1n,
    systemName: l.systemName,
    systemId: l.systemId,
    ruleId: l.ruleId,
    id: l.id,
  };
};
/** Line order everywhere (largest first): counted, amount in the reporting currency, system, rule. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.counted !== b.counted) return a.counted ? -1 : 1;
  if (a.amount !== b.amount) return a.amount > b.amount ? -1 : 1;
  return (
    cmp(a.systemName, b.systemName) ||
    cmp(a.systemId, b.systemId) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.id, b.id)
  );
}
export const compareLines =
  (currency: string) =>
  (a: ExposureLine, b: ExposureLine): number =>
    compareRanked(rankOf(a, currency), rankOf(b, currency));

export type LineFilter = {
  systemId?: string | undefined;
  ruleId?: string | undefined;
  jurisdiction?: string | undefined;
  occurrence?: "first" | "repeat" | undefined;
  obligationId?: string | undefined;
};
const matches = (l: ExposureLine, f: LineFilter): boolean =>
  (f.ruleId === undefined || l.ruleId === f.ruleId) &&
  (f.jurisdiction === undefined || l.jurisdiction === f.jurisdiction) &&
  (f.occurrence === undefined || l.firstOrRepeat === f.occurrence) &&
  (f.obligationId === undefined || l.obligations.some((o) => o.id === f.obligationId));

/** What the matching lines add up to in the reporting currency (counted lines only). */
export type Subtotal = { total: Money; lines: number; counted: number; unconverted: number };

type Base = Omit<ExposureInput, "systems" | "asOf">;

/** The groups priced at one date: the representatives' result and each group's own lines. */
export function priceGroups(base: Base, groups: readonly Group[], asOf: string) {
  const result = computeExposure({ ...base, asOf, systems: groups.map((g) => g.system) });
  const linesOf = new Map<string, ExposureLine[]>();
  for (const l of result.lines) linesOf.set(l.systemId, [...(linesOf.get(l.systemId) ?? []), l]);
  return { result, linesOf };
}

type Priced = ReturnType<typeof priceGroups>;

/**
 * The lines of the whole register matching `filter`, in line order, from `offset`, at most
 * `limit`, exactly as the per-system engine writes them (the members are priced themselves), and
 * how many match in all.
 */
export function pageLines(
  base: Base,
  groups: readonly Group[],
  priced: Priced,
  asOf: string,
  filter: LineFilter,
  offset: number,
  limit: number,
): { lines: ExposureLine[]; matching: number; subtotal: Subtotal } {
  const currency = base.reportingCurrency;
  const candidates: Array<Ranked & { member: Member; group: Group }> = [];
  let matching = 0;
  let sum = 0n;
  let counted = 0;
  let unconverted = 0;
  for (const group of groups) {
    const own = (priced.linesOf.get(group.system.id) ?? []).filter((l) => matches(l, filter));
    if (own.length === 0) continue;
    const members = filter.systemId ? group.members.filter((m) => m.id === filter.systemId) : group.members;
    matching += own.length * members.length;
    for (const l of own) {
      if (!l.counted) continue;
      counted += members.length;
      const m = reportingAmount(l, currency);
      if (m) sum += scale(m, members.length);
      else unconverted += members.length;
    }
    // Inside a group every member has the same lines: only the first offset + limit can be shown.
    for (const member of members.slice(0, offset + limit)) {
      for (const l of own) {
        candidates.push({
          ...rankOf(l, currency),
          systemName: member.name,
          systemId: member.id,
          id: l.source === "obligation_gap" ? `${member.id}|${l.ruleId}` : l.id,
          member,
          group,
        });
      }
    }
  }
  candidates.sort(compareRanked);
  const page = candidates.slice(offset, offset + limit);
  const subtotal = { total: money(sum, currency), lines: matching, counted, unconverted };
  if (page.length === 0) return { lines: [], matching, subtotal };
  const chosen = new Map<string, ExposureSystem>();
  for (const c of page) {
    chosen.set(c.member.id, {
      ...c.group.system,
      id: c.member.id,
      name: c.member.name,
      state: c.member.state,
      nextReviewAt: c.group.system.impactLevel === "high" ? c.member.nextReviewAt : null,
    });
  }
  const exact = new Map(
    computeExposure({ ...base, asOf, systems: [...chosen.values()] }).lines.map((l) => [l.id, l]),
  );
  return { lines: page.flatMap((c) => exact.get(c.id) ?? []), matching, subtotal };
}

export type GroupedExposure = ExposureResult & {
  /** Line items in the whole register; `lines` carries the largest `lines.length` of them. */
  linesTotal: number;
  linesOmitted: number;
  /** Systems (not retired) with at least one line; `bySystem` carries the largest of them. */
  systemsWithLines: number;
  /** The lines' subtotals by first offence and repeat. */
  byOccurrence: Record<"first" | "repeat", Subtotal>;
};

/** What the breakdowns add to the engine's rows: an offence's words and its first and repeat
 * amounts, an obligation's title (the page would otherwise read them off the lines it has). */
export type OffenceExtras = { offence: string; firstTotal: Money; repeatTotal: Money };
export type ObligationExtras = { title: string };

/** The extras of the breakdowns from the lines, each counted `countOf(line)` times. */
export function breakdownExtras(
  lines: readonly ExposureLine[],
  currency: string,
  countOf: (line: ExposureLine) => number = () => 1,
): { offences: Map<string, OffenceExtras>; obligations: Map<string, ObligationExtras> } {
  const sums = new Map<string, { offence: string; first: bigint; repeat: bigint }>();
  const obligations = new Map<string, ObligationExtras>();
  for (const l of lines) {
    for (const o of l.obligations) obligations.set(o.id, { title: o.title });
    let sum = sums.get(l.ruleId);
    if (!sum) {
      sum = { offence: l.offence, first: 0n, repeat: 0n };
      sums.set(l.ruleId, sum);
    }
    const m = l.counted ? reportingAmount(l, currency) : undefined;
    if (m) sum[l.firstOrRepeat] += scale(m, countOf(l));
  }
  const offences = new Map(
    [...sums].map(([ruleId, s]) => [
      ruleId,
      { offence: s.offence, firstTotal: money(s.first, currency), repeatTotal: money(s.repeat, currency) },
    ]),
  );
  return { offences, obligations };
}

/** The subtotals by first offence and repeat of lines (the per-system path). */
export function occurrenceOf(
  lines: readonly ExposureLine[],
  currency: string,
): GroupedExposure["byOccurrence"] {
  const of = (o: "first" | "repeat"): Subtotal => {
    const ls = lines.filter((l) => l.firstOrRepeat === o);
    const counted = ls.filter((l) => l.counted);
    const amounts = counted.flatMap((l) => reportingAmount(l, currency) ?? []);
    return {
      total: money(
        amounts.reduce((a, m) => a + toMinor(m), 0n),
        currency,
      ),
      lines: ls.length,
      counted: counted.length,
      unconverted: counted.length - amounts.length,
    };
  };
  return { first: of("first"), repeat: of("repeat") };
}

/** The exposure of the register from its groups: exact aggregates, the largest lines and systems. */
export function groupedExposure(
  base: Base,
  groups: readonly Group[],
  priced: Priced,
  asOf: string,
  { linesLimit, systemsLimit }: { linesLimit: number; systemsLimit: number },
): GroupedExposure {
  const currency = base.reportingCurrency;
  const { result } = priced;
  const countOf = new Map(groups.map((g) => [g.system.id, g.count]));
  const membersOf = new Map(groups.map((g) => [g.system.id, g.members]));
  type Acc = { total: bigint; lines: number; unconverted: number; first: number; repeat: number };
  const acc = (): Acc => ({ total: 0n, lines: 0, unconverted: 0, first: 0, repeat: 0 });
  const add = (a: Acc, l: ExposureLine, n: number): void => {
    a.lines += n;
    if (!l.counted) return;
    const m = reportingAmount(l, currency);
    if (m) a.total += scale(m, n);
    else a.unconverted += n;
    if (l.firstOrRepeat === "first") a.first += n;
    else a.repeat += n;
  };
  const overall = acc();
  const occurrence = { first: acc(), repeat: acc() };
  const byJurisdiction = new Map<string, Acc>();
  const byOffence = new Map<string, Acc>();
  const byObligation = new Map<string, Acc>();
  const get = (m: Map<string, Acc>, k: string): Acc => {
    const found = m.get(k);
    if (found) return found;
    const fresh = acc();
    m.set(k, fresh);
    return fresh;
  };
  const nonMonetary: ExposureResult["nonMonetary"] = [];
  for (const l of result.lines) {
    const n = countOf.get(l.systemId) ?? 1;
    add(overall, l, n);
    add(occurrence[l.firstOrRepeat], l, n);
    add(get(byJurisdiction, l.jurisdiction), l, n);
    add(get(byOffence, l.ruleId), l, n);
    for (const o of l.obligations) add(get(byObligation, o.id), l, n);
    if (l.counted && l.consequences.length > 0) {
      for (const m of membersOf.get(l.systemId) ?? []) {
        for (const consequence of l.consequences) {
          nonMonetary.push({ systemId: m.id, systemName: m.name, ruleId: l.ruleId, consequence });
        }
      }
    }
  }
  const total = (a: Acc) => ({ total: money(a.total, currency), lines: a.lines, unconverted: a.unconverted });

  // The largest systems: inside a group every member has the same total; ties by name then id.
  const repTotals = new Map(result.bySystem.map((s) => [s.systemId, s]));
  const systemRows: ExposureResult["bySystem"] = [];
  let systemsWithLines = 0;
  for (const g of groups) {
    const rep = repTotals.get(g.system.id);
    if (!rep || rep.retired || rep.lines === 0) continue;
    systemsWithLines += g.count;
    for (const m of g.members.slice(0, systemsLimit)) {
      systemRows.push({
        ...rep,
        systemId: m.id,
        systemName: m.name,
        state: m.state,
        reviewOverdue: m.nextReviewAt !== null && m.nextReviewAt < asOf,
      });
    }
  }
  systemRows.sort(
    (a, b) =>
      Number(toMinor(b.total) - toMinor(a.total) > 0n) - Number(toMinor(a.total) - toMinor(b.total) > 0n) ||
      b.lines - a.lines ||
      cmp(a.systemName, b.systemName) ||
      cmp(a.systemId, b.systemId),
  );

  const suspendedSystems: ExposureResult["suspendedSystems"] = [];
  const overdueReviews: ExposureResult["overdueReviews"] = [];
  for (const g of groups) {
    if (repTotals.get(g.system.id)?.retired) continue;
    for (const m of g.members) {
      if (m.state === "suspended" || m.state.startsWith("suspended.")) {
        suspendedSystems.push({ systemId: m.id, systemName: m.name });
      }
      if (m.nextReviewAt !== null && m.nextReviewAt < asOf) {
        overdueReviews.push({ systemId: m.id, systemName: m.name, nextReviewAt: m.nextReviewAt });
      }
    }
  }

  const top = pageLines(base, groups, priced, asOf, {}, 0, linesLimit);
  const unconvertedWarning = / line\(s\) could not be converted to /;
  const warnings = result.warnings.filter((w) => !unconvertedWarning.test(w));
  if (overall.unconverted > 0) {
    warnings.push(
      `${overall.unconverted} line(s) could not be converted to ${currency} and are left out of the total.`,
    );
  }
  return {
    asOf,
    currency,
    total: money(overall.total, currency),
    complete: overall.unconverted === 0,
    byJurisdiction: result.byJurisdiction.map((j) => {
      const a = byJurisdiction.get(j.jurisdiction) ?? acc();
      return { ...j, ...total(a), first: a.first, repeat: a.repeat };
    }),
    bySystem: systemRows.slice(0, systemsLimit),
    byOffence: result.byOffence.map((o) => {
      const a = byOffence.get(o.ruleId) ?? acc();
      return { ...o, ...total(a), first: a.first, repeat: a.repeat };
    }),
    byObligation: result.byObligation.map((o) => ({
      ...o,
      ...total(byObligation.get(o.obligationId) ?? acc()),
    })),
    lines: top.lines,
    linesTotal: overall.lines,
    linesOmitted: overall.lines - top.lines.length,
    systemsWithLines,
    byOccurrence: {
      first: { ...total(occurrence.first), counted: occurrence.first.first },
      repeat: { ...total(occurrence.repeat), counted: occurrence.repeat.repeat },
    },
    noMonetaryExposure: result.noMonetaryExposure,
    nonMonetary,
    suspendedSystems,
    overdueReviews,
    warnings,
  };
}

/** Every date the catalogue, the index values and the rates name (in-force dates, rate dates…). */
function catalogueDates(): string[] {
  const dates = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === "string") {
      if (/^\d{4}-\d{2}-\d{2}$/.test(x)) dates.add(x);
    } else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(catalogue);
  walk(mciValues);
  walk(defaultExchangeRates);
  return [...dates];
}
const CATALOGUE_DATES = catalogueDates();

const shiftDay = (day: string, days: number): string =>
  formatISO(addDays(parseISO(day), days), { representation: "date" });

/**
 * The projection's totals at `days` (ascending, after `asOf`). Between two dates the engine's
 * result for a group changes only when a date it reads lies between them: an in-force or rate date
 * of the catalogue, a new year (the MCI), a finding's date or its first anniversary (the repeat
 * window) — for every group — or the group's own review date (the high-impact lapse). A window
 * with none of the former re-prices only the groups with the latter; any other window re-prices
 * every group. A day of margin either side keeps "before" and "on or before" out of the question.
 */
export function groupedProjection(
  base: Base,
  groups: readonly Group[],
  priced: Priced,
  asOf: string,
  days: readonly string[],
): Array<{ asOf: string; total: Money; complete: boolean }> {
  const global = new Set(CATALOGUE_DATES);
  for (const f of base.findings) {
    global.add(f.occurredAt);
    global.add(formatISO(addYears(parseISO(f.occurredAt), 1), { representation: "date" }));
  }
  const linesOf = new Map(priced.linesOf);
  const out: Array<{ asOf: string; total: Money; complete: boolean }> = [];
  let previous = asOf;
  for (const day of days) {
    const lo = shiftDay(previous, -1);
    const hi = shiftDay(day, 1);
    const inWindow = (d: string): boolean => d >= lo && d <= hi;
    const newYear = previous.slice(0, 4) !== day.slice(0, 4);
    const changed =
      newYear || [...global].some(inWindow)
        ? groups
        : groups.filter((g) => g.system.nextReviewAt !== null && inWindow(g.system.nextReviewAt));
    if (changed.length > 0) {
      const again = priceGroups(base, changed, day);
      for (const g of changed) linesOf.set(g.system.id, again.linesOf.get(g.system.id) ?? []);
    }
    out.push({ asOf: day, ...totalOfLines(linesOf, groups, base.reportingCurrency) });
    previous = day;
  }
  return out;
}

function totalOfLines(
  linesOf: ReadonlyMap<string, readonly ExposureLine[]>,
  groups: readonly Group[],
  currency: string,
): { total: Money; complete: boolean } {
  let sum = 0n;
  let unconverted = 0;
  for (const g of groups) {
    for (const l of linesOf.get(g.system.id) ?? []) {
      if (!l.counted) continue;
      const m = reportingAmount(l, currency);
      if (m) sum += scale(m, g.count);
      else unconverted += g.count;
    }
  }
  return { total: money(sum, currency), complete: unconverted === 0 };
}
