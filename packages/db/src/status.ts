import { sql } from "drizzle-orm";
import { type DbOrTx, rowsOf } from "#client.ts";
import { listMigrationFiles } from "#migrate.ts";

export type MigrationStatus = {
  /** Migrations recorded as applied in the database. */
  applied: number;
  /** Migrations this build ships. */
  expected: number;
  /**
   * True when every migration this build ships is applied. A database a newer release has already
   * migrated further still counts (rolling deploys: old processes keep serving expand-only changes).
   */
  current: boolean;
};

export async function readMigrationStatus(db: DbOrTx): Promise<MigrationStatus> {
  const files = listMigrationFiles();
  const expected = files.length;
  const newest = files.at(-1)?.folderMillis;
  const [table] = rowsOf<{ present: boolean }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`),
  );
  if (!table?.present) return { applied: 0, expected, current: expected === 0 };
  const [row] = rowsOf<{ applied: number | string; latest: number | string | null }>(
    await db.execute(
      sql`select count(*)::int as applied, max(created_at) as latest from drizzle.__drizzle_migrations`,
    ),
  );
  const applied = Number(row?.applied ?? 0);
  const latest = row?.latest == null ? undefined : Number(row.latest);
  return { applied, expected, current: newest === undefined || (latest !== undefined && latest >= newest) };
}

export type RoleSecurity = { role: string; superuser: boolean; bypassRls: boolean };

/** What the role running this transaction may do: requests must run as one that obeys RLS. */
export async function readRoleSecurity(db: DbOrTx): Promise<RoleSecurity> {
  const [row] = rowsOf<{ role: string; rolsuper: boolean; rolbypassrls: boolean }>(
    await db.execute(
      sql`select current_user as role, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    ),
  );
  if (!row) throw new Error("the current role is not in pg_roles");
  return { role: row.role, superuser: row.rolsuper, bypassRls: row.rolbypassrls };
}

export type ServerInfo = { version: string };

export async function readServerInfo(db: DbOrTx): Promise<ServerInfo> {
  const [row] = rowsOf<{ server_version: string }>(await db.execute(sql`show server_version`));
  return { version: row?.server_version ?? "" };
}
