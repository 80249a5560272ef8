import { randomUUID } from "node:crypto";
import { type Database, rowsOf, type Tx } from "@airisk/db/client";
import { memberships, organisations, systems, users } from "@airisk/db/schema";
import { withAppRole, withScope, withTenant } from "@airisk/db/tenancy";
import { suggestClassification } from "@airisk/domain/classification";
import { PreconditionFailedError } from "@airisk/domain/errors";
import type { LifecycleEventType } from "@airisk/domain/lifecycle";
import { nextReviewDay } from "@airisk/domain/review";
import { screeningQuestions } from "@airisk/domain/screening";
import { jurisdictions as catalogue } from "@airisk/regulations/catalogue";
import { and, count, eq, sql } from "drizzle-orm";
import { readMembershipRole, signUp } from "#auth/accounts.ts";
import { hashPassword } from "#auth/password.ts";
import { createSession, invalidateSession } from "#auth/sessions.ts";
import type { Actor, CoreContext, TenantContext } from "#context.ts";
import {
  DEMO_HISTORY_DAYS,
  DEMO_SYSTEMS,
  type DemoRisk,
  type DemoStep,
  type DemoSystem,
} from "#demo/catalogue.ts";
import {
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_PROFILE,
  PERSONAS,
  type Persona,
  type PersonaKey,
} from "#demo/personas.ts";
import { acceptInvitation, inviteMember } from "#members.ts";
import { updateOrganisation } from "#orgs.ts";
import { isoDay, loadSystem } from "#systems/facts.ts";
import {
  addEvidenceLink,
  obligationsForSystem,
  recordFinding,
  setObligationStatus,
} from "#systems/obligations.ts";
import { acceptRisk, addMitigation, createRisk, updateRisk } from "#systems/risks.ts";
import {
  applyEvent,
  type ClassificationInput,
  createSystem,
  recordRefusedAttempt,
  screenSystem,
  transitionSystem,
  updateSystem,
} from "#systems/systems.ts";

/**
 * The demo organisation: one member per persona and about 25 AI systems in varied states, every
 * step taken through the real verbs (so every one is in the hash-chained audit trail), dated over
 * the last sixteen months so next reviews spread over the coming year and a few are overdue.
 * Idempotent: does nothing when the demo organisation already has systems.
 */
export type DemoSeedResult = {
  /** False when the demo was already there (nothing was written). */
  created: boolean;
  organisationId: string | null;
  systems: number;
  members: Array<{ email: string; role: string }>;
};

const DAY = 86_400_000;
const HOUR = 3_600_000;

export async function seedDemo({ database, now }: CoreContext): Promise<DemoSeedResult> {
  const admin = PERSONAS[0] as Persona;
  const members = PERSONAS.map((p) => ({ email: p.email, role: p.role }));
  const start = new Date(startOfUtcDay(now).getTime() - (DEMO_HISTORY_DAYS + 5) * DAY + 5 * HOUR);

  let adminId = await userIdOf(database, admin.email);
  let tenantId: string | null = null;
  if (adminId) {
    tenantId = await demoOrganisationOf(database, adminId);
    // The demo account exists without the demo organisation: someone else's data; leave it alone.
    if (!tenantId) return { created: false, organisationId: null, systems: 0, members };
    const existing = await systemCount(database, tenantId, adminId);
    if (existing > 0) return { created: false, organisationId: tenantId, systems: existing, members };
  } else {
    const signed = await signUp({
      database,
      now: start,
      input: {
        email: admin.email,
        password: DEMO_PASSWORD,
        name: admin.name,
        organisationName: DEMO_ORGANISATION,
      },
    });
    adminId = signed.me.user.id;
    tenantId = signed.me.activeOrganisation?.id ?? null;
    if (!tenantId) throw new Error("the demo sign-up made no organisation");
    // The seed signs nobody in: drop the session sign-up opened.
    await invalidateSession({ database, sessionId: sessionIdOf(signed.session.token) });
  }

  const adminActor: Actor = { userId: adminId, role: "admin" };
  const tenant = tenantId;
  await withTenant(database.db, { tenantId: tenant, userId: adminId }, (tx) =>
    updateOrganisation({
      ctx: { tx, tenantId: tenant, actor: adminActor, now: start },
      input: { profile: DEMO_PROFILE },
    }),
  );

  const people = new Map<PersonaKey, Actor>([["admin", adminActor]]);
  const others = PERSONAS.filter((p) => p.key !== "admin");
  const hashes = await Promise.all(others.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, persona] of others.entries()) {
    const userId = await addPersona(database, {
      tenantId: tenant,
      admin: adminActor,
      persona,
      passwordHash: hashes[i] as string,
      at: new Date(start.getTime() + DAY + i * HOUR),
    });
    people.set(persona.key, { userId, role: persona.role });
  }

  const steps = planSteps(now, DEMO_SYSTEMS);
  await withTenant(database.db, { tenantId: tenant, userId: adminId }, async (tx) => {
    const live: LiveSystem[] = DEMO_SYSTEMS.map((spec) => ({
      spec,
      id: "",
      version: 0,
      risks: [],
      identified: 0,
    }));
    const run = new Runner(tx, tenant, people, now);
    for (const planned of steps) {
      const system = live[planned.system];
      if (!system) continue;
      await run.step(system, planned.step, planned.at);
    }
    // Every script must end where it says: a catalogue edit that breaks one fails the seed here.
    const ended = new Map(
      (
        await tx
          .select({ id: systems.id, state: systems.state })
          .from(systems)
          .where(eq(systems.tenantId, tenant))
      ).map((r) => [r.id, r.state]),
    );
    for (const system of live) {
      const state = ended.get(system.id);
      if (state !== system.spec.expect) {
        throw new Error(`demo system "${system.spec.name}" ended in ${state}, not ${system.spec.expect}`);
      }
    }
  });
  return { created: true, organisationId: tenant, systems: DEMO_SYSTEMS.length, members };
}

