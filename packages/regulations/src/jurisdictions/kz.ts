import type { JurisdictionInput } from "#schema.ts";
import { KZ_DIGITAL_CODE_IN_FORCE } from "#vocabulary.ts";

/**
 * Kazakhstan in full depth: AI Law No. 230-VIII, Digital Code No. 255-VIII and the AI offences of the
 * Code of Administrative Offenses (Art. 641-1), from `spec/kazakhstan.md` (a digest of the seed, the
 * White & Case "Global regulatory tracker – Kazakhstan"). Obligation ids are kazakhstan.md's and part
 * of the API.
 *
 * Confidence: the seed is one secondary source, so a fact found only there is [S1] (shown as
 * "unverified"). Facts that other public sources state the same way (dates, the prohibited list,
 * labelling, copyright, the owner/holder duties, the fine table) are [S]; the sources are listed in
 * `sources`. Where the seed gives no article or no trigger the citation is `inferred` with a note;
 * where the product is stricter than the law the citation is `product_policy`.
 */

const LAST_CHECKED = "2026-11-25";
/** AI Law No. 230-VIII in force. */
const AI_LAW_FROM = "2026-01-18";
/** Digital Code No. 255-VIII in force. */
const DIGITAL_CODE_FROM = KZ_DIGITAL_CODE_IN_FORCE;

