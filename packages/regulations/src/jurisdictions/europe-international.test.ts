import { describe, expect, it } from "vitest";
import { Jurisdiction } from "#schema.ts";
import { jurisdictions } from "./europe-international.ts";

const parsed = jurisdictions.map((j) => Jurisdiction.parse(j));

function entry(code: string): Jurisdiction {
  const j = parsed.find((x) => x.code === code);
  if (!j) throw new Error(`no entry ${code}`);
  return j;
}

function instrument(code: string, id: string): Jurisdiction["instruments"][number] {
  const i = entry(code).instruments.find((x) => x.id === id);
  if (!i) throw new Error(`no instrument ${id} in ${code}`);
  return i;
}

function timelineDates(code: string, id: string): string[] {
  return instrument(code, id).timeline.map((t) => t.date);
}

describe("europe-international catalogue entries", () => {
  it("every entry parses with the schema", () => {
    for (const j of jurisdictions) expect(() => Jurisdiction.parse(j)).not.toThrow();
  });

  it("covers exactly the assigned jurisdictions, once each", () => {
    const codes = parsed.map((j) => j.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(
      ["AFU", "CH", "COE", "CZ", "DE", "FR", "G7", "GB", "JP", "NO", "OECD", "UN"].sort(),
    );
    expect(codes).not.toContain("AU"); // AU is Australia, not the African Union
  });

  it("has the agreed status, binding flag, kind, region and parent per entry", () => {
    const expected: Record<
      string,
      { status: string; binding: boolean; kind: string; region: string; parent?: string }
    > = {
      GB: { status: "sectoral", binding: true, kind: "country", region: "europe" },
      JP: { status: "in_force", binding: true, kind: "country", region: "asia" },
      FR: { status: "draft", binding: true, kind: "country", region: "europe", parent: "EU" },
      DE: { status: "draft", binding: true, kind: "country", region: "europe", parent: "EU" },
      CZ: { status: "draft", binding: true, kind: "country", region: "europe", parent: "EU" },
      NO: { status: "draft", binding: false, kind: "country", region: "europe" },
      CH: { status: "soft_law", binding: false, kind: "country", region: "europe" },
      COE: { status: "treaty", binding: true, kind: "international", region: "europe" },
      OECD: { status: "soft_law", binding: false, kind: "international", region: "global" },
      G7: { status: "soft_law", binding: false, kind: "international", region: "global" },
      UN: { status: "soft_law", binding: false, kind: "international", region: "global" },
      AFU: { status: "soft_law", binding: false, kind: "international", region: "africa" },
    };
    for (const [code, e] of Object.entries(expected)) {
      const j = entry(code);
      expect({
        code,
        status: j.status,
        binding: j.binding,
        kind: j.kind,
        region: j.region,
        parent: j.parent,
      }).toEqual({
        code,
        ...e,
        parent: e.parent,
      });
    }
  });

  it("stamps every entry with the check date and at least one source", () => {
    for (const j of parsed) {
      expect(j.lastChecked).toBe("2026-11-25");
      expect(j.sources.length).toBeGreaterThan(0);
    }
  });

  it("Norway is EEA (not EU) and says so; Switzerland has no parent", () => {
    expect(entry("NO").parent).toBeUndefined();
    expect(entry("NO").summary).toMatch(/EEA/);
    expect(entry("NO").summary).toMatch(/not an EU member/);
    expect(entry("CH").parent).toBeUndefined();
  });

  describe("United Kingdom", () => {
    it("records the White Paper, King's Speech and chatbot commitment", () => {
      expect(instrument("GB", "gb.ai-white-paper-2023").number).toBe("CP 815");
      expect(instrument("GB", "gb.ai-white-paper-2023").binding).toBe(false);
      expect(timelineDates("GB", "gb.regulating-for-growth-bill")).toContain("2026-05-13");
      expect(timelineDates("GB", "gb.online-safety-act-2023")).toContain("2026-02-16");
      expect(entry("GB").summary).toMatch(/AI Growth Lab/);
      expect(entry("GB").obligations).toEqual([]);
    });

    it("Online Safety Act cap: greater of GBP 18m and 10% of qualifying worldwide revenue [S]", () => {
      const p = entry("GB").penalties.find((x) => x.id === "gb.osa.max-penalty");
      expect(p?.amount).toEqual({
        kind: "fixed_or_turnover",
        fixed: { amountMinor: "1800000000", currency: "GBP" },
        percent: "10",
        rule: "higher",
      });
      expect(p?.confidence).toBe("S");
      expect(p?.citation.basis).toBe("inferred");
    });

    it("UK GDPR cap: greater of GBP 17.5m and 4% of worldwide annual turnover, unverified [M]", () => {
      const p = entry("GB").penalties.find((x) => x.id === "gb.uk-gdpr.max-fine");
      expect(p?.amount).toEqual({
        kind: "fixed_or_turnover",
        fixed: { amountMinor: "1750000000", currency: "GBP" },
        percent: "4",
        rule: "higher",
      });
      expect(p?.confidence).toBe("M");
    });

    it("lists the regulators of the pack", () => {
      const names = entry("GB")
        .regulators.map((r) => r.name)
        .join(" | ");
      for (const r of [
        "DSIT",
        "ICO",
        "Ofcom",
        "CMA",
        "FCA",
        "PRA",
        "MHRA",
        "EHRC",
        "Digital Regulation Cooperation Forum",
      ]) {
        expect(names).toContain(r);
      }
    });
  });

  describe("Japan", () => {
    it("AI Promotion Act No. 53 of 2025: passed 2025-05-28, in force 2025-06-04, Ch. III–IV 2025-09-01", () => {
      const act = instrument("JP", "jp.ai-promotion-act");
      expect(act.number).toBe("Act No. 53 of 2025");
      expect(act.enacted).toBe("2025-05-28");
      expect(act.inForce).toBe("2025-06-04");
      expect(act.timeline.map((t) => t.date)).toEqual(["2025-05-28", "2025-06-04", "2025-09-01"]);
      expect(act.summary).toMatch(/Art\. 16/);
    });

    it("AI Basic Plan adopted by Cabinet on 2025-12-23", () => {
      expect(instrument("JP", "jp.ai-basic-plan").enacted).toBe("2025-12-23");
      expect(timelineDates("JP", "jp.ai-basic-plan")).toEqual(["2025-12-23"]);
    });

    it("has no fines and only the effort-and-cooperation duty, which cites no invented article", () => {
      const j = entry("JP");
      expect(j.penalties).toEqual([]);
      expect(j.prohibitedPractices).toEqual([]);
      expect(j.obligations.map((o) => o.id)).toEqual(["jp.ai-promotion-act.business-cooperation"]);
      const o = j.obligations[0];
      expect(o?.effectiveFrom).toBe("2025-06-04");
      expect(o?.citation.basis).toBe("inferred");
      expect(o?.citation.note).toBe("article not given in the source");
    });
  });

  describe("EU and EEA national implementation", () => {
    it("France: draft authorities law of 2025-09-09, DGCCRF coordinator", () => {
      expect(timelineDates("FR", "fr.ai-act-authorities-bill")).toEqual(["2025-09-09"]);
      expect(instrument("FR", "fr.ai-act-authorities-bill").status).toBe("draft");
      expect(entry("FR").regulators[0]?.name).toBe("DGCCRF");
    });

    it("Germany: KI-MIG ministry draft of 2025-09-11, Bundesnetzagentur", () => {
      expect(timelineDates("DE", "de.ki-mig")).toEqual(["2025-09-11"]);
      expect(instrument("DE", "de.ki-mig").status).toBe("draft");
      expect(entry("DE").regulators[0]?.name).toBe("Bundesnetzagentur");
    });

    it("Czech Republic: Resolution No. 394 of 2025-05-28, Law on AI amends Act 87/2023 Coll., ČTÚ", () => {
      const r = instrument("CZ", "cz.government-resolution-394-2025");
      expect(r.number).toBe("Resolution No. 394 of 28 May 2025");
      expect(r.enacted).toBe("2025-05-28");
      expect(instrument("CZ", "cz.law-on-ai").name).toContain("87/2023 Coll.");
      expect(entry("CZ").regulators[0]?.name).toContain("ČTÚ");
    });

    it("Norway: KI-loven consultation 2025-06-30 to 2025-09-30, Nkom", () => {
      expect(timelineDates("NO", "no.ki-loven")).toEqual(["2025-06-30", "2025-09-30"]);
      expect(entry("NO").regulators[0]?.name).toContain("Nkom");
    });

    it("EU members point to the AI Act in force 2024-08-01 and repeat none of its fines", () => {
      for (const code of ["FR", "DE", "CZ"]) {
        const ref = instrument(code, `${code.toLowerCase()}.eu-ai-act`);
        expect(ref.number).toBe("Regulation (EU) 2024/1689");
        expect(ref.inForce).toBe("2024-08-01");
        expect(entry(code).penalties).toEqual([]);
        expect(entry(code).obligations).toEqual([]);
      }
    });

    it("Switzerland: Federal Council decision of 2025-02-12, draft due by end-2026, no fines", () => {
      expect(timelineDates("CH", "ch.federal-council-decision-2025")).toEqual(["2025-02-12", "2026-12-31"]);
      expect(entry("CH").penalties).toEqual([]);
    });
  });

  describe("international bodies", () => {
    it("Council of Europe: CETS No. 225 adopted 2024-05-17, signature 2024-09-05, in force 2025-11-01", () => {
      const c = instrument("COE", "coe.framework-convention-ai");
      expect(c.number).toBe("CETS No. 225");
      expect(c.enacted).toBe("2024-05-17");
      expect(c.inForce).toBe("2025-11-01");
      expect(c.timeline.map((t) => t.date)).toEqual(["2024-05-17", "2024-09-05", "2025-11-01", "2026-03-11"]);
      expect(entry("COE").summary).toMatch(/5 ratifications, including 3 Council of Europe member states/);
      expect(entry("COE").scope).toMatch(/opt-in/);
    });

    it("G7: Hiroshima Guiding Principles (11) and Code of Conduct of 2023-10-30", () => {
      expect(instrument("G7", "g7.hiroshima-guiding-principles").enacted).toBe("2023-10-30");
      expect(instrument("G7", "g7.hiroshima-code-of-conduct").enacted).toBe("2023-10-30");
      expect(entry("G7").summary).toMatch(/11 principles/);
    });

    it("OECD: Principles of May 2019, revised May 2024", () => {
      expect(instrument("OECD", "oecd.ai-principles").summary).toMatch(/May 2019.*May 2024/);
    });

    it("UN: res. 79/1 of 2024-09-22 and A/RES/79/325 of 2025-08-26 (40 experts, 3-year terms); 78/265 unverified", () => {
      expect(instrument("UN", "un.global-digital-compact").enacted).toBe("2024-09-22");
      const r = instrument("UN", "un.ares-79-325");
      expect(r.enacted).toBe("2025-08-26");
      expect(r.summary).toMatch(/40 experts/);
      expect(r.summary).toMatch(/3-year terms/);
      expect(instrument("UN", "un.ares-78-265").confidence).toBe("M");
    });

    it("African Union: Continental AI Strategy endorsed at the 18–19 Jul 2024 Executive Council", () => {
      expect(timelineDates("AFU", "afu.continental-ai-strategy")).toEqual(["2024-07-19"]);
      expect(entry("AFU").summary).toMatch(/Accra/);
    });

    it("soft law and treaties carry no penalties or obligations", () => {
      for (const code of ["COE", "OECD", "G7", "UN", "AFU", "CH", "NO"]) {
        expect(entry(code).penalties).toEqual([]);
        expect(entry(code).obligations).toEqual([]);
      }
    });
  });

  describe("structural rules", () => {
    it("every obligation has a citation, a condition and an effective date", () => {
      for (const j of parsed) {
        for (const o of j.obligations) {
          expect(o.citation.text.length).toBeGreaterThan(0);
          expect(o.condition).toBeDefined();
          expect(o.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    });

    it("ids are unique within the file and carry their jurisdiction prefix", () => {
      const ids: string[] = [];
      for (const j of parsed) {
        const prefix = `${j.code.toLowerCase()}.`;
        for (const x of [...j.instruments, ...j.obligations, ...j.penalties, ...j.prohibitedPractices]) {
          expect(x.id.startsWith(prefix)).toBe(true);
          ids.push(x.id);
        }
      }
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("non-law citations say why", () => {
      for (const j of parsed) {
        for (const c of [...j.obligations, ...j.penalties].map((x) => x.citation)) {
          if (c.basis !== "law") expect(c.note?.length ?? 0).toBeGreaterThan(0);
        }
      }
    });

    it("money is in integer minor units", () => {
      for (const j of parsed) {
        for (const p of j.penalties) {
          if (p.amount.kind === "fixed_or_turnover") expect(p.amount.fixed.amountMinor).toMatch(/^\d+$/);
        }
      }
    });
  });
});
