import { describe, expect, it } from "vitest";
import { Jurisdiction } from "#schema.ts";
import { jurisdictions } from "./rest-of-world.ts";

const parsed = jurisdictions.map((j) => Jurisdiction.parse(j));
const byCode = new Map(parsed.map((j) => [j.code, j]));

function get(code: string): Jurisdiction {
  const j = byCode.get(code);
  if (!j) throw new Error(`missing jurisdiction ${code}`);
  return j;
}

function instrument(code: string, id: string) {
  const i = get(code).instruments.find((x) => x.id === id);
  if (!i) throw new Error(`missing instrument ${id} in ${code}`);
  return i;
}

const timelineDates = (code: string, id: string): string[] =>
  instrument(code, id).timeline.map((s) => s.date);

describe("rest-of-world jurisdictions", () => {
  it("every entry satisfies the schema", () => {
    for (const j of jurisdictions) expect(() => Jurisdiction.parse(j)).not.toThrow();
  });

  it("covers exactly the twelve assigned jurisdictions, once each, with their regions", () => {
    const expected: Record<string, string> = {
      AU: "oceania",
      CO: "americas",
      HK: "asia",
      IN: "asia",
      IL: "middle_east",
      KE: "africa",
      NG: "africa",
      SA: "middle_east",
      SG: "asia",
      ZA: "africa",
      TW: "asia",
      AE: "middle_east",
    };
    expect(parsed.map((j) => j.code).sort()).toEqual(Object.keys(expected).sort());
    for (const [code, region] of Object.entries(expected)) expect(get(code).region).toBe(region);
  });

  it("status and binding flag per jurisdiction", () => {
    const expected: Record<string, [string, boolean]> = {
      AU: ["soft_law", false],
      CO: ["draft", false],
      HK: ["soft_law", false],
      IN: ["sectoral", true],
      IL: ["soft_law", false],
      KE: ["soft_law", false],
      NG: ["soft_law", false],
      SA: ["soft_law", false],
      SG: ["soft_law", false],
      ZA: ["soft_law", false],
      TW: ["enacted", true],
      AE: ["sectoral", true],
    };
    for (const [code, [status, binding]] of Object.entries(expected)) {
      expect(get(code).status, code).toBe(status);
      expect(get(code).binding, code).toBe(binding);
    }
  });

  it("is checked on 2026-11-25 and every instrument id is unique and prefixed with its jurisdiction", () => {
    const ids = new Set<string>();
    for (const j of parsed) {
      expect(j.lastChecked).toBe("2026-11-25");
      for (const i of j.instruments) {
        expect(i.id.startsWith(`${j.code.toLowerCase()}.`), i.id).toBe(true);
        expect(ids.has(i.id), i.id).toBe(false);
        ids.add(i.id);
      }
    }
  });

  it("carries no penalty rule: the pack gives no binding fine figure with an effective date", () => {
    for (const j of parsed) expect(j.penalties, j.code).toEqual([]);
  });

  it("has obligations only for the binding AI-specific rules (India IT Rules, DIFC Regulation 10)", () => {
    const withObligations = parsed.filter((j) => j.obligations.length > 0).map((j) => j.code);
    expect(withObligations.sort()).toEqual(["AE", "IN"]);
    expect(get("TW").obligations).toEqual([]);
  });

  it("every obligation has a citation, a condition and an effective date; ids are unique and prefixed", () => {
    const ids = new Set<string>();
    for (const j of parsed) {
      for (const o of j.obligations) {
        expect(o.id.startsWith(`${j.code.toLowerCase()}.`), o.id).toBe(true);
        expect(ids.has(o.id), o.id).toBe(false);
        ids.add(o.id);
        expect(o.citation.text.length).toBeGreaterThan(0);
        expect(j.instruments.some((i) => i.id === o.citation.instrument)).toBe(true);
        if (o.citation.basis !== "law") expect(o.citation.note).toMatch(/article not given in the source/);
        expect(o.condition).toBeDefined();
        expect(o.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(ids.size).toBe(4);
  });

  it("every binding jurisdiction has at least one binding instrument", () => {
    for (const j of parsed) {
      if (j.binding)
        expect(
          j.instruments.some((i) => i.binding),
          j.code,
        ).toBe(true);
    }
  });
});

describe("India", () => {
  it("IT Rules amendment 2026: notified 2026-02-10, in force 2026-02-20", () => {
    const r = instrument("IN", "in.it-rules-amendment-2026");
    expect(r.status).toBe("in_force");
    expect(r.binding).toBe(true);
    expect(r.enacted).toBe("2026-02-10");
    expect(r.inForce).toBe("2026-02-20");
    expect(timelineDates("IN", "in.it-rules-amendment-2026")).toEqual(["2026-02-10", "2026-02-20"]);
    expect(r.confidence).toBe("S");
    expect(r.summary).toMatch(/3 hours \(from 36\)/);
    expect(r.summary).toMatch(/s\.79/);
  });

  it("obligations apply from 2026-02-20 with the right conditions", () => {
    const ob = new Map(get("IN").obligations.map((o) => [o.id, o]));
    expect([...ob.keys()].sort()).toEqual([
      "in.it-rules-2026.ssmi-user-declaration",
      "in.it-rules-2026.synthetic-labelling",
      "in.it-rules-2026.takedown-3h",
    ]);
    for (const o of ob.values()) {
      expect(o.effectiveFrom).toBe("2026-02-20");
      expect(o.citation.instrument).toBe("in.it-rules-amendment-2026");
      expect(o.citation.basis).toBe("inferred");
    }
    expect(ob.get("in.it-rules-2026.synthetic-labelling")?.condition).toEqual({
      all: [{ flag: "producesSyntheticOutputs" }, { role: ["provider", "platform_operator"] }],
    });
    expect(ob.get("in.it-rules-2026.takedown-3h")?.summary).toMatch(/3 hours/);
    expect(ob.get("in.it-rules-2026.takedown-3h")?.summary).toMatch(/36 hours/);
    expect(ob.get("in.it-rules-2026.ssmi-user-declaration")?.condition).toEqual({
      role: ["platform_operator"],
    });
  });

  it("AI Governance Guidelines are soft law of 2025-11-05; DPDP figure is unverified", () => {
    const g = instrument("IN", "in.ai-governance-guidelines");
    expect(g.status).toBe("soft_law");
    expect(g.binding).toBe(false);
    expect(timelineDates("IN", "in.ai-governance-guidelines")).toEqual(["2025-11-05"]);
    const d = instrument("IN", "in.dpdp-act-2023");
    expect(d.confidence).toBe("M");
    expect(d.summary).toMatch(/₹250 crore \(INR 2,500,000,000\)/);
  });
});

describe("Taiwan", () => {
  it("AI Basic Act passed third reading 2025-12-23, no penalties or obligations", () => {
    const a = instrument("TW", "tw.ai-basic-act");
    expect(a.status).toBe("enacted");
    expect(a.binding).toBe(true);
    expect(a.enacted).toBe("2025-12-23");
    expect(a.inForce).toBeUndefined();
    expect(timelineDates("TW", "tw.ai-basic-act")).toEqual(["2025-12-23"]);
    expect(a.summary).toMatch(/within 2 years/);
    expect(a.summary).toMatch(/seven principles/);
    const regs = get("TW")
      .regulators.map((r) => r.name)
      .join(" | ");
    expect(regs).toMatch(/NSTC/);
    expect(regs).toMatch(/MODA/);
  });
});

describe("United Arab Emirates", () => {
  it("DIFC Regulation 10 is binding and drives one obligation", () => {
    const r = instrument("AE", "ae.difc-regulation-10");
    expect(r.binding).toBe(true);
    expect(r.status).toBe("in_force");
    const [o] = get("AE").obligations;
    expect(o?.id).toBe("ae.difc-reg-10.autonomous-systems");
    expect(o?.citation).toMatchObject({
      instrument: "ae.difc-regulation-10",
      text: "DIFC Regulation 10",
      basis: "law",
    });
    expect(o?.condition).toEqual({
      all: [{ flag: "processesPersonalData" }, { autonomy: ["medium", "high"] }],
    });
    expect(o?.effectiveFrom).toBe("2023-12-31");
    expect(instrument("AE", "ae.national-ai-strategy-2031").binding).toBe(false);
  });
});

describe("soft-law and draft jurisdictions", () => {
  it("Australia: National AI Plan 2025-12-02, guardrails shelved, AISI A$29.9m", () => {
    expect(timelineDates("AU", "au.national-ai-plan")).toEqual(["2025-12-02"]);
    expect(instrument("AU", "au.mandatory-guardrails-proposal").status).toBe("withdrawn");
    expect(get("AU").summary).toMatch(/A\$29\.9m/);
    expect(get("AU").regulators.find((r) => r.name.includes("AISI"))?.role).toMatch(/no enforcement powers/);
  });

  it("Colombia: CONPES 4144 of 2025-02-14, AI bill resubmitted 2025-07-28, four proposed tiers", () => {
    expect(instrument("CO", "co.conpes-4144").number).toBe("CONPES 4144");
    expect(timelineDates("CO", "co.conpes-4144")).toEqual(["2025-02-14"]);
    const bill = instrument("CO", "co.ai-bill-2025");
    expect(bill.status).toBe("draft");
    expect(bill.binding).toBe(false);
    expect(timelineDates("CO", "co.ai-bill-2025")).toEqual(["2025-07-28"]);
    expect(instrument("CO", "co.sic-directive-002-2024").number).toBe("External Directive 002/2024");
    expect(get("CO").riskCategories).toHaveLength(4);
  });

  it("Singapore: agentic framework v1.5 on 2026-05-20, PDPA applies", () => {
    expect(timelineDates("SG", "sg.model-ai-governance-framework-agentic")).toEqual(["2026-05-20"]);
    expect(instrument("SG", "sg.model-ai-governance-framework-agentic").name).toMatch(/January 2026/);
    expect(instrument("SG", "sg.pdpc-ai-advisory-guidelines").name).toMatch(/March 2024/);
    expect(instrument("SG", "sg.pdpa").binding).toBe(true);
    const frameworks = get("SG").instruments.filter((i) => i.id !== "sg.pdpa");
    for (const f of frameworks) expect(f.binding, f.id).toBe(false);
  });

  it("Hong Kong: PCPD framework of June 2024 is soft law", () => {
    const f = instrument("HK", "hk.pcpd-model-framework");
    expect(f.status).toBe("soft_law");
    expect(f.name).toMatch(/June 2024/);
  });

  it("Saudi Arabia: Generative AI Guidelines 2024-01-11; Global AI Hub Law draft is unverified", () => {
    expect(timelineDates("SA", "sa.sdaia-genai-guidelines")).toEqual(["2024-01-11"]);
    const hub = instrument("SA", "sa.global-ai-hub-law-draft");
    expect(hub.status).toBe("draft");
    expect(hub.confidence).toBe("M");
  });

  it("Israel: signed the CoE AI Convention (CETS No. 225) on 2024-09-05; AI policy is unverified", () => {
    const c = instrument("IL", "il.coe-ai-convention");
    expect(c.number).toBe("CETS No. 225");
    expect(c.binding).toBe(false);
    expect(timelineDates("IL", "il.coe-ai-convention")).toEqual(["2024-09-05"]);
    expect(instrument("IL", "il.ai-policy-2023").confidence).toBe("M");
  });

  it("Kenya, Nigeria, South Africa: strategies only, tagged unverified", () => {
    expect(instrument("KE", "ke.national-ai-strategy").name).toMatch(/2025–2030/);
    expect(instrument("NG", "ng.national-ai-strategy-draft").status).toBe("draft");
    expect(instrument("ZA", "za.national-ai-policy-framework").status).toBe("soft_law");
    for (const code of ["KE", "NG", "ZA"]) {
      const j = get(code);
      expect(
        j.instruments.every((i) => !i.binding && i.confidence === "M"),
        code,
      ).toBe(true);
      expect(
        j.sources.every((s) => s.confidence === "M"),
        code,
      ).toBe(true);
    }
  });
});
