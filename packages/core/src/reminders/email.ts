import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Database } from "@airisk/db/client";
import { mitigations, reminders, systems, users } from "@airisk/db/schema";
import { withTenant } from "@airisk/db/tenancy";
import { and, eq, sql } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { z } from "zod";

/** One e-mail, already worded. */
export type MailMessage = { to: string; subject: string; text: string };

/** Sends e-mail: over SMTP, or into the outbox folder when no SMTP server is configured. */
export type Mailer = {
  /** Where mail goes, for the logs ("smtp://host:port" or the outbox folder). */
  target: string;
  send(message: MailMessage & { id: string }): Promise<void>;
  close(): void;
};

export type MailerOptions = {
  /** `smtp://user:pass@host:port` or `smtps://…`; without it, `.eml` files go to `outboxDir`. */
  smtpUrl?: string | undefined;
  outboxDir: string;
  from: string;
};

export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl);
    const transport = createTransport(options.smtpUrl, { from: options.from });
    return {
      target: `${url.protocol}//${url.hostname}:${url.port || (url.protocol === "smtps:" ? 465 : 587)}`,
      async send(message) {
        await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
      },
      close: () => transport.close(),
    };
  }
  // Development and demos: the same message, written as an RFC 5322 file anyone can open.
  const transport = createTransport(
    { streamTransport: true, buffer: true, newline: "unix" },
    { from: options.from },
  );
  return {
    target: options.outboxDir,
    async send(message) {
      const info = await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
      await mkdir(options.outboxDir, { recursive: true });
      await writeFile(join(options.outboxDir, `${message.id}.eml`), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}

export const DeliverEmailInput = z.object({ tenantId: z.uuid(), reminderId: z.uuid() });
export type DeliverEmailInput = z.infer<typeof DeliverEmailInput>;

/** After this many failed attempts a reminder's e-mail is no longer queued again by the sweep. */
export const MAX_EMAIL_ATTEMPTS = 5;

/**
 * The reminders whose e-mail is still owed (not sent, not given up on), for the sweep to queue.
 * A `deliver-email` job per reminder, keyed by its id, so a queued or running one is not doubled.
 */
export async function pendingEmails(database: Database): Promise<DeliverEmailInput[]> {
  const rows = await database.db
    .select({ tenantId: reminders.tenantId, reminderId: reminders.id })
    .from(reminders)
    .where(sql`${reminders.emailedAt} is null and ${reminders.emailAttempts} < ${MAX_EMAIL_ATTEMPTS}`)
    .limit(10_000);
  return rows;
}

/** The words of a reminder's e-mail (English, like the product's reference locale). */
export function composeReminder(r: {
  kind: string;
  systemName: string;
  mitigationAction: string | null;
  dueDate: string;
  offsetDays: number;
  link: string;
  /** The day the e-mail goes out: "in N days" counts from it, not from when it was due to go. */
  today: string;
}): { subject: string; text: string } {
  const days = Math.abs(Math.round((Date.parse(r.dueDate) - Date.parse(r.today)) / 86_400_000));
  const unit = days === 1 ? "day" : "days";
  switch (r.kind) {
    case "review_overdue":
      return {
        subject: `Overdue: review of ${r.systemName} (due ${r.dueDate})`,
        text:
          `The yearly risk review of ${r.systemName} was due on ${r.dueDate} and has not started ` +
          `(${days} ${unit} ago). AI Law Art. 18(1) asks for risks to be updated at least once a year.\n\n` +
          `Open the system: ${r.link}\n`,
      };
    case "mitigation_due":
      return {
        subject: `Mitigation due on ${r.dueDate}: ${r.mitigationAction ?? ""} (${r.systemName})`,
        text: `The mitigation "${r.mitigationAction ?? ""}" of ${r.systemName} is due on ${r.dueDate}, in ${days} ${unit}.\n\nOpen the system: ${r.link}\n`,
      };
    default:
      return {
        subject: `Review of ${r.systemName} due on ${r.dueDate}`,
        text:
          `The yearly risk review of ${r.systemName} is due on ${r.dueDate}, in ${days} ${unit} ` +
          `(AI Law Art. 18(1): risks are updated at least once a year).\n\nOpen the system: ${r.link}\n`,
      };
  }
}

export type DeliverOutcome = "sent" | "already_sent" | "gone";

/**
 * The handler of a `deliver-email` job: sends one reminder's e-mail to its recipient and records
 * when. Idempotent on retries (a reminder already e-mailed is not sent again). A failure is
 * recorded on the reminder (attempts, last error: visible) and rethrown so pg-boss retries it with
 * backoff. Delivery is at least once: a crash between the send and the record sends it again.
 */
export async function deliverReminderEmail({
  ctx,
  input,
  mailer,
  publicOrigin,
}: {
  ctx: { database: Database; now: Date };
  input: DeliverEmailInput;
  mailer: Mailer;
  publicOrigin: string;
}): Promise<DeliverOutcome> {
  const { tenantId, reminderId } = DeliverEmailInput.parse(input);
  const db = ctx.database.db;
  const [row] = await withTenant(db, { tenantId }, (tx) =>
    tx
      .select({
        kind: reminders.kind,
        emailedAt: reminders.emailedAt,
        dueDate: reminders.dueDate,
        offsetDays: reminders.offsetDays,
        systemId: reminders.systemId,
        systemName: systems.name,
        mitigationAction: mitigations.action,
        email: users.email,
      })
      .from(reminders)
      .innerJoin(systems, and(eq(systems.tenantId, reminders.tenantId), eq(systems.id, reminders.systemId)))
      .innerJoin(users, eq(users.id, reminders.recipientId))
      .leftJoin(
        mitigations,
        and(eq(mitigations.tenantId, reminders.tenantId), eq(mitigations.id, reminders.subjectId)),
      )
      .where(and(eq(reminders.tenantId, tenantId), eq(reminders.id, reminderId))),
  );
  if (!row) return "gone";
  if (row.emailedAt) return "already_sent";
  const link = `${publicOrigin.replace(/\/$/, "")}/systems/${row.systemId}`;
  const where = and(eq(reminders.tenantId, tenantId), eq(reminders.id, reminderId));
  try {
    await mailer.send({
      id: reminderId,
      to: row.email,
      ...composeReminder({ ...row, link, today: ctx.now.toISOString().slice(0, 10) }),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await withTenant(db, { tenantId }, (tx) =>
      tx
        .update(reminders)
        .set({ emailAttempts: sql`${reminders.emailAttempts} + 1`, emailError: message.slice(0, 500) })
        .where(where),
    );
    throw error;
  }
  await withTenant(db, { tenantId }, (tx) =>
    tx.update(reminders).set({ emailedAt: ctx.now, emailError: null }).where(where),
  );
  return "sent";
}
