import { type AuditEntryInput, appendAudit, listAudit, verifyAuditChain } from "@airisk/db/audit";
import { memberships, systems, users } from "@airisk/db/schema";
import {
  ClassificationAnswers,
  ClassificationDecision,
  type ClassificationSuggestion,
  overrideReasonRequired,
  suggestClassification,
} from "@airisk/domain/classification";
import {
  ConflictError,
  ForbiddenError,
  PreconditionFailedError,
  ValidationError,
} from "@airisk/domain/errors";
import {
  auditGrounds,
  availableEvents,
  decide,
  initialLifecycle,
  type LifecycleEventType,
  type LifecycleFacts,
  persistLifecycle,
  restoreLifecycle,
  roleMaySend,
  stateKey,
  statesUnder,
  USER_EVENTS,
  type UserEventType,
} from "@airisk/domain/lifecycle";
import { can, type Role } from "@airisk/domain/permissions";
import { nextReviewDay } from "@airisk/domain/review";
import {
  evaluateScreening,
  ScreeningAnswers,
  type ScreeningQuestion,
  screeningAnswerErrors,
  screeningQuestions,
} from "@airisk/domain/screening";
import { jurisdictions as catalogue } from "@airisk/regulations/catalogue";
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { TenantContext } from "#context.ts";
import {
  assertNotRetired,
  isoDay,
  lifecycleFacts,
  loadOrgSettings,
  loadSystem,
  type ScreeningState,
  type SystemRow,
  screeningState,
} from "#systems/facts.ts";
import {
  AutonomyLevel,
  Id,
  ImpactLevel,
  JurisdictionList,
  Purpose,
  Reason,
  RoleList,
  SystemName,
  SystemProfile,
  SystemRole,
  Version,
} from "#systems/model.ts";

/* ---------------------------------------------------------------------------------------------- */
/* Create                                                                                          */

export const ClassificationInput = z.object({
  answers: ClassificationAnswers,
  decision: ClassificationDecision,
});
export type ClassificationInput = z.infer<typeof ClassificationInput>;

export const CreateSystemInput = z
  .object({
    name: SystemName,
    purpose: Purpose,
    jurisdictions: JurisdictionList,
    /** api.md accepts one `role` or several `roles`. */
    role: SystemRole.optional(),
    roles: RoleList.optional(),
    profile: SystemProfile.default({}),
    impactLevel: ImpactLevel.optional(),
    autonomyLevel: AutonomyLevel.optional(),
    riskOwnerId: Id.optional(),
    classification: ClassificationInput.optional(),
  })
  .strict()
  .superRefine((input, issue) => {
    if (!input.role && !input.roles?.length) {
      issue.addIssue({
        code: "custom",
        path: ["roles"],
        message: "name at least one role of your organisation",
      });
    }
  });
export type CreateSystemInput = z.input<typeof CreateSystemInput>;

export type SystemSummary = {
  id: string;
  name: string;
  state: string;
  version: number;
};

/** Checks that the risk owner is a member who may write to the register. */
async function assertRiskOwner(ctx: TenantContext, userId: string, field = "riskOwnerId"): Promise<void> {
  const [member] = await ctx.tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, userId)));
  if (!member) throw new ValidationError(field, "is not a member of this organisation");
  if (!can(member.role as Role, "systems.write")) {
    throw new ValidationError(field, `a ${member.role} cannot own risks; choose an admin or a risk owner`);
  }
}

type StoredClassification = {
  answers: ClassificationAnswers;
  suggestion: ClassificationSuggestion;
  decision: z.infer<typeof ClassificationDecision>;
  overridden: boolean;
  decidedBy: string;
  decidedAt: string;
};

/**
 * The profile facts the classification answers settle, so that obligations (which read the profile)
 * follow the classification whoever sends it: the Annex III area answered, and a critically
 * important object once a Digital Code Art. 33(1) criterion is ticked.
 */
