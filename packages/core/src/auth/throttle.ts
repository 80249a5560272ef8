import type { Tx } from "@airisk/db/client";
import { authThrottle } from "@airisk/db/schema";
import { TooManyRequestsError } from "@airisk/domain/errors";
import { eq, sql } from "drizzle-orm";

/**
 * Sign-in throttling (product policy, OWASP guidance): failures are counted per account and per
 * client address within a 15-minute window. From the threshold on, each further failure locks the
 * key for 30 s, doubling, at most 15 minutes. A success clears the account's count.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  thresholds: { account: 5, ip: 20 },
} as const;

export type ThrottleKey = { kind: keyof typeof THROTTLE.thresholds; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`;

/** Throws TooManyRequestsError with the seconds to wait when any key is locked at `now`. */
export async function assertNotThrottled(tx: Tx, keys: ThrottleKey[], now: Date): Promise<void> {
  let waitMs = 0;
  for (const key of keys) {
    const [row] = await tx
      .select()
      .from(authThrottle)
      .where(eq(authThrottle.key, keyOf(key)));
    if (row?.lockedUntil && row.lockedUntil > now) {
      waitMs = Math.max(waitMs, row.lockedUntil.getTime() - now.getTime());
    }
  }
  if (waitMs > 0) throw new TooManyRequestsError(Math.ceil(waitMs / 1000));
}

export async function recordFailure(tx: Tx, keys: ThrottleKey[], now: Date): Promise<void> {
  // Raw SQL parameters travel as text on both drivers: pass instants as ISO strings, cast in SQL.
  const windowStart = sql`${new Date(now.getTime() - THROTTLE.windowMs).toISOString()}::timestamptz`;
  const nowAt = sql`${now.toISOString()}::timestamptz`;
  for (const key of keys) {
    const [row] = await tx
      .insert(authThrottle)
      .values({ key: keyOf(key), failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: authThrottle.key,
        set: {
          failures: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then 1 else ${authThrottle.failures} + 1 end`,
          windowStartedAt: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then ${nowAt} else ${authThrottle.windowStartedAt} end`,
        },
      })
      .returning({ failures: authThrottle.failures });
    const over = (row?.failures ?? 0) - THROTTLE.thresholds[key.kind];
    if (over >= 0) {
      const lockMs = Math.min(THROTTLE.baseLockMs * 2 ** over, THROTTLE.maxLockMs);
      await tx
        .update(authThrottle)
        .set({ lockedUntil: new Date(now.getTime() + lockMs) })
        .where(eq(authThrottle.key, keyOf(key)));
    }
  }
}

export async function clearFailures(tx: Tx, key: ThrottleKey): Promise<void> {
  await tx.delete(authThrottle).where(eq(authThrottle.key, keyOf(key)));
}
