import { type ClassificationAnswers, suggestClassification } from "@airisk/domain/classification";
import { describe, expect, it } from "vitest";
import {
  type ClassificationFormValues,
  classificationFieldFor,
  euPracticeFromScreening,
  evaluateForm,
  formAnswers,
  reclassificationSendsBack,
  toClassificationForm,
  toClassificationInput,
  unansweredQuestions,
} from "#pages/systems/classification-model.ts";
import type { SystemDetail } from "#pages/systems/model.ts";

const answers: ClassificationAnswers = {
  failureConsequence: "reduced_effectiveness_or_damage",
  humanRole: "human_decides",
  criticalObjectCriteria: [],
  euProhibitedPractice: false,
  euAnnexIIIArea: null,
  euAnnexISafetyComponent: false,
  art50Triggers: ["synthetic_content"],
};

const filled: ClassificationFormValues = {
  failureConsequence: "reduced_effectiveness_or_damage",
  humanRole: "human_decides",
  criticalObjectCriteria: [],
  euProhibitedPractice: "false",
  euAnnexISafetyComponent: "false",
  euAnnexIIIArea: "none",
  art50Triggers: ["synthetic_content"],
  impactLevel: "",
  autonomyLevel: "",
  euRiskTier: "",
  overrideReason: "",
};

type Stored = NonNullable<SystemDetail["classification"]>;
const stored = (decision: Stored["decision"]): Stored => ({
  answers,
  suggestion: suggestClassification(answers),
  decision,
  overridden: false,
  decidedBy: "u",
  decidedAt: "2026-03-01T00:00:00.000Z",
});

describe("form values and answers", () => {
  it("turns complete form values into the API's answers, in the domain's order", () => {
    expect(formAnswers({ ...filled, art50Triggers: ["deepfake", "synthetic_content"] })).toEqual({
      ...answers,
      art50Triggers: ["synthetic_content", "deepfake"],
    });
    expect(formAnswers({ ...filled, euAnnexIIIArea: "employment" })?.euAnnexIIIArea).toBe("employment");
  });

  it("gives no answers while a question is open, and names the open ones", () => {
    const open = { ...filled, humanRole: "", euAnnexISafetyComponent: "", euAnnexIIIArea: "" };
    expect(formAnswers(open)).toBeNull();
    expect(unansweredQuestions(open)).toEqual(["humanRole", "euAnnexISafetyComponent", "euAnnexIIIArea"]);
    expect(unansweredQuestions(filled)).toEqual([]);
  });

  it("round-trips stored answers; a decision equal to the suggestion follows it", () => {
    const suggestion = suggestClassification(answers);
    const form = toClassificationForm(
      stored({
        impactLevel: suggestion.impactLevel,
        autonomyLevel: "high",
        euRiskTier: suggestion.euRiskTier,
        overrideReason: "r",
      }),
    );
    expect(form).toEqual({ ...filled, autonomyLevel: "high", overrideReason: "r" });
    expect(formAnswers(form)).toEqual(answers);
  });

  it("starts empty without a stored classification, taking the EU practice from the screening", () => {
    expect(toClassificationForm(null).failureConsequence).toBe("");
    expect(toClassificationForm(null, true).euProhibitedPractice).toBe("true");
    expect(
      toClassificationForm(
        stored({ impactLevel: "medium", autonomyLevel: "low", euRiskTier: "limited" }),
        true,
      ).euProhibitedPractice,
    ).toBe("true");
  });
});

describe("suggestion and decision", () => {
  it("follows the suggestion on every axis left to it, with no override", () => {
    const e = evaluateForm(filled);
    expect(e?.decision).toEqual({ impactLevel: "medium", autonomyLevel: "low", euRiskTier: "limited" });
    expect(e?.overridden).toEqual([]);
    expect(toClassificationInput({ ...filled, overrideReason: "not sent" })?.decision).toEqual(e?.decision);
  });

  it("names the overridden axes and sends the reason with an override", () => {
    const values = { ...filled, impactLevel: "high" as const, overrideReason: "  used in hospitals " };
    expect(evaluateForm(values)?.overridden).toEqual(["impactLevel"]);
    expect(toClassificationInput(values)).toEqual({
      answers,
      decision: {
        impactLevel: "high",
        autonomyLevel: "low",
        euRiskTier: "limited",
        overrideReason: "used in hospitals",
      },
    });
  });

  it("is null while questions are open", () => {
    expect(evaluateForm({ ...filled, failureConsequence: "" })).toBeNull();
    expect(toClassificationInput({ ...filled, failureConsequence: "" })).toBeNull();
  });
});