function classifiedProfile(
  profile: SystemProfile,
  classification: StoredClassification | null,
): SystemProfile {
  if (!classification) return profile;
  const out: SystemProfile = { ...profile };
  const area = classification.answers.euAnnexIIIArea;
  if (area) out.euAnnexIIIArea = area;
  if (classification.suggestion.isCriticallyImportantObject) out.isCriticallyImportantObject = true;
  return out;
}

/** The questionnaire's suggestion beside the owner's decision; an override needs a reason. */
function decideClassification(ctx: TenantContext, input: ClassificationInput): StoredClassification {
  const suggestion = suggestClassification(input.answers);
  const overridden = overrideReasonRequired(suggestion, input.decision);
  if (overridden && !input.decision.overrideReason?.trim()) {
    throw new ValidationError(
      "classification.decision.overrideReason",
      "say why you depart from the suggested classification",
    );
  }
  return {
    answers: input.answers,
    suggestion,
    decision: input.decision,
    overridden,
    decidedBy: ctx.actor.userId,
    decidedAt: ctx.now.toISOString(),
  };
}

export async function createSystem({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: CreateSystemInput;
}): Promise<SystemSummary> {
  const input = CreateSystemInput.parse(raw);
  const roles = [...new Set([...(input.roles ?? []), ...(input.role ? [input.role] : [])])];
  if (input.riskOwnerId) await assertRiskOwner(ctx, input.riskOwnerId);
  const classification = input.classification ? decideClassification(ctx, input.classification) : null;
  const snapshot = initialLifecycle();
  const persisted = persistLifecycle(snapshot);
  const [row] = await ctx.tx
    .insert(systems)
    .values({
      tenantId: ctx.tenantId,
      name: input.name,
      purpose: input.purpose,
      jurisdictions: input.jurisdictions,
      roles,
      profile: classifiedProfile(input.profile, classification),
      impactLevel: classification?.decision.impactLevel ?? input.impactLevel ?? null,
      autonomyLevel: classification?.decision.autonomyLevel ?? input.autonomyLevel ?? null,
      euRiskTier: classification?.decision.euRiskTier ?? null,
      classification,
      riskOwnerId: input.riskOwnerId ?? null,
      lifecycle: { value: persisted.value, context: persisted.context },
      machineVersion: persisted.machineVersion,
      state: stateKey(snapshot),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!row) throw new Error("system was not created");
  await audit(ctx, row, {
    entity: "system",
    entityId: row.id,
    action: "system.created",
    toState: row.state,
    after: publicFields(row),
  });
  return { id: row.id, name: row.name, state: row.state, version: row.version };
}

/* ---------------------------------------------------------------------------------------------- */
/* List                                                                                            */

export const SYSTEM_SORTS = ["name", "updatedAt", "nextReviewAt", "state"] as const;
export const ListSystemsInput = z
  .object({
    q: z.string().trim().max(200).optional(),
    /** A state or a parent state: "operating" matches operating.compliant, .reviewDue, .overdue. */
    state: z
      .string()
      .regex(/^[a-zA-Z]+(?:\.[a-zA-Z]+)?$/, { error: "must be a lifecycle state such as operating" })
      .optional(),
    impactLevel: ImpactLevel.optional(),
    autonomyLevel: AutonomyLevel.optional(),
    jurisdiction: z.string().trim().toUpperCase().max(10).optional(),
    riskOwnerId: Id.optional(),
    sort: z.enum(SYSTEM_SORTS).default("name"),
    dir: z.enum(["asc", "desc"]).default("asc"),
    cursor: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict();
export type ListSystemsInput = z.input<typeof ListSystemsInput>;

export type SystemListItem = {
  id: string;
  name: string;
  state: string;
  impactLevel: string | null;
  autonomyLevel: string | null;
  euRiskTier: string | null;
  jurisdictions: string[];
  riskOwner: { id: string; name: string } | null;
  nextReviewAt: string | null;
  updatedAt: Date;
  version: number;
};
export type SystemList = { items: SystemListItem[]; nextCursor: string | null; total: number };

/** Sort columns and how a cursor value is cast back (keyset pagination on (value, id)). */
const SORT_COLUMN = {
  name: { expr: sql`${systems.name}`, cast: sql`text` },
  updatedAt: { expr: sql`${systems.updatedAt}`, cast: sql`timestamptz` },
  // Systems never reviewed sort last.
  nextReviewAt: { expr: sql`coalesce(${systems.nextReviewAt}, '9999-12-31'::date)`, cast: sql`date` },
  state: { expr: sql`${systems.state}`, cast: sql`text` },
} as const;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function systemFilters(tenantId: string, input: z.output<typeof ListSystemsInput>): SQL[] {
  const where: SQL[] = [eq(systems.tenantId, tenantId)];
  if (input.q) {
    const pattern = likePattern(input.q);
    // The trigram index finds candidates (systems_matching, migration 0006); ILIKE rechecks exactly.
    where.push(sql`${systems.id} in (select systems_matching(${likePattern(input.q.toLowerCase())}))`);
    where.push(or(ilike(systems.name, pattern), ilike(systems.purpose, pattern)) as SQL);
  }
  if (input.state) {
    // A parent state stands for its children, listed from the machine: equality is leakproof, so
    // the (tenant_id, state) index serves it under RLS, where LIKE could not.
    const states = statesUnder(input.state);
    if (states.length === 0) throw new ValidationError("state", "is not a state of the lifecycle");
    where.push(inArray(systems.state, states));
  }
  if (input.impactLevel) where.push(eq(systems.impactLevel, input.impactLevel));
  if (input.autonomyLevel) where.push(eq(systems.autonomyLevel, input.autonomyLevel));
  if (input.jurisdiction) where.push(sql`${systems.jurisdictions} @> array[${input.jurisdiction}]::text[]`);
  if (input.riskOwnerId) where.push(eq(systems.riskOwnerId, input.riskOwnerId));
  return where;
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      z.uuid().safeParse(parsed[1]).success
    ) {
      return [parsed[0], parsed[1] as string];
    }
  } catch {
    // fall through
  }
  throw new ValidationError("cursor", "is not a cursor this list handed out; start from the first page");
}

export async function listSystems({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: ListSystemsInput;
}): Promise<SystemList> {
  const input = ListSystemsInput.parse(raw);
  const where = systemFilters(ctx.tenantId, input);
  const { expr, cast } = SORT_COLUMN[input.sort];
  const pageWhere = [...where];
  if (input.cursor) {
    const [value, id] = decodeCursor(input.cursor);
    const cmp = input.dir === "asc" ? sql`>` : sql`<`;
    pageWhere.push(sql`(${expr}, ${systems.id}) ${cmp} (${value}::${cast}, ${id}::uuid)`);
  }
  const order = input.dir === "asc" ? [asc(expr), asc(systems.id)] : [desc(expr), desc(systems.id)];
  // The first page counts its matches in the same scan (a window over the filtered rows, before
  // the limit); later pages, whose rows start after the cursor, count separately.
  const firstPage = !input.cursor;
  const [rows, counted] = await Promise.all([
    ctx.tx
      .select({
        id: systems.id,
        name: systems.name,
        state: systems.state,
        impactLevel: systems.impactLevel,
        autonomyLevel: systems.autonomyLevel,
        euRiskTier: systems.euRiskTier,
        jurisdictions: systems.jurisdictions,
        riskOwnerId: systems.riskOwnerId,
        riskOwnerName: users.name,
        nextReviewAt: systems.nextReviewAt,
        updatedAt: systems.updatedAt,
        version: systems.version,
        sortValue: sql<string>`(${expr})::text`,
        total: firstPage ? sql<number>`(count(*) over ())::int` : sql<number>`0`,
      })
      .from(systems)
      .leftJoin(users, eq(users.id, systems.riskOwnerId))
      .where(and(...pageWhere))
      .orderBy(...order)
      .limit(input.limit + 1),
    firstPage
      ? Promise.resolve([])
      : ctx.tx
          .select({ total: sql<number>`count(*)::int` })
          .from(systems)
          .where(and(...where)),
  ]);
  const total = firstPage ? (rows[0]?.total ?? 0) : (counted[0]?.total ?? 0);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ riskOwnerId, riskOwnerName, sortValue: _sort, total: _total, ...item }) => ({
      ...item,
      riskOwner: riskOwnerId ? { id: riskOwnerId, name: riskOwnerName ?? "" } : null,
    })),
    nextCursor:
      rows.length > input.limit && last
        ? Buffer.from(JSON.stringify([last.sortValue, last.id])).toString("base64url")
        : null,
    total,
  };
}

