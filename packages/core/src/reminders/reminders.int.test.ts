import { listAudit } from "@airisk/db/audit";
import { rowsOf } from "@airisk/db/client";
import { withTenant } from "@airisk/db/tenancy";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import type { Role } from "@airisk/domain/permissions";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "#context.ts";
import { listInbox, markRemindersRead } from "#reminders/inbox.ts";
import { applyReviewEvent } from "#reminders/review-events.ts";
import { sweepReviews } from "#reminders/sweep.ts";
import {
  createMitigation,
  createReminderOrg,
  createSystemIn,
  type ReminderFixture,
} from "#reminders/testing.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** The scheduler's run at 00:05 UTC on `day`. */
const at = (day: string): Date => new Date(`${day}T00:05:00Z`);

async function stateOf(org: ReminderFixture, id: string): Promise<{ state: string; version: number }> {
  const [row] = rowsOf<{ state: string; version: number }>(
    await database.db.execute(
      sql`select state, version from systems where tenant_id = ${org.tenantId} and id = ${id}`,
    ),
  );
  if (!row) throw new Error("no such system");
  return row;
}

type Reminder = {
  kind: string;
  recipient_id: string;
  subject_id: string;
  due_date: string;
  offset_days: number;
};
async function remindersOf(org: ReminderFixture, subjectId?: string): Promise<Reminder[]> {
  return rowsOf<Reminder>(
    await database.db.execute(sql`
      select kind, recipient_id, subject_id, due_date::text as due_date, offset_days from reminders
      where tenant_id = ${org.tenantId} ${subjectId ? sql`and subject_id = ${subjectId}` : sql``}
      order by kind, offset_days desc, recipient_id`),
  );
}

const eventsFor = (result: Awaited<ReturnType<typeof sweepReviews>>, org: ReminderFixture) =>
  result.events
    .filter((e) => e.tenantId === org.tenantId)
    .map((e) => ({ systemId: e.systemId, type: e.type }));

