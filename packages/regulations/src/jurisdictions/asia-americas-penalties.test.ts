import { describe, expect, it } from "vitest";
import { Jurisdiction, type Jurisdiction as JurisdictionT, type Money, type PenaltyRule } from "#schema.ts";
import { jurisdictions as br } from "./br.ts";
import { jurisdictions as ca } from "./ca.ts";
import { jurisdictions as cn } from "./cn.ts";
import { jurisdictions as kr } from "./kr.ts";
import { jurisdictions as tr } from "./tr.ts";

/**
 * KR, CN, BR, CA and TR against the research pack (`/work/shared/spec/jurisdictions.md` §2, §3, §6,
 * §7, §12 and the §14 table): exact figures, currencies, dates, article numbers and statuses.
 */

const files = { kr, cn, br, ca, tr };
const parsed: JurisdictionT[] = Object.values(files).flatMap((list) =>
  list.map((entry) => Jurisdiction.parse(entry)),
);

function get(code: string): JurisdictionT {
  const j = parsed.find((x) => x.code === code);
  if (!j) throw new Error(`missing ${code}`);
  return j;
}
function instrument(j: JurisdictionT, id: string) {
  const i = j.instruments.find((x) => x.id === id);
  if (!i) throw new Error(`missing instrument ${id}`);
  return i;
}
function penalty(j: JurisdictionT, id: string): PenaltyRule {
  const p = j.penalties.find((x) => x.id === id);
  if (!p) throw new Error(`missing penalty ${id}`);
  return p;
}
function obligation(j: JurisdictionT, id: string) {
  const o = j.obligations.find((x) => x.id === id);
  if (!o) throw new Error(`missing obligation ${id}`);
  return o;
}

/** Money from a major-unit figure as the pack writes it: KRW and JPY have no minor digits. */
const MINOR_DIGITS: Record<string, number> = {
  KRW: 0,
  JPY: 0,
  CNY: 2,
  BRL: 2,
  CAD: 2,
  TRY: 2,
  USD: 2,
  EUR: 2,
};
function money(major: number, currency: string): Money {
  const digits = MINOR_DIGITS[currency];
  if (digits === undefined) throw new Error(`unknown currency ${currency}`);
  return { amountMinor: (BigInt(major) * 10n ** BigInt(digits)).toString(), currency };
}

