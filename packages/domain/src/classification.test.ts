import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ART50_TRIGGERS,
  CLASSIFICATION_QUESTIONS,
  ClassificationAnswers,
  ClassificationDecision,
  type ClassificationSuggestion,
  CRITICAL_OBJECT_CRITERIA,
  classificationDecisionErrors,
  EU_ANNEX_III_AREAS,
  FAILURE_CONSEQUENCES,
  HUMAN_ROLES,
  overriddenAxes,
  overrideReasonRequired,
  suggestClassification,
} from "./classification.ts";

/** Answers that trigger nothing: minimal impact, a human decides, no EU trigger. */
const quiet: ClassificationAnswers = {
  failureConsequence: "negligible",
  humanRole: "human_decides",
  criticalObjectCriteria: [],
  euProhibitedPractice: false,
  euAnnexIIIArea: null,
  euAnnexISafetyComponent: false,
  art50Triggers: [],
};
const answers = (overrides: Partial<ClassificationAnswers>): ClassificationAnswers => ({
  ...quiet,
  ...overrides,
});
const lines = (s: ClassificationSuggestion, axis: ClassificationSuggestion["rationale"][number]["axis"]) =>
  s.rationale.filter((l) => l.axis === axis);

const answersArbitrary: fc.Arbitrary<ClassificationAnswers> = fc.record({
  failureConsequence: fc.constantFrom(...FAILURE_CONSEQUENCES),
  humanRole: fc.constantFrom(...HUMAN_ROLES),
  criticalObjectCriteria: fc.subarray([...CRITICAL_OBJECT_CRITERIA]),
  euProhibitedPractice: fc.boolean(),
  euAnnexIIIArea: fc.option(fc.constantFrom(...EU_ANNEX_III_AREAS), { nil: null }),
  euAnnexISafetyComponent: fc.boolean(),
  art50Triggers: fc.subarray([...ART50_TRIGGERS]),
});

describe("impact on safety (AI Law Art. 17(1))", () => {
  it.each([
    ["negligible", "minimal"],
    ["reduced_effectiveness_or_damage", "medium"],
    ["emergency_or_significant_harm", "high"],
  ] as const)("a failure that is %s suggests %s impact, citing 17(1) as law", (failureConsequence, level) => {
    const s = suggestClassification(answers({ failureConsequence }));
    expect(s.impactLevel).toBe(level);
    const [line, ...more] = lines(s, "impactLevel");
    expect(more).toEqual([]);
    expect(line).toMatchObject({ value: level, citation: "AI Law Art. 17(1)", basis: "law" });
  });

  it("does not raise impact from the Digital Code criteria, but points out the inconsistency", () => {
    const s = suggestClassification(answers({ criticalObjectCriteria: ["significant_harm"] }));
    expect(s.impactLevel).toBe("minimal");
    expect(lines(s, "impactLevel")[0]?.because).toMatch(/check this answer/);
    const consistent = suggestClassification(
      answers({ failureConsequence: "emergency_or_significant_harm", criticalObjectCriteria: ["emergency"] }),
    );
    expect(lines(consistent, "impactLevel")[0]?.because).not.toMatch(/check this answer/);
  });
});

describe("autonomy (AI Law Art. 17(2), inferred for the axis)", () => {
  it.each([
    ["human_decides", "low"],
    ["human_can_correct", "medium"],
    ["no_human_correction", "high"],
  ] as const)("%s suggests %s autonomy, citing 17(2) with basis inferred", (humanRole, level) => {
    const s = suggestClassification(answers({ humanRole }));
    expect(s.autonomyLevel).toBe(level);
    const [line, ...more] = lines(s, "autonomyLevel");
    expect(more).toEqual([]);
    expect(line).toMatchObject({ value: level, citation: "AI Law Art. 17(2)", basis: "inferred" });
    expect(line?.because).toMatch(/our reading/);
  });

  it("says the rules for high autonomy are pending, and only for high", () => {
    expect(
      lines(suggestClassification(answers({ humanRole: "no_human_correction" })), "autonomyLevel")[0]
        ?.because,
    ).toMatch(/rules pending/);
    expect(
      lines(suggestClassification(answers({ humanRole: "human_can_correct" })), "autonomyLevel")[0]?.because,
    ).not.toMatch(/rules pending/);
  });
});

