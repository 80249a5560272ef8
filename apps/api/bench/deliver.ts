import { type ChildProcess, fork } from "node:child_process";
import type { AddressInfo } from "node:net";
import {
  createMailer,
  deliverReminderEmail,
  QUEUES,
  startJobRunner,
  sweepReviews,
} from "@airisk/core/reminders";
import { createDb, type Database, rowsOf } from "@airisk/db/client";
import { migrateDatabase } from "@airisk/db/migrate";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { SMTPServer } from "smtp-server";

/**
 * Reminder e-mails delivered per second (issue 6). On a fresh database of the Postgres server
 * BENCH_PG_URL names (default the local one; dropped after): BENCH_SYSTEMS operating systems
 * (default 70,000, about 10,000 reminders) in BENCH_TENANTS organisations, seeded like
 * `bench:sweep`. The real sweep writes the reminders; the review-event jobs it owes are enqueued the
 * way the sweep job does (bulk inserts of 5,000) and timed, then removed (this bench is about mail).
 * Then, for each worker count in BENCH_WORKERS (default "1,2"): every reminder is made unsent again,
 * a `deliver-email` job is enqueued for each of the first BENCH_LIMIT (keyed by its id, as the sweep
 * job does), and that many worker processes run `startJobRunner` (the worker entry's registration:
 * batches of 5, polling every BENCH_POLL seconds, default 2) with the real nodemailer transport on a
 * local `smtp-server` that accepts everything. Then, for each concurrency in BENCH_DIRECT (default
 * "1,4"), the handler alone over the same reminders, called in-process (no queue).
 * Prints deliveries per second, the time to drain, and checks every reminder went out exactly once
 * (one message per reminder, recorded as e-mailed, no (recipient, subject) pair twice).
 */
const SYSTEMS = Number(process.env.BENCH_SYSTEMS ?? 70_000);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const WORKERS = (process.env.BENCH_WORKERS ?? "1,2").split(",").filter(Boolean).map(Number);
/** The workers' polling interval (seconds): the worker entry's default is 2, the least allowed 0.5. */
const POLL = Number(process.env.BENCH_POLL ?? 2);
/** How many reminders the queue rounds deliver (the sweep job enqueues at most 10,000). */
const LIMIT = Number(process.env.BENCH_LIMIT ?? 10_000);
/** Handler concurrencies for the direct rounds (the handler called in-process, no queue). */
const DIRECT = (process.env.BENCH_DIRECT ?? "1,4").split(",").filter(Boolean).map(Number);
const SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const NOW = new Date("2027-01-15T00:05:00Z");
const FROM = "airisk <no-reply@airisk.example>";
const silent = { info() {}, warn() {}, error() {} };

if (process.argv[2] === "worker") {
  // A worker process: the same registration as the worker entry, mail over SMTP to the bench server.
  const url = process.env.BENCH_DB_URL as string;
  const database = await createDb({ mode: "postgres", url, maxConnections: 4 });
  const mailer = createMailer({ smtpUrl: process.env.BENCH_SMTP_URL, outboxDir: "", from: FROM });
  const runner = await startJobRunner({
    database,
    connectionString: url,
    clock: () => NOW,
    log: silent,
    schedule: false,
    pollingIntervalSeconds: POLL,
    mail: { mailer, publicOrigin: "https://airisk.example" },
  });
  process.send?.("ready");
  process.on("message", async () => {
    await runner.stop();
    await database.close();
    process.exit(0);
  });
} else {
  await main();
}

type Received = { to: string; subject: string; at: number };

