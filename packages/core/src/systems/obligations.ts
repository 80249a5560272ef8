import { createHash } from "node:crypto";
import { evidence, findings, obligationStatuses, users } from "@airisk/db/schema";
import { evaluateApplicability, type Verdict } from "@airisk/domain/applicability";
import { NotFoundError, ValidationError } from "@airisk/domain/errors";
import { jurisdictions as catalogue } from "@airisk/regulations/catalogue";
import { and, asc, eq, inArray } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import type { TenantContext } from "#context.ts";
import { assertNotRetired, isoDay, loadSystem, systemFacts } from "#systems/facts.ts";
import { Id, IsoDay, Note, optionalText, text } from "#systems/model.ts";
import { audit } from "#systems/systems.ts";

/* ---------------------------------------------------------------------------------------------- */
/* Obligations of a system                                                                         */

export const OBLIGATION_STATUSES = ["met", "gap", "not_applicable"] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const ForSystemInput = z.object({ systemId: Id, asOf: IsoDay.optional() }).strict();

export type EvidenceItem = {
  id: string;
  obligationId: string | null;
  kind: "file" | "link";
  name: string;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  url: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: Date;
};

export type SystemObligation = Verdict & {
  answer: { status: ObligationStatus; note: string | null; updatedAt: Date; updatedBy: string | null } | null;
  evidence: EvidenceItem[];
};

export type SystemObligations = {
  asOf: string;
  applicable: SystemObligation[];
  notApplicable: Verdict[];
  /** Evidence not tied to one obligation (remediation of a suspension, general documents). */
  systemEvidence: EvidenceItem[];
  counts: { met: number; gap: number; notApplicable: number; open: number };
};

export async function obligationsForSystem({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: z.input<typeof ForSystemInput>;
}): Promise<SystemObligations> {
  const input = ForSystemInput.parse(raw);
  const system = await loadSystem(ctx, input.systemId);
  const asOf = input.asOf ?? isoDay(ctx.now);
  const result = evaluateApplicability({
    system: systemFacts(system),
    organisation: { flags: {} },
    asOf,
    catalogue,
  });
  const answers = await ctx.tx
    .select()
    .from(obligationStatuses)
    .where(and(eq(obligationStatuses.tenantId, ctx.tenantId), eq(obligationStatuses.systemId, system.id)));
  const byId = new Map(answers.map((a) => [a.obligationId, a]));
  const items = await listEvidence(ctx, system.id);
  const applicable = result.applicable.map((verdict) => {
    const a = byId.get(verdict.obligationId);
    return {
      ...verdict,
      answer: a ? { status: a.status, note: a.note, updatedAt: a.updatedAt, updatedBy: a.updatedBy } : null,
      evidence: items.filter((e) => e.obligationId === verdict.obligationId),
    };
  });
  const counts = { met: 0, gap: 0, notApplicable: 0, open: 0 };
  for (const o of applicable) {
    if (o.answer?.status === "met") counts.met += 1;
    else if (o.answer?.status === "gap") counts.gap += 1;
    else if (o.answer?.status === "not_applicable") counts.notApplicable += 1;
    else counts.open += 1;
  }
  return {
    asOf,
    applicable,
    notApplicable: result.notApplicable,
    systemEvidence: items.filter((e) => e.obligationId === null),
    counts,
  };
}

export const SetStatusInput = z
  .object({
    systemId: Id,
    obligationId: z.string().trim().min(1).max(120),
    status: z.enum(OBLIGATION_STATUSES, { error: "must be met, gap or not_applicable" }),
    note: Note.optional(),
  })
  .strict();
export type SetStatusInput = z.input<typeof SetStatusInput>;

/** An obligation of the catalogue that reaches the system (applicable or not, now or later). */
function knownObligation(
  system: Parameters<typeof systemFacts>[0],
  obligationId: string,
  asOf: string,
): boolean {
  const result = evaluateApplicability({
    system: systemFacts(system),
    organisation: { flags: {} },
    asOf,
    catalogue,
  });
  return [...result.applicable, ...result.notApplicable].some((v) => v.obligationId === obligationId);
}

export async function setObligationStatus({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: SetStatusInput;
}): Promise<{ obligationId: string; status: ObligationStatus }> {
  const input = SetStatusInput.parse(raw);
  const system = await loadSystem(ctx, input.systemId);
  assertNotRetired(system);
  if (!knownObligation(system, input.obligationId, isoDay(ctx.now))) {
    throw new ValidationError("obligationId", "is not an obligation of this system's jurisdictions");
  }
  if (input.status === "not_applicable" && !input.note?.trim()) {
    throw new ValidationError("note", "say why the obligation does not apply");
  }
  const [before] = await ctx.tx
    .select()
    .from(obligationStatuses)
    .where(
      and(
        eq(obligationStatuses.tenantId, ctx.tenantId),
        eq(obligationStatuses.systemId, system.id),
        eq(obligationStatuses.obligationId, input.obligationId),
      ),
    );
  const values = {
    status: input.status,
    note: input.note?.trim() || null,
    updatedBy: ctx.actor.userId,
    updatedAt: ctx.now,
  };
  await ctx.tx
    .insert(obligationStatuses)
    .values({ tenantId: ctx.tenantId, systemId: system.id, obligationId: input.obligationId, ...values })
    .onConflictDoUpdate({
      target: [obligationStatuses.tenantId, obligationStatuses.systemId, obligationStatuses.obligationId],
      set: values,
    });
  await audit(ctx, system, {
    entity: "obligation",
    entityId: input.obligationId,
    action: "obligation.status",
    before: before ? { status: before.status, note: before.note } : null,
    after: { status: values.status, note: values.note },
  });
  return { obligationId: input.obligationId, status: input.status };
}