describe("critically important digital object (Digital Code Art. 33(1))", () => {
  it("is not suggested when no criterion holds", () => {
    const s = suggestClassification(quiet);
    expect(s.isCriticallyImportantObject).toBe(false);
    expect(lines(s, "isCriticallyImportantObject")).toEqual([
      expect.objectContaining({ value: "false", citation: "Digital Code Art. 33(1)", basis: "law" }),
    ]);
  });

  it.each(CRITICAL_OBJECT_CRITERIA)(
    "any single criterion (%s) makes the system critically important",
    (c) => {
      const s = suggestClassification(answers({ criticalObjectCriteria: [c] }));
      expect(s.isCriticallyImportantObject).toBe(true);
      const [line] = lines(s, "isCriticallyImportantObject");
      expect(line).toMatchObject({ value: "true", citation: "Digital Code Art. 33(1)", basis: "law" });
      expect(line?.because).toMatch(/2026-07-11/);
    },
  );

  it("names every criterion that holds", () => {
    const s = suggestClassification(answers({ criticalObjectCriteria: [...CRITICAL_OBJECT_CRITERIA] }));
    const because = lines(s, "isCriticallyImportantObject")[0]?.because ?? "";
    expect(because).toMatch(/restricted-access personal data/);
    expect(because).toMatch(/emergency/);
    expect(because).toMatch(/significant harm/);
  });
});

describe("EU AI Act risk tier, precedence on each boundary", () => {
  it("nothing triggered → minimal, whose citation is our reading", () => {
    const s = suggestClassification(quiet);
    expect(s.euRiskTier).toBe("minimal");
    expect(lines(s, "euRiskTier")).toEqual([
      expect.objectContaining({ value: "minimal", basis: "inferred" }),
    ]);
  });

  it.each([
    ["interacts_with_people", "AI Act Art. 50", "inferred"],
    ["synthetic_content", "AI Act Art. 50(2)", "law"],
    ["emotion_or_biometric_categorisation", "AI Act Art. 50", "inferred"],
    ["deepfake", "AI Act Art. 50(4)", "law"],
    ["public_interest_text", "AI Act Art. 50(4)", "inferred"],
  ] as const)("minimal → limited: the Art. 50 trigger %s cites %s (%s)", (trigger, citation, basis) => {
    const s = suggestClassification(answers({ art50Triggers: [trigger] }));
    expect(s.euRiskTier).toBe("limited");
    expect(lines(s, "euRiskTier")).toEqual([expect.objectContaining({ value: "limited", citation, basis })]);
  });

  it("limited has one rationale line per trigger", () => {
    const s = suggestClassification(answers({ art50Triggers: ["deepfake", "synthetic_content"] }));
    expect(lines(s, "euRiskTier").map((l) => l.citation)).toEqual(["AI Act Art. 50(4)", "AI Act Art. 50(2)"]);
  });

  it.each(EU_ANNEX_III_AREAS)("limited → high_annex_iii: the Annex III area %s outranks Art. 50", (area) => {
    const s = suggestClassification(
      answers({ euAnnexIIIArea: area, art50Triggers: ["interacts_with_people"] }),
    );
    expect(s.euRiskTier).toBe("high_annex_iii");
    expect(s.euAnnexIIIArea).toBe(area);
    const [line, ...more] = lines(s, "euRiskTier");
    expect(more).toEqual([]);
    expect(line).toMatchObject({ citation: "AI Act Art. 6(2), Annex III", basis: "law" });
    expect(line?.because).toMatch(/Art\. 6\(3\)/);
    expect(line?.because).toMatch(/Art\. 50 transparency duties still apply/);
  });

  it("names the Annex III point of the area", () => {
    const s = suggestClassification(answers({ euAnnexIIIArea: "essential_services" }));
    expect(lines(s, "euRiskTier")[0]?.because).toMatch(/Annex III point 5\b/);
    const t = suggestClassification(answers({ euAnnexIIIArea: "justice_democracy" }));
    expect(lines(t, "euRiskTier")[0]?.because).toMatch(/Annex III point 8\b/);
  });

  it("high_annex_iii → high_annex_i: an Annex I safety component outranks an Annex III area", () => {
    const s = suggestClassification(
      answers({ euAnnexISafetyComponent: true, euAnnexIIIArea: "employment", art50Triggers: ["deepfake"] }),
    );
    expect(s.euRiskTier).toBe("high_annex_i");
    expect(s.euAnnexIIIArea).toBe("employment");
    expect(lines(s, "euRiskTier")).toEqual([
      expect.objectContaining({ value: "high_annex_i", citation: "AI Act Art. 6(1), Annex I", basis: "law" }),
    ]);
    expect(suggestClassification(answers({ euAnnexISafetyComponent: true })).euRiskTier).toBe("high_annex_i");
  });

  it("high_annex_i → prohibited: an Art. 5 practice outranks everything", () => {
    const everything = answers({
      euProhibitedPractice: true,
      euAnnexISafetyComponent: true,
      euAnnexIIIArea: "biometrics",
      art50Triggers: [...ART50_TRIGGERS],
    });
    const s = suggestClassification(everything);
    expect(s.euRiskTier).toBe("prohibited");
    expect(lines(s, "euRiskTier")).toEqual([
      expect.objectContaining({ value: "prohibited", citation: "AI Act Art. 5", basis: "law" }),
    ]);
    expect(suggestClassification(answers({ euProhibitedPractice: true })).euRiskTier).toBe("prohibited");
  });

  it("the EU tier never changes the Kazakhstan axes, and vice versa", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        const s = suggestClassification(a);
        const kzOnly = suggestClassification({ ...quiet, ...pickKz(a) });
        const euOnly = suggestClassification({ ...a, ...pickKz(quiet) });
        expect([s.impactLevel, s.autonomyLevel, s.isCriticallyImportantObject]).toEqual([
          kzOnly.impactLevel,
          kzOnly.autonomyLevel,
          kzOnly.isCriticallyImportantObject,
        ]);
        expect(s.euRiskTier).toBe(euOnly.euRiskTier);
      }),
    );
  });

  it("every suggestion explains each axis with a cited line whose value is the suggested one", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        const s = suggestClassification(a);
        expect(lines(s, "impactLevel").map((l) => l.value)).toEqual([s.impactLevel]);
        expect(lines(s, "autonomyLevel").map((l) => l.value)).toEqual([s.autonomyLevel]);
        expect(lines(s, "isCriticallyImportantObject").map((l) => l.value)).toEqual([
          String(s.isCriticallyImportantObject),
        ]);
        const eu = lines(s, "euRiskTier");
        expect(eu.length).toBeGreaterThan(0);
        for (const l of eu) expect(l.value).toBe(s.euRiskTier);
        for (const l of s.rationale) {
          expect(l.citation.length).toBeGreaterThan(0);
          expect(l.because.length).toBeGreaterThan(0);
        }
        expect(s.euAnnexIIIArea).toBe(a.euAnnexIIIArea);
      }),
    );
  });
});

