import { AutonomyLevel, type Basis, EuRiskTier, ImpactLevel } from "@airisk/regulations/schema";
import { KZ_DIGITAL_CODE_IN_FORCE } from "@airisk/regulations/vocabulary";
import { z } from "zod";

/**
 * The classification aid: a short questionnaire whose answers suggest the Kazakhstan impact and
 * autonomy levels, the critically-important-object status and the EU AI Act risk tier, each with
 * the rule and citation behind it. The owner confirms or overrides the suggestion; an override
 * needs a reason. Pure: no clock, no catalogue lookups (the wording follows kazakhstan.md and the
 * EU research pack, and the citations match the catalogue's).
 */

/** AI Law Art. 17(1): what a failure of the system could lead to (minimal / medium / high impact). */
export const FAILURE_CONSEQUENCES = [
  "negligible",
  "reduced_effectiveness_or_damage",
  "emergency_or_significant_harm",
] as const;
export type FailureConsequence = (typeof FAILURE_CONSEQUENCES)[number];

/** The human's part in the system's decisions (autonomy low / medium / high; AI Law Art. 17(2), inferred). */
export const HUMAN_ROLES = ["human_decides", "human_can_correct", "no_human_correction"] as const;
export type HumanRole = (typeof HUMAN_ROLES)[number];

/** Digital Code Art. 33(1) (from 2026-07-11): what a disruption of the object would lead to. */
export const CRITICAL_OBJECT_CRITERIA = [
  "restricted_personal_data",
  "emergency",
  "significant_harm",
] as const;
export type CriticalObjectCriterion = (typeof CRITICAL_OBJECT_CRITERIA)[number];

/** The eight areas of AI Act Annex III (points 1–8, in that order). */
export const EU_ANNEX_III_AREAS = [
  "biometrics",
  "critical_infrastructure",
  "education",
  "employment",
  "essential_services",
  "law_enforcement",
  "migration_border",
  "justice_democracy",
] as const;
export type EuAnnexIIIArea = (typeof EU_ANNEX_III_AREAS)[number];

/** What brings a system under the AI Act Art. 50 transparency duties. */
export const ART50_TRIGGERS = [
  "interacts_with_people",
  "synthetic_content",
  "emotion_or_biometric_categorisation",
  "deepfake",
  "public_interest_text",
] as const;
export type Art50Trigger = (typeof ART50_TRIGGERS)[number];

type Source = { citation: string; basis: Basis };

const AI_LAW_17_1: Source = { citation: "AI Law Art. 17(1)", basis: "law" };
const AI_LAW_17_2: Source = { citation: "AI Law Art. 17(2)", basis: "inferred" };
const AUTONOMY_INFERENCE =
  "Citing Art. 17(2) for the whole autonomy axis is our reading: the source ties 17(2) only to the " +
  "sentence on special rules for high-autonomy systems.";
const DIGITAL_CODE_33_1: Source = { citation: "Digital Code Art. 33(1)", basis: "law" };
const AI_ACT_5: Source = { citation: "AI Act Art. 5", basis: "law" };
const AI_ACT_6_1: Source = { citation: "AI Act Art. 6(1), Annex I", basis: "law" };
const AI_ACT_6_2: Source = { citation: "AI Act Art. 6(2), Annex III", basis: "law" };
const AI_ACT_MINIMAL: Source = {
  citation: "AI Act (no article defines the minimal tier)",
  basis: "inferred",
};

const IMPACT: Record<FailureConsequence, { level: ClassificationSuggestion["impactLevel"]; label: string }> =
  {
    negligible: {
      level: "minimal",
      label: "A failure would barely affect the system's users",
    },
    reduced_effectiveness_or_damage: {
      level: "medium",
      label: "A failure could lower users' effectiveness or cause them moral harm or material damage",
    },
    emergency_or_significant_harm: {
      level: "high",
      label:
        "A failure could cause a social or man-made emergency, or significant harm to defence, security, " +
        "international relations, the economy or a sector of it, users, infrastructure or people's livelihoods",
    },
  };

