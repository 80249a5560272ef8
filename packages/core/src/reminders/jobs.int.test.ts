import { rowsOf } from "@airisk/db/client";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JobRunner, startJobRunner } from "#reminders/jobs.ts";
import { createReminderOrg, createSystemIn } from "#reminders/testing.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const quiet = { info() {}, warn() {}, error() {} };

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`the job queue (pg-boss on ${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("runs a sweep at start-up, then each system's review event, with the injected clock", async () => {
    const org = await createReminderOrg(database);
    const due = await createSystemIn(database, org, "operating.compliant", "2027-03-01");
    const later = await createSystemIn(database, org, "operating.compliant", "2027-03-20");
    const states = async () =>
      rowsOf<{ id: string; state: string }>(
        await database.db.execute(
          sql`select id, state from systems where tenant_id = ${org.tenantId} order by id`,
        ),
      );
    let runner: JobRunner | undefined;
    try {
      runner = await startJobRunner({
        database,
        connectionString: database.url,
        clock: () => new Date("2027-03-01T00:05:00Z"),
        log: quiet,
        pollingIntervalSeconds: 0.5,
        schedule: false,
      });
      await runner.sweepNow();
      const after = await until(states, (rows) => rows.some((r) => r.state === "operating.reviewDue"));
      expect(after.find((r) => r.id === due)?.state).toBe("operating.reviewDue");
      expect(after.find((r) => r.id === later)?.state).toBe("operating.compliant");
      const reminders = await until(
        async () =>
          rowsOf<{ n: number }>(
            await database.db.execute(
              sql`select count(*)::int as n from reminders where tenant_id = ${org.tenantId}`,
            ),
          )[0]?.n ?? 0,
        (n) => n >= 2,
      );
      // `later`: 19 days left, the 30-day reminder; `due`: its day came with no reminder sent yet,
      // so the last one (1 day) goes out now.
      expect(reminders).toBe(2);
    } finally {
      await runner?.stop(2_000);
    }
    // The database stays usable after the queue stopped (embedded: the PGlite is the caller's).
    expect((await states()).length).toBe(2);
  }, 60_000);
});
