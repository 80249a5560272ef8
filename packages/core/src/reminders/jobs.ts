import type { Database } from "@airisk/db/client";
import { fromPglite, type JobInsert, type PGliteLike, PgBoss } from "pg-boss";
import { recordExposureSnapshots, snapshotsMissing } from "#dashboard/snapshots.ts";
import { DeliverEmailInput, deliverReminderEmail, type Mailer, pendingEmails } from "#reminders/email.ts";
import { applyReviewEvent, ReviewEventInput } from "#reminders/review-events.ts";
import { sweepReviews } from "#reminders/sweep.ts";

/** The queues the scheduler uses; pg-boss keeps them in its own schema of the same database. */
export const QUEUES = {
  sweep: "review-sweep",
  reviewEvent: "review-event",
  deliverEmail: "deliver-email",
  exposureSnapshot: "exposure-snapshot",
} as const;

/** Every 15 minutes (product policy): a review day is noticed within a quarter of an hour. */
export const DEFAULT_SWEEP_CRON = "*/15 * * * *";

/** Daily at 00:15 UTC: each organisation's exposure snapshot for the dashboard's trend. */
export const DEFAULT_SNAPSHOT_CRON = "15 0 * * *";

/** The few logger methods the runner uses (pino's shape, without depending on pino). */
export type JobLog = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

export type JobRunnerOptions = {
  database: Database;
  /**
   * Postgres: the server URL (pg-boss opens a small pool of its own). Unset in embedded mode, where
   * pg-boss shares the API process's PGlite through its adapter.
   */
  connectionString?: string | undefined;
  /** The edge's clock: a job's `now` is read here when it starts, never inside core's verbs. */
  clock: () => Date;
  log: JobLog;
  sweepCron?: string;
  snapshotCron?: string;
  /** How often an idle worker polls for jobs (seconds, at least 0.5). */
  pollingIntervalSeconds?: number;
  /** Register the recurring sweep and daily snapshot (default true). */
  schedule?: boolean;
  /** E-mail each reminder (a `deliver-email` job per reminder); without it the inbox only. */
  mail?: { mailer: Mailer; publicOrigin: string } | undefined;
  /** The first retry of a failed e-mail (seconds), doubling each time (default 60). */
  emailRetryDelaySeconds?: number;
};

export type JobRunner = {
  boss: PgBoss;
  /** Queues a sweep now (at most one is queued or running at a time); resolves to its job id. */
  sweepNow(): Promise<string | null>;
  /** Queues today's exposure snapshots now (at most one queued or running); resolves to its job id. */
  snapshotNow(): Promise<string | null>;
  /** Queues them only when some organisation has none for today (the start-up catch-up). */
  snapshotIfMissing(): Promise<string | null>;
  /** Stops fetching, lets running handlers finish (up to `timeoutMs`), closes pg-boss's pool. */
  stop(timeoutMs?: number): Promise<void>;
};

