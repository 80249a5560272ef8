import type { JurisdictionInput } from "#schema.ts";

/**
 * Canada: no federal AI law. AIDA (Part 3 of Bill C-27) died on the Order Paper; Bill C-36 (a privacy
 * bill with automated-decision rights) is at first reading; privacy law applies today, and Quebec's
 * Law 25 adds a notice of automated decisions with fines. Research pack `jurisdictions.md` §7 (sources
 * as of about September 2026).
 *
 * Proposed penalties of AIDA and Bill C-36 are described in their instrument summaries and kept out of
 * `penalties`: exposure counts only rules in force. Quebec Law 25's figures are background knowledge
 * the pack did not re-verify [M] and are stored as such.
 */

const QC = "ca.qc-law-25";
/** Not given in the research pack: Law 25's automated-decision and penalty provisions, from background knowledge. */
const QC_FROM = "2023-09-22";
const QC_DATE_NOTE =
  "Effective date not given in the research pack; 2023-09-22 is background knowledge, not re-verified.";
const QC_ARTICLE = "article not given in the source";

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "CA",
    name: "Canada",
    kind: "country",
    region: "americas",
    status: "sectoral",
    binding: true,
    evolving: true,
    summary:
      "Canada has no federal AI law in force. The Artificial Intelligence and Data Act (AIDA, Part 3 of Bill " +
      "C-27) died on the Order Paper when Parliament was prorogued on 6 January 2025, and the Minister of AI and " +
      "Digital Innovation has said there will be no AIDA revival and no AI-specific regulation. Bill C-36, the " +
      "Protecting Privacy and Consumer Data Act, was tabled on 15 June 2026 (first reading only) and would add " +
      "rights to explanation and human review of automated decisions. Today privacy law applies: PIPEDA federally " +
      "(its Commissioner cannot fine) and, in Quebec, Law 25, which requires notice of automated decisions and " +
      "carries administrative penalties and penal fines (figures not re-verified).",
    scope:
      "Federal: no AI-specific statute; PIPEDA governs private-sector personal information. Quebec Law 25 applies " +
      "to enterprises processing personal information in Quebec only.",
    instruments: [
      {
        id: "ca.aida",
        name: "Artificial Intelligence and Data Act (AIDA), Part 3 of Bill C-27",
        number: "Bill C-27, Part 3",
        status: "withdrawn",
        binding: false,
        timeline: [
          { date: "2022-06-16", what: "Bill C-27 introduced", confidence: "S" },
          {
            date: "2025-01-06",
            what: "Died on the Order Paper when Parliament was prorogued",
            confidence: "S",
          },
        ],
        summary:
          "Lapsed, not law: died on the Order Paper on prorogation (6 January 2025), and the government has said it " +
          'will not be revived. As proposed, it covered "high-impact systems" with risk mitigation, records and ' +
          "public disclosure. Its proposed penalties (recalled from memory, not re-verified, historical only): for " +
          "offences up to the greater of $10m or 3% of global revenue, and $25m or 5% for serious offences.",
        confidence: "S",
      },
      {
        id: "ca.voluntary-code-genai",
        name: "Voluntary Code of Conduct on Responsible Development and Management of Advanced Generative AI Systems",
        status: "soft_law",
        binding: false,
        timeline: [{ date: "2023-09-27", what: "Published by ISED", confidence: "S" }],
        summary:
          "Voluntary commitments for developers and managers of advanced generative AI systems, published by ISED.",
        confidence: "S",
      },
      {
        id: "ca.ai-for-all-strategy",
        name: '"AI for All" national AI strategy',
        status: "soft_law",
        binding: false,
        timeline: [],
        summary:
          "National AI strategy released in 2026. The Minister of AI and Digital Innovation, Evan Solomon (in office " +
          "since May 2025), has said there will be no AIDA revival and no AI-specific regulation.",
        confidence: "S",
      },
      {
        id: "ca.bill-c-36",
        name: "Protecting Privacy and Consumer Data Act (PPCDA)",
        number: "Bill C-36",
        status: "draft",
        binding: false,
        timeline: [
          {
            date: "2026-06-15",
            what: "Tabled; first reading (second reading expected in autumn 2026)",
            confidence: "S",
          },
        ],
        summary:
          "Draft, not law. Would replace Part 1 of PIPEDA; give a right to explanation and human review of " +
          "automated decisions with significant effects; treat children's data as sensitive; and count inferred " +
          "data as personal information. A new Digital Safety and Data Protection Commission would replace the " +
          "Privacy Commissioner for the private sector (expected to be operational around 2030-31, per Michael " +
          "Geist). Proposed sanctions (not in force, not counted in exposure): administrative penalties up to $10m " +
          "or 3% of global revenue, and fines up to $25m or 5% for indictable offences. Companion bill: C-34 (Safe " +
          "Social Media Act).",
        confidence: "S",
      },
      {
        id: "ca.pipeda",
        name: "Personal Information Protection and Electronic Documents Act (PIPEDA)",
        status: "in_force",
        binding: true,
        timeline: [],
        summary:
          "Federal private-sector privacy law, applying to AI that processes personal information. Enforced by the " +
          "Office of the Privacy Commissioner (OPC), which has no power to fine.",
        confidence: "S",
      },
      {
        id: QC,
        name: "Quebec Law 25 (private-sector privacy reform)",
        status: "in_force",
        binding: true,
        inForce: QC_FROM,
        timeline: [
          {
            date: QC_FROM,
            what: "Automated-decision notice and penalty provisions apply (date from background knowledge, unverified)",
            confidence: "M",
          },
        ],
        summary:
          "Quebec privacy law: enterprises must give notice of decisions made by automated processing of personal " +
          "information. Administrative monetary penalties up to the greater of C$10m or 2%, and penal fines up to " +
          "C$25m or 4% (figures not re-verified).",
        confidence: "M",
      },
    ],
    obligations: [
      {
        id: "ca.qc-law-25.automated-decision-notice",
        title: "Notify people of automated decisions (Quebec)",
        summary:
          "Tell the person concerned when a decision about them is made by automated processing of their personal " +
          "information.",
        appliesWhen:
          "In Quebec, the system makes fully automated decisions about people using their personal information.",
        condition: {
          all: [
            { flag: "processesPersonalData" },
            { flag: "makesDecisionsAboutPeople" },
            { flag: "fullyAutomatedDecisions" },
          ],
        },
        citation: { instrument: QC, text: "Quebec Law 25", basis: "inferred", note: QC_ARTICLE },
        effectiveFrom: QC_FROM,
        notes: [
          "Applies to systems used in Quebec only; the profile cannot tell provinces apart.",
          QC_DATE_NOTE,
          "Background knowledge, not re-verified: unverified.",
        ],
        confidence: "M",
      },
    ],
    penalties: [
      {
        id: "ca.qc-law-25.administrative",
        offence: "Breach of Quebec Law 25 (administrative monetary penalty)",
        citation: { instrument: QC, text: "Quebec Law 25", basis: "inferred", note: QC_ARTICLE },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "1000000000", currency: "CAD" },
          percent: "2",
          rule: "higher",
        },
        per: "violation",
        whoMayBeFined: "Enterprise processing personal information in Quebec",
        nonMonetary: [],
        effectiveFrom: QC_FROM,
        triggeredBy: ["ca.qc-law-25.automated-decision-notice"],
        confidence: "M",
        notes: [
          "Background knowledge, not re-verified: unverified.",
          "The source does not say of what the percentage is taken; it is treated as annual turnover.",
          QC_DATE_NOTE,
        ],
      },
      {
        id: "ca.qc-law-25.penal",
        offence: "Penal offence under Quebec Law 25",
        citation: { instrument: QC, text: "Quebec Law 25", basis: "inferred", note: QC_ARTICLE },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "2500000000", currency: "CAD" },
          percent: "4",
          rule: "higher",
        },
        per: "violation",
        whoMayBeFined: "Enterprise processing personal information in Quebec",
        nonMonetary: [],
        effectiveFrom: QC_FROM,
        triggeredBy: ["ca.qc-law-25.automated-decision-notice"],
        confidence: "M",
        notes: [
          "Background knowledge, not re-verified: unverified.",
          "The source gives 'up to C$25m or 4%'; 'the greater of' is read across from the administrative tier.",
          QC_DATE_NOTE,
        ],
      },
    ],
    regulators: [
      {
        name: "Office of the Privacy Commissioner of Canada (OPC)",
        role: "Enforces PIPEDA; no power to fine",
      },
      {
        name: "Innovation, Science and Economic Development Canada (ISED)",
        role: "AI policy; published the voluntary generative-AI code",
      },
      {
        name: "Minister of AI and Digital Innovation",
        role: "Federal AI policy (Evan Solomon, since May 2025)",
      },
      {
        name: "Digital Safety and Data Protection Commission (proposed)",
        role: "Would enforce Bill C-36, replacing the Privacy Commissioner for the private sector",
      },
    ],
    sources: [
      {
        title: "Transformative AI Legal Leaps: Canada hits pause on privacy, AI and online harms laws",
        url: "https://transformativeailegalleaps.com/blog-posts/canada-hits-pause-on-privacy-ai-and-online-harms-laws",
        confidence: "S",
      },
      {
        title: "OpenParliament: Bill C-27 (44-1)",
        url: "https://openparliament.ca/bills/44-1/C-27/",
        confidence: "S",
      },
      {
        title: "BetaKit: Evan Solomon teases new AI laws",
        url: "https://betakit.com/evan-solomon-teases-new-ai-laws-as-experts-warn-canada-is-behind-international-peers/",
        confidence: "S",
      },
      { title: "Michael Geist: AI", url: "https://www.michaelgeist.ca/tag/ai/", confidence: "S" },
      {
        title: "Mondaq: Canada privacy protection (Bill C-36)",
        url: "https://www.mondaq.com/canada/privacy-protection/1804640/",
        confidence: "S",
      },
      {
        title: "BLG: Canada's Protecting Privacy and Consumer Data Act (Bill C-36)",
        url: "https://www.blg.com/fr/insights/2026/06/canadas-protecting-privacy-and-consumer-data-act-bill-c36",
        confidence: "S",
      },
      {
        title: "Parliament Audit: children's data",
        url: "https://parliamentaudit.ca/tag/children-s-data",
        confidence: "S",
      },
      {
        title: "White & Case, AI Watch: Global regulatory tracker – Canada (slug inferred, unverified)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-canada",
        confidence: "M",
      },
    ],
    lastChecked: "2026-11-25",
  },
];
