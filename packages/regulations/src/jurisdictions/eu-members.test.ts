import { describe, expect, it } from "vitest";
import { Jurisdiction } from "#schema.ts";
import { jurisdictions } from "./eu-members.ts";

const parsed = jurisdictions.map((j) => Jurisdiction.parse(j));
const byCode = (code: string) => {
  const found = parsed.find((j) => j.code === code);
  if (!found) throw new Error(`${code} missing`);
  return found;
};
const es = byCode("ES");
const it_ = byCode("IT");
const eur = (amountMinor: string) => ({ amountMinor, currency: "EUR" });

describe("EU member entries", () => {
  it("parses Spain and Italy, both children of the EU", () => {
    expect(parsed.map((j) => j.code)).toEqual(["ES", "IT"]);
    for (const j of parsed) {
      expect(j).toMatchObject({ kind: "country", region: "europe", parent: "EU", lastChecked: "2026-11-25" });
    }
  });

  it("gives every obligation a citation, a condition and an effective date, with unique ids", () => {
    const ids = parsed.flatMap((j) => [
      ...j.obligations.map((o) => o.id),
      ...j.penalties.map((p) => p.id),
      ...j.prohibitedPractices.map((p) => p.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const j of parsed) {
      for (const o of j.obligations) {
        expect(o.id.startsWith(`${j.code.toLowerCase()}.`)).toBe(true);
        expect(o.citation.text.length).toBeGreaterThan(0);
        expect(o.condition).toBeDefined();
        expect(o.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe("Spain", () => {
  it("is a bill sent to the Congress of Deputies on 2026-05-26, not law", () => {
    expect(es).toMatchObject({ status: "draft", binding: false });
    const law = es.instruments[0];
    expect(law).toMatchObject({ id: "es.ai-governance-law", status: "draft", binding: false });
    expect(law?.timeline.map((t) => t.date)).toEqual(["2025-03-11", "2026-03-25", "2026-05-26"]);
    expect(law?.timeline.find((t) => t.date === "2026-03-25")?.what).toContain("03/2026");
    expect(es.obligations).toEqual([]);
  });

  it("has the bill's penalty scale exactly as the pack gives it", () => {
    const scale = es.penalties.map((p) => [p.id, p.amount, p.confidence]);
    expect(scale).toEqual([
      [
        "es.ai-governance-law.minor",
        { kind: "fixed_or_turnover", fixed: eur("50000000"), percent: "1", rule: "higher" },
        "S1",
      ],
      [
        "es.ai-governance-law.serious",
        { kind: "fixed_or_turnover", fixed: eur("750000000"), percent: "2", rule: "higher" },
        "S1",
      ],
      [
        "es.ai-governance-law.very-serious-high-risk",
        { kind: "fixed_or_turnover", fixed: eur("1500000000"), percent: "3", rule: "higher" },
        "S1",
      ],
      [
        "es.ai-governance-law.very-serious-prohibited",
        { kind: "fixed_or_turnover", fixed: eur("3500000000"), percent: "7", rule: "higher" },
        "S",
      ],
    ]);
    const band = (id: string) => es.penalties.find((p) => p.id === id)?.notes[0] ?? "";
    expect(band("es.ai-governance-law.minor")).toContain("EUR 6,000 to EUR 500,000, or 0.5% to 1%");
    expect(band("es.ai-governance-law.serious")).toContain("EUR 500,001 to EUR 7,500,000, or 1% to 2%");
    expect(band("es.ai-governance-law.very-serious-high-risk")).toContain("EUR 7,500,001 to EUR 15,000,000");
    expect(band("es.ai-governance-law.very-serious-high-risk")).toContain("truncated");
    expect(band("es.ai-governance-law.very-serious-prohibited")).toContain("EUR 35,000,000 or 7%");
    for (const p of es.penalties) {
      expect(p.whoMayBeFined).toContain("AESIA");
      expect(p.notes.join(" ")).toContain("no fines");
      expect(p.citation.basis).toBe("inferred");
      expect(p.triggeredBy).toEqual([]);
    }
  });

  it("names AESIA and the notifying authority", () => {
    const names = es.regulators.map((r) => r.name).join(" | ");
    expect(names).toContain("AESIA");
    expect(names).toContain("Directorate-General for AI");
    expect(es.sources.some((s) => s.url?.includes("cloudnews.tech") && s.confidence === "S1")).toBe(true);
  });
});

describe("Italy", () => {
  it("is Law No. 132 of 23 September 2025, in force 2025-10-10", () => {
    expect(it_).toMatchObject({ status: "in_force", binding: true });
    expect(it_.instruments[0]).toMatchObject({
      id: "it.law-132-2025",
      number: "Law No. 132/2025",
      status: "in_force",
      enacted: "2025-09-23",
      inForce: "2025-10-10",
    });
    expect(it_.instruments[0]?.timeline.find((t) => t.date === "2025-09-25")?.what).toContain("n. 223");
  });

  it("has the Art. 612-quater deepfake offence (1 to 5 years) and no separate fine schedule", () => {
    expect(it_.prohibitedPractices).toHaveLength(1);
    expect(it_.prohibitedPractices[0]).toMatchObject({
      effectiveFrom: "2025-10-10",
      citation: { text: "Criminal Code Art. 612-quater (introduced by Law No. 132/2025)", basis: "law" },
    });
    expect(it_.prohibitedPractices[0]?.text).toContain("1 to 5 years");
    expect(it_.penalties).toEqual([]);
    expect(it_.summary).toContain("1 to 5 years");
  });

  it("has the obligations the pack gives, from 2025-10-10", () => {
    expect(it_.obligations.map((o) => o.id)).toEqual([
      "it.law-132.worker-information",
      "it.law-132.minors-parental-consent",
      "it.law-132.public-administration-traceability",
      "it.law-132.text-and-data-mining",
      "it.law-132.deepfake-dissemination",
    ]);
    for (const o of it_.obligations) {
      expect(o.effectiveFrom).toBe("2025-10-10");
      if (o.citation.basis !== "law") expect(o.citation.note).toContain("Article not given in the source");
    }
    expect(it_.obligations[0]?.condition).toEqual({
      all: [{ role: ["deployer"] }, { flag: "usedInWorkplace" }],
    });
    expect(it_.obligations[1]?.summary).toContain("under 14");
  });

  it("names AgID and ACN", () => {
    const byName = (n: string) => it_.regulators.find((r) => r.name.startsWith(n));
    expect(byName("AgID")?.role).toContain("Notifying");
    expect(byName("ACN")?.role).toContain("sanctions");
  });
});
