import { describe, expect, it } from "vitest";
import { Jurisdiction } from "#schema.ts";
import { jurisdictions } from "./eu.ts";

const parsed = jurisdictions.map((j) => Jurisdiction.parse(j));
const eu = parsed.find((j) => j.code === "EU");
if (!eu) throw new Error("EU entry missing");

const instrument = (id: string) => {
  const found = eu.instruments.find((i) => i.id === id);
  if (!found) throw new Error(`instrument ${id} missing`);
  return found;
};
const obligation = (id: string) => {
  const found = eu.obligations.find((o) => o.id === id);
  if (!found) throw new Error(`obligation ${id} missing`);
  return found;
};
const penalty = (id: string) => {
  const found = eu.penalties.find((p) => p.id === id);
  if (!found) throw new Error(`penalty ${id} missing`);
  return found;
};
const eur = (amountMinor: string) => ({ amountMinor, currency: "EUR" });

describe("EU catalogue entry", () => {
  it("parses against the schema and is the EU bloc", () => {
    expect(parsed).toHaveLength(1);
    expect(eu).toMatchObject({
      code: "EU",
      kind: "bloc",
      region: "europe",
      status: "in_force",
      binding: true,
      lastChecked: "2026-11-25",
    });
    expect(eu.parent).toBeUndefined();
  });

  it("lists the four instruments with their numbers, statuses and dates", () => {
    expect(instrument("eu.ai-act")).toMatchObject({
      number: "Regulation (EU) 2024/1689",
      status: "phased",
      binding: true,
      inForce: "2024-08-01",
    });
    const omnibus = instrument("eu.omnibus");
    expect(omnibus).toMatchObject({
      number: "Regulation (EU) 2026/1744",
      status: "in_force",
      enacted: "2026-07-08",
      inForce: "2026-07-27",
    });
    const omnibusDates = omnibus.timeline.map((t) => t.date);
    for (const d of ["2026-05-07", "2026-06-16", "2026-06-29", "2026-07-08", "2026-07-24", "2026-07-27"]) {
      expect(omnibusDates).toContain(d);
    }
    expect(omnibus.timeline.find((t) => t.date === "2026-06-16")?.what).toContain("423–57–174");
    const ald = instrument("eu.ai-liability-directive");
    expect(ald).toMatchObject({ number: "COM(2022)496", status: "withdrawn", binding: false });
    expect(ald.timeline).toEqual([expect.objectContaining({ date: "2025-10-06", confidence: "P" })]);
    expect(ald.timeline[0]?.what).toContain("C/2025/5423");
    const pld = instrument("eu.product-liability-directive");
    expect(pld.confidence).toBe("S1");
    expect(pld.timeline).toEqual([expect.objectContaining({ date: "2026-12-09", confidence: "S1" })]);
  });

  it("has exactly the rows of the Art. 113 application-dates table in the AI Act timeline", () => {
    const rows = instrument("eu.ai-act").timeline.map((t) => [t.date, t.confidence]);
    expect(rows).toEqual([
      ["2025-02-02", "P"],
      ["2025-08-02", "P"],
      ["2026-07-27", "P"],
      ["2026-08-02", "P"],
      ["2026-12-02", "P"],
      ["2026-12-02", "S"],
      ["2027-08-02", "S"],
      ["2027-12-02", "P"],
      ["2028-08-02", "P"],
      ["2030-08-02", "S"],
    ]);
    const what = (date: string) =>
      instrument("eu.ai-act")
        .timeline.filter((t) => t.date === date)
        .map((t) => t.what)
        .join(" | ");
    expect(what("2025-02-02")).toMatch(/Art\. 4.*Art\. 5/);
    expect(what("2025-08-02")).toContain("except Art. 101");
    expect(what("2026-07-27")).toContain("Arts 102–110");
    expect(what("2026-08-02")).toMatch(/Art\. 50.*Art\. 101/);
    expect(what("2026-12-02")).toContain("5(1)(ba)/(bb)");
    expect(what("2026-12-02")).toContain("Art. 50(2)");
    expect(what("2027-08-02")).toContain("Art. 111(3)");
    expect(what("2027-12-02")).toContain("Annex III");
    expect(what("2028-08-02")).toContain("Annex I ");
    expect(what("2030-08-02")).toContain("Art. 111(2)");
  });

  it("defines AI (Art. 3(1)) and scope with exclusions, and the five risk categories", () => {
    expect(eu.definitionOfAI?.citation).toBe("AI Act Art. 3(1)");
    expect(eu.definitionOfAI?.text).toContain("[M]");
    expect(eu.scope).toMatch(/military, defence and national security/);
    expect(eu.scope).toMatch(/purely personal non-professional use/);
    expect(eu.riskCategories.map((r) => r.citation)).toEqual([
      "AI Act Art. 5",
      "AI Act Art. 6(1), Annex I",
      "AI Act Art. 6(2), 6(3), Annex III",
      "AI Act Art. 50",
      "AI Act Arts 51–56",
      undefined,
    ]);
    expect(eu.riskCategories.find((r) => r.name === "General-purpose AI models")?.description).toMatch(
      /10\^25 FLOP.*\[M\]/,
    );
  });

  it("lists Art. 5(1)(a)–(h) from 2025-02-02 and the Omnibus prohibitions from 2026-12-02", () => {
    const letters = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const original = eu.prohibitedPractices.filter((p) => p.effectiveFrom === "2025-02-02");
    expect(original.map((p) => p.citation.text)).toEqual(letters.map((l) => `AI Act Art. 5(1)(${l})`));
    for (const p of original) expect(p.confidence).toBe("M");
    const omnibus = eu.prohibitedPractices.filter((p) => p.effectiveFrom === "2026-12-02");
    expect(omnibus.map((p) => p.id).sort()).toEqual([
      "eu.ai-act.prohibited.csam",
      "eu.ai-act.prohibited.ncii-nudifiers",
    ]);
    for (const p of omnibus) {
      expect(p.citation.text).toContain("5(1)(ba)/(bb), 5(1a)/(1b)");
      expect(p.confidence).toBe("P");
    }
    expect(eu.prohibitedPractices).toHaveLength(10);
  });

  it("gives every obligation a citation, a condition and an effective date, with unique ids", () => {
    const ids = [
      ...eu.obligations.map((o) => o.id),
      ...eu.penalties.map((p) => p.id),
      ...eu.prohibitedPractices.map((p) => p.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of eu.obligations) {
      expect(o.id.startsWith("eu.ai-act.")).toBe(true);
      expect(o.citation.instrument).toBe("eu.ai-act");
      expect(o.citation.text).toMatch(/Art\. \d/);
      expect(o.condition).toBeDefined();
      expect(o.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("applies Annex III high-risk provider obligations from 2027-12-02 and Annex I from 2028-08-02", () => {
    const providerArticles: Record<string, string> = {
      "risk-management": "AI Act Art. 9",
      "data-governance": "AI Act Art. 10",
      "technical-documentation": "AI Act Art. 11, Annex IV",
      "record-keeping": "AI Act Art. 12",
      "instructions-for-use": "AI Act Art. 13",
      "human-oversight": "AI Act Art. 14",
      "accuracy-robustness-cybersecurity": "AI Act Art. 15",
      "provider-duties": "AI Act Art. 16",
      "quality-management-system": "AI Act Art. 17",
      "conformity-assessment": "AI Act Art. 43",
      "declaration-of-conformity": "AI Act Art. 47",
      "ce-marking": "AI Act Art. 48",
      "post-market-monitoring": "AI Act Art. 72",
      "serious-incident-reporting": "AI Act Art. 73",
    };
    for (const [slug, text] of Object.entries(providerArticles)) {
      const iii = obligation(`eu.ai-act.${slug}.annex-iii`);
      expect(iii.effectiveFrom).toBe("2027-12-02");
      expect(iii.citation.text).toBe(text);
      expect(iii.condition).toEqual({ all: [{ role: ["provider"] }, { euTier: ["high_annex_iii"] }] });
      const i = obligation(`eu.ai-act.${slug}.annex-i`);
      expect(i.effectiveFrom).toBe("2028-08-02");
      expect(i.citation.text).toBe(text);
      expect(i.condition).toEqual({ all: [{ role: ["provider"] }, { euTier: ["high_annex_i"] }] });
    }
    expect(obligation("eu.ai-act.registration.annex-iii")).toMatchObject({
      effectiveFrom: "2027-12-02",
      citation: { text: "AI Act Art. 49, Art. 71" },
    });
    const incident = obligation("eu.ai-act.serious-incident-reporting.annex-iii");
    expect(incident.summary).toMatch(/15 days.*73\(2\).*2 days.*73\(3\).*10 days.*73\(4\)/);
    expect(incident.confidence).toBe("P");
    // Every obligation keyed to a high-risk tier carries that phase's date.
    for (const o of eu.obligations) {
      const c = JSON.stringify(o.condition);
      if (c.includes("high_annex_iii")) expect(o.effectiveFrom).toBe("2027-12-02");
      if (c.includes('"high_annex_i"')) expect(o.effectiveFrom).toBe("2028-08-02");
    }
  });

  it("covers deployers (Art. 26, FRIA Art. 27), importers, distributors and authorised representatives", () => {
    expect(obligation("eu.ai-act.deployer-duties.annex-iii")).toMatchObject({
      effectiveFrom: "2027-12-02",
      citation: { text: "AI Act Art. 26" },
      condition: { all: [{ role: ["deployer"] }, { euTier: ["high_annex_iii"] }] },
    });
    expect(obligation("eu.ai-act.deployer-duties.annex-iii").summary).toContain("at least 6 months");
    expect(obligation("eu.ai-act.fundamental-rights-impact-assessment.annex-iii")).toMatchObject({
      effectiveFrom: "2027-12-02",
      citation: { text: "AI Act Art. 27" },
      condition: {
        all: [
          { role: ["deployer"] },
          { euTier: ["high_annex_iii"] },
          {
            any: [
              { orgFlag: "publicSector" },
              { orgFlag: "providesPublicServices" },
              { annexIIIArea: ["5(b)", "5(c)"] },
            ],
          },
        ],
      },
    });
    expect(
      eu.obligations.some((o) => o.id === "eu.ai-act.fundamental-rights-impact-assessment.annex-i"),
    ).toBe(false);
    expect(obligation("eu.ai-act.importer-duties.annex-iii").citation.text).toBe("AI Act Art. 23");
    expect(obligation("eu.ai-act.distributor-duties.annex-iii").citation.text).toBe("AI Act Art. 24");
    expect(obligation("eu.ai-act.authorised-representative-duties.annex-iii").citation.text).toBe(
      "AI Act Art. 22",
    );
    expect(obligation("eu.ai-act.importer-duties.annex-i").effectiveFrom).toBe("2028-08-02");
  });

  it("applies Art. 50 transparency from 2026-08-02 with the 2026-12-02 marking grace period", () => {
    const transparency = eu.obligations.filter((o) => o.id.startsWith("eu.ai-act.transparency."));
    expect(transparency).toHaveLength(4);
    for (const o of transparency) expect(o.effectiveFrom).toBe("2026-08-02");
    const marking = obligation("eu.ai-act.transparency.synthetic-content-marking");
    expect(marking.citation.text).toBe("AI Act Art. 50(2)");
    expect(marking.notes.join(" ")).toMatch(/2026-08-02.*2026-12-02/);
    expect(obligation("eu.ai-act.transparency.deepfake-disclosure").citation.text).toBe("AI Act Art. 50(4)");
  });

  it("applies GPAI obligations (Arts 53, 55), AI literacy and prohibited screening on their dates", () => {
    expect(obligation("eu.ai-act.gpai.provider-obligations")).toMatchObject({
      effectiveFrom: "2025-08-02",
      citation: { text: "AI Act Art. 53" },
      condition: { all: [{ role: ["provider"] }, { flag: "isGeneralPurposeModel" }] },
    });
    expect(obligation("eu.ai-act.gpai.systemic-risk")).toMatchObject({
      effectiveFrom: "2025-08-02",
      citation: { text: "AI Act Art. 55" },
      condition: {
        all: [{ role: ["provider"] }, { flag: "isGeneralPurposeModel" }, { flag: "gpaiSystemicRisk" }],
      },
    });
    expect(obligation("eu.ai-act.ai-literacy")).toMatchObject({
      effectiveFrom: "2025-02-02",
      citation: { text: "AI Act Art. 4" },
      condition: { role: ["provider", "deployer"] },
    });
    expect(obligation("eu.ai-act.prohibited-practices-screening")).toMatchObject({
      effectiveFrom: "2025-02-02",
      condition: { always: true },
    });
    expect(obligation("eu.ai-act.prohibited-practices-screening.ncii-csam").effectiveFrom).toBe("2026-12-02");
  });

  it("has the Art. 99 caps and percentages exactly, higher for undertakings and lower for SMEs", () => {
    const tiers: Array<[string, string, string]> = [
      ["eu.ai-act.99-3", "3500000000", "7"],
      ["eu.ai-act.99-4", "1500000000", "3"],
      ["eu.ai-act.99-5", "750000000", "1"],
    ];
    for (const [id, fixed, percent] of tiers) {
      const p = penalty(id);
      expect(p.amount).toEqual({
        kind: "fixed_or_turnover",
        fixed: eur(fixed),
        percent,
        rule: "higher",
        smeRule: "lower",
      });
      expect(p.effectiveFrom).toBe("2025-08-02");
      expect(p.confidence).toBe("P");
      expect(p.citation.text).toContain(`Art. 99(${id.slice(-1)})`);
      expect(p.notes.join(" ")).toMatch(/small mid-caps.*per-tenant option, off by default/);
    }
    expect(penalty("eu.ai-act.99-3").triggeredBy).toEqual([
      "eu.ai-act.prohibited-practices-screening",
      "eu.ai-act.prohibited-practices-screening.ncii-csam",
    ]);
    const t994 = penalty("eu.ai-act.99-4").triggeredBy;
    expect(t994).toContain("eu.ai-act.transparency.synthetic-content-marking");
    expect(t994).toContain("eu.ai-act.deployer-duties.annex-iii");
    expect(t994).toContain("eu.ai-act.importer-duties.annex-i");
    expect(t994).toContain("eu.ai-act.risk-management.annex-iii");
    expect(t994).not.toContain("eu.ai-act.fundamental-rights-impact-assessment.annex-iii");
    expect(t994).not.toContain("eu.ai-act.gpai.provider-obligations");
    expect(t994).not.toContain("eu.ai-act.ai-literacy");
  });

  it("has Art. 100 (EDPS, fixed) and Art. 101 (Commission, from 2026-08-02)", () => {
    expect(penalty("eu.ai-act.100").amount).toEqual({ kind: "fixed", max: eur("150000000") });
    expect(penalty("eu.ai-act.100.other").amount).toEqual({ kind: "fixed", max: eur("75000000") });
    expect(penalty("eu.ai-act.100").whoMayBeFined).toContain("EDPS");
    const a101 = penalty("eu.ai-act.101");
    expect(a101.amount).toEqual({
      kind: "fixed_or_turnover",
      fixed: eur("1500000000"),
      percent: "3",
      rule: "higher",
    });
    expect(a101.effectiveFrom).toBe("2026-08-02");
    expect(a101.whoMayBeFined).toContain("Commission");
    expect(a101.triggeredBy).toEqual(["eu.ai-act.gpai.provider-obligations", "eu.ai-act.gpai.systemic-risk"]);
  });

  it("names the enforcers and cites none of the 'do not use' sources", () => {
    const names = eu.regulators.map((r) => r.name).join(" | ");
    for (const n of ["market surveillance", "notifying", "AI Office", "EDPS", "Board"])
      expect(names).toContain(n);
    const urls = eu.sources.map((s) => s.url ?? "");
    expect(urls).toContain("https://artificialintelligenceact.eu/article/99/");
    for (const bad of ["sota.io", "regulation-ai.eu/article-100", "pagecrawl.io"]) {
      expect(urls.some((u) => u.includes(bad))).toBe(false);
    }
  });
});
