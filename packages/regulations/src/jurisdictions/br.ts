import type { JurisdictionInput } from "#schema.ts";

/**
 * Brazil: the AI bill PL 2338/2023 passed the Senate but is still pending in the Chamber (not law);
 * the LGPD applies today to AI that processes personal data. Research pack `jurisdictions.md` §6
 * (sources as of about September 2026).
 *
 * The bill's proposed sanctions are described in its instrument summary and deliberately kept out of
 * `penalties`: exposure counts only rules in force.
 */

const BILL = "br.pl-2338-2023";
const LGPD = "br.lgpd";
const LGPD_IN_FORCE = "2020-09-18";
const LGPD_SANCTIONS_FROM = "2021-08-01";

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "BR",
    name: "Brazil",
    kind: "country",
    region: "americas",
    status: "draft",
    binding: true,
    evolving: true,
    summary:
      'Brazil has no AI law yet. Bill PL 2338/2023 (the "AI Legal Framework") was approved by the Senate on ' +
      "10 December 2024 and has been pending in the Chamber of Deputies since March 2025; if enacted, most rules " +
      "would apply about two years after publication. Meanwhile the LGPD, enforced by the ANPD, binds AI that " +
      "processes personal data: simple fines of up to 2% of revenue in Brazil, capped at R$50,000,000 per " +
      "infraction, plus daily fines, blocking or deletion of data and suspension of processing.",
    definitionOfAI: {
      text:
        "Proposed (not law): a machine-based system that, with varying degrees of autonomy, infers from the data " +
        "or inputs it receives how to produce outputs such as predictions, content, recommendations or decisions " +
        "that can influence virtual or physical environments.",
      citation: "Bill PL 2338/2023 (Senate text)",
    },
    scope:
      "The LGPD applies today to AI that processes personal data. The AI bill, if enacted, would apply a risk-based " +
      "regime to AI systems generally, with sector regulators keeping their remit.",
    instruments: [
      {
        id: BILL,
        name: "Bill PL 2338/2023 (AI Legal Framework)",
        number: "PL 2338/2023",
        status: "draft",
        binding: false,
        timeline: [
          { date: "2023-05-03", what: "Introduced in the Senate (Sen. Pacheco)", confidence: "S" },
          {
            date: "2024-12-10",
            what: "Approved by the Senate (substitute text by Sen. Eduardo Gomes)",
            confidence: "S",
          },
          { date: "2025-03-17", what: "Sent to the Chamber of Deputies", confidence: "S" },
        ],
        summary:
          "Not law: passed by the Senate, pending in the Chamber of Deputies. A special committee was installed in " +
          "May 2025 (chair Luisa Canziani, rapporteur Aguinaldo Ribeiro); the vote slipped to February 2026 and the " +
          "bill was still pending in 2026, with the October 2026 elections acting as a practical deadline. Risk " +
          "tiers: excessive risk (prohibited), high risk (strict obligations and an algorithmic impact assessment; " +
          "social-media recommender algorithms were removed from the list) and general use; a preliminary risk " +
          "assessment is optional except for generative and general-purpose AI, where it is mandatory. It grants " +
          "rights to information, explanation, contestation, human review and non-discrimination, and requires " +
          "governance measures, serious-incident reporting, remuneration of rightsholders for training use with an " +
          "opt-out, and consent for using a person's image or voice. Governance: the SIA (National AI Regulation and " +
          "Governance System) coordinated by the ANPD. Proposed sanctions as passed by the Senate (not in force, " +
          "not counted in exposure): a fine of up to R$50,000,000 per infraction or up to 2% of the group's gross " +
          "revenue in Brazil in the prior year, excluding taxes, plus warnings, publicisation, suspension and bans; " +
          "whether the 2% is capped at R$50,000,000, as under the LGPD, is still to be checked in the Senate text. " +
          "If enacted, most rules would apply about two years after publication (single source).",
        confidence: "S",
      },
      {
        id: LGPD,
        name: "General Personal Data Protection Law (LGPD)",
        status: "in_force",
        binding: true,
        inForce: LGPD_IN_FORCE,
        timeline: [
          { date: LGPD_IN_FORCE, what: "In force", confidence: "S" },
          {
            date: LGPD_SANCTIONS_FROM,
            what: "ANPD administrative sanctions (Art. 52) apply",
            confidence: "S",
          },
        ],
        summary:
          "Brazil's data-protection law; it applies to AI that processes personal data. The ANPD may impose the " +
          "sanctions of Art. 52: a simple fine of up to 2% of revenue in Brazil, capped at R$50,000,000 per " +
          "infraction; daily fines; blocking or deletion of the personal data; suspension of processing.",
        confidence: "P",
      },
    ],
    riskCategories: [
      {
        name: "Excessive risk (proposed)",
        description:
          "Prohibited under the bill: e.g. inducing harmful behaviour, exploiting vulnerabilities, some social " +
          "scoring, autonomous weapons without meaningful human control, generation of child sexual abuse material.",
        citation: "Bill PL 2338/2023 (Senate text; not law)",
      },
      {
        name: "High risk (proposed)",
        description: "Strict obligations and an algorithmic impact assessment under the bill.",
        citation: "Bill PL 2338/2023 (Senate text; not law)",
      },
      {
        name: "General use (proposed)",
        description: "All other AI systems under the bill.",
        citation: "Bill PL 2338/2023 (Senate text; not law)",
      },
    ],
    obligations: [
      {
        id: "br.lgpd.personal-data-processing",
        title: "Process personal data in line with the LGPD",
        summary:
          "Where the AI system processes personal data, comply with the LGPD; breaches expose the organisation to " +
          "the ANPD's sanctions.",
        appliesWhen: "The system processes personal data in Brazil.",
        condition: { flag: "processesPersonalData" },
        citation: {
          instrument: LGPD,
          text: "LGPD",
          basis: "inferred",
          note: "The source gives only the sanctions article (Art. 52); the specific duty's article is not given in the source.",
        },
        effectiveFrom: LGPD_IN_FORCE,
        notes: ["ANPD sanctions apply from 2021-08-01."],
        confidence: "P",
      },
    ],
    penalties: [
      {
        id: "br.lgpd.52.simple-fine",
        offence: "Infringement of the LGPD (simple fine)",
        citation: { instrument: LGPD, text: "LGPD Art. 52", basis: "law" },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "5000000000", currency: "BRL" },
          percent: "2",
          rule: "lower",
        },
        per: "violation",
        whoMayBeFined: "Processing agent (controller or operator)",
        nonMonetary: [
          "Daily fines (amount not given in the source)",
          "Blocking of the personal data",
          "Deletion of the personal data",
          "Suspension of processing",
        ],
        effectiveFrom: LGPD_SANCTIONS_FROM,
        triggeredBy: ["br.lgpd.personal-data-processing"],
        confidence: "P",
        notes: [
          "Up to 2% of revenue in Brazil, capped at R$50,000,000 per infraction: hence the lower of the two.",
          "The percentage is of revenue in Brazil, not worldwide turnover; a worldwide figure overstates it.",
          "Daily fines are also possible; the source gives no amount for them.",
        ],
      },
    ],
    regulators: [
      {
        name: "National Data Protection Authority (ANPD)",
        role: "Enforces the LGPD and imposes its sanctions; would coordinate the SIA under the AI bill",
        citation: "LGPD Art. 52",
      },
      {
        name: "National AI Regulation and Governance System (SIA) (proposed)",
        role: "Governance system proposed by PL 2338/2023, coordinated by the ANPD, with the ANPD as residual regulator",
      },
      { name: "Sector regulators", role: "Would keep their remit over AI in their sectors under the bill" },
    ],
    sources: [
      {
        title: "CGM Law: Brazilian bill regulating AI approved by the Senate",
        url: "https://cgmlaw.com.br/en/brazilian-bill-regulating-the-use-of-artificial-intelligence-is-approved-by-senate-and-goes-to-the-chamber-of-deputies",
        confidence: "S",
      },
      {
        title: "Brown Pipe: Senate approves AI regulatory framework",
        url: "https://brownpipe-site-deploy.pages.dev/en/blog/senado-aprova-marco-regulatorio-para-inteligencia-artificial-no-brasil/",
        confidence: "S",
      },
      {
        title: "MegaOne AI: Brazil AI regulation bill 2026",
        url: "https://megaoneai.com/spotlight/brazil-ai-regulation-bill-2026/",
        confidence: "S1",
      },
      {
        title: "ISP Tools: AI vote postponed to February 2026",
        url: "https://www.isp.tools/ia-votacao-adiada-para-fevereiro-de-2026",
        confidence: "S",
      },
      {
        title: "Areebi: Brazil LGPD and AI",
        url: "https://www.areebi.com/compliance/brazil-lgpd-ai",
        confidence: "S",
      },
      { title: "LGPD Art. 52", url: "https://lgpd.akarion.app/en/article/52", confidence: "P" },
      {
        title: "White & Case, AI Watch: Global regulatory tracker – Brazil (reference; not read in full)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-brazil",
        confidence: "M",
      },
    ],
    lastChecked: "2026-11-25",
  },
];
