import { rowsOf } from "@airisk/db/client";
import { withTenant } from "@airisk/db/tenancy";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "#context.ts";
import { dashboardExposure } from "#dashboard/exposure.ts";
import { recordExposureSnapshots, snapshotsMissing } from "#dashboard/snapshots.ts";
import { seedScale } from "#demo/scale.ts";
import { DEFAULT_SNAPSHOT_CRON, type JobRunner, QUEUES, startJobRunner } from "#reminders/jobs.ts";

const NOW = new Date("2026-11-25T08:00:00Z");
const quiet = { info() {}, warn() {}, error() {} };
const VIEWER: TenantContext["actor"] = { userId: "00000000-0000-0000-0000-000000000000", role: "viewer" };

let database: TestDatabase;
let tenants: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  const seeded = await seedScale({ database, now: NOW, tenants: 2, systemsPerTenant: 8, label: "Snap" });
  tenants = seeded.tenants.map((t) => t.id);
  // The second organisation reports in euros.
  await database.db.execute(
    sql`update organisations set profile = profile || '{"reportingCurrency":"EUR"}'::jsonb where id = ${tenants[1]}`,
  );
}, 120_000);
afterAll(async () => {
  await database?.close();
});

type Row = { tenant_id: string; day: string; currency: string; total_minor: string; lines: number };
const rows = async () =>
  rowsOf<Row>(
    await database.db.execute(
      sql`select tenant_id, day::text as day, currency, total_minor::text as total_minor, lines
          from exposure_snapshots order by tenant_id, day, currency`,
    ),
  );
const exposureOf = (tenantId: string, now: Date) =>
  withTenant(database.db, { tenantId }, (tx) =>
    dashboardExposure({ ctx: { tx, tenantId, actor: VIEWER, now }, input: {} }),
  );

describe(`exposure snapshots (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("records today's exposure of every organisation in its reporting currency", async () => {
    expect(await snapshotsMissing({ database, now: NOW })).toBe(true);
    const result = await recordExposureSnapshots({ database, now: NOW });
    expect(result).toMatchObject({ day: "2026-11-25", recorded: 2, failed: [] });
    expect(await snapshotsMissing({ database, now: NOW })).toBe(false);
    const written = await rows();
    expect(written).toHaveLength(2);
    for (const tenantId of tenants) {
      const exposure = await exposureOf(tenantId, NOW);
      const row = written.find((r) => r.tenant_id === tenantId);
      expect(row).toMatchObject({
        day: "2026-11-25",
        currency: exposure.currency,
        total_minor: exposure.total.amountMinor,
        lines: exposure.linesTotal,
      });
    }
    expect(written.map((r) => r.currency).sort()).toEqual(["EUR", "KZT"]);
    // A new day is missing again.
    expect(await snapshotsMissing({ database, now: new Date("2026-11-26T08:00:00Z") })).toBe(true);
  });

  it("is idempotent: re-running the same day replaces the row", async () => {
    const before = await rows();
    await database.db.execute(sql`update exposure_snapshots set total_minor = 1, lines = -1`);
    const again = await recordExposureSnapshots({ database, now: new Date("2026-11-25T23:00:00Z") });
    expect(again.recorded).toBe(2);
    expect(await rows()).toEqual(before);
  });

  it("each organisation's row is visible inside that tenant only", async () => {
    const [a, b] = tenants as [string, string];
    const seen = await withTenant(database.db, { tenantId: a }, async (tx) =>
      rowsOf<{ tenant_id: string }>(await tx.execute(sql`select tenant_id from exposure_snapshots`)),
    );
    expect(seen.map((r) => r.tenant_id)).toEqual([a]);
    await expect(
      withTenant(database.db, { tenantId: a }, (tx) =>
        tx.execute(sql`insert into exposure_snapshots (tenant_id, day, currency, total_minor, complete, lines, systems)
                       values (${b}, '2026-01-01', 'KZT', 0, true, 0, 0)`),
      ),
    ).rejects.toThrow();
  });

  it("the job queue registers the daily snapshot and runs it at start when today's is missing", async () => {
    const next = new Date("2026-11-27T00:20:00Z");
    let runner: JobRunner | undefined;
    try {
      runner = await startJobRunner({
        database,
        connectionString: database.url,
        clock: () => next,
        log: quiet,
        pollingIntervalSeconds: 0.5,
      });
      const schedules = await runner.boss.getSchedules(QUEUES.exposureSnapshot);
      expect(schedules.map((s) => s.cron)).toEqual([DEFAULT_SNAPSHOT_CRON]);
      expect(await runner.snapshotIfMissing()).not.toBeNull();
      const deadline = Date.now() + 20_000;
      let days: string[] = [];
      while (Date.now() < deadline) {
        days = (await rows()).filter((r) => r.day === "2026-11-27").map((r) => r.tenant_id);
        if (days.length === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(days.sort()).toEqual([...tenants].sort());
      expect(await runner.snapshotIfMissing()).toBeNull();
    } finally {
      await runner?.stop(2_000);
    }
  }, 60_000);
});
