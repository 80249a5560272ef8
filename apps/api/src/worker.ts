import { ConfigError, loadEnv } from "#env.ts";
import { createLogger } from "#logger.ts";
import { openDatabase, StartupError } from "#server.ts";

/**
 * The worker entry (`pnpm start:worker`, the image's `worker` command). It opens and migrates the
 * same database as the API and waits for jobs. The job queue and its handlers (review reminders,
 * escalations) arrive with the reminders issue; until then the worker has nothing to run and says so.
 */
async function main(): Promise<void> {
  const env = loadEnv(process.env, process.cwd());
  const logger = createLogger(env);
  if (!env.databaseUrl) {
    throw new StartupError(
      "the worker needs DATABASE_URL: in embedded mode the jobs run inside the API process",
    );
  }
  const database = await openDatabase(env, logger);
  logger.info("worker started; no job handlers are registered yet");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker shutting down");
    database.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  // Keep the event loop alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`airisk worker: ${error.message}\n`);
  } else {
    process.stderr.write(
      `airisk worker: unexpected start-up failure\n${(error as Error)?.stack ?? String(error)}\n`,
    );
  }
  process.exit(1);
});
