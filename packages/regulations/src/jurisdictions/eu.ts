import type { Condition, JurisdictionInput } from "#schema.ts";

/**
 * The European Union: the AI Act (Regulation (EU) 2024/1689) as amended by the Digital Omnibus on AI
 * (Regulation (EU) 2026/1744), in depth. Research pack: jurisdictions.md §1 and penalties.md (EU).
 *
 * High-risk obligations apply on two dates (Annex III systems from 2027-12-02, Annex I product
 * systems from 2028-08-02). Each obligation carries exactly one effective date, so every Chapter III
 * §§1–3 duty exists twice: `eu.ai-act.<slug>.annex-iii` and `eu.ai-act.<slug>.annex-i`.
 */

type ObligationInput = NonNullable<JurisdictionInput["obligations"]>[number];
type Confidence = ObligationInput["confidence"];
type Role = "provider" | "deployer" | "importer" | "distributor" | "authorised_representative";

const AI_ACT = "eu.ai-act";
const LAST_CHECKED = "2026-11-25";

/** The two high-risk phases of Art. 113 as amended by Regulation (EU) 2026/1744. */
const HIGH_RISK_PHASES = {
  "annex-iii": {
    tier: "high_annex_iii",
    effectiveFrom: "2027-12-02",
    label: "Annex III (Art. 6(2))",
    was: "2026-08-02",
  },
  "annex-i": {
    tier: "high_annex_i",
    effectiveFrom: "2028-08-02",
    label: "Annex I (Art. 6(1), product-embedded)",
    was: "2027-08-02",
  },
} as const;
type Annex = keyof typeof HIGH_RISK_PHASES;

/** A Chapter III duty of one operator role, instantiated once per high-risk phase. */
type HighRiskDuty = {
  slug: string;
  role: Role;
  title: string;
  summary: string;
  article: string;
  confidence: Confidence;
  notes?: string[];
  /** Extra facts the condition tests beside role and tier. */
  extra?: Condition;
  extraWhen?: string;
  /** Only for these phases (default: both). */
  only?: Annex[];
};

const ROLE_LABEL: Record<Role, string> = {
  provider: "provider",
  deployer: "deployer",
  importer: "importer",
  distributor: "distributor",
  authorised_representative: "authorised representative",
};

