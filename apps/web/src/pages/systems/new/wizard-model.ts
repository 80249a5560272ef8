import {
  CLASSIFICATION_QUESTIONS,
  ClassificationAnswers,
  type ClassificationDecision,
  type ClassificationQuestion,
  type ClassificationSuggestion,
  overrideReasonRequired,
  suggestClassification,
} from "@airisk/domain/classification";
import { PROFILE_FLAGS, type ProfileFlag, SYSTEM_ROLES, type SystemRole } from "@airisk/regulations/schema";
import type { RouterInputs } from "#trpc.ts";

/**
 * The create-system wizard as data: its form values, the checks each step makes before moving on,
 * the `systems.create` input built from the values, and where an API error belongs. Pure (no React,
 * no i18n): problems are codes the page turns into messages.
 */

export type CreateSystemInput = RouterInputs["systems"]["create"];

export const WIZARD_STEPS = ["profile", "classification", "owner"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type QuestionId = ClassificationQuestion["id"];
export type Axis = "impactLevel" | "autonomyLevel" | "euRiskTier";
export const AXES: readonly Axis[] = ["impactLevel", "autonomyLevel", "euRiskTier"];
export type Decided = Pick<ClassificationSuggestion, Axis>;

/** The values each axis takes, in the order a picker offers them. */
export const AXIS_VALUES = {
  impactLevel: ["minimal", "medium", "high"],
  autonomyLevel: ["low", "medium", "high"],
  euRiskTier: ["minimal", "limited", "high_annex_iii", "high_annex_i", "prohibited"],
} as const satisfies { [A in Axis]: ReadonlyArray<Decided[A]> };

/** The organisation's roles for a system, by the law that defines them (api.md). */
export const ROLE_GROUPS = {
  kz: ["owner", "holder", "user", "platform_operator"],
  eu: ["provider", "deployer", "importer", "distributor", "authorised_representative"],
} as const satisfies Record<string, readonly SystemRole[]>;

/** The profile flags in groups a person can scan; `wizard-model.test.ts` checks none is missing. */
export const FLAG_GROUPS = {
  outputs: [
    "producesSyntheticOutputs",
    "producesCreativeOutputs",
    "publishesDeepfakes",
    "interactsWithPeople",
  ],
  decisions: ["makesDecisionsAboutPeople", "fullyAutomatedDecisions", "usedInWorkplace"],
  data: ["processesPersonalData", "processesBiometricData", "biometricAuthentication", "emotionRecognition"],
  models: ["trainsModels", "trainsOnThirdPartyWorks", "isGeneralPurposeModel", "gpaiSystemicRisk"],
  status: ["isCriticallyImportantObject", "isSmartContract", "seeksTrustedList"],
} as const satisfies Record<string, readonly ProfileFlag[]>;

/** The answers as the form holds them: single choices as text ("" unanswered), multiple as lists. */
export type AnswerValues = {
  failureConsequence: string;
  humanRole: string;
  criticalObjectCriteria: string[];
  euProhibitedPractice: string;
  euAnnexISafetyComponent: string;
  euAnnexIIIArea: string;
  art50Triggers: string[];
};

export type DecisionValues = {
  /** Confirm the suggestion as it stands, or decide each axis (an override needs a reason). */
  mode: "confirm" | "override";
  impactLevel: string;
  autonomyLevel: string;
  euRiskTier: string;
  overrideReason: string;
};

export type WizardValues = {
  name: string;
  purpose: string;
  jurisdictions: string[];
  roles: SystemRole[];
  flags: Record<ProfileFlag, boolean>;
  sector: string;
  answers: AnswerValues;
  decision: DecisionValues;
  riskOwnerId: string;
};

/** The server's limits (packages/core/src/systems/model.ts), checked here first. */
export const LIMITS = { name: 200, purpose: 4000, sector: 200, overrideReason: 2000 } as const;

export function emptyWizardValues(riskOwnerId = ""): WizardValues {
  return {
    name: "",
    purpose: "",
    jurisdictions: [],
    roles: [],
    flags: Object.fromEntries(PROFILE_FLAGS.map((flag) => [flag, false])) as Record<ProfileFlag, boolean>,
    sector: "",
    answers: {
      failureConsequence: "",
      humanRole: "",
      criticalObjectCriteria: [],
      euProhibitedPractice: "",
      euAnnexISafetyComponent: "",
      euAnnexIIIArea: "",
      art50Triggers: [],
    },
    decision: { mode: "confirm", impactLevel: "", autonomyLevel: "", euRiskTier: "", overrideReason: "" },
    riskOwnerId,
  };
}

const yesNo = (value: string): boolean | undefined =>
  value === "true" ? true : value === "false" ? false : undefined;

/** The questionnaire's answers once every single-choice question is answered, else undefined. */
export function answersOf(form: AnswerValues): ClassificationAnswers | undefined {
  const parsed = ClassificationAnswers.safeParse({
    failureConsequence: form.failureConsequence || undefined,
    humanRole: form.humanRole || undefined,
    criticalObjectCriteria: form.criticalObjectCriteria,
    euProhibitedPractice: yesNo(form.euProhibitedPractice),
    euAnnexISafetyComponent: yesNo(form.euAnnexISafetyComponent),
    euAnnexIIIArea: form.euAnnexIIIArea === "none" ? null : form.euAnnexIIIArea || undefined,
    art50Triggers: form.art50Triggers,
  });
  return parsed.success ? parsed.data : undefined;
}

/** The live suggestion: undefined until the questionnaire is complete. */
export function suggestionOf(form: AnswerValues): ClassificationSuggestion | undefined {
  const answers = answersOf(form);
  return answers ? suggestClassification(answers) : undefined;
}

const isAxisValue = <A extends Axis>(axis: A, value: string): value is Decided[A] =>
  (AXIS_VALUES[axis] as readonly string[]).includes(value);

/** The three axes as decided: the suggestion when confirmed, the picks when overridden (if all made). */
export function decidedAxes(decision: DecisionValues, suggestion: Decided): Decided | undefined {
  if (decision.mode === "confirm") {
    return {
      impactLevel: suggestion.impactLevel,
      autonomyLevel: suggestion.autonomyLevel,
      euRiskTier: suggestion.euRiskTier,
    };
  }
  const { impactLevel, autonomyLevel, euRiskTier } = decision;
  if (
    !isAxisValue("impactLevel", impactLevel) ||
    !isAxisValue("autonomyLevel", autonomyLevel) ||
    !isAxisValue("euRiskTier", euRiskTier)
  ) {
    return undefined;
  }
  return { impactLevel, autonomyLevel, euRiskTier };
}

/** Whether the decision departs from the suggestion, so a reason must be given. */
export function needsOverrideReason(decision: DecisionValues, suggestion: Decided | undefined): boolean {
  if (!suggestion || decision.mode === "confirm") return false;
  const decided = decidedAxes(decision, suggestion);
  return decided !== undefined && overrideReasonRequired(suggestion, decided);
}

/** The decision to send: the axes, and the reason when it overrides the suggestion. */
export function decisionOf(
  decision: DecisionValues,
  suggestion: ClassificationSuggestion,
): ClassificationDecision | undefined {
  const decided = decidedAxes(decision, suggestion);
  if (!decided) return undefined;
  const reason = decision.overrideReason.trim();
  return overrideReasonRequired(suggestion, decided) && reason !== ""
    ? { ...decided, overrideReason: reason }
    : decided;
}

/* ---------------------------------------------------------------------------------------------- */
/* Checks                                                                                          */

export type WizardField =
  | "name"
  | "purpose"
  | "jurisdictions"
  | "roles"
  | "flags"
  | "sector"
  | `answers.${QuestionId}`
  | `decision.${Axis}`
  | "decision.overrideReason"
  | "riskOwnerId";

export type ProblemCode =
  | "required"
  | "tooLong"
  | "noJurisdiction"
  | "noRole"
  | "unanswered"
  | "notDecided"
  | "overrideReason"
  | "noOwner";

export type Problem = { field: WizardField; code: ProblemCode; max?: number };

/** The step that holds each field, so an error there reopens it. */
export function stepOf(field: WizardField): WizardStep {
  if (field.startsWith("answers.") || field.startsWith("decision.")) return "classification";
  if (field === "riskOwnerId") return "owner";
  return "profile";
}

/** The fields a step checks before the wizard moves on. */
export function stepFields(step: WizardStep): WizardField[] {
  switch (step) {
    case "profile":
      return ["name", "purpose", "jurisdictions", "roles", "flags", "sector"];
    case "classification":
      return [
        ...CLASSIFICATION_QUESTIONS.map((q) => `answers.${q.id}` as const),
        ...AXES.map((axis) => `decision.${axis}` as const),
        "decision.overrideReason",
      ];
    case "owner":
      return ["riskOwnerId"];
  }
}

function text(field: WizardField, value: string, max: number, required: boolean): Problem[] {
  const trimmed = value.trim();
  if (required && trimmed === "") return [{ field, code: "required" }];
  return trimmed.length > max ? [{ field, code: "tooLong", max }] : [];
}

/** Everything that stops the system from being registered, in the order of the steps. */
export function wizardProblems(values: WizardValues): Problem[] {
  const problems: Problem[] = [
    ...text("name", values.name, LIMITS.name, true),
    ...text("purpose", values.purpose, LIMITS.purpose, true),
  ];
  if (values.jurisdictions.length === 0) problems.push({ field: "jurisdictions", code: "noJurisdiction" });
  if (values.roles.length === 0) problems.push({ field: "roles", code: "noRole" });
  problems.push(...text("sector", values.sector, LIMITS.sector, false));

  for (const question of CLASSIFICATION_QUESTIONS) {
    const answer = values.answers[question.id];
    if (!question.multiple && (answer === "" || answer === undefined)) {
      problems.push({ field: `answers.${question.id}`, code: "unanswered" });
    }
  }
  const suggestion = suggestionOf(values.answers);
  if (suggestion && values.decision.mode === "override") {
    for (const axis of AXES) {
      if (!isAxisValue(axis, values.decision[axis])) {
        problems.push({ field: `decision.${axis}`, code: "notDecided" });
      }
    }
    if (needsOverrideReason(values.decision, suggestion) && values.decision.overrideReason.trim() === "") {
      problems.push({ field: "decision.overrideReason", code: "overrideReason" });
    }
  }
  problems.push(
    ...text("decision.overrideReason", values.decision.overrideReason, LIMITS.overrideReason, false),
  );

  if (values.riskOwnerId === "") problems.push({ field: "riskOwnerId", code: "noOwner" });
  return problems;
}

/** Problems as react-hook-form's nested error object (`{ answers: { humanRole: {…} } }`). */
export function nestErrors<E>(entries: ReadonlyArray<readonly [string, E]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, error] of entries) {
    const parts = path.split(".");
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node[part] = typeof next === "object" && next !== null ? next : {};
      node = node[part] as Record<string, unknown>;
    }
    const leaf = parts.at(-1) ?? path;
    node[leaf] ??= error;
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------- */
/* The API                                                                                         */

