import { jurisdictions } from "@airisk/regulations/catalogue";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateApplicability, type SystemFacts, type Verdict } from "./applicability.ts";
import { isoDateArbitrary, organisationFactsArbitrary, systemFactsArbitrary } from "./testing/profiles.ts";

const org = { flags: {} };
const all = (r: { applicable: Verdict[]; notApplicable: Verdict[] }) => [...r.applicable, ...r.notApplicable];
const verdict = (r: { applicable: Verdict[]; notApplicable: Verdict[] }, id: string) =>
  all(r).find((v) => v.obligationId === id);

const kzOwner: SystemFacts = {
  jurisdictions: ["KZ"],
  roles: ["owner"],
  flags: { producesSyntheticOutputs: true },
};

describe("Kazakhstan at its boundary dates", () => {
  it("AI Law duties are not yet in force on 2026-01-17 and apply from 2026-01-18", () => {
    const before = evaluateApplicability({
      system: kzOwner,
      organisation: org,
      asOf: "2026-01-17",
      catalogue: jurisdictions,
    });
    const on = evaluateApplicability({
      system: kzOwner,
      organisation: org,
      asOf: "2026-01-18",
      catalogue: jurisdictions,
    });
    for (const id of ["kz.transparency.ai-used", "kz.synthetic.labelling", "kz.risk.process"]) {
      expect(verdict(before, id)?.status, id).toBe("not_yet_in_force");
      expect(verdict(before, id)?.reasons[0], id).toBe("not yet in force, applies from 2026-01-18");
      expect(verdict(on, id)?.status, id).toBe("applies");
    }
    expect(verdict(on, "kz.synthetic.labelling")?.reasons).toContain("the system produces synthetic outputs");
    expect(verdict(on, "kz.synthetic.labelling")?.citation.text).toMatch(/21\(2\)/);
  });

  it("Digital Code duties apply from 2026-07-11, not the day before", () => {
    const before = evaluateApplicability({
      system: kzOwner,
      organisation: org,
      asOf: "2026-07-10",
      catalogue: jurisdictions,
    });
    const on = evaluateApplicability({
      system: kzOwner,
      organisation: org,
      asOf: "2026-07-11",
      catalogue: jurisdictions,
    });
    const dc = all(on).filter((v) => v.obligationId.startsWith("dc."));
    expect(dc.length).toBeGreaterThan(5);
    for (const v of all(before).filter((x) => x.obligationId.startsWith("dc.")))
      expect(v.status).not.toBe("applies");
    expect(verdict(before, "dc.digital-ethics")?.reasons[0]).toBe(
      "not yet in force, applies from 2026-07-11",
    );
    expect(verdict(on, "dc.digital-ethics")?.status).toBe("applies");
  });

  it("a user's duties differ from an owner's", () => {
    const user = evaluateApplicability({
      system: { jurisdictions: ["KZ"], roles: ["user"], flags: {} },
      organisation: org,
      asOf: "2026-08-01",
      catalogue: jurisdictions,
    });
    expect(verdict(user, "kz.user-duties")?.status).toBe("applies");
    expect(verdict(user, "kz.risk.process")?.status).toBe("not_applicable");
  });
});

describe("the EU AI Act at 2027-12-02", () => {
  const provider: SystemFacts = {
    jurisdictions: ["EU"],
    roles: ["provider"],
    euRiskTier: "high_annex_iii",
    flags: {},
  };
  const annexIII = (r: { applicable: Verdict[]; notApplicable: Verdict[] }) =>
    all(r).filter(
      (v) => v.effectiveFrom === "2027-12-02" && v.reasons.some((x) => x.includes("high_annex_iii")),
    );

  it("Annex III high-risk provider duties are not yet in force on 2027-12-01 and apply on 2027-12-02", () => {
    const before = evaluateApplicability({
      system: provider,
      organisation: org,
      asOf: "2027-12-01",
      catalogue: jurisdictions,
    });
    const on = evaluateApplicability({
      system: provider,
      organisation: org,
      asOf: "2027-12-02",
      catalogue: jurisdictions,
    });
    expect(annexIII(before).length).toBeGreaterThan(3);
    for (const v of annexIII(before)) {
      expect(v.status).toBe("not_yet_in_force");
      expect(v.reasons[0]).toBe("not yet in force, applies from 2027-12-02");
    }
    expect(annexIII(on).every((v) => v.status === "applies")).toBe(true);
  });

  it("reaches a system deployed in Spain through the EU", () => {
    const inSpain = evaluateApplicability({
      system: { ...provider, jurisdictions: ["ES"] },
      organisation: org,
      asOf: "2028-01-01",
      catalogue: jurisdictions,
    });
    expect(inSpain.applicable.some((v) => v.jurisdiction === "EU")).toBe(true);
  });
});

describe("for any profile, organisation and date (property)", () => {
  const codes = jurisdictions.map((j) => j.code);
  it("every verdict carries a reason and a citation, and no obligation is both applicable and not", () => {
    fc.assert(
      fc.property(
        systemFactsArbitrary(codes),
        organisationFactsArbitrary,
        isoDateArbitrary,
        (system, organisation, asOf) => {
          const result = evaluateApplicability({ system, organisation, asOf, catalogue: jurisdictions });
          for (const v of all(result)) {
            if (v.reasons.length === 0 || v.reasons.some((r) => r.trim() === "")) return false;
            if (!v.citation.text) return false;
          }
          const yes = new Set(result.applicable.map((v) => `${v.jurisdiction}:${v.obligationId}`));
          if (result.notApplicable.some((v) => yes.has(`${v.jurisdiction}:${v.obligationId}`))) return false;
          // Everything applicable is in force at asOf; everything "not yet" starts after it.
          if (result.applicable.some((v) => v.effectiveFrom > asOf)) return false;
          return result.notApplicable
            .filter((v) => v.status === "not_yet_in_force")
            .every((v) => v.effectiveFrom > asOf);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