const AUTONOMY: Record<HumanRole, { level: ClassificationSuggestion["autonomyLevel"]; label: string }> = {
  human_decides: {
    level: "low",
    label: "The system processes data and makes recommendations; a human takes every final decision",
  },
  human_can_correct: {
    level: "medium",
    label: "The system decides on its own, but a human can still correct or cancel its decisions",
  },
  no_human_correction: {
    level: "high",
    label: "The system decides on its own and human correction or cancellation is excluded or impossible",
  },
};

const CRITICAL_CRITERIA: Record<CriticalObjectCriterion, string> = {
  restricted_personal_data:
    "Its disruption or cessation would lead to unlawful collection and processing of restricted-access personal data",
  emergency: "Its disruption or cessation would lead to a social and/or technogenic (man-made) emergency",
  significant_harm:
    "Its disruption or cessation would lead to significant harm to defence, security, international relations, " +
    "the economy, sectors or people's livelihoods",
};

/** Annex III point number and label of each area. */
export const EU_ANNEX_III_AREA_LABELS: Record<EuAnnexIIIArea, { point: string; label: string }> = {
  biometrics: { point: "1", label: "Biometrics" },
  critical_infrastructure: { point: "2", label: "Critical infrastructure" },
  education: { point: "3", label: "Education and vocational training" },
  employment: { point: "4", label: "Employment, workers' management and access to self-employment" },
  essential_services: {
    point: "5",
    label: "Access to essential private and public services and benefits (including credit and insurance)",
  },
  law_enforcement: { point: "6", label: "Law enforcement" },
  migration_border: { point: "7", label: "Migration, asylum and border control" },
  justice_democracy: { point: "8", label: "Administration of justice and democratic processes" },
};

/** The citation of each Art. 50 trigger, as the catalogue's transparency obligations give it. */
const ART50: Record<Art50Trigger, Source & { label: string; reading?: string }> = {
  interacts_with_people: {
    label: "It interacts directly with people",
    citation: "AI Act Art. 50",
    basis: "inferred",
    reading: "the research pack cites Art. 50 for this duty without the paragraph",
  },
  synthetic_content: {
    label: "It generates synthetic audio, image, video or text",
    citation: "AI Act Art. 50(2)",
    basis: "law",
  },
  emotion_or_biometric_categorisation: {
    label: "It recognises emotions or categorises people by biometric data",
    citation: "AI Act Art. 50",
    basis: "inferred",
    reading: "the research pack cites Art. 50 for this deployer duty without the paragraph",
  },
  deepfake: {
    label: "It generates or manipulates image, audio or video content that is published as a deepfake",
    citation: "AI Act Art. 50(4)",
    basis: "law",
  },
  public_interest_text: {
    label:
      "It generates text published to inform the public on matters of public interest (without human editorial review)",
    citation: "AI Act Art. 50(4)",
    basis: "inferred",
    reading:
      "the research pack names this duty beside the Art. 50(4) deepfake duty without its own paragraph; the " +
      "catalogue cites 50(4) for both",
  },
};

/** A zod error that says which question is missing, or which values it accepts. */
const choiceError =
  (what: string, values: readonly string[]) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `required: ${what}` : `must be one of ${values.join(", ")} (${what})`;

const booleanError =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `required: ${what}` : `must be true or false (${what})`;

const uniqueList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.enum(values, { error: choiceError(what, values) }), {
      error: (issue) =>
        issue.input === undefined
          ? `required: ${what} (an empty list means none)`
          : `must be a list of ${values.join(", ")} (${what}; empty means none)`,
    })
    .refine((list) => new Set(list).size === list.length, { error: `must not repeat a value (${what})` });

