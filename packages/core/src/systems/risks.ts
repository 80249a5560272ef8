import { memberships, mitigations, risks, users } from "@airisk/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@airisk/domain/errors";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { TenantContext } from "#context.ts";
import { assertNotRetired, loadOrgSettings, loadSystem, type RiskRow, score } from "#systems/facts.ts";
import { Id, IsoDay, optionalText, text, Version } from "#systems/model.ts";
import { audit, diffFields } from "#systems/systems.ts";

/**
 * The risk register of a system (AI Law Art. 18(1)): each risk scored likelihood × severity for the
 * intended use and for reasonably foreseeable misuse, its mitigations, the residual risk and its
 * acceptance by the risk owner (stale once the residual changes).
 */

const Scale = z
  .number()
  .int({ error: "must be a whole number from 1 to 5" })
  .min(1, { error: "must be 1 to 5" })
  .max(5, { error: "must be 1 to 5" });

export const ARISES_FROM = ["intended_use", "foreseeable_misuse", "both"] as const;
export const MITIGATION_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;

const RiskFields = {
  title: text(200),
  description: optionalText(4000),
  category: text(120),
  arisesFrom: z.enum(ARISES_FROM, { error: "must be intended_use, foreseeable_misuse or both" }),
  likelihood: Scale.nullable(),
  severity: Scale.nullable(),
  misuseLikelihood: Scale.nullable(),
  misuseSeverity: Scale.nullable(),
  residualLikelihood: Scale.nullable(),
  residualSeverity: Scale.nullable(),
  ownerId: Id.nullable(),
};

export const CreateRiskInput = z
  .object({
    systemId: Id,
    title: RiskFields.title,
    description: RiskFields.description.default(""),
    category: RiskFields.category,
    arisesFrom: RiskFields.arisesFrom,
    likelihood: RiskFields.likelihood.optional(),
    severity: RiskFields.severity.optional(),
    misuseLikelihood: RiskFields.misuseLikelihood.optional(),
    misuseSeverity: RiskFields.misuseSeverity.optional(),
    residualLikelihood: RiskFields.residualLikelihood.optional(),
    residualSeverity: RiskFields.residualSeverity.optional(),
    ownerId: RiskFields.ownerId.optional(),
  })
  .strict();
export type CreateRiskInput = z.input<typeof CreateRiskInput>;

export const UpdateRiskInput = z
  .object({
    id: Id,
    expectedVersion: Version,
    title: RiskFields.title.optional(),
    description: RiskFields.description.optional(),
    category: RiskFields.category.optional(),
    arisesFrom: RiskFields.arisesFrom.optional(),
    likelihood: RiskFields.likelihood.optional(),
    severity: RiskFields.severity.optional(),
    misuseLikelihood: RiskFields.misuseLikelihood.optional(),
    misuseSeverity: RiskFields.misuseSeverity.optional(),
    residualLikelihood: RiskFields.residualLikelihood.optional(),
    residualSeverity: RiskFields.residualSeverity.optional(),
    ownerId: RiskFields.ownerId.optional(),
    status: z.enum(["open", "closed"]).optional(),
  })
  .strict();
export type UpdateRiskInput = z.input<typeof UpdateRiskInput>;

export const RiskIdInput = z.object({ id: Id, expectedVersion: Version }).strict();

export const AddMitigationInput = z
  .object({
    riskId: Id,
    action: text(2000),
    ownerId: Id.nullable().optional(),
    dueDate: IsoDay.nullable().optional(),
    status: z.enum(MITIGATION_STATUSES).default("planned"),
  })
  .strict();
export type AddMitigationInput = z.input<typeof AddMitigationInput>;

export const UpdateMitigationInput = z
  .object({
    id: Id,
    action: text(2000).optional(),
    ownerId: Id.nullable().optional(),
    dueDate: IsoDay.nullable().optional(),
    status: z.enum(MITIGATION_STATUSES).optional(),
  })
  .strict();
