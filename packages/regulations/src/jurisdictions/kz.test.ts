import { describe, expect, it } from "vitest";
import { type Condition, Jurisdiction } from "#schema.ts";
import { jurisdictions } from "./kz.ts";

/**
 * Kazakhstan against spec/kazakhstan.md and spec/penalties.md: a typo in an id, a citation, a date or an
 * MCI figure fails here.
 */

const parsed = jurisdictions.map((j) => Jurisdiction.parse(j));
const kz = parsed.find((j) => j.code === "KZ");
if (!kz) throw new Error("KZ missing");

const AI_LAW_FROM = "2026-01-18";
const DC_FROM = "2026-07-11";
const OWNER_HOLDER: Condition = { role: ["owner", "holder"] };
const ALWAYS: Condition = { always: true };

/** kazakhstan.md's obligation table: id, the "cite" column verbatim, the condition, the basis. */
const TABLE: ReadonlyArray<{ id: string; cite: string; condition: Condition; basis: "law" | "inferred" }> = [
  { id: "kz.transparency.characteristics", cite: "AI Law 7(1)", condition: ALWAYS, basis: "law" },
  {
    id: "kz.transparency.automated-processing",
    cite: "AI Law 7(2)",
    condition: { flag: "makesDecisionsAboutPeople" },
    basis: "law",
  },
  { id: "kz.transparency.ai-used", cite: "AI Law 21(1)", condition: ALWAYS, basis: "law" },
  {
    id: "kz.synthetic.labelling",
    cite: "AI Law 21(2), 21(3)",
    condition: { flag: "producesSyntheticOutputs" },
    basis: "law",
  },
  { id: "kz.risk.process", cite: "AI Law 18(1)", condition: OWNER_HOLDER, basis: "law" },
  {
    id: "kz.prohibited.screening",
    cite: "AI Law (article not given in the seed; inferred duty)",
    condition: ALWAYS,
    basis: "inferred",
  },
  { id: "kz.risk.prohibited-response", cite: "AI Law 18(2)", condition: ALWAYS, basis: "law" },
  { id: "kz.audit", cite: "AI Law 20(1), 20(2)", condition: { flag: "seeksTrustedList" }, basis: "law" },
  {
    id: "kz.trusted-list",
    cite: "AI Law 19(1)",
    condition: { all: [{ impact: ["high"] }, { flag: "seeksTrustedList" }] },
    basis: "law",
  },
  {
    id: "kz.documentation",
    cite: "AI Law (article not given in the seed); list: AI Law 13(1)",
    condition: OWNER_HOLDER,
    basis: "inferred",
  },
  {
    id: "kz.security-reliability",
    cite: "AI Law (article not given in the seed)",
    condition: OWNER_HOLDER,
    basis: "inferred",
  },
  {
    id: "kz.user-support",
    cite: "AI Law (article not given in the seed)",
    condition: OWNER_HOLDER,
    basis: "inferred",
  },
  {
    id: "kz.oversight",
    cite: "AI Law (article not given in the seed)",
    condition: OWNER_HOLDER,
    basis: "inferred",
  },
  {
    id: "kz.user-rights",
    cite: "AI Law (article not given in the seed; 7(2) covers part)",
    condition: { any: [{ flag: "interactsWithPeople" }, { flag: "makesDecisionsAboutPeople" }] },
    basis: "inferred",
  },
  {
    id: "kz.user-duties",
    cite: "AI Law (article not given in the seed)",
    condition: { role: ["user"] },
    basis: "inferred",
  },
  { id: "kz.platform-operator", cite: "AI Law 14", condition: { role: ["platform_operator"] }, basis: "law" },
  {
    id: "kz.data-protection",
    cite: "AI Law 10, 21(4)",
    condition: { any: [{ flag: "processesPersonalData" }, { flag: "trainsModels" }] },
    basis: "law",
  },
  { id: "kz.liability", cite: "AI Law 24(1), 24(2), 8(2)", condition: ALWAYS, basis: "law" },
  {
    id: "kz.copyright.outputs",
    cite: "AI Law 23(1)",
    condition: { flag: "producesCreativeOutputs" },
    basis: "law",
  },
  {
    id: "kz.copyright.training",
    cite: "AI Law 23(5)",
    condition: { flag: "trainsOnThirdPartyWorks" },
    basis: "law",
  },
  { id: "kz.machine-readable", cite: "AI Law 22(1)", condition: ALWAYS, basis: "law" },
  {
    id: "dc.non-discrimination",
    cite: "Digital Code 43(2)",
    condition: { flag: "makesDecisionsAboutPeople" },
    basis: "law",
  },
  {
    id: "dc.automated-decisions",
    cite: "Digital Code 43(3)-(4)",
    condition: { all: [{ flag: "fullyAutomatedDecisions" }, { flag: "makesDecisionsAboutPeople" }] },
    basis: "law",
  },
  {
    id: "dc.smart-contracts",
    cite: "Digital Code 67(3)",
    condition: { flag: "isSmartContract" },
    basis: "law",
  },
  { id: "dc.cybersecurity", cite: "Digital Code 97(1)-(2), 99(1)", condition: ALWAYS, basis: "law" },
  {
    id: "dc.quality-audit",
    cite: "Digital Code 100(4)",
    condition: { any: [{ impact: ["high"] }, { flag: "isCriticallyImportantObject" }] },
    basis: "inferred",
  },
  {
    id: "dc.third-party-rights",
    cite: "Digital Code (article not given in the seed)",
    condition: OWNER_HOLDER,
    basis: "inferred",
  },
  {
    id: "dc.user-information",
    cite: "Digital Code (article not given in the seed)",
    condition: ALWAYS,
    basis: "inferred",
  },
  {
    id: "dc.public-decisions",
    cite: "Digital Code (article not given in the seed)",
    condition: { orgFlag: "publicSector" },
    basis: "inferred",
  },
  {
    id: "dc.biometric-authentication",
    cite: "Digital Code (named as an issue; article not given in the seed)",
    condition: { flag: "biometricAuthentication" },
    basis: "inferred",
  },
  { id: "dc.digital-ethics", cite: "Digital Code 13(1)", condition: ALWAYS, basis: "law" },
];

