import type { ClassificationAnswers } from "@airisk/domain/classification";
import type { SystemRole } from "@airisk/regulations/schema";
import type { SystemProfile } from "#systems/model.ts";
import type { PersonaKey } from "./personas.ts";

/**
 * The demo register: about 25 realistic AI systems of a mid-sized Kazakh group, each with the
 * script that brings it to its state through the real verbs. Times are days before the seed's
 * "now", so approvals spread the next reviews over the coming year and a few are already overdue.
 */

export type Pair = readonly [likelihood: number, severity: number];

export type DemoMitigation = {
  action: string;
  /** Due this many days after the day it is recorded. */
  dueAfterDays: number;
  status?: "planned" | "in_progress" | "done";
};

export type DemoRisk = {
  title: string;
  description: string;
  category: string;
  arisesFrom: "intended_use" | "foreseeable_misuse" | "both";
  intended: Pair;
  misuse: Pair;
  residual: Pair;
  mitigations: DemoMitigation[];
  /** Found later (in a review cycle or a remediation): recorded by the second identification. */
  later?: boolean;
};

/** One step of a system's script; `at` is days before now (fractions allowed). */
export type DemoStep =
  | { do: "create"; at: number; classified?: boolean; by?: PersonaKey }
  | { do: "classify"; at: number }
  | { do: "submit"; at: number }
  | { do: "screen"; at: number; yes?: { ids: string[]; otherDescription?: string } }
  | { do: "identify"; at: number }
  | { do: "identified"; at: number }
  | { do: "score"; at: number; only?: number }
  | { do: "assessed"; at: number }
  | { do: "mitigate"; at: number; only?: number }
  | { do: "adopted"; at: number }
  | { do: "audit"; at: number; result: "passed" | "failed"; reason: string }
  | { do: "obligations"; at: number; scope: "all" | "some" }
  | { do: "accept"; at: number }
  | { do: "approve"; at: number }
  | { do: "refusedApprove"; at: number }
  /** Sent by the scheduler: 30 days before the next review day (REVIEW_DUE) and on it (REVIEW_OVERDUE). */
  | { do: "reviewDue" }
  | { do: "reviewOverdue" }
  | { do: "startReview"; at: number }
  | { do: "evidence"; at: number; name: string; url: string }
  | { do: "remediated"; at: number; reason: string }
  | { do: "retire"; at: number; reason: string }
  | { do: "finding"; at: number; offence: string; occurredDaysAgo: number; note: string };

export type DemoSystem = {
  name: string;
  purpose: string;
  jurisdictions: string[];
  roles: SystemRole[];
  profile: SystemProfile;
  answers?: ClassificationAnswers;
  /** The owner's decision where it departs from the questionnaire's suggestion. */
  override?: { impactLevel?: "minimal" | "medium" | "high"; overrideReason: string };
  /** Who owns the risks (and approves); null leaves the system without a risk owner. */
  owner: "riskOwner" | "admin" | null;
  noRisksJustification?: string;
  risks: DemoRisk[];
  /** Obligations answered "gap" (not met yet) and "not applicable" (with the reason). */
  gaps?: string[];
  notApplicable?: Record<string, string>;
  script: DemoStep[];
  /** The state the script ends in (checked by the seed and its test). */
  expect: string;
};

const answers = (
  a: Pick<ClassificationAnswers, "failureConsequence" | "humanRole"> & Partial<ClassificationAnswers>,
): ClassificationAnswers => ({
  criticalObjectCriteria: [],
  euProhibitedPractice: false,
  euAnnexIIIArea: null,
  euAnnexISafetyComponent: false,
  art50Triggers: [],
  ...a,
});

/** A step before it is given its day. */
type Unplaced = DemoStep extends infer S ? (S extends DemoStep ? Omit<S, "at"> : never) : never;

type Stage = "identification" | "assessment" | "mitigation" | "audit" | "approval" | "operating";

/**
 * The usual road from creation to `until`, its steps spread evenly from `from` to `to` days ago.
 * A system stopped before operating has started the next stage's work (some risks scored, some
 * mitigations planned), as real registers do.
 */
function road({
  from,
  to,
  until,
  audit = false,
  classifyLater = false,
}: {
  from: number;
  to: number;
  until: Stage;
  audit?: boolean;
  classifyLater?: boolean;
}): DemoStep[] {
  const kinds: Unplaced[] = [{ do: "create", classified: !classifyLater }];
  if (classifyLater) kinds.push({ do: "classify" });
  kinds.push({ do: "submit" });
  if (until === "identification") {
    kinds.push({ do: "identify" });
  } else {
    kinds.push({ do: "screen" }, { do: "identify" }, { do: "identified" });
    if (until === "assessment") kinds.push({ do: "score", only: 1 });
    else {
      kinds.push({ do: "score" }, { do: "assessed" });
      if (until === "mitigation") kinds.push({ do: "mitigate", only: 1 });
      else {
        kinds.push({ do: "mitigate" }, { do: "adopted" });
        if (audit && until !== "audit") {
          kinds.push({
            do: "audit",
            result: "passed",
            reason: "Audit per the information-systems audit rules",
          });
        }
        if (until === "approval") kinds.push({ do: "obligations", scope: "some" });
        if (until === "operating")
          kinds.push({ do: "obligations", scope: "all" }, { do: "accept" }, { do: "approve" });
      }
    }
  }
  const step = kinds.length > 1 ? (from - to) / (kinds.length - 1) : 0;
  return kinds.map((k, i) => ({ ...k, at: from - step * i }) as DemoStep);
}

