import { eq } from "drizzle-orm";
import { openFromEnv } from "#cli/open.ts";
import { migrateDatabase } from "#migrate.ts";
import { organisations } from "#schema/index.ts";

/**
 * Seeds the demo organisation once (idempotent: run it as often as you like). Demo people, systems
 * and risks are added by the issues that bring those tables.
 */
export const DEMO_ORGANISATION = "Demo organisation";

const database = await openFromEnv();
try {
  await migrateDatabase(database);
  const existing = await database.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, DEMO_ORGANISATION));
  if (existing.length === 0) {
    await database.db.insert(organisations).values({ name: DEMO_ORGANISATION });
    console.log(`seeded: ${DEMO_ORGANISATION}`);
  } else {
    console.log(`already seeded: ${DEMO_ORGANISATION}`);
  }
} finally {
  await database.close();
}
