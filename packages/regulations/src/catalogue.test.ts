import { describe, expect, it } from "vitest";
import {
  CatalogueChange,
  catalogueVersion,
  changeLog,
  defaultExchangeRates,
  getJurisdiction,
  jurisdictions,
  mciValues,
} from "./catalogue.ts";

/** The tracker's list in jurisdictions.md, every one by name, plus the US levels it covers. */
const TRACKER: Record<string, string> = {
  AFU: "African Union",
  AU: "Australia",
  BR: "Brazil",
  CA: "Canada",
  CN: "China",
  CO: "Colombia",
  COE: "Council of Europe",
  CZ: "Czech Republic",
  EU: "European Union",
  FR: "France",
  G7: "G7",
  DE: "Germany",
  HK: "Hong Kong",
  IN: "India",
  IL: "Israel",
  IT: "Italy",
  JP: "Japan",
  KZ: "Kazakhstan",
  KE: "Kenya",
  NG: "Nigeria",
  NO: "Norway",
  OECD: "OECD",
  SA: "Saudi Arabia",
  SG: "Singapore",
  ZA: "South Africa",
  KR: "South Korea",
  ES: "Spain",
  CH: "Switzerland",
  TW: "Taiwan",
  TR: "Turkey",
  AE: "United Arab Emirates",
  GB: "United Kingdom",
  UN: "United Nations",
  US: "United States",
  "US-CA": "California",
  "US-CO": "Colorado",
  "US-TX": "Texas",
  "US-NY": "New York",
  "US-NYC": "New York City",
};

/** Jurisdictions for which jurisdictions.md gives a structured penalty schedule to encode. */
const WITH_PENALTY_SCHEDULES = [
  "KZ",
  "EU",
  "KR",
  "CN",
  "US-CA",
  "US-CO",
  "US-TX",
  "US-NYC",
  "US-NY",
  "BR",
  "CA",
  "ES",
  "TR",
];

describe("the catalogue", () => {
  it("has every jurisdiction of the tracker, and nothing it does not name", () => {
    expect(jurisdictions.map((j) => j.code).sort()).toEqual(Object.keys(TRACKER).sort());
    for (const [code, name] of Object.entries(TRACKER)) {
      expect(getJurisdiction(code)?.name, code).toContain(name);
    }
  });

  it("has unique codes, and obligation and penalty ids unique across the catalogue", () => {
    const codes = jurisdictions.map((j) => j.code);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = jurisdictions.flatMap((j) => [
      ...j.obligations.map((o) => o.id),
      ...j.penalties.map((p) => p.id),
    ]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("gives every obligation a citation, a condition and an effective date", () => {
    for (const j of jurisdictions) {
      for (const o of j.obligations) {
        expect(o.citation.text, o.id).not.toBe("");
        expect(o.condition, o.id).toBeDefined();
        expect(o.effectiveFrom, o.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("never passes inference or product policy off as the law", () => {
    const cited = jurisdictions.flatMap((j) => [...j.obligations, ...j.penalties, ...j.prohibitedPractices]);
    for (const entry of cited.filter((c) => c.citation.basis !== "law")) {
      expect(entry.citation.note, entry.id).toBeTruthy();
    }
  });

  it("points US states and cities at the federal entry, and EU members at the EU", () => {
    for (const code of ["US-CA", "US-CO", "US-TX", "US-NY", "US-NYC"])
      expect(getJurisdiction(code)?.parent).toBe("US");
    for (const code of ["ES", "IT", "FR", "DE", "CZ"]) expect(getJurisdiction(code)?.parent).toBe("EU");
  });

  it("has a structured penalty schedule wherever the research gives one", () => {
    for (const code of WITH_PENALTY_SCHEDULES) {
      expect(getJurisdiction(code)?.penalties.length, code).toBeGreaterThan(0);
    }
  });

  it("marks soft-law entries as not binding and without fines", () => {
    for (const j of jurisdictions.filter((x) => x.status === "soft_law")) {
      expect(j.binding, j.code).toBe(false);
      expect(j.penalties, j.code).toEqual([]);
    }
  });

  it("knows when every entry was last checked", () => {
    for (const j of jurisdictions) expect(j.lastChecked, j.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("reference data", () => {
  it("has the 2026 MCI of KZT 4,325 and the seed's KZT 500 per US$", () => {
    expect(mciValues.find((m) => m.year === 2026)?.value).toEqual({ amountMinor: "432500", currency: "KZT" });
    expect(defaultExchangeRates.find((r) => r.base === "USD" && r.quote === "KZT")).toMatchObject({
      rate: "500",
      asOf: "2026-03-01",
    });
  });
});

describe("catalogue change log", () => {
  it("is valid, dated in order, and its last entry is the catalogue version", () => {
    for (const entry of changeLog) CatalogueChange.parse(entry);
    const dates = changeLog.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
    expect(catalogueVersion).toBe(changeLog.at(-1)?.version);
  });
});