/**
 * The `systems.create` input. The Annex III area answered also goes into the profile (the
 * obligations engine reads it there), and a system the Digital Code criteria make a critically
 * important object is recorded as one. Undefined while a step is incomplete.
 */
export function toCreateInput(values: WizardValues): CreateSystemInput | undefined {
  const answers = answersOf(values.answers);
  if (!answers) return undefined;
  const suggestion = suggestClassification(answers);
  const decision = decisionOf(values.decision, suggestion);
  if (!decision) return undefined;
  const sector = values.sector.trim();
  const flags = { ...values.flags };
  if (suggestion.isCriticallyImportantObject) flags.isCriticallyImportantObject = true;
  return {
    name: values.name.trim(),
    purpose: values.purpose.trim(),
    jurisdictions: [...values.jurisdictions],
    roles: [...values.roles],
    profile: {
      ...flags,
      ...(sector ? { sector } : {}),
      ...(answers.euAnnexIIIArea ? { euAnnexIIIArea: answers.euAnnexIIIArea } : {}),
    },
    ...(values.riskOwnerId ? { riskOwnerId: values.riskOwnerId } : {}),
    classification: { answers, decision },
  };
}

const QUESTION_IDS = new Set<string>(CLASSIFICATION_QUESTIONS.map((q) => q.id));
const FLAGS = new Set<string>(PROFILE_FLAGS);

