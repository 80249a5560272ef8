import type { Condition, JurisdictionInput } from "#schema.ts";

/**
 * South Korea: the AI Basic Act (Act No. 20676) and its Enforcement Decree, both applying from
 * 2026-01-22. Research pack `jurisdictions.md` §2 (sources as of about September 2026).
 *
 * Korea's "AI business operators" are AI developers and AI-using business operators: we map them to
 * our `provider` and `deployer` roles. End users are not covered by the Act.
 */

const ACT = "kr.ai-basic-act";
const DECREE = "kr.ai-basic-act.enforcement-decree";
const IN_FORCE = "2026-01-22";
const OPERATORS: Condition = { role: ["provider", "deployer"] };

const GRACE_PERIOD =
  "MSIT grace period: fines and fact-finding investigations are suspended for at least one year from 2026-01-22, " +
  "except in cases of serious harm such as loss of life or human-rights violations (the exact end date is not yet confirmed).";

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "KR",
    name: "South Korea",
    kind: "country",
    region: "asia",
    status: "in_force",
    binding: true,
    evolving: true,
    summary:
      "South Korea has a comprehensive framework law on AI, the AI Basic Act (Act No. 20676), in force since " +
      "22 January 2026 together with its Enforcement Decree. It sets transparency duties for generative and " +
      "high-impact AI (advance notice, output labels, deepfake labels), safety duties for high-performance AI " +
      "above a compute threshold, risk-management and explanation duties for high-impact AI, and a domestic " +
      "representative for large foreign operators. Administrative fines are capped at KRW 30,000,000 per breach, " +
      "but the Ministry of Science and ICT (MSIT) has suspended fines and fact-finding investigations for at " +
      "least one year except in cases of serious harm.",
    definitionOfAI: {
      text:
        "AI is the electronic implementation of human intellectual abilities such as learning, reasoning, " +
        "perception, judgment and language comprehension. An AI system is an AI-based system with varying " +
        "degrees of autonomy and adaptability that infers outputs such as predictions, recommendations and " +
        "decisions to achieve given objectives and that affects real or virtual environments.",
      citation: "AI Basic Act Art. 2",
    },
    scope:
      "Applies to AI business operators, split into AI developers and AI-using business operators; end users are " +
      "not covered. Extraterritorial: acts abroad that affect the Korean market or Korean users are covered " +
      "(Art. 4). Uses for national defence and security are excluded.",
    instruments: [
      {
        id: ACT,
        name:
          "Framework Act on the Development of Artificial Intelligence and the Establishment of a Foundation " +
          "for Trust (AI Basic Act)",
        number: "Act No. 20676",
        status: "in_force",
        binding: true,
        enacted: "2025-01-21",
        inForce: IN_FORCE,
        timeline: [
          { date: "2024-12-26", what: "Passed by the National Assembly", confidence: "S" },
          { date: "2025-01-21", what: "Promulgated", confidence: "S" },
          { date: IN_FORCE, what: "In force, with the Enforcement Decree", confidence: "S" },
          {
            date: "2027-01-22",
            what:
              "Earliest end of MSIT's fine and investigation grace period (at least one year from 2026-01-22; " +
              "the exact end date is not yet confirmed)",
            confidence: "S",
          },
        ],
        summary:
          "Framework law of 43 articles in 6 chapters. It defines AI, AI systems, high-impact AI, generative AI " +
          "and AI business operators (Art. 2), reaches conduct abroad that affects Korea (Art. 4), imposes " +
          "transparency duties (Art. 31), safety duties for high-performance AI (Art. 32), a high-impact " +
          "self-assessment (Art. 33), duties for high-impact AI (Art. 34), an endeavour-based fundamental-rights " +
          "impact assessment (Art. 35) and a domestic representative for foreign operators above set thresholds " +
          "(Art. 36). MSIT may investigate and order suspension or correction (Art. 40); administrative fines " +
          "of up to KRW 30,000,000 apply (Art. 43(1)).",
        confidence: "S",
      },
      {
        id: DECREE,
        name: "Enforcement Decree of the AI Basic Act",
        number: "Presidential Decree No. 36053",
        status: "in_force",
        binding: true,
        inForce: IN_FORCE,
        timeline: [{ date: IN_FORCE, what: "In force, the same day as the Act", confidence: "S" }],
        summary:
          "Implements the Act: sets the high-performance AI threshold at cumulative training compute of at least " +
          "10^26 FLOPs, lets generative-AI labels appear in the interface or as a logo inside the service (content " +
          "exported outside the service needs a watermark or visible label), and sets the domestic-representative " +
          "thresholds.",
        confidence: "S",
      },
      {
        id: "kr.msit-guidelines-2026",
        name: "MSIT guidelines on the AI Basic Act",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary:
          "Guidelines issued by MSIT in January 2026 on transparency, safety, high-impact assessment, the " +
          "responsibilities of high-impact operators and AI impact assessment. An AI Basic Act Institutional " +
          "Improvement Task Force was set up in March 2026.",
        confidence: "S",
      },
    ],
    riskCategories: [
      {
        name: "High-impact AI",
        description:
          "Defined by use: AI that may significantly affect, or create risk to, life, physical safety or " +
          "fundamental rights in the listed areas: energy, drinking water, healthcare and medical devices, " +
          "nuclear, biometric analysis in investigations, decisions on hiring or loans, transport, public-sector " +
          "decisions and student evaluation.",
        citation: "AI Basic Act Art. 2",
      },
      {
        name: "High-performance AI",
        description:
          "Defined by compute: cumulative training compute of at least 10^26 FLOPs, as set by the decree.",
        citation: "AI Basic Act Art. 32; Presidential Decree No. 36053",
      },
      {
        name: "Generative AI",
        description:
          "Defined in Art. 2; subject to the Art. 31 transparency duties (advance notice and output labels).",
        citation: "AI Basic Act Art. 2, Art. 31",
      },
    ],
    obligations: [
      {
        id: "kr.ai-basic-act.advance-notice",
        title: "Tell users in advance that the service uses AI",
        summary:
          "Before users use a product or service built on high-impact or generative AI, inform them that it " +
          "runs on such AI.",
        appliesWhen: "An AI business operator offers a service based on high-impact AI or generative AI.",
        condition: {
          all: [OPERATORS, { any: [{ impact: ["high"] }, { flag: "producesSyntheticOutputs" }] }],
        },
        citation: { instrument: ACT, text: "AI Basic Act Art. 31(1)", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: [
          "Our impact level stands in for Korea's high-impact test; confirm with the Art. 33 self-assessment.",
          GRACE_PERIOD,
        ],
        confidence: "S",
      },
      {
        id: "kr.ai-basic-act.generative-labelling",
        title: "Label generative-AI outputs",
        summary:
          "Mark outputs produced by generative AI as AI-generated. Inside the service a label in the interface " +
          "or a logo is enough; content exported outside the service needs a watermark or a visible label.",
        appliesWhen: "An AI business operator provides outputs generated by generative AI.",
        condition: { all: [OPERATORS, { flag: "producesSyntheticOutputs" }] },
        citation: { instrument: ACT, text: "AI Basic Act Art. 31", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: [
          "Labelling methods are set by the Enforcement Decree (Presidential Decree No. 36053).",
          GRACE_PERIOD,
        ],
        confidence: "S",
      },
      {
        id: "kr.ai-basic-act.deepfake-labelling",
        title: "Clearly label realistic synthetic content (deepfakes)",
        summary:
          "Where synthetic content is realistic enough to be mistaken for real, clearly notify users or label " +
          "the content so that its artificial origin is recognisable.",
        appliesWhen:
          "An AI business operator's system generates or publishes realistic synthetic content (deepfakes); " +
          "screened for every system that produces synthetic outputs, since realism is judged case by case.",
        condition: {
          all: [OPERATORS, { any: [{ flag: "publishesDeepfakes" }, { flag: "producesSyntheticOutputs" }] }],
        },
        citation: { instrument: ACT, text: "AI Basic Act Art. 31", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: [GRACE_PERIOD],
        confidence: "S",
      },
      {
        id: "kr.ai-basic-act.high-performance-safety",
        title: "Manage the risks of high-performance AI and report to MSIT",
        summary:
          "Identify, assess and mitigate risks across the AI lifecycle, run risk management and incident " +
          "response, and report the measures taken to MSIT.",
        appliesWhen:
          "The operator develops or provides AI trained with cumulative compute of at least 10^26 FLOPs " +
          "(high-performance AI under the decree).",
        condition: {
          all: [{ role: ["provider"] }, { flag: "isGeneralPurposeModel" }, { flag: "gpaiSystemicRisk" }],
        },
        citation: { instrument: ACT, text: "AI Basic Act Art. 32", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: [
          "The profile has no compute figure: the EU systemic-risk flag (a lower, 10^25 FLOPs threshold) is used " +
            "to screen candidates, so the 10^26 FLOPs test must be confirmed per model.",
        ],
        confidence: "S",
      },
      {
        id: "kr.ai-basic-act.high-impact-self-assessment",
        title: "Assess whether the AI is high-impact",
        summary:
          "Determine whether the AI offered is high-impact AI; the operator may ask MSIT to confirm the " +
          "determination.",
        appliesWhen: "Any AI business operator offering an AI product or service in or into Korea.",
        condition: OPERATORS,
        citation: { instrument: ACT, text: "AI Basic Act Art. 33", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: [],
        confidence: "S",
      },
      {
        id: "kr.ai-basic-act.high-impact-measures",
        title: "Safety and reliability measures for high-impact AI",
        summary:
          "Put in place a risk-management plan; be able to explain outcomes, the key criteria used and an outline " +
          "of the training data; protect users; ensure human oversight; and keep documentation of these measures.",
        appliesWhen: "An AI business operator provides high-impact AI.",
        condition: { all: [OPERATORS, { impact: ["high"] }] },
        citation: { instrument: ACT, text: "AI Basic Act Art. 34", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: ["Our impact level stands in for Korea's high-impact test (the listed areas of Art. 2)."],
        confidence: "S",
      },
      {
        id: "kr.ai-basic-act.impact-assessment",
        title: "Fundamental-rights impact assessment for high-impact AI",
        summary: "Endeavour to assess the impact of high-impact AI on people's fundamental rights.",
        appliesWhen: "An AI business operator provides high-impact AI.",
        condition: { all: [OPERATORS, { impact: ["high"] }] },
        citation: { instrument: ACT, text: "AI Basic Act Art. 35", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: ["An 'endeavour' duty: the Act attaches no fine to it."],
        confidence: "S",
      },
      {
        id: "kr.ai-basic-act.domestic-representative",
        title: "Designate a domestic representative in Korea",
        summary:
          "A foreign AI business operator above the thresholds set by the decree must designate a domestic " +
          "representative in Korea.",
        appliesWhen:
          "The operator is foreign and exceeds a decree threshold: prior-year global revenue over KRW 1 trillion, " +
          "or AI-service revenue over KRW 10 billion (a threshold of about 1m daily Korean users also appears in " +
          "some sources).",
        condition: OPERATORS,
        citation: { instrument: ACT, text: "AI Basic Act Art. 36", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: [
          "The profile cannot test foreign establishment or revenue: confirm both before treating this as a gap.",
          "Thresholds are from the draft decree and a single secondary source: unverified, check the final decree.",
          GRACE_PERIOD,
        ],
        confidence: "S1",
      },
      {
        id: "kr.ai-basic-act.corrective-orders",
        title: "Comply with MSIT suspension and correction orders",
        summary:
          "When MSIT, after investigating a report or complaint, orders a violation to be suspended or corrected, " +
          "comply with the order.",
        appliesWhen: "Any AI business operator to which MSIT has issued an order.",
        condition: OPERATORS,
        citation: { instrument: ACT, text: "AI Basic Act Art. 40", basis: "law" },
        effectiveFrom: IN_FORCE,
        notes: [GRACE_PERIOD],
        confidence: "S",
      },
    ],
    penalties: [
      {
        id: "kr.ai-basic-act.43-1.notice-label",
        offence: "Failing to give advance notice that a service uses AI, or to label AI outputs (Art. 31(1))",
        citation: { instrument: ACT, text: "AI Basic Act Art. 43(1); Art. 31(1)", basis: "law" },
        amount: { kind: "fixed", max: { amountMinor: "30000000", currency: "KRW" } },
        per: "violation",
        whoMayBeFined: "AI business operator (AI developer or AI-using business operator)",
        nonMonetary: ["MSIT order to suspend or correct the violation (Art. 40)"],
        effectiveFrom: IN_FORCE,
        triggeredBy: [
          "kr.ai-basic-act.advance-notice",
          "kr.ai-basic-act.generative-labelling",
          "kr.ai-basic-act.deepfake-labelling",
        ],
        confidence: "S",
        notes: ["Administrative fine; about US$20k.", GRACE_PERIOD],
      },
      {
        id: "kr.ai-basic-act.43-1.domestic-representative",
        offence: "Failing to designate a domestic representative (Art. 36)",
        citation: { instrument: ACT, text: "AI Basic Act Art. 43(1); Art. 36", basis: "law" },
        amount: { kind: "fixed", max: { amountMinor: "30000000", currency: "KRW" } },
        per: "violation",
        whoMayBeFined: "Foreign AI business operator above the decree thresholds",
        nonMonetary: [],
        effectiveFrom: IN_FORCE,
        triggeredBy: ["kr.ai-basic-act.domestic-representative"],
        confidence: "S",
        notes: ["Administrative fine; about US$20k.", GRACE_PERIOD],
      },
      {
        id: "kr.ai-basic-act.43-1.corrective-order",
        offence: "Failing to comply with an MSIT suspension or correction order (Art. 40)",
        citation: { instrument: ACT, text: "AI Basic Act Art. 43(1); Art. 40", basis: "law" },
        amount: { kind: "fixed", max: { amountMinor: "30000000", currency: "KRW" } },
        per: "violation",
        whoMayBeFined: "AI business operator subject to the order",
        nonMonetary: [],
        effectiveFrom: IN_FORCE,
        triggeredBy: ["kr.ai-basic-act.corrective-orders"],
        confidence: "S",
        notes: ["Administrative fine; about US$20k.", GRACE_PERIOD],
      },
    ],
    regulators: [
      {
        name: "Ministry of Science and ICT (MSIT)",
        role: "Lead regulator: investigates, orders suspension or correction, imposes administrative fines",
        citation: "AI Basic Act Art. 40, Art. 43",
      },
      { name: "National AI Committee", role: "National AI policy body, chaired by the President" },
      { name: "AI Safety Institute", role: "AI safety research and evaluation" },
      {
        name: "AI Basic Act Institutional Improvement Task Force",
        role: "Reviews the Act's institutional framework (set up in March 2026)",
      },
    ],
    sources: [
      {
        title: "DLA Piper, AI laws of the world: South Korea (enforcement)",
        url: "https://intelligence.dlapiper.com/artificial-intelligence/?c=KR&t=08-enforcement",
        confidence: "S",
      },
      {
        title: "Safe AI for Business: South Korea AI Basic Act",
        url: "https://safeaiforbusiness.com/south-korea-ai-basic-act/",
        confidence: "S",
      },
      {
        title: "Asia Economy (English)",
        url: "https://cm.asiae.co.kr/en/article/2025091713453438302",
        confidence: "S",
      },
      {
        title: "Shin & Kim newsletter",
        url: "https://shinkim.com/eng/media/newsletter/3190",
        confidence: "S",
      },
      {
        title: "Digital Today (English)",
        url: "https://www.digitaltoday.co.kr/en/view/1740/",
        confidence: "S",
      },
      {
        title: "Pikaworks: AI Basic Act grace period",
        url: "https://blog.pikaworks.kr/en-US/2026/06/23/ai-basic-act-grace-period/",
        confidence: "S",
      },
      {
        title: "The Framework Act on Artificial Intelligence of the Republic of Korea (English text)",
        url: "https://phapluatphattrien.vn/en/the-framework-act-on-artificial-intelligence-of-the-republic-of-korea-d4762.html",
        confidence: "S",
      },
      { title: "Sipoch article", url: "https://www.sipoch.com/en/article/300330022162360", confidence: "S" },
      {
        title:
          "White & Case, AI Watch: Global regulatory tracker – South Korea (reference; not read in full)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-south-korea",
        confidence: "M",
      },
    ],
    lastChecked: "2026-11-25",
  },
];
