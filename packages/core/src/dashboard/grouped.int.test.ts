import { rowsOf } from "@airisk/db/client";
import { withTenant } from "@airisk/db/tenancy";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { computeExposure, type ExposureLine } from "@airisk/domain/exposure";
import { sumMoney } from "@airisk/domain/money";
import { jurisdictions as catalogue, defaultExchangeRates, mciValues } from "@airisk/regulations/catalogue";
import { PROFILE_FLAGS, SYSTEM_ROLES } from "@airisk/regulations/schema";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "#context.ts";
import { dashboardExposure, dashboardLines, loadExposureInputs } from "#dashboard/exposure.ts";
import { breakdownExtras, compareLines, reportingAmount } from "#dashboard/grouped.ts";
import { seedScale } from "#demo/scale.ts";
import { loadOrgSettings } from "#systems/facts.ts";

/**
 * The grouped path (SQL GROUP BY of the exposure-relevant facts, one engine run per group, the
 * aggregates scaled by the group counts) against the pure per-system path, on random portfolios:
 * random facts drawn from a few profiles (so that groups have several members), random states,
 * review dates, obligation statuses, unmitigated risks, screening results, findings, as-of dates
 * and currencies. A seeded generator: a failure names its seed.
 */
const RUNS = Number(process.env.EXPOSURE_PROPERTY_RUNS ?? 20);
const SYSTEMS = 50;
const NOW = new Date("2026-11-25T08:00:00Z");

let database: TestDatabase;
let tenantId: string;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const seeded = await seedScale({
    database,
    now: NOW,
    tenants: 1,
    systemsPerTenant: SYSTEMS,
    label: "Prop",
  });
  tenantId = (seeded.tenants[0] as { id: string }).id;
  const [member] = await withTenant(database.db, { tenantId }, async (tx) =>
    rowsOf<{ user_id: string }>(await tx.execute(sql`select user_id from memberships limit 1`)),
  );
  userId = member?.user_id as string;
}, 120_000);
afterAll(async () => {
  await database?.close();
});

/** mulberry32: small, seeded, good enough to draw test data. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(next() * max);
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const day = (from: string, spanDays: number) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(next() * spanDays) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  return { next, pick, some, day };
}

const CODES = ["KZ", "EU", "ES", "DE", "US", "US-CA", "GB", "CN"].filter((c) =>
  catalogue.some((j) => j.code === c),
);
const OBLIGATIONS = catalogue
  .filter((j) => CODES.includes(j.code))
  .flatMap((j) => j.obligations.map((o) => o.id));
const OFFENCES = catalogue.filter((j) => CODES.includes(j.code)).flatMap((j) => j.penalties.map((p) => p.id));
const STATES = [
  "draft",
  "riskProcess.assessment",
  "operating.compliant",
  "operating.overdue",
  "suspended",
  "retired",
];

type Portfolio = { asOf: string; currency: string };

/** Rewrites the register's facts at random (the seeded systems keep their ids and names). */
async function randomise(seed: number): Promise<Portfolio> {
  const g = generator(seed);
  const asOf = g.day("2025-06-01", 1300);
  const profiles = Array.from({ length: 2 + Math.floor(g.next() * 5) }, () => ({
    jurisdictions: g.some(CODES, 3),
    roles: g.some(SYSTEM_ROLES, 2),
    impact: g.pick([null, "minimal", "medium", "high", "high"]),
    autonomy: g.pick([null, "low", "medium", "high"]),
    tier: g.pick([null, "prohibited", "high_annex_iii", "high_annex_i", "limited", "minimal"]),
    profile: {
      ...Object.fromEntries(PROFILE_FLAGS.filter(() => g.next() < 0.4).map((f) => [f, true])),
      ...(g.next() < 0.5 ? { euAnnexIIIArea: g.pick(["1", "4", "5(b)", "8"]) } : {}),
    },
  }));
  await withTenant(database.db, { tenantId }, async (tx) => {
    await tx.execute(sql`delete from findings`);
    await tx.execute(sql`delete from obligation_statuses`);
    await tx.execute(sql`update mitigations set status = 'planned'`);
    const ids = rowsOf<{ id: string }>(await tx.execute(sql`select id from systems order by name, id`)).map(
      (r) => r.id,
    );
    for (const id of ids) {
      const p = g.pick(profiles);
      const review =
        g.next() < 0.2 ? null : g.day(asOf.slice(0, 4) === "2025" ? "2025-01-01" : "2026-01-01", 1000);
      const screening = g.next() < 0.1 ? { complete: true, found: [{ id: "x", text: "found" }] } : null;
      await tx.execute(sql`update systems set jurisdictions = ${`{${p.jurisdictions.join(",")}}`}::text[],
        roles = ${`{${p.roles.join(",")}}`}::text[], impact_level = ${p.impact}, autonomy_level = ${p.autonomy},
        eu_risk_tier = ${p.tier}, profile = ${JSON.stringify(p.profile)}::jsonb, state = ${g.pick(STATES)},
        next_review_at = ${review}::date, screening = ${screening ? JSON.stringify(screening) : null}::jsonb
        where id = ${id}`);
      if (g.next() < 0.25) {
        await tx.execute(sql`update mitigations set status = 'cancelled'
          where risk_id in (select r.id from risks r where r.system_id = ${id})`);
        await tx.execute(sql`update risks set likelihood = 5, severity = 5 where system_id = ${id}`);
      }
      for (const obligationId of OBLIGATIONS) {
        if (g.next() < 0.15) {
          await tx.execute(sql`insert into obligation_statuses (tenant_id, system_id, obligation_id, status, updated_by)
            values (${tenantId}, ${id}, ${obligationId}, ${g.pick(["met", "gap", "not_applicable"])}, ${userId})`);
        }
      }
      if (g.next() < 0.1) {
        await tx.execute(sql`insert into findings (tenant_id, system_id, offence, occurred_at, recorded_by)
          values (${tenantId}, ${id}, ${g.pick(OFFENCES.filter((o) => o.startsWith("kz.")))}, ${g.day("2025-01-01", 1400)}::date, ${userId})`);
      }
    }
  });
  return { asOf, currency: g.pick(["KZT", "USD", "EUR", "KZT"]) };
}

