import type {
  Basis,
  Citation,
  Condition,
  Jurisdiction,
  Obligation,
  ProfileFlag,
  SystemRole,
} from "@airisk/regulations/schema";

/**
 * The applicability engine: given what a system is, who the organisation is and a date, which
 * obligations of the jurisdictions it is deployed in apply, and which do not, each with the reason.
 * Pure: the catalogue and the date come in as arguments.
 */

export type SystemFacts = {
  /** Jurisdiction codes the system is deployed in (api.md vocabulary). */
  jurisdictions: string[];
  /** The organisation's roles for this system. */
  roles: SystemRole[];
  impactLevel?: "minimal" | "medium" | "high" | undefined;
  autonomyLevel?: "low" | "medium" | "high" | undefined;
  euRiskTier?: "prohibited" | "high_annex_iii" | "high_annex_i" | "limited" | "minimal" | undefined;
  euAnnexIIIArea?: string | undefined;
  flags: Partial<Record<ProfileFlag, boolean>>;
};

export type OrganisationFacts = {
  flags: Partial<Record<"publicSector" | "providesPublicServices", boolean>>;
};

export type VerdictStatus = "applies" | "not_yet_in_force" | "not_applicable";

export type Verdict = {
  obligationId: string;
  jurisdiction: string;
  title: string;
  summary: string;
  appliesWhen: string;
  citation: Citation;
  basis: Basis;
  effectiveFrom: string;
  status: VerdictStatus;
  /** The profile facts that triggered it, or why it does not apply (now). Never empty. */
  reasons: string[];
};

export type Applicability = {
  asOf: string;
  applicable: Verdict[];
  notApplicable: Verdict[];
};

/** How a reason reads when a flag is set, and when it is not. */
const FLAG_LABELS: Record<ProfileFlag, readonly [yes: string, no: string]> = {
  producesSyntheticOutputs: ["produces synthetic outputs", "does not produce synthetic outputs"],
  producesCreativeOutputs: ["produces creative outputs", "does not produce creative outputs"],
  makesDecisionsAboutPeople: ["makes decisions about people", "makes no decisions about people"],
  fullyAutomatedDecisions: ["makes fully automated decisions", "makes no fully automated decisions"],
  interactsWithPeople: ["interacts with people", "does not interact with people"],
  processesPersonalData: ["processes personal data", "does not process personal data"],
  processesBiometricData: ["processes biometric data", "does not process biometric data"],
  biometricAuthentication: [
    "uses biometric data for authentication",
    "does not use biometric authentication",
  ],
  emotionRecognition: ["recognises emotions", "does not recognise emotions"],
  trainsModels: ["trains models", "does not train models"],
  trainsOnThirdPartyWorks: ["trains on third-party works", "does not train on third-party works"],
  isSmartContract: ["is a smart contract", "is not a smart contract"],
  isCriticallyImportantObject: [
    "is a critically important digital object",
    "is not a critically important digital object",
  ],
  seeksTrustedList: ["seeks a trusted high-risk list", "does not seek a trusted high-risk list"],
  isGeneralPurposeModel: ["is a general-purpose AI model", "is not a general-purpose AI model"],
  gpaiSystemicRisk: [
    "is a general-purpose AI model with systemic risk",
    "is not a general-purpose AI model with systemic risk",
  ],
  usedInWorkplace: ["is used in the workplace", "is not used in the workplace"],
  publishesDeepfakes: ["publishes deepfakes", "does not publish deepfakes"],
};

const ORG_FLAG_LABELS = {
  publicSector: "the organisation is in the public sector",
  providesPublicServices: "the organisation provides public services",
} as const;

type Evaluation = { holds: boolean; reasons: string[] };