const HIGH_RISK_DUTIES: HighRiskDuty[] = [
  // Providers: requirements of Chapter III Section 2 (Arts 9–15).
  {
    slug: "risk-management",
    role: "provider",
    title: "Risk management system",
    summary:
      "Set up, document and maintain a risk management process that runs through the whole life of the high-risk system: identify and analyse known and foreseeable risks, evaluate them, and adopt measures to address them, with testing.",
    article: "Art. 9",
    confidence: "S",
  },
  {
    slug: "data-governance",
    role: "provider",
    title: "Data and data governance",
    summary:
      "Develop the system with training, validation and testing data that meet quality criteria, under data-governance practices suited to its intended purpose (including examination for possible biases).",
    article: "Art. 10",
    confidence: "S",
  },
  {
    slug: "technical-documentation",
    role: "provider",
    title: "Technical documentation",
    summary:
      "Draw up the technical documentation of the system (content per Annex IV) before it is placed on the market or put into service, and keep it up to date.",
    article: "Art. 11, Annex IV",
    confidence: "S",
  },
  {
    slug: "record-keeping",
    role: "provider",
    title: "Automatic logging",
    summary:
      "Design the system so that it automatically records events (logs) over its lifetime, enough to trace how it functioned.",
    article: "Art. 12",
    confidence: "S",
  },
  {
    slug: "instructions-for-use",
    role: "provider",
    title: "Transparency and instructions for use",
    summary:
      "Make the system transparent enough for deployers to interpret and use its output, and supply instructions for use with the information deployers need.",
    article: "Art. 13",
    confidence: "S",
  },
  {
    slug: "human-oversight",
    role: "provider",
    title: "Human oversight by design",
    summary:
      "Design and develop the system so that natural persons can effectively oversee it while it is in use, with appropriate interface tools and measures.",
    article: "Art. 14",
    confidence: "S",
  },
  {
    slug: "accuracy-robustness-cybersecurity",
    role: "provider",
    title: "Accuracy, robustness and cybersecurity",
    summary:
      "Design and develop the system to reach an appropriate level of accuracy, robustness and cybersecurity, and to perform consistently in those respects throughout its lifecycle.",
    article: "Art. 15",
    confidence: "S",
  },
  // Providers: Chapter III Section 3 and the conformity, registration and monitoring duties.
  {
    slug: "provider-duties",
    role: "provider",
    title: "General duties of high-risk providers",
    summary:
      "Meet the umbrella duties of providers of high-risk systems: ensure the system complies with the requirements of Arts 9–15 and carry out the related duties (quality management, documentation and logs, conformity assessment, declaration, CE marking, registration, corrective action and cooperation with the authorities).",
    article: "Art. 16",
    confidence: "S",
  },
  {
    slug: "quality-management-system",
    role: "provider",
    title: "Quality management system",
    summary:
      "Put in place a documented quality management system that ensures compliance (policies, procedures and instructions covering design, testing, data management, risk management and post-market monitoring).",
    article: "Art. 17",
    confidence: "S",
  },
  {
    slug: "conformity-assessment",
    role: "provider",
    title: "Conformity assessment",
    summary:
      "Have the system undergo the applicable conformity assessment procedure before placing it on the market or putting it into service.",
    article: "Art. 43",
    confidence: "S",
    notes: ["Internal control (self-assessment) is the procedure for most Annex III systems (points 2–8)."],
  },
  {
    slug: "declaration-of-conformity",
    role: "provider",
    title: "EU declaration of conformity",
    summary:
      "Draw up an EU declaration of conformity for the system and keep it available for the authorities.",
    article: "Art. 47",
    confidence: "S",
  },
  {
    slug: "ce-marking",
    role: "provider",
    title: "CE marking",
    summary: "Affix the CE marking to the system (or its packaging or documentation) to show conformity.",
    article: "Art. 48",
    confidence: "S",
  },
  {
    slug: "registration",
    role: "provider",
    title: "Registration in the EU database",
    summary:
      "Register yourself and the system in the EU database before placing it on the market or putting it into service.",
    article: "Art. 49, Art. 71",
    confidence: "S",
    only: ["annex-iii"],
    notes: [
      "Kept for Annex III systems only: Art. 49(1) registration concerns high-risk systems listed in Annex III (background knowledge, not re-verified [M]); the research pack lists registration among high-risk provider duties without distinguishing the annexes.",
    ],
  },
  {
    slug: "post-market-monitoring",
    role: "provider",
    title: "Post-market monitoring",
    summary:
      "Establish and document a post-market monitoring system that actively collects and analyses data on the system's performance throughout its lifetime.",
    article: "Art. 72",
    confidence: "S",
  },
  {
    slug: "serious-incident-reporting",
    role: "provider",
    title: "Serious-incident reporting",
    summary:
      "Report serious incidents to the market surveillance authority immediately once a causal link with the system is established (or reasonably likely), and at the latest 15 days after becoming aware (Art. 73(2)); within 2 days for a widespread infringement or a critical-infrastructure incident under Art. 3(49)(b) (Art. 73(3)); within 10 days in the event of a death (Art. 73(4)). An incomplete initial report may be followed by a complete one (Art. 73(5)).",
    article: "Art. 73",
    confidence: "P",
    notes: ["Art. 73 is unchanged by the Digital Omnibus (Regulation (EU) 2026/1744)."],
  },
  // Other operators.
  {
    slug: "authorised-representative-duties",
    role: "authorised_representative",
    title: "Duties of the authorised representative",
    summary:
      "As the EU authorised representative of a provider established outside the Union, carry out the tasks of the provider's mandate (verify the declaration and documentation, keep them available, cooperate with the authorities).",
    article: "Art. 22",
    confidence: "S",
  },
  {
    slug: "importer-duties",
    role: "importer",
    title: "Duties of importers",
    summary:
      "Before placing a high-risk system on the market, verify that the provider has carried out the conformity assessment, drawn up the technical documentation, affixed the CE marking and appointed an authorised representative where needed; do not place a non-conforming system on the market.",
    article: "Art. 23",
    confidence: "S",
  },
  {
    slug: "distributor-duties",
    role: "distributor",
    title: "Duties of distributors",
    summary:
      "Before making a high-risk system available, verify that it bears the CE marking and comes with the declaration and instructions, and that the provider and importer met their duties; do not make available a system you consider non-conforming.",
    article: "Art. 24",
    confidence: "S",
  },
  {
    slug: "deployer-duties",
    role: "deployer",
    title: "Duties of deployers",
    summary:
      "Use the system according to its instructions for use; assign human oversight to people with the necessary competence; monitor its operation and keep the logs under your control for at least 6 months; inform the persons affected by the system.",
    article: "Art. 26",
    confidence: "S",
  },
  {
    slug: "deployer-worker-information",
    role: "deployer",
    title: "Inform workers' representatives before workplace use",
    summary:
      "Before putting the high-risk system into service or using it at the workplace, inform the workers' representatives and the affected workers that they will be subject to it.",
    article: "Art. 26",
    confidence: "S",
    extra: { flag: "usedInWorkplace" },
    extraWhen: "it is used in the workplace",
  },
  {
    slug: "fundamental-rights-impact-assessment",
    role: "deployer",
    title: "Fundamental rights impact assessment (FRIA)",
    summary:
      "Before first use, assess the impact of the system on fundamental rights (the processes it is used in, the period and frequency of use, the categories of people affected, the specific risks of harm, the human-oversight measures and the measures if risks materialise).",
    article: "Art. 27",
    confidence: "S",
    only: ["annex-iii"],
    extra: {
      any: [
        { orgFlag: "publicSector" },
        { orgFlag: "providesPublicServices" },
        { annexIIIArea: ["5(b)", "5(c)"] },
      ],
    },
    extraWhen:
      "the deployer is a public body or a private entity providing public services, or the system is in Annex III point 5(b) or 5(c) (credit scoring, life and health insurance pricing)",
  },
];

