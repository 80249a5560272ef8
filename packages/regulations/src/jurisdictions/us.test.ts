import { describe, expect, it } from "vitest";
import { Jurisdiction } from "#schema.ts";
import { jurisdictions } from "./us.ts";

const parsed = jurisdictions.map((j) => Jurisdiction.parse(j));

function jur(code: string) {
  const j = parsed.find((x) => x.code === code);
  if (!j) throw new Error(`no jurisdiction ${code}`);
  return j;
}
function instrument(code: string, id: string) {
  const i = jur(code).instruments.find((x) => x.id === id);
  if (!i) throw new Error(`no instrument ${id} in ${code}`);
  return i;
}
function penalty(code: string, id: string) {
  const p = jur(code).penalties.find((x) => x.id === id);
  if (!p) throw new Error(`no penalty ${id} in ${code}`);
  return p;
}
function obligation(code: string, id: string) {
  const o = jur(code).obligations.find((x) => x.id === id);
  if (!o) throw new Error(`no obligation ${id} in ${code}`);
  return o;
}
const usd = (amountMinor: string) => ({ amountMinor, currency: "USD" });
const timelineDates = (code: string, id: string) => instrument(code, id).timeline.map((t) => t.date);

describe("US jurisdictions: shape", () => {
  it("parses every entry with the catalogue schema", () => {
    for (const j of jurisdictions) expect(() => Jurisdiction.parse(j)).not.toThrow();
  });

  it("covers the federal level and the five sub-national regimes, with kinds, regions and parents", () => {
    expect(parsed.map((j) => j.code)).toEqual(["US", "US-CO", "US-CA", "US-TX", "US-NYC", "US-NY"]);
    expect(jur("US")).toMatchObject({
      kind: "us_federal",
      region: "americas",
      status: "sectoral",
      binding: true,
    });
    expect(jur("US").parent).toBeUndefined();
    for (const code of ["US-CO", "US-CA", "US-TX", "US-NY"]) {
      expect(jur(code)).toMatchObject({ kind: "us_state", region: "americas", parent: "US", binding: true });
    }
    expect(jur("US-NYC")).toMatchObject({ kind: "us_city", region: "americas", parent: "US", binding: true });
    expect(jur("US-CO").status).toBe("enacted");
    expect(jur("US-CA").status).toBe("in_force");
    expect(jur("US-TX").status).toBe("in_force");
    expect(jur("US-NYC").status).toBe("in_force");
    expect(jur("US-NY").status).toBe("enacted");
    for (const j of parsed) expect(j.lastChecked).toBe("2026-11-25");
  });

  it("gives every obligation a citation, a condition and an effective date", () => {
    for (const j of parsed) {
      for (const o of j.obligations) {
        expect(o.citation.instrument, o.id).toBeTruthy();
        expect(o.citation.text, o.id).toBeTruthy();
        expect(o.condition, o.id).toBeDefined();
        expect(o.effectiveFrom, o.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("uses unique ids within the file, prefixed by the jurisdiction", () => {
    const ids = parsed.flatMap((j) => [
      ...j.obligations.map((o) => o.id),
      ...j.penalties.map((p) => p.id),
      ...j.prohibitedPractices.map((p) => p.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const j of parsed) {
      const prefix = `${j.code.toLowerCase()}.`;
      for (const x of [...j.obligations, ...j.penalties, ...j.prohibitedPractices])
        expect(x.id.startsWith(prefix), x.id).toBe(true);
      const instrumentIds = j.instruments.map((i) => i.id);
      expect(new Set(instrumentIds).size).toBe(instrumentIds.length);
    }
  });

  it("gives every binding sub-national regime obligations and penalty rules in USD cents", () => {
    for (const code of ["US-CO", "US-CA", "US-TX", "US-NYC", "US-NY"]) {
      const j = jur(code);
      expect(j.obligations.length, code).toBeGreaterThan(0);
      expect(j.penalties.length, code).toBeGreaterThan(0);
      for (const p of j.penalties) {
        expect(p.amount.kind).toBe("fixed");
        if (p.amount.kind === "fixed") {
          expect(p.amount.max.currency).toBe("USD");
          if (p.amount.min)
            expect(BigInt(p.amount.min.amountMinor) <= BigInt(p.amount.max.amountMinor)).toBe(true);
        }
        expect(p.triggeredBy.length, p.id).toBeGreaterThan(0);
      }
    }
  });

  it("explains every non-law citation", () => {
    for (const j of parsed) {
      const cites = [...j.obligations, ...j.penalties, ...j.prohibitedPractices].map((x) => x.citation);
      for (const c of cites) if (c.basis !== "law") expect(c.note).toBeTruthy();
    }
  });
});

describe("US federal", () => {
  it("has the executive orders and the TAKE IT DOWN Act with their dates", () => {
    expect(instrument("US", "eo-14110")).toMatchObject({ status: "repealed", confidence: "M" });
    expect(instrument("US", "eo-14179").confidence).toBe("M");
    expect(instrument("US", "ai-action-plan")).toMatchObject({ status: "soft_law", confidence: "S1" });
    expect(instrument("US", "eo-national-policy-framework")).toMatchObject({
      enacted: "2025-12-11",
      confidence: "S",
    });
    const tid = instrument("US", "take-it-down-act");
    expect(tid).toMatchObject({ enacted: "2025-05-19", status: "in_force", binding: true });
    expect(timelineDates("US", "take-it-down-act")).toEqual(["2025-05-19", "2026-05-19"]);
    expect(tid.summary).toContain("48 hours");
    expect(tid.summary).toContain("2 years'");
    expect(tid.summary).toContain("3 years");
    expect(instrument("US", "ftc-act").confidence).toBe("M");
  });

  it("models the 48-hour platform removal duty from 2026-05-19", () => {
    const o = obligation("US", "us.take-it-down.platform-removal");
    expect(o.effectiveFrom).toBe("2026-05-19");
    expect(o.summary).toContain("48 hours");
    expect(o.condition).toEqual({ any: [{ role: ["platform_operator"] }, { flag: "publishesDeepfakes" }] });
    expect(jur("US").prohibitedPractices[0]?.effectiveFrom).toBe("2025-05-19");
    expect(jur("US").penalties).toEqual([]);
  });

  it("keeps the summary's figures and marks other state items unverified", () => {
    const s = jur("US").summary;
    for (const fact of [
      "11 December 2025",
      "within 30 days",
      "within 90 days",
      "99–1",
      "10-year",
      "19 May 2025",
      "19 May 2026",
    ]) {
      expect(s).toContain(fact);
    }
    for (const fact of [
      "HB 3773",
      "1 Jan 2026",
      "SB 315 / SB 3261",
      "$1m/$3m",
      "P.A. 104-0538",
      "$2,500 per violation",
      "Connecticut",
    ]) {
      expect(s).toContain(fact);
    }
    expect(s).toContain("[unverified]");
    expect(jur("US").sources.some((x) => x.title.includes("Illinois") && x.confidence === "M")).toBe(true);
  });
});

describe("US-CO Colorado", () => {
  it("models SB 26-189 as the live instrument and SB 24-205 as repealed, with exact dates", () => {
    expect(instrument("US-CO", "sb-26-189")).toMatchObject({
      status: "enacted",
      binding: true,
      enacted: "2026-05-14",
      inForce: "2027-01-01",
      confidence: "S",
    });
    const old = instrument("US-CO", "sb-24-205");
    expect(old).toMatchObject({ status: "repealed", binding: false, enacted: "2024-05-17" });
    expect(old.inForce).toBeUndefined();
    expect(old.number).toContain("§6-1-1701");
    expect(timelineDates("US-CO", "sb-24-205")).toEqual([
      "2024-05-17",
      "2025-08-28",
      "2026-02-01",
      "2026-04-27",
      "2026-05-14",
      "2026-06-30",
    ]);
    expect(old.summary).toContain("$20,000 per violation");
    expect(old.summary).toContain("§6-1-1704");
    expect(old.summary).toContain("90 days");
    expect(jur("US-CO").summary).toContain("Senate 34–1, House 57–6");
    expect(jur("US-CO").summary).toContain("SB 25B-004");
    expect(instrument("US-CO", "colorado-consumer-protection-act").summary).toContain("$2,000 to $20,000");
    expect(instrument("US-CO", "colorado-consumer-protection-act").summary).toContain("$50,000");
  });

  it("gives ADMT duties from 2027-01-01", () => {
    const ids = jur("US-CO").obligations.map((o) => o.id);
    expect(ids).toEqual([
      "us-co.sb-26-189.admt-notice",
      "us-co.sb-26-189.adverse-outcome",
      "us-co.sb-26-189.developer-documentation",
    ]);
    for (const o of jur("US-CO").obligations) expect(o.effectiveFrom).toBe("2027-01-01");
    expect(obligation("US-CO", "us-co.sb-26-189.admt-notice").condition).toEqual({
      all: [{ role: ["deployer"] }, { flag: "makesDecisionsAboutPeople" }, { flag: "processesPersonalData" }],
    });
  });

  it("caps penalties at USD 20,000 per violation (unverified) with a 60-day cure period", () => {
    const p = penalty("US-CO", "us-co.sb-26-189.deceptive-trade-practice");
    expect(p.amount).toEqual({ kind: "fixed", max: usd("2000000") });
    expect(p.per).toBe("violation");
    expect(p.effectiveFrom).toBe("2027-01-01");
    expect(p.confidence).toBe("M");
    expect(p.citation.basis).toBe("inferred");
    expect(p.notes.join(" ")).toContain("60-day cure period");
  });
});

describe("US-CA California", () => {
  it("dates SB 53, SB 942 (as moved by AB 853) and the CCPA ADMT regulations exactly", () => {
    expect(instrument("US-CA", "sb-53")).toMatchObject({
      enacted: "2025-09-29",
      inForce: "2026-01-01",
      status: "in_force",
    });
    expect(instrument("US-CA", "sb-53").number).toBe("SB 53 (B&P Code §22757.10 et seq.)");
    expect(instrument("US-CA", "sb-53").summary).toContain("10^26");
    expect(instrument("US-CA", "sb-53").summary).toContain("$500m");
    expect(instrument("US-CA", "sb-942")).toMatchObject({ enacted: "2024-09-19", inForce: "2026-08-02" });
    expect(timelineDates("US-CA", "sb-942")).toEqual(["2024-09-19", "2026-01-01", "2026-08-02"]);
    expect(instrument("US-CA", "sb-942").summary).toContain("1,000,000 monthly users");
    expect(instrument("US-CA", "sb-942").summary).toContain("96 hours");
    expect(instrument("US-CA", "ccpa-admt-regulations")).toMatchObject({
      enacted: "2025-09-23",
      inForce: "2026-01-01",
      status: "phased",
    });
    expect(timelineDates("US-CA", "ccpa-admt-regulations")).toEqual([
      "2025-09-23",
      "2026-01-01",
      "2027-01-01",
      "2028-04-01",
    ]);
  });

  it("gives SB 53 frontier duties from 2026-01-01 with the 15-day / 24-hour incident deadlines", () => {
    const sb53 = jur("US-CA").obligations.filter((o) => o.id.startsWith("us-ca.sb-53."));
    expect(sb53).toHaveLength(5);
    for (const o of sb53) {
      expect(o.effectiveFrom).toBe("2026-01-01");
      expect(o.condition).toEqual({ all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] });
    }
    const incident = obligation("US-CA", "us-ca.sb-53.critical-incident-reporting");
    expect(incident.summary).toContain("15 days");
    expect(incident.summary).toContain("24 hours");
  });

  it("gives SB 942 duties to providers of generative systems from 2026-08-02", () => {
    const sb942 = jur("US-CA").obligations.filter((o) => o.id.startsWith("us-ca.sb-942."));
    expect(sb942).toHaveLength(4);
    for (const o of sb942) {
      expect(o.effectiveFrom).toBe("2026-08-02");
      expect(o.condition).toEqual({ all: [{ role: ["provider"] }, { flag: "producesSyntheticOutputs" }] });
    }
  });

  it("gives CCPA ADMT duties from 2027-01-01 and risk assessments with the 2028-04-01 attestation", () => {
    expect(obligation("US-CA", "us-ca.ccpa-admt.pre-use-notice").effectiveFrom).toBe("2027-01-01");
    expect(obligation("US-CA", "us-ca.ccpa-admt.opt-out-and-access").effectiveFrom).toBe("2027-01-01");
    expect(obligation("US-CA", "us-ca.ccpa-admt.risk-assessment").effectiveFrom).toBe("2026-01-01");
    expect(obligation("US-CA", "us-ca.ccpa-admt.risk-assessment").notes.join(" ")).toContain("2028-04-01");
  });

  it("encodes the penalty schedules exactly", () => {
    const sb53 = penalty("US-CA", "us-ca.sb-53.22757-15-a");
    expect(sb53.amount).toEqual({ kind: "fixed", max: usd("100000000") });
    expect(sb53.per).toBe("violation");
    expect(sb53.citation).toMatchObject({ instrument: "sb-53", text: "B&P Code §22757.15(a)", basis: "law" });
    expect(sb53.effectiveFrom).toBe("2026-01-01");

    const sb942 = penalty("US-CA", "us-ca.sb-942.22757-4");
    expect(sb942.amount).toEqual({ kind: "fixed", min: usd("500000"), max: usd("500000") });
    expect(sb942.per).toBe("violation");
    expect(sb942.citation).toMatchObject({ text: "B&P §22757.4", basis: "law" });
    expect(sb942.notes.join(" ")).toContain("Each day of violation is a discrete violation");
    expect(sb942.effectiveFrom).toBe("2026-08-02");

    expect(penalty("US-CA", "us-ca.ccpa.violation").amount).toEqual({ kind: "fixed", max: usd("266300") });
    expect(penalty("US-CA", "us-ca.ccpa.intentional-or-minors").amount).toEqual({
      kind: "fixed",
      max: usd("798800"),
    });
    expect(penalty("US-CA", "us-ca.ccpa.intentional-or-minors").offence).toContain("under 16");
  });
});

describe("US-TX Texas (TRAIGA)", () => {
  it("has HB 149 signed 2025-06-22 and effective 2026-01-01", () => {
    expect(instrument("US-TX", "traiga")).toMatchObject({
      number: "HB 149 (89th Leg.), Bus. & Com. Code ch. 551–552",
      enacted: "2025-06-22",
      inForce: "2026-01-01",
      status: "in_force",
    });
    expect(jur("US-TX").prohibitedPractices).toHaveLength(6);
    for (const p of jur("US-TX").prohibitedPractices) expect(p.effectiveFrom).toBe("2026-01-01");
    for (const o of jur("US-TX").obligations) expect(o.effectiveFrom).toBe("2026-01-01");
  });

  it("encodes the §552.105(a) tiers and the §552.106(b)(2) agency sanction exactly", () => {
    const curable = penalty("US-TX", "us-tx.traiga.552-105-a.curable");
    expect(curable.amount).toEqual({ kind: "fixed", min: usd("1000000"), max: usd("1200000") });
    expect(curable.per).toBe("violation");
    const uncurable = penalty("US-TX", "us-tx.traiga.552-105-a.uncurable");
    expect(uncurable.amount).toEqual({ kind: "fixed", min: usd("8000000"), max: usd("20000000") });
    expect(uncurable.per).toBe("violation");
    const continuing = penalty("US-TX", "us-tx.traiga.552-105-a.continuing");
    expect(continuing.amount).toEqual({ kind: "fixed", min: usd("200000"), max: usd("4000000") });
    expect(continuing.per).toBe("day");
    for (const p of [curable, uncurable, continuing]) {
      expect(p.citation).toMatchObject({ text: "Bus. & Com. Code §552.105(a)", basis: "law" });
      expect(p.confidence).toBe("P");
      expect(p.effectiveFrom).toBe("2026-01-01");
      expect(p.nonMonetary).toEqual(["Injunctive relief", "Attorney's fees and investigative costs"]);
      expect(p.notes.join(" ")).toContain("60th day");
    }
    const agency = penalty("US-TX", "us-tx.traiga.552-106-b-2.agency-sanction");
    expect(agency.amount).toEqual({ kind: "fixed", max: usd("10000000") });
    expect(agency.citation.text).toBe("Bus. & Com. Code §552.106(b)(2)");
  });
});

describe("US-NYC New York City (Local Law 144)", () => {
  it("has the AEDT duties in force since 2023-07-05 with the brief's condition", () => {
    expect(instrument("US-NYC", "local-law-144")).toMatchObject({
      inForce: "2023-07-05",
      status: "in_force",
    });
    expect(jur("US-NYC").obligations).toHaveLength(4);
    for (const o of jur("US-NYC").obligations) {
      expect(o.effectiveFrom).toBe("2023-07-05");
      expect(o.condition).toEqual({
        all: [{ flag: "makesDecisionsAboutPeople" }, { flag: "usedInWorkplace" }],
      });
    }
    expect(obligation("US-NYC", "us-nyc.ll144.bias-audit").summary).toContain("1 year");
    expect(obligation("US-NYC", "us-nyc.ll144.candidate-notice").summary).toContain("10 business days");
  });

  it("encodes the civil penalties exactly", () => {
    const first = penalty("US-NYC", "us-nyc.ll144.first-violation");
    expect(first.amount).toEqual({ kind: "fixed", max: usd("50000") });
    expect(first.per).toBe("violation");
    const later = penalty("US-NYC", "us-nyc.ll144.subsequent-violation");
    expect(later.amount).toEqual({ kind: "fixed", min: usd("50000"), max: usd("150000") });
    expect(later.per).toBe("violation");
    for (const p of [first, later]) expect(p.notes.join(" ")).toContain("Each day of use");
  });
});

describe("US-NY New York State (RAISE Act)", () => {
  it("dates the Act and its chapter amendment exactly", () => {
    expect(instrument("US-NY", "raise-act")).toMatchObject({
      enacted: "2025-12-19",
      inForce: "2027-01-01",
      status: "enacted",
    });
    expect(instrument("US-NY", "raise-act").number).toBe(
      "Ch. 699, L. 2025, as amended by ch. 96, L. 2026 (S8828/A9449)",
    );
    expect(timelineDates("US-NY", "raise-act")).toEqual(["2025-12-19", "2026-03-27", "2027-01-01"]);
    for (const o of jur("US-NY").obligations) {
      expect(o.effectiveFrom).toBe("2027-01-01");
      expect(o.condition).toEqual({ all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] });
    }
    const incident = obligation("US-NY", "us-ny.raise.incident-reporting");
    expect(incident.summary).toContain("72 hours");
    expect(incident.summary).toContain("24 hours");
  });

  it("encodes USD 1m first / USD 3m subsequent violation penalties", () => {
    expect(penalty("US-NY", "us-ny.raise.first-violation").amount).toEqual({
      kind: "fixed",
      max: usd("100000000"),
    });
    expect(penalty("US-NY", "us-ny.raise.subsequent-violation").amount).toEqual({
      kind: "fixed",
      max: usd("300000000"),
    });
    for (const id of ["us-ny.raise.first-violation", "us-ny.raise.subsequent-violation"]) {
      expect(penalty("US-NY", id).per).toBe("violation");
      expect(penalty("US-NY", id).effectiveFrom).toBe("2027-01-01");
    }
  });
});