/**
 * Starts the job queue and its handlers on the application's database: pg-boss on Postgres (any
 * number of API and worker processes share it: a job is fetched by one with SKIP LOCKED, the cron
 * sends each occurrence once) or on the embedded PGlite inside the API process. Queues a sweep at
 * once, so a start after downtime catches up without waiting for the next occurrence.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { database, clock, log } = options;
  const boss =
    database.mode === "embedded"
      ? new PgBoss({
          db: fromPglite((database.db as unknown as { $client: PGliteLike }).$client),
          backend: "pglite",
          schedule: options.schedule ?? true,
        })
      : new PgBoss({
          connectionString: requireUrl(options.connectionString),
          max: 3,
          application_name: "airisk-jobs",
          schedule: options.schedule ?? true,
        });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();

  // `exclusive`: one job queued or active per key, so a sweep that overlaps the last one, or a
  // system found again before its event ran, does not pile up duplicates.
  await boss.createQueue(QUEUES.sweep, { policy: "exclusive", retryLimit: 3, retryBackoff: true });
  await boss.createQueue(QUEUES.reviewEvent, {
    policy: "exclusive",
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
  });

  await boss.createQueue(QUEUES.exposureSnapshot, { policy: "exclusive", retryLimit: 3, retryBackoff: true });
  await boss.createQueue(QUEUES.deliverEmail, {
    policy: "exclusive",
    retryLimit: 4,
    retryDelay: options.emailRetryDelaySeconds ?? 60,
    retryBackoff: true,
  });

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work(QUEUES.sweep, polling, async ([job]) => {
    const now = clock();
    const started = performance.now();
    const result = await sweepReviews({ ctx: { database, now } });
    await insertInChunks(
      boss,
      QUEUES.reviewEvent,
      result.events.map((e) => ({
        data: { tenantId: e.tenantId, systemId: e.systemId, type: e.type },
        singletonKey: `${e.tenantId}:${e.systemId}`,
      })),
    );
    // Every e-mail still owed, not only this sweep's: one lost between a commit and its job (a
    // crash) is queued again; a queued or running one is not doubled (one job per reminder id).
    const emails = options.mail ? await pendingEmails(database) : [];
    await insertInChunks(
      boss,
      QUEUES.deliverEmail,
      emails.map((e) => ({ data: e, singletonKey: e.reminderId })),
    );
    log.info(
      {
        job: job?.id,
        emails: emails.length,
        events: result.events.length,
        reminders: result.reminders,
        ms: Math.round(performance.now() - started),
      },
      "review sweep done",
    );
  });
  await boss.work(QUEUES.reviewEvent, { ...polling, batchSize: 10 }, async (jobs) => {
    for (const job of jobs) {
      const input = ReviewEventInput.parse(job.data);
      const outcome = await applyReviewEvent({ ctx: { database, now: clock() }, input });
      log.info({ job: job.id, ...input, outcome }, "review event");
    }
  });
  await boss.work(QUEUES.exposureSnapshot, polling, async ([job]) => {
    const started = performance.now();
    const result = await recordExposureSnapshots({ database, now: clock() });
    for (const f of result.failed) {
      log.error({ job: job?.id, tenantId: f.tenantId, err: f.error }, "exposure snapshot failed");
    }
    log.info(
      {
        job: job?.id,
        day: result.day,
        recorded: result.recorded,
        failed: result.failed.length,
        ms: Math.round(performance.now() - started),
      },
      "exposure snapshots done",
    );
    // Retried (whole, idempotently) when an organisation failed: the others are just rewritten.
    if (result.failed.length > 0) throw new Error(`${result.failed.length} exposure snapshot(s) failed`);
  });
  const mail = options.mail;
  if (mail) {
    await boss.work(QUEUES.deliverEmail, { ...polling, batchSize: 5 }, async (jobs) => {
      for (const job of jobs) {
        const input = DeliverEmailInput.parse(job.data);
        try {
          const outcome = await deliverReminderEmail({ ctx: { database, now: clock() }, input, ...mail });
          log.info({ job: job.id, ...input, outcome, to: mail.mailer.target }, "reminder e-mail");
        } catch (error) {
          log.warn({ job: job.id, ...input, err: error, retry: job.retryCount }, "reminder e-mail failed");
          throw error;
        }
      }
    });
  }
  if (options.schedule ?? true) {
    await boss.schedule(QUEUES.sweep, options.sweepCron ?? DEFAULT_SWEEP_CRON, null, { tz: "UTC" });
    await boss.schedule(QUEUES.exposureSnapshot, options.snapshotCron ?? DEFAULT_SNAPSHOT_CRON, null, {
      tz: "UTC",
    });
  }

  let stopping: Promise<void> | undefined;
  return {
    boss,
    sweepNow: () => boss.send(QUEUES.sweep, {}),
    snapshotNow: () => boss.send(QUEUES.exposureSnapshot, {}),
    snapshotIfMissing: async () =>
      (await snapshotsMissing({ database, now: clock() })) ? boss.send(QUEUES.exposureSnapshot, {}) : null,
    stop(timeoutMs = 10_000) {
      // pg-boss closes its own pool; the embedded PGlite stays open for the caller to close.
      stopping ??= boss
        .stop({ graceful: true, close: true, timeout: timeoutMs })
        .finally(() => options.mail?.mailer.close());
      return stopping;
    },
  };
}

/** Bulk-inserts jobs a few thousand at a time (one statement each), so a large sweep stays bounded. */
async function insertInChunks(boss: PgBoss, queue: string, jobs: JobInsert[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += 5_000) await boss.insert(queue, jobs.slice(i, i + 5_000));
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error("the job queue on Postgres needs the database URL");
  return url;
}
