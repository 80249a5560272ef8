import { rowsOf } from "@airisk/db/client";
import { reminders } from "@airisk/db/schema";
import { sql } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryCookie } from "#context.ts";
import { createHarness, type Harness, type Member } from "#test-support.ts";
import { allProcedures, callPath, sampleInput } from "./procedures.ts";

/**
 * Organisation B's admin calls every procedure of the AppRouter with organisation A's identifiers
 * wherever an input takes one. Each such call must answer NOT_FOUND or FORBIDDEN; no call may fail
 * with a 500 or return anything of A's; and A's rows must be exactly as they were.
 */
let h: Harness;
let alice: Member;
let amy: Member;
let bob: Member;
let fixtures: Record<string, unknown>;
let secrets: string[];

const IDENTIFIER_FIELDS = [
  "organisationId",
  "userId",
  "invitationId",
  "token",
  "id",
  "systemId",
  "riskId",
  "riskOwnerId",
  "ownerId",
  "evidence.upload#",
  "ids",
];
/** References to people: another organisation's member is simply not a member of this one. */
const PERSON_FIELDS = ["riskOwnerId", "ownerId"];

async function snapshotOfA(organisationId: string, userIds: string[]): Promise<string> {
  const db = h.database.db;
  // As the migrating superuser: RLS does not hide anything from this view.
  const tenantTables = rowsOf<{ table: string }>(
    await db.execute(sql`
      select c.relname as table from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
      where c.relkind = 'r' order by 1`),
  );
  const parts: Record<string, unknown> = {};
  for (const { table } of tenantTables) {
    parts[table] = rowsOf(
      await db.execute(
        sql`select to_jsonb(t) as row from ${sql.identifier(table)} t where tenant_id = ${organisationId} order by 1`,
      ),
    );
  }
  parts.organisation = rowsOf(
    await db.execute(sql`select to_jsonb(o) from organisations o where id = ${organisationId}`),
  );
  parts.users = rowsOf(
    await db.execute(
      sql`select id, email, name, password_hash from users where id in ${sql.raw(`('${userIds.join("','")}')`)} order by id`,
    ),
  );
  parts.sessions = rowsOf(
    await db.execute(
      sql`select id, user_id, active_tenant_id, expires_at from sessions where user_id in ${sql.raw(`('${userIds.join("','")}')`)} order by id`,
    ),
  );
  return JSON.stringify(parts);
}

beforeAll(async () => {
  h = await createHarness();
  alice = await h.signUp({ name: "Alice Aardvark", organisationName: "Zeta Secret Holdings" });
  amy = await h.addMember(alice, "viewer", { name: "Amy Anteater" });
  const pending = await h
    .as(alice.jar)
    .members.invite({ email: "pending.guest@zeta.example", role: "auditor" });
  await h.as(alice.jar).orgs.update({ profile: { riskTolerance: 7, reportingCurrency: "KZT" } });
  // A's register: a system with a risk, a mitigation, evidence (a file and a link) and a finding.
  const a = h.as(alice.jar);
  const system = await a.systems.create({
    name: "Zeta Secret Scoring Engine",
    purpose: "Scores Zeta's secret applicants",
    jurisdictions: ["KZ", "EU"],
    roles: ["owner"],
    profile: { makesDecisionsAboutPeople: true },
    impactLevel: "high",
    autonomyLevel: "medium",
    riskOwnerId: alice.userId,
  });
  const risk = await a.risks.create({
    systemId: system.id,
    title: "Zeta secret bias",
    category: "discrimination",
    arisesFrom: "both",
    likelihood: 4,
    severity: 4,
  });
  const mitigation = await a.risks.addMitigation({ riskId: risk.id, action: "Zeta secret fairness audit" });
  const form = new FormData();
  form.set("systemId", system.id);
  form.set("file", new Blob([new TextEncoder().encode("Zeta secret evidence\n")]), "zeta-secret.txt");
  const file = await a.evidence.upload(form);
  await a.evidence.addLink({
    systemId: system.id,
    name: "Zeta secret policy",
    url: "https://zeta.example/policy",
  });
  await a.findings.record({
    systemId: system.id,
    offence: "kz.coao.641-1.high-risk",
    occurredAt: "2026-02-01",
    note: "Zeta secret finding",
  });
  // A reminder in Alice's inbox, as the scheduler's sweep writes it.
  const [reminder] = await h.database.db
    .insert(reminders)
    .values({
      tenantId: alice.organisationId,
      kind: "mitigation_due",
      recipientId: alice.userId,
      systemId: system.id,
      subjectId: mitigation.id,
      dueDate: "2026-12-31",
      offsetDays: 7,
    })
    .returning({ id: reminders.id });
  bob = await h.signUp({ name: "Bob Builder", organisationName: "Beta Open Ltd" });
  // B's upload names A's system.
  const attack = new FormData();
  attack.set("systemId", system.id);
  attack.set("file", new Blob([new TextEncoder().encode("B's file\n")]), "b.txt");

  const [ids] = pending.token.split(".");
  fixtures = {
    organisationId: alice.organisationId,
    userId: amy.userId,
    invitationId: pending.invitation.id,
    // A's real invitation with a guessed secret: holding A's identifiers must not be enough.
    token: `${ids}.${"x".repeat(52)}`,
    email: alice.email,
    password: "not alice's password",
    id: system.id,
    "risks.update#id": risk.id,
    "risks.accept#id": risk.id,
    "risks.updateMitigation#id": mitigation.id,
    systemId: system.id,
    riskId: risk.id,
    riskOwnerId: alice.userId,
    ownerId: alice.userId,
    "evidence.upload#": attack,
    jurisdictions: ["KZ"],
    roles: ["owner"],
    offence: "kz.coao.641-1.synthetic",
    occurredAt: "2026-02-02",
    dueDate: "2026-12-31",
    asOf: "2026-06-01",
    url: "https://example.com/evidence",
    answers: {},
    ids: [reminder?.id],
  };
  secrets = [
    alice.organisationId,
    alice.userId,
    amy.userId,
    alice.email,
    amy.email,
    "Zeta Secret Holdings",
    "Alice Aardvark",
    "Amy Anteater",
    pending.invitation.id,
    "pending.guest@zeta.example",
    system.id,
    risk.id,
    mitigation.id,
    file.id,
    reminder?.id as string,
    "Zeta Secret Scoring Engine",
    "Zeta secret",
  ];
});
afterAll(async () => {
  await h?.close();
});

