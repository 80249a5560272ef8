import { rowsOf } from "@airisk/db/client";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, failure, type Harness, type Member } from "#test-support.ts";

/**
 * The register end to end through the API: the lifecycle rules of lifecycle.md enforced on the
 * server with real risks, obligations and evidence; optimistic concurrency; the audit trail.
 */
let h: Harness;
let admin: Member;
let owner: Member;
let auditor: Member;
let viewer: Member;
const NOW = new Date("2026-09-01T10:00:00Z");

beforeAll(async () => {
  h = await createHarness();
  admin = await h.signUp({ name: "Ada Admin" });
  owner = await h.addMember(admin, "risk_owner", { name: "Rita Owner" });
  auditor = await h.addMember(admin, "auditor", { name: "Otto Auditor" });
  viewer = await h.addMember(admin, "viewer", { name: "Vera Viewer" });
  await h.as(admin.jar).orgs.update({ profile: { riskTolerance: 9, reviewIntervalMonths: 12 } });
});
afterAll(async () => {
  await h?.close();
});

const as = (m: Member, now = NOW) => h.as(m.jar, { now });

async function newSystem(overrides: Record<string, unknown> = {}) {
  return as(owner).systems.create({
    name: `System ${crypto.randomUUID().slice(0, 6)}`,
    purpose: "Scores loan applications",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { makesDecisionsAboutPeople: true },
    impactLevel: "high",
    autonomyLevel: "medium",
    riskOwnerId: owner.userId,
    ...overrides,
  });
}

async function send(m: Member, id: string, event: string, reason?: string) {
  const { version } = await as(m).systems.get({ id });
  return as(m).systems.transition({
    id,
    event: event as "SUBMIT_PROFILE",
    expectedVersion: version,
    ...(reason ? { reason } : {}),
  });
}

async function screen(m: Member, id: string, yes: string[] = []) {
  const system = await as(m).systems.get({ id });
  const answers = Object.fromEntries(
    system.screeningQuestions.map((q) => [q.id, yes.includes(q.id) ? "yes" : "no"] as const),
  );
  return as(m).systems.screen({
    id,
    expectedVersion: system.version,
    answers,
    ...(yes.some((y) => y.endsWith(".other")) ? { otherDescription: "covert profiling" } : {}),
  });
}

/** Takes a fresh system to operating the proper way (audit included, as impact is high). */
async function toOperating(id: string) {
  await send(owner, id, "SUBMIT_PROFILE");
  await screen(owner, id);
  const risk = await as(owner).risks.create({
    systemId: id,
    title: "Biased refusals",
    category: "discrimination",
    arisesFrom: "both",
    likelihood: 4,
    severity: 4,
    misuseLikelihood: 3,
    misuseSeverity: 3,
  });
  await send(owner, id, "RISKS_IDENTIFIED");
  await send(owner, id, "RISKS_ASSESSED");
  await as(owner).risks.addMitigation({ riskId: risk.id, action: "Fairness testing", dueDate: "2026-10-01" });
  await as(owner).risks.update({
    id: risk.id,
    expectedVersion: risk.version,
    residualLikelihood: 2,
    residualSeverity: 2,
  });
  await send(owner, id, "MITIGATIONS_ADOPTED");
  await send(auditor, id, "AUDIT_PASSED");
  await as(owner).obligations.setStatus({ systemId: id, obligationId: "kz.documentation", status: "met" });
  return send(owner, id, "APPROVE");
}

