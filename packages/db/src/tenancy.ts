import { sql } from "drizzle-orm";
import type { Db, Tx } from "#client.ts";

/** The role every request runs as: NOSUPERUSER NOBYPASSRLS, created by a migration. */
export const APP_ROLE = "airisk_app";

/**
 * What row-level security lets a transaction see. Each is set per transaction with a bound
 * parameter; unset ones match nothing.
 * - `tenantId`: the active organisation: its rows of every tenant table.
 * - `userId`: the signed-in user: their own user row, sessions and memberships everywhere.
 * - `sessionId`: the session being validated (before its user is known).
 */
export type Scope = {
  tenantId?: string | undefined;
  userId?: string | undefined;
  sessionId?: string | undefined;
};

/** Runs `fn` in a transaction as the application role within `scope`. */
export async function withScope<T>(db: Db, scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE; the others are the scope.
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true),
                 set_config('app.tenant_id', ${scope.tenantId ?? ""}, true),
                 set_config('app.user_id', ${scope.userId ?? ""}, true),
                 set_config('app.session_id', ${scope.sessionId ?? ""}, true)`,
    );
    return fn(tx);
  });
}

/** As the application role with nothing selected: tenant tables show nothing. */
export async function withAppRole<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withScope(db, {}, fn);
}

export type TenantScope = { tenantId: string; userId?: string | undefined };

/**
 * As the application role inside one tenant: row-level security shows just that tenant's rows,
 * whatever a query inside forgets to filter.
 */
export async function withTenant<T>(db: Db, scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withScope(db, scope, fn);
}

/** Within a scoped transaction, makes `userId` the signed-in user once it is known. */
export async function enterUser(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
}