export { roleMaySend, statesUnder };

/* ---------------------------------------------------------------------------------------------- */
/* Get                                                                                             */

export const SystemIdInput = z.object({ id: Id }).strict();

export type AllowedEvent = {
  event: UserEventType;
  allowed: boolean;
  guard: string | null;
  reason: string | null;
};

export type SystemDetail = {
  id: string;
  name: string;
  purpose: string;
  jurisdictions: string[];
  roles: string[];
  profile: Record<string, unknown>;
  impactLevel: string | null;
  autonomyLevel: string | null;
  euRiskTier: string | null;
  classification: StoredClassification | null;
  screening:
    | (ScreeningState & {
        answers: Record<string, string>;
        otherDescription: string | null;
        answeredAt: string | null;
      })
    | null;
  screeningQuestions: ScreeningQuestion[];
  noRisksJustification: string | null;
  riskOwner: { id: string; name: string } | null;
  state: string;
  machineVersion: number;
  version: number;
  approvedAt: Date | null;
  lastReviewCompletedAt: Date | null;
  nextReviewAt: string | null;
  suspendedAt: Date | null;
  suspension: Record<string, unknown> | null;
  createdAt: Date;
  updatedAt: Date;
  /** Why the system must be audited before approval, each with its basis (law or product policy). */
  auditGrounds: string[];
  riskTolerance: number;
  events: AllowedEvent[];
};

