import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "#client.ts";

/** The committed SQL migrations; the same files serve PGlite and Postgres. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

export type MigrationFile = { hash: string; folderMillis: number };

export function listMigrationFiles(): MigrationFile[] {
  return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => ({
    hash: m.hash,
    folderMillis: m.folderMillis,
  }));
}

/**
 * Applies pending migrations. On Postgres it holds an advisory lock on one connection, so several
 * API and worker processes starting together apply each migration exactly once.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.withExclusiveConnection(async (db) => {
    const config = { migrationsFolder: MIGRATIONS_FOLDER };
    if (database.mode === "embedded") {
      await migratePglite(db as unknown as PgliteDatabase, config);
    } else {
      await migratePostgres(db as unknown as PostgresJsDatabase, config);
    }
  });
}