export type UpdateMitigationInput = z.input<typeof UpdateMitigationInput>;

export type Mitigation = {
  id: string;
  action: string;
  owner: { id: string; name: string } | null;
  dueDate: string | null;
  status: (typeof MITIGATION_STATUSES)[number];
};

export type Risk = {
  id: string;
  systemId: string;
  title: string;
  description: string;
  category: string;
  arisesFrom: (typeof ARISES_FROM)[number];
  likelihood: number | null;
  severity: number | null;
  misuseLikelihood: number | null;
  misuseSeverity: number | null;
  intendedUseScore: number | null;
  misuseScore: number | null;
  /** The higher of the two: what the tolerance is compared with. */
  score: number | null;
  aboveTolerance: boolean;
  residualLikelihood: number | null;
  residualSeverity: number | null;
  residualScore: number | null;
  owner: { id: string; name: string } | null;
  status: "open" | "closed";
  acceptance: { by: { id: string; name: string }; at: Date; stale: boolean } | null;
  version: number;
  mitigations: Mitigation[];
};

export type RiskRegister = { tolerance: number; risks: Risk[] };

export async function listRisks({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: { systemId: string };
}): Promise<RiskRegister> {
  await loadSystem(ctx, input.systemId);
  const { riskTolerance } = await loadOrgSettings(ctx);
  const rows = await ctx.tx
    .select()
    .from(risks)
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.systemId, input.systemId)))
    .orderBy(asc(risks.createdAt), asc(risks.id));
  const ids = rows.map((r) => r.id);
  const measures = ids.length
    ? await ctx.tx
        .select()
        .from(mitigations)
        .where(and(eq(mitigations.tenantId, ctx.tenantId), inArray(mitigations.riskId, ids)))
        .orderBy(asc(mitigations.createdAt), asc(mitigations.id))
    : [];
  const people = [
    ...new Set(
      [...rows.flatMap((r) => [r.ownerId, r.acceptedBy]), ...measures.map((m) => m.ownerId)].filter(
        (id): id is string => id !== null,
      ),
    ),
  ];
  const names = new Map(
    (people.length
      ? await ctx.tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people))
      : []
    ).map((u) => [u.id, u.name]),
  );
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? "former member" } : null);
  return {
    tolerance: riskTolerance,
    risks: rows.map((r) =>
      toRisk(
        r,
        riskTolerance,
        person,
        measures.filter((m) => m.riskId === r.id),
      ),
    ),
  };
}

function toRisk(
  r: RiskRow,
  tolerance: number,
  person: (id: string | null) => { id: string; name: string } | null,
  measures: Array<typeof mitigations.$inferSelect>,
): Risk {
  const intendedUseScore = score(r.likelihood, r.severity);
  const misuseScore = score(r.misuseLikelihood, r.misuseSeverity);
  const top =
    intendedUseScore === null && misuseScore === null
      ? null
      : Math.max(intendedUseScore ?? 0, misuseScore ?? 0);
  const acceptedBy = person(r.acceptedBy);
  return {
    id: r.id,
    systemId: r.systemId,
    title: r.title,
    description: r.description,
    category: r.category,
    arisesFrom: r.arisesFrom,
    likelihood: r.likelihood,
    severity: r.severity,
    misuseLikelihood: r.misuseLikelihood,
    misuseSeverity: r.misuseSeverity,
    intendedUseScore,
    misuseScore,
    score: top,
    aboveTolerance: top !== null && top > tolerance,
    residualLikelihood: r.residualLikelihood,
    residualSeverity: r.residualSeverity,
    residualScore: score(r.residualLikelihood, r.residualSeverity),
    owner: person(r.ownerId),
    status: r.status,
    acceptance:
      acceptedBy && r.acceptedAt
        ? {
            by: acceptedBy,
            at: r.acceptedAt,
            stale:
              r.acceptedResidualLikelihood !== r.residualLikelihood ||
              r.acceptedResidualSeverity !== r.residualSeverity,
          }
        : null,
    version: r.version,
    mitigations: measures.map((m) => ({
      id: m.id,
      action: m.action,
      owner: person(m.ownerId),
      dueDate: m.dueDate,
      status: m.status,
    })),
  };
}