/** A local SMTP server that accepts everything and counts what it received. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    maxClients: 1_000,
    // No reverse DNS per connection: the bench measures the sender, not this stand-in relay.
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(","),
          subject,
          at: performance.now(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function seed(database: Database): Promise<void> {
  const db = database.db;
  const today = NOW.toISOString().slice(0, 10);
  await db.execute(sql`
    insert into organisations (id, name)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid, 'Bench ' || t
    from generate_series(1, ${TENANTS}) t`);
  await db.execute(sql`
    insert into users (id, email, name, password_hash)
    select ('00000000-0000-4000-9' || r || '00-' || lpad(to_hex(t), 12, '0'))::uuid,
           'bench-' || r || '-' || t || '@airisk.example', 'Bench ' || r, '-'
    from generate_series(1, ${TENANTS}) t, generate_series(1, 3) r`);
  await db.execute(sql`
    insert into memberships (tenant_id, user_id, role)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid,
           ('00000000-0000-4000-9' || r || '00-' || lpad(to_hex(t), 12, '0'))::uuid,
           (array['admin', 'risk_owner', 'executive'])[r]
    from generate_series(1, ${TENANTS}) t, generate_series(1, 3) r`);
  await db.execute(sql`
    insert into systems (tenant_id, id, name, purpose, jurisdictions, roles, risk_owner_id, lifecycle,
                         machine_version, state, next_review_at)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(1 + i % ${TENANTS}), 12, '0'))::uuid,
           gen_random_uuid(), 'System ' || i, 'bench', array['KZ'], array['owner'],
           ('00000000-0000-4000-9200-' || lpad(to_hex(1 + i % ${TENANTS}), 12, '0'))::uuid,
           case when i % 50 = 0 then '{"value":{"operating":"reviewDue"},"context":{"version":1}}'::jsonb
                else '{"value":{"operating":"compliant"},"context":{"version":1}}'::jsonb end,
           1,
           case when i % 50 = 0 then 'operating.reviewDue' else 'operating.compliant' end,
           ${today}::date - 30 + (i % 430)
    from generate_series(1, ${SYSTEMS}) i`);
  await db.execute(sql`
    insert into risks (tenant_id, id, system_id, title, category, arises_from)
    select tenant_id, id, id, 'risk', 'bias', 'intended_use' from systems where hashtext(id::text) % 10 = 0`);
  await db.execute(sql`
    insert into mitigations (tenant_id, risk_id, action, due_date)
    select tenant_id, id, 'fix', ${today}::date + (abs(hashtext(id::text)) % 60) from risks`);
  await db.execute(sql`analyze`);
}

async function count(database: Database, where: ReturnType<typeof sql>): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from reminders where ${where}`),
  );
  return rows[0]?.n ?? 0;
}

async function main(): Promise<void> {
  const name = `airisk_bench_deliver_${process.pid}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const smtp = await startSmtp();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  try {
    const database = await createDb({ mode: "postgres", url: dbUrl, maxConnections: 4 });
    try {
      await migrateDatabase(database);
      let t = performance.now();
      await seed(database);
      console.log(`seeded ${SYSTEMS} systems in ${TENANTS} organisations in ${ms(t)} ms`);
      t = performance.now();
      const result = await sweepReviews({ ctx: { database, now: NOW } });
      const total = await count(database, sql`true`);
      console.log(`sweep: ${ms(t)} ms, ${result.events.length} review events, ${total} reminders`);

      // The queue, as the worker entry makes it (no mail here, so this process delivers nothing).
      const runner = await startJobRunner({
        database,
        connectionString: dbUrl,
        clock: () => NOW,
        log: silent,
        schedule: false,
      });
      const boss = runner.boss;
      await boss.offWork(QUEUES.reviewEvent);
      await boss.offWork(QUEUES.sweep);
      t = performance.now();
      const events = result.events.map((e) => ({
        data: { tenantId: e.tenantId, systemId: e.systemId, type: e.type },
        singletonKey: `${e.tenantId}:${e.systemId}`,
      }));
      for (let i = 0; i < events.length; i += 5_000)
        await boss.insert(QUEUES.reviewEvent, events.slice(i, i + 5_000));
      const eventsMs = ms(t);
      const queued = (await boss.getQueueStats(QUEUES.reviewEvent))[0]?.queuedCount;
      console.log(`enqueue review events: ${events.length} jobs (${queued} queued) in ${eventsMs} ms`);
      await boss.deleteAllJobs(QUEUES.reviewEvent);

      // The deliver-email jobs, as the sweep job enqueues them (pendingEmails: at most 10,000).
      const owed = rowsOf<{ tenantId: string; reminderId: string }>(
        await database.db.execute(
          sql`select tenant_id as "tenantId", id as "reminderId" from reminders order by id limit ${LIMIT}`,
        ),
      );
      const n = owed.length;
      const jobs = owed.map((e) => ({ data: e, singletonKey: e.reminderId }));
      const rows: string[] = [];
      for (const workers of WORKERS) {
        await database.db.execute(
          sql`update reminders set emailed_at = null, email_attempts = 0, email_error = null`,
        );
        smtp.received.length = 0;
        const children: ChildProcess[] = [];
        for (let i = 0; i < workers; i++) {
          const child = fork(import.meta.filename, ["worker"], {
            env: { ...process.env, BENCH_DB_URL: dbUrl, BENCH_SMTP_URL: smtp.url },
            stdio: ["ignore", "inherit", "inherit", "ipc"],
          });
          await new Promise<void>((resolve, reject) => {
            child.once("message", () => resolve());
            child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
          });
          children.push(child);
        }
        t = performance.now();
        for (let i = 0; i < jobs.length; i += 5_000)
          await boss.insert(QUEUES.deliverEmail, jobs.slice(i, i + 5_000));
        const enqueueMs = ms(t);
        let sent = 0;
        while (sent < n) {
          await new Promise((r) => setTimeout(r, 100));
          sent = await count(database, sql`emailed_at is not null`);
          if (performance.now() - t > 30 * 60_000) throw new Error(`not drained: ${sent}/${n}`);
        }
        const drainMs = ms(t);
        await new Promise((r) => setTimeout(r, 2_000)); // let any duplicate arrive before counting
        const first = smtp.received[0]?.at ?? t;
        const last = smtp.received.at(-1)?.at ?? t;
        const distinct = new Set(smtp.received.map((m) => `${m.to}\n${m.subject}`)).size;
        const failed = await count(database, sql`email_attempts > 0`);
        await Promise.all(
          children.map(
            (c) =>
              new Promise<void>((resolve) => {
                c.once("exit", () => resolve());
                c.send("stop");
              }),
          ),
        );
        const once = smtp.received.length === n && distinct === n && failed === 0;
        const row =
          `| ${workers} worker process${workers > 1 ? "es" : ""}, poll ${POLL} s | ${n} | ${enqueueMs} ms | ` +
          `${(drainMs / 1000).toFixed(1)} s | ${((n * 1000) / drainMs).toFixed(1)}/s | ` +
          `${((Math.max(n - 1, 1) * 1000) / Math.max(last - first, 1)).toFixed(1)}/s | ` +
          `${smtp.received.length} messages, ${distinct} distinct, ${failed} failed: ${once ? "exactly once" : "NOT exactly once"} |`;
        console.log(row);
        rows.push(row);
      }
      await runner.stop();

      // The handler alone (real nodemailer to the same SMTP server), called in-process: the ceiling
      // without the queue's fetch and polling, over the same reminders.
      const all = owed;
      for (const concurrency of DIRECT) {
        await database.db.execute(
          sql`update reminders set emailed_at = null, email_attempts = 0, email_error = null`,
        );
        smtp.received.length = 0;
        const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: "", from: FROM });
        let next = 0;
        t = performance.now();
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (next < all.length) {
              const input = all[next++] as (typeof all)[number];
              await deliverReminderEmail({
                ctx: { database, now: NOW },
                input,
                mailer,
                publicOrigin: "https://airisk.example",
              });
            }
          }),
        );
        const took = ms(t);
        mailer.close();
        const sent = await count(database, sql`emailed_at is not null`);
        const distinct = new Set(smtp.received.map((m) => `${m.to}\n${m.subject}`)).size;
        const once = smtp.received.length === all.length && distinct === all.length && sent === all.length;
        const row =
          `| handler in-process, concurrency ${concurrency} | ${all.length} | - | ${(took / 1000).toFixed(1)} s | ` +
          `${((all.length * 1000) / took).toFixed(1)}/s | - | ${smtp.received.length} messages, ${distinct} distinct, ` +
          `${sent} recorded sent: ${once ? "exactly once" : "NOT exactly once"} |`;
        console.log(row);
        rows.push(row);
      }
      console.log(
        "\n| workers | reminders | enqueue | time to drain | delivered/s (enqueue to drain) | delivered/s (first to last message) | check |",
      );
      console.log("| --- | --- | --- | --- | --- | --- | --- |");
      for (const row of rows) console.log(row);
    } finally {
      await database.close();
    }
  } finally {
    await smtp.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

function ms(since: number): number {
  return Math.round(performance.now() - since);
}
