import type { Citation, Condition, JurisdictionInput } from "#schema.ts";

/**
 * United States: the federal level (no comprehensive AI statute) and the sub-national regimes of the
 * research pack (jurisdictions.md §4): Colorado, California, Texas, New York City and New York State.
 * Figures, dates and section numbers are exactly as the pack gives them; sections the pack does not
 * give are cited as the instrument with `basis: "inferred"`.
 */

const usd = (amountMinor: string) => ({ amountMinor, currency: "USD" });

const NO_SECTION = "section not given in the source";
const LAST_CHECKED = "2026-11-25";

/** The profile cannot test the 10^26-operations threshold or the developer's revenue. */
const FRONTIER_PROXY_NOTE =
  "The profile cannot test the 10^26-operations training threshold or the developer's revenue; " +
  "the catalogue uses the gpaiSystemicRisk flag as the nearest proxy for a frontier model.";

const us: JurisdictionInput = {
  code: "US",
  name: "United States (federal)",
  kind: "us_federal",
  region: "americas",
  status: "sectoral",
  binding: true,
  evolving: true,
  summary:
    "There is no comprehensive federal AI statute. Federal AI policy runs through executive orders: EO 14110 " +
    "(October 2023) was revoked in January 2025 by EO 14179 [unverified], America's AI Action Plan followed in July " +
    '2025 [one source], and the order "Ensuring a National Policy Framework for Artificial Intelligence" of ' +
    "11 December 2025 directs the DOJ to set up an AI Litigation Task Force within 30 days to challenge state AI " +
    'laws, directs Commerce to identify "onerous" state AI laws within 90 days, conditions remaining BEAD broadband ' +
    'funds, calls for an FTC Act policy statement on state laws compelling changes to "truthful outputs" and for a ' +
    "legislative recommendation on federal pre-emption (carving out child safety, data-centre infrastructure and " +
    "state procurement); an executive order does not itself pre-empt state law. In July 2025 the Senate voted 99–1 to " +
    "strip a 10-year state-law moratorium from the reconciliation bill. The binding AI-relevant federal rule is the " +
    "TAKE IT DOWN Act (signed 19 May 2025): it criminalises knowingly publishing non-consensual intimate imagery, " +
    "including AI digital forgeries, and since 19 May 2026 requires covered platforms to remove such content within " +
    "48 hours of a valid request, enforced by the FTC under FTC Act s.5. Otherwise existing law applies: the FTC " +
    '(unfair or deceptive practices, e.g. "Operation AI Comply" [unverified]), the EEOC and the CFPB. NIST AI RMF ' +
    "1.0 is voluntary but is a statutory safe harbour or affirmative defence in Texas and Colorado. " +
    "Other state items, not verified in depth [unverified]: Illinois HB 3773 amends the Human Rights Act on AI in " +
    "employment, effective 1 Jan 2026 [unverified]; Illinois frontier-AI bills SB 315 / SB 3261 were reported passed " +
    "in May 2026 with penalties of $1m/$3m (P.A. 104-0538 is cited in one repository) [one source, verify]; Utah's " +
    "AI Policy Act (2024) requires disclosure of generative-AI use, with an administrative fine up to $2,500 per " +
    "violation [unverified]; Connecticut was reported to have passed an AI bill in May 2026 [one source].",
  scope:
    "Federal rules bind nationally; the states of Colorado, California, Texas and New York and New York City have " +
    "their own entries (parent US).",
  instruments: [
    {
      id: "eo-14110",
      name: "Executive Order 14110 on Safe, Secure, and Trustworthy AI (Biden, October 2023)",
      number: "EO 14110",
      status: "repealed",
      binding: false,
      summary: "Issued in October 2023; revoked in January 2025 by EO 14179.",
      confidence: "M",
    },
    {
      id: "eo-14179",
      name: 'Executive Order 14179 "Removing Barriers to American Leadership in AI"',
      number: "EO 14179",
      status: "in_force",
      binding: false,
      summary:
        "Issued in January 2025; revoked EO 14110. Directs federal policy; it does not bind private parties.",
      confidence: "M",
    },
    {
      id: "ai-action-plan",
      name: "America's AI Action Plan",
      status: "soft_law",
      binding: false,
      summary: "Federal AI policy plan published in July 2025.",
      confidence: "S1",
    },
    {
      id: "eo-national-policy-framework",
      name: 'Executive Order "Ensuring a National Policy Framework for Artificial Intelligence"',
      status: "in_force",
      binding: false,
      enacted: "2025-12-11",
      inForce: "2025-12-11",
      timeline: [{ date: "2025-12-11", what: "Executive order signed", confidence: "S" }],
      summary:
        "DOJ to set up an AI Litigation Task Force within 30 days to challenge state AI laws on interstate-commerce " +
        'or pre-emption grounds; Commerce to identify "onerous" state AI laws within 90 days; remaining BEAD ' +
        'broadband funds conditioned; an FTC Act policy statement on state laws that compel changes to "truthful ' +
        'outputs"; a legislative recommendation for federal pre-emption carving out child safety, data-centre ' +
        "infrastructure and state procurement. An executive order does not itself pre-empt state law.",
      confidence: "S",
    },
    {
      id: "take-it-down-act",
      name: "TAKE IT DOWN Act",
      status: "in_force",
      binding: true,
      enacted: "2025-05-19",
      inForce: "2025-05-19",
      timeline: [
        {
          date: "2025-05-19",
          what: "Signed; criminal offence of knowingly publishing non-consensual intimate imagery (incl. AI digital forgeries) applies",
          confidence: "S",
        },
        {
          date: "2026-05-19",
          what: "Covered platforms' 48-hour notice-and-removal duty applies (FTC enforcement under FTC Act s.5)",
          confidence: "S",
        },
      ],
      summary:
        'Criminalises knowingly publishing non-consensual intimate imagery, including AI "digital forgeries" (up to ' +
        "2 years' prison where the victim is an adult, 3 years where a minor). Covered platforms must remove such " +
        "content and known identical copies within 48 hours of a valid request; the FTC enforces that duty as an " +
        "unfair or deceptive practice under FTC Act s.5.",
      confidence: "S",
    },
    {
      id: "ftc-act",
      name: "Federal Trade Commission Act, section 5 (unfair or deceptive acts or practices)",
      status: "in_force",
      binding: true,
      summary:
        'The FTC polices unfair or deceptive AI practices under s.5 (e.g. "Operation AI Comply") and enforces the ' +
        "TAKE IT DOWN Act's platform duty as a s.5 violation.",
      confidence: "M",
    },
    {
      id: "nist-ai-rmf",
      name: "NIST AI Risk Management Framework 1.0",
      number: "NIST AI RMF 1.0",
      status: "soft_law",
      binding: false,
      summary:
        "Voluntary framework; compliance with it is a statutory safe harbour or affirmative defence under the Texas " +
        "(TRAIGA) and Colorado AI laws.",
      confidence: "S",
    },
  ],
  prohibitedPractices: [
    {
      id: "us.take-it-down.ncii-publication",
      text:
        "Knowingly publishing non-consensual intimate imagery, including AI-generated digital forgeries (criminal " +
        "offence: up to 2 years' prison for adult victims, 3 years for minors).",
      citation: {
        instrument: "take-it-down-act",
        text: "TAKE IT DOWN Act (criminal prohibition)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2025-05-19",
      confidence: "S",
    },
  ],
  obligations: [
    {
      id: "us.take-it-down.platform-removal",
      title: "Remove non-consensual intimate imagery within 48 hours",
      summary:
        "Run a notice-and-removal process: on a valid request, take down non-consensual intimate imagery (including " +
        "AI digital forgeries) and known identical copies within 48 hours.",
      appliesWhen:
        "The organisation operates a covered platform (an online service hosting content from users) or the system " +
        "publishes synthetic imagery of real people.",
      condition: { any: [{ role: ["platform_operator"] }, { flag: "publishesDeepfakes" }] },
      citation: {
        instrument: "take-it-down-act",
        text: "TAKE IT DOWN Act (covered-platform removal duty)",
        basis: "inferred",
        note: `${NO_SECTION}; the mapping of "covered platform" to profile facts is our reading`,
      },
      effectiveFrom: "2026-05-19",
      notes: [
        "Enforced by the FTC as an unfair or deceptive practice under FTC Act s.5; the pack gives no civil-penalty " +
          "amount, so no monetary penalty rule is modelled.",
      ],
      confidence: "S",
    },
  ],
  penalties: [],
  regulators: [
    {
      name: "Federal Trade Commission (FTC)",
      role: "Unfair or deceptive practices under FTC Act s.5, including AI claims and the TAKE IT DOWN Act platform duty",
      citation: "FTC Act s.5",
    },
    {
      name: "Department of Justice (DOJ)",
      role: "Criminal prosecution under the TAKE IT DOWN Act; AI Litigation Task Force against state AI laws",
    },
    {
      name: "Department of Commerce",
      role: 'Identifies "onerous" state AI laws under the December 2025 executive order',
    },
    {
      name: "Equal Employment Opportunity Commission (EEOC)",
      role: "Existing anti-discrimination law applied to AI",
    },
    { name: "Consumer Financial Protection Bureau (CFPB)", role: "Existing credit law applied to AI" },
    {
      name: "NIST Center for AI Standards and Innovation (CAISI)",
      role: "Standards and evaluation; the former US AI Safety Institute, renamed in 2025 (unverified)",
    },
  ],
  sources: [
    {
      title: "Mondaq: national policy framework executive order",
      url: "https://www.mondaq.com/unitedstates/new-technology/1721294/",
      confidence: "S",
    },
    { title: "Baker Botts Our Take", url: "https://ourtake.bakerbotts.com/post/102lxx1/", confidence: "S" },
    {
      title: "A&O Shearman: White House issues executive order establishing a national policy framework",
      url: "https://www.aoshearman.com/en/insights/ao-shearman-on-tech/white-house-issues-executive-order-establishing-a-national-policy-framework",
      confidence: "S",
    },
    { title: "Digital Policy Alert event 30117 (TAKE IT DOWN Act)", confidence: "S" },
    {
      title: "Fenwick: What's Trending",
      url: "https://whatstrending.fenwick.com/post/102kbpt/",
      confidence: "S",
    },
    {
      title: "White & Case AI Watch: United States (URL confirmed; page content not read)",
      url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-united-states",
      confidence: "M",
    },
    {
      title:
        "Other state items (Illinois HB 3773, SB 315 / SB 3261; Utah AI Policy Act; Connecticut) — background, not verified in depth",
      confidence: "M",
    },
  ],
  lastChecked: LAST_CHECKED,
};

const colorado: JurisdictionInput = {
  code: "US-CO",
  name: "Colorado",
  kind: "us_state",
  region: "americas",
  status: "enacted",
  binding: true,
  evolving: true,
  parent: "US",
  summary:
    "The Colorado AI Act (SB 24-205), signed 17 May 2024, never took effect: its 1 Feb 2026 start was delayed to " +
    "30 Jun 2026 by SB 25B-004 (signed 28 Aug 2025), a federal magistrate judge stayed enforcement on 27 Apr 2026 in " +
    "xAI's constitutional challenge (joined by the DOJ), and SB 26-189 (passed 9–12 May 2026, Senate 34–1, House " +
    "57–6; signed 14 May 2026) repealed and re-enacted the framework around covered automated decision-making " +
    "technology (ADMT). SB 26-189 takes effect on 1 Jan 2027 for decisions made on or after that date and requires " +
    "AG rulemaking. Deployers must give notice of ADMT use and, after an adverse outcome, an explanation, access to " +
    "input information, correction and meaningful human review where commercially feasible; developers must document " +
    "intended uses, training-data categories and limitations. A violation is a deceptive trade practice enforced " +
    "exclusively by the Attorney General after a 60-day cure period; the per-violation maximum follows the Colorado " +
    "Consumer Protection Act ($20,000, unverified in the enrolled text).",
  definitionOfAI: {
    text:
      "Covered automated decision-making technology (ADMT): technology that processes personal data and materially " +
      "influences consequential decisions.",
    citation: "SB 26-189 (section not given in the source)",
  },
  scope:
    "Developers and deployers of covered ADMT used for consequential decisions about Colorado consumers, for decisions " +
    "made on or after 1 Jan 2027.",
  instruments: [
    {
      id: "sb-26-189",
      name: "SB 26-189 (automated decision-making technology; repeals and re-enacts the Colorado AI Act)",
      number: "SB 26-189",
      status: "enacted",
      binding: true,
      enacted: "2026-05-14",
      inForce: "2027-01-01",
      timeline: [
        {
          date: "2026-05-14",
          what: "Signed (passed 9–12 May 2026: Senate 34–1, House 57–6)",
          confidence: "S",
        },
        {
          date: "2027-01-01",
          what: "Takes effect for consequential decisions made on or after this date; AG rulemaking required",
          confidence: "S",
        },
      ],
      summary:
        "Repeals and re-enacts the Colorado framework around covered ADMT. Deployers: notice before or at the time " +
        "of use; after an adverse outcome, a description of the decision and the ADMT's role, how to request " +
        "information on inputs and data, how to correct data, and meaningful human review or reconsideration where " +
        "commercially feasible. Developers: documentation of intended uses, training-data categories and " +
        "limitations. Removed from SB 24-205: deployer risk-management programmes, impact assessments, annual " +
        "reviews and the algorithmic-discrimination duty. Deceptive trade practice; AG has exclusive enforcement; " +
        "60-day cure period before penalties.",
      confidence: "S",
    },
    {
      id: "sb-24-205",
      name: "Colorado AI Act",
      number: "SB 24-205 (C.R.S. §6-1-1701 et seq.)",
      status: "repealed",
      binding: false,
      enacted: "2024-05-17",
      timeline: [
        { date: "2024-05-17", what: "Signed", confidence: "S" },
        {
          date: "2025-08-28",
          what: "SB 25B-004 signed, delaying the effective date to 2026-06-30",
          confidence: "S",
        },
        { date: "2026-02-01", what: "Original effective date (superseded by SB 25B-004)", confidence: "S" },
        {
          date: "2026-04-27",
          what: "Enforcement stayed by a federal magistrate judge (xAI's constitutional challenge, joined by the DOJ)",
          confidence: "S",
        },
        { date: "2026-05-14", what: "Repealed and replaced by SB 26-189", confidence: "S" },
        { date: "2026-06-30", what: "Delayed effective date; the Act never took effect", confidence: "S" },
      ],
      summary:
        "Would have imposed on developers and deployers of high-risk AI systems making consequential decisions " +
        "(employment, education, financial/lending, healthcare, housing, insurance, legal and government services) a " +
        "duty of reasonable care against algorithmic discrimination; developer documentation and notice to the AG " +
        "within 90 days of discovering discrimination; deployer risk-management policy, annual impact assessments, " +
        "consumer notice and appeal with human review; disclosure of AI interacting with consumers (§6-1-1704). A " +
        "violation was a deceptive trade practice enforced exclusively by the AG, up to $20,000 per violation " +
        "(§6-1-1706 via C.R.S. §6-1-112); affirmative defence for NIST AI RMF or ISO/IEC 42001 compliance. Never took " +
        "effect; repealed and replaced by SB 26-189.",
      confidence: "S",
    },
    {
      id: "colorado-consumer-protection-act",
      name: "Colorado Consumer Protection Act",
      number: "C.R.S. §6-1-112 (civil penalties)",
      status: "in_force",
      binding: true,
      summary:
        "Civil penalties for deceptive trade practices: the ceiling was raised from $2,000 to $20,000 per violation " +
        "in 2019 ($50,000 where the victim is elderly).",
      confidence: "S",
    },
  ],
  riskCategories: [
    {
      name: "Covered ADMT",
      description:
        "Technology that processes personal data and materially influences consequential decisions about consumers.",
      citation: "SB 26-189",
    },
  ],
  obligations: [
    {
      id: "us-co.sb-26-189.admt-notice",
      title: "Notify consumers that ADMT is used",
      summary:
        "Tell the consumer before, or at the time, covered ADMT is used in a consequential decision about them.",
      appliesWhen:
        "The organisation deploys technology that processes personal data and materially influences consequential " +
        "decisions about consumers.",
      condition: {
        all: [
          { role: ["deployer"] },
          { flag: "makesDecisionsAboutPeople" },
          { flag: "processesPersonalData" },
        ],
      },
      citation: {
        instrument: "sb-26-189",
        text: "SB 26-189 (deployer notice)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: [
        "Applies to decisions made on or after 2027-01-01; AG rulemaking required, detailed rules pending.",
      ],
      confidence: "S",
    },
    {
      id: "us-co.sb-26-189.adverse-outcome",
      title: "Explain adverse outcomes and offer correction and human review",
      summary:
        "After an adverse outcome, describe the decision and the ADMT's role, explain how to request information on " +
        "the inputs and data used and how to correct data, and offer meaningful human review or reconsideration " +
        "where commercially feasible.",
      appliesWhen:
        "The organisation deploys covered ADMT (personal data, materially influencing consequential decisions) and a " +
        "decision is adverse to the consumer.",
      condition: {
        all: [
          { role: ["deployer"] },
          { flag: "makesDecisionsAboutPeople" },
          { flag: "processesPersonalData" },
        ],
      },
      citation: {
        instrument: "sb-26-189",
        text: "SB 26-189 (adverse-outcome rights)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: ["AG rulemaking required, detailed rules pending."],
      confidence: "S",
    },
    {
      id: "us-co.sb-26-189.developer-documentation",
      title: "Document intended uses, training-data categories and limitations",
      summary:
        "Give deployers documentation of the ADMT's intended uses, the categories of training data and its known " +
        "limitations.",
      appliesWhen:
        "The organisation develops technology that processes personal data and materially influences consequential " +
        "decisions.",
      condition: {
        all: [
          { role: ["provider"] },
          { flag: "makesDecisionsAboutPeople" },
          { flag: "processesPersonalData" },
        ],
      },
      citation: {
        instrument: "sb-26-189",
        text: "SB 26-189 (developer documentation)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: ["AG rulemaking required, detailed rules pending."],
      confidence: "S",
    },
  ],
  penalties: [
    {
      id: "us-co.sb-26-189.deceptive-trade-practice",
      offence: "Violation of SB 26-189 (a deceptive trade practice)",
      citation: {
        instrument: "sb-26-189",
        text: "SB 26-189 (deceptive trade practice) with C.R.S. §6-1-112",
        basis: "inferred",
        note:
          "the penalty section of SB 26-189 is not given in the source; the per-violation maximum follows the " +
          "Colorado Consumer Protection Act (C.R.S. §6-1-112) and is not verified in the enrolled text",
      },
      amount: { kind: "fixed", max: usd("2000000") },
      per: "violation",
      whoMayBeFined: "Developers and deployers of covered ADMT",
      nonMonetary: [],
      effectiveFrom: "2027-01-01",
      triggeredBy: [
        "us-co.sb-26-189.admt-notice",
        "us-co.sb-26-189.adverse-outcome",
        "us-co.sb-26-189.developer-documentation",
      ],
      confidence: "M",
      notes: [
        "A 60-day cure period applies before penalties.",
        "Enforced exclusively by the Attorney General.",
        "Colorado CPA ceiling: $20,000 per violation ($50,000 where the victim is elderly); the elderly-victim figure " +
          "is not modelled as a separate rule.",
      ],
    },
  ],
  regulators: [
    {
      name: "Colorado Attorney General",
      role: "Exclusive enforcement (deceptive trade practice, 60-day cure period) and rulemaking under SB 26-189",
      citation: "SB 26-189",
    },
  ],
  sources: [
    {
      title: "Consumer Finance & FinTech Blog: Colorado repeals and replaces controversial AI law",
      url: "https://consumerfsblog.com/2026/05/colorado-repeals-and-replaces-controversial-artificial-intelligence-law/",
      confidence: "S",
    },
    {
      title: "Baker Botts: Colorado repeals and replaces AI Act",
      url: "https://ourtake.bakerbotts.com/post/102msga/colorado-repeals-and-replaces-ai-act",
      confidence: "S",
    },
    {
      title: "Licentium: Colorado replaces AI Act with SB 26-189",
      url: "https://www.licentium.io/post/colorado-replaces-ai-act-sb26-189-automated-decision-making-2027",
      confidence: "S",
    },
    {
      title: "Compliance Hub: Colorado SB 189 passed, AI Act repealed",
      url: "https://compliancehub.wiki/colorado-sb189-passed-ai-act-repealed/",
      confidence: "S",
    },
    { title: "nope.net: Colorado AI Act", url: "https://nope.net/regs/us-co-ai-act", confidence: "S" },
    {
      title: "GovTech: Colorado passes bill amending current AI legislation",
      url: "https://www.govtech.com/artificial-intelligence/colorado-passes-bill-amending-current-ai-legislation",
      confidence: "S",
    },
    {
      title: "AIClear: SB 26-189 cure period",
      url: "https://aiclear.org/sb-26-189/cure-period",
      confidence: "S",
    },
    {
      title: "Plural Policy: HB19-1289 (Colorado CPA penalty level)",
      url: "https://open.pluralpolicy.com/co/bills/2019A/HB19-1289",
      confidence: "S",
    },
  ],
  lastChecked: LAST_CHECKED,
};

const california: JurisdictionInput = {
  code: "US-CA",
  name: "California",
  kind: "us_state",
  region: "americas",
  status: "in_force",
  binding: true,
  evolving: true,
  parent: "US",
  summary:
    "California regulates AI through several topic laws. SB 53, the Transparency in Frontier Artificial " +
    "Intelligence Act (signed 29 Sep 2025, effective 1 Jan 2026), requires frontier developers to publish safety " +
    "frameworks and transparency reports and to report critical safety incidents to the Office of Emergency " +
    "Services, with civil penalties up to $1,000,000 per violation recoverable by the Attorney General. SB 942, the " +
    "California AI Transparency Act (operative 2 Aug 2026 as moved by AB 853), requires large generative-AI " +
    "providers to offer a free detection tool and embed latent disclosures, at $5,000 per violation with each day a " +
    "discrete violation. The CPPA's regulations on automated decision-making technology, risk assessments and " +
    "cybersecurity audits took effect on 1 Jan 2026, with ADMT compliance from 1 Jan 2027 and the first risk-" +
    "assessment attestation due 1 Apr 2028; CCPA penalties are up to $2,663 per violation and $7,988 per intentional " +
    "violation or one involving minors under 16.",
  scope:
    "Frontier developers (SB 53); covered providers of generative-AI systems with more than 1,000,000 monthly users " +
    "publicly accessible in California (SB 942); businesses using ADMT for significant decisions (CCPA regulations).",
  instruments: [
    {
      id: "sb-53",
      name: "Transparency in Frontier Artificial Intelligence Act (TFAIA)",
      number: "SB 53 (B&P Code §22757.10 et seq.)",
      status: "in_force",
      binding: true,
      enacted: "2025-09-29",
      inForce: "2026-01-01",
      timeline: [
        { date: "2025-09-29", what: "Signed", confidence: "S" },
        {
          date: "2026-01-01",
          what: "Effective (majority view; one source, insidetechlaw, says 2027-01-01)",
          confidence: "S",
        },
      ],
      summary:
        "Frontier model: a foundation model trained with more than 10^26 integer or floating-point operations; a " +
        "large frontier developer has annual revenue above $500m. Duties: publish and annually update a frontier AI " +
        "framework; publish transparency reports on each release; send summaries of catastrophic-risk assessments to " +
        "the Office of Emergency Services; report critical safety incidents to OES within 15 days (24 hours if there " +
        "is an imminent risk of death or serious injury); whistleblower protections and an anonymous internal channel. " +
        "Civil penalty up to $1,000,000 per violation depending on severity (§22757.15(a)), recoverable only by the " +
        "Attorney General; failing to follow one's own published framework is itself a violation.",
      confidence: "S",
    },
    {
      id: "sb-942",
      name: "California AI Transparency Act",
      number: "SB 942 (B&P §22757 et seq.)",
      status: "in_force",
      binding: true,
      enacted: "2024-09-19",
      inForce: "2026-08-02",
      timeline: [
        { date: "2024-09-19", what: "Signed", confidence: "S" },
        { date: "2026-01-01", what: "Original operative date (moved by AB 853)", confidence: "S" },
        { date: "2026-08-02", what: "Operative, as moved by AB 853", confidence: "S" },
      ],
      summary:
        "Covered providers (generative-AI systems with more than 1,000,000 monthly users, publicly accessible in " +
        "California) must offer a free AI-detection tool, embed latent disclosures (provenance metadata) in image, " +
        "video and audio content, offer an optional manifest disclosure, and require licensees to keep disclosures, " +
        "revoking the licence within 96 hours otherwise. $5,000 per violation, each day a discrete violation " +
        "(§22757.4); enforced by the Attorney General, city attorneys and county counsel.",
      confidence: "S",
    },
    {
      id: "ab-853",
      name: "AB 853 (2025), amending the California AI Transparency Act",
      number: "AB 853",
      status: "enacted",
      binding: true,
      summary:
        "Moved SB 942's operative date from 1 Jan 2026 to 2 Aug 2026 and added duties for large online platforms and " +
        "capture-device makers with later dates (not given in the source).",
      confidence: "S",
    },
    {
      id: "ccpa-admt-regulations",
      name: "CCPA regulations on automated decision-making technology, risk assessments and cybersecurity audits (CPPA)",
      status: "phased",
      binding: true,
      enacted: "2025-09-23",
      inForce: "2026-01-01",
      timeline: [
        { date: "2025-09-23", what: "Approved by the Office of Administrative Law", confidence: "S" },
        { date: "2026-01-01", what: "Regulations effective", confidence: "S" },
        { date: "2027-01-01", what: "Compliance with the ADMT obligations required", confidence: "S" },
        { date: "2028-04-01", what: "First risk-assessment attestation due", confidence: "S" },
      ],
      summary:
        "ADMT used for significant decisions (finance or lending, housing, education, employment, healthcare): " +
        "pre-use notice, opt-out and access rights, from 1 Jan 2027. Risk assessments, with the first attestation due " +
        "1 Apr 2028; cybersecurity audits.",
      confidence: "S",
    },
    {
      id: "ccpa",
      name: "California Consumer Privacy Act (CCPA)",
      status: "in_force",
      binding: true,
      timeline: [{ date: "2025-01-01", what: "CPI-adjusted penalty amounts apply", confidence: "S" }],
      summary:
        "The statute under which the ADMT regulations are made. Penalties, CPI-adjusted from 1 Jan 2025: up to $2,663 " +
        "per violation and $7,988 per intentional violation or one involving minors under 16; no aggregate cap. " +
        "Enforced by the CPPA and the Attorney General.",
      confidence: "S",
    },
  ],
  riskCategories: [
    {
      name: "Frontier model / large frontier developer",
      description:
        "A foundation model trained with more than 10^26 integer or floating-point operations; a large frontier " +
        "developer has annual revenue above $500m.",
      citation: "SB 53",
    },
    {
      name: "Covered provider (generative AI)",
      description:
        "A generative-AI system with more than 1,000,000 monthly users, publicly accessible in California.",
      citation: "SB 942",
    },
    {
      name: "Significant decisions (ADMT)",
      description: "Decisions on finance or lending, housing, education, employment or healthcare.",
      citation: "CCPA ADMT regulations",
    },
  ],
  obligations: [
    {
      id: "us-ca.sb-53.frontier-framework",
      title: "Publish, update and follow a frontier AI framework",
      summary:
        "Publish a frontier AI framework, update it at least annually and follow it: departing from one's own " +
        "published framework is itself a violation.",
      appliesWhen:
        "The organisation develops a frontier model (a foundation model trained with more than 10^26 operations).",
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "sb-53",
        text: "SB 53 (B&P Code §22757.10 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-01-01",
      notes: [
        FRONTIER_PROXY_NOTE,
        "The source does not say which duties are limited to large frontier developers (annual revenue above $500m).",
      ],
      confidence: "S",
    },
    {
      id: "us-ca.sb-53.transparency-reports",
      title: "Publish a transparency report on each release",
      summary: "Publish a transparency report whenever a frontier model is released.",
      appliesWhen: "The organisation develops a frontier model (more than 10^26 training operations).",
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "sb-53",
        text: "SB 53 (B&P Code §22757.10 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-01-01",
      notes: [FRONTIER_PROXY_NOTE],
      confidence: "S",
    },
    {
      id: "us-ca.sb-53.catastrophic-risk-summaries",
      title: "Send catastrophic-risk assessment summaries to OES",
      summary:
        "Send the Office of Emergency Services summaries of the catastrophic-risk assessments of frontier models.",
      appliesWhen: "The organisation develops a frontier model (more than 10^26 training operations).",
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "sb-53",
        text: "SB 53 (B&P Code §22757.10 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-01-01",
      notes: [FRONTIER_PROXY_NOTE],
      confidence: "S",
    },
    {
      id: "us-ca.sb-53.critical-incident-reporting",
      title: "Report critical safety incidents to OES within 15 days",
      summary:
        "Report critical safety incidents to the Office of Emergency Services within 15 days, or within 24 hours " +
        "where there is an imminent risk of death or serious injury.",
      appliesWhen: "The organisation develops a frontier model (more than 10^26 training operations).",
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "sb-53",
        text: "SB 53 (B&P Code §22757.10 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-01-01",
      notes: [FRONTIER_PROXY_NOTE],
      confidence: "S",
    },
    {
      id: "us-ca.sb-53.whistleblower-protection",
      title: "Protect whistleblowers and run an anonymous internal channel",
      summary:
        "Do not retaliate against employees who raise catastrophic-risk concerns; provide an anonymous internal reporting channel.",
      appliesWhen: "The organisation develops a frontier model (more than 10^26 training operations).",
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "sb-53",
        text: "SB 53 (B&P Code §22757.10 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-01-01",
      notes: [FRONTIER_PROXY_NOTE],
      confidence: "S",
    },
    {
      id: "us-ca.sb-942.detection-tool",
      title: "Offer a free AI-detection tool",
      summary:
        "Make available, free of charge, a tool that lets users check whether content was created by the provider's generative system.",
      appliesWhen:
        "The organisation provides a generative-AI system with more than 1,000,000 monthly users, publicly accessible in California.",
      condition: { all: [{ role: ["provider"] }, { flag: "producesSyntheticOutputs" }] },
      citation: {
        instrument: "sb-942",
        text: "SB 942 (B&P §22757 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-08-02",
      notes: [
        "The 1,000,000-monthly-users threshold cannot be tested by the profile; check it for each system.",
      ],
      confidence: "S",
    },
    {
      id: "us-ca.sb-942.latent-disclosure",
      title: "Embed latent disclosures in generated image, video and audio",
      summary:
        "Embed latent disclosures (provenance metadata) in image, video and audio content the system generates.",
      appliesWhen:
        "The organisation provides a generative-AI system with more than 1,000,000 monthly users, publicly accessible in California.",
      condition: { all: [{ role: ["provider"] }, { flag: "producesSyntheticOutputs" }] },
      citation: {
        instrument: "sb-942",
        text: "SB 942 (B&P §22757 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-08-02",
      notes: [
        "The 1,000,000-monthly-users threshold cannot be tested by the profile; check it for each system.",
      ],
      confidence: "S",
    },
    {
      id: "us-ca.sb-942.manifest-disclosure",
      title: "Offer an optional manifest disclosure",
      summary: "Give users the option to add a visible (manifest) disclosure to generated content.",
      appliesWhen:
        "The organisation provides a generative-AI system with more than 1,000,000 monthly users, publicly accessible in California.",
      condition: { all: [{ role: ["provider"] }, { flag: "producesSyntheticOutputs" }] },
      citation: {
        instrument: "sb-942",
        text: "SB 942 (B&P §22757 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-08-02",
      notes: [
        "The 1,000,000-monthly-users threshold cannot be tested by the profile; check it for each system.",
      ],
      confidence: "S",
    },
    {
      id: "us-ca.sb-942.licensee-disclosures",
      title: "Bind licensees to keep disclosures; revoke within 96 hours",
      summary:
        "Require licensees of the system to keep its disclosure capability, and revoke the licence within 96 hours " +
        "when a licensee removes it.",
      appliesWhen:
        "The organisation provides a generative-AI system with more than 1,000,000 monthly users, publicly accessible " +
        "in California, and licenses it to others.",
      condition: { all: [{ role: ["provider"] }, { flag: "producesSyntheticOutputs" }] },
      citation: {
        instrument: "sb-942",
        text: "SB 942 (B&P §22757 et seq.)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2026-08-02",
      notes: [
        "The 1,000,000-monthly-users threshold cannot be tested by the profile; check it for each system.",
      ],
      confidence: "S",
    },
    {
      id: "us-ca.ccpa-admt.pre-use-notice",
      title: "Give a pre-use notice for ADMT in significant decisions",
      summary: "Before using ADMT for a significant decision about a consumer, give them a pre-use notice.",
      appliesWhen:
        "The organisation uses ADMT on personal data for significant decisions (finance or lending, housing, " +
        "education, employment, healthcare).",
      condition: {
        all: [
          { role: ["deployer"] },
          { flag: "makesDecisionsAboutPeople" },
          { flag: "processesPersonalData" },
        ],
      },
      citation: {
        instrument: "ccpa-admt-regulations",
        text: "CCPA ADMT regulations (pre-use notice)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: ["Regulations effective 2026-01-01; ADMT compliance required from 2027-01-01."],
      confidence: "S",
    },
    {
      id: "us-ca.ccpa-admt.opt-out-and-access",
      title: "Honour ADMT opt-out and access rights",
      summary:
        "Let consumers opt out of ADMT for significant decisions and access information about its use.",
      appliesWhen:
        "The organisation uses ADMT on personal data for significant decisions (finance or lending, housing, " +
        "education, employment, healthcare).",
      condition: {
        all: [
          { role: ["deployer"] },
          { flag: "makesDecisionsAboutPeople" },
          { flag: "processesPersonalData" },
        ],
      },
      citation: {
        instrument: "ccpa-admt-regulations",
        text: "CCPA ADMT regulations (opt-out and access)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: ["Regulations effective 2026-01-01; ADMT compliance required from 2027-01-01."],
      confidence: "S",
    },
    {
      id: "us-ca.ccpa-admt.risk-assessment",
      title: "Carry out risk assessments and attest to them",
      summary: "Carry out risk assessments of the processing; submit the first attestation by 1 Apr 2028.",
      appliesWhen: "The organisation uses ADMT on personal data for significant decisions.",
      condition: {
        all: [
          { role: ["deployer"] },
          { flag: "makesDecisionsAboutPeople" },
          { flag: "processesPersonalData" },
        ],
      },
      citation: {
        instrument: "ccpa-admt-regulations",
        text: "CCPA risk-assessment regulations",
        basis: "inferred",
        note: `${NO_SECTION}; which processing needs an assessment is our reading (ADMT for significant decisions)`,
      },
      effectiveFrom: "2026-01-01",
      notes: ["First risk-assessment attestation due 2028-04-01."],
      confidence: "S",
    },
  ],
  penalties: [
    {
      id: "us-ca.sb-53.22757-15-a",
      offence:
        "Violation of the Transparency in Frontier AI Act, including failing to follow one's own published framework",
      citation: { instrument: "sb-53", text: "B&P Code §22757.15(a)", basis: "law" },
      amount: { kind: "fixed", max: usd("100000000") },
      per: "violation",
      whoMayBeFined: "Frontier developers",
      nonMonetary: [],
      effectiveFrom: "2026-01-01",
      triggeredBy: [
        "us-ca.sb-53.frontier-framework",
        "us-ca.sb-53.transparency-reports",
        "us-ca.sb-53.catastrophic-risk-summaries",
        "us-ca.sb-53.critical-incident-reporting",
        "us-ca.sb-53.whistleblower-protection",
      ],
      confidence: "S",
      notes: [
        "Amount depends on the severity of the violation.",
        "Recoverable only in a civil action by the Attorney General.",
      ],
    },
    {
      id: "us-ca.sb-942.22757-4",
      offence: "Violation of the California AI Transparency Act by a covered provider",
      citation: { instrument: "sb-942", text: "B&P §22757.4", basis: "law" },
      amount: { kind: "fixed", min: usd("500000"), max: usd("500000") },
      per: "violation",
      whoMayBeFined: "Covered providers of generative-AI systems",
      nonMonetary: [],
      effectiveFrom: "2026-08-02",
      triggeredBy: [
        "us-ca.sb-942.detection-tool",
        "us-ca.sb-942.latent-disclosure",
        "us-ca.sb-942.manifest-disclosure",
        "us-ca.sb-942.licensee-disclosures",
      ],
      confidence: "S",
      notes: [
        "Each day of violation is a discrete violation.",
        "Enforced by the Attorney General, city attorneys and county counsel.",
      ],
    },
    {
      id: "us-ca.ccpa.violation",
      offence: "Violation of the CCPA or its regulations (including the ADMT and risk-assessment rules)",
      citation: {
        instrument: "ccpa",
        text: "CCPA penalties (CPI-adjusted from 1 Jan 2025)",
        basis: "inferred",
        note: NO_SECTION,
      },
      amount: { kind: "fixed", max: usd("266300") },
      per: "violation",
      whoMayBeFined: "Businesses subject to the CCPA",
      nonMonetary: [],
      effectiveFrom: "2026-01-01",
      triggeredBy: [
        "us-ca.ccpa-admt.pre-use-notice",
        "us-ca.ccpa-admt.opt-out-and-access",
        "us-ca.ccpa-admt.risk-assessment",
      ],
      confidence: "S",
      notes: [
        "No aggregate cap.",
        "Amount CPI-adjusted from 2025-01-01.",
        "Enforced by the CPPA and the Attorney General.",
      ],
    },
    {
      id: "us-ca.ccpa.intentional-or-minors",
      offence: "Intentional violation of the CCPA, or a violation involving minors under 16",
      citation: {
        instrument: "ccpa",
        text: "CCPA penalties (CPI-adjusted from 1 Jan 2025)",
        basis: "inferred",
        note: NO_SECTION,
      },
      amount: { kind: "fixed", max: usd("798800") },
      per: "violation",
      whoMayBeFined: "Businesses subject to the CCPA",
      nonMonetary: [],
      effectiveFrom: "2026-01-01",
      triggeredBy: [
        "us-ca.ccpa-admt.pre-use-notice",
        "us-ca.ccpa-admt.opt-out-and-access",
        "us-ca.ccpa-admt.risk-assessment",
      ],
      confidence: "S",
      notes: [
        "No aggregate cap.",
        "Amount CPI-adjusted from 2025-01-01.",
        "Enforced by the CPPA and the Attorney General.",
      ],
    },
  ],
  regulators: [
    {
      name: "California Attorney General",
      role: "Sole enforcer of SB 53; enforces SB 942 and the CCPA",
      citation: "B&P Code §22757.15(a); B&P §22757.4",
    },
    {
      name: "California Office of Emergency Services (OES)",
      role: "Receives SB 53 catastrophic-risk summaries and critical safety incident reports",
    },
    { name: "City attorneys and county counsel", role: "Enforce SB 942", citation: "B&P §22757.4" },
    {
      name: "California Privacy Protection Agency (CPPA)",
      role: "CCPA rulemaking (ADMT, risk assessments, cybersecurity audits) and enforcement",
    },
  ],
  sources: [
    { title: "Digital Policy Alert event 33868 (SB 53)", confidence: "S" },
    {
      title: "ComparativeAI: California SB 53 frontier AI",
      url: "https://comparativeai.org/en/subnational/us/california-sb-53-frontier-ai/",
      confidence: "S",
    },
    {
      title: "XIRA: CA SB 53 frontier",
      url: "https://www.xira-ai.com/regulation/ca-sb53-frontier",
      confidence: "S",
    },
    { title: "Repository texts citing B&P Code §22757.15(a)", confidence: "P" },
    {
      title: "AI Compliance Atlas: California SB 942",
      url: "https://aicomplianceatlas.com/law/california-sb-942",
      confidence: "S",
    },
    {
      title: "AI Policy Desk: California SB 942 AI Transparency Act, August 2026 compliance",
      url: "https://www.aipolicydesk.com/blog/california-sb942-ai-transparency-act-august-2026-compliance",
      confidence: "S",
    },
    {
      title: "Lewis Rice: California finalizes regulations pertaining to certain uses of AI tools",
      confidence: "S",
    },
    {
      title: "JD Supra: California Privacy Protection Agency",
      url: "https://production.jdsupra.com/legalnews/california-privacy-protection-agency-7046701",
      confidence: "S",
    },
  ],
  lastChecked: LAST_CHECKED,
};

const TRAIGA_CURE_NOTE =
  "§552.104 notice and cure: no action before the 60th day after notice; no action at all if the violation is " +
  "cured and a written statement is provided.";

const texas: JurisdictionInput = {
  code: "US-TX",
  name: "Texas",
  kind: "us_state",
  region: "americas",
  status: "in_force",
  binding: true,
  parent: "US",
  summary:
    "The Texas Responsible Artificial Intelligence Governance Act (TRAIGA, HB 149), signed 22 Jun 2025 and effective " +
    "1 Jan 2026, prohibits developing or deploying AI with the intent to incite harm or crime, infringe " +
    "constitutional rights, unlawfully discriminate against a protected class (disparate impact alone is not " +
    "enough) or produce CSAM, unlawful sexual deepfakes or sexual chatbots impersonating minors. Government entities " +
    "must also disclose AI interactions and may not use social scoring or biometric identification without consent. " +
    "It creates a regulatory sandbox (Department of Information Resources) and the Texas AI Council, and pre-empts " +
    "local AI ordinances. The Attorney General enforces exclusively after a 60-day notice-and-cure period; penalties " +
    "are $10,000–$12,000 per curable violation, $80,000–$200,000 per uncurable violation and $2,000–$40,000 per day " +
    "for continuing violations, with licensing-agency sanctions up to $100,000. There is a rebuttable presumption of " +
    "reasonable care and defences for third-party misuse and for violations found through red-teaming or NIST AI " +
    "RMF-style testing.",
  definitionOfAI: {
    text:
      "A machine-based system that infers from its inputs how to generate content, decisions, predictions or " +
      "recommendations that can influence physical or virtual environments.",
    citation: "TRAIGA (HB 149) (section not given in the source)",
  },
  scope:
    "Anyone who develops or deploys AI in Texas, offers products or services used by Texas residents, or does " +
    "business in the state.",
  instruments: [
    {
      id: "traiga",
      name: "Texas Responsible Artificial Intelligence Governance Act (TRAIGA)",
      number: "HB 149 (89th Leg.), Bus. & Com. Code ch. 551–552",
      status: "in_force",
      binding: true,
      enacted: "2025-06-22",
      inForce: "2026-01-01",
      timeline: [
        { date: "2025-06-22", what: "Signed", confidence: "S" },
        { date: "2026-01-01", what: "Effective", confidence: "S" },
      ],
      summary:
        "Intent-based prohibitions on developing or deploying AI; extra duties for government entities (AI " +
        "disclosure, no social scoring, no biometric identification without consent); regulatory sandbox and Texas " +
        "AI Council; pre-emption of local AI ordinances. AG-only enforcement with a 60-day notice-and-cure period " +
        "(§552.104) and tiered civil penalties (§552.105(a)); licensing-agency sanctions (§552.106(b)(2)).",
      confidence: "S",
    },
  ],
  prohibitedPractices: [
    {
      id: "us-tx.traiga.prohibited.incite-harm",
      text: "Developing or deploying AI with the intent to incite self-harm, harm to others or criminal activity.",
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
    {
      id: "us-tx.traiga.prohibited.constitutional-rights",
      text: "Developing or deploying AI with the intent to infringe constitutional rights.",
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
    {
      id: "us-tx.traiga.prohibited.discrimination",
      text:
        "Developing or deploying AI with the intent to unlawfully discriminate against a protected class (disparate " +
        "impact alone does not show intent).",
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
    {
      id: "us-tx.traiga.prohibited.sexual-content",
      text:
        "Developing or deploying AI with the intent to produce child sexual abuse material or unlawful sexual " +
        "deepfakes, or sexual chatbots impersonating minors.",
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
    {
      id: "us-tx.traiga.prohibited.government-social-scoring",
      text: "Social scoring by a government entity.",
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
    {
      id: "us-tx.traiga.prohibited.government-biometric-id",
      text: "Biometric identification by a government entity without consent.",
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
  ],
  obligations: [
    {
      id: "us-tx.traiga.intent-prohibitions",
      title: "Do not develop or deploy AI for a prohibited purpose",
      summary:
        "Ensure no AI system is developed or deployed with the intent to incite harm or crime, infringe " +
        "constitutional rights, unlawfully discriminate against a protected class, or produce CSAM, unlawful sexual " +
        "deepfakes or sexual chatbots impersonating minors.",
      appliesWhen: "The organisation develops or deploys AI in Texas or for Texas residents.",
      condition: { always: true },
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      notes: [
        "The prohibitions are intent-based; disparate impact alone does not establish discriminatory intent.",
      ],
      confidence: "S",
    },
    {
      id: "us-tx.traiga.government-ai-disclosure",
      title: "Government entities: disclose AI interactions",
      summary: "A government entity must tell people when they are interacting with an AI system.",
      appliesWhen: "The organisation is a Texas government entity and the system interacts with people.",
      condition: { all: [{ orgFlag: "publicSector" }, { flag: "interactsWithPeople" }] },
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
    {
      id: "us-tx.traiga.government-no-social-scoring",
      title: "Government entities: no social scoring",
      summary: "A government entity may not use AI for social scoring.",
      appliesWhen:
        "The organisation is a Texas government entity and the system makes decisions about people.",
      condition: { all: [{ orgFlag: "publicSector" }, { flag: "makesDecisionsAboutPeople" }] },
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
    {
      id: "us-tx.traiga.government-biometric-consent",
      title: "Government entities: no biometric identification without consent",
      summary: "A government entity may not use AI to identify people biometrically without their consent.",
      appliesWhen: "The organisation is a Texas government entity and the system processes biometric data.",
      condition: { all: [{ orgFlag: "publicSector" }, { flag: "processesBiometricData" }] },
      citation: { instrument: "traiga", text: "TRAIGA (HB 149)", basis: "inferred", note: NO_SECTION },
      effectiveFrom: "2026-01-01",
      confidence: "S",
    },
  ],
  penalties: [
    {
      id: "us-tx.traiga.552-105-a.curable",
      offence: "Curable violation, or breach of a cure statement",
      citation: { instrument: "traiga", text: "Bus. & Com. Code §552.105(a)", basis: "law" },
      amount: { kind: "fixed", min: usd("1000000"), max: usd("1200000") },
      per: "violation",
      whoMayBeFined: "Developers and deployers of AI systems",
      nonMonetary: ["Injunctive relief", "Attorney's fees and investigative costs"],
      effectiveFrom: "2026-01-01",
      triggeredBy: [
        "us-tx.traiga.intent-prohibitions",
        "us-tx.traiga.government-ai-disclosure",
        "us-tx.traiga.government-no-social-scoring",
        "us-tx.traiga.government-biometric-consent",
      ],
      confidence: "P",
      notes: [TRAIGA_CURE_NOTE, "Enforced exclusively by the Attorney General; no private right of action."],
    },
    {
      id: "us-tx.traiga.552-105-a.uncurable",
      offence: "Uncurable violation",
      citation: { instrument: "traiga", text: "Bus. & Com. Code §552.105(a)", basis: "law" },
      amount: { kind: "fixed", min: usd("8000000"), max: usd("20000000") },
      per: "violation",
      whoMayBeFined: "Developers and deployers of AI systems",
      nonMonetary: ["Injunctive relief", "Attorney's fees and investigative costs"],
      effectiveFrom: "2026-01-01",
      triggeredBy: [
        "us-tx.traiga.intent-prohibitions",
        "us-tx.traiga.government-ai-disclosure",
        "us-tx.traiga.government-no-social-scoring",
        "us-tx.traiga.government-biometric-consent",
      ],
      confidence: "P",
      notes: [TRAIGA_CURE_NOTE, "Enforced exclusively by the Attorney General; no private right of action."],
    },
    {
      id: "us-tx.traiga.552-105-a.continuing",
      offence: "Continuing violation",
      citation: { instrument: "traiga", text: "Bus. & Com. Code §552.105(a)", basis: "law" },
      amount: { kind: "fixed", min: usd("200000"), max: usd("4000000") },
      per: "day",
      whoMayBeFined: "Developers and deployers of AI systems",
      nonMonetary: ["Injunctive relief", "Attorney's fees and investigative costs"],
      effectiveFrom: "2026-01-01",
      triggeredBy: [
        "us-tx.traiga.intent-prohibitions",
        "us-tx.traiga.government-ai-disclosure",
        "us-tx.traiga.government-no-social-scoring",
        "us-tx.traiga.government-biometric-consent",
      ],
      confidence: "P",
      notes: [TRAIGA_CURE_NOTE, "Enforced exclusively by the Attorney General; no private right of action."],
    },
    {
      id: "us-tx.traiga.552-106-b-2.agency-sanction",
      offence: "Sanction by a licensing agency against a licence holder found in violation",
      citation: { instrument: "traiga", text: "Bus. & Com. Code §552.106(b)(2)", basis: "law" },
      amount: { kind: "fixed", max: usd("10000000") },
      per: "violation",
      whoMayBeFined: "Persons licensed, registered or certified by a Texas state agency",
      nonMonetary: [],
      effectiveFrom: "2026-01-01",
      triggeredBy: ["us-tx.traiga.intent-prohibitions"],
      confidence: "P",
      notes: [
        "Added to the Attorney General's penalties; the source does not give the unit, shown per violation.",
      ],
    },
  ],
  regulators: [
    {
      name: "Texas Attorney General",
      role: "Exclusive enforcement; 60-day notice and cure; no private right of action",
      citation: "Bus. & Com. Code §552.104, §552.105(a)",
    },
    {
      name: "Texas licensing agencies",
      role: "Additional sanctions up to $100,000",
      citation: "Bus. & Com. Code §552.106(b)(2)",
    },
    { name: "Texas Department of Information Resources", role: "Runs the AI regulatory sandbox" },
    { name: "Texas AI Council", role: "Advisory council created by TRAIGA" },
  ],
  sources: [
    { title: "Repository text quoting Bus. & Com. Code §552.105", confidence: "P" },
    {
      title: "AI Wiki: Texas Responsible AI Act",
      url: "https://aiwiki.ai/wiki/texas_responsible_ai_act/raw",
      confidence: "S",
    },
    {
      title: "Kessler Collins: In brief — Texas Responsible Artificial Intelligence Governance Act",
      url: "https://www.kesslercollins.com/press/in-brief-texas-responsible-artificial-intelligence-governance-act",
      confidence: "S",
    },
    {
      title: "Legal Clarity: House Bill 149 Texas AI rules, penalties and exemptions",
      url: "https://legalclarity.org/house-bill-149-texas-ai-rules-penalties-and-exemptions/",
      confidence: "S",
    },
  ],
  lastChecked: LAST_CHECKED,
};

const AEDT_CONDITION: Condition = {
  all: [{ flag: "makesDecisionsAboutPeople" }, { flag: "usedInWorkplace" }],
};
const AEDT_APPLIES =
  "An employer or employment agency uses an automated employment decision tool to substantially assist or replace " +
  "discretionary hiring or promotion decisions in New York City.";
const AEDT_CITATION: Citation = {
  instrument: "local-law-144",
  text: "Admin. Code §20-870 et seq.; 6 RCNY §5-300",
  basis: "inferred",
  note: "subsection not given in the source",
};
const AEDT_COUNTING_NOTE =
  "Each day of use, and each candidate not notified, counts as a separate violation.";
const AEDT_OBLIGATION_IDS = [
  "us-nyc.ll144.bias-audit",
  "us-nyc.ll144.audit-summary",
  "us-nyc.ll144.candidate-notice",
  "us-nyc.ll144.data-on-request",
];

const newYorkCity: JurisdictionInput = {
  code: "US-NYC",
  name: "New York City",
  kind: "us_city",
  region: "americas",
  status: "in_force",
  binding: true,
  parent: "US",
  summary:
    "Local Law 144 of 2021 regulates automated employment decision tools (AEDTs) and has been enforced since 5 Jul " +
    "2023. Employers and employment agencies must have an independent bias audit done no more than a year before " +
    "use, publish a summary of the results, notify candidates at least 10 business days before use and provide data " +
    "and retention information on request. Civil penalties are up to $500 for a first violation (and each additional " +
    "violation that day) and $500–$1,500 for each subsequent violation; each day of use and each un-notified " +
    "candidate counts separately. DCWP enforces; discrimination claims go to the NYC Commission on Human Rights. A " +
    "December 2025 NY State Comptroller audit found enforcement weak.",
  definitionOfAI: {
    text:
      "Automated employment decision tool: a computational process (machine learning, statistical modelling, data " +
      "analytics or AI) producing a simplified output that substantially assists or replaces discretionary hiring or " +
      "promotion decisions.",
    citation: "Admin. Code §20-870 et seq.",
  },
  scope: "Employers and employment agencies using AEDTs for hiring or promotion decisions in New York City.",
  instruments: [
    {
      id: "local-law-144",
      name: "Local Law 144 of 2021 (Automated Employment Decision Tools) and DCWP rules",
      number: "Local Law 144 of 2021; Admin. Code §20-870 et seq.; 6 RCNY §5-300",
      status: "in_force",
      binding: true,
      inForce: "2023-07-05",
      timeline: [
        { date: "2023-07-05", what: "Enforcement begins", confidence: "S" },
        { date: "2025-12-02", what: "NY State Comptroller audit finds weak enforcement", confidence: "S" },
      ],
      summary:
        "Independent bias audit no more than 1 year before use (selection rates and impact ratios by sex, " +
        "race/ethnicity and their intersections); public summary of results and the tool's distribution date; notice " +
        "to candidates at least 10 business days before use; data and retention information on request. Civil " +
        "penalties up to $500 for a first violation, $500–$1,500 for each subsequent violation.",
      confidence: "S",
    },
  ],
  riskCategories: [
    {
      name: "Automated employment decision tool (AEDT)",
      description:
        "A tool that substantially assists or replaces discretionary hiring or promotion decisions.",
      citation: "Admin. Code §20-870 et seq.",
    },
  ],
  obligations: [
    {
      id: "us-nyc.ll144.bias-audit",
      title: "Independent bias audit within the year before use",
      summary:
        "Have an independent auditor carry out a bias audit no more than 1 year before the tool is used, reporting " +
        "selection rates and impact ratios by sex, race/ethnicity and their intersections.",
      appliesWhen: AEDT_APPLIES,
      condition: AEDT_CONDITION,
      citation: AEDT_CITATION,
      effectiveFrom: "2023-07-05",
      confidence: "S",
    },
    {
      id: "us-nyc.ll144.audit-summary",
      title: "Publish the bias-audit summary",
      summary: "Publish a summary of the latest bias-audit results and the tool's distribution date.",
      appliesWhen: AEDT_APPLIES,
      condition: AEDT_CONDITION,
      citation: AEDT_CITATION,
      effectiveFrom: "2023-07-05",
      confidence: "S",
    },
    {
      id: "us-nyc.ll144.candidate-notice",
      title: "Notify candidates 10 business days before use",
      summary:
        "Tell candidates and employees that an AEDT will be used at least 10 business days before it is used.",
      appliesWhen: AEDT_APPLIES,
      condition: AEDT_CONDITION,
      citation: AEDT_CITATION,
      effectiveFrom: "2023-07-05",
      notes: [AEDT_COUNTING_NOTE],
      confidence: "S",
    },
    {
      id: "us-nyc.ll144.data-on-request",
      title: "Provide data and retention information on request",
      summary: "On request, say what data the tool collects, its source and the retention policy.",
      appliesWhen: AEDT_APPLIES,
      condition: AEDT_CONDITION,
      citation: AEDT_CITATION,
      effectiveFrom: "2023-07-05",
      confidence: "S",
    },
  ],
  penalties: [
    {
      id: "us-nyc.ll144.first-violation",
      offence: "First violation of Local Law 144, and each additional violation on the same day",
      citation: AEDT_CITATION,
      amount: { kind: "fixed", max: usd("50000") },
      per: "violation",
      whoMayBeFined: "Employers and employment agencies using an AEDT",
      nonMonetary: [],
      effectiveFrom: "2023-07-05",
      triggeredBy: AEDT_OBLIGATION_IDS,
      confidence: "S",
      notes: [AEDT_COUNTING_NOTE],
    },
    {
      id: "us-nyc.ll144.subsequent-violation",
      offence: "Each subsequent violation of Local Law 144",
      citation: AEDT_CITATION,
      amount: { kind: "fixed", min: usd("50000"), max: usd("150000") },
      per: "violation",
      whoMayBeFined: "Employers and employment agencies using an AEDT",
      nonMonetary: [],
      effectiveFrom: "2023-07-05",
      triggeredBy: AEDT_OBLIGATION_IDS,
      confidence: "S",
      notes: [AEDT_COUNTING_NOTE],
    },
  ],
  regulators: [
    {
      name: "NYC Department of Consumer and Worker Protection (DCWP)",
      role: "Enforces Local Law 144 and its rules",
      citation: "6 RCNY §5-300",
    },
    { name: "NYC Commission on Human Rights", role: "Discrimination claims" },
  ],
  sources: [
    {
      title:
        "NY State Comptroller: Enforcement of Local Law 144 — Automated Employment Decision Tools (audit, 2 Dec 2025)",
      url: "https://www.osc.ny.gov/state-agencies/audits/2025/12/02/enforcement-local-law-144-automated-employment-decision-tools",
      confidence: "S",
    },
    {
      title: "Legal Clarity: NYC Local Law 144 requirements, audits and penalties",
      url: "https://legalclarity.org/nyc-local-law-144-requirements-audits-and-penalties/",
      confidence: "S",
    },
    {
      title: "AI Compliance Vendors: NYC Local Law 144 bias audit FAQ",
      url: "https://aicompliancevendors.com/faqs/nyc-local-law-144-bias-audit",
      confidence: "S",
    },
  ],
  lastChecked: LAST_CHECKED,
};

const RAISE_OBLIGATION_IDS = [
  "us-ny.raise.frontier-framework",
  "us-ny.raise.transparency-reports",
  "us-ny.raise.incident-reporting",
  "us-ny.raise.disclosure-and-fees",
];
const RAISE_APPLIES =
  "The organisation is a large frontier developer (at least $500m revenue) of a frontier model trained with more " +
  "than 10^26 FLOPs; academic institutions are exempt.";
const RAISE_NOTES = [
  "The profile cannot test the 10^26-FLOPs threshold or the $500m revenue test; the catalogue uses the " +
    "gpaiSystemicRisk flag as the nearest proxy.",
];

const newYorkState: JurisdictionInput = {
  code: "US-NY",
  name: "New York State",
  kind: "us_state",
  region: "americas",
  status: "enacted",
  binding: true,
  evolving: true,
  parent: "US",
  summary:
    "The RAISE Act (Responsible AI Safety and Education Act) was signed on 19 Dec 2025 (ch. 699, L. 2025) and amended " +
    "by a chapter amendment signed on 27 Mar 2026 (ch. 96, L. 2026; S8828/A9449); it takes effect on 1 Jan 2027. Its " +
    "definitions are harmonised with California's SB 53 (frontier model above 10^26 FLOPs; large frontier developer " +
    "with at least $500m revenue; academic institutions exempt). Large frontier developers must publish a frontier " +
    "AI framework and transparency reports, report critical safety incidents to a new NYDFS oversight office within " +
    "72 hours (24 hours if there is an imminent risk), and file disclosure statements and pay fee assessments. " +
    "Civil penalties are up to $1,000,000 for a first violation and $3,000,000 for subsequent violations (cut from " +
    "the original $10m/$30m), enforced only by the Attorney General.",
  scope: "Large frontier developers of frontier models; academic institutions are exempt.",
  instruments: [
    {
      id: "raise-act",
      name: "Responsible AI Safety and Education Act (RAISE Act)",
      number: "Ch. 699, L. 2025, as amended by ch. 96, L. 2026 (S8828/A9449)",
      status: "enacted",
      binding: true,
      enacted: "2025-12-19",
      inForce: "2027-01-01",
      timeline: [
        { date: "2025-12-19", what: "Signed (ch. 699, L. 2025)", confidence: "S" },
        {
          date: "2026-03-27",
          what: "Chapter amendment signed (ch. 96, L. 2026; S8828/A9449); penalties cut from $10m/$30m to $1m/$3m",
          confidence: "S",
        },
        { date: "2027-01-01", what: "Effective", confidence: "S" },
      ],
      summary:
        "Frontier model above 10^26 FLOPs; large frontier developer with at least $500m revenue; academic " +
        "institutions exempt. Frontier AI framework and transparency reports; critical safety incidents to the NYDFS " +
        "oversight office within 72 hours (24 hours if imminent risk); disclosure statements and fee assessments. " +
        "Civil penalties up to $1,000,000 (first violation) and $3,000,000 (subsequent); AG enforcement only, no " +
        "private right of action.",
      confidence: "S",
    },
  ],
  riskCategories: [
    {
      name: "Frontier model / large frontier developer",
      description:
        "A model trained with more than 10^26 FLOPs; a large frontier developer has at least $500m revenue.",
      citation: "RAISE Act",
    },
  ],
  obligations: [
    {
      id: "us-ny.raise.frontier-framework",
      title: "Publish a frontier AI framework",
      summary:
        "Publish a frontier AI framework describing how catastrophic risks of the developer's frontier models are managed.",
      appliesWhen: RAISE_APPLIES,
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "raise-act",
        text: "RAISE Act (frontier AI framework)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: RAISE_NOTES,
      confidence: "S",
    },
    {
      id: "us-ny.raise.transparency-reports",
      title: "Publish transparency reports",
      summary: "Publish transparency reports on the developer's frontier models.",
      appliesWhen: RAISE_APPLIES,
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "raise-act",
        text: "RAISE Act (transparency reports)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: RAISE_NOTES,
      confidence: "S",
    },
    {
      id: "us-ny.raise.incident-reporting",
      title: "Report critical safety incidents to NYDFS within 72 hours",
      summary:
        "Report critical safety incidents to the NYDFS oversight office within 72 hours, or within 24 hours where there " +
        "is an imminent risk.",
      appliesWhen: RAISE_APPLIES,
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "raise-act",
        text: "RAISE Act (critical safety incident reporting)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: RAISE_NOTES,
      confidence: "S",
    },
    {
      id: "us-ny.raise.disclosure-and-fees",
      title: "File disclosure statements and pay fee assessments",
      summary: "File disclosure statements with the NYDFS oversight office and pay the fees it assesses.",
      appliesWhen: RAISE_APPLIES,
      condition: { all: [{ role: ["provider"] }, { flag: "gpaiSystemicRisk" }] },
      citation: {
        instrument: "raise-act",
        text: "RAISE Act (disclosure statements and fees)",
        basis: "inferred",
        note: NO_SECTION,
      },
      effectiveFrom: "2027-01-01",
      notes: RAISE_NOTES,
      confidence: "S",
    },
  ],
  penalties: [
    {
      id: "us-ny.raise.first-violation",
      offence: "First violation of the RAISE Act",
      citation: {
        instrument: "raise-act",
        text: "RAISE Act civil penalties (as amended by ch. 96, L. 2026)",
        basis: "inferred",
        note: NO_SECTION,
      },
      amount: { kind: "fixed", max: usd("100000000") },
      per: "violation",
      whoMayBeFined: "Large frontier developers",
      nonMonetary: [],
      effectiveFrom: "2027-01-01",
      triggeredBy: RAISE_OBLIGATION_IDS,
      confidence: "S",
      notes: [
        "Enforced only by the Attorney General; no private right of action.",
        "The chapter amendment cut the original $10m (first) / $30m (subsequent) maxima.",
      ],
    },
    {
      id: "us-ny.raise.subsequent-violation",
      offence: "Subsequent violation of the RAISE Act",
      citation: {
        instrument: "raise-act",
        text: "RAISE Act civil penalties (as amended by ch. 96, L. 2026)",
        basis: "inferred",
        note: NO_SECTION,
      },
      amount: { kind: "fixed", max: usd("300000000") },
      per: "violation",
      whoMayBeFined: "Large frontier developers",
      nonMonetary: [],
      effectiveFrom: "2027-01-01",
      triggeredBy: RAISE_OBLIGATION_IDS,
      confidence: "S",
      notes: [
        "Enforced only by the Attorney General; no private right of action.",
        "The chapter amendment cut the original $10m (first) / $30m (subsequent) maxima.",
      ],
    },
  ],
  regulators: [
    { name: "New York Attorney General", role: "Sole enforcer of the RAISE Act; no private right of action" },
    {
      name: "NYDFS AI oversight office",
      role: "New office receiving critical safety incident reports, disclosure statements and fees",
    },
  ],
  sources: [
    {
      title: "Morrison Foerster: New York enacts the RAISE Act regulating frontier AI models",
      url: "https://www.mofo.com/resources/insights/260105-new-york-enacts-the-raise-act-regulating-frontier-ai-models",
      confidence: "S",
    },
    { title: "Vulcan Bills: NY 2025 A09449", url: "https://vulcanbills.com/ny/2025/A09449", confidence: "S" },
    {
      title: "Algeria Tech News: NY RAISE Act frontier model transparency (March 2026)",
      url: "https://algeriatech.news/ny-raise-act-frontier-model-transparency-march-2026/",
      confidence: "S",
    },
    {
      title: "Repository text citing N.Y. Gen. Bus. Law §1427 as replaced by ch. 96, L. 2026",
      confidence: "S1",
    },
  ],
  lastChecked: LAST_CHECKED,
};

export const jurisdictions: JurisdictionInput[] = [
  us,
  colorado,
  california,
  texas,
  newYorkCity,
  newYorkState,
];