async function assertMember(ctx: TenantContext, userId: string, field: string): Promise<void> {
  const [member] = await ctx.tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, userId)));
  if (!member) throw new ValidationError(field, "is not a member of this organisation");
}

async function assertWritable(ctx: TenantContext, systemId: string) {
  const system = await loadSystem(ctx, systemId);
  assertNotRetired(system);
  return system;
}

async function loadRisk(ctx: TenantContext, id: string): Promise<RiskRow> {
  const [row] = await ctx.tx
    .select()
    .from(risks)
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.id, id)));
  if (!row) throw new NotFoundError("risk");
  return row;
}

/** A pair must be given together: a likelihood without its severity scores nothing. */
function assertPairs(r: Partial<RiskRow>): void {
  const pairs = [
    ["likelihood", "severity"],
    ["misuseLikelihood", "misuseSeverity"],
    ["residualLikelihood", "residualSeverity"],
  ] as const;
  for (const [a, b] of pairs) {
    if (((r[a] ?? null) === null) !== ((r[b] ?? null) === null)) {
      throw new ValidationError((r[a] ?? null) === null ? a : b, `give ${a} and ${b} together`);
    }
  }
}

const riskFields = (r: RiskRow) => ({
  title: r.title,
  description: r.description,
  category: r.category,
  arisesFrom: r.arisesFrom,
  likelihood: r.likelihood,
  severity: r.severity,
  misuseLikelihood: r.misuseLikelihood,
  misuseSeverity: r.misuseSeverity,
  residualLikelihood: r.residualLikelihood,
  residualSeverity: r.residualSeverity,
  ownerId: r.ownerId,
  status: r.status,
});

export async function createRisk({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: CreateRiskInput;
}): Promise<{ id: string; version: number }> {
  const input = CreateRiskInput.parse(raw);
  const system = await assertWritable(ctx, input.systemId);
  if (input.ownerId) await assertMember(ctx, input.ownerId, "ownerId");
  assertPairs(input);
  const [row] = await ctx.tx
    .insert(risks)
    .values({ tenantId: ctx.tenantId, ...input, createdAt: ctx.now, updatedAt: ctx.now })
    .returning();
  if (!row) throw new Error("risk was not created");
  await audit(ctx, system, {
    entity: "risk",
    entityId: row.id,
    action: "risk.created",
    after: riskFields(row),
  });
  return { id: row.id, version: row.version };
}

export async function updateRisk({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: UpdateRiskInput;
}): Promise<{ id: string; version: number }> {
  const { id, expectedVersion, ...changes } = UpdateRiskInput.parse(raw);
  const current = await loadRisk(ctx, id);
  const system = await assertWritable(ctx, current.systemId);
  if (current.version !== expectedVersion) {
    throw new ConflictError(
      `the risk changed since you read it (version ${expectedVersion}, now ${current.version})`,
    );
  }
  if (changes.ownerId) await assertMember(ctx, changes.ownerId, "ownerId");
  assertPairs({ ...current, ...changes });
  const [row] = await ctx.tx
    .update(risks)
    .set({ ...changes, version: sql`${risks.version} + 1`, updatedAt: ctx.now })
    .where(and(eq(risks.tenantId, ctx.tenantId), eq(risks.id, id), eq(risks.version, expectedVersion)))
    .returning();
  if (!row) throw new ConflictError("the risk changed since you read it; reload and try again");
  const diff = diffFields(riskFields(current), riskFields(row));
  await audit(ctx, system, { entity: "risk", entityId: id, action: "risk.updated", ...diff });
  return { id: row.id, version: row.version };
}

