import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO_PASSWORD, describeDemoCredentials, PERSONAS, seedDemo } from "@airisk/core/demo";
import { checkReadiness, describeUnsafeRole } from "@airisk/core/health";
import { createMailer, type JobRunner, startJobRunner } from "@airisk/core/reminders";
import { createDb, type Database, DatabaseOpenError } from "@airisk/db/client";
import { migrateDatabase } from "@airisk/db/migrate";
import { serve } from "@hono/node-server";
import { createApp } from "#app.ts";
import type { Env } from "#env.ts";
import type { Logger } from "#logger.ts";

/** A start-up failure an operator can fix; its message is the one line they see. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

export type RunningServer = {
  url: string;
  database: Database;
  /** Stop accepting, let in-flight requests finish (up to the timeout), close the database. */
  close(): Promise<void>;
};

/** Opens the database (PGlite or Postgres), migrates it, checks the request role, serves HTTP. */
export async function openDatabase(env: Env, logger: Logger): Promise<Database> {
  let database: Database;
  try {
    database = env.databaseUrl
      ? await createDb({ mode: "postgres", url: env.databaseUrl, maxConnections: env.databasePoolMax })
      : await createDb({ mode: "embedded", dataDir: env.dataDir });
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new StartupError(error.message);
    throw error;
  }
  try {
    await migrateDatabase(database);
    const readiness = await checkReadiness({ ctx: { database, now: new Date() } });
    if (!readiness.ready) {
      const unsafe = readiness.health && describeUnsafeRole(readiness.health.database.requestRole);
      throw new StartupError(`refusing to serve: ${unsafe ?? readiness.reason}`);
    }
    logger.info(
      {
        mode: database.mode,
        dataDir: database.dataDir,
        migrations: readiness.health.database.migrations,
        requestRole: readiness.health.database.requestRole.role,
      },
      "database ready",
    );
    return database;
  } catch (error) {
    await database.close();
    if (error instanceof StartupError) throw error;
    throw new StartupError(`cannot prepare the ${describeTarget(env)}: ${messageOf(error)}`);
  }
}

export async function startServer(env: Env, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(env, logger);
  if (database.mode === "embedded" && env.demo) await seedDemoOnFirstStart(database, logger);
  // Embedded mode has no separate worker (PGlite is one process's database): the job queue and its
  // handlers run here, on the same PGlite. On Postgres, `pnpm start:worker` runs them.
  let jobs: JobRunner | undefined;
  if (database.mode === "embedded") {
    try {
      jobs = await startJobs(env, database, logger);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  let accepting = true;
  const app = createApp({
    database,
    logger,
    webDist: env.webDist,
    isAccepting: () => accepting,
    cookieSecure: env.cookieSecure,
    trustProxy: env.trustProxy,
    publicOrigin: env.publicOrigin,
  });

  let server: Server;
  try {
    server = await listen(app.fetch, env.host, env.port);
  } catch (error) {
    await jobs?.stop(env.shutdownTimeoutMs);
    await database.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const url = `http://${env.host.includes(":") ? `[${env.host}]` : env.host}:${address.port}`;
  logger.info({ url, mode: database.mode }, "listening");

  let closing: Promise<void> | undefined;
  return {
    url,
    database,
    close() {
      closing ??= (async () => {
        accepting = false;
        if (env.shutdownDrainMs > 0) {
          logger.info(
            { ms: env.shutdownDrainMs },
            "draining: /readyz answers 503 before the listener closes",
          );
          await new Promise((resolve) => setTimeout(resolve, env.shutdownDrainMs));
        }
        const drained = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => {
          logger.warn("in-flight requests outlived the shutdown timeout; closing their connections");
          server.closeAllConnections();
        }, env.shutdownTimeoutMs);
        await drained;
        clearTimeout(timer);
        // Running jobs finish (up to the same timeout) before the database they write closes.
        await jobs?.stop(env.shutdownTimeoutMs);
        await database.close();
        logger.info("stopped");
      })();
      return closing;
    },
  };
}

/**
 * Starts the job queue and its handlers with the wall clock (reminder e-mail over SMTP_URL, or into
 * the outbox folder without it) and queues a catch-up sweep at once, and today's exposure snapshots
 * when some organisation has none yet.
 */
export async function startJobs(env: Env, database: Database, logger: Logger): Promise<JobRunner> {
  const mailer = createMailer({ smtpUrl: env.smtpUrl, outboxDir: env.outboxDir, from: env.mailFrom });
  const host = env.host.includes(":") ? `[${env.host}]` : env.host;
  const jobs = await startJobRunner({
    database,
    connectionString: env.databaseUrl,
    clock: () => new Date(),
    log: logger,
    mail: { mailer, publicOrigin: env.publicOrigin ?? `http://${host}:${env.port}` },
  });
  await jobs.sweepNow();
  const snapshot = await jobs.snapshotIfMissing();
  logger.info(
    { mode: database.mode, mail: mailer.target, snapshot: snapshot !== null },
    "job queue started: review sweep every 15 minutes and now, exposure snapshots daily",
  );
  return jobs;
}

/**
 * The first start of an embedded database creates the demo organisation (idempotent: later starts
 * find it and write nothing) and prints its credentials once: a log line, and a plain block when
 * stdout is a terminal (piped output stays JSON lines). A failure is logged and the app serves on.
 */
async function seedDemoOnFirstStart(database: Database, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    const demo = await seedDemo({ database, now: new Date() });
    const ms = Math.round(performance.now() - started);
    if (!demo.created) {
      logger.debug(
        { ms, systems: demo.systems },
        "demo organisation present (AIRISK_DEMO=0 skips the check)",
      );
      return;
    }
    logger.info(
      { ms, systems: demo.systems, members: demo.members, password: DEMO_PASSWORD },
      `demo organisation created: sign in as ${PERSONAS[0]?.email} / ${DEMO_PASSWORD} ` +
        "(one member per persona; AIRISK_DEMO=0 turns the demo off)",
    );
    if (process.stdout.isTTY) process.stdout.write(`\n${describeDemoCredentials()}\n\n`);
  } catch (error) {
    logger.error({ err: error }, "could not seed the demo organisation; serving without it");
  }
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"], host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }) as Server;
    server.once("listening", () => resolve(server));
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new StartupError(`port ${port} is already in use on ${host}; stop the other process or set PORT`),
        );
      } else if (error.code === "EACCES") {
        reject(new StartupError(`no permission to listen on ${host}:${port}; choose a PORT above 1023`));
      } else {
        reject(new StartupError(`cannot listen on ${host}:${port}: ${error.message}`));
      }
    });
  });
}

function describeTarget(env: Env): string {
  if (!env.databaseUrl) return `embedded database at ${env.dataDir}`;
  const url = new URL(env.databaseUrl);
  return `database ${url.pathname.slice(1) || "(default)"} at ${url.hostname}:${url.port || 5432}`;
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}
