import { ConfigError, loadEnv } from "#env.ts";
import { createLogger } from "#logger.ts";
import { StartupError, startServer } from "#server.ts";

/**
 * The API host's entry. Operator mistakes (configuration, port, database) end the process with
 * one plain line on stderr and exit code 1; anything else is a bug and is logged in full.
 */
async function main(): Promise<void> {
  const env = loadEnv(process.env, process.cwd());
  const logger = createLogger(env);
  const server = await startServer(env, logger);

  // Handlers stay installed for the whole shutdown: under a terminal and `node --watch` the same
  // Ctrl-C arrives twice, and an unhandled second signal would kill us before PGlite is closed.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.info({ signal }, "already shutting down");
      return;
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`airisk: ${error.message}\n`);
  } else {
    process.stderr.write(
      `airisk: unexpected start-up failure\n${(error as Error)?.stack ?? String(error)}\n`,
    );
  }
  process.exit(1);
});