/* ---------------------------------------------------------------------------------------------- */
/* Evidence                                                                                        */

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/**
 * File types accepted as evidence, checked from the content (magic bytes), never from the name:
 * documents, images, archives of office formats; plain text is accepted when it is valid UTF-8.
 */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (.xlsx)",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint (.pptx)",
  "application/vnd.oasis.opendocument.text": "OpenDocument text",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet",
  "application/zip": "ZIP",
  "text/plain": "plain text, CSV or Markdown",
};

const ObligationRef = z.string().trim().min(1).max(120).nullable().optional();

export const AddLinkInput = z
  .object({
    systemId: Id,
    obligationId: ObligationRef,
    name: text(200),
    url: z
      .url({ protocol: /^https?$/, error: "must be an http or https address" })
      .max(2000, { error: "must be at most 2000 characters" }),
  })
  .strict();
export type AddLinkInput = z.input<typeof AddLinkInput>;

export const UploadFileInput = z
  .object({
    systemId: Id,
    obligationId: ObligationRef,
    name: text(200),
    content: z.instanceof(Uint8Array, { error: "must be the file's bytes" }),
  })
  .strict();
export type UploadFileInput = z.input<typeof UploadFileInput>;

async function assertEvidenceTarget(
  ctx: TenantContext,
  systemId: string,
  obligationId: string | null | undefined,
) {
  const system = await loadSystem(ctx, systemId);
  assertNotRetired(system);
  if (obligationId && !knownObligation(system, obligationId, isoDay(ctx.now))) {
    throw new ValidationError("obligationId", "is not an obligation of this system's jurisdictions");
  }
  return system;
}

/** The media type of a file from its bytes, or a validation error naming what is accepted. */
export async function sniffEvidenceType(content: Uint8Array): Promise<string> {
  const detected = await fileTypeFromBuffer(content);
  if (detected && detected.mime in EVIDENCE_TYPES) return detected.mime;
  if (!detected && isUtf8Text(content)) return "text/plain";
  const accepted = Object.values(EVIDENCE_TYPES).join(", ");
  throw new ValidationError(
    "file",
    `${detected ? `files of type .${detected.ext} are` : "this type of file is"} not accepted as evidence; accepted: ${accepted}`,
  );
}

function isUtf8Text(content: Uint8Array): boolean {
  if (content.length === 0) return false;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    // Control characters other than tab, newline and carriage return mean binary.
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
    }
    return true;
  } catch {
    return false;
  }
}

export async function uploadEvidence({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: UploadFileInput;
}): Promise<EvidenceItem> {
  const input = UploadFileInput.parse(raw);
  if (input.content.byteLength === 0) throw new ValidationError("file", "is empty");
  if (input.content.byteLength > MAX_EVIDENCE_BYTES) {
    throw new ValidationError("file", "is larger than 10 MB");
  }
  const system = await assertEvidenceTarget(ctx, input.systemId, input.obligationId);
  const mediaType = await sniffEvidenceType(input.content);
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  const [row] = await ctx.tx
    .insert(evidence)
    .values({
      tenantId: ctx.tenantId,
      systemId: system.id,
      obligationId: input.obligationId ?? null,
      kind: "file",
      name: input.name,
      mediaType,
      sizeBytes: input.content.byteLength,
      sha256,
      content: input.content,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: evidence.id });
  if (!row) throw new Error("evidence was not stored");
  await audit(ctx, system, {
    entity: "evidence",
    entityId: row.id,
    action: "evidence.file",
    after: {
      obligationId: input.obligationId ?? null,
      name: input.name,
      mediaType,
      sizeBytes: input.content.byteLength,
      sha256,
    },
  });
  return (await listEvidence(ctx, system.id, [row.id]))[0] as EvidenceItem;
}