describe("the lifecycle on the server", () => {
  it("takes a high-impact system through every step, audit included, refusing each step until its guard holds", async () => {
    const { id } = await newSystem();
    expect((await as(owner).systems.get({ id })).state).toBe("draft");
    await send(owner, id, "SUBMIT_PROFILE");

    let refused = await failure(send(owner, id, "RISKS_IDENTIFIED"));
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toBe("risksIdentified: answer the prohibited-practice screening first");
    await screen(owner, id);
    refused = await failure(send(owner, id, "RISKS_IDENTIFIED"));
    expect(refused.message).toMatch(/^risksIdentified: record at least one risk/);

    const risk = await as(owner).risks.create({
      systemId: id,
      title: "Biased refusals",
      category: "discrimination",
      arisesFrom: "both",
    });
    await send(owner, id, "RISKS_IDENTIFIED");
    refused = await failure(send(owner, id, "RISKS_ASSESSED"));
    expect(refused.message).toMatch(/^risksAssessed: score every open risk/);
    const scored = await as(owner).risks.update({
      id: risk.id,
      expectedVersion: risk.version,
      likelihood: 4,
      severity: 4,
      misuseLikelihood: 3,
      misuseSeverity: 3,
    });
    await send(owner, id, "RISKS_ASSESSED");

    refused = await failure(send(owner, id, "MITIGATIONS_ADOPTED"));
    expect(refused.message).toMatch(/^mitigationsAdopted: mitigate every risk above the tolerance of 9/);
    await as(owner).risks.addMitigation({ riskId: risk.id, action: "Fairness testing" });
    refused = await failure(send(owner, id, "MITIGATIONS_ADOPTED"));
    expect(refused.message).toMatch(/^mitigationsAdopted: record the residual risk/);
    await as(owner).risks.update({
      id: risk.id,
      expectedVersion: scored.version,
      residualLikelihood: 2,
      residualSeverity: 2,
    });
    const audit = await send(owner, id, "MITIGATIONS_ADOPTED");
    expect(audit.state).toBe("riskProcess.audit");

    expect((await failure(send(owner, id, "AUDIT_PASSED"))).code).toBe("FORBIDDEN");
    await send(auditor, id, "AUDIT_PASSED");
    expect((await failure(send(viewer, id, "APPROVE"))).code).toBe("FORBIDDEN");
    refused = await failure(send(owner, id, "APPROVE"));
    expect(refused.message).toBe("mayApprove: attach the required documentation first");
    await as(owner).obligations.setStatus({ systemId: id, obligationId: "kz.documentation", status: "met" });
    const approved = await send(owner, id, "APPROVE");
    expect(approved.state).toBe("operating.compliant");

    const system = await as(owner).systems.get({ id });
    // AI Law 18(1): reviewed at least yearly; this organisation's interval is 12 months.
    expect(system.nextReviewAt).toBe("2027-09-01");
    expect(system.approvedAt?.toISOString()).toBe(NOW.toISOString());

    const history = await as(auditor).systems.history({ id });
    const accepted = history.filter((e) => e.action.startsWith("lifecycle.") && e.accepted);
    expect(accepted.map((e) => `${e.fromState}→${e.toState}`)).toEqual([
      "draft→riskProcess.identification",
      "riskProcess.identification→riskProcess.assessment",
      "riskProcess.assessment→riskProcess.mitigation",
      "riskProcess.mitigation→riskProcess.audit",
      "riskProcess.audit→riskProcess.approval",
      "riskProcess.approval→operating.compliant",
    ]);
    // The audit step rests on product policy (high impact), and the history says so.
    const toAudit = accepted.find((e) => e.toState === "riskProcess.audit");
    expect(toAudit?.basis).toBe("product_policy");
    expect(toAudit?.reason).toMatch(/product policy/);
    // Refused attempts by authorised members are recorded with the guard that refused them.
    const refusals = history.filter((e) => !e.accepted);
    expect(refusals.map((e) => (e.after as { guard: string }).guard)).toEqual([
      "risksIdentified",
      "risksIdentified",
      "risksAssessed",
      "mitigationsAdopted",
      "mitigationsAdopted",
      "mayApprove",
    ]);
    expect(history.every((e, i) => i === 0 || e.seq > (history[i - 1]?.seq ?? 0))).toBe(true);
  });

  it("skips the audit when no ground holds (medium impact, no trusted list, not critical)", async () => {
    const { id } = await newSystem({ impactLevel: "medium" });
    await send(owner, id, "SUBMIT_PROFILE");
    await screen(owner, id);
    await as(owner).systems.update({
      id,
      expectedVersion: (await as(owner).systems.get({ id })).version,
      noRisksJustification: "An internal spell-checker: no risk to people was found after a workshop.",
    });
    await send(owner, id, "RISKS_IDENTIFIED");
    await send(owner, id, "RISKS_ASSESSED");
    expect((await send(owner, id, "MITIGATIONS_ADOPTED")).state).toBe("riskProcess.approval");
  });

  it("audits a critically important object and a system seeking the trusted list whatever its impact", async () => {
    for (const flag of ["isCriticallyImportantObject", "seeksTrustedList"]) {
      const { id } = await newSystem({ impactLevel: "minimal", profile: { [flag]: true } });
      await send(owner, id, "SUBMIT_PROFILE");
      await screen(owner, id);
      await as(owner).systems.update({
        id,
        expectedVersion: (await as(owner).systems.get({ id })).version,
        noRisksJustification: "none found",
      });
      await send(owner, id, "RISKS_IDENTIFIED");
      await send(owner, id, "RISKS_ASSESSED");
      expect((await send(owner, id, "MITIGATIONS_ADOPTED")).state).toBe("riskProcess.audit");
    }
  });

  it("suspends at once when the screening finds a prohibited practice, and only an admin with evidence lifts it", async () => {
    const { id } = await newSystem();
    await toOperating(id);
    const result = await screen(owner, id, ["kz.prohibited.manipulation"]);
    expect(result.state).toBe("suspended");
    expect(result.found.map((f) => f.id)).toEqual(["kz.prohibited.manipulation"]);
    const system = await as(viewer).systems.get({ id });
    expect(system.suspension).toMatchObject({ policy: expect.stringMatching(/product policy/) });
    const suspendedEntry = (await as(owner).systems.history({ id })).find(
      (e) => e.action === "lifecycle.PROHIBITED_PRACTICE_FOUND",
    );
    expect(suspendedEntry).toMatchObject({ basis: "product_policy", fromState: "operating.compliant" });

    let refused = await failure(send(owner, id, "REMEDIATED", "fixed"));
    expect(refused.message).toBe("mayRemediate: only an admin may lift a suspension");
    refused = await failure(send(admin, id, "REMEDIATED", "fixed"));
    expect(refused.message).toMatch(
      /^mayRemediate: resolve the flagged prohibited practice and attach evidence/,
    );
    await screen(admin, id);
    await as(admin).evidence.addLink({
      systemId: id,
      name: "Redesign report",
      url: "https://example.com/report",
    });
    const lifted = await send(admin, id, "REMEDIATED", "nudging removed");
    expect(lifted.state).toBe("riskProcess.assessment");
  });

  it("accepts PROHIBITED_PRACTICE_FOUND from every non-final state, from any member with write access, with a reason", async () => {
    const { id } = await newSystem();
    expect((await failure(send(owner, id, "PROHIBITED_PRACTICE_FOUND"))).message).toMatch(/^reason:/);
    expect((await failure(send(viewer, id, "PROHIBITED_PRACTICE_FOUND", "x"))).code).toBe("FORBIDDEN");
    expect((await send(owner, id, "PROHIBITED_PRACTICE_FOUND", "emotion recognition at work")).state).toBe(
      "suspended",
    );
    // Already suspended: recorded again, still suspended.
    expect((await send(admin, id, "PROHIBITED_PRACTICE_FOUND", "again")).state).toBe("suspended");
    await send(admin, id, "RETIRE");
    const refused = await failure(send(admin, id, "PROHIBITED_PRACTICE_FOUND", "after retirement"));
    expect(refused.code).toBe("PRECONDITION_FAILED");
  });

  it("sends a reclassified operating system back to assessment", async () => {
    const { id } = await newSystem();
    await toOperating(id);
    const before = await as(owner).systems.get({ id });
    const after = await as(owner).systems.update({
      id,
      expectedVersion: before.version,
      autonomyLevel: "high",
    });
    expect(after.state).toBe("riskProcess.assessment");
    const last = (await as(owner).systems.history({ id })).at(-1);
    expect(last).toMatchObject({
      action: "lifecycle.RECLASSIFIED",
      basis: "product_policy",
      toState: "riskProcess.assessment",
    });
  });

  it("stores the classification aid's suggestion beside the owner's decision, and refuses an override without a reason", async () => {
    const answers = {
      failureConsequence: "emergency_or_significant_harm",
      humanRole: "human_can_correct",
      criticalObjectCriteria: [],
      euProhibitedPractice: false,
      euAnnexIIIArea: null,
      euAnnexISafetyComponent: false,
      art50Triggers: [],
    } as const;
    const override = { impactLevel: "medium", autonomyLevel: "medium", euRiskTier: "minimal" } as const;
    const refused = await failure(newSystem({ classification: { answers, decision: override } }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/^classification\.decision\.overrideReason:/);
    const { id } = await newSystem({
      classification: {
        answers,
        decision: { ...override, overrideReason: "Failure stops one back-office tool only" },
      },
    });
    const system = await as(viewer).systems.get({ id });
    expect(system.impactLevel).toBe("medium");
    expect(system.classification?.suggestion.impactLevel).toBe("high");
    expect(system.classification?.overridden).toBe(true);

    // What the answers settle reaches the profile, whoever sends them (obligations read the profile).
    const critical = await newSystem({
      classification: {
        answers: { ...answers, criticalObjectCriteria: ["emergency"], euAnnexIIIArea: "employment" },
        decision: { impactLevel: "high", autonomyLevel: "medium", euRiskTier: "high_annex_iii" },
      },
    });
    const profile = (await as(viewer).systems.get({ id: critical.id })).profile;
    expect(profile).toMatchObject({ isCriticallyImportantObject: true, euAnnexIIIArea: "employment" });
  });

  it("lists the events this member may send now, and why the others are refused", async () => {
    const { id } = await newSystem();
    const forOwner = await as(owner).systems.get({ id });
    const submit = forOwner.events.find((e) => e.event === "SUBMIT_PROFILE");
    expect(submit).toEqual({ event: "SUBMIT_PROFILE", allowed: true, guard: null, reason: null });
    const approve = forOwner.events.find((e) => e.event === "APPROVE");
    expect(approve?.allowed).toBe(false);
    expect(approve?.reason).toMatch(/not possible while the system is draft/);
    const forViewer = await as(viewer).systems.get({ id });
    expect(forViewer.events.every((e) => !e.allowed)).toBe(true);
    expect(forViewer.events.find((e) => e.event === "SUBMIT_PROFILE")?.reason).toMatch(/viewer/);
  });

  it("refuses every change to a retired system", async () => {
    const { id } = await newSystem();
    await send(owner, id, "RETIRE");
    expect((await failure(send(admin, id, "SUBMIT_PROFILE"))).code).toBe("PRECONDITION_FAILED");
    const { version } = await as(owner).systems.get({ id });
    expect((await failure(as(owner).systems.update({ id, expectedVersion: version, name: "x" }))).code).toBe(
      "PRECONDITION_FAILED",
    );
  });
});

describe("optimistic concurrency", () => {
  it("lets exactly one of 20 parallel transitions with the same expectedVersion win", async () => {
    const { id } = await newSystem();
    const { version } = await as(owner).systems.get({ id });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        as(owner).systems.transition({ id, event: "SUBMIT_PROFILE", expectedVersion: version }),
      ),
    );
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((o) => (o.reason as { code: string }).code)).toEqual(Array(19).fill("CONFLICT"));
    const after = await as(owner).systems.get({ id });
    expect(after.version).toBe(version + 1);
    // One accepted entry per version step: creation, then the one transition that won.
    const history = await as(owner).systems.history({ id });
    expect(history.filter((e) => e.accepted)).toHaveLength(after.version);
  });

  it("answers CONFLICT to a stale version on update and on risk edits", async () => {
    const { id } = await newSystem();
    await as(owner).systems.update({ id, expectedVersion: 1, name: "Renamed" });
    const stale = await failure(as(owner).systems.update({ id, expectedVersion: 1, name: "Again" }));
    expect(stale.code).toBe("CONFLICT");
    const risk = await as(owner).risks.create({
      systemId: id,
      title: "r",
      category: "c",
      arisesFrom: "intended_use",
    });
    await as(owner).risks.update({ id: risk.id, expectedVersion: risk.version, title: "r2" });
    expect(
      (await failure(as(owner).risks.update({ id: risk.id, expectedVersion: risk.version, title: "r3" })))
        .code,
    ).toBe("CONFLICT");
  });
});