describe("euPracticeFromScreening", () => {
  const screeningQuestions = [
    { id: "kz.a", jurisdiction: "KZ", text: "", citation: "", basis: "law", inForce: true, other: false },
    { id: "eu.a", jurisdiction: "EU", text: "", citation: "", basis: "law", inForce: true, other: false },
    { id: "eu.b", jurisdiction: "EU", text: "", citation: "", basis: "law", inForce: true, other: false },
  ] as SystemDetail["screeningQuestions"];
  const screening = (answersMap: Record<string, string>, found: string[] = []) => ({
    complete: false,
    answeredAt: null,
    otherDescription: null,
    answers: answersMap,
    found: found.map((id) => ({ id, text: id })),
  });

  it("is unknown before screening and while EU questions are open", () => {
    expect(euPracticeFromScreening({ screening: null, screeningQuestions })).toBeNull();
    expect(
      euPracticeFromScreening({ screening: screening({ "eu.a": "no" }), screeningQuestions }),
    ).toBeNull();
  });

  it("is yes when an EU practice was found, no when every EU question is answered no", () => {
    expect(
      euPracticeFromScreening({ screening: screening({ "eu.a": "yes" }, ["eu.a"]), screeningQuestions }),
    ).toBe(true);
    expect(
      euPracticeFromScreening({
        screening: screening({ "kz.a": "yes", "eu.a": "no", "eu.b": "no" }, ["kz.a"]),
        screeningQuestions,
      }),
    ).toBe(false);
  });
});

describe("reclassificationSendsBack", () => {
  const system = (state: string) => ({ state, impactLevel: "medium", autonomyLevel: "low" });
  const higher = { impactLevel: "high", autonomyLevel: "low" };

  it("warns when impact or autonomy changes after identification or while operating", () => {
    expect(reclassificationSendsBack(system("riskProcess.mitigation"), higher)).toBe(true);
    expect(
      reclassificationSendsBack(system("riskProcess.approval"), {
        impactLevel: "medium",
        autonomyLevel: "high",
      }),
    ).toBe(true);
    expect(reclassificationSendsBack(system("operating.compliant"), higher)).toBe(true);
  });

  it("stays quiet when nothing changes, before assessment, when suspended, or on a first classification", () => {
    expect(
      reclassificationSendsBack(system("operating.compliant"), {
        impactLevel: "medium",
        autonomyLevel: "low",
      }),
    ).toBe(false);
    expect(reclassificationSendsBack(system("riskProcess.identification"), higher)).toBe(false);
    expect(reclassificationSendsBack(system("draft"), higher)).toBe(false);
    expect(reclassificationSendsBack(system("suspended"), higher)).toBe(false);
    expect(
      reclassificationSendsBack(
        { state: "operating.compliant", impactLevel: null, autonomyLevel: null },
        higher,
      ),
    ).toBe(false);
  });

  it("warns in assessment too (the assessment starts again), and stays quiet on an unknown or final state", () => {
    expect(reclassificationSendsBack(system("riskProcess.assessment"), higher)).toBe(true);
    expect(reclassificationSendsBack(system("limbo.forever"), higher)).toBe(false);
    expect(reclassificationSendsBack(system("retired"), higher)).toBe(false);
  });
});

describe("classificationFieldFor", () => {
  it("maps the API's paths to the form's fields", () => {
    expect(classificationFieldFor("classification.decision.overrideReason")).toBe("overrideReason");
    expect(classificationFieldFor("classification.answers.humanRole")).toBe("humanRole");
    expect(classificationFieldFor("classification.answers.art50Triggers.0")).toBe("art50Triggers");
    expect(classificationFieldFor("name")).toBeUndefined();
  });
});
