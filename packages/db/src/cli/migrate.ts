import { openFromEnv } from "#cli/open.ts";
import { migrateDatabase } from "#migrate.ts";
import { readMigrationStatus } from "#status.ts";

const database = await openFromEnv();
try {
  await migrateDatabase(database);
  const status = await readMigrationStatus(database.db);
  console.log(
    `migrations applied on ${database.mode === "embedded" ? database.dataDir : "Postgres"}: ${status.applied} of ${status.expected}`,
  );
} finally {
  await database.close();
}