describe(`the review clock (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("finds due and overdue reviews, ignoring the not-yet-due, within-grace, retired and suspended", async () => {
    const org = await createReminderOrg(database);
    const due = await createSystemIn(database, org, "operating.compliant", "2027-03-01");
    const dueEarlier = await createSystemIn(database, org, "operating.compliant", "2027-02-10");
    await createSystemIn(database, org, "operating.compliant", "2027-03-02");
    const overdue = await createSystemIn(database, org, "operating.reviewDue", "2027-02-14");
    await createSystemIn(database, org, "operating.reviewDue", "2027-02-15"); // 14 days' grace: not yet
    await createSystemIn(database, org, "retired", "2026-01-01");
    await createSystemIn(database, org, "suspended", "2026-01-01");
    await createSystemIn(database, org, "operating.overdue", "2026-01-01"); // already overdue

    const result = await sweepReviews({ ctx: { database, now: at("2027-03-01") } });
    expect(eventsFor(result, org)).toEqual(
      expect.arrayContaining([
        { systemId: due, type: "REVIEW_DUE" },
        { systemId: dueEarlier, type: "REVIEW_DUE" },
        { systemId: overdue, type: "REVIEW_OVERDUE" },
      ]),
    );
    expect(eventsFor(result, org)).toHaveLength(3);
  });

  it("sends REVIEW_DUE and REVIEW_OVERDUE through the lifecycle as the scheduler, once", async () => {
    const org = await createReminderOrg(database);
    const system = await createSystemIn(database, org, "operating.compliant", "2027-03-01");
    const ctx = { database, now: at("2027-03-01") };
    const input = { tenantId: org.tenantId, systemId: system, type: "REVIEW_DUE" as const };

    expect(await applyReviewEvent({ ctx, input })).toBe("applied");
    expect(await stateOf(org, system)).toEqual({ state: "operating.reviewDue", version: 2 });
    // A retried or duplicated job finds the event no longer applies and writes nothing.
    expect(await applyReviewEvent({ ctx, input })).toBe("skipped");
    expect((await stateOf(org, system)).version).toBe(2);

    const overdue = { ...input, type: "REVIEW_OVERDUE" as const };
    // Inside the grace period (14 days, product policy) the review is not overdue yet.
    expect(await applyReviewEvent({ ctx: { database, now: at("2027-03-15") }, input: overdue })).toBe(
      "skipped",
    );
    expect(await applyReviewEvent({ ctx: { database, now: at("2027-03-16") }, input: overdue })).toBe(
      "applied",
    );
    expect(await stateOf(org, system)).toEqual({ state: "operating.overdue", version: 3 });

    const trail = await withTenant(database.db, { tenantId: org.tenantId }, (tx) =>
      listAudit(tx, { tenantId: org.tenantId, systemId: system }),
    );
    expect(
      trail.map((e) => ({
        action: e.action,
        role: e.actorRole,
        actor: e.actorId,
        to: e.toState,
        basis: e.basis,
      })),
    ).toEqual([
      {
        action: "lifecycle.REVIEW_DUE",
        role: "scheduler",
        actor: null,
        to: "operating.reviewDue",
        basis: "law",
      },
      {
        action: "lifecycle.REVIEW_OVERDUE",
        role: "scheduler",
        actor: null,
        to: "operating.overdue",
        basis: "law",
      },
    ]);
    expect(trail[0]?.reason).toContain("2027-03-01");
  });

  it("skips a review event for a system that was retired or whose review started meanwhile", async () => {
    const org = await createReminderOrg(database);
    const retired = await createSystemIn(database, org, "retired", "2027-03-01");
    const reviewing = await createSystemIn(database, org, "riskProcess.identification", "2027-03-01");
    const ctx = { database, now: at("2027-03-20") };
    for (const systemId of [retired, reviewing]) {
      for (const type of ["REVIEW_DUE", "REVIEW_OVERDUE"] as const) {
        expect(await applyReviewEvent({ ctx, input: { tenantId: org.tenantId, systemId, type } })).toBe(
          "skipped",
        );
      }
      expect((await stateOf(org, systemId)).version).toBe(1);
    }
  });

  it("takes the grace period from the organisation's profile", async () => {
    const org = await createReminderOrg(database, { reviewGraceDays: 0 });
    const system = await createSystemIn(database, org, "operating.reviewDue", "2027-03-01");
    expect(eventsFor(await sweepReviews({ ctx: { database, now: at("2027-03-01") } }), org)).toEqual([]);
    expect(eventsFor(await sweepReviews({ ctx: { database, now: at("2027-03-02") } }), org)).toEqual([
      { systemId: system, type: "REVIEW_OVERDUE" },
    ]);
  });
});

describe(`reminders and escalations (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("reminds the risk owner 30, 7 and 1 day before the review day, each once", async () => {
    const org = await createReminderOrg(database);
    const system = await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    const owner = org.members.riskOwner;
    const offsets = async () =>
      (await remindersOf(org, system)).map((r) => [r.kind, r.recipient_id, r.offset_days]);

    await sweepReviews({ ctx: { database, now: at("2027-02-28") } }); // 31 days before: nothing yet
    expect(await offsets()).toEqual([]);
    await sweepReviews({ ctx: { database, now: at("2027-03-01") } });
    await sweepReviews({ ctx: { database, now: at("2027-03-01") } }); // a rerun adds nothing
    await sweepReviews({ ctx: { database, now: at("2027-03-20") } }); // between two points: nothing new
    expect(await offsets()).toEqual([["review_due", owner, 30]]);
    await sweepReviews({ ctx: { database, now: at("2027-03-24") } });
    await sweepReviews({ ctx: { database, now: at("2027-03-30") } });
    await sweepReviews({ ctx: { database, now: at("2027-03-30") } });
    expect(await offsets()).toEqual([
      ["review_due", owner, 30],
      ["review_due", owner, 7],
      ["review_due", owner, 1],
    ]);
  });

  it("after days of downtime sends the latest reminder once, not every one it missed", async () => {
    const org = await createReminderOrg(database);
    const system = await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    const first = await sweepReviews({ ctx: { database, now: at("2027-03-27") } });
    const again = await sweepReviews({ ctx: { database, now: at("2027-03-27T12:00:00Z".slice(0, 10)) } });
    expect((await remindersOf(org, system)).map((r) => r.offset_days)).toEqual([7]);
    expect(first.reminders.review_due).toBeGreaterThanOrEqual(1);
    expect(again.reminders).toEqual({ review_due: 0, review_overdue: 0, mitigation_due: 0 });
  });

  it("sends the admins the reminders of a system without a risk owner; none for retired or suspended", async () => {
    const org = await createReminderOrg(database);
    const orphan = await createSystemIn(database, org, "operating.compliant", "2027-03-31", null);
    const retired = await createSystemIn(database, org, "retired", "2027-03-31");
    const suspended = await createSystemIn(database, org, "suspended", "2027-03-31");
    await sweepReviews({ ctx: { database, now: at("2027-03-30") } });
    expect((await remindersOf(org, orphan)).map((r) => r.recipient_id)).toEqual([org.members.admin]);
    expect(await remindersOf(org, retired)).toEqual([]);
    expect(await remindersOf(org, suspended)).toEqual([]);
  });

  it("escalates an overdue review to executives and admins, weekly until it is resolved", async () => {
    const org = await createReminderOrg(database);
    const system = await createSystemIn(database, org, "operating.reviewDue", "2027-03-01");
    const escalations = async () =>
      (await remindersOf(org, system)).filter((r) => r.kind === "review_overdue").map((r) => r.offset_days);
    await sweepReviews({ ctx: { database, now: at("2027-03-15") } }); // the last day of grace
    expect(await escalations()).toEqual([]);
    await sweepReviews({ ctx: { database, now: at("2027-03-16") } });
    await sweepReviews({ ctx: { database, now: at("2027-03-22") } });
    expect(await escalations()).toEqual([-15, -15]);
    const recipients = (await remindersOf(org, system)).map((r) => r.recipient_id).sort();
    expect(recipients).toEqual([org.members.admin, org.members.executive].sort());
    await sweepReviews({ ctx: { database, now: at("2027-03-23") } });
    await sweepReviews({ ctx: { database, now: at("2027-03-23") } });
    expect(await escalations()).toEqual([-15, -15, -22, -22]);
    // Resolved: a review cycle started, so no more escalations.
    await database.db.execute(
      sql`update systems set state = 'riskProcess.identification' where tenant_id = ${org.tenantId} and id = ${system}`,
    );
    await sweepReviews({ ctx: { database, now: at("2027-04-01") } });
    expect(await escalations()).toHaveLength(4);
  });

  it("reminds the owner of an open mitigation before its due date", async () => {
    const org = await createReminderOrg(database);
    const system = await createSystemIn(database, org, "riskProcess.mitigation", null);
    const owned = await createMitigation(database, org, system, "2027-05-10", org.members.admin);
    const unowned = await createMitigation(database, org, system, "2027-05-10");
    await sweepReviews({ ctx: { database, now: at("2027-05-09") } });
    await sweepReviews({ ctx: { database, now: at("2027-05-09") } });
    expect((await remindersOf(org, owned)).map((r) => [r.kind, r.recipient_id, r.offset_days])).toEqual([
      ["mitigation_due", org.members.admin, 1],
    ]);
    // Without an owner of its own, the system's risk owner hears.
    expect((await remindersOf(org, unowned)).map((r) => r.recipient_id)).toEqual([org.members.riskOwner]);
    await database.db.execute(
      sql`update mitigations set status = 'done', due_date = '2027-06-01' where tenant_id = ${org.tenantId} and id = ${owned}`,
    );
    await sweepReviews({ ctx: { database, now: at("2027-05-31") } });
    expect(await remindersOf(org, owned)).toHaveLength(1);
  });

  it("keeps each organisation's reminders to itself under row-level security", async () => {
    const a = await createReminderOrg(database);
    const b = await createReminderOrg(database);
    await createSystemIn(database, a, "operating.compliant", "2027-03-31");
    await sweepReviews({ ctx: { database, now: at("2027-03-30") } });
    const seen = await withTenant(database.db, { tenantId: b.tenantId }, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from reminders`)),
    );
    expect(seen[0]?.n).toBe(0);
  });
});

describe(`the inbox (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("lists the member's own reminders with the unread count, and marks them read", async () => {
    const org = await createReminderOrg(database);
    const system = await createSystemIn(database, org, "operating.reviewDue", "2027-03-01");
    const mitigation = await createMitigation(database, org, system, "2027-03-20", org.members.admin);
    await sweepReviews({ ctx: { database, now: at("2027-03-16") } });
    const as = <T>(
      member: keyof ReminderFixture["members"],
      role: Role,
      fn: (ctx: TenantContext) => Promise<T>,
    ) =>
      withTenant(database.db, { tenantId: org.tenantId, userId: org.members[member] }, (tx) =>
        fn({
          tx,
          tenantId: org.tenantId,
          actor: { userId: org.members[member], role },
          now: at("2027-03-16"),
        }),
      );

    const inbox = await as("admin", "admin", (ctx) => listInbox({ ctx }));
    expect(inbox.unread).toBe(2);
    expect(inbox.items.map((i) => [i.kind, i.subjectId, i.offsetDays, i.readAt])).toEqual(
      expect.arrayContaining([
        ["review_overdue", system, -15, null],
        ["mitigation_due", mitigation, 7, null],
      ]),
    );
    expect(inbox.items.find((i) => i.kind === "mitigation_due")?.mitigationAction).toBe("fix it");
    expect(inbox.items.every((i) => i.systemName.startsWith("System operating.reviewDue"))).toBe(true);

    const escalation = inbox.items.find((i) => i.kind === "review_overdue")?.id as string;
    expect(
      await as("admin", "admin", (ctx) => markRemindersRead({ ctx, input: { ids: [escalation] } })),
    ).toEqual({
      updated: 1,
      unread: 1,
    });
    expect(
      (await as("admin", "admin", (ctx) => listInbox({ ctx, input: { unreadOnly: true } }))).items,
    ).toHaveLength(1);
    // Someone else's reminder is not the executive's to read: NOT_FOUND, nothing marked.
    await expect(
      as("executive", "executive", (ctx) => markRemindersRead({ ctx, input: { ids: [escalation] } })),
    ).rejects.toThrow(/reminder was not found/);
    expect((await as("executive", "executive", (ctx) => listInbox({ ctx }))).unread).toBe(1);
    expect((await as("viewer", "viewer", (ctx) => listInbox({ ctx }))).items).toEqual([]);
  });
});
