import {
  ART50_TRIGGERS,
  type ClassificationAnswers,
  type ClassificationSuggestion,
  CRITICAL_OBJECT_CRITERIA,
  EU_ANNEX_III_AREAS,
  FAILURE_CONSEQUENCES,
  HUMAN_ROLES,
  overriddenAxes,
  suggestClassification,
} from "@airisk/domain/classification";
import {
  decide,
  LIFECYCLE_VERSION,
  type LifecycleFacts,
  type PersistedLifecycle,
  restoreLifecycle,
} from "@airisk/domain/lifecycle";
import type { SystemDetail } from "#pages/systems/model.ts";

/**
 * The classification form's values and their conversion to and from the API's answers and
 * decision. Pure (tested in classification-model.test.ts).
 */

export const IMPACT_LEVELS = ["minimal", "medium", "high"] as const;
export const AUTONOMY_LEVELS = ["low", "medium", "high"] as const;
export const EU_RISK_TIERS = ["prohibited", "high_annex_i", "high_annex_iii", "limited", "minimal"] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];
export type AutonomyLevel = (typeof AUTONOMY_LEVELS)[number];
export type EuRiskTier = (typeof EU_RISK_TIERS)[number];

/**
 * Radio and checkbox values as strings: yes/no questions hold "true"/"false", the Annex III area
 * "none" for no area, and "" while unanswered. A decision field holds "" to follow the suggestion.
 */
export type ClassificationFormValues = {
  failureConsequence: string;
  humanRole: string;
  criticalObjectCriteria: string[];
  euProhibitedPractice: string;
  euAnnexISafetyComponent: string;
  euAnnexIIIArea: string;
  art50Triggers: string[];
  impactLevel: "" | ImpactLevel;
  autonomyLevel: "" | AutonomyLevel;
  euRiskTier: "" | EuRiskTier;
  overrideReason: string;
};

type Stored = NonNullable<SystemDetail["classification"]>;

/** Whether the EU prohibited-practice question is settled by the screening: a "yes" to an EU question. */
export function euPracticeFromScreening(
  system: Pick<SystemDetail, "screening" | "screeningQuestions">,
): boolean | null {
  if (!system.screening) return null;
  const eu = new Set(system.screeningQuestions.filter((q) => q.jurisdiction === "EU").map((q) => q.id));
  const found = system.screening.found.some((f) => eu.has(f.id));
  // Unanswered EU questions leave the answer open unless one was already answered yes.
  const euComplete = [...eu].every((id) => system.screening?.answers[id] !== undefined);
  return found ? true : euComplete ? false : null;
}

/** The form's starting values: the stored answers and decision, else empty (the screening fills in Art. 5). */
export function toClassificationForm(
  stored: Stored | null,
  euPractice: boolean | null = null,
): ClassificationFormValues {
  if (!stored) {
    return {
      failureConsequence: "",
      humanRole: "",
      criticalObjectCriteria: [],
      euProhibitedPractice: euPractice === null ? "" : String(euPractice),
      euAnnexISafetyComponent: "",
      euAnnexIIIArea: "",
      art50Triggers: [],
      impactLevel: "",
      autonomyLevel: "",
      euRiskTier: "",
      overrideReason: "",
    };
  }
  const { answers, decision, suggestion } = stored;
  // A decision equal to the suggestion is stored as "follow the suggestion", so new answers move it along.
  const follow = <T extends string>(decided: T, suggested: string): "" | T =>
    decided === suggested ? "" : decided;
  return {
    failureConsequence: answers.failureConsequence,
    humanRole: answers.humanRole,
    criticalObjectCriteria: [...answers.criticalObjectCriteria],
    euProhibitedPractice: String(euPractice ?? answers.euProhibitedPractice),
    euAnnexISafetyComponent: String(answers.euAnnexISafetyComponent),
    euAnnexIIIArea: answers.euAnnexIIIArea ?? "none",
    art50Triggers: [...answers.art50Triggers],
    impactLevel: follow(decision.impactLevel, suggestion.impactLevel),
    autonomyLevel: follow(decision.autonomyLevel, suggestion.autonomyLevel),
    euRiskTier: follow(decision.euRiskTier, suggestion.euRiskTier),
    overrideReason: decision.overrideReason ?? "",
  };
}

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);
const bool = (value: string): boolean | undefined =>
  value === "true" ? true : value === "false" ? false : undefined;

/** The answers when every question is answered, else null (nothing to suggest from yet). */
export function formAnswers(values: ClassificationFormValues): ClassificationAnswers | null {
  const euProhibitedPractice = bool(values.euProhibitedPractice);
  const euAnnexISafetyComponent = bool(values.euAnnexISafetyComponent);
  if (
    !oneOf(FAILURE_CONSEQUENCES, values.failureConsequence) ||
    !oneOf(HUMAN_ROLES, values.humanRole) ||
    euProhibitedPractice === undefined ||
    euAnnexISafetyComponent === undefined ||
    !(values.euAnnexIIIArea === "none" || oneOf(EU_ANNEX_III_AREAS, values.euAnnexIIIArea))
  ) {
    return null;
  }
  return {
    failureConsequence: values.failureConsequence,
    humanRole: values.humanRole,
    criticalObjectCriteria: CRITICAL_OBJECT_CRITERIA.filter((c) => values.criticalObjectCriteria.includes(c)),
    euProhibitedPractice,
    euAnnexIIIArea: values.euAnnexIIIArea === "none" ? null : values.euAnnexIIIArea,
    euAnnexISafetyComponent,
    art50Triggers: ART50_TRIGGERS.filter((c) => values.art50Triggers.includes(c)),
  };
}