function highRiskObligation(duty: HighRiskDuty, annex: Annex): ObligationInput {
  const phase = HIGH_RISK_PHASES[annex];
  const base: Condition[] = [{ role: [duty.role] }, { euTier: [phase.tier] }];
  return {
    id: `${AI_ACT}.${duty.slug}.${annex}`,
    title: `${duty.title} — ${phase.label} high-risk systems`,
    summary: duty.summary,
    appliesWhen: `The organisation is the ${ROLE_LABEL[duty.role]} of a high-risk AI system under ${phase.label}${duty.extraWhen ? ` and ${duty.extraWhen}` : ""}.`,
    condition: { all: duty.extra ? [...base, duty.extra] : base },
    citation: { instrument: AI_ACT, text: `AI Act ${duty.article}`, basis: "law" },
    effectiveFrom: phase.effectiveFrom,
    notes: [
      `Chapter III §§1–3 apply to ${phase.label} systems from ${phase.effectiveFrom} (Art. 113 as amended by Regulation (EU) 2026/1744; was ${phase.was}).`,
      ...(duty.notes ?? []),
    ],
    confidence: duty.confidence,
  };
}

const highRiskObligations: ObligationInput[] = (Object.keys(HIGH_RISK_PHASES) as Annex[]).flatMap((annex) =>
  HIGH_RISK_DUTIES.filter((d) => !d.only || d.only.includes(annex)).map((d) => highRiskObligation(d, annex)),
);

const transparencyObligations: ObligationInput[] = [
  {
    id: "eu.ai-act.transparency.interaction",
    title: "Tell people they are interacting with AI",
    summary:
      "Design AI systems that interact directly with people so that those people are informed they are dealing with an AI system, unless that is obvious from the context.",
    appliesWhen: "The organisation provides an AI system that interacts directly with people.",
    condition: { all: [{ role: ["provider"] }, { flag: "interactsWithPeople" }] },
    citation: {
      instrument: AI_ACT,
      text: "AI Act Art. 50",
      basis: "inferred",
      note: "The pack cites Art. 50 for this duty; the paragraph is not given in the source. That the duty falls on providers is our reading.",
    },
    effectiveFrom: "2026-08-02",
    notes: ["Art. 50 applies from the general application date, 2026-08-02 (Art. 113 as amended)."],
    confidence: "S",
  },
  {
    id: "eu.ai-act.transparency.synthetic-content-marking",
    title: "Machine-readable marking of synthetic content",
    summary:
      "Mark synthetic audio, image, video and text output of the system in a machine-readable format so that it can be detected as artificially generated or manipulated.",
    appliesWhen:
      "The organisation provides an AI system that generates synthetic audio, image, video or text.",
    condition: { all: [{ role: ["provider"] }, { flag: "producesSyntheticOutputs" }] },
    citation: { instrument: AI_ACT, text: "AI Act Art. 50(2)", basis: "law" },
    effectiveFrom: "2026-08-02",
    notes: [
      "Grace period: generative systems placed on the market before 2026-08-02 have until 2026-12-02 to comply with the marking duty [S].",
    ],
    confidence: "S",
  },
  {
    id: "eu.ai-act.transparency.emotion-biometric-disclosure",
    title: "Disclose emotion recognition and biometric categorisation",
    summary:
      "Inform the people exposed to an emotion-recognition or biometric-categorisation system that it is operating (and process their personal data lawfully).",
    appliesWhen:
      "The organisation deploys an emotion-recognition system or a system that categorises people by biometric data.",
    condition: {
      all: [
        { role: ["deployer"] },
        {
          any: [
            { flag: "emotionRecognition" },
            { all: [{ flag: "processesBiometricData" }, { not: { flag: "biometricAuthentication" } }] },
          ],
        },
      ],
    },
    citation: {
      instrument: AI_ACT,
      text: "AI Act Art. 50",
      basis: "inferred",
      note: "The pack cites Art. 50 for this deployer duty; the paragraph is not given in the source.",
    },
    effectiveFrom: "2026-08-02",
    notes: [
      "No profile flag says 'biometric categorisation': the condition approximates it as biometric processing other than authentication. Confirm for the system.",
    ],
    confidence: "S",
  },
  {
    id: "eu.ai-act.transparency.deepfake-disclosure",
    title: "Disclose deepfakes and AI-generated public-interest text",
    summary:
      "Disclose that image, audio or video content constituting a deepfake has been artificially generated or manipulated; likewise disclose AI-generated text published to inform the public on matters of public interest, unless it underwent human editorial review.",
    appliesWhen:
      "The organisation deploys an AI system to generate or manipulate content it publishes as deepfakes.",
    condition: { all: [{ role: ["deployer"] }, { flag: "publishesDeepfakes" }] },
    citation: { instrument: AI_ACT, text: "AI Act Art. 50(4)", basis: "law" },
    effectiveFrom: "2026-08-02",
    notes: [
      "The text limb (AI-generated text on matters of public interest, unless human editorial review) has no profile flag; check it for deployers publishing generated text.",
    ],
    confidence: "S",
  },
];