export async function getSystem({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof SystemIdInput>;
}): Promise<SystemDetail> {
  const system = await loadSystem(ctx, input.id);
  const facts = await lifecycleFacts(ctx, system);
  const snapshot = restoreLifecycle(storedLifecycle(system));
  const events = availableEvents(snapshot, facts).map((e) =>
    roleMaySend(ctx.actor.role, e.event)
      ? e
      : {
          event: e.event,
          allowed: false,
          guard: null,
          reason: `a member whose role is ${ctx.actor.role} may not send this event`,
        },
  );
  const [owner] = system.riskOwnerId
    ? await ctx.tx
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(eq(users.id, system.riskOwnerId))
    : [];
  const stored = system.screening as {
    answers?: Record<string, string>;
    otherDescription?: string | null;
    answeredAt?: string;
  } | null;
  const screening = screeningState(system);
  return {
    id: system.id,
    name: system.name,
    purpose: system.purpose,
    jurisdictions: system.jurisdictions,
    roles: system.roles,
    profile: system.profile,
    impactLevel: system.impactLevel,
    autonomyLevel: system.autonomyLevel,
    euRiskTier: system.euRiskTier,
    classification: system.classification as StoredClassification | null,
    screening: screening
      ? {
          ...screening,
          answers: stored?.answers ?? {},
          otherDescription: stored?.otherDescription ?? null,
          answeredAt: stored?.answeredAt ?? null,
        }
      : null,
    screeningQuestions: questionsFor(system, ctx.now),
    noRisksJustification: system.noRisksJustification,
    riskOwner: owner ?? null,
    state: system.state,
    machineVersion: system.machineVersion,
    version: system.version,
    approvedAt: system.approvedAt,
    lastReviewCompletedAt: system.lastReviewCompletedAt,
    nextReviewAt: system.nextReviewAt,
    suspendedAt: system.suspendedAt,
    suspension: system.suspension,
    createdAt: system.createdAt,
    updatedAt: system.updatedAt,
    auditGrounds: auditGrounds(facts),
    riskTolerance: facts.riskTolerance,
    events,
  };
}

