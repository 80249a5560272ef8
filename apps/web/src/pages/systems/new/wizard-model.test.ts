import { CLASSIFICATION_QUESTIONS, suggestClassification } from "@airisk/domain/classification";
import { PROFILE_FLAGS, SYSTEM_ROLES } from "@airisk/regulations/schema";
import { describe, expect, it } from "vitest";
import {
  type AnswerValues,
  answersOf,
  decisionOf,
  emptyWizardValues,
  FLAG_GROUPS,
  fieldForApiPath,
  firstStepOf,
  needsOverrideReason,
  nestErrors,
  ROLE_GROUPS,
  stepFields,
  stepOf,
  suggestionOf,
  toCreateInput,
  WIZARD_STEPS,
  type WizardValues,
  wizardProblems,
} from "#pages/systems/new/wizard-model.ts";

const OWNER = "0b9a3c1e-5d2f-4a8b-9c7d-1e2f3a4b5c6d";

const ANSWERS: AnswerValues = {
  failureConsequence: "reduced_effectiveness_or_damage",
  humanRole: "human_decides",
  criticalObjectCriteria: [],
  euProhibitedPractice: "false",
  euAnnexISafetyComponent: "false",
  euAnnexIIIArea: "none",
  art50Triggers: ["interacts_with_people"],
};

function filled(overrides: Partial<WizardValues> = {}): WizardValues {
  return {
    ...emptyWizardValues(OWNER),
    name: "  Loan scoring  ",
    purpose: "Scores consumer credit applications.",
    jurisdictions: ["KZ", "EU"],
    roles: ["owner", "deployer"],
    sector: " finance ",
    answers: ANSWERS,
    ...overrides,
  };
}

describe("the vocabulary the wizard offers", () => {
  it("groups every profile flag exactly once", () => {
    const grouped = Object.values(FLAG_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...PROFILE_FLAGS].sort());
  });

  it("groups every system role exactly once", () => {
    const grouped = Object.values(ROLE_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...SYSTEM_ROLES].sort());
  });

  it("assigns every checked field to one step", () => {
    const all = WIZARD_STEPS.flatMap((step) => stepFields(step).map((field) => [field, step] as const));
    for (const [field, step] of all) expect(stepOf(field), field).toBe(step);
    for (const question of CLASSIFICATION_QUESTIONS) {
      expect(stepFields("classification")).toContain(`answers.${question.id}`);
    }
  });
});

describe("answers and suggestion", () => {
  it("waits until every single-choice question is answered", () => {
    expect(answersOf(emptyWizardValues().answers)).toBeUndefined();
    expect(answersOf({ ...ANSWERS, euAnnexISafetyComponent: "" })).toBeUndefined();
    expect(suggestionOf({ ...ANSWERS, humanRole: "" })).toBeUndefined();
  });

  it("reads yes/no and 'none of these' as the domain expects", () => {
    expect(answersOf(ANSWERS)).toEqual({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_decides",
      criticalObjectCriteria: [],
      euProhibitedPractice: false,
      euAnnexISafetyComponent: false,
      euAnnexIIIArea: null,
      art50Triggers: ["interacts_with_people"],
    });
    expect(answersOf({ ...ANSWERS, euAnnexIIIArea: "employment" })?.euAnnexIIIArea).toBe("employment");
  });

  it("suggests what the domain suggests", () => {
    const answers = answersOf(ANSWERS);
    expect(answers).toBeDefined();
    if (answers) expect(suggestionOf(ANSWERS)).toEqual(suggestClassification(answers));
    expect(suggestionOf(ANSWERS)).toMatchObject({
      impactLevel: "medium",
      autonomyLevel: "low",
      euRiskTier: "limited",
    });
  });
});

describe("the decision", () => {
  const suggestion = suggestClassification({
    failureConsequence: "reduced_effectiveness_or_damage",
    humanRole: "human_decides",
    criticalObjectCriteria: [],
    euProhibitedPractice: false,
    euAnnexISafetyComponent: false,
    euAnnexIIIArea: null,
    art50Triggers: [],
  });
  const base = emptyWizardValues().decision;

  it("confirming takes the suggestion as it stands, without a reason", () => {
    expect(decisionOf({ ...base, overrideReason: "ignored" }, suggestion)).toEqual({
      impactLevel: "medium",
      autonomyLevel: "low",
      euRiskTier: "minimal",
    });
    expect(needsOverrideReason(base, suggestion)).toBe(false);
  });

  it("an override that departs from the suggestion needs a reason, and carries it", () => {
    const override = {
      ...base,
      mode: "override" as const,
      impactLevel: "high",
      autonomyLevel: "low",
      euRiskTier: "minimal",
    };
    expect(needsOverrideReason(override, suggestion)).toBe(true);
    expect(decisionOf({ ...override, overrideReason: "  sector rules  " }, suggestion)).toEqual({
      impactLevel: "high",
      autonomyLevel: "low",
      euRiskTier: "minimal",
      overrideReason: "sector rules",
    });
  });

  it("an 'override' that picks the suggested values is no override", () => {
    const same = {
      ...base,
      mode: "override" as const,
      impactLevel: "medium",
      autonomyLevel: "low",
      euRiskTier: "minimal",
    };
    expect(needsOverrideReason(same, suggestion)).toBe(false);
    expect(decisionOf({ ...same, overrideReason: "kept" }, suggestion)).not.toHaveProperty("overrideReason");
  });

  it("an override with an axis left open is not a decision yet", () => {
    expect(decisionOf({ ...base, mode: "override", impactLevel: "high" }, suggestion)).toBeUndefined();
  });
});

