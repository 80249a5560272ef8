import { and, asc, eq, sql } from "drizzle-orm";
import { rowsOf, type Tx } from "#client.ts";
import { auditLog } from "#schema/index.ts";

/** One entry of the audit trail as core writes it; the chain trigger numbers, links and hashes it. */
export type AuditEntryInput = {
  tenantId: string;
  at: Date;
  /** Null when the scheduler acted. */
  actorId: string | null;
  actorRole: string | null;
  systemId: string | null;
  entity:
    | "system"
    | "risk"
    | "mitigation"
    | "obligation"
    | "evidence"
    | "finding"
    | "classification"
    | "screening";
  entityId: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  basis?: "law" | "inferred" | "product_policy" | null;
  before?: unknown;
  after?: unknown;
  /** False for a refused attempt (lifecycle.md: rejected attempts by authorised users are recorded). */
  accepted?: boolean;
};

export type AuditEntry = typeof auditLog.$inferSelect;

/** Appends an entry in the caller's transaction; returns its sequence number and hash. */
export async function appendAudit(tx: Tx, entry: AuditEntryInput): Promise<{ seq: number; hash: string }> {
  const [row] = await tx
    .insert(auditLog)
    .values({
      ...entry,
      fromState: entry.fromState ?? null,
      toState: entry.toState ?? null,
      reason: entry.reason ?? null,
      basis: entry.basis ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      accepted: entry.accepted ?? true,
      // Placeholders: the BEFORE INSERT trigger sets all three under the tenant's head lock.
      seq: 0,
      prevHash: "",
      hash: "",
    })
    .returning({ seq: auditLog.seq, hash: auditLog.hash });
  if (!row) throw new Error("audit entry was not written");
  return row;
}

/** The entries of one system, oldest first. */
export async function listAudit(
  tx: Tx,
  params: { tenantId: string; systemId: string },
): Promise<AuditEntry[]> {
  return tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, params.tenantId), eq(auditLog.systemId, params.systemId)))
    .orderBy(asc(auditLog.seq));
}

export type ChainProblem = "edited" | "broken_link" | "missing_entry" | "missing_tail";
export type ChainVerification = {
  ok: boolean;
  entries: number;
  headSeq: number;
  /** The first entry (by sequence number) where the chain breaks, and how. */
  firstBroken: { seq: number; problem: ChainProblem } | null;
};

/**
 * Walks a tenant's chain in the database: each entry's hash is recomputed from its fields, each
 * link compared with the previous entry's hash, and sequence numbers must run without gaps up to
 * the head. An edited row fails its own hash; a deleted one leaves a gap (or a short tail).
 */
export async function verifyAuditChain(tx: Tx, params: { tenantId: string }): Promise<ChainVerification> {
  const rows = rowsOf<{ seq: number; problem: ChainProblem | null; entries: number }>(
    await tx.execute(sql`
      with walked as (
        select a.seq::int as seq,
               a.hash,
               a.prev_hash,
               audit_log_hash(a) as recomputed,
               lag(a.hash) over w as previous_hash,
               lag(a.seq) over w as previous_seq
        from audit_log a
        where a.tenant_id = ${params.tenantId}
        window w as (order by a.seq)
      ),
      judged as (
        select seq,
               case
                 when seq <> coalesce(previous_seq + 1, 1) then 'missing_entry'
                 when prev_hash <> coalesce(previous_hash, '') then 'broken_link'
                 when hash <> recomputed then 'edited'
               end as problem
        from walked
      )
      select coalesce((select seq from judged where problem is not null order by seq limit 1), 0) as seq,
             (select problem from judged where problem is not null order by seq limit 1) as problem,
             (select count(*)::int from judged) as entries`),
  );
  const head = rowsOf<{ seq: number }>(
    await tx.execute(sql`select seq::int as seq from audit_heads where tenant_id = ${params.tenantId}`),
  )[0];
  const result = rows[0] ?? { seq: 0, problem: null, entries: 0 };
  const headSeq = head?.seq ?? 0;
  if (result.problem) {
    return {
      ok: false,
      entries: result.entries,
      headSeq,
      firstBroken: { seq: result.seq, problem: result.problem },
    };
  }
  // Every entry checks out, but the head remembers more: the newest ones were removed.
  if (headSeq > result.entries) {
    return {
      ok: false,
      entries: result.entries,
      headSeq,
      firstBroken: { seq: result.entries + 1, problem: "missing_tail" },
    };
  }
  return { ok: true, entries: result.entries, headSeq, firstBroken: null };
}