function questionsFor(system: SystemRow, now: Date): ScreeningQuestion[] {
  return screeningQuestions({ jurisdictions: system.jurisdictions, catalogue, asOf: isoDay(now) });
}

function storedLifecycle(system: SystemRow) {
  const stored = system.lifecycle as { value: unknown; context: { version: number } };
  return {
    machineVersion: system.machineVersion,
    value: stored.value as ReturnType<typeof persistLifecycle>["value"],
    context: stored.context,
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Update (profile, owner, classification)                                                         */

export const UpdateSystemInput = z
  .object({
    id: Id,
    expectedVersion: Version,
    name: SystemName.optional(),
    purpose: Purpose.optional(),
    jurisdictions: JurisdictionList.optional(),
    roles: RoleList.optional(),
    profile: SystemProfile.optional(),
    riskOwnerId: Id.nullable().optional(),
    impactLevel: ImpactLevel.optional(),
    autonomyLevel: AutonomyLevel.optional(),
    classification: ClassificationInput.optional(),
    /** A justified "no risks found" stands in for an empty register at identification. */
    noRisksJustification: z.string().trim().max(4000).nullable().optional(),
    reason: Reason.optional(),
  })
  .strict();
export type UpdateSystemInput = z.input<typeof UpdateSystemInput>;

export async function updateSystem({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: UpdateSystemInput;
}): Promise<SystemSummary> {
  const input = UpdateSystemInput.parse(raw);
  const system = await loadSystem(ctx, input.id);
  assertVersion(system, input.expectedVersion);
  assertNotRetired(system);
  if (input.riskOwnerId) await assertRiskOwner(ctx, input.riskOwnerId);
  const classification = input.classification ? decideClassification(ctx, input.classification) : undefined;
  const impactLevel = classification?.decision.impactLevel ?? input.impactLevel ?? system.impactLevel;
  const autonomyLevel = classification?.decision.autonomyLevel ?? input.autonomyLevel ?? system.autonomyLevel;

  const changes: Partial<SystemRow> = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.purpose !== undefined && { purpose: input.purpose }),
    ...(input.jurisdictions !== undefined && { jurisdictions: input.jurisdictions }),
    ...(input.roles !== undefined && { roles: input.roles }),
    ...((input.profile !== undefined || classification) && {
      profile: classifiedProfile(input.profile ?? (system.profile as SystemProfile), classification ?? null),
    }),
    ...(input.riskOwnerId !== undefined && { riskOwnerId: input.riskOwnerId }),
    ...(input.noRisksJustification !== undefined && {
      noRisksJustification: input.noRisksJustification || null,
    }),
    ...(classification && { classification, euRiskTier: classification.decision.euRiskTier }),
    impactLevel,
    autonomyLevel,
  };
  const reclassified = impactLevel !== system.impactLevel || autonomyLevel !== system.autonomyLevel;
  const updated = await writeSystem(ctx, system, changes);
  await audit(ctx, updated, {
    entity: classification ? "classification" : "system",
    entityId: system.id,
    action: classification ? "system.classified" : "system.updated",
    reason: classification?.decision.overrideReason ?? input.reason ?? null,
    ...diffFields(publicFields(system), publicFields(updated)),
  });
  // Reclassification (impact or autonomy) sends the system back to assessment (lifecycle.md).
  if (reclassified && system.impactLevel !== null && system.autonomyLevel !== null) {
    const after = await applyEvent(ctx, updated, {
      type: "RECLASSIFIED",
      expectedVersion: updated.version,
      reason: `impact ${system.impactLevel} → ${impactLevel}, autonomy ${system.autonomyLevel} → ${autonomyLevel}`,
      basis: "product_policy",
      onlyIfPossible: true,
    });
    return summary(after);
  }
  return summary(updated);
}

/* ---------------------------------------------------------------------------------------------- */
/* Screening                                                                                       */

export const ScreenSystemInput = z
  .object({ id: Id, expectedVersion: Version })
  .extend(ScreeningAnswers.shape)
  .strict();
