import { sql } from "drizzle-orm";
import type { Db, Tx } from "#client.ts";

/** The role every request runs as: NOSUPERUSER NOBYPASSRLS, created by a migration. */
export const APP_ROLE = "airisk_app";

/**
 * Runs `fn` in a transaction as the application role, with no tenant selected: tenant tables show
 * nothing, global tables (users, sessions) obey the role's grants. For requests without a tenant.
 */
export async function withAppRole<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    return fn(tx);
  });
}

export type TenantScope = { tenantId: string; userId?: string | undefined };

/**
 * Runs `fn` in a transaction as the application role with `app.tenant_id` (and `app.user_id`) set
 * for this transaction only; row-level security then shows just that tenant's rows, whatever the
 * query inside forgets to filter.
 */
export async function withTenant<T>(db: Db, scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    await tx.execute(
      sql`select set_config('app.tenant_id', ${scope.tenantId}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`,
    );
    return fn(tx);
  });
}
