import type { Database } from "@airisk/db/client";
import { systems } from "@airisk/db/schema";
import { withTenant } from "@airisk/db/tenancy";
import { PROFILE_DEFAULTS } from "@airisk/domain/organisation";
import { addDays, formatISO, parseISO } from "date-fns";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { TenantContext } from "#context.ts";
import { isoDay, loadOrgSettings } from "#systems/facts.ts";
import { applyEvent } from "#systems/systems.ts";

export const ReviewEventInput = z.object({
  tenantId: z.uuid(),
  systemId: z.uuid(),
  type: z.enum(["REVIEW_DUE", "REVIEW_OVERDUE"]),
});
export type ReviewEventInput = z.infer<typeof ReviewEventInput>;

/**
 * Who the scheduler is inside a tenant's transaction. Its events carry `actor: { kind: "scheduler" }`
 * (the audit entry records no user and the role "scheduler"); this member-shaped stand-in is never
 * used for a permission and never written (the nil id is not a user).
 */
const SCHEDULER: TenantContext["actor"] = { userId: "00000000-0000-0000-0000-000000000000", role: "viewer" };

export type ReviewEventOutcome = "applied" | "skipped";

/**
 * The handler of a `review-due` / `review-overdue` job: sends REVIEW_DUE or REVIEW_OVERDUE to one
 * system through `applyEvent` inside the tenant's transaction, so the lifecycle and the audit trail
 * record it like any other transition. Idempotent: the dates are checked again as of `now`, and a
 * system no longer in the state the event leaves (a review started, a retry after success, a
 * duplicate job) is skipped without writing anything.
 */
export async function applyReviewEvent({
  ctx,
  input,
}: {
  ctx: { database: Database; now: Date };
  input: ReviewEventInput;
}): Promise<ReviewEventOutcome> {
  const { tenantId, systemId, type } = ReviewEventInput.parse(input);
  return withTenant(ctx.database.db, { tenantId }, async (tx) => {
    const tctx: TenantContext = { tx, tenantId, actor: SCHEDULER, now: ctx.now };
    const [row] = await tx
      .select()
      .from(systems)
      .where(and(eq(systems.tenantId, tenantId), eq(systems.id, systemId)));
    if (!row?.nextReviewAt) return "skipped";
    const today = isoDay(ctx.now);
    let reason: string;
    if (type === "REVIEW_DUE") {
      if (row.state !== "operating.compliant" || row.nextReviewAt > today) return "skipped";
      reason = `review due on ${row.nextReviewAt} (risks are updated at least yearly, AI Law Art. 18(1))`;
    } else {
      const { profile } = await loadOrgSettings(tctx);
      const grace = profile.reviewGraceDays ?? PROFILE_DEFAULTS.reviewGraceDays;
      const overdueAfter = formatISO(addDays(parseISO(row.nextReviewAt), grace), { representation: "date" });
      if (row.state !== "operating.reviewDue" || overdueAfter >= today) return "skipped";
      reason =
        `review was due on ${row.nextReviewAt} and not started within ${grace} days ` +
        "(grace period: product policy; yearly review: AI Law Art. 18(1))";
    }
    const after = await applyEvent(tctx, row, {
      type,
      expectedVersion: row.version,
      reason,
      basis: "law",
      actor: { kind: "scheduler" },
      onlyIfPossible: true,
    });
    return after.version === row.version ? "skipped" : "applied";
  });
}