export async function addEvidenceLink({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: AddLinkInput;
}): Promise<EvidenceItem> {
  const input = AddLinkInput.parse(raw);
  const system = await assertEvidenceTarget(ctx, input.systemId, input.obligationId);
  const [row] = await ctx.tx
    .insert(evidence)
    .values({
      tenantId: ctx.tenantId,
      systemId: system.id,
      obligationId: input.obligationId ?? null,
      kind: "link",
      name: input.name,
      url: input.url,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning({ id: evidence.id });
  if (!row) throw new Error("evidence was not stored");
  await audit(ctx, system, {
    entity: "evidence",
    entityId: row.id,
    action: "evidence.link",
    after: { obligationId: input.obligationId ?? null, name: input.name, url: input.url },
  });
  return (await listEvidence(ctx, system.id, [row.id]))[0] as EvidenceItem;
}

async function listEvidence(ctx: TenantContext, systemId: string, ids?: string[]): Promise<EvidenceItem[]> {
  const rows = await ctx.tx
    .select({
      id: evidence.id,
      obligationId: evidence.obligationId,
      kind: evidence.kind,
      name: evidence.name,
      mediaType: evidence.mediaType,
      sizeBytes: evidence.sizeBytes,
      sha256: evidence.sha256,
      url: evidence.url,
      createdById: evidence.createdBy,
      createdByName: users.name,
      createdAt: evidence.createdAt,
    })
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.createdBy))
    .where(
      and(
        eq(evidence.tenantId, ctx.tenantId),
        eq(evidence.systemId, systemId),
        ...(ids ? [inArray(evidence.id, ids)] : []),
      ),
    )
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  return rows.map(({ createdById, createdByName, ...e }) => ({
    ...e,
    createdBy: createdById ? { id: createdById, name: createdByName ?? "former member" } : null,
  }));
}

export type EvidenceFile = { name: string; mediaType: string; content: Uint8Array; sha256: string };

/** The bytes of one evidence file of the tenant (for the download route). */
export async function readEvidenceFile({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: { systemId: string; evidenceId: string };
}): Promise<EvidenceFile> {
  const [row] = await ctx.tx
    .select({
      name: evidence.name,
      mediaType: evidence.mediaType,
      content: evidence.content,
      sha256: evidence.sha256,
    })
    .from(evidence)
    .where(
      and(
        eq(evidence.tenantId, ctx.tenantId),
        eq(evidence.systemId, input.systemId),
        eq(evidence.id, input.evidenceId),
        eq(evidence.kind, "file"),
      ),
    );
  if (!row?.content) throw new NotFoundError("evidence");
  return {
    name: row.name,
    mediaType: row.mediaType ?? "application/octet-stream",
    content: row.content,
    sha256: row.sha256 ?? "",
  };
}

/* ---------------------------------------------------------------------------------------------- */
/* Findings                                                                                        */

/** Offences findings may name: penalty rules of the catalogue (e.g. kz.coao.641-1.synthetic). */
const OFFENCES = new Set(catalogue.flatMap((j) => j.penalties.map((p) => p.id)));

export const RecordFindingInput = z
  .object({
    systemId: Id,
    offence: z
      .string()
      .trim()
      .refine((id) => OFFENCES.has(id), {
        error: "is not an offence of the catalogue (e.g. kz.coao.641-1.synthetic)",
      }),
    occurredAt: IsoDay,
    note: optionalText(4000).default(""),
  })
  .strict();
export type RecordFindingInput = z.input<typeof RecordFindingInput>;

export type Finding = {
  id: string;
  systemId: string;
  offence: string;
  occurredAt: string;
  note: string;
  createdAt: Date;
};

/** A recorded offence or regulator finding; it makes a later one a repeat (CoAO Art. 641-1). */
export async function recordFinding({
  ctx,
  input: raw,
}: {
  ctx: TenantContext;
  input: RecordFindingInput;
}): Promise<Finding> {
  const input = RecordFindingInput.parse(raw);
  const system = await loadSystem(ctx, input.systemId);
  if (input.occurredAt > isoDay(ctx.now))
    throw new ValidationError("occurredAt", "must not be in the future");
  const [row] = await ctx.tx
    .insert(findings)
    .values({
      tenantId: ctx.tenantId,
      systemId: system.id,
      offence: input.offence,
      occurredAt: input.occurredAt,
      note: input.note,
      recordedBy: ctx.actor.userId,
      createdAt: ctx.now,
    })
    .returning();
  if (!row) throw new Error("finding was not recorded");
  await audit(ctx, system, {
    entity: "finding",
    entityId: row.id,
    action: "finding.recorded",
    after: { offence: row.offence, occurredAt: row.occurredAt, note: row.note },
  });
  return {
    id: row.id,
    systemId: row.systemId,
    offence: row.offence,
    occurredAt: row.occurredAt,
    note: row.note,
    createdAt: row.createdAt,
  };
}

export async function listFindings({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: { systemId: string };
}): Promise<Finding[]> {
  await loadSystem(ctx, input.systemId);
  return ctx.tx
    .select({
      id: findings.id,
      systemId: findings.systemId,
      offence: findings.offence,
      occurredAt: findings.occurredAt,
      note: findings.note,
      createdAt: findings.createdAt,
    })
    .from(findings)
    .where(and(eq(findings.tenantId, ctx.tenantId), eq(findings.systemId, input.systemId)))
    .orderBy(asc(findings.occurredAt));
}