/* ---------------------------------------------------------------------------------------------- */
/* Accounts                                                                                        */

async function userIdOf(database: Database, email: string): Promise<string | null> {
  const rows = rowsOf<{ id: string }>(
    await withAppRole(database.db, (tx) => tx.execute(sql`select id from auth_credentials(${email})`)),
  );
  return rows[0]?.id ?? null;
}

async function demoOrganisationOf(database: Database, userId: string): Promise<string | null> {
  const [row] = await withScope(database.db, { userId }, (tx) =>
    tx
      .select({ id: organisations.id })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
      .where(
        and(
          eq(memberships.userId, userId),
          eq(memberships.role, "admin"),
          eq(organisations.name, DEMO_ORGANISATION),
        ),
      )
      .orderBy(organisations.createdAt)
      .limit(1),
  );
  return row?.id ?? null;
}

async function systemCount(database: Database, tenantId: string, userId: string): Promise<number> {
  const [row] = await withTenant(database.db, { tenantId, userId }, (tx) =>
    tx.select({ n: count() }).from(systems).where(eq(systems.tenantId, tenantId)),
  );
  return Number(row?.n ?? 0);
}

const sessionIdOf = (token: string): string => token.split(".")[0] ?? "";

/**
 * A persona joins the way people do: the admin invites them, they get an account and accept the
 * invitation. Core has no "account without an organisation" use case (sign-up always creates
 * one), so the account row is written here as sign-up writes it, under the same row-level rules.
 */
async function addPersona(
  database: Database,
  {
    tenantId,
    admin,
    persona,
    passwordHash,
    at,
  }: { tenantId: string; admin: Actor; persona: Persona; passwordHash: string; at: Date },
): Promise<string> {
  const existing = await userIdOf(database, persona.email);
  const userId = existing ?? randomUUID();
  if (existing) {
    const role = await withTenant(database.db, { tenantId, userId: admin.userId }, (tx) =>
      readMembershipRole(tx, { tenantId, userId: existing }),
    );
    if (role) return existing;
  }
  const invited = await withTenant(database.db, { tenantId, userId: admin.userId }, (tx) =>
    inviteMember({
      ctx: { tx, tenantId, actor: admin, now: at },
      input: { email: persona.email, role: persona.role },
    }),
  );
  const joinedAt = new Date(at.getTime() + 2 * HOUR);
  const session = await withScope(database.db, { userId }, async (tx) => {
    if (!existing) {
      await tx
        .insert(users)
        .values({ id: userId, email: persona.email, name: persona.name, passwordHash, createdAt: joinedAt });
    }
    return createSession(tx, { userId, activeTenantId: null, now: joinedAt });
  });
  const sessionId = sessionIdOf(session.token);
  await acceptInvitation({ database, now: joinedAt, userId, sessionId, input: { token: invited.token } });
  await invalidateSession({ database, sessionId });
  return userId;
}

/* ---------------------------------------------------------------------------------------------- */
/* The register                                                                                    */

type Planned = { at: Date; system: number; order: number; step: DemoStep };

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * When a step `daysAgo` days before `now` happens: in office hours in Almaty (09:00–17:00, UTC+5),
 * later in the day for a smaller fraction, so a script's steps keep their order.
 */