describe("every entry", () => {
  it("has one entry per file, each parsing with the schema", () => {
    for (const list of Object.values(files)) expect(list).toHaveLength(1);
    expect(parsed.map((j) => j.code)).toEqual(["KR", "CN", "BR", "CA", "TR"]);
  });

  it("is checked on 2026-11-25 and has sources", () => {
    for (const j of parsed) {
      expect(j.lastChecked).toBe("2026-11-25");
      expect(j.sources.length).toBeGreaterThan(0);
    }
  });

  it("has regions as agreed (KR/CN asia, BR/CA americas, TR europe)", () => {
    expect(Object.fromEntries(parsed.map((j) => [j.code, j.region]))).toEqual({
      KR: "asia",
      CN: "asia",
      BR: "americas",
      CA: "americas",
      TR: "europe",
    });
  });

  it("gives every obligation a citation, a condition and an effective date", () => {
    for (const j of parsed) {
      for (const o of j.obligations) {
        expect(o.citation.text.length, o.id).toBeGreaterThan(0);
        expect(
          j.instruments.map((i) => i.id),
          o.id,
        ).toContain(o.citation.instrument);
        expect(o.condition, o.id).toBeDefined();
        expect(o.effectiveFrom, o.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(o.id.startsWith(`${j.code.toLowerCase()}.`), o.id).toBe(true);
      }
    }
  });

  it("uses unique ids across obligations, prohibited practices, penalties and instruments", () => {
    const ids = parsed.flatMap((j) => [
      ...j.obligations.map((o) => o.id),
      ...j.prohibitedPractices.map((p) => p.id),
      ...j.penalties.map((p) => p.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    const instrumentIds = parsed.flatMap((j) => j.instruments.map((i) => i.id));
    expect(new Set(instrumentIds).size).toBe(instrumentIds.length);
    for (const j of parsed) {
      for (const p of [...j.penalties, ...j.prohibitedPractices])
        expect(p.id.startsWith(`${j.code.toLowerCase()}.`)).toBe(true);
    }
  });

  it("counts only rules in force: a draft's fine is marked proposed, has no effective date and says so", () => {
    for (const j of parsed) {
      for (const p of j.penalties) {
        const i = instrument(j, p.citation.instrument);
        if (i.binding) {
          expect(i.status, p.id).toBe("in_force");
          expect(p.proposed, p.id).toBe(false);
          expect(p.effectiveFrom, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(p.triggeredBy.length, p.id).toBeGreaterThan(0);
        } else {
          expect(i.status, p.id).toBe("draft");
          expect(p.proposed, p.id).toBe(true);
          expect(p.effectiveFrom, p.id).toBeNull();
          expect(p.notes, p.id).toContain("Proposed in the draft bill; not in force.");
        }
      }
    }
  });

  it("explains every non-law citation", () => {
    for (const j of parsed) {
      for (const c of [...j.obligations, ...j.penalties, ...j.prohibitedPractices].map((x) => x.citation)) {
        if (c.basis !== "law") expect(c.note).toBeTruthy();
      }
    }
  });
});

describe("South Korea (KR)", () => {
  const j = get("KR");

  it("is in force and binding under Act No. 20676", () => {
    expect(j.status).toBe("in_force");
    expect(j.binding).toBe(true);
    const act = instrument(j, "kr.ai-basic-act");
    expect(act.number).toBe("Act No. 20676");
    expect(act.status).toBe("in_force");
    expect(act.enacted).toBe("2025-01-21");
    expect(act.inForce).toBe("2026-01-22");
    expect(act.timeline.map((s) => s.date)).toEqual(["2024-12-26", "2025-01-21", "2026-01-22", "2027-01-22"]);
    const decree = instrument(j, "kr.ai-basic-act.enforcement-decree");
    expect(decree.number).toBe("Presidential Decree No. 36053");
    expect(decree.inForce).toBe("2026-01-22");
  });

  it("keeps the definitions and thresholds of Art. 2 and the decree", () => {
    expect(j.definitionOfAI?.citation).toBe("AI Basic Act Art. 2");
    expect(j.scope).toContain("Art. 4");
    const hp = j.riskCategories.find((r) => r.name === "High-performance AI");
    expect(hp?.description).toContain("10^26 FLOPs");
    expect(JSON.stringify(j)).not.toMatch(/11\^26|1036/);
  });

  it("cites the right article for each obligation", () => {
    const cites = Object.fromEntries(j.obligations.map((o) => [o.id, o.citation.text]));
    expect(cites).toEqual({
      "kr.ai-basic-act.advance-notice": "AI Basic Act Art. 31(1)",
      "kr.ai-basic-act.generative-labelling": "AI Basic Act Art. 31",
      "kr.ai-basic-act.deepfake-labelling": "AI Basic Act Art. 31",
      "kr.ai-basic-act.high-performance-safety": "AI Basic Act Art. 32",
      "kr.ai-basic-act.high-impact-self-assessment": "AI Basic Act Art. 33",
      "kr.ai-basic-act.high-impact-measures": "AI Basic Act Art. 34",
      "kr.ai-basic-act.impact-assessment": "AI Basic Act Art. 35",
      "kr.ai-basic-act.domestic-representative": "AI Basic Act Art. 36",
      "kr.ai-basic-act.corrective-orders": "AI Basic Act Art. 40",
    });
    for (const o of j.obligations) expect(o.effectiveFrom).toBe("2026-01-22");
  });

  it("marks the domestic-representative thresholds unverified (S1)", () => {
    const o = obligation(j, "kr.ai-basic-act.domestic-representative");
    expect(o.confidence).toBe("S1");
    expect(o.appliesWhen).toContain("KRW 1 trillion");
    expect(o.appliesWhen).toContain("KRW 10 billion");
  });

  it("fines up to KRW 30,000,000 per breach under Art. 43(1), for the three listed offences", () => {
    expect(j.penalties.map((p) => p.id)).toEqual([
      "kr.ai-basic-act.43-1.notice-label",
      "kr.ai-basic-act.43-1.domestic-representative",
      "kr.ai-basic-act.43-1.corrective-order",
    ]);
    for (const p of j.penalties) {
      expect(p.amount).toEqual({ kind: "fixed", max: money(30_000_000, "KRW") });
      expect(p.amount).toEqual({ kind: "fixed", max: { amountMinor: "30000000", currency: "KRW" } });
      expect(p.per).toBe("violation");
      expect(p.citation.text).toContain("Art. 43(1)");
      expect(p.citation.basis).toBe("law");
      expect(p.effectiveFrom).toBe("2026-01-22");
      expect(p.confidence).toBe("S");
      expect(p.notes.join(" ")).toContain("at least one year");
    }
    expect(penalty(j, "kr.ai-basic-act.43-1.notice-label").citation.text).toContain("Art. 31(1)");
    expect(penalty(j, "kr.ai-basic-act.43-1.notice-label").triggeredBy).toContain(
      "kr.ai-basic-act.generative-labelling",
    );
  });

  it("names MSIT as the regulator", () => {
    expect(j.regulators[0]?.name).toContain("MSIT");
  });
});

describe("China (CN)", () => {
  const j = get("CN");

  it("is sectoral and binding, with the pack's dates", () => {
    expect(j.status).toBe("sectoral");
    expect(j.binding).toBe(true);
    expect(instrument(j, "cn.algorithmic-recommendation").inForce).toBe("2022-03-01");
    expect(instrument(j, "cn.deep-synthesis").inForce).toBe("2023-01-10");
    expect(instrument(j, "cn.generative-ai-measures").inForce).toBe("2023-08-15");
    const labeling = instrument(j, "cn.labeling-measures");
    expect(labeling.enacted).toBe("2025-03-14");
    expect(labeling.inForce).toBe("2025-09-01");
    expect(labeling.name).toContain("GB 45438-2025");
    const csl = instrument(j, "cn.cybersecurity-law");
    expect(csl.enacted).toBe("2025-10-28");
    expect(csl.inForce).toBe("2026-01-01");
    const anthro = instrument(j, "cn.anthropomorphic-ai-measures");
    expect(anthro.enacted).toBe("2026-04-10");
    expect(anthro.inForce).toBe("2026-07-15");
    expect(anthro.status).toBe("in_force");
    expect(instrument(j, "cn.pipl").inForce).toBe("2021-11-01");
    expect(instrument(j, "cn.ai-safety-governance-framework").binding).toBe(false);
  });

  it("dates obligations from their instrument", () => {
    const from = (prefix: string) =>
      j.obligations.filter((o) => o.id.startsWith(prefix)).map((o) => o.effectiveFrom);
    expect(new Set(from("cn.genai."))).toEqual(new Set(["2023-08-15"]));
    expect(new Set(from("cn.labeling."))).toEqual(new Set(["2025-09-01"]));
    expect(new Set(from("cn.anthropomorphic."))).toEqual(new Set(["2026-07-15"]));
  });

  it("keeps the anthropomorphic-AI duties unverified (S1) with their thresholds", () => {
    for (const o of j.obligations.filter((x) => x.id.startsWith("cn.anthropomorphic.")))
      expect(o.confidence).toBe("S1");
    expect(obligation(j, "cn.anthropomorphic.filing").summary).toContain(
      "1m registered users or 100k monthly active users",
    );
    expect(obligation(j, "cn.anthropomorphic.ai-disclosure").summary).toContain("2 hours");
  });

  it("cites no invented article: Measures without an article given are inferred", () => {
    for (const o of j.obligations) {
      expect(o.citation.basis).toBe("inferred");
      expect(o.citation.note).toBe("article not given in the source");
    }
  });

  it("has the Cybersecurity Law fines as amended from 2026-01-01", () => {
    const serious = penalty(j, "cn.csl.serious");
    expect(serious.amount).toEqual({ kind: "fixed", max: money(10_000_000, "CNY") });
    expect(serious.effectiveFrom).toBe("2026-01-01");
    expect(serious.nonMonetary).toEqual(["Business suspension", "Licence revocation"]);
    const people = penalty(j, "cn.csl.responsible-individuals");
    expect(people.amount).toEqual({ kind: "fixed", max: money(1_000_000, "CNY") });
    expect(people.per).toBe("person");
  });

  it("has PIPL Art. 66 exactly, with its primary-text confidence", () => {
    expect(penalty(j, "cn.pipl.66.general").amount).toEqual({ kind: "fixed", max: money(1_000_000, "CNY") });
    expect(penalty(j, "cn.pipl.66.general-individuals").amount).toEqual({
      kind: "fixed",
      min: money(10_000, "CNY"),
      max: money(100_000, "CNY"),
    });
    const serious = penalty(j, "cn.pipl.66.serious");
    expect(serious.amount).toEqual({
      kind: "fixed_or_turnover",
      fixed: { amountMinor: "5000000000", currency: "CNY" },
      percent: "5",
      rule: "higher",
    });
    expect(serious.notes.join(" ")).toContain("'or'");
    expect(penalty(j, "cn.pipl.66.serious-individuals").amount).toEqual({
      kind: "fixed",
      min: money(100_000, "CNY"),
      max: money(1_000_000, "CNY"),
    });
    for (const p of j.penalties.filter((x) => x.id.startsWith("cn.pipl."))) {
      expect(p.citation).toEqual({ instrument: "cn.pipl", text: "PIPL Art. 66", basis: "law" });
      expect(p.confidence).toBe("P");
      expect(p.effectiveFrom).toBe("2021-11-01");
    }
  });

  it("names the CAC as lead regulator", () => {
    expect(j.regulators[0]?.name).toContain("CAC");
  });
});

describe("Brazil (BR)", () => {
  const j = get("BR");

  it("has the AI bill as a non-binding draft with its dates", () => {
    expect(j.status).toBe("draft");
    const bill = instrument(j, "br.pl-2338-2023");
    expect(bill.number).toBe("PL 2338/2023");
    expect(bill.status).toBe("draft");
    expect(bill.binding).toBe(false);
    expect(bill.timeline.map((s) => s.date)).toEqual(["2023-05-03", "2024-12-10", "2025-03-17"]);
    expect(bill.summary).toContain("R$50,000,000 per infraction");
    expect(bill.summary).toContain("2% of the group's gross revenue in Brazil");
    expect(j.penalties.some((p) => p.citation.instrument === "br.pl-2338-2023")).toBe(false);
  });

  it("applies the LGPD today (binding) with Art. 52: 2% of revenue in Brazil capped at R$50m", () => {
    expect(j.binding).toBe(true);
    const lgpd = instrument(j, "br.lgpd");
    expect(lgpd.status).toBe("in_force");
    expect(lgpd.inForce).toBe("2020-09-18");
    const p = penalty(j, "br.lgpd.52.simple-fine");
    expect(p.amount).toEqual({
      kind: "fixed_or_turnover",
      fixed: money(50_000_000, "BRL"),
      percent: "2",
      rule: "lower",
    });
    expect(p.amount).toEqual({
      kind: "fixed_or_turnover",
      fixed: { amountMinor: "5000000000", currency: "BRL" },
      percent: "2",
      rule: "lower",
    });
    expect(p.per).toBe("violation");
    expect(p.citation).toEqual({ instrument: "br.lgpd", text: "LGPD Art. 52", basis: "law" });
    expect(p.effectiveFrom).toBe("2021-08-01");
    expect(p.confidence).toBe("P");
    expect(p.nonMonetary).toContain("Suspension of processing");
  });

  it("names the ANPD", () => {
    expect(j.regulators[0]?.name).toContain("ANPD");
  });
});

describe("Canada (CA)", () => {
  const j = get("CA");

  it("has no federal AI law: AIDA lapsed, Bill C-36 at first reading", () => {
    expect(j.status).toBe("sectoral");
    const aida = instrument(j, "ca.aida");
    expect(aida.status).toBe("withdrawn");
    expect(aida.binding).toBe(false);
    expect(aida.timeline.map((s) => s.date)).toEqual(["2022-06-16", "2025-01-06"]);
    const c36 = instrument(j, "ca.bill-c-36");
    expect(c36.number).toBe("Bill C-36");
    expect(c36.status).toBe("draft");
    expect(c36.binding).toBe(false);
    expect(c36.timeline[0]?.date).toBe("2026-06-15");
    expect(c36.summary).toContain("$10m or 3% of global revenue");
    expect(c36.summary).toContain("$25m or 5%");
    expect(instrument(j, "ca.voluntary-code-genai").timeline[0]?.date).toBe("2023-09-27");
    for (const p of j.penalties) expect(["ca.aida", "ca.bill-c-36"]).not.toContain(p.citation.instrument);
  });

  it("records Quebec Law 25's figures as unverified background (M)", () => {
    const admin = penalty(j, "ca.qc-law-25.administrative");
    expect(admin.amount).toEqual({
      kind: "fixed_or_turnover",
      fixed: money(10_000_000, "CAD"),
      percent: "2",
      rule: "higher",
    });
    const penal = penalty(j, "ca.qc-law-25.penal");
    expect(penal.amount).toEqual({
      kind: "fixed_or_turnover",
      fixed: { amountMinor: "2500000000", currency: "CAD" },
      percent: "4",
      rule: "higher",
    });
    for (const p of [admin, penal]) {
      expect(p.confidence).toBe("M");
      expect(p.citation.basis).toBe("inferred");
    }
    expect(instrument(j, "ca.qc-law-25").confidence).toBe("M");
    expect(obligation(j, "ca.qc-law-25.automated-decision-notice").confidence).toBe("M");
  });
});

describe("Turkey (TR)", () => {
  const j = get("TR");

  it("has only drafts: no binding rules, no obligations", () => {
    expect(j.status).toBe("draft");
    expect(j.binding).toBe(false);
    expect(j.obligations).toEqual([]);
    for (const i of j.instruments) {
      expect(i.status).toBe("draft");
      expect(i.binding).toBe(false);
    }
  });

  it("describes the proposed fines exactly", () => {
    expect(instrument(j, "tr.draft-ai-law-2024").summary).toContain("TRY 35m or 7% of annual revenue");
    expect(instrument(j, "tr.draft-ai-law-2024").timeline[0]?.date).toBe("2024-06-24");
    const mhp = instrument(j, "tr.deepfake-bill-2025");
    expect(mhp.summary).toContain("TRY 10m");
    expect(mhp.summary).toContain("6 hours");
  });

  it("records the proposed fines as rules that never apply: TRY 35m or 7%, and TRY 10m", () => {
    expect(penalty(j, "tr.draft-ai-law-2024.prohibited-uses").amount).toEqual({
      kind: "fixed_or_turnover",
      fixed: money(35_000_000, "TRY"),
      percent: "7",
      rule: "higher",
    });
    expect(penalty(j, "tr.draft-ai-law-2024.prohibited-uses").amount).toMatchObject({
      fixed: { amountMinor: "3500000000", currency: "TRY" },
    });
    expect(penalty(j, "tr.deepfake-bill-2025.max-fine").amount).toEqual({
      kind: "fixed",
      max: { amountMinor: "1000000000", currency: "TRY" },
    });
    for (const p of j.penalties) {
      expect(p.proposed).toBe(true);
      expect(p.effectiveFrom).toBeNull();
      expect(p.citation.basis).toBe("inferred");
    }
  });
});