const MCI_TABLE = {
  natural_person: { first: 15, repeat: 30 },
  small: { first: 20, repeat: 50 },
  medium: { first: 30, repeat: 70 },
  large: { first: 100, repeat: 200 },
};

const instrument = (id: string) => {
  const i = kz.instruments.find((x) => x.id === id);
  if (!i) throw new Error(`instrument ${id} missing`);
  return i;
};
const obligation = (id: string) => {
  const o = kz.obligations.find((x) => x.id === id);
  if (!o) throw new Error(`obligation ${id} missing`);
  return o;
};
const penalty = (id: string) => {
  const p = kz.penalties.find((x) => x.id === id);
  if (!p) throw new Error(`penalty ${id} missing`);
  return p;
};

describe("Kazakhstan catalogue entry", () => {
  it("exports exactly one entry, valid against the schema", () => {
    expect(jurisdictions).toHaveLength(1);
    for (const j of jurisdictions) expect(() => Jurisdiction.parse(j)).not.toThrow();
  });

  it("is a binding, evolving, in-force country in Asia, checked 2026-11-25", () => {
    expect(kz).toMatchObject({
      code: "KZ",
      name: "Kazakhstan",
      kind: "country",
      region: "asia",
      status: "in_force",
      binding: true,
      evolving: true,
      lastChecked: "2026-11-25",
    });
  });

  it("dates the instruments as the seed does", () => {
    expect(instrument("kz.ai-law")).toMatchObject({
      number: "No. 230-VIII",
      status: "in_force",
      binding: true,
      enacted: "2025-11-17",
      inForce: "2026-01-18",
    });
    const plan = instrument("kz.ai-law").timeline.find((s) => s.date === "2026-01-14");
    expect(plan?.what).toContain("No. 2-r");
    expect(instrument("kz.ai-law").timeline.map((s) => s.date)).toEqual([
      "2025-11-17",
      "2026-01-14",
      "2026-01-18",
    ]);

    expect(instrument("kz.companion-law")).toMatchObject({ status: "enacted", enacted: "2025-11-17" });
    expect(instrument("kz.criteria-order")).toMatchObject({ status: "adopted", enacted: "2026-04-01" });
    const mr = instrument("kz.machine-readable-rules");
    expect(mr).toMatchObject({ status: "adopted", enacted: "2026-04-15", binding: false });
    expect(mr.inForce).toBeUndefined();
    expect(mr.timeline[0]?.what).toMatch(/not yet in force/);

    expect(instrument("kz.digital-code")).toMatchObject({
      number: "No. 255-VIII",
      enacted: "2026-01-09",
      inForce: "2026-07-11",
    });
    expect(instrument("kz.digital-code").timeline.map((s) => s.date)).toEqual(["2026-01-09", "2026-07-11"]);

    const coao = instrument("kz.coao");
    expect(coao.inForce).toBe("2026-01-18");
    expect(coao.summary).toMatch(/inferred/);
    expect(coao.timeline[0]).toMatchObject({ date: "2026-01-18", confidence: "M" });
    expect(coao.timeline[0]?.what).toMatch(/inferred.*verify/);
  });

  it("lists the other laws that touch AI with their numbers and dates", () => {
    expect(instrument("kz.civil-code-general")).toMatchObject({
      number: "No. 268-XIII",
      enacted: "1994-12-27",
    });
    expect(instrument("kz.civil-code-special")).toMatchObject({ number: "No. 409-I", enacted: "1999-07-01" });
    expect(instrument("kz.entrepreneurial-code")).toMatchObject({
      number: "No. 375-V",
      enacted: "2015-10-29",
    });
    expect(instrument("kz.personal-data-law")).toMatchObject({ number: "No. 94-V", enacted: "2013-05-21" });
    expect(instrument("kz.informatization-law")).toMatchObject({
      number: "No. 418-V",
      enacted: "2015-11-24",
    });
  });

  it("cites the definition and the classification axes", () => {
    expect(kz.definitionOfAI?.citation).toBe("AI Law Art. 1(3)");
    expect(kz.scope).toMatch(/stateless persons/);
    const cat = (name: string) => kz.riskCategories.find((c) => c.name === name);
    for (const level of ["minimal", "medium", "high"]) {
      expect(cat(`Impact on safety: ${level}`)?.citation).toBe("AI Law Art. 17(1)");
    }
    for (const level of ["low", "medium", "high"]) {
      expect(cat(`Autonomy: ${level}`)?.citation).toMatch(/^AI Law Art\. 17\(2\)/);
    }
    expect(cat("Autonomy: low")?.description).toMatch(/inference/);
    expect(cat("Autonomy: high")?.description).toMatch(/rules pending/);
    expect(cat("Trusted high-risk AI system")?.citation).toBe("AI Law Art. 19(1)");
    expect(cat("Critically important digital object")?.citation).toBe("Digital Code Art. 33(1)");
    expect(cat("Critically important digital object")?.description).toMatch(/2026-07-11/);
  });

  it("has the seven prohibited practices, inferred basis with a note, from 2026-01-18, list open", () => {
    expect(kz.prohibitedListOpen).toBe(true);
    expect(kz.prohibitedPractices.map((p) => p.id).sort()).toEqual(
      [
        "kz.prohibited.manipulation",
        "kz.prohibited.vulnerabilities",
        "kz.prohibited.social-scoring",
        "kz.prohibited.unlawful-personal-data",
        "kz.prohibited.biometric-discrimination",
        "kz.prohibited.emotion-without-consent",
        "kz.prohibited.prohibited-outputs",
      ].sort(),
    );
    for (const p of kz.prohibitedPractices) {
      expect(p.citation.instrument).toBe("kz.ai-law");
      expect(p.citation.basis).toBe("inferred");
      expect(p.citation.note).toMatch(/article not given/i);
      expect(p.effectiveFrom).toBe(AI_LAW_FROM);
    }
  });

  it("has all 31 obligations of the kazakhstan.md table, with the cite column verbatim", () => {
    expect(TABLE).toHaveLength(31);
    const ids = new Set(kz.obligations.map((o) => o.id));
    for (const row of TABLE) {
      expect(ids.has(row.id), row.id).toBe(true);
      const o = obligation(row.id);
      expect(o.citation.text, row.id).toBe(row.cite);
      expect(o.condition, row.id).toEqual(row.condition);
      expect(o.citation.basis, row.id).toBe(row.basis);
    }
  });

  it("marks what the seed does not say as inferred, with a note", () => {
    for (const row of TABLE) {
      const o = obligation(row.id);
      if (/article not given|inferred/.test(row.cite)) {
        expect(o.citation.basis, row.id).toBe("inferred");
        expect(o.citation.note, row.id).toBeTruthy();
      }
      if (o.citation.basis !== "law") expect(o.citation.note, row.id).toBeTruthy();
    }
    expect(obligation("dc.quality-audit").citation.note).toMatch(/no trigger/);
    expect(obligation("dc.cybersecurity").notes.join(" ")).toMatch(/inferred proxy/);
  });

  it("keeps the product-policy audit of high-impact systems apart from the legal audit", () => {
    const policy = obligation("kz.audit.high-impact-policy");
    expect(policy.citation.basis).toBe("product_policy");
    expect(policy.citation.note).toMatch(/stricter than the law/);
    expect(policy.condition).toEqual({ impact: ["high"] });
    expect(obligation("kz.audit").citation.basis).toBe("law");
    // the table's 31 plus this one
    expect(kz.obligations).toHaveLength(32);
  });

  it("applies AI Law duties from 2026-01-18 and every dc.* duty from 2026-07-11", () => {
    for (const o of kz.obligations) {
      if (o.id.startsWith("dc.")) {
        expect(o.effectiveFrom, o.id).toBe(DC_FROM);
        expect(o.citation.instrument, o.id).toBe("kz.digital-code");
      } else {
        expect(o.effectiveFrom, o.id).toBe(AI_LAW_FROM);
        expect(o.citation.instrument, o.id).toBe("kz.ai-law");
      }
    }
    expect(kz.obligations.filter((o) => o.id.startsWith("dc."))).toHaveLength(10);
  });

  it("carries the pending-rules notes", () => {
    expect(obligation("kz.machine-readable").notes).toContain(
      "Detailed rules adopted 2026-04-15, not yet in force (kz.machine-readable-rules).",
    );
    expect(obligation("kz.oversight").notes.join(" ")).toMatch(/rules pending/);
    expect(obligation("kz.risk.prohibited-response").appliesWhen).toMatch(/risk of prohibited circumstances/);
    expect(obligation("kz.risk.prohibited-response").notes.join(" ")).toMatch(/^Product policy/);
  });

  it("gives every obligation a citation, a condition and a date; ids are unique in the file", () => {
    for (const o of kz.obligations) {
      expect(o.citation.text.length, o.id).toBeGreaterThan(0);
      expect(o.condition, o.id).toBeDefined();
      expect(o.effectiveFrom, o.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const all = [
      ...kz.instruments.map((i) => i.id),
      ...kz.obligations.map((o) => o.id),
      ...kz.prohibitedPractices.map((p) => p.id),
      ...kz.penalties.map((p) => p.id),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it("has the CoAO Art. 641-1 fines in MCI exactly as the seed's table", () => {
    expect(kz.penalties.map((p) => p.id)).toEqual(["kz.coao.641-1.synthetic", "kz.coao.641-1.high-risk"]);
    for (const p of kz.penalties) {
      expect(p.citation).toEqual({ instrument: "kz.coao", text: "CoAO Art. 641-1", basis: "law" });
      expect(p.amount).toEqual({
        kind: "index",
        index: "KZ_MCI",
        byCategory: MCI_TABLE,
        repeatWindow:
          "a recorded offence of the same kind within one calendar year before the date (inferred: the seed is silent)",
      });
      expect(p.per).toBe("violation");
      expect(p.effectiveFrom).toBe("2026-01-18");
      expect(p.nonMonetary).toEqual([
        "a repeat offence also brings suspension or prohibition of the AI system's activity",
      ]);
      expect(p.whoMayBeFined).toMatch(/owner or holder/);
      expect(p.notes.join(" ")).toMatch(/inferred/);
    }
    expect(penalty("kz.coao.641-1.synthetic").triggeredBy).toEqual(["kz.synthetic.labelling"]);
    expect(penalty("kz.coao.641-1.high-risk").triggeredBy).toEqual(["kz.risk.process"]);
    const hr = penalty("kz.coao.641-1.high-risk").notes.join(" ");
    expect(hr).toMatch(/consequence/);
    expect(hr).toMatch(/criminal offence/);
  });

  it("names the five regulators with their citations", () => {
    expect(kz.regulators.map((r) => r.citation)).toEqual([
      "AI Law Arts. 1(10), 13; Digital Code Art. 14",
      "AI Law Art. 12",
      "AI Law Arts. 13(2), 19(1)",
      "AI Law Art. 14",
      "Digital Code Art. 72",
    ]);
    expect(kz.regulators[0]?.name).toBe(
      "Ministry of Artificial Intelligence and Digital Development of the Republic of Kazakhstan",
    );
    expect(kz.regulators[4]?.name).toBe("Architectural Coordination Center");
  });

  it("names the seed as a source", () => {
    expect(kz.sources[0]?.title).toMatch(/White & Case/);
  });
});