export function demoTime(now: Date, daysAgo: number, jitterMinutes = 0): Date {
  const whole = Math.floor(daysAgo);
  const fraction = daysAgo - whole;
  const t =
    startOfUtcDay(now).getTime() - whole * DAY + 12 * HOUR - fraction * 8 * HOUR + jitterMinutes * 60_000;
  return new Date(Math.min(t, now.getTime() - 60_000));
}

/** The scheduler's run (00:05 UTC) on a day; REVIEW_DUE goes out 30 days before the review day. */
const REVIEW_NOTICE_DAYS = 30;
const schedulerTime = (day: string, daysBefore = 0): Date =>
  new Date(Date.parse(`${day}T00:05:00Z`) - daysBefore * DAY);

/** Every step of every script on one time line, oldest first (a script's own order is kept). */
export function planSteps(now: Date, specs: readonly DemoSystem[]): Planned[] {
  const planned: Planned[] = [];
  specs.forEach((spec, system) => {
    let lastApproval: Date | null = null;
    spec.script.forEach((step, order) => {
      let at: Date;
      if (step.do === "reviewDue" || step.do === "reviewOverdue") {
        if (!lastApproval) throw new Error(`demo "${spec.name}": ${step.do} before any approval`);
        const reviewDay = nextReviewDay(isoDay(lastApproval), DEMO_PROFILE.reviewIntervalMonths ?? 12);
        at = schedulerTime(reviewDay, step.do === "reviewDue" ? REVIEW_NOTICE_DAYS : 0);
        if (at > now) throw new Error(`demo "${spec.name}": ${step.do} would be in the future`);
      } else {
        at = demoTime(now, step.at, (system * 7) % 50);
      }
      if (step.do === "approve") lastApproval = at;
      planned.push({ at, system, order, step });
    });
  });
  return planned.sort((a, b) => a.at.getTime() - b.at.getTime() || a.system - b.system || a.order - b.order);
}

type LiveRisk = { spec: DemoRisk; id: string; version: number; scored: boolean; mitigated: boolean };
/** A system as the script goes: its id, the version last written (for expectedVersion) and its risks. */
type LiveSystem = { spec: DemoSystem; id: string; version: number; risks: LiveRisk[]; identified: number };

const DOCS = "https://docs.airisk.example/demo";
const isDocumentation = (id: string) => /(^|\.)(documentation|technical-documentation)$/.test(id);
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

class Runner {
  readonly tx: Tx;
  readonly tenantId: string;
  readonly people: Map<PersonaKey, Actor>;
  /** The seed's "now": the days-ago of a script count from it. */
  readonly now: Date;

  constructor(tx: Tx, tenantId: string, people: Map<PersonaKey, Actor>, now: Date) {
    this.tx = tx;
    this.tenantId = tenantId;
    this.people = people;
    this.now = now;
  }

  ctx(who: PersonaKey, now: Date): TenantContext {
    const actor = this.people.get(who);
    if (!actor) throw new Error(`demo persona ${who} is missing`);
    return { tx: this.tx, tenantId: this.tenantId, actor, now };
  }

  private ownerKey(system: LiveSystem): PersonaKey {
    return system.spec.owner ?? "admin";
  }

  private async transition(
    ctx: TenantContext,
    system: LiveSystem,
    event: Parameters<typeof transitionSystem>[0]["input"]["event"],
    reason?: string,
  ): Promise<void> {
    const done = await transitionSystem({
      ctx,
      input: { id: system.id, event, expectedVersion: system.version, ...(reason ? { reason } : {}) },
    });
    system.version = done.version;
  }

  private async schedulerEvent(ctx: TenantContext, system: LiveSystem, type: LifecycleEventType) {
    const row = await loadSystem(ctx, system.id);
    const reason =
      type === "REVIEW_DUE"
        ? `review due on ${row.nextReviewAt} (risks are updated at least yearly, AI Law Art. 18(1))`
        : `review was due on ${row.nextReviewAt}`;
    const after = await applyEvent(ctx, row, {
      type,
      expectedVersion: row.version,
      reason,
      basis: "law",
      actor: { kind: "scheduler" },
    });
    system.version = after.version;
  }