/** The owner's answers to the classification questionnaire. */
export const ClassificationAnswers = z.strictObject(
  {
    failureConsequence: z.enum(FAILURE_CONSEQUENCES, {
      error: choiceError(
        "what a failure of the system could lead to, AI Law Art. 17(1)",
        FAILURE_CONSEQUENCES,
      ),
    }),
    humanRole: z.enum(HUMAN_ROLES, {
      error: choiceError("the human's part in the system's decisions, AI Law Art. 17(2)", HUMAN_ROLES),
    }),
    criticalObjectCriteria: uniqueList(
      CRITICAL_OBJECT_CRITERIA,
      "the Digital Code Art. 33(1) criteria the system meets",
    ),
    euProhibitedPractice: z.boolean({
      error: booleanError("whether the screening found an AI Act Art. 5 prohibited practice"),
    }),
    euAnnexIIIArea: z
      .enum(EU_ANNEX_III_AREAS, {
        error: choiceError("the AI Act Annex III area, or null for none", EU_ANNEX_III_AREAS),
      })
      .nullable(),
    euAnnexISafetyComponent: z.boolean({
      error: booleanError("whether the system is an AI Act Annex I product or safety component"),
    }),
    art50Triggers: uniqueList(ART50_TRIGGERS, "the AI Act Art. 50 transparency triggers that hold"),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field ${issue.keys.join(", ")}: not a classification question`
        : issue.code === "invalid_type"
          ? "must be an object with the answers to the classification questions"
          : undefined,
  },
);
export type ClassificationAnswers = z.infer<typeof ClassificationAnswers>;

export type RationaleLine = {
  axis: "impactLevel" | "autonomyLevel" | "euRiskTier" | "isCriticallyImportantObject";
  value: string;
  because: string;
  citation: string;
  basis: Basis;
};

export type ClassificationSuggestion = {
  impactLevel: "minimal" | "medium" | "high";
  autonomyLevel: "low" | "medium" | "high";
  euRiskTier: "prohibited" | "high_annex_iii" | "high_annex_i" | "limited" | "minimal";
  /** Any Digital Code Art. 33(1) criterion makes the system a critically important digital object. */
  isCriticallyImportantObject: boolean;
  /** The Annex III area as answered, whatever the tier (conditions may test it). */
  euAnnexIIIArea: string | null;
  /** At least one line per axis; the EU tier "limited" has one line per Art. 50 trigger. */
  rationale: RationaleLine[];
};

const sentence = (s: string): string => (s.endsWith(".") ? s : `${s}.`);
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Suggests the classification that the answers point to, with one rationale line per axis (and per
 * Art. 50 trigger for the limited tier). EU tier precedence: prohibited (Art. 5) > high_annex_i
 * (Art. 6(1)) > high_annex_iii (Art. 6(2)) > limited (Art. 50) > minimal.
 */
export function suggestClassification(answers: ClassificationAnswers): ClassificationSuggestion {
  const impact = IMPACT[answers.failureConsequence];
  const autonomy = AUTONOMY[answers.humanRole];
  const criteria = [...new Set(answers.criticalObjectCriteria)];
  const triggers = [...new Set(answers.art50Triggers)];
  const rationale: RationaleLine[] = [];

  const impactAside =
    impact.level !== "high" && criteria.some((c) => c === "emergency" || c === "significant_harm")
      ? " The Digital Code criteria you named (emergency or significant harm) describe the consequences of high " +
        "impact: check this answer."
      : "";
  rationale.push({
    axis: "impactLevel",
    value: impact.level,
    because: `${sentence(impact.label)}${impactAside}`,
    ...AI_LAW_17_1,
  });

  const pending =
    autonomy.level === "high"
      ? " Special rules for creating and operating such systems are to be set by separate laws: rules pending."
      : "";
  rationale.push({
    axis: "autonomyLevel",
    value: autonomy.level,
    because: `${sentence(autonomy.label)}${pending} ${AUTONOMY_INFERENCE}`,
    ...AI_LAW_17_2,
  });

  const isCriticallyImportantObject = criteria.length > 0;
  rationale.push({
    axis: "isCriticallyImportantObject",
    value: String(isCriticallyImportantObject),
    because: isCriticallyImportantObject
      ? `${criteria.map((c) => sentence(CRITICAL_CRITERIA[c])).join(" ")} Any one criterion makes it a critically ` +
        `important digital object (Digital Code, in force from ${KZ_DIGITAL_CODE_IN_FORCE}).`
      : "None of the Digital Code Art. 33(1) criteria holds (restricted-access personal data, emergency, " +
        "significant harm).",
    ...DIGITAL_CODE_33_1,
  });

  const area = answers.euAnnexIIIArea;
  const areaText = area
    ? `Annex III point ${EU_ANNEX_III_AREA_LABELS[area].point}, ${lower(EU_ANNEX_III_AREA_LABELS[area].label)}`
    : "";
  const transparencyAside =
    triggers.length > 0
      ? ` Its Art. 50 transparency duties still apply (${triggers.map((t) => ART50[t].citation).join(", ")}).`
      : "";

  let euRiskTier: ClassificationSuggestion["euRiskTier"];
  if (answers.euProhibitedPractice) {
    euRiskTier = "prohibited";
    rationale.push({
      axis: "euRiskTier",
      value: euRiskTier,
      because:
        "The prohibited-practice screening found a practice prohibited by AI Act Art. 5; it takes precedence " +
        "over every other tier.",
      ...AI_ACT_5,
    });
  } else if (answers.euAnnexISafetyComponent) {
    euRiskTier = "high_annex_i";
    rationale.push({
      axis: "euRiskTier",
      value: euRiskTier,
      because:
        "The system is a safety component of a product, or is itself a product, covered by the Union " +
        `harmonisation legislation of Annex I.${area ? ` It is also in ${areaText}; Annex I takes precedence here.` : ""}` +
        transparencyAside,
      ...AI_ACT_6_1,
    });
  } else if (area) {
    euRiskTier = "high_annex_iii";
    rationale.push({
      axis: "euRiskTier",
      value: euRiskTier,
      because:
        `The system is intended for use in ${areaText}. Under Art. 6(3) a provider may document that a listed ` +
        `system is not high-risk: record that as an override with the reason.${transparencyAside}`,
      ...AI_ACT_6_2,
    });
  } else if (triggers.length > 0) {
    euRiskTier = "limited";
    for (const t of triggers) {
      const { label, citation, basis, reading } = ART50[t];
      rationale.push({
        axis: "euRiskTier",
        value: euRiskTier,
        because: `${sentence(label)} Transparency duties apply.${reading ? ` Citation: ${reading}.` : ""}`,
        citation,
        basis,
      });
    }
  } else {
    euRiskTier = "minimal";
    rationale.push({
      axis: "euRiskTier",
      value: euRiskTier,
      because:
        "No Art. 5 practice, no Annex I product, no Annex III area and no Art. 50 trigger. Minimal risk is what " +
        "remains (our reading: no article defines it); only AI literacy (Art. 4) and the prohibitions apply.",
      ...AI_ACT_MINIMAL,
    });
  }

  return {
    impactLevel: impact.level,
    autonomyLevel: autonomy.level,
    euRiskTier,
    isCriticallyImportantObject,
    euAnnexIIIArea: area,
    rationale,
  };
}

export type ClassificationQuestion = {
  id: keyof ClassificationAnswers;
  question: string;
  citation: string;
  basis: Basis;
  /** Why the basis is inferred, or what else the owner should know. */
  note?: string;
  /** Several options may be picked (an empty pick means none). */
  multiple: boolean;
  /**
   * Option values are the answer values; for the yes/no questions they are "true" and "false",
   * and for the Annex III area "none" stands for null.
   */
  options: ReadonlyArray<{ value: string; label: string; citation?: string }>;
};

const YES_NO = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
] as const;

/** Human-readable questions and options for the SPA wizard, each with its citation. */
export const CLASSIFICATION_QUESTIONS: ReadonlyArray<ClassificationQuestion> = [
  {
    id: "failureConsequence",
    question: "What could a failure of the system lead to?",
    ...AI_LAW_17_1,
    multiple: false,
    options: FAILURE_CONSEQUENCES.map((value) => ({ value, label: IMPACT[value].label })),
  },
  {
    id: "humanRole",
    question: "What part does a human play in the system's decisions?",
    ...AI_LAW_17_2,
    note: AUTONOMY_INFERENCE,
    multiple: false,
    options: HUMAN_ROLES.map((value) => ({ value, label: AUTONOMY[value].label })),
  },
  {
    id: "criticalObjectCriteria",
    question:
      "Would a disruption or cessation of the system lead to any of these? (Pick every one that holds, or none.)",
    ...DIGITAL_CODE_33_1,
    note: `The Digital Code applies from ${KZ_DIGITAL_CODE_IN_FORCE}.`,
    multiple: true,
    options: CRITICAL_OBJECT_CRITERIA.map((value) => ({ value, label: CRITICAL_CRITERIA[value] })),
  },
  {
    id: "euProhibitedPractice",
    question: "Did the prohibited-practice screening find a practice prohibited by AI Act Art. 5?",
    ...AI_ACT_5,
    note: "Answered by the prohibited-practice screening (EU list), not asked again here.",
    multiple: false,
    options: YES_NO,
  },
  {
    id: "euAnnexISafetyComponent",
    question:
      "Is the system a safety component of a product, or itself a product, covered by the Union harmonisation " +
      "legislation listed in AI Act Annex I?",
    ...AI_ACT_6_1,
    multiple: false,
    options: YES_NO,
  },
  {
    id: "euAnnexIIIArea",
    question: "Is the system intended for use in one of the AI Act Annex III areas?",
    ...AI_ACT_6_2,
    note: "Under Art. 6(3) a provider may document that a listed system is not high-risk (an override with a reason).",
    multiple: false,
    options: [
      ...EU_ANNEX_III_AREAS.map((value) => ({
        value,
        label: `${EU_ANNEX_III_AREA_LABELS[value].point}. ${EU_ANNEX_III_AREA_LABELS[value].label}`,
      })),
      { value: "none", label: "None of these" },
    ],
  },
  {
    id: "art50Triggers",
    question: "Which of these hold for the system? (Pick every one that holds, or none.)",
    citation: "AI Act Art. 50",
    basis: "law",
    note: "Some options cite Art. 50 without a paragraph: the research pack gives none for them (our reading).",
    multiple: true,
    options: ART50_TRIGGERS.map((value) => ({
      value,
      label: ART50[value].label,
      citation: ART50[value].citation,
    })),
  },
];

const errorFor = (what: string, values: readonly string[]) => ({ error: choiceError(what, values) });

/** What the owner decides: the suggestion confirmed, or overridden with a reason. */
export const ClassificationDecision = z.strictObject(
  {
    impactLevel: z.enum(ImpactLevel.options, errorFor("impact on safety", ImpactLevel.options)),
    autonomyLevel: z.enum(AutonomyLevel.options, errorFor("autonomy", AutonomyLevel.options)),
    euRiskTier: z.enum(EuRiskTier.options, errorFor("EU AI Act risk tier", EuRiskTier.options)),
    overrideReason: z
      .string({ error: "must be text (why the decision differs from the suggestion)" })
      .trim()
      .max(2000, { error: "must be at most 2000 characters" })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field ${issue.keys.join(", ")}: a decision has impactLevel, autonomyLevel, euRiskTier and overrideReason`
        : undefined,
  },
);
export type ClassificationDecision = z.infer<typeof ClassificationDecision>;

