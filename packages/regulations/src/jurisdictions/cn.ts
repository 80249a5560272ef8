import type { Condition, JurisdictionInput } from "#schema.ts";

/**
 * China: no comprehensive AI law; a layered set of binding CAC-led measures (algorithmic
 * recommendation, deep synthesis, generative AI, labelling, anthropomorphic interaction) whose
 * sanctions run through the Cybersecurity Law, the Data Security Law and the PIPL. Research pack
 * `jurisdictions.md` §3 (sources as of about September 2026).
 *
 * A Chinese "service provider" is whoever offers the service to the public, including a business that
 * builds on another's model: we map it to our `provider` and `deployer` roles.
 */

const GENAI = "cn.generative-ai-measures";
const LABELING = "cn.labeling-measures";
const ANTHRO = "cn.anthropomorphic-ai-measures";
const CSL = "cn.cybersecurity-law";
const PIPL = "cn.pipl";

const GENAI_FROM = "2023-08-15";
const LABELING_FROM = "2025-09-01";
const ANTHRO_FROM = "2026-07-15";
const CSL_AMENDED_FROM = "2026-01-01";
const PIPL_FROM = "2021-11-01";

const NO_ARTICLE = "article not given in the source";
const SERVICE_PROVIDERS: Condition = { role: ["provider", "deployer"] };
const GENERATIVE_SERVICE: Condition = { all: [SERVICE_PROVIDERS, { flag: "producesSyntheticOutputs" }] };
const HUMAN_LIKE_SERVICE: Condition = { all: [SERVICE_PROVIDERS, { flag: "interactsWithPeople" }] };
const HUMAN_LIKE_PROXY =
  "The profile has no 'anthropomorphic service' flag: every system that interacts with people is screened; " +
  "confirm that the service simulates human personality or emotional interaction.";
const VIA_UNDERLYING_LAWS =
  "Sanctions run through the underlying laws (Cybersecurity Law, Data Security Law, PIPL); where those are " +
  "silent, the Generative AI Measures provide warnings, criticism, correction orders and, on refusal or in " +
  "serious cases, suspension of service (Art. 21).";