  private classification(spec: DemoSystem): ClassificationInput | undefined {
    if (!spec.answers) return undefined;
    const suggestion = suggestClassification(spec.answers);
    return {
      answers: spec.answers,
      decision: {
        impactLevel: spec.override?.impactLevel ?? suggestion.impactLevel,
        autonomyLevel: suggestion.autonomyLevel,
        euRiskTier: suggestion.euRiskTier,
        ...(spec.override ? { overrideReason: spec.override.overrideReason } : {}),
      },
    };
  }

  async step(system: LiveSystem, step: DemoStep, at: Date): Promise<void> {
    const spec = system.spec;
    const owner = this.ownerKey(system);
    const asOwner = this.ctx(owner, at);
    const ownerId = spec.owner ? this.people.get(spec.owner)?.userId : undefined;
    switch (step.do) {
      case "create": {
        const classification = step.classified === false ? undefined : this.classification(spec);
        const created = await createSystem({
          ctx: this.ctx(step.by ?? owner, at),
          input: {
            name: spec.name,
            purpose: spec.purpose,
            jurisdictions: spec.jurisdictions,
            roles: spec.roles,
            profile: spec.profile,
            ...(ownerId ? { riskOwnerId: ownerId } : {}),
            ...(classification ? { classification } : {}),
          },
        });
        system.id = created.id;
        system.version = created.version;
        return;
      }
      case "classify": {
        const classification = this.classification(spec);
        if (!classification) throw new Error(`demo "${spec.name}" has no classification answers`);
        const done = await updateSystem({
          ctx: asOwner,
          input: { id: system.id, expectedVersion: system.version, classification },
        });
        system.version = done.version;
        return;
      }
      case "submit":
        await this.transition(asOwner, system, "SUBMIT_PROFILE");
        return;
      case "screen": {
        const yes = new Set(step.yes?.ids ?? []);
        const questions = screeningQuestions({
          jurisdictions: spec.jurisdictions,
          catalogue,
          asOf: isoDay(at),
        });
        for (const id of yes) {
          if (!questions.some((q) => q.id === id)) throw new Error(`demo "${spec.name}": no question ${id}`);
        }
        const done = await screenSystem({
          ctx: asOwner,
          input: {
            id: system.id,
            expectedVersion: system.version,
            answers: Object.fromEntries(questions.map((q) => [q.id, yes.has(q.id) ? "yes" : "no"])),
            ...(step.yes?.otherDescription ? { otherDescription: step.yes.otherDescription } : {}),
          },
        });
        system.version = done.version;
        return;
      }
      case "identify": {
        const first = system.identified === 0;
        system.identified += 1;
        const known = new Set(system.risks.map((r) => r.spec));
        for (const risk of spec.risks) {
          if (known.has(risk) || (first && risk.later)) continue;
          const created = await createRisk({
            ctx: asOwner,
            input: {
              systemId: system.id,
              title: risk.title,
              description: risk.description,
              category: risk.category,
              arisesFrom: risk.arisesFrom,
              ...(ownerId ? { ownerId } : {}),
            },
          });
          system.risks.push({ spec: risk, ...created, scored: false, mitigated: false });
        }
        if (first && spec.risks.length === 0 && spec.noRisksJustification) {
          const done = await updateSystem({
            ctx: asOwner,
            input: {
              id: system.id,
              expectedVersion: system.version,
              noRisksJustification: spec.noRisksJustification,
            },
          });
          system.version = done.version;
        }
        return;
      }
      case "identified":
        await this.transition(asOwner, system, "RISKS_IDENTIFIED");
        return;
      case "score": {
        const pending = system.risks.filter((r) => !r.scored).slice(0, step.only ?? Number.POSITIVE_INFINITY);
        for (const risk of pending) {
          const [likelihood, severity] = risk.spec.intended;
          const [misuseLikelihood, misuseSeverity] = risk.spec.misuse;
          const updated = await updateRisk({
            ctx: asOwner,
            input: {
              id: risk.id,
              expectedVersion: risk.version,
              likelihood,
              severity,
              misuseLikelihood,
              misuseSeverity,
            },
          });
          risk.version = updated.version;
          risk.scored = true;
        }
        return;
      }
      case "assessed":
        await this.transition(asOwner, system, "RISKS_ASSESSED");
        return;
      case "mitigate": {
        const pending = system.risks
          .filter((r) => r.scored && !r.mitigated)
          .slice(0, step.only ?? Number.POSITIVE_INFINITY);
        for (const risk of pending) {
          for (const m of risk.spec.mitigations) {
            await addMitigation({
              ctx: asOwner,
              input: {
                riskId: risk.id,
                action: m.action,
                ...(ownerId ? { ownerId } : {}),
                dueDate: isoDay(new Date(at.getTime() + m.dueAfterDays * DAY)),
                status: m.status ?? "planned",
              },
            });
          }
          const [residualLikelihood, residualSeverity] = risk.spec.residual;
          const updated = await updateRisk({
            ctx: asOwner,
            input: { id: risk.id, expectedVersion: risk.version, residualLikelihood, residualSeverity },
          });
          risk.version = updated.version;
          risk.mitigated = true;
        }
        return;
      }
      case "adopted":
        await this.transition(asOwner, system, "MITIGATIONS_ADOPTED");
        return;
      case "audit":
        await this.transition(
          this.ctx("auditor", at),
          system,
          step.result === "passed" ? "AUDIT_PASSED" : "AUDIT_FAILED",
          step.reason,
        );
        return;
      case "obligations":
        await this.answerObligations(asOwner, system, step.scope);
        return;
      case "accept":
        for (const risk of system.risks.filter((r) => r.mitigated)) {
          const accepted = await acceptRisk({
            ctx: asOwner,
            input: { id: risk.id, expectedVersion: risk.version },
          });
          risk.version = accepted.version;
        }
        return;
      case "approve":
        await this.transition(asOwner, system, "APPROVE");
        return;
      case "refusedApprove":
        // The owner tries too early; the refusal is recorded as the API records it (lifecycle.md).
        try {
          await this.transition(asOwner, system, "APPROVE");
        } catch (error) {
          if (!(error instanceof PreconditionFailedError) || !error.attempt) throw error;
          await recordRefusedAttempt({ ctx: asOwner, attempt: error.attempt, error });
          return;
        }
        throw new Error(`demo "${spec.name}": APPROVE was expected to be refused`);
      case "reviewDue":
        await this.schedulerEvent(this.ctx("admin", at), system, "REVIEW_DUE");
        return;
      case "reviewOverdue":
        await this.schedulerEvent(this.ctx("admin", at), system, "REVIEW_OVERDUE");
        return;
      case "startReview":
        await this.transition(
          asOwner,
          system,
          "START_REVIEW",
          "Annual review of the risks (AI Law Art. 18(1))",
        );
        return;
      case "evidence":
        await addEvidenceLink({
          ctx: asOwner,
          input: { systemId: system.id, obligationId: null, name: step.name, url: step.url },
        });
        return;
      case "remediated":
        await this.transition(this.ctx("admin", at), system, "REMEDIATED", step.reason);
        return;
      case "retire":
        await this.transition(this.ctx("admin", at), system, "RETIRE", step.reason);
        return;
      case "finding":
        await recordFinding({
          ctx: this.ctx("auditor", at),
          input: {
            systemId: system.id,
            offence: step.offence,
            occurredAt: isoDay(demoTime(this.now, step.occurredDaysAgo)),
            note: step.note,
          },
        });
        return;
    }
  }