/** The system's risk owner (or an admin) accepts the residual risk as it stands now. */
export async function acceptRisk({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: z.input<typeof RiskIdInput>;
}): Promise<{ id: string; version: number }> {
  const input = RiskIdInput.parse(raw);
  const current = await loadRisk(ctx, input.id);
  const system = await assertWritable(ctx, current.systemId);
  if (ctx.actor.role !== "admin" && ctx.actor.userId !== system.riskOwnerId) {
    throw new ForbiddenError("only the system's risk owner or an admin accepts a residual risk");
  }
  if (current.residualLikelihood === null || current.residualSeverity === null) {
    throw new ValidationError("residualLikelihood", "record the residual risk before accepting it");
  }
  const [row] = await ctx.tx
    .update(risks)
    .set({
      acceptedBy: ctx.actor.userId,
      acceptedAt: ctx.now,
      acceptedResidualLikelihood: current.residualLikelihood,
      acceptedResidualSeverity: current.residualSeverity,
      version: sql`${risks.version} + 1`,
      updatedAt: ctx.now,
    })
    .where(
      and(eq(risks.tenantId, ctx.tenantId), eq(risks.id, input.id), eq(risks.version, input.expectedVersion)),
    )
    .returning();
  if (!row) throw new ConflictError("the risk changed since you read it; reload and try again");
  await audit(ctx, system, {
    entity: "risk",
    entityId: input.id,
    action: "risk.accepted",
    after: { residualLikelihood: row.residualLikelihood, residualSeverity: row.residualSeverity },
  });
  return { id: row.id, version: row.version };
}

export async function addMitigation({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: AddMitigationInput;
}): Promise<{ id: string }> {
  const input = AddMitigationInput.parse(raw);
  const risk = await loadRisk(ctx, input.riskId);
  const system = await assertWritable(ctx, risk.systemId);
  if (input.ownerId) await assertMember(ctx, input.ownerId, "ownerId");
  const [row] = await ctx.tx
    .insert(mitigations)
    .values({ tenantId: ctx.tenantId, ...input, createdAt: ctx.now, updatedAt: ctx.now })
    .returning();
  if (!row) throw new Error("mitigation was not created");
  await audit(ctx, system, {
    entity: "mitigation",
    entityId: row.id,
    action: "mitigation.added",
    after: {
      riskId: row.riskId,
      action: row.action,
      ownerId: row.ownerId,
      dueDate: row.dueDate,
      status: row.status,
    },
  });
  return { id: row.id };
}

export async function updateMitigation({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: UpdateMitigationInput;
}): Promise<{ id: string }> {
  const { id, ...changes } = UpdateMitigationInput.parse(raw);
  const [current] = await ctx.tx
    .select()
    .from(mitigations)
    .where(and(eq(mitigations.tenantId, ctx.tenantId), eq(mitigations.id, id)));
  if (!current) throw new NotFoundError("mitigation");
  const risk = await loadRisk(ctx, current.riskId);
  const system = await assertWritable(ctx, risk.systemId);
  if (changes.ownerId) await assertMember(ctx, changes.ownerId, "ownerId");
  const [row] = await ctx.tx
    .update(mitigations)
    .set({ ...changes, updatedAt: ctx.now })
    .where(and(eq(mitigations.tenantId, ctx.tenantId), eq(mitigations.id, id)))
    .returning();
  if (!row) throw new NotFoundError("mitigation");
  const pick = (m: typeof row) => ({
    action: m.action,
    ownerId: m.ownerId,
    dueDate: m.dueDate,
    status: m.status,
  });
  await audit(ctx, system, {
    entity: "mitigation",
    entityId: id,
    action: "mitigation.updated",
    ...diffFields(pick(current), pick(row)),
  });
  return { id: row.id };
}