/** The questions still unanswered (checkbox questions are never unanswered: none picked means none). */
export function unansweredQuestions(values: ClassificationFormValues): Array<keyof ClassificationAnswers> {
  const missing: Array<keyof ClassificationAnswers> = [];
  if (!oneOf(FAILURE_CONSEQUENCES, values.failureConsequence)) missing.push("failureConsequence");
  if (!oneOf(HUMAN_ROLES, values.humanRole)) missing.push("humanRole");
  if (bool(values.euProhibitedPractice) === undefined) missing.push("euProhibitedPractice");
  if (bool(values.euAnnexISafetyComponent) === undefined) missing.push("euAnnexISafetyComponent");
  if (!(values.euAnnexIIIArea === "none" || oneOf(EU_ANNEX_III_AREAS, values.euAnnexIIIArea))) {
    missing.push("euAnnexIIIArea");
  }
  return missing;
}

export type Decision = { impactLevel: ImpactLevel; autonomyLevel: AutonomyLevel; euRiskTier: EuRiskTier };

/** The decision the form stands for: each axis as chosen, or as suggested when left to follow it. */
export function formDecision(
  values: ClassificationFormValues,
  suggestion: ClassificationSuggestion,
): Decision {
  return {
    impactLevel: values.impactLevel || suggestion.impactLevel,
    autonomyLevel: values.autonomyLevel || suggestion.autonomyLevel,
    euRiskTier: values.euRiskTier || suggestion.euRiskTier,
  };
}

/** Everything the form implies: the suggestion, the decision and the axes it overrides; null while incomplete. */
export function evaluateForm(values: ClassificationFormValues): {
  answers: ClassificationAnswers;
  suggestion: ClassificationSuggestion;
  decision: Decision;
  overridden: Array<"impactLevel" | "autonomyLevel" | "euRiskTier">;
} | null {
  const answers = formAnswers(values);
  if (!answers) return null;
  const suggestion = suggestClassification(answers);
  const decision = formDecision(values, suggestion);
  return { answers, suggestion, decision, overridden: overriddenAxes(suggestion, decision) };
}

/** The `classification` input of `systems.update`; the override reason only travels with an override. */
export function toClassificationInput(values: ClassificationFormValues): {
  answers: ClassificationAnswers;
  decision: Decision & { overrideReason?: string };
} | null {
  const evaluated = evaluateForm(values);
  if (!evaluated) return null;
  const reason = values.overrideReason.trim();
  return {
    answers: evaluated.answers,
    decision: {
      ...evaluated.decision,
      ...(evaluated.overridden.length > 0 && reason ? { overrideReason: reason } : {}),
    },
  };
}

/** "riskProcess.assessment" → { riskProcess: "assessment" }, as the machine stores a state. */
function stateValue(state: string): unknown {
  const [head, ...rest] = state.split(".");
  if (!head) return state;
  return rest.length === 0 ? head : { [head]: stateValue(rest.join(".")) };
}

/** RECLASSIFIED has no guard: any facts will do to ask the machine where it leads. */
const NO_FACTS: LifecycleFacts = {
  actor: { kind: "scheduler" },
  riskOwnerId: null,
  classification: { impactLevel: null, autonomyLevel: null },
  seeksTrustedList: false,
  isCriticallyImportantObject: false,
  auditEveryHighImpact: false,
  screeningAnswered: false,
  risks: [],
  noRisksJustification: null,
  riskTolerance: 0,
  documentationPresent: false,
  prohibitedPracticeResolvedWithEvidence: false,
  today: "1970-01-01",
};

/**
 * Whether saving this impact and autonomy sends the system (back) to assessment (lifecycle.md:
 * reclassification). The server sends RECLASSIFIED when both axes were set before and one of them
 * changes; where it leads is the machine's answer, asked here rather than restated.
 */
export function reclassificationSendsBack(
  system: Pick<SystemDetail, "state" | "impactLevel" | "autonomyLevel">,
  next: { impactLevel: string; autonomyLevel: string },
): boolean {
  if (system.impactLevel === null || system.autonomyLevel === null) return false;
  const changed = system.impactLevel !== next.impactLevel || system.autonomyLevel !== next.autonomyLevel;
  if (!changed) return false;
  try {
    const snapshot = restoreLifecycle({
      machineVersion: LIFECYCLE_VERSION,
      // An unknown state makes the machine throw, caught below.
      value: stateValue(system.state) as PersistedLifecycle["value"],
      context: { version: LIFECYCLE_VERSION },
    });
    const decision = decide(snapshot, { type: "RECLASSIFIED", facts: NO_FACTS });
    return decision.allowed && decision.to === "riskProcess.assessment";
  } catch {
    // A state this build's machine does not know: the server decides; no warning to show.
    return false;
  }
}

/** Maps an API error path of `systems.update` to the form field it belongs to. */
export function classificationFieldFor(path: string): keyof ClassificationFormValues | undefined {
  const match = /^classification\.(?:answers|decision)\.([A-Za-z0-9]+)/.exec(path);
  const name = match?.[1];
  const fields: ReadonlyArray<keyof ClassificationFormValues> = [
    "failureConsequence",
    "humanRole",
    "criticalObjectCriteria",
    "euProhibitedPractice",
    "euAnnexISafetyComponent",
    "euAnnexIIIArea",
    "art50Triggers",
    "impactLevel",
    "autonomyLevel",
    "euRiskTier",
    "overrideReason",
  ];
  return fields.find((f) => f === name);
}