const gpaiObligations: ObligationInput[] = [
  {
    id: "eu.ai-act.gpai.provider-obligations",
    title: "Obligations of general-purpose AI model providers",
    summary:
      "Keep technical documentation of the model; give information and documentation to downstream providers that integrate it; put in place a policy to comply with EU copyright law; publish a sufficiently detailed summary of the content used for training.",
    appliesWhen: "The organisation provides a general-purpose AI model.",
    condition: { all: [{ role: ["provider"] }, { flag: "isGeneralPurposeModel" }] },
    citation: { instrument: AI_ACT, text: "AI Act Art. 53", basis: "law" },
    effectiveFrom: "2025-08-02",
    notes: [
      "Chapter V (GPAI) applies from 2025-08-02; models placed on the market before 2025-08-02 must comply by 2027-08-02 (Art. 111(3)) [S].",
      "Commission / AI Office enforcement and Art. 101 fines apply from 2026-08-02.",
      "The GPAI Code of Practice serves as a route to demonstrate compliance.",
    ],
    confidence: "S",
  },
  {
    id: "eu.ai-act.gpai.systemic-risk",
    title: "Additional obligations for GPAI models with systemic risk",
    summary:
      "Evaluate the model, including adversarial testing; assess and mitigate systemic risks; track, document and report serious incidents; ensure adequate cybersecurity of the model and its infrastructure.",
    appliesWhen:
      "The organisation provides a general-purpose AI model with systemic risk (presumed above 10^25 FLOP of training compute, Art. 51(2)).",
    condition: {
      all: [{ role: ["provider"] }, { flag: "isGeneralPurposeModel" }, { flag: "gpaiSystemicRisk" }],
    },
    citation: { instrument: AI_ACT, text: "AI Act Art. 55", basis: "law" },
    effectiveFrom: "2025-08-02",
    notes: [
      "The 10^25 FLOP presumption threshold (Art. 51(2)) is background knowledge, not re-verified [M].",
      "The GPAI Code of Practice serves as the compliance route.",
      "Models placed on the market before 2025-08-02 must comply by 2027-08-02 (Art. 111(3)) [S].",
    ],
    confidence: "S",
  },
];

const horizontalObligations: ObligationInput[] = [
  {
    id: "eu.ai-act.prohibited-practices-screening",
    title: "Screen for prohibited AI practices",
    summary:
      "Do not place on the market, put into service or use an AI system for any practice prohibited by Art. 5(1)(a)–(h); screen every system against the list and stop any prohibited use.",
    appliesWhen: "Every AI system in the EU, whatever the organisation's role.",
    condition: { always: true },
    citation: { instrument: AI_ACT, text: "AI Act Art. 5", basis: "law" },
    effectiveFrom: "2025-02-02",
    notes: [
      "Fines for prohibited practices (Art. 99(3)) could be imposed from 2025-08-02, when Chapter XII applied.",
    ],
    confidence: "P",
  },
  {
    id: "eu.ai-act.prohibited-practices-screening.ncii-csam",
    title: "Screen for the Omnibus prohibitions (nudifiers, CSAM)",
    summary:
      "Do not place on the market, put into service or use AI systems that generate non-consensual intimate imagery of real people ('nudifiers') or child sexual abuse material; screen generative systems against these prohibitions.",
    appliesWhen: "The AI system produces synthetic content (any role).",
    condition: { flag: "producesSyntheticOutputs" },
    citation: {
      instrument: AI_ACT,
      text: "AI Act Art. 5(1)(ba), 5(1)(bb), 5(1a), 5(1b) (inserted by Regulation (EU) 2026/1744)",
      basis: "law",
    },
    effectiveFrom: "2026-12-02",
    confidence: "P",
  },
  {
    id: "eu.ai-act.ai-literacy",
    title: "Support AI literacy of staff",
    summary:
      "Take measures to support the development of AI literacy among staff and others operating or using AI systems on the organisation's behalf, taking their knowledge, experience and the context of use into account.",
    appliesWhen: "The organisation is a provider or deployer of an AI system.",
    condition: { role: ["provider", "deployer"] },
    citation: { instrument: AI_ACT, text: "AI Act Art. 4", basis: "law" },
    effectiveFrom: "2025-02-02",
    notes: [
      "Softened by the Digital Omnibus (Regulation (EU) 2026/1744): an obligation 'to support the development of' AI literacy, with no guaranteed level [P].",
    ],
    confidence: "P",
  },
];

const obligations: ObligationInput[] = [
  ...horizontalObligations,
  ...highRiskObligations,
  ...transparencyObligations,
  ...gpaiObligations,
];

/** Obligations whose breach Art. 99(4) fines: operator duties under Arts 16, 22, 23, 24, 26 and Art. 50. */
const art99_4Triggers = obligations
  .map((o) => o.id)
  .filter(
    (id) =>
      id.startsWith("eu.ai-act.transparency.") ||
      (/\.annex-(iii|i)$/.test(id) && !id.startsWith("eu.ai-act.fundamental-rights-impact-assessment.")),
  );

const PENALTY_NOTES = [
  "Art. 99(7): in setting the fine, authorities weigh the nature, gravity and duration of the infringement, the number of people affected, intent or negligence, mitigation, cooperation, previous infringements and the size of the company [S].",
  "Member States set the procedural rules for fines (Art. 99(1)) [S].",
  "Unverified: the Digital Omnibus may extend the 'whichever is lower' rule of Art. 99(6) to small mid-caps (up to 750 employees / EUR 150m turnover) [S; final wording of Art. 99(6) not checked]. Modelled as a per-tenant option, off by default.",
];