export type ScreenSystemInput = z.input<typeof ScreenSystemInput>;

/**
 * Stores the prohibited-practice screening; any "yes" sends PROHIBITED_PRACTICE_FOUND at once
 * (product policy built on AI Law Art. 18(2): the product always suspends).
 */
export async function screenSystem({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: ScreenSystemInput;
}): Promise<SystemSummary & { found: Array<{ id: string; text: string }> }> {
  const input = ScreenSystemInput.parse(raw);
  const system = await loadSystem(ctx, input.id);
  assertVersion(system, input.expectedVersion);
  assertNotRetired(system);
  const questions = questionsFor(system, ctx.now);
  const answers = { answers: input.answers, otherDescription: input.otherDescription };
  const [problem] = screeningAnswerErrors(questions, answers);
  if (problem) throw new ValidationError(problem.field, problem.reason);
  const result = evaluateScreening(questions, answers);
  const found = result.found.map((q) => ({
    id: q.id,
    text: q.other ? (input.otherDescription ?? q.text) : q.text,
  }));
  const screening = {
    answers: input.answers,
    otherDescription: input.otherDescription ?? null,
    complete: result.complete,
    unanswered: result.unanswered,
    found,
    euProhibitedPractice: result.euProhibitedPractice,
    answeredBy: ctx.actor.userId,
    answeredAt: ctx.now.toISOString(),
  };
  const updated = await writeSystem(ctx, system, { screening });
  await audit(ctx, updated, {
    entity: "screening",
    entityId: system.id,
    action: "system.screened",
    after: { complete: result.complete, found: found.map((f) => f.id) },
  });
  if (found.length === 0) return { ...summary(updated), found };
  const suspended = await applyEvent(ctx, updated, {
    type: "PROHIBITED_PRACTICE_FOUND",
    expectedVersion: updated.version,
    reason: `screening: ${found.map((f) => f.text).join("; ")}`,
    basis: "product_policy",
    practices: found,
  });
  return { ...summary(suspended), found };
}

/* ---------------------------------------------------------------------------------------------- */
/* Transition                                                                                      */

export const TransitionInput = z
  .object({
    id: Id,
    event: z.enum(USER_EVENTS, { error: `must be one of ${USER_EVENTS.join(", ")}` }),
    expectedVersion: Version,
    reason: Reason.optional(),
  })
  .strict();
export type TransitionInput = z.input<typeof TransitionInput>;

export async function transitionSystem({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: TransitionInput;
}): Promise<SystemSummary & { from: string }> {
  const input = TransitionInput.parse(raw);
  if (!roleMaySend(ctx.actor.role, input.event)) {
    throw new ForbiddenError(`${input.event} may not be sent by a member whose role is ${ctx.actor.role}`);
  }
  if (input.event === "PROHIBITED_PRACTICE_FOUND" && !input.reason?.trim()) {
    throw new ValidationError("reason", "say which prohibited practice was found");
  }
  const system = await loadSystem(ctx, input.id);
  assertVersion(system, input.expectedVersion);
  const after = await applyEvent(ctx, system, {
    type: input.event,
    expectedVersion: input.expectedVersion,
    reason: input.reason ?? null,
    basis: input.event === "PROHIBITED_PRACTICE_FOUND" ? "product_policy" : null,
  });
  return { ...summary(after), from: system.state };
}

type ApplyOptions = {
  type: LifecycleEventType;
  expectedVersion: number;
  reason: string | null;
  basis: AuditEntryInput["basis"];
  actor?: LifecycleFacts["actor"];
  practices?: Array<{ id: string; text: string }>;
  /** For server-sent events: skip silently when the machine does not take it in this state. */
  onlyIfPossible?: boolean;
};

/**
 * The one way a system's state changes: restore the snapshot, let the machine decide with the facts
 * of now, persist the next snapshot where the version is still the one read (+1), and append the
 * audit entry, all in the caller's transaction.
 */