const DUTIES_ENFORCED_VIA_CSL = [
  "cn.genai.content-compliance",
  "cn.genai.training-data",
  "cn.genai.output-labelling",
  "cn.genai.security-assessment-filing",
  "cn.genai.complaints-and-minors",
  "cn.labeling.explicit-labels",
  "cn.labeling.implicit-labels",
  "cn.labeling.platform-verification",
  "cn.anthropomorphic.ai-disclosure",
  "cn.anthropomorphic.wellbeing-and-minors",
  "cn.anthropomorphic.filing",
];

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "CN",
    name: "China",
    kind: "country",
    region: "asia",
    status: "sectoral",
    binding: true,
    evolving: true,
    summary:
      "China has no comprehensive AI law but regulates AI through a layered set of binding, service-specific " +
      "measures led by the Cyberspace Administration of China (CAC): algorithmic recommendation (2022), deep " +
      "synthesis (2023), generative AI services (in force 15 August 2023), labelling of AI-generated content " +
      "with mandatory standard GB 45438-2025 (in force 1 September 2025) and anthropomorphic (human-like) " +
      "interaction services (in force 15 July 2026). The amended Cybersecurity Law adds AI governance and " +
      "higher fines from 1 January 2026. Sanctions come mainly from the Cybersecurity Law (up to RMB 10,000,000 " +
      "in serious cases) and the PIPL (up to RMB 50,000,000 or 5% of the previous year's turnover in serious " +
      "cases).",
    scope:
      "The Generative AI Measures cover generative-AI services offered to the public inside the PRC; internal " +
      "research and development not offered to the public is excluded (Art. 2). For services provided from " +
      "outside the PRC, the CAC may order technical measures, in practice blocking (Art. 20). There is no " +
      "comprehensive statutory definition of AI.",
    instruments: [
      {
        id: "cn.algorithmic-recommendation",
        name: "Administrative Provisions on Algorithmic Recommendation in Internet Information Services",
        status: "in_force",
        binding: true,
        inForce: "2022-03-01",
        timeline: [{ date: "2022-03-01", what: "In force", confidence: "S" }],
        summary:
          "Issued by the CAC with other authorities; governs recommendation algorithms used in internet " +
          "information services.",
        confidence: "S",
      },
      {
        id: "cn.deep-synthesis",
        name: "Administrative Provisions on Deep Synthesis in Internet Information Services",
        status: "in_force",
        binding: true,
        inForce: "2023-01-10",
        timeline: [{ date: "2023-01-10", what: "In force", confidence: "S" }],
        summary: "Issued by the CAC, MIIT and MPS; governs deep-synthesis (synthetic media) services.",
        confidence: "S",
      },
      {
        id: GENAI,
        name: "Interim Measures for the Management of Generative AI Services",
        status: "in_force",
        binding: true,
        inForce: GENAI_FROM,
        timeline: [{ date: GENAI_FROM, what: "In force (issued July 2023)", confidence: "S" }],
        summary:
          "Issued by the CAC with six ministries (NDRC, MoE, MoST, MIIT, MPS, NRTA). Covers generative-AI services " +
          "offered to the public in the PRC (Art. 2). Content must comply with law and 'core socialist values'; " +
          "training data must be lawful and respect IP; personal data needs consent; outputs must be labelled; " +
          "services with public-opinion attributes or social-mobilisation capacity need a security assessment " +
          "and algorithm filing; illegal content must be stopped, removed and reported; complaint mechanisms and " +
          "protections for minors are required. The CAC may order technical measures against overseas providers " +
          "(Art. 20). Penalties apply under the Cybersecurity Law, Data Security Law, PIPL and S&T Progress Law; " +
          "where those are silent, a warning, criticism or correction order, and suspension of service on " +
          "refusal or in serious cases (Art. 21).",
        confidence: "S",
      },
      {
        id: LABELING,
        name: "Measures for Labeling AI-Generated Synthetic Content, with mandatory national standard GB 45438-2025",
        status: "in_force",
        binding: true,
        enacted: "2025-03-14",
        inForce: LABELING_FROM,
        timeline: [
          { date: "2025-03-14", what: "Issued by the CAC, MIIT, MPS and NRTA", confidence: "S" },
          { date: LABELING_FROM, what: "In force, with standard GB 45438-2025", confidence: "S" },
        ],
        summary:
          "Requires explicit labels (visible text, audio or graphic marks) and implicit labels (metadata naming the " +
          "provider and a content ID) on AI-generated content. Distribution platforms must verify labels and app " +
          "stores must check apps. Removing or forging labels is prohibited. Unlabelled output is allowed only at " +
          "the user's request, with logging. Sanctions run through the underlying laws.",
        confidence: "S",
      },
      {
        id: CSL,
        name: "Cybersecurity Law (as amended)",
        status: "in_force",
        binding: true,
        enacted: "2025-10-28",
        inForce: CSL_AMENDED_FROM,
        timeline: [
          { date: "2025-10-28", what: "Amendment adopted by the NPC Standing Committee", confidence: "S" },
          {
            date: CSL_AMENDED_FROM,
            what: "Amendment in force: AI governance (new Art. 20) and higher fines",
            confidence: "S",
          },
        ],
        summary:
          "The amendment adds AI governance (new Art. 20) and raises fines: scaled to severity from about " +
          "RMB 10,000 up to RMB 10,000,000 in serious cases (for example major data leaks or loss of " +
          "critical-infrastructure function), up to RMB 1,000,000 for directly responsible individuals, and " +
          "possible business suspension and licence revocation.",
        confidence: "S",
      },
      {
        id: ANTHRO,
        name: "Interim Measures for the Administration of AI Anthropomorphic Interaction Services",
        status: "in_force",
        binding: true,
        enacted: "2026-04-10",
        inForce: ANTHRO_FROM,
        timeline: [
          { date: "2026-04-10", what: "Adopted by the CAC with NDRC, MIIT, MPS and SAMR", confidence: "S" },
          { date: ANTHRO_FROM, what: "In force", confidence: "S" },
        ],
        summary:
          "Rules for human-like interactive AI services: disclosure that the user is talking to AI, pop-up " +
          "reminders (including after 2 hours of continuous use), addiction and distress intervention, a minors' " +
          "mode with guardian consent under 14, a ban on 'virtual relative' or companion services for under-18s, " +
          "algorithm filing and security assessment, and a registration report once a service passes 1m " +
          "registered or 100k monthly active users (the detailed duties come from a single source and are " +
          "unverified). Sanctions run through the underlying laws.",
        confidence: "S",
      },
      {
        id: PIPL,
        name: "Personal Information Protection Law (PIPL)",
        status: "in_force",
        binding: true,
        inForce: PIPL_FROM,
        timeline: [{ date: PIPL_FROM, what: "In force", confidence: "S" }],
        summary:
          "Applies to AI services that process personal information. Art. 66: in general cases a correction order, " +
          "warning and confiscation of unlawful gains, up to RMB 1,000,000 on refusal to correct and RMB 10,000 to " +
          "100,000 on responsible individuals; in serious cases up to RMB 50,000,000 or 5% of the previous year's " +
          "turnover, and RMB 100,000 to 1,000,000 on responsible individuals, who may be barred from office.",
        confidence: "P",
      },
      {
        id: "cn.data-security-law",
        name: "Data Security Law",
        status: "in_force",
        binding: true,
        timeline: [],
        summary: "Data-security regime; one of the laws through which the generative-AI rules are enforced.",
        confidence: "S",
      },
      {
        id: "cn.st-ethics-review",
        name: "Measures for Review of Science and Technology Ethics",
        status: "in_force",
        binding: true,
        timeline: [],
        summary: "Ethics review of science and technology activities.",
        confidence: "S",
      },
      {
        id: "cn.ai-safety-governance-framework",
        name: "AI Safety Governance Framework 2.0",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Non-binding framework on AI safety governance, published September 2025.",
        confidence: "S",
      },
    ],
    riskCategories: [
      {
        name: "Generative AI services with public-opinion attributes or social-mobilisation capacity",
        description: "Need a security assessment and algorithm filing, and must display the filing number.",
        citation: "Interim Measures for the Management of Generative AI Services",
      },
      {
        name: "Anthropomorphic (human-like) interaction services",
        description:
          "Extra duties on disclosure, use reminders, minors and wellbeing; registration reported above 1m " +
          "registered or 100k monthly active users.",
        citation: "Interim Measures for the Administration of AI Anthropomorphic Interaction Services",
      },
    ],
    prohibitedPractices: [
      {
        id: "cn.labeling.no-label-removal",
        text: "Removing, tampering with or forging the labels of AI-generated content.",
        citation: {
          instrument: LABELING,
          text: "Measures for Labeling AI-Generated Synthetic Content",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: LABELING_FROM,
        confidence: "S",
      },
      {
        id: "cn.anthropomorphic.no-minor-companions",
        text: "Offering 'virtual relative' or companion services to users under 18.",
        citation: {
          instrument: ANTHRO,
          text: "Anthropomorphic AI Interaction Measures",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: ANTHRO_FROM,
        confidence: "S1",
      },
    ],
    obligations: [
      {
        id: "cn.genai.content-compliance",
        title: "Keep generated content lawful; stop, remove and report illegal content",
        summary:
          "Ensure generated content complies with the law and 'core socialist values'; when illegal content is " +
          "found, stop generating it, remove it and report it to the authorities.",
        appliesWhen: "The organisation offers a generative-AI service to the public in the PRC.",
        condition: GENERATIVE_SERVICE,
        citation: { instrument: GENAI, text: "Generative AI Measures", basis: "inferred", note: NO_ARTICLE },
        effectiveFrom: GENAI_FROM,
        notes: [VIA_UNDERLYING_LAWS],
        confidence: "S",
      },
      {
        id: "cn.genai.training-data",
        title: "Use lawful training data and respect IP",
        summary: "Source training data lawfully and respect intellectual-property rights.",
        appliesWhen:
          "The organisation trains models for a generative-AI service offered to the public in the PRC.",
        condition: { all: [GENERATIVE_SERVICE, { flag: "trainsModels" }] },
        citation: { instrument: GENAI, text: "Generative AI Measures", basis: "inferred", note: NO_ARTICLE },
        effectiveFrom: GENAI_FROM,
        notes: [VIA_UNDERLYING_LAWS],
        confidence: "S",
      },
      {
        id: "cn.genai.personal-data-consent",
        title: "Obtain consent for personal data",
        summary: "Obtain the individual's consent before using personal data in the generative-AI service.",
        appliesWhen: "A generative-AI service offered to the public in the PRC processes personal data.",
        condition: { all: [GENERATIVE_SERVICE, { flag: "processesPersonalData" }] },
        citation: { instrument: GENAI, text: "Generative AI Measures", basis: "inferred", note: NO_ARTICLE },
        effectiveFrom: GENAI_FROM,
        notes: [VIA_UNDERLYING_LAWS],
        confidence: "S",
      },
      {
        id: "cn.genai.output-labelling",
        title: "Label generated outputs",
        summary: "Label content generated by the service as AI-generated.",
        appliesWhen: "The organisation offers a generative-AI service to the public in the PRC.",
        condition: GENERATIVE_SERVICE,
        citation: { instrument: GENAI, text: "Generative AI Measures", basis: "inferred", note: NO_ARTICLE },
        effectiveFrom: GENAI_FROM,
        notes: [
          "From 2025-09-01 the Labeling Measures and GB 45438-2025 set how labels are made.",
          VIA_UNDERLYING_LAWS,
        ],
        confidence: "S",
      },
      {
        id: "cn.genai.security-assessment-filing",
        title: "Security assessment and algorithm filing",
        summary:
          "Pass a security assessment, complete the algorithm filing and display the filing number in the service.",
        appliesWhen:
          "The generative-AI service has public-opinion attributes or social-mobilisation capacity; screened for " +
          "every public generative service, confirm the qualifier per service.",
        condition: GENERATIVE_SERVICE,
        citation: { instrument: GENAI, text: "Generative AI Measures", basis: "inferred", note: NO_ARTICLE },
        effectiveFrom: GENAI_FROM,
        notes: [VIA_UNDERLYING_LAWS],
        confidence: "S",
      },
      {
        id: "cn.genai.complaints-and-minors",
        title: "Complaint mechanisms and protection of minors",
        summary: "Provide a complaint mechanism for users and take measures to protect minors.",
        appliesWhen: "The organisation offers a generative-AI service to the public in the PRC.",
        condition: GENERATIVE_SERVICE,
        citation: { instrument: GENAI, text: "Generative AI Measures", basis: "inferred", note: NO_ARTICLE },
        effectiveFrom: GENAI_FROM,
        notes: [VIA_UNDERLYING_LAWS],
        confidence: "S",
      },
      {
        id: "cn.labeling.explicit-labels",
        title: "Explicit labels on AI-generated content",
        summary:
          "Add visible text, audio or graphic marks showing that content is AI-generated, following GB 45438-2025.",
        appliesWhen: "The service generates or synthesises content for the public in the PRC.",
        condition: GENERATIVE_SERVICE,
        citation: {
          instrument: LABELING,
          text: "Labeling Measures; GB 45438-2025",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: LABELING_FROM,
        notes: [
          "Unlabelled output may be provided only at the user's request, and the request must be logged.",
          "Sanctions run through the underlying laws (Cybersecurity Law etc.).",
        ],
        confidence: "S",
      },
      {
        id: "cn.labeling.implicit-labels",
        title: "Implicit labels (metadata) on AI-generated content",
        summary: "Embed metadata identifying the provider and a content ID in AI-generated content.",
        appliesWhen: "The service generates or synthesises content for the public in the PRC.",
        condition: GENERATIVE_SERVICE,
        citation: {
          instrument: LABELING,
          text: "Labeling Measures; GB 45438-2025",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: LABELING_FROM,
        notes: ["Sanctions run through the underlying laws (Cybersecurity Law etc.)."],
        confidence: "S",
      },
      {
        id: "cn.labeling.platform-verification",
        title: "Platforms verify labels; app stores check apps",
        summary:
          "Content-distribution platforms must verify the labels of AI-generated content they carry; app stores " +
          "must check the apps they list.",
        appliesWhen: "The organisation runs a content-distribution platform or app store in the PRC.",
        condition: { role: ["platform_operator", "distributor"] },
        citation: { instrument: LABELING, text: "Labeling Measures", basis: "inferred", note: NO_ARTICLE },
        effectiveFrom: LABELING_FROM,
        notes: ["Sanctions run through the underlying laws (Cybersecurity Law etc.)."],
        confidence: "S",
      },
      {
        id: "cn.anthropomorphic.ai-disclosure",
        title: "Disclose AI and remind users during long sessions",
        summary:
          "Tell users they are interacting with AI, and show pop-up reminders, including after 2 hours of " +
          "continuous use.",
        appliesWhen:
          "The organisation offers a human-like (anthropomorphic) interactive AI service in the PRC.",
        condition: HUMAN_LIKE_SERVICE,
        citation: {
          instrument: ANTHRO,
          text: "Anthropomorphic AI Interaction Measures",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: ANTHRO_FROM,
        notes: [HUMAN_LIKE_PROXY, "Single secondary source: unverified."],
        confidence: "S1",
      },
      {
        id: "cn.anthropomorphic.wellbeing-and-minors",
        title: "Addiction and distress intervention; minors' mode",
        summary:
          "Intervene in signs of addiction or distress; provide a minors' mode and obtain guardian consent for " +
          "users under 14; do not offer 'virtual relative' or companion services to under-18s.",
        appliesWhen:
          "The organisation offers a human-like (anthropomorphic) interactive AI service in the PRC.",
        condition: HUMAN_LIKE_SERVICE,
        citation: {
          instrument: ANTHRO,
          text: "Anthropomorphic AI Interaction Measures",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: ANTHRO_FROM,
        notes: [HUMAN_LIKE_PROXY, "Single secondary source: unverified."],
        confidence: "S1",
      },
      {
        id: "cn.anthropomorphic.filing",
        title: "Algorithm filing, security assessment and registration report",
        summary:
          "Complete algorithm filing and a security assessment; report the registration once the service passes " +
          "1m registered users or 100k monthly active users.",
        appliesWhen:
          "The organisation offers a human-like (anthropomorphic) interactive AI service in the PRC.",
        condition: HUMAN_LIKE_SERVICE,
        citation: {
          instrument: ANTHRO,
          text: "Anthropomorphic AI Interaction Measures",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: ANTHRO_FROM,
        notes: [HUMAN_LIKE_PROXY, "User thresholds from a single secondary source: unverified, verify."],
        confidence: "S1",
      },
    ],
    penalties: [
      {
        id: "cn.csl.serious",
        offence:
          "Breach of the Cybersecurity Law, including AI-service duties enforced through it; the maximum applies " +
          "in serious cases (for example major data leaks or loss of critical-infrastructure function)",
        citation: {
          instrument: CSL,
          text: "Cybersecurity Law (as amended), liability provisions",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        amount: { kind: "fixed", max: { amountMinor: "1000000000", currency: "CNY" } },
        per: "violation",
        whoMayBeFined: "Network operator / service provider (organisation)",
        nonMonetary: ["Business suspension", "Licence revocation"],
        effectiveFrom: CSL_AMENDED_FROM,
        triggeredBy: DUTIES_ENFORCED_VIA_CSL,
        confidence: "S",
        notes: [
          "Fines are scaled to severity, starting at about RMB 10,000; RMB 10,000,000 is the serious-case ceiling.",
          "Amounts as amended with effect from 2026-01-01; the earlier, lower amounts are not in the catalogue.",
          VIA_UNDERLYING_LAWS,
        ],
      },
      {
        id: "cn.csl.responsible-individuals",
        offence: "Directly responsible individuals in a Cybersecurity Law breach",
        citation: {
          instrument: CSL,
          text: "Cybersecurity Law (as amended), liability provisions",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        amount: { kind: "fixed", max: { amountMinor: "100000000", currency: "CNY" } },
        per: "person",
        whoMayBeFined: "Directly responsible managers and other directly responsible individuals",
        nonMonetary: [],
        effectiveFrom: CSL_AMENDED_FROM,
        triggeredBy: DUTIES_ENFORCED_VIA_CSL,
        confidence: "S",
        notes: [],
      },
      {
        id: "cn.pipl.66.general",
        offence:
          "Unlawful processing of personal information (general case), where the violator refuses to correct",
        citation: { instrument: PIPL, text: "PIPL Art. 66", basis: "law" },
        amount: { kind: "fixed", max: { amountMinor: "100000000", currency: "CNY" } },
        per: "violation",
        whoMayBeFined: "Personal-information processor",
        nonMonetary: ["Correction order", "Warning", "Confiscation of unlawful gains"],
        effectiveFrom: PIPL_FROM,
        triggeredBy: ["cn.genai.personal-data-consent"],
        confidence: "P",
        notes: ["The fine of up to RMB 1,000,000 applies only if the violator refuses to correct."],
      },
      {
        id: "cn.pipl.66.general-individuals",
        offence: "Directly responsible individuals in a general-case PIPL violation",
        citation: { instrument: PIPL, text: "PIPL Art. 66", basis: "law" },
        amount: {
          kind: "fixed",
          min: { amountMinor: "1000000", currency: "CNY" },
          max: { amountMinor: "10000000", currency: "CNY" },
        },
        per: "person",
        whoMayBeFined: "Directly responsible person in charge and other directly responsible individuals",
        nonMonetary: [],
        effectiveFrom: PIPL_FROM,
        triggeredBy: ["cn.genai.personal-data-consent"],
        confidence: "P",
        notes: [],
      },
      {
        id: "cn.pipl.66.serious",
        offence: "Unlawful processing of personal information (serious case)",
        citation: { instrument: PIPL, text: "PIPL Art. 66", basis: "law" },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "5000000000", currency: "CNY" },
          percent: "5",
          rule: "higher",
        },
        per: "violation",
        whoMayBeFined: "Personal-information processor",
        nonMonetary: [],
        effectiveFrom: PIPL_FROM,
        triggeredBy: ["cn.genai.personal-data-consent"],
        confidence: "P",
        notes: [
          "The percentage is of the previous year's turnover.",
          "The statute puts 'or' between RMB 50,000,000 and 5%; many secondary sources read it as 'whichever is " +
            "higher', which is the reading used for exposure.",
        ],
      },
      {
        id: "cn.pipl.66.serious-individuals",
        offence: "Directly responsible individuals in a serious-case PIPL violation",
        citation: { instrument: PIPL, text: "PIPL Art. 66", basis: "law" },
        amount: {
          kind: "fixed",
          min: { amountMinor: "10000000", currency: "CNY" },
          max: { amountMinor: "100000000", currency: "CNY" },
        },
        per: "person",
        whoMayBeFined: "Directly responsible person in charge and other directly responsible individuals",
        nonMonetary: ["May be barred from office"],
        effectiveFrom: PIPL_FROM,
        triggeredBy: ["cn.genai.personal-data-consent"],
        confidence: "P",
        notes: [],
      },
    ],
    regulators: [
      {
        name: "Cyberspace Administration of China (CAC)",
        role: "Lead regulator for algorithms, deep synthesis, generative AI, labelling and anthropomorphic services",
      },
      { name: "Ministry of Industry and Information Technology (MIIT)", role: "Co-issuer and co-regulator" },
      { name: "Ministry of Public Security (MPS)", role: "Co-issuer and co-regulator" },
      { name: "National Radio and Television Administration (NRTA)", role: "Co-issuer and co-regulator" },
      {
        name: "State Administration for Market Regulation (SAMR)",
        role: "Co-issuer of the anthropomorphic-AI measures",
      },
      { name: "National Development and Reform Commission (NDRC)", role: "Co-issuer" },
      { name: "Sectoral regulators", role: "Supervise AI within their sectors" },
    ],
    sources: [
      {
        title:
          "Interim Measures for the Management of Generative AI Services (Digital Policy Alert translation)",
        url: "https://clairk.digitalpolicyalert.org/documents/china-interim-measures-for-the-management-of-generative-artificial-intelligence-services/raw",
        confidence: "S",
      },
      {
        title: "Mondaq: China generative AI measures",
        url: "https://www.mondaq.com:443/china/new-technology/1347520/",
        confidence: "S",
      },
      {
        title: "Compliancert: China's new AI content labeling rules",
        url: "https://compliancert.com/articles/chinas-new-ai-content-labeling-rules-what-global-companies-need-to-know",
        confidence: "S",
      },
      {
        title: "SESEC: China issues mandatory standard and measures for labelling AI-generated content",
        url: "https://sesec.eu/2025/news-events/news/china-issued-new-mandatory-national-standard-and-measures-for-the-labeling-of-content-generated-by-artificial-intelligence",
        confidence: "S",
      },
      {
        title: "Linklaters TechInsights",
        url: "https://techinsights.linklaters.com/post/102lrz5/",
        confidence: "S",
      },
      {
        title: "Digital Policy Alert: Cybersecurity Law amendment enters into force",
        url: "https://digitalpolicyalert.org/event/34818-cybersecurity-law-amendment-enters-into-force",
        confidence: "S",
      },
      {
        title: "SESEC: China amends Cybersecurity Law to strengthen AI governance and data protection",
        url: "https://sesec.eu/2025/news-events/news/china-amends-cybersecurity-law-to-strengthen-ai-governance-and-data-protection",
        confidence: "S",
      },
      { title: "Digital Policy Alert event 39169: humanised interactive services measures", confidence: "S" },
      { title: "eyeon.ai: anthropomorphic AI measures", url: "https://eyeon.ai/f/111", confidence: "S1" },
      { title: "PIPL Art. 66 (XL Law Consulting)", confidence: "P" },
      {
        title: "White & Case, AI Watch: Global regulatory tracker – China (reference; not read in full)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-china",
        confidence: "M",
      },
    ],
    lastChecked: "2026-11-25",
  },
];
