import { ConfigError, loadEnv } from "#env.ts";
import { createLogger } from "#logger.ts";
import { openDatabase, StartupError, startJobs } from "#server.ts";

/**
 * The worker entry (`pnpm start:worker`, the image's `worker` command). It opens and migrates the
 * same database as the API and runs the job queue (pg-boss, in the same database): the review
 * sweep every 15 minutes and once at start, the review events it finds, and the daily exposure
 * snapshots (at 00:15 UTC, and at start when some organisation has none for today). Any number of
 * workers and API processes may run side by side: each job is fetched by one worker.
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
  let jobs: Awaited<ReturnType<typeof startJobs>>;
  try {
    jobs = await startJobs(env, database, logger);
  } catch (error) {
    await database.close();
    throw new StartupError(`cannot start the job queue: ${(error as Error)?.message ?? String(error)}`);
  }
  logger.info("worker started");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker shutting down");
    // Running jobs get SHUTDOWN_TIMEOUT_MS to finish; an unfinished one is retried by another worker.
    jobs
      .stop(env.shutdownTimeoutMs)
      .catch((error: unknown) => logger.error({ err: error }, "job queue did not stop cleanly"))
      .then(() => database.close())
      .then(() => process.exit(0));
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
