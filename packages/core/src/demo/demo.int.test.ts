import { verifyAuditChain } from "@airisk/db/audit";
import { rowsOf } from "@airisk/db/client";
import { withTenant } from "@airisk/db/tenancy";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "#auth/accounts.ts";
import { DEMO_SYSTEMS } from "#demo/catalogue.ts";
import { DEMO_ORGANISATION, DEMO_PASSWORD, PERSONAS } from "#demo/personas.ts";
import { type DemoSeedResult, planSteps, seedDemo } from "#demo/seed.ts";

const NOW = new Date("2026-11-25T08:00:00Z");

let database: TestDatabase;
let seeded: DemoSeedResult;

beforeAll(async () => {
  database = await createTestDatabase();
  seeded = await seedDemo({ database, now: NOW });
}, 120_000);
afterAll(async () => {
  await database?.close();
});

/** Reads inside the demo tenant as the request role (row-level security on). */
async function inDemo<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const tenantId = seeded.organisationId as string;
  return withTenant(database.db, { tenantId }, async (tx) => rowsOf<T>(await tx.execute(query)));
}

describe(`the demo organisation (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("creates about 25 systems in at least 8 distinct states, each where its script ends", async () => {
    expect(seeded.created).toBe(true);
    const rows = await inDemo<{ name: string; state: string }>(sql`select name, state from systems`);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.length).toBeLessThanOrEqual(30);
    expect(new Set(rows.map((r) => r.state)).size).toBeGreaterThanOrEqual(8);
    const expected = new Map(DEMO_SYSTEMS.map((s) => [s.name, s.expect]));
    for (const row of rows) expect(row.state, row.name).toBe(expected.get(row.name));
    const states = rows.map((r) => r.state);
    expect(states.filter((s) => s === "operating.compliant").length).toBeGreaterThan(
      Math.max(
        ...[...new Set(states)]
          .filter((s) => s !== "operating.compliant")
          .map((s) => states.filter((x) => x === s).length),
      ),
    );
    for (const state of ["draft", "suspended", "retired", "operating.reviewDue", "operating.overdue"]) {
      expect(states, state).toContain(state);
    }
  });

  it("lets every persona sign in to the demo organisation with its role", async () => {
    for (const persona of PERSONAS) {
      const { me } = await signIn({
        database,
        now: NOW,
        clientIp: "10.0.0.1",
        input: { email: persona.email, password: DEMO_PASSWORD },
      });
      expect(me.activeOrganisation, persona.email).toMatchObject({
        name: DEMO_ORGANISATION,
        role: persona.role,
      });
    }
  }, 30_000);

  it("took each step through the verbs with the right actor, so the trail tells the story", async () => {
    const byAction = async (action: string) =>
      inDemo<{ actor_role: string | null; actor_id: string | null }>(
        sql`select actor_role, actor_id from audit_log where action = ${action}`,
      );
    for (const entry of await byAction("lifecycle.REVIEW_DUE"))
      expect(entry).toEqual({ actor_role: "scheduler", actor_id: null });
    expect((await byAction("lifecycle.REVIEW_OVERDUE")).length).toBeGreaterThan(0);
    expect((await byAction("lifecycle.AUDIT_PASSED")).map((e) => e.actor_role)).toEqual(
      expect.arrayContaining(["auditor"]),
    );
    expect((await byAction("lifecycle.REMEDIATED")).map((e) => e.actor_role)).toEqual(["admin"]);
    expect(
      (await byAction("lifecycle.APPROVE")).every(
        (e) => e.actor_role === "risk_owner" || e.actor_role === "admin",
      ),
    ).toBe(true);
    expect((await byAction("finding.recorded")).length).toBeGreaterThan(0);
    const refused = await inDemo<{ accepted: boolean }>(
      sql`select accepted from audit_log where not accepted`,
    );
    expect(refused.length).toBeGreaterThan(0);
    const [counts] = await inDemo<{
      risks: number;
      above: number;
      mitigations: number;
      obligations: number;
    }>(sql`
      select (select count(*)::int from risks) as risks,
             (select count(*)::int from risks where greatest(likelihood * severity, misuse_likelihood * misuse_severity) > 9) as above,
             (select count(*)::int from mitigations where due_date is not null) as mitigations,
             (select count(*)::int from obligation_statuses) as obligations`);
    expect(counts?.risks).toBeGreaterThan(25);
    expect(counts?.above).toBeGreaterThan(5);
    expect(counts?.mitigations).toBeGreaterThan(10);
    expect(counts?.obligations).toBeGreaterThan(100);
  });

  it("spreads the next reviews over the coming year, a few already past", async () => {
    const rows = await inDemo<{ next: string }>(
      sql`select next_review_at::text as next from systems where state like 'operating.%'`,
    );
    const today = NOW.toISOString().slice(0, 10);
    const inAYear = new Date(NOW.getTime() + 366 * 86_400_000).toISOString().slice(0, 10);
    expect(rows.filter((r) => r.next < today).length).toBeGreaterThanOrEqual(1);
    const ahead = rows.filter((r) => r.next >= today && r.next <= inAYear).map((r) => r.next.slice(0, 7));
    expect(new Set(ahead).size).toBeGreaterThanOrEqual(6);
  });

  it("keeps an audit chain that verifies", async () => {
    const tenantId = seeded.organisationId as string;
    const result = await withTenant(database.db, { tenantId }, (tx) => verifyAuditChain(tx, { tenantId }));
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThan(300);
  });

  it("adds nothing when run again", async () => {
    const count = async () =>
      rowsOf<{ n: string }>(
        await database.db.execute(sql`select (select count(*) from users) + (select count(*) from organisations)
          + (select count(*) from systems) + (select count(*) from audit_log) + (select count(*) from sessions) as n`),
      )[0]?.n;
    const before = await count();
    const again = await seedDemo({ database, now: new Date(NOW.getTime() + 3_600_000) });
    expect(again).toMatchObject({ created: false, organisationId: seeded.organisationId });
    expect(await count()).toBe(before);
  });

  it("keeps its steps in time order, none after now", () => {
    for (const now of [NOW, new Date("2028-02-29T23:59:00Z"), new Date("2026-01-01T00:30:00Z")]) {
      const steps = planSteps(now, DEMO_SYSTEMS);
      expect(steps.every((s) => s.at <= now)).toBe(true);
      for (const system of DEMO_SYSTEMS.keys()) {
        const own = steps.filter((s) => s.system === system).map((s) => s.order);
        expect(own).toEqual([...own].sort((a, b) => a - b));
      }
    }
  });
});

describe("the demo at another date", () => {
  it("seeds the same states when run in 2028", async () => {
    const other = await createTestDatabase();
    try {
      const result = await seedDemo({ database: other, now: new Date("2028-02-29T10:00:00Z") });
      expect(result.created).toBe(true);
      const tenantId = result.organisationId as string;
      const rows = await withTenant(other.db, { tenantId }, async (tx) =>
        rowsOf<{ state: string }>(await tx.execute(sql`select state from systems`)),
      );
      expect(rows.map((r) => r.state).sort()).toEqual(DEMO_SYSTEMS.map((s) => s.expect).sort());
    } finally {
      await other.close();
    }
  }, 120_000);
});