const WHO_UNDERTAKINGS =
  "Operators (providers, deployers, importers, distributors, authorised representatives); fines imposed by national market surveillance authorities";

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "EU",
    name: "European Union",
    kind: "bloc",
    region: "europe",
    status: "in_force",
    binding: true,
    evolving: true,
    summary:
      "The AI Act (Regulation (EU) 2024/1689), in force since 1 August 2024 and applying in phases, is the first comprehensive horizontal AI law: prohibited practices, high-risk requirements, transparency duties and rules for general-purpose AI models, enforced by national authorities and, for GPAI, by the Commission's AI Office. The Digital Omnibus on AI (Regulation (EU) 2026/1744, in force 27 July 2026) moved the high-risk dates to 2 December 2027 (Annex III) and 2 August 2028 (Annex I), added bans on nudifier apps and CSAM from 2 December 2026, and softened AI literacy. Fines reach EUR 35,000,000 or 7% of worldwide turnover.",
    definitionOfAI: {
      text: "A machine-based system designed to operate with varying levels of autonomy, which may adapt after deployment, and which infers from the input it receives how to generate outputs — predictions, content, recommendations or decisions — that can influence physical or virtual environments. Derived from the OECD definition. (Wording not re-verified [M].)",
      citation: "AI Act Art. 3(1)",
    },
    scope:
      "Art. 2 [S]: providers placing AI systems on the EU market or putting them into service, wherever established; deployers located in the EU; third-country providers and deployers whose output is used in the EU; importers, distributors, product manufacturers and authorised representatives. Excluded: military, defence and national security; scientific research and development; purely personal non-professional use; most open-source releases (except prohibited, high-risk or Art. 50 cases).",
    instruments: [
      {
        id: "eu.ai-act",
        name: "Artificial Intelligence Act",
        number: "Regulation (EU) 2024/1689",
        status: "phased",
        binding: true,
        inForce: "2024-08-01",
        timeline: [
          {
            date: "2025-02-02",
            what: "Chapters I–II apply: definitions, AI literacy (Art. 4), prohibitions (Art. 5).",
            confidence: "P",
          },
          {
            date: "2025-08-02",
            what: "Ch. III §4 (notified bodies), Ch. V (GPAI), Ch. VII (governance), Ch. XII (penalties) and Art. 78 apply — except Art. 101.",
            confidence: "P",
          },
          { date: "2026-07-27", what: "Arts 102–110 (amendments to sectoral acts) apply.", confidence: "P" },
          {
            date: "2026-08-02",
            what: "General application date, including Art. 50 transparency, Art. 101 GPAI fines, and Commission/AI Office enforcement over GPAI.",
            confidence: "P",
          },
          {
            date: "2026-12-02",
            what: "New prohibitions of Art. 5(1)(ba)/(bb) and 5(1a)/(1b) apply: non-consensual intimate imagery ('nudifiers') and CSAM.",
            confidence: "P",
          },
          {
            date: "2026-12-02",
            what: "End of the grace period for Art. 50(2) machine-readable marking by generative systems already on the market before 2026-08-02.",
            confidence: "S",
          },
          {
            date: "2027-08-02",
            what: "Art. 111(3): GPAI models placed on the market before 2025-08-02 must comply.",
            confidence: "S",
          },
          {
            date: "2027-12-02",
            what: "Ch. III §§1–3 high-risk obligations apply to Annex III (Art. 6(2)) systems (was 2026-08-02).",
            confidence: "P",
          },
          {
            date: "2028-08-02",
            what: "Ch. III §§1–3 apply to Annex I (Art. 6(1)) product-embedded systems (was 2027-08-02).",
            confidence: "P",
          },
          {
            date: "2030-08-02",
            what: "Art. 111(2): legacy high-risk systems used by public authorities must comply.",
            confidence: "S",
          },
        ],
        summary:
          "Published in the OJ L on 12 July 2024, in force 1 August 2024 (Art. 113), applying in phases under Art. 113 as amended by Regulation (EU) 2026/1744. Risk-based: bans (Art. 5), high-risk requirements (Art. 6 with Annexes I and III; Arts 9–17, 22–27, 43–49, 71–73), transparency (Art. 50), GPAI models (Arts 51–56), penalties (Arts 99–101).",
        confidence: "P",
      },
      {
        id: "eu.omnibus",
        name: "Digital Omnibus on AI",
        number: "Regulation (EU) 2026/1744",
        status: "in_force",
        binding: true,
        enacted: "2026-07-08",
        inForce: "2026-07-27",
        timeline: [
          { date: "2025-11-19", what: "Commission proposal published.", confidence: "S1" },
          {
            date: "2026-05-07",
            what: "Political agreement (provisional agreement) reached.",
            confidence: "S",
          },
          { date: "2026-06-16", what: "European Parliament plenary vote (423–57–174).", confidence: "S" },
          { date: "2026-06-29", what: "Council adoption.", confidence: "S" },
          { date: "2026-07-08", what: "Regulation (EU) 2026/1744 adopted.", confidence: "P" },
          { date: "2026-07-24", what: "Published in the Official Journal.", confidence: "P" },
          { date: "2026-07-27", what: "Entry into force.", confidence: "P" },
          {
            date: "2027-08-02",
            what: "National AI regulatory sandboxes due (deferred by the Omnibus).",
            confidence: "S",
          },
        ],
        summary:
          "Amends the AI Act: high-risk application moved to 2 December 2027 (Annex III) and 2 August 2028 (Annex I); new Art. 5 prohibitions on nudifier apps and CSAM from 2 December 2026; Art. 4 AI literacy softened to supporting the development of literacy; national sandboxes deferred to 2 August 2027; SME-type relief extended to small mid-caps (up to 750 employees / EUR 150m turnover) [S], whose effect on Art. 99(6) fines is still to be checked.",
        confidence: "P",
      },
      {
        id: "eu.ai-liability-directive",
        name: "AI Liability Directive (proposal)",
        number: "COM(2022)496",
        status: "withdrawn",
        binding: false,
        timeline: [
          {
            date: "2025-10-06",
            what: "Withdrawal of the proposal published in OJ C/2025/5423.",
            confidence: "P",
          },
        ],
        summary:
          "Proposal for a directive on non-contractual civil liability for AI; withdrawn by the Commission (withdrawal published in OJ C/2025/5423 on 6 October 2025).",
        confidence: "P",
      },
      {
        id: "eu.product-liability-directive",
        name: "Revised Product Liability Directive",
        status: "enacted",
        binding: true,
        timeline: [
          { date: "2026-12-09", what: "Software is treated as a product from this date.", confidence: "S1" },
        ],
        summary:
          "The revised Product Liability Directive brings software, including AI systems, within strict product liability from 9 December 2026 [S1].",
        confidence: "S1",
      },
    ],
    riskCategories: [
      {
        name: "Prohibited practices",
        description:
          "Practices banned outright: manipulation and exploitation of vulnerabilities, social scoring, predictive policing based on profiling, untargeted facial-image scraping, emotion recognition at work and in education, sensitive biometric categorisation, real-time remote biometric identification by police (with exceptions), and from 2 December 2026 nudifiers and CSAM.",
        citation: "AI Act Art. 5",
      },
      {
        name: "High-risk (Annex I)",
        description:
          "AI systems that are safety components of products, or are themselves products, covered by the Union harmonisation legislation of Annex I. Chapter III §§1–3 apply from 2 August 2028.",
        citation: "AI Act Art. 6(1), Annex I",
      },
      {
        name: "High-risk (Annex III)",
        description:
          "AI systems in the Annex III areas: biometrics, critical infrastructure, education, employment, access to essential private and public services (including credit and insurance), law enforcement, migration, and the administration of justice and democratic processes. Under the Art. 6(3) derogation, a provider may document that a listed system is not high-risk. Chapter III §§1–3 apply from 2 December 2027.",
        citation: "AI Act Art. 6(2), 6(3), Annex III",
      },
      {
        name: "Transparency risk",
        description:
          "Systems that interact with people, generate synthetic content, recognise emotions or categorise biometrically, or produce deepfakes: disclosure and marking duties from 2 August 2026.",
        citation: "AI Act Art. 50",
      },
      {
        name: "General-purpose AI models",
        description:
          "GPAI models carry documentation, downstream-information, copyright and training-summary duties; models with systemic risk carry more. Systemic risk is presumed above 10^25 FLOP of training compute (Art. 51(2); threshold not re-verified [M]).",
        citation: "AI Act Arts 51–56",
      },
      {
        name: "Minimal risk",
        description:
          "All other AI systems: no specific obligations beyond AI literacy (Art. 4) and the prohibitions.",
      },
    ],
    prohibitedPractices: [
      {
        id: "eu.ai-act.prohibited.manipulation",
        text: "Subliminal, purposefully manipulative or deceptive techniques that materially distort people's behaviour and cause or are likely to cause significant harm.",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(a)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.exploiting-vulnerabilities",
        text: "Exploiting vulnerabilities due to age, disability or a social or economic situation to materially distort behaviour, causing or likely to cause significant harm.",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(b)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.social-scoring",
        text: "Social scoring: evaluating or classifying people by social behaviour or personal characteristics where the score leads to detrimental or unfavourable treatment that is unjustified or out of context.",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(c)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.predictive-policing",
        text: "Assessing the risk that a person will commit a crime based solely on profiling or on personality traits and characteristics.",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(d)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.facial-scraping",
        text: "Creating or expanding facial-recognition databases through untargeted scraping of facial images from the internet or CCTV footage.",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(e)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.emotion-recognition-work-education",
        text: "Inferring emotions of people in the workplace or in education institutions, except for medical or safety reasons.",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(f)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.biometric-categorisation",
        text: "Biometric categorisation that infers sensitive characteristics (such as race, political opinions, trade-union membership, religious beliefs, sex life or sexual orientation) from biometric data.",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(g)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.real-time-rbi",
        text: "Real-time remote biometric identification in publicly accessible spaces for law enforcement, save for narrowly defined exceptions (such as searching for specific victims, preventing imminent threats, locating suspects of serious crimes).",
        citation: { instrument: AI_ACT, text: "AI Act Art. 5(1)(h)", basis: "law" },
        effectiveFrom: "2025-02-02",
        confidence: "M",
      },
      {
        id: "eu.ai-act.prohibited.ncii-nudifiers",
        text: "AI systems that generate non-consensual intimate imagery of identifiable people ('nudifier' apps) — inserted by the Digital Omnibus.",
        citation: {
          instrument: AI_ACT,
          text: "AI Act Art. 5(1)(ba)/(bb), 5(1a)/(1b) (inserted by Regulation (EU) 2026/1744)",
          basis: "law",
        },
        effectiveFrom: "2026-12-02",
        confidence: "P",
      },
      {
        id: "eu.ai-act.prohibited.csam",
        text: "AI systems that generate child sexual abuse material — inserted by the Digital Omnibus.",
        citation: {
          instrument: AI_ACT,
          text: "AI Act Art. 5(1)(ba)/(bb), 5(1a)/(1b) (inserted by Regulation (EU) 2026/1744)",
          basis: "law",
        },
        effectiveFrom: "2026-12-02",
        confidence: "P",
      },
    ],
    // The research pack introduces Art. 5 with "Examples:" and does not re-verify the letters of
    // Art. 5(1)(a)–(h) (hence [M] above): screening keeps an "other" option.
    prohibitedListOpen: true,
    obligations,
    penalties: [
      {
        id: "eu.ai-act.99-3",
        offence: "Non-compliance with the prohibition of AI practices (Art. 5)",
        citation: { instrument: AI_ACT, text: "AI Act Art. 99(3), 99(6)", basis: "law" },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "3500000000", currency: "EUR" },
          percent: "7",
          rule: "higher",
          smeRule: "lower",
        },
        per: "violation",
        whoMayBeFined: WHO_UNDERTAKINGS,
        effectiveFrom: "2025-08-02",
        triggeredBy: [
          "eu.ai-act.prohibited-practices-screening",
          "eu.ai-act.prohibited-practices-screening.ncii-csam",
        ],
        confidence: "P",
        notes: [
          "Up to EUR 35,000,000 or 7% of total worldwide annual turnover for the preceding financial year, whichever is higher; for SMEs and start-ups whichever is lower (Art. 99(6)).",
          "The Art. 5 prohibitions apply from 2025-02-02; the penalties chapter (Ch. XII) applies from 2025-08-02. The Omnibus prohibitions (nudifiers, CSAM) apply from 2026-12-02.",
          ...PENALTY_NOTES,
        ],
      },
      {
        id: "eu.ai-act.99-4",
        offence:
          "Non-compliance with operator obligations: providers (Art. 16), authorised representatives (Art. 22), importers (Art. 23), distributors (Art. 24), deployers (Art. 26), notified bodies (Arts 31, 33(1), 33(3), 33(4), 34), transparency (Art. 50)",
        citation: { instrument: AI_ACT, text: "AI Act Art. 99(4), 99(6)", basis: "law" },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "1500000000", currency: "EUR" },
          percent: "3",
          rule: "higher",
          smeRule: "lower",
        },
        per: "violation",
        whoMayBeFined: `${WHO_UNDERTAKINGS}; also notified bodies`,
        effectiveFrom: "2025-08-02",
        triggeredBy: art99_4Triggers,
        confidence: "P",
        notes: [
          "Up to EUR 15,000,000 or 3% of total worldwide annual turnover, whichever is higher; for SMEs and start-ups whichever is lower (Art. 99(6)).",
          "Exposure arises only once the underlying obligation applies: Art. 50 from 2026-08-02, Annex III high-risk duties from 2027-12-02, Annex I from 2028-08-02.",
          ...PENALTY_NOTES,
        ],
      },
      {
        id: "eu.ai-act.99-5",
        offence:
          "Supplying incorrect, incomplete or misleading information to notified bodies or national competent authorities in reply to a request",
        citation: { instrument: AI_ACT, text: "AI Act Art. 99(5), 99(6)", basis: "law" },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "750000000", currency: "EUR" },
          percent: "1",
          rule: "higher",
          smeRule: "lower",
        },
        per: "violation",
        whoMayBeFined: WHO_UNDERTAKINGS,
        effectiveFrom: "2025-08-02",
        confidence: "P",
        notes: [
          "Up to EUR 7,500,000 or 1% of total worldwide annual turnover, whichever is higher; for SMEs and start-ups whichever is lower (Art. 99(6)).",
          "Triggered by conduct towards authorities, not by a catalogue obligation: record it as a finding.",
          ...PENALTY_NOTES,
        ],
      },
      {
        id: "eu.ai-act.100",
        offence:
          "Union institutions, bodies, offices and agencies: non-compliance with the prohibition of AI practices (Art. 5)",
        citation: { instrument: AI_ACT, text: "AI Act Art. 100", basis: "law" },
        amount: { kind: "fixed", max: { amountMinor: "150000000", currency: "EUR" } },
        per: "violation",
        whoMayBeFined:
          "Union institutions, bodies, offices and agencies; fines imposed by the European Data Protection Supervisor (EDPS)",
        effectiveFrom: "2025-08-02",
        confidence: "S",
        notes: [
          "Up to EUR 1,500,000. Other breaches by Union bodies: see eu.ai-act.100.other (EUR 750,000).",
        ],
      },
      {
        id: "eu.ai-act.100.other",
        offence:
          "Union institutions, bodies, offices and agencies: non-compliance with other requirements or obligations of the AI Act",
        citation: { instrument: AI_ACT, text: "AI Act Art. 100", basis: "law" },
        amount: { kind: "fixed", max: { amountMinor: "75000000", currency: "EUR" } },
        per: "violation",
        whoMayBeFined:
          "Union institutions, bodies, offices and agencies; fines imposed by the European Data Protection Supervisor (EDPS)",
        effectiveFrom: "2025-08-02",
        confidence: "S",
        notes: ["Up to EUR 750,000. Art. 5 breaches by Union bodies: see eu.ai-act.100 (EUR 1,500,000)."],
      },
      {
        id: "eu.ai-act.101",
        offence:
          "Providers of general-purpose AI models: intentional or negligent infringement of the GPAI obligations, or failure to comply with Commission requests or measures",
        citation: { instrument: AI_ACT, text: "AI Act Art. 101", basis: "law" },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "1500000000", currency: "EUR" },
          percent: "3",
          rule: "higher",
        },
        per: "violation",
        whoMayBeFined:
          "Providers of general-purpose AI models; fines imposed by the European Commission (AI Office)",
        effectiveFrom: "2026-08-02",
        triggeredBy: ["eu.ai-act.gpai.provider-obligations", "eu.ai-act.gpai.systemic-risk"],
        confidence: "S",
        notes: [
          "Up to EUR 15,000,000 or 3% of total worldwide annual turnover, whichever is higher. Art. 101 is excluded from the 2025-08-02 phase and applies from 2026-08-02 (Art. 113 as amended).",
          "Some secondary sources give wrong figures for Art. 101 and the GPAI dates; they are not used.",
        ],
      },
    ],
    regulators: [
      {
        name: "National market surveillance authorities",
        role: "Supervise and enforce the AI Act in each Member State and impose fines under Art. 99; at least one per Member State, due by 2 August 2025.",
        citation: "AI Act Art. 70",
      },
      {
        name: "National notifying authorities",
        role: "Designate and monitor conformity assessment (notified) bodies; at least one per Member State, due by 2 August 2025.",
        citation: "AI Act Art. 70",
      },
      {
        name: "AI Office (European Commission)",
        role: "Supervises general-purpose AI models; the Commission imposes Art. 101 fines on GPAI providers (from 2 August 2026).",
        citation: "AI Act Art. 101",
      },
      {
        name: "European Data Protection Supervisor (EDPS)",
        role: "Market surveillance of, and fines on, Union institutions, bodies, offices and agencies.",
        citation: "AI Act Art. 100",
      },
      {
        name: "European Artificial Intelligence Board",
        role: "EU-level governance body of the AI Act (Member State representatives); coordination and advice, no fining power.",
      },
      {
        name: "Scientific panel of independent experts",
        role: "Expert advice within the AI Act's governance structure; no fining power.",
      },
      {
        name: "Advisory forum",
        role: "Stakeholder advice within the AI Act's governance structure; no fining power.",
      },
    ],
    sources: [
      {
        title:
          "Consolidated text of Regulation (EU) 2024/1689 (EUR-Lex 02024R1689, 27.07.2026), Art. 113 as quoted in public repositories",
        confidence: "P",
      },
      {
        title: "AI Act Service Desk consolidated text, Art. 73 (quoted in public repositories)",
        confidence: "P",
      },
      {
        title:
          "Withdrawal of the AI Liability Directive proposal, OJ C/2025/5423 (quoted in a public repository)",
        confidence: "P",
      },
      {
        title: "artificialintelligenceact.eu — Article 99: Penalties",
        url: "https://artificialintelligenceact.eu/article/99/",
        confidence: "P",
      },
      {
        title: "regulation-ai.eu — Article 99",
        url: "https://www.regulation-ai.eu/en/articles/article-99/",
        confidence: "S",
      },
      {
        title: "PowerQuant — EU AI Act fines",
        url: "https://powerquant.dk/en/eu-ai-act-fines",
        confidence: "S",
      },
      {
        title: "LLM Radar — AI Act Article 101",
        url: "https://www.llmradar.eu/ai-act/article-101",
        confidence: "S",
      },
      {
        title: "CMS — The EU's Digital Omnibus on AI: what the provisional agreement really changes",
        url: "https://cms.law/en/gbr/publication/The-EU-s-Digital-Omnibus-on-AI-What-the-Provisional-Agreement-Really-Changes",
        confidence: "S",
      },
      {
        title: "Mondaq — article 1796298 on the Digital Omnibus on AI",
        url: "https://www.mondaq.com/new-technology/1796298/",
        confidence: "S",
      },
      {
        title: "YR Project — Digital Omnibus file",
        url: "https://yrproject.nl/en/digital-omnibus-file.html",
        confidence: "S",
      },
      {
        title: "Moselwal — EU AI Act Digital Omnibus and the Mittelstand (small mid-cap relief)",
        url: "https://moselwal.com/blog/eu-ai-act-digital-omnibus-mittelstand",
        confidence: "S",
      },
      {
        title: "The Legal Wire — EU releases Digital Omnibus (Commission proposal, 19 Nov 2025)",
        url: "https://thelegalwire.ai/eu-releases-digital-omnibus-to-ai-cybersecurity-and-data-rules",
        confidence: "S1",
      },
      {
        title:
          "White & Case — AI Watch: Global regulatory tracker, European Union (only the shared introduction could be read)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-european-union",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },
];
