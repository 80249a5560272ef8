import { mitigations, type ReminderKind, reminders, systems } from "@airisk/db/schema";
import { NotFoundError } from "@airisk/domain/errors";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { TenantContext } from "#context.ts";

export const InboxInput = z
  .object({
    /** Only unread reminders. */
    unreadOnly: z.boolean().default(false),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .default({ unreadOnly: false, limit: 50 });
export type InboxInput = z.input<typeof InboxInput>;

export type InboxItem = {
  id: string;
  kind: ReminderKind;
  systemId: string;
  systemName: string;
  /** The system for review reminders; the mitigation for `mitigation_due`. */
  subjectId: string;
  /** The mitigation's action for `mitigation_due`; null otherwise. */
  mitigationAction: string | null;
  dueDate: string;
  /** Days between the reminder and the due date: positive before it, negative after (escalations). */
  offsetDays: number;
  createdAt: Date;
  readAt: Date | null;
};

export type Inbox = { items: InboxItem[]; unread: number };

/** The signed-in member's reminders and escalations in the active organisation, newest first. */
export async function listInbox({ ctx, input }: { ctx: TenantContext; input?: InboxInput }): Promise<Inbox> {
  const { unreadOnly, limit } = InboxInput.parse(input);
  const mine = and(eq(reminders.tenantId, ctx.tenantId), eq(reminders.recipientId, ctx.actor.userId));
  const items = await ctx.tx
    .select({
      id: reminders.id,
      kind: reminders.kind,
      systemId: reminders.systemId,
      systemName: systems.name,
      subjectId: reminders.subjectId,
      mitigationAction: mitigations.action,
      dueDate: reminders.dueDate,
      offsetDays: reminders.offsetDays,
      createdAt: reminders.createdAt,
      readAt: reminders.readAt,
    })
    .from(reminders)
    .innerJoin(systems, and(eq(systems.tenantId, reminders.tenantId), eq(systems.id, reminders.systemId)))
    .leftJoin(
      mitigations,
      and(
        eq(reminders.kind, "mitigation_due"),
        eq(mitigations.tenantId, reminders.tenantId),
        eq(mitigations.id, reminders.subjectId),
      ),
    )
    .where(unreadOnly ? and(mine, isNull(reminders.readAt)) : mine)
    .orderBy(desc(reminders.createdAt), desc(reminders.dueDate), reminders.id)
    .limit(limit);
  const [unread] = await ctx.tx
    .select({ n: count() })
    .from(reminders)
    .where(and(mine, isNull(reminders.readAt)));
  return { items, unread: unread?.n ?? 0 };
}

export const MarkReadInput = z
  .object({
    ids: z
      .array(z.uuid({ error: "must be reminder ids" }))
      .min(1)
      .max(200),
  })
  .strict();
export type MarkReadInput = z.infer<typeof MarkReadInput>;

/**
 * Marks the member's own reminders read (already-read ones keep their time). An id that is not one
 * of the member's reminders (someone else's, another organisation's, none) is NOT_FOUND and nothing
 * is marked.
 */
export async function markRemindersRead({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: MarkReadInput;
}): Promise<{ updated: number; unread: number }> {
  const ids = [...new Set(MarkReadInput.parse(input).ids)];
  const mine = and(eq(reminders.tenantId, ctx.tenantId), eq(reminders.recipientId, ctx.actor.userId));
  const [found] = await ctx.tx
    .select({ n: count() })
    .from(reminders)
    .where(and(mine, inArray(reminders.id, ids)));
  if ((found?.n ?? 0) !== ids.length) throw new NotFoundError("reminder");
  const updated = await ctx.tx
    .update(reminders)
    .set({ readAt: ctx.now })
    .where(and(mine, inArray(reminders.id, ids), isNull(reminders.readAt)))
    .returning({ id: reminders.id });
  const [unread] = await ctx.tx
    .select({ n: count() })
    .from(reminders)
    .where(and(mine, isNull(reminders.readAt)));
  return { updated: updated.length, unread: unread?.n ?? 0 };
}