describe("the audit trail", () => {
  async function verify() {
    const { id } = await newSystem();
    return { id, result: await as(auditor).systems.verifyHistory({ id }) };
  }

  it("verifies when untouched", async () => {
    const { result } = await verify();
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThan(10);
    expect(result.entries).toBe(result.headSeq);
  });

  it("refuses UPDATE and DELETE, to the request role and to the table's owner alike", async () => {
    const db = h.database.db;
    await expect(
      db.execute(sql`update audit_log set reason = 'x' where tenant_id = ${admin.organisationId}`),
    ).rejects.toThrow();
    await expect(
      db.execute(sql`delete from audit_log where tenant_id = ${admin.organisationId}`),
    ).rejects.toThrow();
    const { withTenant } = await import("@airisk/db/tenancy");
    await expect(
      withTenant(db, { tenantId: admin.organisationId }, (tx) => tx.execute(sql`delete from audit_log`)),
    ).rejects.toThrow();
  });

  it("detects an edited entry and a deleted one, naming the first broken link", async () => {
    const db = h.database.db;
    // Tampering needs the trigger off: only someone with the database's keys could do this.
    const tamper = async (statement: ReturnType<typeof sql>) => {
      await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      try {
        await db.execute(statement);
      } finally {
        await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
      }
    };
    await tamper(
      sql`update audit_log set reason = 'rewritten' where tenant_id = ${admin.organisationId} and seq = 5`,
    );
    let { result } = await verify();
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 5, problem: "edited" } });

    // Repair the edit by recomputing that entry's hash: the next link then breaks instead.
    await tamper(
      sql`update audit_log a set hash = audit_log_hash(a) where tenant_id = ${admin.organisationId} and seq = 5`,
    );
    ({ result } = await verify());
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 6, problem: "broken_link" } });

    await tamper(sql`delete from audit_log where tenant_id = ${admin.organisationId} and seq = 3`);
    ({ result } = await verify());
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 4, problem: "missing_entry" } });

    const last = rowsOf<{ seq: number }>(
      await db.execute(
        sql`select max(seq)::int as seq from audit_log where tenant_id = ${admin.organisationId}`,
      ),
    )[0]?.seq;
    await tamper(sql`delete from audit_log where tenant_id = ${admin.organisationId} and seq = ${last}`);
    const other = await h.signUp();
    const { id } = await h.as(other.jar, { now: NOW }).systems.create({
      name: "Unrelated",
      purpose: "Another organisation's chain is its own",
      jurisdictions: ["KZ"],
      roles: ["owner"],
    });
    expect((await h.as(other.jar).systems.verifyHistory({ id })).ok).toBe(true);
  });
});

