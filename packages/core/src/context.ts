import type { Database, Tx } from "@airisk/db/client";
import type { Role } from "@airisk/domain/permissions";

/**
 * What every use case receives. `now` comes from the caller, never from the clock inside core,
 * so every date rule can be tested at any date.
 */
export type CoreContext = {
  database: Database;
  now: Date;
};

/** The member acting inside an organisation. */
export type Actor = { userId: string; role: Role };

/**
 * What a use case inside one organisation receives: a transaction already scoped to the tenant
 * (row-level security shows only its rows), who is acting, and the request's "now".
 */
export type TenantContext = {
  tx: Tx;
  tenantId: string;
  actor: Actor;
  now: Date;
};