const sortBy = <T>(xs: readonly T[], key: (x: T) => string): T[] =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const json = (x: unknown) => JSON.stringify(x);
function subtotalOf(lines: readonly ExposureLine[], currency: string) {
  const counted = lines.filter((l) => l.counted);
  const amounts = counted.flatMap((l) => reportingAmount(l, currency) ?? []);
  return {
    total: sumMoney(amounts, currency),
    lines: lines.length,
    counted: counted.length,
    unconverted: counted.length - amounts.length,
  };
}
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function inTenant<T>(fn: (ctx: TenantContext) => Promise<T>): Promise<T> {
  return withTenant(database.db, { tenantId }, (tx) =>
    fn({ tx, tenantId, actor: { userId, role: "admin" }, now: NOW }),
  );
}

describe(`the grouped exposure (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it(`agrees with the per-system engine on ${RUNS} random portfolios of ${SYSTEMS} systems`, async () => {
    for (let run = 0; run < RUNS; run++) {
      const seed = 20261125 + run;
      const { asOf, currency } = await randomise(seed);
      const label = `seed ${seed} (as of ${asOf}, ${currency})`;
      await inTenant(async (ctx) => {
        const settings = await loadOrgSettings(ctx);
        const { systems, findings } = await loadExposureInputs(ctx);
        const pureAt = (day: string) =>
          computeExposure({
            asOf: day,
            organisation: {
              kzOffenderCategory: settings.profile.kzOffenderCategory,
              euSme: settings.profile.euSme,
              annualTurnover: settings.profile.annualTurnover,
              flags: {},
            },
            systems,
            findings,
            catalogue,
            mciValues,
            rates: defaultExchangeRates,
            reportingCurrency: currency,
          });
        const pure = pureAt(asOf);
        const grouped = await dashboardExposure({ ctx, input: { asOf, currency }, threshold: 0 });

        expect(grouped.total, label).toEqual(pure.total);
        expect(grouped.complete, label).toBe(pure.complete);
        expect(grouped.byJurisdiction, label).toEqual(pure.byJurisdiction);
        const extras = breakdownExtras(pure.lines, currency);
        expect(
          sortBy(grouped.byOffence, (o) => o.ruleId),
          label,
        ).toEqual(
          sortBy(
            pure.byOffence.map((o) => ({ ...o, ...extras.offences.get(o.ruleId) })),
            (o) => o.ruleId,
          ),
        );
        expect(
          sortBy(grouped.byObligation, (o) => o.obligationId),
          label,
        ).toEqual(
          sortBy(
            pure.byObligation.map((o) => ({ ...o, ...extras.obligations.get(o.obligationId) })),
            (o) => o.obligationId,
          ),
        );
        const withLines = pure.bySystem.filter((s) => !s.retired && s.lines > 0);
        expect(grouped.systemsWithLines, label).toBe(withLines.length);
        const topSystems = [...withLines]
          .sort((a, b) => {
            const d = BigInt(b.total.amountMinor) - BigInt(a.total.amountMinor);
            if (d !== 0n) return d > 0n ? 1 : -1;
            return b.lines - a.lines || cmp(a.systemName, b.systemName) || cmp(a.systemId, b.systemId);
          })
          .slice(0, 10);
        expect(
          grouped.bySystem.map((s) => [s.systemId, s.total, s.lines]),
          label,
        ).toEqual(topSystems.map((s) => [s.systemId, s.total, s.lines]));
        expect(grouped.linesTotal, label).toBe(pure.lines.length);
        expect(grouped.byOccurrence, label).toEqual({
          first: subtotalOf(
            pure.lines.filter((l) => l.firstOrRepeat === "first"),
            currency,
          ),
          repeat: subtotalOf(
            pure.lines.filter((l) => l.firstOrRepeat === "repeat"),
            currency,
          ),
        });
        const ordered = [...pure.lines].sort(compareLines(currency));
        expect(grouped.lines, label).toEqual(ordered.slice(0, 200));
        expect(grouped.linesOmitted, label).toBe(Math.max(0, pure.lines.length - 200));
        expect(sortBy(grouped.nonMonetary, json), label).toEqual(sortBy(pure.nonMonetary, json));
        expect(sortBy(grouped.suspendedSystems, json), label).toEqual(sortBy(pure.suspendedSystems, json));
        expect(sortBy(grouped.overdueReviews, json), label).toEqual(sortBy(pure.overdueReviews, json));
        expect(sortBy(grouped.noMonetaryExposure, json), label).toEqual(
          sortBy(pure.noMonetaryExposure, json),
        );
        expect([...grouped.warnings].sort(), label).toEqual([...pure.warnings].sort());
        for (const p of grouped.projection) {
          const at = pureAt(p.asOf);
          expect({ total: p.total, complete: p.complete }, `${label} at ${p.asOf}`).toEqual({
            total: at.total,
            complete: at.complete,
          });
        }

        // The drill-down pages through every line, and filters as the per-system lines do.
        const paged: ExposureLine[] = [];
        let cursor: string | undefined;
        for (;;) {
          const page = await dashboardLines({ ctx, input: { asOf, currency, limit: 7, cursor } });
          expect(page.total, label).toBe(pure.lines.length);
          paged.push(...page.items);
          if (!page.nextCursor) break;
          cursor = page.nextCursor;
        }
        expect(paged, label).toEqual(ordered);
        const sample = ordered[Math.floor(ordered.length / 2)];
        if (sample) {
          const filter = {
            systemId: sample.systemId,
            ruleId: sample.ruleId,
            occurrence: sample.firstOrRepeat,
          };
          const page = await dashboardLines({ ctx, input: { asOf, currency, ...filter, limit: 500 } });
          expect(page.items, label).toEqual(
            ordered.filter(
              (l) =>
                l.systemId === filter.systemId &&
                l.ruleId === filter.ruleId &&
                l.firstOrRepeat === filter.occurrence,
            ),
          );
          const byJurisdiction = await dashboardLines({
            ctx,
            input: { asOf, currency, jurisdiction: sample.jurisdiction, limit: 500 },
          });
          const inJurisdiction = ordered.filter((l) => l.jurisdiction === sample.jurisdiction);
          expect(byJurisdiction.items, label).toEqual(inJurisdiction.slice(0, 500));
          expect(byJurisdiction.subtotal, label).toEqual(subtotalOf(inJurisdiction, currency));
          const obligationId = sample.obligations[0]?.id;
          if (obligationId) {
            const byObligation = await dashboardLines({
              ctx,
              input: { asOf, currency, obligationId, limit: 500 },
            });
            const withObligation = ordered.filter((l) => l.obligations.some((o) => o.id === obligationId));
            expect(byObligation.items, label).toEqual(withObligation.slice(0, 500));
            expect(byObligation.subtotal, label).toEqual(subtotalOf(withObligation, currency));
          }
        }
      });
    }
  }, 300_000);
});