export async function applyEvent(
  ctx: TenantContext,
  system: SystemRow,
  opts: ApplyOptions,
): Promise<SystemRow> {
  const facts = await lifecycleFacts(ctx, system, opts.actor);
  const snapshot = restoreLifecycle(storedLifecycle(system));
  const decision = decide(snapshot, {
    type: opts.type,
    facts,
    ...(opts.reason ? { reason: opts.reason } : {}),
  });
  if (!decision.allowed) {
    if (opts.onlyIfPossible) return system;
    throw new PreconditionFailedError(decision.guard ?? "notPossible", decision.missing, {
      systemId: system.id,
      event: opts.type,
      fromState: decision.from,
      reason: opts.reason,
    });
  }
  const persisted = persistLifecycle(decision.next);
  const today = isoDay(ctx.now);
  const changes: Partial<SystemRow> = {
    lifecycle: { value: persisted.value, context: persisted.context },
    machineVersion: persisted.machineVersion,
    state: decision.to,
  };
  let basis = opts.basis;
  let reason = opts.reason;
  switch (opts.type) {
    case "APPROVE": {
      const { reviewIntervalMonths } = await loadOrgSettings(ctx);
      changes.approvedAt = ctx.now;
      if (system.approvedAt) changes.lastReviewCompletedAt = ctx.now;
      // AI Law 18(1): risks are updated at least once a year; the tenant may choose shorter.
      changes.nextReviewAt = nextReviewDay(today, reviewIntervalMonths);
      break;
    }
    case "PROHIBITED_PRACTICE_FOUND":
      changes.suspendedAt = ctx.now;
      changes.suspension = {
        reason: opts.reason,
        practices: opts.practices ?? [],
        by: facts.actor.kind === "user" ? facts.actor.userId : null,
        at: ctx.now.toISOString(),
        policy: "product policy built on AI Law Art. 18(2): the product always suspends",
      };
      basis = "product_policy";
      break;
    case "REMEDIATED":
      changes.suspension = {
        ...(system.suspension ?? {}),
        resolvedAt: ctx.now.toISOString(),
        resolution: opts.reason,
      };
      break;
    case "RETIRE":
      changes.nextReviewAt = null;
      break;
    case "MITIGATIONS_ADOPTED": {
      const grounds = auditGrounds(facts);
      if (decision.to.endsWith(".audit")) {
        reason = [opts.reason, `audit required: ${grounds.join("; ")}`].filter(Boolean).join(" — ");
        if (grounds.every((g) => g.includes("product policy"))) basis = "product_policy";
      }
      break;
    }
    default:
      break;
  }
  const updated = await writeSystem(ctx, system, changes, opts.expectedVersion);
  await audit(ctx, updated, {
    entity: "system",
    entityId: system.id,
    action: `lifecycle.${opts.type}`,
    fromState: decision.from,
    toState: decision.to,
    reason,
    basis,
    actorId: facts.actor.kind === "user" ? facts.actor.userId : null,
    actorRole: facts.actor.kind === "user" ? facts.actor.role : "scheduler",
  });
  return updated;
}

/** Records a refused lifecycle event in a transaction of its own (the request's was rolled back). */
export async function recordRefusedAttempt({
  ctx,
  attempt,
  error,
}: {
  ctx: TenantContext;
  attempt: { systemId: string; event: string; fromState: string; reason: string | null };
  error: { guard: string; missing: string };
}): Promise<void> {
  await appendAudit(ctx.tx, {
    tenantId: ctx.tenantId,
    at: ctx.now,
    actorId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    systemId: attempt.systemId,
    entity: "system",
    entityId: attempt.systemId,
    action: `lifecycle.${attempt.event}`,
    fromState: attempt.fromState,
    toState: null,
    reason: attempt.reason,
    after: { refused: true, guard: error.guard, missing: error.missing },
    accepted: false,
  });
}

/* ---------------------------------------------------------------------------------------------- */
/* History                                                                                         */