const NO_ARTICLE = "Article not given in the source (the seed states the duty without an article number).";

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "KZ",
    name: "Kazakhstan",
    kind: "country",
    region: "asia",
    status: "in_force",
    binding: true,
    evolving: true,
    summary:
      'Kazakhstan has a dedicated, horizontal AI statute: Law No. 230-VIII "On Artificial Intelligence" ' +
      "(enacted 2025-11-17, in force 2026-01-18) sets a risk-based regime for owners/holders, users and the " +
      "National AI Platform operator, with labelling of synthetic outputs, continuous risk management, " +
      "prohibited applications and trusted lists of high-risk systems. The Digital Code No. 255-VIII " +
      "(enacted 2026-01-09, in force 2026-07-11) adds a parallel layer for AI systems as digital objects: " +
      "non-discrimination and review rights for algorithmic decisions, cybersecurity, quality audits and " +
      "digital ethics. Fines for two AI offences sit in Art. 641-1 of the Code of Administrative Offenses. " +
      "The framework is still being built: an implementation plan (Order No. 2-r of 2026-01-14) lists " +
      "subordinate acts, some adopted, others still in preparation, and the regime is expected to " +
      "consolidate through 2026.",
    definitionOfAI: {
      text:
        "Artificial intelligence is the functional ability to imitate the cognitive functions typical of " +
        "humans, giving results comparable to, or better than, those of human intellectual activity. An AI " +
        "system is an informatization object working on one or more AI models; whether an informatization " +
        "object is an AI system follows the Ministry's criteria order of 2026-04-01.",
      citation: "AI Law Art. 1(3)",
    },
    scope:
      "Territorial: the AI Law and the Digital Code both apply within the territory of the Republic of " +
      "Kazakhstan. Under the Digital Code, foreign nationals and stateless persons acting in Kazakhstan's " +
      "digital environment have the same rights and duties as Kazakh citizens and legal entities, unless the " +
      "Constitution, the Digital Code, other laws of Kazakhstan or ratified international treaties provide " +
      "otherwise. Sectoral: neither act is sector specific; the Government approves a list of priority " +
      "economic sectors for AI implementation, which decides access to the National AI Platform's computing " +
      "resources and to state support. Scoping first asks whether an informatization object is an AI system " +
      "at all (criteria order of 2026-04-01), then classifies it under the informatization object " +
      "classification rules (AI Law Art. 17(1)).",
    instruments: [
      {
        id: "kz.ai-law",
        name: 'Law of the Republic of Kazakhstan "On Artificial Intelligence"',
        number: "No. 230-VIII",
        status: "in_force",
        binding: true,
        enacted: "2025-11-17",
        inForce: "2026-01-18",
        timeline: [
          { date: "2025-11-17", what: "Enacted (signed into law).", confidence: "S" },
          {
            date: "2026-01-14",
            what:
              "Order of the Prime Minister No. 2-r approves the implementation plan listing the subordinate " +
              "acts to be adopted or amended.",
            confidence: "S1",
          },
          { date: "2026-01-18", what: "Enters into force.", confidence: "S" },
        ],
        summary:
          "The horizontal AI statute: definitions, roles (owner/holder, user, National AI Platform operator), " +
          "classification by impact on safety and by autonomy, prohibited applications, transparency and " +
          "labelling of synthetic outputs, risk management, audits and trusted high-risk lists, data " +
          "protection, liability and copyright. Several subordinate acts are still being prepared.",
        confidence: "S",
      },
      {
        id: "kz.companion-law",
        name:
          'Law "On Amendments and Additions to Certain Legislative Acts of the Republic of Kazakhstan on ' +
          'Artificial Intelligence and Digitalisation"',
        status: "enacted",
        binding: true,
        enacted: "2025-11-17",
        timeline: [{ date: "2025-11-17", what: "Enacted together with the AI Law.", confidence: "S" }],
        summary:
          "The companion law of the AI Law, amending other legislative acts to fit it; its implementation is " +
          "covered by the same Prime Minister's Order No. 2-r of 2026-01-14. The seed gives no separate " +
          "entry-into-force date.",
        confidence: "S",
      },
      {
        id: "kz.criteria-order",
        name:
          "Order of the Deputy Prime Minister – Minister of Artificial Intelligence and Digital Development " +
          '"On Approval of the Criteria for Classifying Informatization Facilities as Artificial Intelligence ' +
          'Systems"',
        status: "adopted",
        binding: true,
        enacted: "2026-04-01",
        timeline: [{ date: "2026-04-01", what: "Adopted.", confidence: "S1" }],
        summary:
          "Ministerial criteria that decide whether an informatization object counts as an AI system: the " +
          "first scoping question before any AI Law duty applies. The seed gives no entry-into-force date.",
        confidence: "S1",
      },
      {
        id: "kz.machine-readable-rules",
        name:
          "Order of the Deputy Prime Minister – Minister of Artificial Intelligence and Digital Development " +
          '"On Approval of the Rules for Development, Use and Distribution of Machine-Readable Forms"',
        status: "adopted",
        binding: false,
        enacted: "2026-04-15",
        timeline: [
          {
            date: "2026-04-15",
            what: "Adopted; not yet in force (no entry-into-force date given in the source).",
            confidence: "S1",
          },
        ],
        summary:
          "Detailed rules for the machine-readable forms of AI Law Art. 22(1) (automated recording and " +
          "recognition of information). Adopted but not yet in force, so not binding yet.",
        confidence: "S1",
      },
      {
        id: "kz.digital-code",
        name: "Digital Code of the Republic of Kazakhstan",
        number: "No. 255-VIII",
        status: "in_force",
        binding: true,
        enacted: "2026-01-09",
        inForce: DIGITAL_CODE_FROM,
        timeline: [
          { date: "2026-01-09", what: "Enacted (signed).", confidence: "S" },
          { date: DIGITAL_CODE_FROM, what: "Enters into force.", confidence: "S" },
        ],
        summary:
          "The general framework of the digital environment. AI systems are digital objects and digital " +
          "systems under it: non-discrimination and rights regarding fully automated algorithmic decisions, " +
          "human-decided dispute resolution for smart contracts, cybersecurity, critically important digital " +
          "objects, quality audits of AI systems and digital ethics. The seed, written before 2026-07-11, " +
          "describes it as enacted but not yet applying.",
        confidence: "S",
      },
      {
        id: "kz.coao",
        name: "Code of the Republic of Kazakhstan on Administrative Offenses, Art. 641-1 (AI offences)",
        number: "No. 235-V",
        status: "in_force",
        binding: true,
        inForce: "2026-01-18",
        timeline: [
          {
            date: "2026-01-18",
            what:
              "Art. 641-1 treated as applying from the AI Law's entry into force (inferred: the seed gives no " +
              "status or date for the article; verify).",
            confidence: "M",
          },
        ],
        summary:
          "Art. 641-1 makes two AI offences of owners/holders punishable by fines in monthly calculation " +
          "indices (MCI), with suspension or prohibition of the system's activity on a repeat: failing to " +
          "inform users about misleading synthetic outputs, and failing to manage the risks of a high-risk " +
          "system with a harmful consequence. The seed names the article without part numbers and without a " +
          "date; the date used here (2026-01-18) is inferred. The Code's number (No. 235-V of 2014-07-05) comes " +
          "from the unofficial English text on adilet.zan.kz, not from the seed.",
        confidence: "S1",
      },
      {
        id: "kz.civil-code-general",
        name: "Civil Code of the Republic of Kazakhstan (General Part)",
        number: "No. 268-XIII",
        status: "in_force",
        binding: true,
        enacted: "1994-12-27",
        timeline: [{ date: "1994-12-27", what: "Adopted.", confidence: "S1" }],
        summary:
          "Not AI specific. Harm caused by AI systems is compensated under the general rules of the Civil Code " +
          "(AI Law Art. 24(1)).",
        confidence: "S1",
      },
      {
        id: "kz.civil-code-special",
        name: "Civil Code of the Republic of Kazakhstan (Special Part)",
        number: "No. 409-I",
        status: "in_force",
        binding: true,
        enacted: "1999-07-01",
        timeline: [{ date: "1999-07-01", what: "Adopted.", confidence: "S1" }],
        summary:
          "Not AI specific; listed by the seed among the laws that affect the development or use of AI.",
        confidence: "S1",
      },
      {
        id: "kz.entrepreneurial-code",
        name: 'Code of the Republic of Kazakhstan "Entrepreneurial Code of the Republic of Kazakhstan"',
        number: "No. 375-V",
        status: "in_force",
        binding: true,
        enacted: "2015-10-29",
        timeline: [{ date: "2015-10-29", what: "Adopted.", confidence: "S1" }],
        summary:
          "Not AI specific; listed by the seed among the laws that affect the development or use of AI.",
        confidence: "S1",
      },
      {
        id: "kz.personal-data-law",
        name: 'Law of the Republic of Kazakhstan "On Personal Data and Their Protection"',
        number: "No. 94-V",
        status: "in_force",
        binding: true,
        enacted: "2013-05-21",
        timeline: [{ date: "2013-05-21", what: "Adopted.", confidence: "S1" }],
        summary:
          "Not AI specific. Automated decision-making in respect of personal data follows this law (AI Law " +
          "Art. 21(4)).",
        confidence: "S1",
      },
      {
        id: "kz.informatization-law",
        name: 'Law of the Republic of Kazakhstan "On Informatization"',
        number: "No. 418-V",
        status: "in_force",
        binding: true,
        enacted: "2015-11-24",
        timeline: [{ date: "2015-11-24", what: "Adopted.", confidence: "S1" }],
        summary:
          "Not AI specific. AI systems are informatization objects; audits of AI systems follow the rules for " +
          "auditing information systems (AI Law Art. 20(1)).",
        confidence: "S1",
      },
    ],
    riskCategories: [
      {
        name: "Impact on safety: minimal",
        description:
          "Axis 1 (classified by the owner/holder under the informatization object classification rules): a " +
          "failure of the system would barely affect its users.",
        citation: "AI Law Art. 17(1)",
      },
      {
        name: "Impact on safety: medium",
        description:
          "Axis 1: a failure could lower users' effectiveness or cause them moral harm or material damage.",
        citation: "AI Law Art. 17(1)",
      },
      {
        name: "Impact on safety: high",
        description:
          "Axis 1: a failure could cause a social or man-made emergency, or significant harm to defence, " +
          "security, international relations, the economy or a sector of it, users, infrastructure or " +
          "people's livelihoods. High-risk systems may be put on a sector's list of trusted high-risk AI " +
          "systems (see below).",
        citation: "AI Law Art. 17(1)",
      },
      {
        name: "Trusted high-risk AI system",
        description:
          "Sector state bodies compile and publish lists of trusted high-risk AI systems; an owner/holder " +
          "seeking inclusion must have the system audited first.",
        citation: "AI Law Art. 19(1)",
      },
      {
        name: "Autonomy: low",
        description:
          "Axis 2 (independent of axis 1): the system processes data and makes recommendations; a human takes " +
          "every final decision. Citing Art. 17(2) for the whole autonomy axis is our inference: the seed ties " +
          "17(2) only to the sentence on special rules for high autonomy.",
        citation: "AI Law Art. 17(2) (inferred for the whole axis)",
      },
      {
        name: "Autonomy: medium",
        description:
          "Axis 2: the system processes and decides on its own, but a human can still correct or cancel the " +
          "decision. Art. 17(2) for this level is our inference.",
        citation: "AI Law Art. 17(2) (inferred for the whole axis)",
      },
      {
        name: "Autonomy: high",
        description:
          "Axis 2: the system processes and decides on its own and human correction or cancellation is " +
          "excluded or technically impossible. Special rules for creating and operating such systems are to " +
          "be set by separate laws: rules pending.",
        citation: "AI Law Art. 17(2)",
      },
      {
        name: "Critically important digital object",
        description:
          "Digital Code regime, from 2026-07-11: an object whose disruption or cessation leads to unlawful " +
          "collection and processing of restricted-access personal data, a social and/or technogenic " +
          "emergency, or significant harm to defence, security, international relations, the economy, " +
          "sectors or people's livelihoods. High-risk AI systems will often qualify, which brings mandatory " +
          "cybersecurity compliance and audits under the Digital Code.",
        citation: "Digital Code Art. 33(1)",
      },
    ],
    prohibitedListOpen: true,
    prohibitedPractices: [
      {
        id: "kz.prohibited.manipulation",
        text: "AI systems that manipulate people's behaviour.",
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the source)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed lists the prohibited applications, introduced with " +
            '"including", without an article number.',
        },
        effectiveFrom: AI_LAW_FROM,
        confidence: "S",
      },
      {
        id: "kz.prohibited.vulnerabilities",
        text: "AI systems that exploit people's physical or moral vulnerabilities.",
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the source)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed lists the prohibited applications, introduced with " +
            '"including", without an article number.',
        },
        effectiveFrom: AI_LAW_FROM,
        confidence: "S",
      },
      {
        id: "kz.prohibited.social-scoring",
        text: "AI systems that carry out social scoring without authorisation.",
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the source)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed lists the prohibited applications, introduced with " +
            '"including", without an article number.',
        },
        effectiveFrom: AI_LAW_FROM,
        confidence: "S",
      },
      {
        id: "kz.prohibited.unlawful-personal-data",
        text: "AI systems that process personal data unlawfully.",
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the source)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed lists the prohibited applications, introduced with " +
            '"including", without an article number.',
        },
        effectiveFrom: AI_LAW_FROM,
        confidence: "S",
      },
      {
        id: "kz.prohibited.biometric-discrimination",
        text: "AI systems that classify people on the basis of biometric data for discriminatory purposes.",
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the source)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed lists the prohibited applications, introduced with " +
            '"including", without an article number.',
        },
        effectiveFrom: AI_LAW_FROM,
        confidence: "S",
      },
      {
        id: "kz.prohibited.emotion-without-consent",
        text: "AI systems that determine people's emotions without their consent.",
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the source)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed lists the prohibited applications, introduced with " +
            '"including", without an article number.',
        },
        effectiveFrom: AI_LAW_FROM,
        confidence: "S",
      },
      {
        id: "kz.prohibited.prohibited-outputs",
        text: "AI systems that create or distribute outputs prohibited by the law of Kazakhstan (either activity).",
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the source)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed lists the prohibited applications, introduced with " +
            '"including", without an article number.',
        },
        effectiveFrom: AI_LAW_FROM,
        confidence: "S",
      },
    ],
    obligations: [
      // ── AI Law No. 230-VIII (from 2026-01-18) ────────────────────────────────────────────────────────
      {
        id: "kz.transparency.characteristics",
        title: "Inform users how the system works and where its limits are",
        summary:
          "Give users complete information on the system's operating characteristics and its limitations.",
        appliesWhen: "Always.",
        condition: { always: true },
        citation: { instrument: "kz.ai-law", text: "AI Law 7(1)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "kz.transparency.automated-processing",
        title: "Tell people subject to AI decisions about the automated processing",
        summary:
          "People subject to decisions made with the system have the right to be told about the automated " +
          "processing, what it leads to for them and how they can seek redress; provide that information.",
        appliesWhen: "The system makes decisions about people.",
        condition: { flag: "makesDecisionsAboutPeople" },
        citation: { instrument: "kz.ai-law", text: "AI Law 7(2)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "kz.transparency.ai-used",
        title: "Disclose that goods, works or services involve AI",
        summary: "Tell users when goods, works or services are produced or provided with an AI system.",
        appliesWhen: "Always.",
        condition: { always: true },
        citation: { instrument: "kz.ai-law", text: "AI Law 21(1)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "kz.synthetic.labelling",
        title: "Label synthetic outputs (machine-readable label and perceptible warning)",
        summary:
          "Synthetic outputs (images, video, audio, text or combinations that imitate a real person or an " +
          "event that did not happen) may be distributed only with a machine-readable label and a visual or " +
          "otherwise perceptible warning to users. The owner/holder is responsible for informing users.",
        appliesWhen: "The system produces synthetic outputs.",
        condition: { flag: "producesSyntheticOutputs" },
        citation: { instrument: "kz.ai-law", text: "AI Law 21(2), 21(3)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [
          "A gap can trigger CoAO Art. 641-1 (kz.coao.641-1.synthetic) where the outputs may mislead users.",
          "Detailed rules on machine-readable forms adopted 2026-04-15, not yet in force (see kz.machine-readable).",
        ],
        confidence: "S",
      },
      {
        id: "kz.risk.process",
        title: "Run continuous risk management",
        summary:
          "Manage risks as a continuous process: identify and analyse known and reasonably foreseeable risks, " +
          "assess them under the intended use and under foreseeable misuse, adopt targeted mitigation " +
          "measures, and update the risk picture at least once a year.",
        appliesWhen: "Always (owner/holder).",
        condition: { role: ["owner", "holder"] },
        citation: { instrument: "kz.ai-law", text: "AI Law 18(1)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [
          "The annual update is the minimum review interval; a tenant may set a shorter one.",
          "For high-impact systems, a lapsed risk process with a harmful consequence can trigger CoAO Art. 641-1 " +
            "(kz.coao.641-1.high-risk).",
        ],
        confidence: "S",
      },
      {
        id: "kz.prohibited.screening",
        title: "Screen the system against the prohibited applications",
        summary:
          "Check the system against the AI Law's prohibited applications. The list is not exhaustive, so the " +
          'screening also asks about any "other practice prohibited by law".',
        appliesWhen: "Always.",
        condition: { always: true },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the seed; inferred duty)",
          basis: "inferred",
          note:
            "Article not given in the source. The law prohibits the practices; a duty to screen for them is our " +
            "reading of what compliance with the prohibitions requires.",
        },
        effectiveFrom: AI_LAW_FROM,
        notes: ['The prohibited list is introduced with "including": it is open (prohibitedListOpen).'],
        confidence: "S1",
      },
      {
        id: "kz.risk.prohibited-response",
        title: "Act at once when a risk of prohibited circumstances is identified",
        summary:
          "Where a risk of prohibited circumstances is identified, take immediate steps to prevent and " +
          "minimise harm; these may include suspending or ceasing the system's operation.",
        appliesWhen:
          "Always, as a standing duty; it is triggered when a risk of prohibited circumstances is identified " +
          "(the lifecycle handles the trigger).",
        condition: { always: true },
        citation: { instrument: "kz.ai-law", text: "AI Law 18(2)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [
          "Product policy (stricter than the law, not the law): flagging a prohibited practice suspends the " +
            "system at once, and only remediation with evidence lifts the suspension.",
        ],
        confidence: "S1",
      },
      {
        id: "kz.audit",
        title: "Audit the system (for the trusted high-risk list)",
        summary:
          "Have the system audited under the rules for auditing information systems; the audit also assesses " +
          "the quality and lawfulness of the data libraries used to train the models and whether the system " +
          "has prohibited functional capabilities.",
        appliesWhen: "The owner/holder seeks inclusion in a trusted high-risk list.",
        condition: { flag: "seeksTrustedList" },
        citation: { instrument: "kz.ai-law", text: "AI Law 20(1), 20(2)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [
          "The AI Law mandates no other audit: the trigger is seeking a trusted list (Art. 19(1)).",
          "Auditing every high-impact system is product policy, kept apart as kz.audit.high-impact-policy.",
        ],
        confidence: "S1",
      },
      {
        id: "kz.audit.high-impact-policy",
        title: "Audit every high-impact system (product policy)",
        summary:
          "Audit every system of high impact on safety with the same content as the AI Law audit (rules for " +
          "auditing information systems; training data libraries; prohibited capabilities), whether or not a " +
          "trusted list is sought.",
        appliesWhen:
          "The system's impact on safety is high (product policy: a tenant setting, on by default; not required " +
          "by the law).",
        condition: { impact: ["high"] },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law 20(1), 20(2)",
          basis: "product_policy",
          note:
            "Product policy, stricter than the law: the AI Law requires an audit only for inclusion in a trusted " +
            "high-risk list (kz.audit, Art. 19(1)); the product extends it to every high-impact system by default.",
        },
        effectiveFrom: AI_LAW_FROM,
        notes: ["Tenant setting, on by default; switching it off removes this entry, never kz.audit."],
        confidence: "S1",
      },
      {
        id: "kz.trusted-list",
        title: "Pass an audit before inclusion in a sector's trusted high-risk list",
        summary:
          "Sector state bodies publish lists of trusted high-risk AI systems; to be included, the owner/holder " +
          "must first have the system audited.",
        appliesWhen: "The system is high impact and its owner/holder seeks inclusion in the list.",
        condition: { all: [{ impact: ["high"] }, { flag: "seeksTrustedList" }] },
        citation: { instrument: "kz.ai-law", text: "AI Law 19(1)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "kz.documentation",
        title: "Keep documentation proportionate to impact",
        summary:
          "Maintain documentation on the system in proportion to its impact on safety, rights, freedoms and " +
          "public order. The Ministry approves the list of required documentation.",
        appliesWhen: "Always (owner/holder).",
        condition: { role: ["owner", "holder"] },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the seed); list: AI Law 13(1)",
          basis: "inferred",
          note: `${NO_ARTICLE} Art. 13(1) is the Ministry's power to approve the list of required documentation.`,
        },
        effectiveFrom: AI_LAW_FROM,
        notes: ["The Ministry's list of required documentation: follow the version in force."],
        confidence: "S",
      },
      {
        id: "kz.security-reliability",
        title: "Ensure security and reliability",
        summary:
          "Take security and reliability measures, including protection against unauthorised access and " +
          "against failures.",
        appliesWhen: "Always (owner/holder).",
        condition: { role: ["owner", "holder"] },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the seed)",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "kz.user-support",
        title: "Support users and show the user agreement before use",
        summary:
          "Provide user support, and let users see the user agreement before they start using the system.",
        appliesWhen: "Always (owner/holder).",
        condition: { role: ["owner", "holder"] },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the seed)",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "kz.oversight",
        title: "Oversee the system at every lifecycle stage",
        summary: "Keep the system under continuous oversight at every stage of its lifecycle.",
        appliesWhen: "Always (owner/holder).",
        condition: { role: ["owner", "holder"] },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the seed)",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: AI_LAW_FROM,
        notes: [
          "High-autonomy systems (human correction or cancellation excluded): special rules are to come in " +
            "separate laws; rules pending.",
        ],
        confidence: "S1",
      },
      {
        id: "kz.user-rights",
        title: "Provide for users' rights",
        summary:
          "Have processes that let users exercise their rights: an explanation of decisions affecting their " +
          "rights, information on the data a decision was based on, and declining interaction with AI where " +
          "the law does not make it mandatory (besides seeing the user agreement, protection of their personal " +
          "data and their IP in outputs).",
        appliesWhen: "The system interacts with users or makes decisions about them.",
        condition: { any: [{ flag: "interactsWithPeople" }, { flag: "makesDecisionsAboutPeople" }] },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the seed; 7(2) covers part)",
          basis: "inferred",
          note:
            "Article not given in the source for the users' rights; Art. 7(2) (information on automated " +
            "processing and redress) covers part of them. A duty to have processes for them is our reading.",
        },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "kz.user-duties",
        title: "Users stay within their access rights and follow safety rules",
        summary:
          "Use AI systems only within the access rights granted and comply with the established safety rules.",
        appliesWhen: "The organisation's role is user.",
        condition: { role: ["user"] },
        citation: {
          instrument: "kz.ai-law",
          text: "AI Law (article not given in the seed)",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "kz.platform-operator",
        title: "Build and run the National AI Platform",
        summary:
          "The designated operator creates, develops and runs the National AI Platform, provides AI services, " +
          "collects, processes and stores data libraries, and develops the Platform's software and AI models.",
        appliesWhen: "The organisation's role is platform operator.",
        condition: { role: ["platform_operator"] },
        citation: { instrument: "kz.ai-law", text: "AI Law 14", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: ["The Government designates the operator (AI Law Art. 12)."],
        confidence: "S1",
      },
      {
        id: "kz.data-protection",
        title: "Protect data; train only on lawful, high-quality datasets",
        summary:
          "Operate the system in line with data protection and confidentiality requirements; do not collect, " +
          "store or disseminate personal data unlawfully; use only high-quality, representative datasets " +
          "obtained lawfully. Automated decision-making on personal data follows the personal data law " +
          "(No. 94-V).",
        appliesWhen: "The system processes personal data or trains models.",
        condition: { any: [{ flag: "processesPersonalData" }, { flag: "trainsModels" }] },
        citation: { instrument: "kz.ai-law", text: "AI Law 10, 21(4)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "kz.liability",
        title: "Answer for harm; insurance; liability by lifecycle role",
        summary:
          "Harm caused by an AI system is compensated under the Civil Code; liability insurance follows the " +
          "insurance legislation; each participant is liable for its own part of the system's lifecycle.",
        appliesWhen: "Always.",
        condition: { always: true },
        citation: { instrument: "kz.ai-law", text: "AI Law 24(1), 24(2), 8(2)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "kz.copyright.outputs",
        title: "AI-generated works are protected only with human creative input",
        summary:
          "Treat AI-generated works as protected by copyright only where a human made a creative contribution.",
        appliesWhen: "The system produces creative outputs.",
        condition: { flag: "producesCreativeOutputs" },
        citation: { instrument: "kz.ai-law", text: "AI Law 23(1)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "kz.copyright.training",
        title: "Respect machine-readable opt-outs when training on works",
        summary:
          "Copyrighted works may be used to train AI models only if the rights-holder has not prohibited it in " +
          "machine-readable form.",
        appliesWhen: "The system is trained on third-party works.",
        condition: { flag: "trainsOnThirdPartyWorks" },
        citation: { instrument: "kz.ai-law", text: "AI Law 23(5)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "kz.machine-readable",
        title: "Use machine-readable forms for transparency and accountability",
        summary:
          "Apply machine-readable forms so that information can be recorded and recognised automatically, for " +
          "transparency and accountability.",
        appliesWhen: "Always.",
        condition: { always: true },
        citation: { instrument: "kz.ai-law", text: "AI Law 22(1)", basis: "law" },
        effectiveFrom: AI_LAW_FROM,
        notes: ["Detailed rules adopted 2026-04-15, not yet in force (kz.machine-readable-rules)."],
        confidence: "S1",
      },
      // ── Digital Code No. 255-VIII (from 2026-07-11) ──────────────────────────────────────────────────
      {
        id: "dc.non-discrimination",
        title: "Algorithmic decisions must not discriminate",
        summary:
          "Decisions made with algorithmic systems, AI systems included, must not discriminate on any ground " +
          "protected by the law of Kazakhstan.",
        appliesWhen: "The system makes decisions about people; from 2026-07-11.",
        condition: { flag: "makesDecisionsAboutPeople" },
        citation: { instrument: "kz.digital-code", text: "Digital Code 43(2)", basis: "law" },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "dc.automated-decisions",
        title: "Rights regarding fully automated decisions",
        summary:
          "For a fully automated decision (no human takes part in assessing the circumstances or approving the " +
          "result), the person concerned may: be told that an algorithmic system was used; get an explanation " +
          "of the key factors and criteria behind the decision, without disclosure of source code or legally " +
          "protected secrets; and demand a review with an authorised specialist where the decision has legal " +
          "consequences or can affect their rights and lawful interests. Provide for all three.",
        appliesWhen: "The system takes fully automated decisions about people; from 2026-07-11.",
        condition: { all: [{ flag: "fullyAutomatedDecisions" }, { flag: "makesDecisionsAboutPeople" }] },
        citation: { instrument: "kz.digital-code", text: "Digital Code 43(3)-(4)", basis: "law" },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S",
      },
      {
        id: "dc.smart-contracts",
        title: "Smart contracts: a human takes the final decision in disputes",
        summary:
          "Smart contracts, AI-powered ones included, must provide a dispute resolution procedure in which the " +
          "final decision is a human's.",
        appliesWhen: "The system is a smart contract; from 2026-07-11.",
        condition: { flag: "isSmartContract" },
        citation: { instrument: "kz.digital-code", text: "Digital Code 67(3)", basis: "law" },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "dc.cybersecurity",
        title: "Cybersecurity of the system as a digital system",
        summary:
          "Protect the system against breaches of confidentiality, integrity and availability. Designated " +
          "digital objects are also subject to mandatory cybersecurity testing.",
        appliesWhen:
          "Always; the testing part when the object is designated (critically important digital objects are " +
          "our proxy); from 2026-07-11.",
        condition: { always: true },
        citation: { instrument: "kz.digital-code", text: "Digital Code 97(1)-(2), 99(1)", basis: "law" },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [
          "Testing (Art. 99(1)) applies to designated digital objects; treating critically important digital " +
            "objects (Digital Code Art. 33(1); profile flag isCriticallyImportantObject) as the designated ones " +
            "is our inferred proxy, not the law's wording.",
        ],
        confidence: "S1",
      },
      {
        id: "dc.quality-audit",
        title: "Quality audit of AI systems",
        summary:
          "A quality audit of an AI system assesses the quality and lawfulness of the data libraries used for " +
          "training and whether the system has prohibited functional capabilities, as the AI Law provides.",
        appliesWhen:
          "The system is high impact or a critically important digital object (inferred trigger); from " +
          "2026-07-11.",
        condition: { any: [{ impact: ["high"] }, { flag: "isCriticallyImportantObject" }] },
        citation: {
          instrument: "kz.digital-code",
          text: "Digital Code 100(4)",
          basis: "inferred",
          note:
            "Art. 100(4) sets the content of the quality audit, but the seed gives no trigger; applying it to " +
            "high-impact systems and critically important digital objects is our inference.",
        },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "dc.third-party-rights",
        title: "Respect third parties' rights; comply with personal data law",
        summary:
          "Owners/holders of digital objects, AI systems included, observe the rights, freedoms and lawful " +
          "interests of third parties, ensure the system's reliability, integrity and protection, and comply " +
          "with personal data protection requirements.",
        appliesWhen: "Always (owner/holder); from 2026-07-11.",
        condition: { role: ["owner", "holder"] },
        citation: {
          instrument: "kz.digital-code",
          text: "Digital Code (article not given in the seed)",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "dc.user-information",
        title: "Accurate information on characteristics and risks",
        summary:
          "Users of a digital object may receive accurate information on its characteristics and risks; be " +
          "ready to give it.",
        appliesWhen: "Always; from 2026-07-11.",
        condition: { always: true },
        citation: {
          instrument: "kz.digital-code",
          text: "Digital Code (article not given in the seed)",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "dc.public-decisions",
        title: "Transparent, justified decisions by state bodies",
        summary:
          "State bodies and organisations ensure that decisions taken with digital technologies, AI included, " +
          "are transparent, open and justified.",
        appliesWhen: "The tenant is a public-sector organisation; from 2026-07-11.",
        condition: { orgFlag: "publicSector" },
        citation: {
          instrument: "kz.digital-code",
          text: "Digital Code (article not given in the seed)",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "dc.biometric-authentication",
        title: "Protect biometric data in AI-powered authentication",
        summary: "Protect the biometric data used by AI-powered authentication.",
        appliesWhen: "The system processes biometric data for authentication; from 2026-07-11.",
        condition: { flag: "biometricAuthentication" },
        citation: {
          instrument: "kz.digital-code",
          text: "Digital Code (named as an issue; article not given in the seed)",
          basis: "inferred",
          note:
            "Article not given in the source: the seed names biometric data protection in AI-powered " +
            "authentication as an issue the Digital Code addresses, without an article or a concrete duty.",
        },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S1",
      },
      {
        id: "dc.digital-ethics",
        title: "Digital ethics",
        summary:
          "Create, develop and apply digital technologies, AI included, in line with respect for human rights " +
          "and dignity, non-discrimination, fairness, good faith, transparency and accountability.",
        appliesWhen: "Always; from 2026-07-11.",
        condition: { always: true },
        citation: { instrument: "kz.digital-code", text: "Digital Code 13(1)", basis: "law" },
        effectiveFrom: DIGITAL_CODE_FROM,
        notes: [],
        confidence: "S1",
      },
    ],
    penalties: [
      {
        id: "kz.coao.641-1.synthetic",
        offence:
          "The owner or holder of an AI system fails to inform users about synthetic AI outputs that may " +
          "mislead them.",
        citation: { instrument: "kz.coao", text: "CoAO Art. 641-1", basis: "law" },
        amount: {
          kind: "index",
          index: "KZ_MCI",
          byCategory: {
            natural_person: { first: 15, repeat: 30 },
            small: { first: 20, repeat: 50 },
            medium: { first: 30, repeat: 70 },
            large: { first: 100, repeat: 200 },
          },
          repeatWindow:
            "a recorded offence of the same kind within one calendar year before the date (inferred: the seed is silent)",
        },
        per: "violation",
        whoMayBeFined:
          "The owner or holder of the AI system, by offender category: natural person; small business or " +
          "non-profit organisation; medium-sized business; large business.",
        nonMonetary: ["a repeat offence also brings suspension or prohibition of the AI system's activity"],
        effectiveFrom: "2026-01-18",
        triggeredBy: ["kz.synthetic.labelling"],
        confidence: "S",
        notes: [
          "Effective date inferred: the seed gives no status or date for Art. 641-1; treated as applying from " +
            "the AI Law's entry into force (2026-01-18). Verify.",
          "The seed gives no part numbers of Art. 641-1; the id uses a descriptive suffix.",
          "Exposure is potential: the offence concerns synthetic outputs that may mislead users, where the " +
            "machine-readable label and the perceptible warning (AI Law 21(2)-(3)) are missing.",
          "Amount = MCI count for the offender category and first/repeat × the MCI of the year of the date " +
            "(2026: KZT 4,325, so 15 MCI = KZT 64,875 and 200 MCI = KZT 865,000).",
          "Harm itself is compensated separately under the Civil Code (AI Law 24(1)).",
        ],
      },
      {
        id: "kz.coao.641-1.high-risk",
        offence:
          "The owner or holder fails to manage the risks of a high-risk AI system, resulting in harm to health " +
          "or wellbeing, the creation or distribution of prohibited or false information, discrimination, or a " +
          "violation of human rights, where the conduct is not a criminal offence.",
        citation: { instrument: "kz.coao", text: "CoAO Art. 641-1", basis: "law" },
        amount: {
          kind: "index",
          index: "KZ_MCI",
          byCategory: {
            natural_person: { first: 15, repeat: 30 },
            small: { first: 20, repeat: 50 },
            medium: { first: 30, repeat: 70 },
            large: { first: 100, repeat: 200 },
          },
          repeatWindow:
            "a recorded offence of the same kind within one calendar year before the date (inferred: the seed is silent)",
        },
        per: "violation",
        whoMayBeFined:
          "The owner or holder of the high-risk AI system, by offender category: natural person; small " +
          "business or non-profit organisation; medium-sized business; large business.",
        nonMonetary: ["a repeat offence also brings suspension or prohibition of the AI system's activity"],
        effectiveFrom: "2026-01-18",
        triggeredBy: ["kz.risk.process"],
        confidence: "S",
        notes: [
          "Effective date inferred: the seed gives no status or date for Art. 641-1; treated as applying from " +
            "the AI Law's entry into force (2026-01-18). Verify.",
          "The seed gives no part numbers of Art. 641-1; the id uses a descriptive suffix.",
          "Only high-risk (impact = high) systems. Exposure is potential: the risk process must have lapsed " +
            "(review overdue, a risk above tolerance unmitigated, or operating while a prohibited practice is " +
            "flagged) and the law also requires a consequence: harm to health or wellbeing, prohibited or false " +
            "information, discrimination or a human-rights violation.",
          "Not where the conduct constitutes a criminal offence.",
          "Amount = MCI count for the offender category and first/repeat × the MCI of the year of the date " +
            "(2026: KZT 4,325).",
          "Harm itself is compensated separately under the Civil Code (AI Law 24(1)).",
        ],
      },
    ],
    regulators: [
      {
        name: "Ministry of Artificial Intelligence and Digital Development of the Republic of Kazakhstan",
        role:
          "Authorised body for AI and for digitalisation: leads and coordinates across sectors; forms state AI " +
          "policy; develops and approves AI normative acts; approves the list of required AI system " +
          "documentation and the criteria for classifying informatization objects as AI systems; supervises " +
          "the digital environment, AI systems included.",
        citation: "AI Law Arts. 1(10), 13; Digital Code Art. 14",
      },
      {
        name: "Government of the Republic of Kazakhstan",
        role:
          "Sets the main directions of AI policy, designates the National AI Platform operator and approves " +
          "the list of priority economic sectors for AI implementation.",
        citation: "AI Law Art. 12",
      },
      {
        name: "Sector state bodies",
        role:
          "Implement AI policy in their fields of competence; compile and publish the sector lists of trusted " +
          "high-risk AI systems.",
        citation: "AI Law Arts. 13(2), 19(1)",
      },
      {
        name: "National AI Platform operator",
        role:
          "A legal entity designated by the Government that develops and runs the National AI Platform, " +
          "provides AI services and keeps data libraries.",
        citation: "AI Law Art. 14",
      },
      {
        name: "Architectural Coordination Center",
        role:
          "A legal entity designated by the Government for the integrity, compatibility and effectiveness of " +
          "state bodies' digital architecture; takes part in implementing state policy on digitalisation and " +
          "AI (72(2)(1)), in developing AI standardisation documents (72(2)(14)), and gives state bodies " +
          "consulting, methodological and practical help on AI (72(2)(10)).",
        citation: "Digital Code Art. 72",
      },
    ],
    sources: [
      {
        title:
          'White & Case LLP, "AI Watch: Global regulatory tracker – Kazakhstan" (2026): the seed document; ' +
          "every article citation above comes from it (digest: spec/kazakhstan.md).",
        confidence: "S1",
      },
      {
        title:
          'Law of the Republic of Kazakhstan of November 17, 2025 No. 230-VIII "About artificial intelligence", ' +
          "unofficial English translation (CIS Legislation): date, number and Art. 1(3) definition checked.",
        url: "https://cis-legislation.com/document.fwx?rgn=170946",
        confidence: "P",
      },
      {
        title:
          "Digital Code of the Republic of Kazakhstan of January 9, 2026 No. 255-VIII, unofficial English " +
          "translation (CIS Legislation): date, number and Art. 1(3) territorial rule checked.",
        url: "https://cis-legislation.com/document.fwx?rgn=172390",
        confidence: "P",
      },
      {
        title:
          'Mondaq, "The Year of Digitalisation and AI in Kazakhstan: New Regulations" (2026-02-20): owner/holder ' +
          "duties; Digital Code from 2026-07-11.",
        url: "https://www.mondaq.com/new-technology/1747002/the-year-of-digitalisation-and-ai-in-kazakhstan-new-regulations",
        confidence: "S1",
      },
      {
        title:
          "Factcheck.kz via Digital Rights Asia, on the AI Law: Art. 21 labelling and disclosure, Art. 23 copyright.",
        url: "https://digitalrights.asia/media/kazakhstan-ai-law-expert-opinion-changes/?lang_ui=en",
        confidence: "S1",
      },
      {
        title: "News.mail.ru (2025-11-26): the MCI fines for AI owners, first and repeat, in MCI and KZT.",
        url: "https://news.mail.ru/society/68856036/",
        confidence: "S1",
      },
      {
        title:
          'El.kz, "Kazakhstan introduces Digital Code" (2026-01-09): signing; review of algorithmic decisions with ' +
          "authorised specialists.",
        url: "https://el.kz/en/amp/kazakhstan-introduces-digital-code_400043212",
        confidence: "S1",
      },
      {
        title:
          'Trend.az, "Law on artificial intelligence enters into force in Kazakhstan" (2026-01-18): entry into ' +
          "force; the prohibited uses (manipulation, discrimination, emotion recognition without consent, " +
          "exploiting vulnerabilities, prohibited content).",
        url: "https://www.trend.az/casia/kazakhstan/4142898.html",
        confidence: "S1",
      },
      {
        title:
          "Noah Wire Services (2026-04-16), on the rules for the trusted lists of high-risk systems: a positive " +
          "audit conclusion is needed for inclusion.",
        url: "http://noah.makes.news/gb/en/politics/2026/04/16/kazakhstan-introduces-formal-approval-process-for-high-risk-ai-systems-under-new-regulation",
        confidence: "S1",
      },
      {
        title:
          "Digital Rights Asia, on the Digital Code: protection against discrimination by algorithms and " +
          "automated systems.",
        url: "https://digitalrights.asia/events/digital-code-kazakhstan-human-rights/?lang_ui=en",
        confidence: "S1",
      },
      {
        title:
          "Code of the Republic of Kazakhstan on Administrative Infractions No. 235-V of 5 July 2014, unofficial " +
          "translation (Adilet): the Code's number.",
        url: "https://adilet.zan.kz/eng/docs/K1400000235",
        confidence: "P",
      },
    ],
    lastChecked: LAST_CHECKED,
  },
];
