import type { Database } from "@airisk/db/client";
import { rowsOf } from "@airisk/db/client";
import { exposureSnapshots } from "@airisk/db/schema";
import { withTenant } from "@airisk/db/tenancy";
import { sql } from "drizzle-orm";
import type { TenantContext } from "#context.ts";
import { dashboardExposure } from "#dashboard/exposure.ts";
import { isoDay } from "#systems/facts.ts";

/** Who the snapshot job acts as inside an organisation: nobody (it only reads and records). */
const SNAPSHOTTER: TenantContext["actor"] = {
  userId: "00000000-0000-0000-0000-000000000000",
  role: "viewer",
};

export type SnapshotResult = {
  day: string;
  /** Organisations whose snapshot for `day` was written (or replaced). */
  recorded: number;
  /** Organisations whose snapshot failed (logged by the caller; the others are still recorded). */
  failed: Array<{ tenantId: string; error: unknown }>;
};

/**
 * The daily exposure snapshot behind the dashboard's 12-month trend, run by the scheduler once a
 * day and at worker start when today's is missing. Lists the organisations as the schema's owner
 * (migration 0008's `organisations_scheduler`), then, for each, computes `dashboardExposure` as of
 * today in its reporting currency inside that tenant (as airisk_app, row-level security showing
 * only its rows) and upserts the row for (tenant, day, currency): re-running the same day replaces
 * it, so a retried or duplicated job is harmless. One transaction per organisation: one failing
 * does not stop the others.
 */
export async function recordExposureSnapshots({
  database,
  now,
  tenantIds,
}: {
  database: Database;
  now: Date;
  /** Only these organisations (tests, a manual re-run); default every organisation. */
  tenantIds?: readonly string[];
}): Promise<SnapshotResult> {
  const day = isoDay(now);
  const ids =
    tenantIds ??
    rowsOf<{ id: string }>(await database.db.execute(sql`select id from organisations order by id`)).map(
      (r) => r.id,
    );
  const result: SnapshotResult = { day, recorded: 0, failed: [] };
  for (const tenantId of ids) {
    try {
      await withTenant(database.db, { tenantId }, async (tx) => {
        const ctx: TenantContext = { tx, tenantId, actor: SNAPSHOTTER, now };
        const exposure = await dashboardExposure({ ctx, input: { asOf: day } });
        const row = {
          tenantId,
          day,
          currency: exposure.currency,
          totalMinor: BigInt(exposure.total.amountMinor),
          complete: exposure.complete,
          lines: exposure.linesTotal,
          systems: exposure.systemsWithLines,
        };
        await tx
          .insert(exposureSnapshots)
          .values(row)
          .onConflictDoUpdate({
            target: [exposureSnapshots.tenantId, exposureSnapshots.day, exposureSnapshots.currency],
            set: {
              totalMinor: row.totalMinor,
              complete: row.complete,
              lines: row.lines,
              systems: row.systems,
              createdAt: sql`now()`,
            },
          });
      });
      result.recorded += 1;
    } catch (error) {
      result.failed.push({ tenantId, error });
    }
  }
  return result;
}

/**
 * Whether some organisation has no snapshot for today (in any currency): the worker's start-up
 * check, so a restart does not recompute every organisation's exposure when today's are recorded.
 * One query as the schema's owner (migration 0013 lets it read every organisation's snapshots).
 */
export async function snapshotsMissing({
  database,
  now,
}: {
  database: Database;
  now: Date;
}): Promise<boolean> {
  const [row] = rowsOf<{ missing: boolean }>(
    await database.db.execute(sql`
      select exists (
        select 1 from organisations o
        where not exists (
          select 1 from ${exposureSnapshots} s where s.tenant_id = o.id and s.day = ${isoDay(now)})
      ) as missing`),
  );
  return Boolean(row?.missing);
}