export type HistoryEntry = {
  seq: number;
  at: Date;
  actor: { id: string; name: string } | null;
  actorRole: string | null;
  entity: string;
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  basis: string | null;
  before: unknown;
  after: unknown;
  accepted: boolean;
  hash: string;
  prevHash: string;
};

export async function systemHistory({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof SystemIdInput>;
}): Promise<HistoryEntry[]> {
  await loadSystem(ctx, input.id);
  const entries = await listAudit(ctx.tx, { tenantId: ctx.tenantId, systemId: input.id });
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const names = actorIds.length
    ? await ctx.tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, actorIds))
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return entries.map((e) => ({
    seq: e.seq,
    at: e.at,
    actor: e.actorId ? { id: e.actorId, name: nameOf.get(e.actorId) ?? "former member" } : null,
    actorRole: e.actorRole,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    reason: e.reason,
    basis: e.basis,
    before: e.before,
    after: e.after,
    accepted: e.accepted,
    hash: e.hash,
    prevHash: e.prevHash,
  }));
}

export type HistoryVerification = Awaited<ReturnType<typeof verifyAuditChain>> & {
  /** Whether the first broken entry belongs to this system (the chain is the organisation's). */
  brokenInThisSystem: boolean;
  verifiedAt: Date;
};

/** "Verify history": walks the organisation's whole chain and reports the first broken link. */
export async function verifySystemHistory({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: z.infer<typeof SystemIdInput>;
}): Promise<HistoryVerification> {
  await loadSystem(ctx, input.id);
  const result = await verifyAuditChain(ctx.tx, { tenantId: ctx.tenantId });
  let brokenInThisSystem = false;
  if (result.firstBroken) {
    const entries = await listAudit(ctx.tx, { tenantId: ctx.tenantId, systemId: input.id });
    brokenInThisSystem = entries.some((e) => e.seq === result.firstBroken?.seq);
  }
  return { ...result, brokenInThisSystem, verifiedAt: ctx.now };
}

/* ---------------------------------------------------------------------------------------------- */
/* Shared                                                                                          */

export function assertVersion(system: { version: number }, expected: number): void {
  if (system.version !== expected) {
    throw new ConflictError(
      `the system changed since you read it (version ${expected}, now ${system.version}); reload and try again`,
    );
  }
}

/** Writes changes where the version is still `expected`, adding one; a lost race is a CONFLICT. */
export async function writeSystem(
  ctx: TenantContext,
  system: SystemRow,
  changes: Partial<SystemRow>,
  expected = system.version,
): Promise<SystemRow> {
  const [row] = await ctx.tx
    .update(systems)
    .set({ ...changes, version: sql`${systems.version} + 1`, updatedAt: ctx.now })
    .where(and(eq(systems.tenantId, ctx.tenantId), eq(systems.id, system.id), eq(systems.version, expected)))
    .returning();
  if (!row) {
    throw new ConflictError("the system changed since you read it; reload and try again");
  }
  return row;
}

/** Appends an audit entry about a system on behalf of the acting member. */
export async function audit(
  ctx: TenantContext,
  system: { id: string },
  entry: Omit<AuditEntryInput, "tenantId" | "at" | "actorId" | "actorRole" | "systemId"> &
    Partial<Pick<AuditEntryInput, "actorId" | "actorRole">>,
): Promise<void> {
  await appendAudit(ctx.tx, {
    tenantId: ctx.tenantId,
    at: ctx.now,
    actorId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    systemId: system.id,
    ...entry,
  });
}

function summary(row: SystemRow): SystemSummary {
  return { id: row.id, name: row.name, state: row.state, version: row.version };
}

function publicFields(row: SystemRow): Record<string, unknown> {
  return {
    name: row.name,
    purpose: row.purpose,
    jurisdictions: row.jurisdictions,
    roles: row.roles,
    profile: row.profile,
    impactLevel: row.impactLevel,
    autonomyLevel: row.autonomyLevel,
    euRiskTier: row.euRiskTier,
    riskOwnerId: row.riskOwnerId,
    noRisksJustification: row.noRisksJustification,
  };
}

/** Only what changed, before and after. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}
