import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Database, createDb } from "#client.ts";
import { testEnv } from "#env.ts";
import { migrateDatabase } from "#migrate.ts";

export type TestDatabase = Database & { name: string };

/**
 * A fresh, migrated database for one suite: an in-memory PGlite, or, when `DATABASE_URL` is set, a
 * new database on that server that `close()` drops again.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testEnv.DATABASE_URL;
  if (!serverUrl) {
    const database = await createDb({ mode: "embedded", dataDir: undefined });
    await migrateDatabase(database);
    return { ...database, name: "pglite:memory" };
  }
  const name = `airisk_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDb({ mode: "postgres", url: url.toString(), maxConnections: 4 });
  await migrateDatabase(database);
  return {
    ...database,
    name,
    async close() {
      await database.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
