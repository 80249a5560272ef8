import { loadCliEnv } from "#cli/env.ts";
import { createDb, type Database, DatabaseOpenError } from "#client.ts";

export async function openFromEnv(): Promise<Database> {
  const env = loadCliEnv();
  try {
    return env.databaseUrl
      ? await createDb({ mode: "postgres", url: env.databaseUrl })
      : await createDb({ mode: "embedded", dataDir: env.dataDir });
  } catch (error) {
    if (error instanceof DatabaseOpenError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
