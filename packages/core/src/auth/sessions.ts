import type { Database, Tx } from "@airisk/db/client";
import { memberships, sessions, users } from "@airisk/db/schema";
import { enterUser, withScope } from "@airisk/db/tenancy";
import { and, eq } from "drizzle-orm";
import { generateId, generateSecret, hashSecret, secretMatches } from "#auth/tokens.ts";

/**
 * Sessions after the Lucia guide: the token is `<id>.<secret>`; the database keeps the id and the
 * secret's SHA-256 only, so a leaked table lets nobody in. Sessions slide: used within their 30
 * days, they are extended (at most once an hour, to spare writes).
 */
export const SESSION_LIFETIME_MS = 30 * 24 * 3600_000;
export const SESSION_REFRESH_AFTER_MS = 3600_000;

export type SessionToken = { token: string; expiresAt: Date };

export type ValidSession = {
  sessionId: string;
  userId: string;
  /** The organisation the session works in, if the user is still a member of it. */
  activeTenantId: string | null;
  expiresAt: Date;
  /** True when the expiry moved: the cookie must be set again. */
  refreshed: boolean;
};

/** Creates a session for a user; `tx` must be scoped to that user. */
export async function createSession(
  tx: Tx,
  { userId, activeTenantId, now }: { userId: string; activeTenantId: string | null; now: Date },
): Promise<SessionToken> {
  const id = generateId();
  const secret = generateSecret();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await tx.insert(sessions).values({
    id,
    secretHash: hashSecret(secret),
    userId,
    activeTenantId,
    createdAt: now,
    lastVerifiedAt: now,
    expiresAt,
  });
  return { token: `${id}.${secret}`, expiresAt };
}

/** The session a token stands for, or null (malformed, unknown, wrong secret, expired). */
export async function validateSession({
  database,
  token,
  now,
}: {
  database: Database;
  token: string;
  now: Date;
}): Promise<ValidSession | null> {
  return withSessionOf({ database, token, now }, async (_tx, session) => session);
}

/**
 * Validates a token and, in the same transaction (now scoped to the session's user), runs `fn`;
 * null when the token is not a live session. One transaction per authenticated read.
 */
export async function withSessionOf<T>(
  { database, token, now }: { database: Database; token: string; now: Date },
  fn: (tx: Tx, session: ValidSession) => Promise<T>,
): Promise<T | null> {
  const [id, secret, extra] = token.split(".");
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 128) return null;
  return withScope(database.db, { sessionId: id }, async (tx) => {
    const [row] = await tx.select().from(sessions).where(eq(sessions.id, id));
    if (!row || !secretMatches(secret, row.secretHash)) return null;
    if (row.expiresAt <= now) {
      await tx.delete(sessions).where(eq(sessions.id, id));
      return null;
    }
    await enterUser(tx, row.userId);
    let activeTenantId = row.activeTenantId;
    if (activeTenantId) {
      const [member] = await tx
        .select({ tenantId: memberships.tenantId })
        .from(memberships)
        .where(and(eq(memberships.tenantId, activeTenantId), eq(memberships.userId, row.userId)));
      if (!member) activeTenantId = null;
    }
    let expiresAt = row.expiresAt;
    let refreshed = false;
    if (now.getTime() - row.lastVerifiedAt.getTime() >= SESSION_REFRESH_AFTER_MS) {
      expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      refreshed = true;
      await tx
        .update(sessions)
        .set({ lastVerifiedAt: now, expiresAt, activeTenantId })
        .where(eq(sessions.id, id));
    }
    return fn(tx, { sessionId: id, userId: row.userId, activeTenantId, expiresAt, refreshed });
  });
}

export async function invalidateSession({
  database,
  sessionId,
}: {
  database: Database;
  sessionId: string;
}): Promise<void> {
  await withScope(database.db, { sessionId }, (tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
}

/** Ends every session of the user (sign out everywhere). */
export async function invalidateAllSessions({
  database,
  userId,
}: {
  database: Database;
  userId: string;
}): Promise<void> {
  await withScope(database.db, { userId }, (tx) => tx.delete(sessions).where(eq(sessions.userId, userId)));
}

/** Points the session at another organisation; membership is checked by the caller. */
export async function setActiveTenant(
  tx: Tx,
  { sessionId, tenantId }: { sessionId: string; tenantId: string | null },
): Promise<void> {
  await tx.update(sessions).set({ activeTenantId: tenantId }).where(eq(sessions.id, sessionId));
}

export async function userExists(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
  return row !== undefined;
}