describe("another organisation's data", () => {
  const procedures = allProcedures();

  it("is attacked through every procedure of the router", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(35);
  });

  for (const procedure of procedures) {
    it(`stays out of reach through ${procedure.path}`, async () => {
      const before = await snapshotOfA(alice.organisationId, [alice.userId, amy.userId]);
      // A fresh session of B's admin for each call (sign-out procedures end theirs).
      const jar = memoryCookie();
      await h.as(jar).auth.signIn({ email: bob.email, password: bob.password });
      const { input, usedFixtures } = sampleInput(procedure.inputs, fixtures, procedure.path);

      const outcome = await callPath(h.as(jar), procedure.path, input).then(
        (value) => ({ ok: true as const, value }),
        (error: { code?: string; message?: string }) => ({ ok: false as const, error }),
      );

      const text = outcome.ok
        ? JSON.stringify(superjson.serialize(outcome.value))
        : String(outcome.error.message);
      // What the caller sent itself (inviting A's admin's address, say) is not a leak when echoed.
      const sent = JSON.stringify(input ?? null);
      for (const secret of secrets.filter((x) => !sent.includes(x))) expect(text).not.toContain(secret);
      const identifiers = usedFixtures.filter((f) => IDENTIFIER_FIELDS.includes(f));
      if (identifiers.length > 0 && identifiers.every((f) => PERSON_FIELDS.includes(f))) {
        // Naming A's member as an owner reads exactly like naming a stranger: not a member here.
        expect(outcome.ok ? "succeeded" : `${outcome.error.code} ${outcome.error.message}`).toMatch(
          /^(NOT_FOUND|FORBIDDEN|BAD_REQUEST .*is not a member of this organisation)/,
        );
      } else if (identifiers.length > 0) {
        expect(outcome.ok ? "succeeded" : outcome.error.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
      } else if (!outcome.ok) {
        expect(outcome.error.code).not.toBe("INTERNAL_SERVER_ERROR");
      }
      expect(await snapshotOfA(alice.organisationId, [alice.userId, amy.userId])).toBe(before);
    });
  }
});

describe("row-level security under a query that forgets its filter", () => {
  it("shows B's admin only B's people, invitations and sessions", async () => {
    const { withTenant } = await import("@airisk/db/tenancy");
    const seen = await withTenant(
      h.database.db,
      { tenantId: bob.organisationId, userId: bob.userId },
      async (tx) => ({
        users: rowsOf<{ id: string }>(await tx.execute(sql`select id from users`)).map((r) => r.id),
        invitationTenants: rowsOf<{ tenant_id: string }>(
          await tx.execute(sql`select tenant_id from invitations`),
        ).map((r) => r.tenant_id),
        sessionsOfOthers: rowsOf(
          await tx.execute(sql`select * from sessions where user_id <> ${bob.userId}`),
        ),
        credentials: rowsOf(await tx.execute(sql`select * from auth_credentials(${alice.email})`)).length,
      }),
    );
    expect(seen.users).toEqual([bob.userId]);
    expect(seen.invitationTenants.filter((t) => t !== bob.organisationId)).toEqual([]);
    expect(seen.sessionsOfOthers).toEqual([]);
    // The sign-in lookup answers for one e-mail only, and only what sign-in needs.
    expect(seen.credentials).toBe(1);
  });
});