describe("obligations and evidence", () => {
  const pdf = () => new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

  async function upload(systemId: string, bytes: Uint8Array, name: string, obligationId?: string) {
    const form = new FormData();
    form.set("systemId", systemId);
    if (obligationId) form.set("obligationId", obligationId);
    form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
    return as(owner).evidence.upload(form);
  }

  it("lists the applicable obligations with their citation, status and evidence", async () => {
    const { id } = await newSystem({ profile: { producesSyntheticOutputs: true } });
    await as(owner).obligations.setStatus({
      systemId: id,
      obligationId: "kz.synthetic.labelling",
      status: "gap",
      note: "labels missing",
    });
    const file = await upload(id, pdf(), "labelling-plan.pdf", "kz.synthetic.labelling");
    expect(file).toMatchObject({ mediaType: "application/pdf", kind: "file", name: "labelling-plan.pdf" });
    const list = await as(viewer).obligations.forSystem({ systemId: id });
    const labelling = list.applicable.find((o) => o.obligationId === "kz.synthetic.labelling");
    expect(labelling?.citation.text).toMatch(/21/);
    expect(labelling?.answer).toMatchObject({ status: "gap", note: "labels missing" });
    expect(labelling?.evidence.map((e) => e.name)).toEqual(["labelling-plan.pdf"]);
    expect(list.counts.gap).toBe(1);
  });

  it("refuses files by their content, not their name, and files over 10 MB", async () => {
    const { id } = await newSystem();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(0)]);
    const refused = await failure(upload(id, exe, "innocent.pdf"));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/^file: .*not accepted as evidence/);
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    expect((await failure(upload(id, big, "big.txt"))).message).toBe("file: is larger than 10 MB");
    expect((await upload(id, new TextEncoder().encode("a,b\n1,2\n"), "table.csv")).mediaType).toBe(
      "text/plain",
    );
  });

  it("requires a reason to mark an obligation not applicable, and refuses obligations the system does not have", async () => {
    const { id } = await newSystem();
    const noReason = await failure(
      as(owner).obligations.setStatus({
        systemId: id,
        obligationId: "kz.user-support",
        status: "not_applicable",
      }),
    );
    expect(noReason.message).toMatch(/^note: say why/);
    const unknown = await failure(
      as(owner).obligations.setStatus({ systemId: id, obligationId: "eu.art50.deepfakes", status: "met" }),
    );
    expect(unknown.message).toMatch(/^obligationId:/);
  });

  it("records findings against catalogue offences only", async () => {
    const { id } = await newSystem();
    const finding = await as(auditor).findings.record({
      systemId: id,
      offence: "kz.coao.641-1.synthetic",
      occurredAt: "2026-08-01",
      note: "regulator notice",
    });
    expect(finding.offence).toBe("kz.coao.641-1.synthetic");
    const bad = await failure(
      as(auditor).findings.record({ systemId: id, offence: "made.up", occurredAt: "2026-08-01", note: "" }),
    );
    expect(bad.message).toMatch(/^offence:/);
    expect(
      (
        await failure(
          as(viewer).findings.record({
            systemId: id,
            offence: "kz.coao.641-1.synthetic",
            occurredAt: "2026-08-01",
            note: "",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});

describe("the portfolio list", () => {
  it("filters, sorts and pages through every system exactly once", async () => {
    const fresh = await h.signUp();
    const caller = h.as(fresh.jar, { now: NOW });
    const names = ["Alpha 100%", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta"];
    for (const [i, name] of names.entries()) {
      await caller.systems.create({
        name,
        purpose: i % 2 ? "chatbot" : "credit scoring",
        jurisdictions: i % 3 ? ["KZ"] : ["KZ", "EU"],
        roles: ["owner"],
        impactLevel: i % 2 ? "minimal" : "high",
        autonomyLevel: "low",
        riskOwnerId: fresh.userId,
      });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.systems.list({
        limit: 3,
        sort: "name",
        dir: "desc",
        ...(cursor ? { cursor } : {}),
      });
      expect(page.total).toBe(8);
      seen.push(...page.items.map((s) => s.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...names].sort().reverse());

    const high = await caller.systems.list({ impactLevel: "high", jurisdiction: "eu" });
    expect(high.items.map((s) => s.name).sort()).toEqual(["Alpha 100%", "Eta"]);
    expect((await caller.systems.list({ q: "100%" })).items.map((s) => s.name)).toEqual(["Alpha 100%"]);
    expect((await caller.systems.list({ q: "%" })).total).toBe(1);
    expect((await caller.systems.list({ q: "CHATBOT" })).total).toBe(4);
    expect((await caller.systems.list({ state: "draft" })).total).toBe(8);
    expect((await caller.systems.list({ state: "operating" })).total).toBe(0);
    expect((await failure(caller.systems.list({ cursor: "garbage" }))).message).toMatch(/^cursor:/);
  });
});