/** Evaluates a condition against the facts, saying which facts decided it. */
export function evaluateCondition(
  condition: Condition,
  system: SystemFacts,
  organisation: OrganisationFacts,
  jurisdictionName: string,
): Evaluation {
  if ("always" in condition)
    return { holds: true, reasons: [`applies to every system deployed in ${jurisdictionName}`] };
  if ("flag" in condition) {
    const [yes, no] = FLAG_LABELS[condition.flag];
    return system.flags[condition.flag] === true
      ? { holds: true, reasons: [`the system ${yes}`] }
      : { holds: false, reasons: [`the system ${no}`] };
  }
  if ("orgFlag" in condition) {
    const label = ORG_FLAG_LABELS[condition.orgFlag];
    return organisation.flags[condition.orgFlag] === true
      ? { holds: true, reasons: [label] }
      : { holds: false, reasons: [`not so: ${label}`] };
  }
  if ("role" in condition) {
    const match = system.roles.filter((r) => condition.role.includes(r));
    return match.length > 0
      ? { holds: true, reasons: [`the organisation's role is ${match.join(", ")}`] }
      : { holds: false, reasons: [`the organisation's role is not ${condition.role.join(" or ")}`] };
  }
  if ("impact" in condition) {
    if (!system.impactLevel) return { holds: false, reasons: ["impact on safety is not classified yet"] };
    return condition.impact.includes(system.impactLevel)
      ? { holds: true, reasons: [`impact on safety is ${system.impactLevel}`] }
      : {
          holds: false,
          reasons: [`impact on safety is ${system.impactLevel}, not ${condition.impact.join(" or ")}`],
        };
  }
  if ("autonomy" in condition) {
    if (!system.autonomyLevel) return { holds: false, reasons: ["autonomy is not classified yet"] };
    return condition.autonomy.includes(system.autonomyLevel)
      ? { holds: true, reasons: [`autonomy is ${system.autonomyLevel}`] }
      : {
          holds: false,
          reasons: [`autonomy is ${system.autonomyLevel}, not ${condition.autonomy.join(" or ")}`],
        };
  }
  if ("euTier" in condition) {
    if (!system.euRiskTier)
      return { holds: false, reasons: ["the EU AI Act risk tier is not classified yet"] };
    return condition.euTier.includes(system.euRiskTier)
      ? { holds: true, reasons: [`EU AI Act risk tier is ${system.euRiskTier}`] }
      : {
          holds: false,
          reasons: [`EU AI Act risk tier is ${system.euRiskTier}, not ${condition.euTier.join(" or ")}`],
        };
  }
  if ("annexIIIArea" in condition) {
    const area = system.euAnnexIIIArea;
    return area && condition.annexIIIArea.includes(area)
      ? { holds: true, reasons: [`Annex III area ${area}`] }
      : {
          holds: false,
          reasons: [`Annex III area is ${area ?? "not set"}, not ${condition.annexIIIArea.join(" or ")}`],
        };
  }
  if ("all" in condition) {
    const parts = condition.all.map((c) => evaluateCondition(c, system, organisation, jurisdictionName));
    const failing = parts.filter((p) => !p.holds);
    return failing.length === 0
      ? { holds: true, reasons: parts.flatMap((p) => p.reasons) }
      : { holds: false, reasons: failing.flatMap((p) => p.reasons) };
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => evaluateCondition(c, system, organisation, jurisdictionName));
    const holding = parts.filter((p) => p.holds);
    return holding.length > 0
      ? { holds: true, reasons: holding.flatMap((p) => p.reasons) }
      : { holds: false, reasons: parts.flatMap((p) => p.reasons) };
  }
  const inner = evaluateCondition(condition.not, system, organisation, jurisdictionName);
  return { holds: !inner.holds, reasons: inner.reasons.map((r) => (inner.holds ? `excluded: ${r}` : r)) };
}

/**
 * The jurisdictions whose rules reach a system: those it is deployed in and their parents
 * (deployed in US-CA → US; in ES → EU), each with the deployed codes it reaches it through.
 */
export function reachingJurisdictions(
  codes: string[],
  catalogue: readonly Jurisdiction[],
): Array<{ jurisdiction: Jurisdiction; through: string[] }> {
  const byCode = new Map(catalogue.map((j) => [j.code, j]));
  const out = new Map<string, { jurisdiction: Jurisdiction; through: string[] }>();
  for (const code of codes) {
    for (let j = byCode.get(code); j; j = j.parent ? byCode.get(j.parent) : undefined) {
      const entry = out.get(j.code) ?? { jurisdiction: j, through: [] };
      if (j.code !== code && !entry.through.includes(code)) entry.through.push(code);
      out.set(j.code, entry);
    }
  }
  return [...out.values()];
}

/**
 * Every obligation of the jurisdictions reaching the system, split into those that apply at `asOf`
 * and those that do not (condition unmet, or not yet in force), each with its reasons.
 */
export function evaluateApplicability({
  system,
  organisation,
  asOf,
  catalogue,
}: {
  system: SystemFacts;
  organisation: OrganisationFacts;
  /** YYYY-MM-DD */
  asOf: string;
  catalogue: readonly Jurisdiction[];
}): Applicability {
  const applicable: Verdict[] = [];
  const notApplicable: Verdict[] = [];
  for (const { jurisdiction, through } of reachingJurisdictions(system.jurisdictions, catalogue)) {
    const via =
      system.jurisdictions.includes(jurisdiction.code) || through.length === 0
        ? undefined
        : `${jurisdiction.name} law reaches the system through its deployment in ${through.join(", ")}`;
    for (const obligation of jurisdiction.obligations) {
      const evaluation = evaluateCondition(obligation.condition, system, organisation, jurisdiction.name);
      const verdict = toVerdict(jurisdiction.code, obligation, evaluation, asOf, via);
      (verdict.status === "applies" ? applicable : notApplicable).push(verdict);
    }
  }
  return { asOf, applicable, notApplicable };
}

function toVerdict(
  jurisdiction: string,
  obligation: Obligation,
  evaluation: Evaluation,
  asOf: string,
  via: string | undefined,
): Verdict {
  const base = {
    obligationId: obligation.id,
    jurisdiction,
    title: obligation.title,
    summary: obligation.summary,
    appliesWhen: obligation.appliesWhen,
    citation: obligation.citation,
    basis: obligation.citation.basis,
    effectiveFrom: obligation.effectiveFrom,
  };
  const context = via ? [via] : [];
  if (!evaluation.holds)
    return { ...base, status: "not_applicable", reasons: [...evaluation.reasons, ...context] };
  if (asOf < obligation.effectiveFrom) {
    return {
      ...base,
      status: "not_yet_in_force",
      reasons: [
        `not yet in force, applies from ${obligation.effectiveFrom}`,
        ...evaluation.reasons,
        ...context,
      ],
    };
  }
  return { ...base, status: "applies", reasons: [...evaluation.reasons, ...context] };
}
