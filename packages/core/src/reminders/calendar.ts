import type { Database } from "@airisk/db/client";
import { calendarFeeds, memberships, mitigations, risks, systems } from "@airisk/db/schema";
import { withTenant } from "@airisk/db/tenancy";
import { decodeHex, encodeHexLowerCase } from "@oslojs/encoding";
import { and, asc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import ical from "ical-generator";
import { generateSecret, hashSecret, secretMatches } from "#auth/tokens.ts";
import type { TenantContext } from "#context.ts";

/** The feed's path under the host; the token is `<organisation id>.<user id>.<secret>`. */
export const calendarPath = (token: string): string => `/calendar/${token}.ics`;

/**
 * Issues the member's calendar feed token and returns the feed's path (the host knows its origin);
 * the previous token stops working (rotation). Only the secret's SHA-256 is stored, so the path is
 * shown once, when it is issued.
 */
export async function issueCalendarUrl({
  ctx,
}: {
  ctx: TenantContext;
}): Promise<{ path: string; createdAt: Date }> {
  const secret = generateSecret();
  const secretHash = encodeHexLowerCase(hashSecret(secret));
  await ctx.tx
    .insert(calendarFeeds)
    .values({ tenantId: ctx.tenantId, userId: ctx.actor.userId, secretHash, createdAt: ctx.now })
    .onConflictDoUpdate({
      target: [calendarFeeds.tenantId, calendarFeeds.userId],
      set: { secretHash, createdAt: ctx.now },
    });
  const token = `${ctx.tenantId}.${ctx.actor.userId}.${secret}`;
  return { path: calendarPath(token), createdAt: ctx.now };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The iCalendar feed behind a token: every review day of the organisation's systems that are not
 * retired, and the due date of every open mitigation, as all-day events linking to the system.
 * Null for a malformed, unknown or rotated token, or when its member has left the organisation.
 */
export async function calendarFeed({
  ctx,
  token,
  origin,
}: {
  ctx: { database: Database; now: Date };
  token: string;
  origin: string;
}): Promise<string | null> {
  const [tenantId, userId, secret] = token.split(".");
  if (!tenantId || !userId || !secret || !UUID.test(tenantId) || !UUID.test(userId)) return null;
  return withTenant(ctx.database.db, { tenantId, userId }, async (tx) => {
    const [feed] = await tx
      .select({ secretHash: calendarFeeds.secretHash })
      .from(calendarFeeds)
      .innerJoin(
        memberships,
        and(eq(memberships.tenantId, calendarFeeds.tenantId), eq(memberships.userId, calendarFeeds.userId)),
      )
      .where(and(eq(calendarFeeds.tenantId, tenantId), eq(calendarFeeds.userId, userId)));
    if (!feed || !secretMatches(secret, decodeHex(feed.secretHash))) return null;

    const reviews = await tx
      .select({ id: systems.id, name: systems.name, day: systems.nextReviewAt, state: systems.state })
      .from(systems)
      .where(
        and(eq(systems.tenantId, tenantId), isNotNull(systems.nextReviewAt), ne(systems.state, "retired")),
      )
      .orderBy(asc(systems.nextReviewAt), asc(systems.id));
    const due = await tx
      .select({
        id: mitigations.id,
        action: mitigations.action,
        day: mitigations.dueDate,
        systemId: systems.id,
        systemName: systems.name,
      })
      .from(mitigations)
      .innerJoin(risks, and(eq(risks.tenantId, mitigations.tenantId), eq(risks.id, mitigations.riskId)))
      .innerJoin(systems, and(eq(systems.tenantId, risks.tenantId), eq(systems.id, risks.systemId)))
      .where(
        and(
          eq(mitigations.tenantId, tenantId),
          isNotNull(mitigations.dueDate),
          inArray(mitigations.status, ["planned", "in_progress"]),
          ne(systems.state, "retired"),
        ),
      )
      .orderBy(asc(mitigations.dueDate), asc(mitigations.id));

    const base = origin.replace(/\/$/, "");
    const calendar = ical({
      name: "airisk: reviews and mitigations",
      prodId: { company: "airisk", product: "review-calendar", language: "EN" },
      ttl: 60 * 60,
    });
    const allDay = (day: string) => new Date(`${day}T00:00:00Z`);
    for (const r of reviews) {
      if (!r.day) continue;
      calendar.createEvent({
        id: `review-${r.id}-${r.day}@airisk`,
        start: allDay(r.day),
        allDay: true,
        stamp: ctx.now,
        summary: `Review due: ${r.name}`,
        description: "Yearly risk review (AI Law Art. 18(1): risks are updated at least once a year).",
        url: `${base}/systems/${r.id}`,
      });
    }
    for (const m of due) {
      if (!m.day) continue;
      calendar.createEvent({
        id: `mitigation-${m.id}-${m.day}@airisk`,
        start: allDay(m.day),
        allDay: true,
        stamp: ctx.now,
        summary: `Mitigation due: ${m.action} (${m.systemName})`,
        url: `${base}/systems/${m.systemId}`,
      });
    }
    return calendar.toString();
  });
}
