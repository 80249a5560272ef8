import { openFromEnv } from "@airisk/db/cli";
import { rowsOf } from "@airisk/db/client";
import { migrateDatabase } from "@airisk/db/migrate";
import { withAppRole } from "@airisk/db/tenancy";
import { sql } from "drizzle-orm";
import { signUp } from "#auth/accounts.ts";

/**
 * Seeds the demo once (idempotent): a demo user administering "Demo organisation", created through
 * the sign-up use case like any other account. Later issues add demo systems and risks here.
 * For development and demos only: the password is printed and public.
 */
const DEMO = {
  email: "demo@airisk.example",
  password: "airisk-demo-2026",
  name: "Dana Demo",
  organisationName: "Demo organisation",
} as const;

const database = await openFromEnv();
try {
  await migrateDatabase(database);
  const rows = rowsOf(
    await withAppRole(database.db, (tx) => tx.execute(sql`select id from auth_credentials(${DEMO.email})`)),
  );
  if (rows.length > 0) {
    console.log(`demo already seeded: sign in as ${DEMO.email} / ${DEMO.password}`);
  } else {
    await signUp({ database, now: new Date(), input: { ...DEMO } });
    console.log(`demo seeded: sign in as ${DEMO.email} / ${DEMO.password}`);
  }
} finally {
  await database.close();
}