const CREDIT_V1 = "Legacy credit scoring v1";

export const DEMO_SYSTEMS: readonly DemoSystem[] = [
  {
    name: "Retail credit scoring v2",
    purpose:
      "Scores consumer loan applications from credit-bureau data, declared income and account history; " +
      "underwriters decide every application whose score falls between the approval and rejection bands.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: {
      makesDecisionsAboutPeople: true,
      processesPersonalData: true,
      trainsModels: true,
      sector: "banking",
      euAnnexIIIArea: "essential_services",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
      euAnnexIIIArea: "essential_services",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Indirect discrimination against applicants from rural regions",
        description: "Region and employer features act as proxies; approval rates differ by up to 18 points.",
        category: "bias and discrimination",
        arisesFrom: "both",
        intended: [3, 4],
        misuse: [2, 4],
        residual: [2, 3],
        mitigations: [
          {
            action:
              "Quarterly disparate-impact test by region and gender; retrain when the approval-rate ratio falls below 0.8",
            dueAfterDays: 45,
            status: "done",
          },
        ],
      },
      {
        title: "Model drift after the 2026 base-rate change",
        description: "Repayment behaviour shifted after the rate rise; the score may under-estimate risk.",
        category: "reliability",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [2, 3],
        residual: [2, 3],
        mitigations: [
          { action: "Monthly population-stability monitoring with an alert at PSI 0.2", dueAfterDays: 30 },
        ],
      },
      {
        title: "Score reused to prioritise debt collection (function creep)",
        description: "Collections asked for API access to the score; that use was never assessed.",
        category: "misuse",
        arisesFrom: "foreseeable_misuse",
        intended: [1, 3],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [
          {
            action: "Limit the score API to loan origination; review its access log monthly",
            dueAfterDays: 20,
            status: "done",
          },
        ],
      },
    ],
    script: road({ from: 150, to: 95, until: "operating" }),
    expect: "operating.compliant",
  },
  {
    name: "CV screening assistant",
    purpose:
      "Ranks incoming applications for office vacancies against the job profile and suggests a shortlist; " +
      "recruiters read every shortlisted CV and decide who is invited.",
    jurisdictions: ["KZ", "EU"],
    roles: ["owner", "deployer"],
    profile: {
      makesDecisionsAboutPeople: true,
      processesPersonalData: true,
      usedInWorkplace: true,
      sector: "human resources",
      euAnnexIIIArea: "employment",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_decides",
      euAnnexIIIArea: "employment",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Gender bias learned from historical hiring decisions",
        description: "Ten years of past shortlists favour men for engineering roles.",
        category: "bias and discrimination",
        arisesFrom: "intended_use",
        intended: [4, 4],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [
          {
            action:
              "Remove gender proxies (names, photos, career gaps) from the features; bias test each release",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
      {
        title: "Candidates not told that an AI ranks their application",
        description: "",
        category: "transparency",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [2, 3],
        residual: [1, 2],
        mitigations: [
          {
            action: "Notice in every job advert and on the application form (AI Law Art. 7(2))",
            dueAfterDays: 14,
            status: "done",
          },
        ],
      },
    ],
    script: [...road({ from: 400, to: 345, until: "operating", classifyLater: true }), { do: "reviewDue" }],
    expect: "operating.reviewDue",
  },
  {
    name: "Customer-service chatbot Aida",
    purpose:
      "Answers retail customers' questions in Kazakh and Russian in the mobile app and on the website, " +
      "generating its replies; hands over to an operator on request or when unsure.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: {
      interactsWithPeople: true,
      producesSyntheticOutputs: true,
      processesPersonalData: true,
      sector: "banking",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
      art50Triggers: ["interacts_with_people", "synthetic_content"],
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Hallucinated tariff or fee information",
        description: "The model invents fees or conditions that are not in the published tariffs.",
        category: "reliability",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [2, 3],
        residual: [2, 2],
        mitigations: [
          {
            action: "Answer fee questions only from the retrieval index of published tariffs; else hand over",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
      {
        title: "Prompt injection to reveal other customers' data",
        description: "",
        category: "security",
        arisesFrom: "foreseeable_misuse",
        intended: [1, 4],
        misuse: [3, 5],
        residual: [1, 4],
        mitigations: [
          {
            action:
              "No customer data in the model context without an authenticated session; quarterly red-team test",
            dueAfterDays: 21,
            status: "done",
          },
        ],
      },
      {
        title: "Generated answers not labelled as AI output",
        description: "AI Law Art. 21(2) requires a machine-readable label and a visible warning.",
        category: "transparency",
        arisesFrom: "intended_use",
        intended: [2, 3],
        misuse: [2, 3],
        residual: [1, 2],
        mitigations: [
          {
            action: "Show 'Answer generated by AI' on every reply and add the machine-readable label",
            dueAfterDays: 10,
            status: "done",
          },
        ],
      },
    ],
    script: road({ from: 230, to: 170, until: "operating" }),
    expect: "operating.compliant",
  },
  {
    name: "Emergency department triage assistant",
    purpose:
      "Suggests a triage category (1–5) from vital signs and the chief complaint at the city hospital's " +
      "emergency department; the triage nurse confirms or changes every category.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { makesDecisionsAboutPeople: true, processesPersonalData: true, sector: "healthcare" },
    answers: answers({ failureConsequence: "emergency_or_significant_harm", humanRole: "human_decides" }),
    owner: "riskOwner",
    risks: [
      {
        title: "Under-triage of atypical heart-attack presentations",
        description: "Women and diabetic patients often present without chest pain.",
        category: "safety",
        arisesFrom: "intended_use",
        intended: [3, 5],
        misuse: [2, 5],
        residual: [2, 4],
        mitigations: [
          {
            action: "Nurse confirms every category 3–5; chest-pain and ECG override rule",
            dueAfterDays: 14,
            status: "done",
          },
        ],
      },
      {
        title: "Automation bias of night-shift staff",
        description: "",
        category: "human oversight",
        arisesFrom: "foreseeable_misuse",
        intended: [2, 4],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [
          { action: "Training for every shift; monthly review of the override rate", dueAfterDays: 30 },
        ],
      },
      {
        title: "Poor accuracy for children",
        description: "The audit found the validation set under-represents patients under 12.",
        category: "safety",
        arisesFrom: "intended_use",
        intended: [3, 4],
        misuse: [2, 4],
        residual: [2, 3],
        mitigations: [
          {
            action: "Paediatric validation study on 2,000 cases from the city children's hospital",
            dueAfterDays: 60,
            status: "in_progress",
          },
        ],
        later: true,
      },
    ],
    script: [
      ...road({ from: 130, to: 50, until: "audit" }),
      {
        do: "audit",
        at: 42,
        result: "failed",
        reason: "The validation set under-represents paediatric patients; re-validate before approval",
      },
      { do: "identify", at: 40 },
      { do: "score", at: 39 },
      { do: "mitigate", at: 38 },
      { do: "adopted", at: 12 },
    ],
    expect: "riskProcess.audit",
  },
  {
    name: "Card fraud detection",
    purpose:
      "Scores every card payment in real time and blocks the suspicious ones; the customer can unblock a " +
      "payment in the app and the fraud team reviews every block within a day.",
    jurisdictions: ["KZ", "EU"],
    roles: ["owner", "deployer"],
    profile: {
      makesDecisionsAboutPeople: true,
      fullyAutomatedDecisions: true,
      processesPersonalData: true,
      trainsModels: true,
      sector: "banking",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Legitimate payments blocked while customers travel abroad",
        description: "",
        category: "reliability",
        arisesFrom: "intended_use",
        intended: [4, 2],
        misuse: [2, 2],
        residual: [3, 2],
        mitigations: [
          {
            action: "In-app confirmation unblocks a payment within two minutes",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
      {
        title: "Fraudsters probing the model's thresholds",
        description: "Small test payments reveal where the blocking threshold lies.",
        category: "security",
        arisesFrom: "foreseeable_misuse",
        intended: [2, 3],
        misuse: [4, 3],
        residual: [2, 3],
        mitigations: [
          { action: "Randomised thresholds and velocity limits per card", dueAfterDays: 45, status: "done" },
        ],
      },
    ],
    script: road({ from: 300, to: 250, until: "operating" }),
    expect: "operating.compliant",
  },
  {
    name: "Campaign video studio",
    purpose:
      "Produces marketing videos with a synthetic presenter who speaks the campaign script in Kazakh, " +
      "Russian and English; published on social networks after the brand team approves each video.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: {
      producesSyntheticOutputs: true,
      producesCreativeOutputs: true,
      publishesDeepfakes: true,
      interactsWithPeople: true,
      sector: "marketing",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_decides",
      art50Triggers: ["synthetic_content", "deepfake"],
    }),
    owner: "admin",
    risks: [
      {
        title: "Synthetic presenter mistaken for a real person",
        description: "Viewers may believe a real employee recommends the product.",
        category: "transparency",
        arisesFrom: "intended_use",
        intended: [4, 3],
        misuse: [3, 3],
        residual: [2, 2],
        mitigations: [
          {
            action: "Visible 'AI-generated' caption and a machine-readable label on every export",
            dueAfterDays: 7,
            status: "done",
          },
        ],
      },
      {
        title: "Likeness of a public figure generated on request",
        description: "",
        category: "misuse",
        arisesFrom: "foreseeable_misuse",
        intended: [1, 4],
        misuse: [3, 4],
        residual: [1, 3],
        mitigations: [
          {
            action: "Block list of public figures; the brand team approves every video before publication",
            dueAfterDays: 14,
            status: "done",
          },
        ],
      },
    ],
    script: [
      ...road({ from: 260, to: 210, until: "operating" }),
      {
        do: "finding",
        at: 140,
        offence: "kz.coao.641-1.synthetic",
        occurredDaysAgo: 150,
        note:
          "Inspection: three campaign videos with the synthetic presenter were published without the visible AI " +
          "warning. Labels added two days later; the export template now adds them.",
      },
      {
        do: "evidence",
        at: 139,
        name: "Corrected export template with the AI warning",
        url: "https://docs.airisk.example/demo/campaign-studio/export-template",
      },
    ],
    expect: "operating.compliant",
  },
  {
    name: "Supplier payment smart-contract arbitration",
    purpose:
      "Releases escrowed supplier payments automatically when delivery oracles confirm receipt, and settles " +
      "disputes over partial deliveries without a person.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: {
      isSmartContract: true,
      makesDecisionsAboutPeople: true,
      fullyAutomatedDecisions: true,
      sector: "procurement",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "no_human_correction",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "No human takes the final decision in payment disputes",
        description: "Digital Code Art. 67(3): a smart contract's dispute procedure must end with a human.",
        category: "legal compliance",
        arisesFrom: "intended_use",
        intended: [4, 4],
        misuse: [2, 4],
        residual: [1, 3],
        mitigations: [
          {
            action:
              "Escalate every disputed release to the procurement committee; amend the contract template",
            dueAfterDays: 40,
            status: "planned",
          },
        ],
      },
      {
        title: "Oracle reports a delivery that did not happen",
        description: "",
        category: "reliability",
        arisesFrom: "both",
        intended: [2, 4],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [
          { action: "Two independent delivery confirmations above KZT 5 million", dueAfterDays: 30 },
        ],
      },
    ],
    script: road({ from: 95, to: 10, until: "mitigation" }),
    expect: "riskProcess.mitigation",
  },
  {
    name: "Biometric office access control",
    purpose:
      "Face recognition at the turnstiles of the head office and the data centre; employees enrol a face " +
      "template, security staff handle every rejection.",
    jurisdictions: ["KZ"],
    roles: ["holder"],
    profile: {
      processesBiometricData: true,
      biometricAuthentication: true,
      processesPersonalData: true,
      usedInWorkplace: true,
      sector: "facilities",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
      criticalObjectCriteria: ["restricted_personal_data"],
      euAnnexIIIArea: "biometrics",
    }),
    override: {
      impactLevel: "high",
      overrideReason: "It guards the data centre: group security policy treats it as high impact.",
    },
    owner: "riskOwner",
    risks: [
      {
        title: "Breach of the face-template database",
        description: "",
        category: "security",
        arisesFrom: "foreseeable_misuse",
        intended: [2, 5],
        misuse: [2, 5],
        residual: [1, 5],
        mitigations: [
          {
            action: "Templates encrypted on the terminals; no central image store",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
      {
        title: "More false rejections for some groups of employees",
        description: "",
        category: "bias and discrimination",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [1, 3],
        residual: [2, 2],
        mitigations: [
          {
            action: "Badge fallback at every turnstile; quarterly error-rate report",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
    ],
    script: [
      ...road({ from: 470, to: 400, until: "operating", audit: true }),
      { do: "reviewDue" },
      { do: "reviewOverdue" },
    ],
    expect: "operating.overdue",
  },
  {
    name: "Adaptive traffic signal control — Astana",
    purpose:
      "Sets the signal plans of 140 city intersections every five minutes from detector counts and cameras; " +
      "the traffic control centre can switch any intersection to fixed-time plans.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { isCriticallyImportantObject: true, seeksTrustedList: true, sector: "transport" },
    answers: answers({
      failureConsequence: "emergency_or_significant_harm",
      humanRole: "human_can_correct",
      criticalObjectCriteria: ["emergency", "significant_harm"],
      euAnnexIIIArea: "critical_infrastructure",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Signal plans block ambulance routes",
        description: "",
        category: "safety",
        arisesFrom: "intended_use",
        intended: [2, 5],
        misuse: [2, 5],
        residual: [1, 4],
        mitigations: [
          {
            action: "Emergency-vehicle pre-emption bypasses the model; fixed-time fallback plans",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
      {
        title: "Tampering with loop detectors or camera feeds",
        description: "",
        category: "security",
        arisesFrom: "foreseeable_misuse",
        intended: [2, 4],
        misuse: [3, 5],
        residual: [2, 3],
        mitigations: [
          {
            action: "Cybersecurity test under the Digital Code; anomaly detection on detector counts",
            dueAfterDays: 60,
            status: "in_progress",
          },
        ],
      },
      {
        title: "Central controller outage",
        description: "",
        category: "reliability",
        arisesFrom: "intended_use",
        intended: [2, 4],
        misuse: [1, 4],
        residual: [1, 4],
        mitigations: [
          { action: "Local controllers fall back to fixed-time plans", dueAfterDays: 20, status: "done" },
        ],
      },
    ],
    gaps: ["kz.trusted-list"],
    script: road({ from: 200, to: 8, until: "approval", audit: true }),
    expect: "riskProcess.approval",
  },
  {
    name: "Call-centre emotion analytics",
    purpose:
      "Detects anger and distress in callers' voices and routes those calls to senior operators; also scores " +
      "operators' calls for coaching.",
    jurisdictions: ["KZ"],
    roles: ["holder"],
    profile: {
      emotionRecognition: true,
      processesPersonalData: true,
      processesBiometricData: true,
      usedInWorkplace: true,
      sector: "customer service",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_decides",
      art50Triggers: ["emotion_or_biometric_categorisation"],
    }),
    owner: "admin",
    risks: [
      {
        title: "Operators judged on emotion scores",
        description: "",
        category: "workplace",
        arisesFrom: "foreseeable_misuse",
        intended: [2, 3],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [
          { action: "Scores used for coaching only, never in appraisals", dueAfterDays: 30, status: "done" },
        ],
      },
    ],
    script: [
      ...road({ from: 280, to: 230, until: "operating" }),
      {
        do: "screen",
        at: 12,
        yes: { ids: ["kz.prohibited.emotion-without-consent"] },
      },
    ],
    expect: "suspended",
  },
  {
    name: "Churn-prevention offer engine",
    purpose:
      "Predicts which deposit customers are about to leave and chooses the retention offer shown to them in " +
      "the app.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { makesDecisionsAboutPeople: true, processesPersonalData: true, interactsWithPeople: true },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Offers target customers in financial distress",
        description: "",
        category: "fairness",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [3, 4],
        residual: [2, 2],
        mitigations: [
          {
            action: "Exclude customers flagged as financially vulnerable from retention offers",
            dueAfterDays: 20,
            status: "done",
          },
        ],
      },
      {
        title: "Countdown timers pressure customers into term deposits",
        description: "Found during the suspension: the offer screen used fake deadlines.",
        category: "manipulation",
        arisesFrom: "intended_use",
        intended: [4, 3],
        misuse: [3, 3],
        residual: [1, 2],
        mitigations: [
          {
            action: "Removed timers and pre-ticked boxes; the conduct team reviews every offer screen",
            dueAfterDays: 5,
            status: "done",
          },
        ],
        later: true,
      },
    ],
    script: [
      ...road({ from: 380, to: 300, until: "operating" }),
      {
        do: "screen",
        at: 130,
        yes: { ids: ["kz.prohibited.manipulation"] },
      },
      { do: "identify", at: 125 },
      { do: "score", at: 124 },
      { do: "mitigate", at: 115 },
      { do: "screen", at: 110 },
      {
        do: "evidence",
        at: 108,
        name: "Dark-pattern review and redesigned offer screens",
        url: "https://docs.airisk.example/demo/churn-engine/dark-pattern-review",
      },
      {
        do: "remediated",
        at: 105,
        reason: "Fake deadlines removed and every offer screen reviewed by the conduct team",
      },
      { do: "assessed", at: 100 },
      { do: "adopted", at: 96 },
      { do: "approve", at: 90 },
    ],
    expect: "operating.compliant",
  },
  {
    name: CREDIT_V1,
    purpose:
      "Rule-based and logistic-regression scoring of consumer loans; replaced by Retail credit scoring v2.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { makesDecisionsAboutPeople: true, processesPersonalData: true, sector: "banking" },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Outdated rules reject self-employed applicants",
        description: "",
        category: "bias and discrimination",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [2, 3],
        residual: [3, 2],
        mitigations: [
          { action: "Manual review of self-employed rejections", dueAfterDays: 10, status: "done" },
        ],
      },
    ],
    script: [
      ...road({ from: 360, to: 320, until: "operating" }),
      { do: "retire", at: 40, reason: "Replaced by Retail credit scoring v2 after three months in parallel" },
    ],
    expect: "retired",
  },
  {
    name: "Pharmacy demand forecasting",
    purpose:
      "Forecasts weekly demand for 4,000 products in 120 pharmacies; buyers adjust and place every order.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { sector: "retail pharmacy" },
    answers: answers({ failureConsequence: "negligible", humanRole: "human_decides" }),
    owner: "riskOwner",
    risks: [
      {
        title: "Stock-outs of essential medicines after forecast errors",
        description: "",
        category: "reliability",
        arisesFrom: "intended_use",
        intended: [2, 3],
        misuse: [1, 3],
        residual: [2, 2],
        mitigations: [{ action: "Safety stock floor for the essential-medicines list", dueAfterDays: 30 }],
      },
    ],
    script: road({ from: 170, to: 130, until: "operating" }),
    expect: "operating.compliant",
  },
  {
    name: "Substation predictive maintenance",
    purpose:
      "Predicts transformer failures at 35 substations from sensor and inspection data and schedules the " +
      "maintenance crews' visits.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { isCriticallyImportantObject: true, sector: "energy" },
    answers: answers({
      failureConsequence: "emergency_or_significant_harm",
      humanRole: "human_decides",
      criticalObjectCriteria: ["emergency"],
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Missed failure warning leads to a regional outage",
        description: "",
        category: "safety",
        arisesFrom: "intended_use",
        intended: [2, 5],
        misuse: [1, 5],
        residual: [1, 4],
        mitigations: [],
      },
      {
        title: "Sensor data manipulated to hide equipment wear",
        description: "",
        category: "security",
        arisesFrom: "foreseeable_misuse",
        intended: [1, 4],
        misuse: [2, 4],
        residual: [1, 4],
        mitigations: [],
      },
    ],
    script: road({ from: 34, to: 6, until: "identification", classifyLater: true }),
    expect: "riskProcess.identification",
  },
  {
    name: "Collections voice bot",
    purpose:
      "Calls customers with overdue instalments in a synthetic voice, offers payment plans and books promises " +
      "to pay; hands over to a collector on request.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: {
      interactsWithPeople: true,
      producesSyntheticOutputs: true,
      processesPersonalData: true,
      makesDecisionsAboutPeople: true,
      sector: "banking",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
      art50Triggers: ["interacts_with_people", "synthetic_content"],
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Customers not told they are talking to a machine",
        description: "",
        category: "transparency",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [2, 3],
        residual: [1, 2],
        mitigations: [],
      },
      {
        title: "Pressure on vulnerable debtors",
        description: "",
        category: "fairness",
        arisesFrom: "both",
        intended: [2, 4],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [],
      },
    ],
    script: road({ from: 60, to: 4, until: "assessment" }),
    expect: "riskProcess.assessment",
  },
  {
    name: "AML transaction monitoring",
    purpose:
      "Flags transactions and customers for money-laundering review; analysts investigate every alert and " +
      "decide on suspicious-activity reports.",
    jurisdictions: ["KZ", "EU"],
    roles: ["owner", "deployer"],
    profile: {
      makesDecisionsAboutPeople: true,
      processesPersonalData: true,
      trainsModels: true,
      sector: "banking",
    },
    answers: answers({ failureConsequence: "reduced_effectiveness_or_damage", humanRole: "human_decides" }),
    owner: "riskOwner",
    risks: [
      {
        title: "Alert fatigue hides real laundering patterns",
        description: "",
        category: "reliability",
        arisesFrom: "intended_use",
        intended: [3, 4],
        misuse: [2, 4],
        residual: [2, 3],
        mitigations: [
          {
            action: "Alert tuning every quarter with the compliance analysts",
            dueAfterDays: 90,
            status: "done",
          },
        ],
      },
      {
        title: "Nationality used as a risk factor",
        description: "Found in the annual review: a feature derived from passport country.",
        category: "bias and discrimination",
        arisesFrom: "intended_use",
        intended: [3, 4],
        misuse: [2, 4],
        residual: [1, 3],
        mitigations: [
          {
            action: "Drop the passport-country feature; keep only jurisdiction risk lists",
            dueAfterDays: 15,
            status: "done",
          },
        ],
        later: true,
      },
    ],
    script: [
      ...road({ from: 470, to: 420, until: "operating" }),
      { do: "reviewDue" },
      { do: "startReview", at: 70 },
      { do: "screen", at: 66 },
      { do: "identify", at: 62 },
      { do: "identified", at: 60 },
      { do: "score", at: 55 },
      { do: "assessed", at: 50 },
      { do: "mitigate", at: 45 },
      { do: "adopted", at: 40 },
      { do: "obligations", at: 35, scope: "all" },
      { do: "accept", at: 31 },
      { do: "approve", at: 30 },
    ],
    expect: "operating.compliant",
  },
  {
    name: "Motor claims photo assessment",
    purpose:
      "Estimates repair costs from photos of damaged cars and pays small claims automatically; adjusters " +
      "handle claims above KZT 500,000 and any the customer disputes.",
    jurisdictions: ["KZ"],
    roles: ["holder"],
    profile: {
      makesDecisionsAboutPeople: true,
      fullyAutomatedDecisions: true,
      processesPersonalData: true,
      sector: "insurance",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Edited photos inflate repair estimates",
        description: "",
        category: "fraud",
        arisesFrom: "foreseeable_misuse",
        intended: [2, 3],
        misuse: [4, 3],
        residual: [2, 3],
        mitigations: [{ action: "Image-forensics check before automatic payment", dueAfterDays: 45 }],
      },
      {
        title: "Under-estimates for older car models",
        description: "",
        category: "fairness",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [1, 3],
        residual: [2, 2],
        mitigations: [{ action: "Adjuster review for cars older than 15 years", dueAfterDays: 30 }],
      },
    ],
    script: road({ from: 80, to: 5, until: "mitigation" }),
    expect: "riskProcess.mitigation",
  },
  {
    name: "Essay feedback for university courses",
    purpose:
      "Gives first-year students written feedback and a provisional grade on essays at the group's university " +
      "in Riga; lecturers set every final grade.",
    jurisdictions: ["EU"],
    roles: ["deployer"],
    profile: {
      makesDecisionsAboutPeople: true,
      interactsWithPeople: true,
      processesPersonalData: true,
      producesSyntheticOutputs: true,
      sector: "education",
      euAnnexIIIArea: "education",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_decides",
      euAnnexIIIArea: "education",
      art50Triggers: ["synthetic_content"],
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Provisional grades anchor lecturers' final grades",
        description: "",
        category: "human oversight",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [3, 3],
        residual: [2, 3],
        mitigations: [],
      },
      {
        title: "Lower grades for non-native writers",
        description: "",
        category: "bias and discrimination",
        arisesFrom: "intended_use",
        intended: [3, 4],
        misuse: [2, 4],
        residual: [2, 3],
        mitigations: [],
      },
    ],
    script: road({ from: 45, to: 3, until: "assessment" }),
    expect: "riskProcess.assessment",
  },
  {
    name: "Marketing copy generator",
    purpose:
      "Drafts product descriptions and e-mail copy for the US online store; the content team edits and " +
      "publishes every text.",
    jurisdictions: ["US"],
    roles: ["deployer"],
    profile: { producesSyntheticOutputs: true, producesCreativeOutputs: true, sector: "marketing" },
    answers: answers({
      failureConsequence: "negligible",
      humanRole: "human_decides",
      art50Triggers: ["synthetic_content"],
    }),
    owner: "admin",
    risks: [
      {
        title: "Unsubstantiated product claims in generated copy",
        description: "",
        category: "legal compliance",
        arisesFrom: "intended_use",
        intended: [2, 3],
        misuse: [2, 3],
        residual: [1, 3],
        mitigations: [
          { action: "Claims checklist in the editorial review", dueAfterDays: 14, status: "done" },
        ],
      },
    ],
    script: road({ from: 90, to: 60, until: "operating" }),
    expect: "operating.compliant",
  },
  {
    name: "Sales lead scoring",
    purpose: "Ranks inbound B2B leads of the US subsidiary for the sales team.",
    jurisdictions: ["US"],
    roles: ["deployer"],
    profile: { processesPersonalData: true, sector: "sales" },
    answers: answers({ failureConsequence: "negligible", humanRole: "human_decides" }),
    owner: "riskOwner",
    risks: [],
    script: [{ do: "create", at: 14, classified: true }],
    expect: "draft",
  },
  {
    name: "Agronomy yield advisory",
    purpose: "Advises the group's farms on sowing dates and fertiliser from satellite and weather data.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: { sector: "agriculture" },
    owner: "riskOwner",
    risks: [],
    script: [{ do: "create", at: 9, classified: false }],
    expect: "draft",
  },
  {
    name: "Internal code assistant",
    purpose:
      "A general-purpose model deployed in the developers' IDEs to suggest and explain code; suggestions " +
      "are reviewed like any other change.",
    jurisdictions: ["KZ", "EU"],
    roles: ["holder", "deployer"],
    profile: { producesSyntheticOutputs: true, usedInWorkplace: true, sector: "information technology" },
    answers: answers({ failureConsequence: "negligible", humanRole: "human_decides" }),
    owner: "admin",
    risks: [
      {
        title: "Source code and secrets sent to the model provider",
        description: "",
        category: "confidentiality",
        arisesFrom: "foreseeable_misuse",
        intended: [2, 3],
        misuse: [3, 4],
        residual: [1, 3],
        mitigations: [
          {
            action: "Enterprise tenant with no retention; secret scanning in the IDE plug-in",
            dueAfterDays: 21,
          },
        ],
      },
    ],
    script: [...road({ from: 50, to: 15, until: "approval" }), { do: "refusedApprove", at: 11 }],
    expect: "riskProcess.approval",
  },
  {
    name: "Radiology second reader (chest X-ray)",
    purpose:
      "Reads chest X-rays after the radiologist and flags possible nodules and tuberculosis signs the " +
      "radiologist may have missed; a certified medical device.",
    jurisdictions: ["KZ", "EU"],
    roles: ["holder", "deployer"],
    profile: { makesDecisionsAboutPeople: true, processesPersonalData: true, sector: "healthcare" },
    answers: answers({
      failureConsequence: "emergency_or_significant_harm",
      humanRole: "human_decides",
      euAnnexISafetyComponent: true,
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Missed tuberculosis signs on low-quality images",
        description: "",
        category: "safety",
        arisesFrom: "intended_use",
        intended: [2, 5],
        misuse: [2, 5],
        residual: [1, 4],
        mitigations: [
          {
            action: "Image-quality gate: the system declines to read poor images",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
      {
        title: "Radiologists skip their own first read",
        description: "",
        category: "human oversight",
        arisesFrom: "foreseeable_misuse",
        intended: [1, 4],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [
          {
            action: "Flags shown only after the radiologist signs the first report",
            dueAfterDays: 14,
            status: "done",
          },
        ],
      },
    ],
    script: road({ from: 380, to: 320, until: "operating", audit: true }),
    expect: "operating.compliant",
  },
  {
    name: "Employee attrition prediction",
    purpose:
      "Predicts which employees may resign within six months so that HR business partners can talk to them.",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    profile: {
      makesDecisionsAboutPeople: true,
      processesPersonalData: true,
      usedInWorkplace: true,
      sector: "human resources",
    },
    answers: answers({ failureConsequence: "reduced_effectiveness_or_damage", humanRole: "human_decides" }),
    owner: "riskOwner",
    risks: [
      {
        title: "Predictions used against employees in promotion decisions",
        description: "",
        category: "workplace",
        arisesFrom: "foreseeable_misuse",
        intended: [1, 3],
        misuse: [3, 4],
        residual: [2, 3],
        mitigations: [
          {
            action: "Scores visible to HR business partners only; usage logged",
            dueAfterDays: 20,
            status: "done",
          },
        ],
      },
      {
        title: "Sick-leave data used without a legal basis",
        description: "Found in the annual review.",
        category: "privacy",
        arisesFrom: "intended_use",
        intended: [3, 3],
        misuse: [2, 3],
        residual: [1, 3],
        mitigations: [],
        later: true,
      },
    ],
    script: [
      ...road({ from: 420, to: 372, until: "operating" }),
      { do: "reviewDue" },
      { do: "startReview", at: 25 },
      { do: "identify", at: 10 },
    ],
    expect: "riskProcess.identification",
  },
  {
    name: "Dynamic pricing for the online store",
    purpose: "Sets prices of 30,000 products in the KZ and EU online stores several times a day.",
    jurisdictions: ["KZ", "EU"],
    roles: ["owner", "provider"],
    profile: { processesPersonalData: true, fullyAutomatedDecisions: true, sector: "e-commerce" },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
    }),
    owner: "riskOwner",
    risks: [
      {
        title: "Personalised prices for customers who seem less price-sensitive",
        description: "",
        category: "fairness",
        arisesFrom: "foreseeable_misuse",
        intended: [1, 3],
        misuse: [3, 4],
        residual: [1, 3],
        mitigations: [
          {
            action: "Same price for every customer; no personal data in the pricing features",
            dueAfterDays: 30,
            status: "done",
          },
        ],
      },
    ],
    script: [...road({ from: 400, to: 355, until: "operating" }), { do: "reviewDue" }],
    expect: "operating.reviewDue",
  },
  {
    name: "KYC document OCR and liveness check",
    purpose:
      "Reads identity documents and checks a selfie video against the document photo when customers open " +
      "an account remotely.",
    jurisdictions: ["KZ"],
    roles: ["holder"],
    profile: {
      processesBiometricData: true,
      biometricAuthentication: true,
      processesPersonalData: true,
      sector: "banking",
    },
    answers: answers({
      failureConsequence: "reduced_effectiveness_or_damage",
      humanRole: "human_can_correct",
      criticalObjectCriteria: ["restricted_personal_data"],
    }),
    owner: null,
    risks: [],
    script: [{ do: "create", at: 20, classified: true, by: "admin" }],
    expect: "draft",
  },
];

/** The oldest step of the register, in days before now (the organisation is created before it). */
export const DEMO_HISTORY_DAYS = Math.ceil(
  Math.max(...DEMO_SYSTEMS.flatMap((s) => s.script.map((step) => ("at" in step ? step.at : 0)))),
);
