import type { JurisdictionInput } from "#schema.ts";

/**
 * Lighter-coverage jurisdictions of the tracker (research pack `jurisdictions.md` §12 and §14):
 * Australia, Colombia, Hong Kong, India, Israel, Kenya, Nigeria, Saudi Arabia, Singapore, South Africa,
 * Taiwan and the United Arab Emirates. Most of them have no AI statute; only India (IT Rules amendment
 * on synthetic content) and the UAE (DIFC Regulation 10) carry binding AI-specific duties, and the pack
 * gives no binding fine figure with an effective date for any of them, so none has a penalty rule.
 * Where the pack gives a month or a year only, the date stays in the text and is not put on a timeline.
 * Where the pack tags a fact "[S/M]" or "[S1/M]", the lower tag (M) is stored, so it shows as unverified.
 */

const LAST_CHECKED = "2026-11-25";

const NO_ARTICLE = "article not given in the source: the pack describes the duty without a rule number";

export const jurisdictions: JurisdictionInput[] = [
  // ---------------------------------------------------------------------------------------------
  {
    code: "AU",
    name: "Australia",
    kind: "country",
    region: "oceania",
    status: "soft_law",
    binding: false,
    evolving: false,
    summary:
      "Australia has no AI Act. Its National AI Plan of 2 December 2025 set aside the proposed mandatory " +
      "guardrails for high-risk AI and relies instead on existing technology-neutral laws (the Privacy Act and " +
      'the Australian Consumer Law) and voluntary "AI6" guidance. An AI Safety Institute, funded at A$29.9m ' +
      "and launched in early 2026, has no enforcement powers. No AI-specific fines apply.",
    instruments: [
      {
        id: "au.national-ai-plan",
        name: "National AI Plan",
        status: "soft_law",
        binding: false,
        timeline: [
          {
            date: "2025-12-02",
            what: "National AI Plan released; mandatory high-risk guardrails shelved",
            confidence: "S",
          },
        ],
        summary:
          "The government's plan for AI: no standalone AI law, reliance on existing laws and voluntary guidance, " +
          "and an AI Safety Institute (A$29.9m, launched early 2026, no enforcement powers).",
        confidence: "S",
      },
      {
        id: "au.mandatory-guardrails-proposal",
        name: "Proposed mandatory guardrails for high-risk AI",
        status: "withdrawn",
        binding: false,
        timeline: [{ date: "2025-12-02", what: "Shelved by the National AI Plan", confidence: "S" }],
        summary:
          "Mandatory guardrails for high-risk AI had been proposed; the National AI Plan shelved them, so no " +
          "AI Act follows from them for now.",
        confidence: "S",
      },
      {
        id: "au.ai6-guidance",
        name: 'Voluntary AI guidance ("AI6")',
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Voluntary practices for organisations developing or using AI; not enforceable.",
        confidence: "S",
      },
      {
        id: "au.privacy-act",
        name: "Privacy Act",
        status: "in_force",
        binding: true,
        timeline: [],
        summary:
          "Technology-neutral privacy law that applies to AI systems handling personal information; " +
          "not AI-specific (the pack gives no AI-related figures or dates).",
        confidence: "S",
      },
      {
        id: "au.australian-consumer-law",
        name: "Australian Consumer Law (ACL)",
        status: "in_force",
        binding: true,
        timeline: [],
        summary:
          "Technology-neutral consumer protection law that applies to AI products and claims about them; " +
          "not AI-specific (the pack gives no AI-related figures or dates).",
        confidence: "S",
      },
    ],
    regulators: [
      {
        name: "Department of Industry, Science and Resources (DISR)",
        role: "AI policy lead (National AI Plan)",
      },
      {
        name: "Australian AI Safety Institute (AISI)",
        role: "Funded at A$29.9m, launched early 2026; advisory, no enforcement powers",
      },
      { name: "Office of the Australian Information Commissioner (OAIC)", role: "Enforces the Privacy Act" },
      {
        name: "Australian Competition and Consumer Commission (ACCC)",
        role: "Enforces the Australian Consumer Law",
      },
    ],
    sources: [
      {
        title:
          "Montreal AI Ethics Institute — AI Policy Corner: from proposed mandatory guardrails to the National AI Plan",
        url: "https://montrealethics.ai/ai-policy-corner-from-proposed-mandatory-guardrails-to-the-national-ai-plan-ai-governance-in-australia/",
        confidence: "S",
      },
      {
        title: "AdNews — Australia pauses AI guardrails and goes with a national plan",
        url: "https://www.adnews.com.au/news/australia-pauses-ai-guardrails-and-goes-with-a-national-plan",
        confidence: "S",
      },
      {
        title: "AI Risk Aware — Australia's AI governance gap",
        url: "https://www.airiskaware.com/insights/australia-ai-governance-gap",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "CO",
    name: "Colombia",
    kind: "country",
    region: "americas",
    status: "draft",
    binding: false,
    evolving: true,
    summary:
      "Colombia has no AI law. National AI policy is set by CONPES 4144 (14 February 2025), and the data " +
      "protection authority (SIC) has issued External Directive 002/2024 on personal data in AI. A government " +
      "AI bill, resubmitted on 28 July 2025, would make MinCiencias the national AI authority, sort systems " +
      "into prohibited, high, limited and minimal risk, and give the SIC inspection and sanction powers; its " +
      "sanction amounts are not verified. Nothing AI-specific is binding yet.",
    instruments: [
      {
        id: "co.conpes-4144",
        name: "CONPES 4144 — National AI Policy",
        number: "CONPES 4144",
        status: "soft_law",
        binding: false,
        timeline: [{ date: "2025-02-14", what: "CONPES 4144 national AI policy approved", confidence: "S" }],
        summary:
          "The national AI policy document; sets government policy and actions, not duties on companies.",
        confidence: "S",
      },
      {
        id: "co.sic-directive-002-2024",
        name: "SIC External Directive 002/2024 on personal data in AI",
        number: "External Directive 002/2024",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary:
          "Guidance from the Superintendency of Industry and Commerce on processing personal data in AI " +
          "systems. The pack does not say whether it is binding or give its date; treated here as guidance " +
          "under the data protection regime.",
        confidence: "S",
      },
      {
        id: "co.ai-bill-2025",
        name: "Government AI bill",
        status: "draft",
        binding: false,
        timeline: [
          { date: "2025-07-28", what: "Government AI bill resubmitted to Congress", confidence: "S" },
        ],
        summary:
          "Would designate MinCiencias as the national AI authority, classify AI by risk (prohibited, high, " +
          "limited, minimal) and give the SIC inspection and sanction powers. Sanction amounts are not " +
          "verified. Not enacted.",
        confidence: "S",
      },
    ],
    riskCategories: [
      {
        name: "Prohibited (proposed)",
        description: "Unacceptable uses the bill would ban.",
        citation: "Government AI bill (2025)",
      },
      {
        name: "High risk (proposed)",
        description: "Uses the bill would subject to the strictest duties.",
        citation: "Government AI bill (2025)",
      },
      {
        name: "Limited risk (proposed)",
        description: "Uses the bill would subject to lighter duties.",
        citation: "Government AI bill (2025)",
      },
      {
        name: "Minimal risk (proposed)",
        description: "Uses the bill would leave largely unregulated.",
        citation: "Government AI bill (2025)",
      },
    ],
    regulators: [
      {
        name: "Ministry of Science, Technology and Innovation (MinCiencias)",
        role: "Proposed national AI authority under the AI bill",
      },
      {
        name: "Superintendency of Industry and Commerce (SIC)",
        role: "Data protection authority (Directive 002/2024); would gain AI inspection and sanction powers under the bill",
      },
    ],
    sources: [
      {
        title: "Digital Policy Alert, event 36247 (URL slug truncated in the research pack)",
        confidence: "S",
      },
      {
        title: "AI Sigil — AI regulation landscape in Colombia (summary of the White & Case page)",
        url: "https://aisigil.com/ai-regulation-landscape-in-colombia-current-status-and-future-prospects",
        confidence: "S",
      },
      { title: "Digital Watch Observatory", url: "https://dig.watch/?p=221542", confidence: "S" },
      {
        title:
          "White & Case AI Watch: Colombia (listed for reference; only the tracker's introduction could be read)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-colombia",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "HK",
    name: "Hong Kong",
    kind: "country",
    region: "asia",
    status: "soft_law",
    binding: false,
    evolving: false,
    summary:
      'Hong Kong has no AI statute. The Privacy Commissioner (PCPD) published "AI: Model Personal Data ' +
      'Protection Framework" in June 2024; the Personal Data (Privacy) Ordinance applies to AI that handles ' +
      "personal data, and the SFC and HKMA issue guidance for the financial sector. In mid-2026 attention is " +
      "on agentic AI and financial-sector oversight. No AI-specific fines apply.",
    instruments: [
      {
        id: "hk.pcpd-model-framework",
        name: "Artificial Intelligence: Model Personal Data Protection Framework (PCPD, June 2024)",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary:
          "Voluntary practices for organisations buying, implementing and using AI that processes personal data.",
        confidence: "S",
      },
      {
        id: "hk.pdpo",
        name: "Personal Data (Privacy) Ordinance (PDPO)",
        status: "in_force",
        binding: true,
        timeline: [],
        summary: "General data protection law; applies to AI processing personal data. Not AI-specific.",
        confidence: "S",
      },
      {
        id: "hk.financial-sector-guidance",
        name: "Financial-sector AI guidance (SFC, HKMA)",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Supervisory guidance for licensed and authorised financial institutions using AI.",
        confidence: "S",
      },
    ],
    regulators: [
      {
        name: "Office of the Privacy Commissioner for Personal Data (PCPD)",
        role: "Data protection; AI model framework",
      },
      { name: "Securities and Futures Commission (SFC)", role: "Sector guidance for licensed corporations" },
      { name: "Hong Kong Monetary Authority (HKMA)", role: "Sector guidance for banks" },
    ],
    sources: [
      {
        title: "Mayer Brown — AI regulation in Singapore and Hong Kong: a mid-year checkpoint (July 2026)",
        url: "https://www.mayerbrown.com/en/insights/publications/2026/07/ai-regulation-in-singapore-and-hong-kong-a-mid-year-checkpoint",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "IN",
    name: "India",
    kind: "country",
    region: "asia",
    status: "sectoral",
    binding: true,
    evolving: true,
    summary:
      "India has no AI statute, but amended IT Rules on synthetic content (notified 10 February 2026, in force " +
      "20 February 2026) bind intermediaries: public synthetic content needs a prominent label plus permanent " +
      "metadata or identifiers, labels may not be stripped, significant social-media intermediaries must " +
      "collect and technically verify a user declaration, and takedowns ordered by the government or a court " +
      "must happen within 3 hours (previously 36). A breach costs the intermediary its safe harbour under " +
      "IT Act s.79 rather than a fixed fine. MeitY's AI Governance Guidelines (5 November 2025) are " +
      "non-binding. The DPDP Act 2023 (penalties reported up to ₹250 crore, unverified) covers personal data.",
    scope:
      "The IT Rules amendment applies to intermediaries, including services that let users create or share " +
      "synthetically generated information; the user-declaration duty applies to significant social-media " +
      "intermediaries.",
    instruments: [
      {
        id: "in.it-rules-amendment-2026",
        name: "Information Technology (Intermediary Guidelines and Digital Media Ethics Code) Amendment Rules, 2026",
        status: "in_force",
        binding: true,
        enacted: "2026-02-10",
        inForce: "2026-02-20",
        timeline: [
          { date: "2026-02-10", what: "Amendment Rules notified", confidence: "S" },
          { date: "2026-02-20", what: "Amendment Rules in force", confidence: "S" },
        ],
        summary:
          'Defines "synthetically generated information"; requires prominent labels plus permanent metadata or ' +
          "identifiers on public synthetic content and bars intermediaries from removing them; requires " +
          "significant social-media intermediaries to obtain and technically verify user declarations; cuts " +
          "the takedown deadline after a government or court order to 3 hours (from 36) and shortens others. " +
          "Non-compliance forfeits due-diligence and safe-harbour protection under IT Act s.79.",
        confidence: "S",
      },
      {
        id: "in.it-act",
        name: "Information Technology Act (s.79 safe harbour)",
        status: "in_force",
        binding: true,
        timeline: [],
        summary:
          "Section 79 shields intermediaries from liability for third-party content if they meet due-diligence " +
          "duties; losing it is the consequence of breaching the 2026 amendment rules.",
        confidence: "S",
      },
      {
        id: "in.ai-governance-guidelines",
        name: "India AI Governance Guidelines (MeitY)",
        status: "soft_law",
        binding: false,
        timeline: [{ date: "2025-11-05", what: "Guidelines released by MeitY", confidence: "S" }],
        summary:
          'Seven "sutras" (principles) and an institutional set-up (AIGG, TPEC and an AI Safety Institute); ' +
          "expressly no standalone AI law.",
        confidence: "S",
      },
      {
        id: "in.dpdp-act-2023",
        name: "Digital Personal Data Protection Act, 2023 (DPDP Act)",
        status: "enacted",
        binding: true,
        timeline: [],
        summary:
          "General data protection statute relevant to AI that processes personal data; penalties are reported " +
          "to reach ₹250 crore (INR 2,500,000,000). Unverified, and the pack gives no commencement date for the " +
          "penalties, so no penalty rule is modelled.",
        confidence: "M",
      },
    ],
    obligations: [
      {
        id: "in.it-rules-2026.synthetic-labelling",
        title: "Label synthetic content with a visible label and permanent metadata",
        summary:
          "Give synthetic content that is made public a prominent label and embed permanent metadata or an " +
          "identifier; do not remove or suppress such labels.",
        appliesWhen:
          "The organisation provides or operates, as an intermediary, a system that produces synthetic outputs",
        condition: {
          all: [{ flag: "producesSyntheticOutputs" }, { role: ["provider", "platform_operator"] }],
        },
        citation: {
          instrument: "in.it-rules-amendment-2026",
          text: "IT (Intermediary Guidelines and Digital Media Ethics Code) Amendment Rules, 2026 — synthetic-content labelling",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: "2026-02-20",
        notes: [
          "Applies to synthetic content made available to the public; mark not applicable, with the reason, for purely internal use.",
          "Consequence of breach: loss of due-diligence and safe-harbour status under IT Act s.79 (no fixed fine).",
        ],
        confidence: "S",
      },
      {
        id: "in.it-rules-2026.ssmi-user-declaration",
        title:
          "Obtain and verify user declarations on synthetic content (significant social-media intermediaries)",
        summary:
          "Ask users to declare whether content they post is synthetically generated, and verify the declaration " +
          "with technical measures.",
        appliesWhen:
          "The organisation operates the system as a platform that is a significant social-media intermediary",
        condition: { role: ["platform_operator"] },
        citation: {
          instrument: "in.it-rules-amendment-2026",
          text: "IT (Intermediary Guidelines and Digital Media Ethics Code) Amendment Rules, 2026 — significant social-media intermediaries",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: "2026-02-20",
        notes: [
          'The pack does not give the user threshold that makes an intermediary "significant"; the condition cannot test it — mark not applicable, with the reason, below the threshold.',
          "Consequence of breach: loss of due-diligence and safe-harbour status under IT Act s.79 (no fixed fine).",
        ],
        confidence: "S",
      },
      {
        id: "in.it-rules-2026.takedown-3h",
        title: "Remove content within 3 hours of a government or court order",
        summary:
          "Take down content within 3 hours of receiving a government or court order (the deadline was 36 hours).",
        appliesWhen: "The organisation operates the system as an intermediary platform",
        condition: { role: ["platform_operator"] },
        citation: {
          instrument: "in.it-rules-amendment-2026",
          text: "IT (Intermediary Guidelines and Digital Media Ethics Code) Amendment Rules, 2026 — takedown deadlines",
          basis: "inferred",
          note: NO_ARTICLE,
        },
        effectiveFrom: "2026-02-20",
        notes: [
          "Covers ordered takedowns generally, not only synthetic content; other deadlines were also shortened (figures not given in the pack).",
          "Consequence of breach: loss of due-diligence and safe-harbour status under IT Act s.79 (no fixed fine).",
        ],
        confidence: "S",
      },
    ],
    regulators: [
      {
        name: "Ministry of Electronics and Information Technology (MeitY)",
        role: "Issues the IT Rules and the AI Governance Guidelines",
      },
      { name: "AIGG", role: "AI governance institution under the India AI Governance Guidelines" },
      { name: "TPEC", role: "Expert institution under the India AI Governance Guidelines" },
      {
        name: "India AI Safety Institute",
        role: "Institution under the India AI Governance Guidelines; no enforcement role given",
      },
    ],
    sources: [
      {
        title:
          "Digital Policy Alert, event 37705 — IT Rules Amendment 2026 (URL slug truncated in the research pack)",
        confidence: "S",
      },
      {
        title:
          "Business Today — Govt tightens rules on AI-generated content, mandates labels and faster takedowns (10 Feb 2026)",
        url: "https://www.businesstoday.in/technology/story/govt-tightens-rules-on-ai-generated-content-mandates-labels-and-faster-takedowns-515505-2026-02-10",
        confidence: "S",
      },
      {
        title:
          "Digital Policy Alert, event 35105 — India AI Governance Guidelines (URL slug truncated in the research pack)",
        confidence: "S",
      },
      {
        title: "DPDP Act 2023 penalty ceiling (₹250 crore): single source / background, not re-verified",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "IL",
    name: "Israel",
    kind: "country",
    region: "middle_east",
    status: "soft_law",
    binding: false,
    evolving: false,
    summary:
      "Israel has no AI statute and follows a sectoral, soft-law approach set out in its AI policy of December " +
      "2023, leaving regulation to sector regulators and guidance. It signed the Council of Europe Framework " +
      "Convention on AI on 5 September 2024; ratification is not reported. No AI-specific fines apply.",
    instruments: [
      {
        id: "il.ai-policy-2023",
        name: "AI regulation and ethics policy (December 2023)",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary:
          "Government policy favouring sector-by-sector, principles-based oversight over a horizontal AI law.",
        confidence: "M",
      },
      {
        id: "il.coe-ai-convention",
        name: "Council of Europe Framework Convention on AI and Human Rights, Democracy and the Rule of Law",
        number: "CETS No. 225",
        status: "adopted",
        binding: false,
        timeline: [{ date: "2024-09-05", what: "Signed by Israel", confidence: "S" }],
        summary:
          "Israel is a signatory; the pack does not report ratification, so the treaty does not bind Israel yet. " +
          "It binds states, not companies directly.",
        confidence: "S",
      },
    ],
    regulators: [{ name: "Sector regulators", role: "Apply existing sectoral law and guidance to AI" }],
    sources: [
      {
        title: "Moldova 1 — Council of Europe opens AI treaty for signature (signatories include Israel)",
        url: "https://moldova1.md/p/35066/council-of-europe-opens-ai-treaty",
        confidence: "S",
      },
      {
        title: "AI policy of December 2023: background recorded in the research pack, not re-verified",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "KE",
    name: "Kenya",
    kind: "country",
    region: "africa",
    status: "soft_law",
    binding: false,
    evolving: false,
    summary:
      "Kenya has a National AI Strategy 2025–2030 but no binding AI statute and no AI-specific fines were found.",
    instruments: [
      {
        id: "ke.national-ai-strategy",
        name: "Kenya National AI Strategy 2025–2030",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "National strategy for AI development and governance; creates no duties for companies.",
        confidence: "M",
      },
    ],
    sources: [
      {
        title: "AI Reports Africa — Africa's evolving AI regulatory landscape (13 Jun 2025)",
        url: "https://aireports.africa/2025/06/13/africas-evolving-ai-regulatory-landscape-new-frameworks-local-priorities-and-continental-ambitions",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "NG",
    name: "Nigeria",
    kind: "country",
    region: "africa",
    status: "soft_law",
    binding: false,
    evolving: false,
    summary:
      "Nigeria has only a draft national AI strategy; no binding AI statute and no AI-specific fines were found.",
    instruments: [
      {
        id: "ng.national-ai-strategy-draft",
        name: "Draft National AI Strategy",
        status: "draft",
        binding: false,
        timeline: [],
        summary:
          "Draft national strategy / policy on AI; not adopted as law and creates no duties for companies.",
        confidence: "M",
      },
    ],
    sources: [
      {
        title: "AI Reports Africa — Africa's evolving AI regulatory landscape (13 Jun 2025)",
        url: "https://aireports.africa/2025/06/13/africas-evolving-ai-regulatory-landscape-new-frameworks-local-priorities-and-continental-ambitions",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "SA",
    name: "Saudi Arabia",
    kind: "country",
    region: "middle_east",
    status: "soft_law",
    binding: false,
    evolving: false,
    summary:
      "Saudi Arabia has no AI law. SDAIA has issued AI Ethics Principles, Generative AI Guidelines (11 January " +
      "2024) and principles for generative-AI use; the Personal Data Protection Law (PDPL) applies to AI " +
      'processing personal data. A draft "Global AI Hub Law" (2025) has been reported but is unverified. No ' +
      "AI-specific fines apply.",
    instruments: [
      {
        id: "sa.sdaia-ai-ethics-principles",
        name: "SDAIA AI Ethics Principles",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Ethical principles for developing and using AI, issued by SDAIA.",
        confidence: "S",
      },
      {
        id: "sa.sdaia-genai-guidelines",
        name: "SDAIA Generative AI Guidelines",
        status: "soft_law",
        binding: false,
        timeline: [
          { date: "2024-01-11", what: "Generative AI Guidelines published by SDAIA", confidence: "S" },
        ],
        summary: "Guidance on the responsible development and use of generative AI.",
        confidence: "S",
      },
      {
        id: "sa.genai-use-principles",
        name: "Principles for generative-AI use",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Non-binding principles for using generative AI.",
        confidence: "S",
      },
      {
        id: "sa.pdpl",
        name: "Personal Data Protection Law (PDPL)",
        status: "in_force",
        binding: true,
        timeline: [],
        summary: "General data protection law; applies to AI processing personal data. Not AI-specific.",
        confidence: "S",
      },
      {
        id: "sa.global-ai-hub-law-draft",
        name: "Draft Global AI Hub Law",
        status: "draft",
        binding: false,
        timeline: [],
        summary: "A draft law reported in 2025; content and status not verified.",
        confidence: "M",
      },
    ],
    regulators: [
      {
        name: "Saudi Data and AI Authority (SDAIA)",
        role: "AI policy, ethics principles and guidelines; data protection",
      },
    ],
    sources: [
      {
        title: "Digital Policy Alert — Published SDAIA Generative AI Guidelines",
        url: "https://digitalpolicyalert.org/event/17196-published-sdaia-generative-ai-guidelines",
        confidence: "S",
      },
      { title: "Al Rashidi Law", url: "https://alrashidi.law/en/?p=2711", confidence: "S" },
      { title: "Draft Global AI Hub Law (2025): reported, not re-verified", confidence: "M" },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "SG",
    name: "Singapore",
    kind: "country",
    region: "asia",
    status: "soft_law",
    binding: false,
    evolving: true,
    summary:
      "Singapore has no AI statute and governs AI through voluntary frameworks: the Model AI Governance " +
      "Framework (2019/2020), its Generative AI edition (May 2024), IMDA's Model AI Governance Framework for " +
      "Agentic AI (January 2026; version 1.5 on 20 May 2026), the AI Verify testing toolkit, the PDPC's " +
      "advisory guidelines on personal data in AI (March 2024) and MAS guidance for finance. The PDPA applies " +
      "to AI processing personal data. No AI-specific fines apply.",
    instruments: [
      {
        id: "sg.model-ai-governance-framework",
        name: "Model AI Governance Framework (2019; second edition 2020)",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary:
          "Voluntary guidance on governance, human involvement, operations and stakeholder communication for AI.",
        confidence: "S",
      },
      {
        id: "sg.model-ai-governance-framework-genai",
        name: "Model AI Governance Framework for Generative AI (May 2024)",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Voluntary framework extending the model framework to generative AI.",
        confidence: "S",
      },
      {
        id: "sg.model-ai-governance-framework-agentic",
        name: "Model AI Governance Framework for Agentic AI (IMDA, January 2026)",
        status: "soft_law",
        binding: false,
        timeline: [{ date: "2026-05-20", what: "Version 1.5 published", confidence: "S" }],
        summary:
          "Voluntary framework for agentic AI systems; first issued January 2026, version 1.5 on 20 May 2026.",
        confidence: "S",
      },
      {
        id: "sg.ai-verify",
        name: "AI Verify",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Voluntary AI governance testing framework and toolkit.",
        confidence: "S",
      },
      {
        id: "sg.pdpc-ai-advisory-guidelines",
        name: "PDPC advisory guidelines on the use of personal data in AI systems (March 2024)",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Explains how the PDPA applies when personal data is used to develop or deploy AI.",
        confidence: "S",
      },
      {
        id: "sg.mas-guidance",
        name: "MAS sector guidance on AI",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Supervisory guidance for financial institutions using AI.",
        confidence: "S",
      },
      {
        id: "sg.pdpa",
        name: "Personal Data Protection Act (PDPA)",
        status: "in_force",
        binding: true,
        timeline: [],
        summary: "General data protection law; applies to AI processing personal data. Not AI-specific.",
        confidence: "S",
      },
    ],
    regulators: [
      { name: "Infocomm Media Development Authority (IMDA)", role: "AI governance frameworks; AI Verify" },
      {
        name: "Personal Data Protection Commission (PDPC)",
        role: "Enforces the PDPA; AI advisory guidelines",
      },
      { name: "Monetary Authority of Singapore (MAS)", role: "Financial-sector AI guidance" },
    ],
    sources: [
      {
        title: "Mayer Brown — AI regulation in Singapore and Hong Kong: a mid-year checkpoint (July 2026)",
        url: "https://www.mayerbrown.com/en/insights/publications/2026/07/ai-regulation-in-singapore-and-hong-kong-a-mid-year-checkpoint",
        confidence: "S",
      },
      {
        title: "PCT spec — x-ai-sg extension (Singapore AI frameworks)",
        url: "https://pctspec.opsf.org/v0.2-draft.3/extensions/x-ai-sg",
        confidence: "S",
      },
      {
        title:
          "White & Case AI Watch: Singapore (listed for reference; only the tracker's introduction could be read)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-singapore",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "ZA",
    name: "South Africa",
    kind: "country",
    region: "africa",
    status: "soft_law",
    binding: false,
    evolving: false,
    summary:
      "South Africa has a National AI Policy Framework but no binding AI statute, and no AI-specific fines were found.",
    instruments: [
      {
        id: "za.national-ai-policy-framework",
        name: "South Africa National AI Policy Framework",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Policy framework towards a national AI policy; creates no duties for companies.",
        confidence: "M",
      },
    ],
    sources: [
      {
        title: "AI Reports Africa — Africa's evolving AI regulatory landscape (13 Jun 2025)",
        url: "https://aireports.africa/2025/06/13/africas-evolving-ai-regulatory-landscape-new-frameworks-local-priorities-and-continental-ambitions",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "TW",
    name: "Taiwan",
    kind: "country",
    region: "asia",
    status: "enacted",
    binding: true,
    evolving: true,
    summary:
      "Taiwan's Artificial Intelligence Basic Act passed its third reading on 23 December 2025 (the promulgation " +
      "date was not found). It is a framework law: it sets seven principles, makes the National Science and " +
      "Technology Council the central competent authority, has the Ministry of Digital Affairs build an AI " +
      "risk-classification framework, requires warnings on high-risk AI and gives the government 2 years to " +
      "adapt other laws. It imposes no penalties and no specific duties on companies yet.",
    instruments: [
      {
        id: "tw.ai-basic-act",
        name: "Artificial Intelligence Basic Act",
        status: "enacted",
        binding: true,
        enacted: "2025-12-23",
        timeline: [
          {
            date: "2025-12-23",
            what: "Passed third reading in the Legislative Yuan (promulgation date not found)",
            confidence: "S",
          },
        ],
        summary:
          "Framework law with seven principles; NSTC is the central competent authority and MODA develops the " +
          "risk-classification framework; high-risk AI must display warnings; existing laws are to be adapted " +
          "within 2 years. No penalties and no specific obligations. The enactment date recorded is the " +
          "third-reading date.",
        confidence: "S",
      },
    ],
    riskCategories: [
      {
        name: "High-risk AI",
        description:
          "AI the risk-classification framework (to be developed by MODA) treats as high risk; it must display " +
          "warnings. The criteria are not yet published.",
        citation: "Artificial Intelligence Basic Act",
      },
    ],
    regulators: [
      {
        name: "National Science and Technology Council (NSTC)",
        role: "Central competent authority under the AI Basic Act",
      },
      { name: "Ministry of Digital Affairs (MODA)", role: "Develops the AI risk-classification framework" },
    ],
    sources: [
      {
        title: "Ministry of Digital Affairs — press release 18316",
        url: "https://moda.gov.tw/en/press/press-releases/18316",
        confidence: "S",
      },
      {
        title: "AI Basic Act (English text and notes)",
        url: "https://juchunko.com/en/act/ai-basic-act",
        confidence: "S",
      },
      {
        title: "International AI Law — Taiwan AI Basic Act",
        url: "https://www.intlailaw.org/article_d.php?id=3949&lang=en&tb=4",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  {
    code: "AE",
    name: "United Arab Emirates",
    kind: "country",
    region: "middle_east",
    status: "sectoral",
    binding: true,
    evolving: false,
    summary:
      "The UAE has no comprehensive AI law. Federal policy rests on the National AI Strategy 2031, the UAE " +
      "Charter for the Development and Use of AI and Central Bank (CBUAE) guidance. In the DIFC free zone, " +
      "Regulation 10 (2023) sets binding rules for autonomous and semi-autonomous systems that process " +
      "personal data, including accreditation and certification. DIFC data-protection sanctions apply, but " +
      "their figures are not verified.",
    instruments: [
      {
        id: "ae.national-ai-strategy-2031",
        name: "UAE National AI Strategy 2031",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "National strategy for AI adoption and governance; creates no duties for companies.",
        confidence: "S",
      },
      {
        id: "ae.ai-charter",
        name: "UAE Charter for the Development and Use of Artificial Intelligence",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Non-binding principles for developing and using AI.",
        confidence: "S",
      },
      {
        id: "ae.difc-regulation-10",
        name: "DIFC Regulation 10 (Data Protection Regulations — autonomous and semi-autonomous systems)",
        number: "Regulation 10",
        status: "in_force",
        binding: true,
        timeline: [],
        summary:
          "Binding within the DIFC free zone: rules for autonomous or semi-autonomous systems that process " +
          "personal data, with accreditation and certification. Dates from 2023 (the pack gives the year only); " +
          "sanctions run through the DIFC data protection law and their amounts are not verified.",
        confidence: "S",
      },
      {
        id: "ae.cbuae-guidance",
        name: "Central Bank of the UAE (CBUAE) AI guidance",
        status: "soft_law",
        binding: false,
        timeline: [],
        summary: "Supervisory guidance for licensed financial institutions using AI.",
        confidence: "S",
      },
    ],
    obligations: [
      {
        id: "ae.difc-reg-10.autonomous-systems",
        title: "Meet DIFC Regulation 10 for autonomous systems processing personal data",
        summary:
          "For autonomous or semi-autonomous systems processing personal data in the DIFC, comply with " +
          "Regulation 10, including its accreditation and certification requirements.",
        appliesWhen:
          "The system processes personal data and operates autonomously or semi-autonomously (autonomy medium or high), in the DIFC",
        condition: { all: [{ flag: "processesPersonalData" }, { autonomy: ["medium", "high"] }] },
        citation: { instrument: "ae.difc-regulation-10", text: "DIFC Regulation 10", basis: "law" },
        effectiveFrom: "2023-12-31",
        notes: [
          "The pack dates Regulation 10 to 2023 without a day; the last day of 2023 is used so the duty is never shown as applying earlier than it could.",
          "The condition cannot test the DIFC location: mark not applicable, with the reason, for systems not operated in the DIFC.",
          'Mapping "semi-autonomous" to autonomy medium is our reading.',
          "The detailed duties (accreditation, certification) are not set out in the pack: check the regulation text.",
          "Sanctions run through the DIFC data protection law; amounts not verified, so no penalty rule is modelled.",
        ],
        confidence: "S",
      },
    ],
    regulators: [
      {
        name: "DIFC Commissioner of Data Protection",
        role: "Supervises DIFC Regulation 10 and DIFC data protection law",
      },
      {
        name: "AI Office",
        role: "Named in the pack's summary table as an enforcing body; remit not described",
      },
      { name: "Central Bank of the UAE (CBUAE)", role: "Financial-sector AI guidance" },
    ],
    sources: [
      {
        title: "AI in Arabia — GCC AI rulebooks: UAE and Saudi policy deep dive (9 Jun 2026)",
        url: "https://www.aiinarabia.com/policy/gcc-ai-rulebooks-uae-saudi-policy-deep-dive-2026-06-09",
        confidence: "S",
      },
      {
        title: "GCC LexAI — AI governance",
        url: "https://gcc-lexai.0xkaz.com/topic/ai-governance",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },
];
