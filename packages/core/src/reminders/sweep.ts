import type { Database } from "@airisk/db/client";
import { rowsOf } from "@airisk/db/client";
import { PROFILE_DEFAULTS } from "@airisk/domain/organisation";
import { sql } from "drizzle-orm";
import { isoDay } from "#systems/facts.ts";

/** A lifecycle event the scheduler owes one system; the job that carries it is keyed by all of it. */
export type ReviewEventJob = {
  tenantId: string;
  systemId: string;
  type: "REVIEW_DUE" | "REVIEW_OVERDUE";
  /** The version the sweep read: a retried or duplicated job for an older version does nothing. */
  version: number;
  nextReviewAt: string;
};

export type SweepResult = {
  /** The review events to send, one per system (the caller enqueues them). */
  events: ReviewEventJob[];
  /** Inbox rows written by this sweep, by kind (rows written by an earlier sweep are not counted). */
  reminders: { review_due: number; review_overdue: number; mitigation_due: number };
};

/**
 * Each organisation's reminder policy, read from its profile with the product defaults where it has
 * none (a malformed value falls back too: the profile is validated on write, this is the net).
 */
const ORG_POLICY = sql`
  org_policy as (
    select o.id,
           case when jsonb_typeof(o.profile -> 'reviewGraceDays') = 'number'
                then (o.profile ->> 'reviewGraceDays')::int
                else ${PROFILE_DEFAULTS.reviewGraceDays}::int end as grace,
           case when jsonb_typeof(o.profile -> 'reminderOffsetsDays') = 'array'
                then array(select jsonb_array_elements_text(o.profile -> 'reminderOffsetsDays')::int)
                else ${`{${PROFILE_DEFAULTS.reminderOffsetsDays.join(",")}}`}::int[] end as offsets
    from organisations o
  )`;

/**
 * The review clock, run by the scheduler every few minutes and once at worker start. Time never
 * advances inside the lifecycle machine: this finds, as of `now`, the systems whose review day has
 * come (`operating.compliant`, REVIEW_DUE) or whose review is past the organisation's grace period
 * (`operating.reviewDue`, REVIEW_OVERDUE), and writes the inbox's reminders and escalations.
 *
 * Cross-tenant and set-based: it runs as the schema's owner (migration 0008 gives that role read
 * access to every organisation's rows), never as a request. Reminders go in with one
 * `insert … on conflict do nothing` on their idempotency key, so rerunning the sweep, retrying it,
 * or running it in several workers at once writes each reminder once. After downtime only the
 * latest reminder point that has passed is written (a stale "30 days left" is not sent 5 days
 * before), so a catch-up sweep sends each reminder at most once.
 */
export async function sweepReviews({
  ctx,
}: {
  ctx: { database: Database; now: Date };
}): Promise<SweepResult> {
  const today = isoDay(ctx.now);
  const db = ctx.database.db;
  const events = rowsOf<ReviewEventJob>(
    await db.execute(sql`
      with ${ORG_POLICY}
      select s.tenant_id as "tenantId", s.id as "systemId", s.version,
             s.next_review_at::text as "nextReviewAt",
             case when s.state = 'operating.compliant' then 'REVIEW_DUE' else 'REVIEW_OVERDUE' end as type
      from systems s
      join org_policy p on p.id = s.tenant_id
      where s.next_review_at is not null
        and ((s.state = 'operating.compliant' and s.next_review_at <= ${today}::date)
          or (s.state = 'operating.reviewDue' and s.next_review_at + p.grace < ${today}::date))
      order by s.tenant_id, s.id`),
  );

  const counts = rowsOf<{ kind: keyof SweepResult["reminders"]; n: number }>(
    await db.execute(sql`
      with ${ORG_POLICY},
      -- Reminders before the review day, to the risk owner (the admins when it has none or left).
      review_due as (
        select s.tenant_id, 'review_due'::text as kind, m.user_id as recipient_id, s.id as system_id,
               s.id as subject_id, s.next_review_at as due_date,
               (select min(d) from unnest(p.offsets) d where d >= s.next_review_at - ${today}::date) as offset_days
        from systems s
        join org_policy p on p.id = s.tenant_id
        join memberships m on m.tenant_id = s.tenant_id
          and (m.user_id = s.risk_owner_id
               or (m.role = 'admin' and not exists (
                     select 1 from memberships o where o.tenant_id = s.tenant_id and o.user_id = s.risk_owner_id)))
        where s.state in ('operating.compliant', 'operating.reviewDue')
          and s.next_review_at >= ${today}::date
      ),
      -- Escalations once a review is past its grace period, to executives and admins, weekly.
      review_overdue as (
        select s.tenant_id, 'review_overdue'::text, m.user_id, s.id, s.id, s.next_review_at,
               -(p.grace + 1 + 7 * ((${today}::date - (s.next_review_at + p.grace + 1)) / 7))
        from systems s
        join org_policy p on p.id = s.tenant_id
        join memberships m on m.tenant_id = s.tenant_id and m.role in ('executive', 'admin')
        where s.state in ('operating.reviewDue', 'operating.overdue')
          and s.next_review_at + p.grace < ${today}::date
      ),
      -- Mitigations falling due, to their owner (the system's risk owner when they have none).
      mitigation_due as (
        select mi.tenant_id, 'mitigation_due'::text, m.user_id, s.id, mi.id, mi.due_date,
               (select min(d) from unnest(p.offsets) d where d >= mi.due_date - ${today}::date)
        from mitigations mi
        join risks r on r.tenant_id = mi.tenant_id and r.id = mi.risk_id
        join systems s on s.tenant_id = r.tenant_id and s.id = r.system_id
        join org_policy p on p.id = mi.tenant_id
        join memberships m on m.tenant_id = mi.tenant_id and m.user_id = coalesce(mi.owner_id, s.risk_owner_id)
        where mi.status in ('planned', 'in_progress') and s.state <> 'retired'
          and mi.due_date >= ${today}::date
      ),
      inserted as (
        insert into reminders (tenant_id, kind, recipient_id, system_id, subject_id, due_date, offset_days, created_at)
        select due.tenant_id, due.kind, due.recipient_id, due.system_id, due.subject_id, due.due_date,
               due.offset_days, ${ctx.now.toISOString()}::timestamptz
        from (
          select * from review_due union all select * from review_overdue union all select * from mitigation_due
        ) due
        where due.offset_days is not null
        on conflict do nothing
        returning kind
      )
      select kind, count(*)::int as n from inserted group by kind`),
  );
  const reminders = { review_due: 0, review_overdue: 0, mitigation_due: 0 };
  for (const c of counts) reminders[c.kind] = c.n;
  return { events, reminders };
}
