import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rowsOf } from "@airisk/db/client";
import { createTestDatabase, type TestDatabase } from "@airisk/db/testing";
import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeReminder, createMailer, deliverReminderEmail } from "#reminders/email.ts";
import { type JobRunner, startJobRunner } from "#reminders/jobs.ts";
import { sweepReviews } from "#reminders/sweep.ts";
import { createReminderOrg, createSystemIn, type ReminderFixture } from "#reminders/testing.ts";

type Received = { from: string; to: string[]; raw: string };

/** A real SMTP server on a free port; `failNext` makes the next messages fail with a 451. */
async function startSmtp(): Promise<{
  url: string;
  received: Received[];
  failNext: { n: number };
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const failNext = { n: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (failNext.n > 0) {
          failNext.n -= 1;
          const error = Object.assign(new Error("mailbox busy, try later"), { responseCode: 451 });
          callback(error);
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
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
    failNext,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let database: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const outbox = mkdtempSync(join(tmpdir(), "airisk-outbox-"));
beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp?.close();
  await database?.close();
  rmSync(outbox, { recursive: true, force: true });
});

const at = (day: string): Date => new Date(`${day}T00:05:00Z`);
const FROM = "airisk <no-reply@airisk.test>";
const ORIGIN = "https://airisk.test";

async function remindersOf(org: ReminderFixture) {
  return rowsOf<{
    id: string;
    emailed_at: string | null;
    email_attempts: number;
    email_error: string | null;
  }>(
    await database.db.execute(
      sql`select id, emailed_at, email_attempts, email_error from reminders where tenant_id = ${org.tenantId}`,
    ),
  );
}

async function ownerEmail(org: ReminderFixture): Promise<string> {
  const [row] = rowsOf<{ email: string }>(
    await database.db.execute(sql`select email from users where id = ${org.members.riskOwner}`),
  );
  return row?.email ?? "";
}

describe(`reminder e-mail (${process.env.DATABASE_URL ? "Postgres" : "PGlite"})`, () => {
  it("sends a reminder over SMTP to its recipient, once however often the job runs", async () => {
    const org = await createReminderOrg(database);
    const system = await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    await sweepReviews({ ctx: { database, now: at("2027-03-26") } });
    const [reminder] = await remindersOf(org);
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: outbox, from: FROM });
    const input = { tenantId: org.tenantId, reminderId: reminder?.id as string };
    const ctx = { database, now: at("2027-03-26") };
    const before = smtp.received.length;

    expect(await deliverReminderEmail({ ctx, input, mailer, publicOrigin: ORIGIN })).toBe("sent");
    expect(await deliverReminderEmail({ ctx, input, mailer, publicOrigin: ORIGIN })).toBe("already_sent");
    mailer.close();

    const sent = smtp.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toEqual([await ownerEmail(org)]);
    expect(sent[0]?.raw).toMatch(/^Subject: Review of System operating\.compliant .* due on 2027-03-31/m);
    // Quoted-printable soft line breaks aside, the body links to the system.
    expect(sent[0]?.raw.replace(/=\r?\n/g, "")).toContain(`${ORIGIN}/systems/${system}`);
    expect((await remindersOf(org))[0]).toMatchObject({ email_attempts: 0, email_error: null });
    expect((await remindersOf(org))[0]?.emailed_at).not.toBeNull();
  });

  it("records a failed delivery on the reminder, where it can be seen, and rethrows for a retry", async () => {
    const org = await createReminderOrg(database);
    await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    await sweepReviews({ ctx: { database, now: at("2027-03-26") } });
    const [reminder] = await remindersOf(org);
    const mailer = createMailer({ smtpUrl: smtp.url, outboxDir: outbox, from: FROM });
    smtp.failNext.n = 1;
    await expect(
      deliverReminderEmail({
        ctx: { database, now: at("2027-03-26") },
        input: { tenantId: org.tenantId, reminderId: reminder?.id as string },
        mailer,
        publicOrigin: ORIGIN,
      }),
    ).rejects.toThrow(/mailbox busy/);
    mailer.close();
    expect((await remindersOf(org))[0]).toMatchObject({ emailed_at: null, email_attempts: 1 });
    expect((await remindersOf(org))[0]?.email_error).toMatch(/mailbox busy/);
  });

  it("writes .eml files to the outbox when no SMTP server is configured", async () => {
    const org = await createReminderOrg(database);
    await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    await sweepReviews({ ctx: { database, now: at("2027-03-26") } });
    const [reminder] = await remindersOf(org);
    const mailer = createMailer({ smtpUrl: undefined, outboxDir: join(outbox, "eml"), from: FROM });
    expect(mailer.target).toBe(join(outbox, "eml"));
    await deliverReminderEmail({
      ctx: { database, now: at("2027-03-26") },
      input: { tenantId: org.tenantId, reminderId: reminder?.id as string },
      mailer,
      publicOrigin: ORIGIN,
    });
    expect(readdirSync(join(outbox, "eml"))).toEqual([`${reminder?.id}.eml`]);
    const eml = readFileSync(join(outbox, "eml", `${reminder?.id}.eml`), "utf8");
    expect(eml).toMatch(/^To: .*@example\.test$/m);
    expect(eml).toMatch(/^Subject: Review of .* due on 2027-03-31$/m);
  });

  it("through the queue: a deliver-email job per reminder, retried with backoff after a failure", async () => {
    const org = await createReminderOrg(database);
    await createSystemIn(database, org, "operating.compliant", "2027-03-31");
    await createSystemIn(database, org, "operating.compliant", "2027-03-30");
    // The earlier tests' reminders are owed nothing more (sent, or failed once and retried here).
    await database.db.execute(
      sql`update reminders set emailed_at = now() where tenant_id <> ${org.tenantId}`,
    );
    const before = smtp.received.length;
    smtp.failNext.n = 1;
    let runner: JobRunner | undefined;
    try {
      runner = await startJobRunner({
        database,
        connectionString: database.url,
        clock: () => at("2027-03-26"),
        log: { info() {}, warn() {}, error() {} },
        pollingIntervalSeconds: 0.5,
        schedule: false,
        emailRetryDelaySeconds: 1,
        mail: {
          mailer: createMailer({ smtpUrl: smtp.url, outboxDir: outbox, from: FROM }),
          publicOrigin: ORIGIN,
        },
      });
      await runner.sweepNow(); // writes the two reminders
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const rows = await remindersOf(org);
        if (rows.length === 2 && rows.every((r) => r.emailed_at)) break;
        // The sweep queues owed e-mail; run it again as the schedule would.
        await runner.sweepNow();
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    } finally {
      await runner?.stop(2_000);
    }
    const rows = await remindersOf(org);
    expect(rows.every((r) => r.emailed_at)).toBe(true);
    expect(rows.map((r) => r.email_attempts).sort()).toEqual([0, 1]); // one failed once, then went out
    expect(smtp.received.length - before).toBe(2);
  }, 60_000);
});

describe("the words of a reminder e-mail", () => {
  const base = { systemName: "Scoring", mitigationAction: "Fairness audit", link: "https://x/systems/1" };
  it("counts the days from the day it goes out", () => {
    expect(
      composeReminder({
        ...base,
        kind: "review_due",
        dueDate: "2027-03-31",
        offsetDays: 7,
        today: "2027-03-26",
      }),
    ).toMatchObject({
      subject: "Review of Scoring due on 2027-03-31",
      text: expect.stringContaining("is due on 2027-03-31, in 5 days"),
    });
    expect(
      composeReminder({
        ...base,
        kind: "review_overdue",
        dueDate: "2027-03-01",
        offsetDays: -15,
        today: "2027-03-16",
      }).text,
    ).toContain("(15 days ago)");
    expect(
      composeReminder({
        ...base,
        kind: "mitigation_due",
        dueDate: "2027-05-10",
        offsetDays: 1,
        today: "2027-05-09",
      }),
    ).toMatchObject({
      subject: "Mitigation due on 2027-05-10: Fairness audit (Scoring)",
      text: expect.stringContaining("in 1 day."),
    });
  });
});
