import type { DbMode } from "@airisk/db/client";
import {
  type MigrationStatus,
  type RoleSecurity,
  readMigrationStatus,
  readRoleSecurity,
  readServerInfo,
} from "@airisk/db/status";
import { withAppRole } from "@airisk/db/tenancy";
import { catalogueVersion } from "@airisk/regulations/catalogue";
import type { CoreContext } from "#context.ts";

export type Health = {
  checkedAt: Date;
  catalogueVersion: string;
  database: {
    mode: DbMode;
    serverVersion: string;
    migrations: MigrationStatus;
    requestRole: RoleSecurity;
  };
};

/**
 * The database as a request sees it: read through the application role, so a reachable answer also
 * proves the role exists and may read what it must.
 */
export async function readHealth({ ctx }: { ctx: CoreContext }): Promise<Health> {
  const { database } = ctx;
  return withAppRole(database.db, async (tx) => ({
    checkedAt: ctx.now,
    catalogueVersion,
    database: {
      mode: database.mode,
      serverVersion: (await readServerInfo(tx)).version,
      migrations: await readMigrationStatus(tx),
      requestRole: await readRoleSecurity(tx),
    },
  }));
}

export type Readiness = { ready: true; health: Health } | { ready: false; reason: string; health?: Health };

/** Ready = database reachable, every shipped migration applied, and the request role obeys RLS. */
export async function checkReadiness({ ctx }: { ctx: CoreContext }): Promise<Readiness> {
  let health: Health;
  try {
    health = await readHealth({ ctx });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ready: false, reason: `database unreachable: ${reason}` };
  }
  const { migrations, requestRole } = health.database;
  if (!migrations.current) {
    return {
      ready: false,
      reason: `migrations pending: ${migrations.applied} of ${migrations.expected} applied`,
      health,
    };
  }
  const unsafe = describeUnsafeRole(requestRole);
  if (unsafe) return { ready: false, reason: unsafe, health };
  return { ready: true, health };
}

/** Why the request role must not serve, or undefined when it obeys row-level security. */
export function describeUnsafeRole(role: RoleSecurity): string | undefined {
  if (role.superuser) return `request role ${role.role} is a superuser and would bypass row-level security`;
  if (role.bypassRls) return `request role ${role.role} has BYPASSRLS and would bypass row-level security`;
  return undefined;
}