describe("wizardProblems", () => {
  it("finds nothing wrong with a complete wizard", () => {
    expect(wizardProblems(filled())).toEqual([]);
  });

  it("names each missing piece on its step, in step order", () => {
    const problems = wizardProblems(emptyWizardValues());
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      "name:required",
      "purpose:required",
      "jurisdictions:noJurisdiction",
      "roles:noRole",
      "answers.failureConsequence:unanswered",
      "answers.humanRole:unanswered",
      "answers.euProhibitedPractice:unanswered",
      "answers.euAnnexISafetyComponent:unanswered",
      "answers.euAnnexIIIArea:unanswered",
      "riskOwnerId:noOwner",
    ]);
  });

  it("checks the server's length limits", () => {
    const problems = wizardProblems(filled({ name: "x".repeat(201), sector: "y".repeat(201) }));
    expect(problems).toEqual([
      { field: "name", code: "tooLong", max: 200 },
      { field: "sector", code: "tooLong", max: 200 },
    ]);
  });

  it("asks for a reason only when the override departs from the suggestion", () => {
    const decision = {
      mode: "override" as const,
      impactLevel: "high",
      autonomyLevel: "low",
      euRiskTier: "limited",
      overrideReason: " ",
    };
    expect(wizardProblems(filled({ decision }))).toEqual([
      { field: "decision.overrideReason", code: "overrideReason" },
    ]);
    expect(wizardProblems(filled({ decision: { ...decision, impactLevel: "medium" } }))).toEqual([]);
    expect(wizardProblems(filled({ decision: { ...decision, euRiskTier: "" } }))).toEqual([
      { field: "decision.euRiskTier", code: "notDecided" },
    ]);
  });
});

describe("toCreateInput", () => {
  it("builds the systems.create input from the three steps", () => {
    const input = toCreateInput(
      filled({ flags: { ...emptyWizardValues().flags, interactsWithPeople: true } }),
    );
    expect(input).toEqual({
      name: "Loan scoring",
      purpose: "Scores consumer credit applications.",
      jurisdictions: ["KZ", "EU"],
      roles: ["owner", "deployer"],
      profile: expect.objectContaining({
        sector: "finance",
        interactsWithPeople: true,
        processesPersonalData: false,
      }),
      riskOwnerId: OWNER,
      classification: {
        answers: answersOf(ANSWERS),
        decision: { impactLevel: "medium", autonomyLevel: "low", euRiskTier: "limited" },
      },
    });
    expect(input?.profile).not.toHaveProperty("euAnnexIIIArea");
  });

  it("records the Annex III area and a critically important object in the profile", () => {
    const input = toCreateInput(
      filled({
        answers: { ...ANSWERS, euAnnexIIIArea: "employment", criticalObjectCriteria: ["emergency"] },
      }),
    );
    expect(input?.profile).toMatchObject({ euAnnexIIIArea: "employment", isCriticallyImportantObject: true });
    expect(input?.classification?.decision.euRiskTier).toBe("high_annex_iii");
  });

  it("leaves out an empty sector and is undefined while the classification is incomplete", () => {
    expect(toCreateInput(filled({ sector: "  " }))?.profile).not.toHaveProperty("sector");
    expect(toCreateInput(filled({ answers: { ...ANSWERS, humanRole: "" } }))).toBeUndefined();
  });
});

describe("API errors", () => {
  it("maps the server's paths to the wizard's fields", () => {
    expect(fieldForApiPath("name")).toBe("name");
    expect(fieldForApiPath("jurisdictions.1")).toBe("jurisdictions");
    expect(fieldForApiPath("jurisdictions")).toBe("jurisdictions");
    expect(fieldForApiPath("role")).toBe("roles");
    expect(fieldForApiPath("roles.0")).toBe("roles");
    expect(fieldForApiPath("profile.sector")).toBe("sector");
    expect(fieldForApiPath("profile.processesPersonalData")).toBe("flags");
    expect(fieldForApiPath("profile.euAnnexIIIArea")).toBe("answers.euAnnexIIIArea");
    expect(fieldForApiPath("classification.answers.art50Triggers.0")).toBe("answers.art50Triggers");
    expect(fieldForApiPath("classification.decision.overrideReason")).toBe("decision.overrideReason");
    expect(fieldForApiPath("classification.decision.euRiskTier")).toBe("decision.euRiskTier");
    expect(fieldForApiPath("riskOwnerId")).toBe("riskOwnerId");
    expect(fieldForApiPath("classification")).toBeUndefined();
    expect(fieldForApiPath("input")).toBeUndefined();
  });

  it("reopens the earliest step holding an error", () => {
    expect(firstStepOf(["riskOwnerId", "decision.overrideReason"])).toBe("classification");
    expect(firstStepOf(["riskOwnerId", "sector"])).toBe("profile");
    expect(firstStepOf([])).toBeUndefined();
  });

  it("nests errors the way react-hook-form keeps them, first one per field", () => {
    expect(
      nestErrors([
        ["name", "a"],
        ["answers.humanRole", "b"],
        ["answers.failureConsequence", "c"],
        ["name", "ignored"],
      ]),
    ).toEqual({ name: "a", answers: { humanRole: "b", failureConsequence: "c" } });
  });
});