  /**
   * The owner's answers to the obligations that apply (or come into force later): "all" meets
   * them (bar the system's gaps and the ones it explains away), with the documentation linked;
   * "some" answers a few and leaves the documentation a gap, as a system awaiting approval has.
   */
  private async answerObligations(ctx: TenantContext, system: LiveSystem, scope: "all" | "some") {
    const result = await obligationsForSystem({ ctx, input: { systemId: system.id } });
    const due = [
      ...result.applicable,
      ...result.notApplicable.filter((v) => v.status === "not_yet_in_force"),
    ].map((v) => v.obligationId);
    const gaps = new Set(system.spec.gaps ?? []);
    const explained = system.spec.notApplicable ?? {};
    let answered = 0;
    for (const obligationId of due) {
      const reason = explained[obligationId];
      let input: { status: "met" | "gap" | "not_applicable"; note?: string } | null;
      if (reason) input = { status: "not_applicable", note: reason };
      else if (gaps.has(obligationId)) input = { status: "gap", note: "Planned for the next quarter" };
      else if (scope === "some" && isDocumentation(obligationId))
        input = { status: "gap", note: "Documentation pack in preparation" };
      else if (scope === "some") input = answered < 3 ? { status: "met" } : null;
      else input = { status: "met" };
      if (!input) continue;
      answered += 1;
      await setObligationStatus({ ctx, input: { systemId: system.id, obligationId, ...input } });
      if (scope === "all" && input.status === "met" && isDocumentation(obligationId)) {
        await addEvidenceLink({
          ctx,
          input: {
            systemId: system.id,
            obligationId,
            name: "Technical documentation",
            url: `${DOCS}/${slug(system.spec.name)}/documentation`,
          },
        });
      }
    }
  }
}
