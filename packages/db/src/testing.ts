import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type Database } from "#client.ts";
import { testEnv } from "#env.ts";
import { migrateDatabase } from "#migrate.ts";

export type TestDatabase = Database & {
  name: string;
  /** The server URL of this database; undefined for the in-memory PGlite. */
  url: string | undefined;
};

/**
 * A fresh, migrated database for one suite: an in-memory PGlite, or, when `DATABASE_URL` is set, a
 * new database on that server that `close()` drops again.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testEnv.DATABASE_URL;
  if (!serverUrl) {
    const database = await createDb({ mode: "embedded", dataDir: undefined });
    await migrateDatabase(database);
    return { ...database, name: "pglite:memory", url: undefined };
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
  const drop = async () => {
    const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
    try {
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end();
    }
  };
  const database = await createDb({ mode: "postgres", url: url.toString(), maxConnections: 4 });
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    await drop();
    throw error;
  }
  return {
    ...database,
    name,
    url: url.toString(),
    async close() {
      await database.close();
      await drop();
    },
  };
}