const pickKz = (a: ClassificationAnswers) => ({
  failureConsequence: a.failureConsequence,
  humanRole: a.humanRole,
  criticalObjectCriteria: a.criticalObjectCriteria,
});

describe("ClassificationAnswers schema", () => {
  it("accepts complete answers, with no Annex III area as null", () => {
    expect(ClassificationAnswers.parse(quiet)).toEqual(quiet);
  });

  it("names each missing answer", () => {
    const r = ClassificationAnswers.safeParse({});
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(Object.keys(byPath).sort()).toEqual(Object.keys(quiet).sort());
    expect(byPath.failureConsequence).toMatch(/^required: .*17\(1\)/);
    expect(byPath.criticalObjectCriteria).toMatch(/empty list means none/);
  });

  it("rejects unknown values, repeated values and unknown fields with the reason", () => {
    const r = ClassificationAnswers.safeParse({
      ...quiet,
      humanRole: "robot",
      criticalObjectCriteria: ["emergency", "emergency"],
      euAnnexIIIArea: "space",
      euProhibitedPractice: "no",
      surprise: 1,
    });
    const byPath = Object.fromEntries(r.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(byPath.humanRole).toMatch(/must be one of human_decides, human_can_correct, no_human_correction/);
    expect(byPath.criticalObjectCriteria).toMatch(/must not repeat/);
    expect(byPath.euAnnexIIIArea).toMatch(/must be one of biometrics/);
    expect(byPath.euProhibitedPractice).toMatch(/must be true or false/);
    expect(byPath[""]).toMatch(/unknown field surprise/);
  });
});

describe("confirming or overriding the suggestion", () => {
  const suggested = suggestClassification(
    answers({ failureConsequence: "reduced_effectiveness_or_damage", art50Triggers: ["deepfake"] }),
  );
  const confirm = {
    impactLevel: suggested.impactLevel,
    autonomyLevel: suggested.autonomyLevel,
    euRiskTier: suggested.euRiskTier,
  };

  it("needs no reason to confirm", () => {
    expect(overrideReasonRequired(suggested, confirm)).toBe(false);
    expect(classificationDecisionErrors(suggested, confirm)).toEqual([]);
  });

  it.each([
    ["impactLevel", { impactLevel: "high" }],
    ["autonomyLevel", { autonomyLevel: "medium" }],
    ["euRiskTier", { euRiskTier: "minimal" }],
  ] as const)("needs a reason when %s differs", (axis, change) => {
    const decision = { ...confirm, ...change };
    expect(overrideReasonRequired(suggested, decision)).toBe(true);
    expect(overriddenAxes(suggested, decision)).toEqual([axis]);
    const [error, ...more] = classificationDecisionErrors(suggested, decision);
    expect(more).toEqual([]);
    expect(error?.field).toBe("overrideReason");
    expect(error?.reason).toContain(axis);
    expect(
      classificationDecisionErrors(suggested, {
        ...decision,
        overrideReason: "Art. 6(3) assessment on file",
      }),
    ).toEqual([]);
  });

  it("treats a blank reason as none (the schema trims it)", () => {
    const decision = ClassificationDecision.parse({
      ...confirm,
      impactLevel: "minimal",
      overrideReason: "   ",
    });
    expect(decision.overrideReason).toBe("");
    expect(classificationDecisionErrors(suggested, decision)).toHaveLength(1);
  });

  it("the decision schema refuses unknown levels, long reasons and unknown fields", () => {
    const r = ClassificationDecision.safeParse({
      ...confirm,
      euRiskTier: "high",
      overrideReason: "x".repeat(2001),
      isCriticallyImportantObject: true,
    });
    const byPath = Object.fromEntries(r.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(byPath.euRiskTier).toMatch(/must be one of prohibited, high_annex_iii/);
    expect(byPath.overrideReason).toMatch(/at most 2000/);
    expect(byPath[""]).toMatch(/unknown field isCriticallyImportantObject/);
  });
});

describe("CLASSIFICATION_QUESTIONS", () => {
  it("asks each answer exactly once, and nothing else", () => {
    expect(CLASSIFICATION_QUESTIONS.map((q) => q.id).sort()).toEqual(
      Object.keys(ClassificationAnswers.shape).sort(),
    );
  });

  it("offers exactly the values the schema accepts, and lets several be picked only for lists", () => {
    const values = (id: string) =>
      CLASSIFICATION_QUESTIONS.find((q) => q.id === id)?.options.map((o) => o.value);
    expect(values("failureConsequence")).toEqual([...FAILURE_CONSEQUENCES]);
    expect(values("humanRole")).toEqual([...HUMAN_ROLES]);
    expect(values("criticalObjectCriteria")).toEqual([...CRITICAL_OBJECT_CRITERIA]);
    expect(values("art50Triggers")).toEqual([...ART50_TRIGGERS]);
    expect(values("euAnnexIIIArea")).toEqual([...EU_ANNEX_III_AREAS, "none"]);
    expect(values("euProhibitedPractice")).toEqual(["true", "false"]);
    expect(values("euAnnexISafetyComponent")).toEqual(["true", "false"]);
    expect(CLASSIFICATION_QUESTIONS.filter((q) => q.multiple).map((q) => q.id)).toEqual([
      "criticalObjectCriteria",
      "art50Triggers",
    ]);
  });

  it("cites what the suggestion cites, so the wizard and the rationale agree", () => {
    const cite = (id: string) => CLASSIFICATION_QUESTIONS.find((q) => q.id === id);
    expect(cite("failureConsequence")).toMatchObject({ citation: "AI Law Art. 17(1)", basis: "law" });
    expect(cite("humanRole")).toMatchObject({ citation: "AI Law Art. 17(2)", basis: "inferred" });
    expect(cite("humanRole")?.note).toMatch(/our reading/);
    expect(cite("criticalObjectCriteria")).toMatchObject({ citation: "Digital Code Art. 33(1)" });
    for (const option of cite("art50Triggers")?.options ?? []) {
      const s = suggestClassification(
        answers({ art50Triggers: [option.value as (typeof ART50_TRIGGERS)[number]] }),
      );
      expect(option.citation).toBe(lines(s, "euRiskTier")[0]?.citation);
    }
  });
});