/**
 * The wizard field an API error path belongs to ("jurisdictions.2" → jurisdictions,
 * "classification.decision.overrideReason" → decision.overrideReason), or undefined when none
 * shows it (the message then goes to the top of the form).
 */
export function fieldForApiPath(path: string): WizardField | undefined {
  const [head, second, third] = path.split(".");
  switch (head) {
    case "name":
    case "purpose":
    case "jurisdictions":
    case "roles":
    case "riskOwnerId":
      return head;
    case "role":
      return "roles";
    case "profile":
      if (second === "sector") return "sector";
      if (second === "euAnnexIIIArea") return "answers.euAnnexIIIArea";
      return second === undefined || FLAGS.has(second) ? "flags" : undefined;
    case "classification":
      if (second === "answers" && third && QUESTION_IDS.has(third)) return `answers.${third as QuestionId}`;
      if (second === "decision") {
        if (third === "overrideReason") return "decision.overrideReason";
        if (third === "impactLevel" || third === "autonomyLevel" || third === "euRiskTier") {
          return `decision.${third}`;
        }
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The first step (in wizard order) that holds one of these fields. */
export function firstStepOf(fields: readonly WizardField[]): WizardStep | undefined {
  const steps = new Set(fields.map(stepOf));
  return WIZARD_STEPS.find((step) => steps.has(step));
}

export { CLASSIFICATION_QUESTIONS, PROFILE_FLAGS, SYSTEM_ROLES };