type Decided = Pick<ClassificationSuggestion, "impactLevel" | "autonomyLevel" | "euRiskTier">;
const DECIDED_AXES = ["impactLevel", "autonomyLevel", "euRiskTier"] as const;

/** The axes on which the decision departs from the suggestion. */
export function overriddenAxes(
  suggestion: Decided,
  decision: Decided,
): Array<"impactLevel" | "autonomyLevel" | "euRiskTier"> {
  return DECIDED_AXES.filter((axis) => suggestion[axis] !== decision[axis]);
}

/** True when the decision differs from the suggestion on impact, autonomy or EU tier. */
export function overrideReasonRequired(suggestion: Decided, decision: Decided): boolean {
  return overriddenAxes(suggestion, decision).length > 0;
}

/** The decision's problems against the suggestion: an override without a (non-blank) reason. */
export function classificationDecisionErrors(
  suggestion: Decided,
  decision: ClassificationDecision,
): Array<{ field: string; reason: string }> {
  const axes = overriddenAxes(suggestion, decision);
  if (axes.length === 0 || (decision.overrideReason ?? "").trim() !== "") return [];
  const what = axes.map((a) => `${a} (suggested ${suggestion[a]}, decided ${decision[a]})`).join(", ");
  return [{ field: "overrideReason", reason: `required: the decision overrides the suggestion on ${what}` }];
}
