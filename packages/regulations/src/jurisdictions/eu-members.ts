import type { JurisdictionInput } from "#schema.ts";

/**
 * EU Member States with national AI legislation of their own: Spain (a draft organic law with its own
 * penalty scale) and Italy (Law No. 132/2025, in force). Both have `parent: "EU"`, so the AI Act's
 * obligations reach their systems through the EU entry; only national rules are listed here.
 * Research pack: jurisdictions.md §10 (Spain) and §9 (Italy).
 */

type PenaltyInput = NonNullable<JurisdictionInput["penalties"]>[number];

const LAST_CHECKED = "2026-11-25";
const ES_LAW = "es.ai-governance-law";
const IT_LAW = "it.law-132-2025";

const ES_PENALTY_CITATION = {
  instrument: ES_LAW,
  text: "Draft Organic Law for the Proper Use and Governance of AI (2026 bill), sanctions regime",
  basis: "inferred",
  note: "Article not given in the source. The scale is that of the bill sent to the Congress of Deputies on 2026-05-26; it is not yet law.",
} as const;

const ES_COMMON_NOTES = [
  "Bill, not law: the scale is catalogued for the tracker and for planning; it is marked proposed (no effective date), so exposure never counts it while the bill is pending.",
  "The schema stores the top of each band (fixed cap and percentage); the whole band is stated in the first note. Whether the fixed amount or the percentage of turnover governs (higher or lower) is not given in the source: 'higher' mirrors AI Act Art. 99 and is our reading.",
  "Public administrations face warnings and disciplinary measures but no fines [S].",
];

const ES_WHO =
  "Operators subject to the law (fines imposed by AESIA, the Spanish AI Supervisory Agency, or the competent sectoral supervisor); not public administrations";

const esPenalties: PenaltyInput[] = [
  {
    id: "es.ai-governance-law.minor",
    offence: "Minor infringement",
    citation: ES_PENALTY_CITATION,
    amount: {
      kind: "fixed_or_turnover",
      fixed: { amountMinor: "50000000", currency: "EUR" },
      percent: "1",
      rule: "higher",
    },
    per: "violation",
    whoMayBeFined: ES_WHO,
    proposed: true,
    effectiveFrom: null,
    confidence: "S1",
    notes: [
      "Band: EUR 6,000 to EUR 500,000, or 0.5% to 1% of global turnover [S1, cloudnews.tech].",
      ...ES_COMMON_NOTES,
    ],
  },
  {
    id: "es.ai-governance-law.serious",
    offence: "Serious infringement",
    citation: ES_PENALTY_CITATION,
    amount: {
      kind: "fixed_or_turnover",
      fixed: { amountMinor: "750000000", currency: "EUR" },
      percent: "2",
      rule: "higher",
    },
    per: "violation",
    whoMayBeFined: ES_WHO,
    proposed: true,
    effectiveFrom: null,
    confidence: "S1",
    notes: [
      "Band: EUR 500,001 to EUR 7,500,000, or 1% to 2% of global turnover [S1, cloudnews.tech].",
      "March 2025 press coverage classed failure to label AI content as 'serious' with fines of up to EUR 35m or 7%, and other coverage gave EUR 7.5m–35m or 2–7%; the 2026 bill text is treated as authoritative.",
      ...ES_COMMON_NOTES,
    ],
  },
  {
    id: "es.ai-governance-law.very-serious-high-risk",
    offence:
      "Very serious infringement concerning high-risk AI systems (e.g. high-risk use without human supervision)",
    citation: ES_PENALTY_CITATION,
    amount: {
      kind: "fixed_or_turnover",
      fixed: { amountMinor: "1500000000", currency: "EUR" },
      percent: "3",
      rule: "higher",
    },
    per: "violation",
    whoMayBeFined: ES_WHO,
    proposed: true,
    effectiveFrom: null,
    confidence: "S1",
    notes: [
      "Band: EUR 7,500,001 to EUR 15,000,000 [S1, cloudnews.tech]. The percentage band is truncated in the source (about 2% to 3%); the 3% cap comes from a separate single source: high-risk use without human supervision, up to EUR 15m or 3% [S1]. Check against the BOCG text.",
      ...ES_COMMON_NOTES,
    ],
  },
  {
    id: "es.ai-governance-law.very-serious-prohibited",
    offence: "Very serious infringement: prohibited AI practices",
    citation: ES_PENALTY_CITATION,
    amount: {
      kind: "fixed_or_turnover",
      fixed: { amountMinor: "3500000000", currency: "EUR" },
      percent: "7",
      rule: "higher",
    },
    per: "violation",
    whoMayBeFined: ES_WHO,
    proposed: true,
    effectiveFrom: null,
    confidence: "S",
    notes: [
      "Up to EUR 35,000,000 or 7% of global turnover (this top row is confirmed by several sources) [S].",
      ...ES_COMMON_NOTES,
    ],
  },
];

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "ES",
    name: "Spain",
    kind: "country",
    region: "europe",
    status: "draft",
    binding: false,
    evolving: true,
    parent: "EU",
    summary:
      "Spain's Draft Organic Law for the Proper Use and Governance of AI, which implements the EU AI Act, was approved as a bill and sent to the Congress of Deputies on 26 May 2026 under the urgent procedure and is in the amendments phase; it is not yet law. Meanwhile the EU AI Act applies directly (see the EU entry). The bill makes AESIA the market-surveillance and sanctioning authority, requires labelling of AI content, bans sexual deepfakes and AI-generated CSAM, and sets a four-class penalty scale up to EUR 35,000,000 or 7% of global turnover; public administrations face no fines.",
    scope:
      "Implements the EU AI Act in Spain; applies to operators within the AI Act's scope, with public administrations subject to warnings and disciplinary measures instead of fines [S].",
    instruments: [
      {
        id: ES_LAW,
        name: "Draft Organic Law for the Proper Use and Governance of AI (Proyecto de Ley Orgánica para el buen uso y la gobernanza de la IA)",
        status: "draft",
        binding: false,
        timeline: [
          {
            date: "2025-03-11",
            what: "Preliminary draft (anteproyecto) approved by the Council of Ministers.",
            confidence: "S",
          },
          { date: "2026-03-25", what: "Economic and Social Council opinion 03/2026.", confidence: "S" },
          {
            date: "2026-05-26",
            what: "Approved as a bill and sent to the Congress of Deputies under the urgent procedure; amendments phase from June 2026.",
            confidence: "S",
          },
        ],
        summary:
          "Implements the AI Act. Labelling of AI content with a visible 'IA' mark or watermark, deepfakes labelled from their first dissemination; a ban on sexual deepfakes and AI-generated CSAM; human oversight of high-risk systems; an AI delegate in each state public body and a public inventory of public-sector AI. AESIA supervises and sanctions; public administrations face warnings and disciplinary measures but no fines. Penalty classes: minor, serious, very serious (high-risk systems) and very serious (prohibited practices). Not yet law.",
        confidence: "S",
      },
    ],
    // The bill's duties (labelling, human oversight, public-sector delegate and inventory) and its
    // bans are not in force and have no application date: they are described in the instrument's
    // summary, not listed as obligations or prohibited practices. The EU AI Act's duties reach Spanish
    // systems through the parent entry.
    obligations: [],
    penalties: esPenalties,
    regulators: [
      {
        name: "AESIA (Spanish AI Supervisory Agency)",
        role: "Market surveillance, sanctions, single point of contact and single complaints channel (under the bill).",
      },
      { name: "Directorate-General for AI", role: "Notifying authority (under the bill)." },
      { name: "AEPD (Spanish Data Protection Agency)", role: "Sectoral supervisor." },
      { name: "Bank of Spain", role: "Sectoral supervisor." },
      { name: "CNMV (National Securities Market Commission)", role: "Sectoral supervisor." },
      { name: "DGSFP (Directorate-General for Insurance and Pension Funds)", role: "Sectoral supervisor." },
      { name: "CGPJ (General Council of the Judiciary)", role: "Sectoral supervisor." },
      { name: "Central Electoral Board", role: "Sectoral supervisor." },
    ],
    sources: [
      {
        title: "Licentium — Spain AI governance bill goes to parliament (May 2026)",
        url: "https://www.licentium.io/post/spain-ai-governance-bill-parliament-may-2026",
        confidence: "S",
      },
      {
        title: "Race to AGI — Spain unveils AI good-use law with EUR 35m penalty (2026-05-26)",
        url: "https://www.racetoagi.org/news/2026-05-26-spain-unveils-ai-good-use-law-with-35m-penalty-cei",
        confidence: "S",
      },
      {
        title: "Osborne Clarke — Spain makes progress on AI regulation: key points of the new organic law",
        url: "https://www.osborneclarke.com/insights/spain-makes-progress-ai-regulation-key-points-new-organic-law-governance",
        confidence: "S",
      },
      {
        title: "HSF Kramer — Spain makes strides implementing the European AI Act (June 2026)",
        url: "https://www.hsfkramer.com/notes/madrid/2026-posts/alert-spain-makes-strides-implementing-european-ai-act-june-2026",
        confidence: "S",
      },
      {
        title: "cloudnews.tech — Spain begins fining AI up to 35 million for misuse (penalty table)",
        url: "https://cloudnews.tech/spain-begins-fining-ai-up-to-35-million-for-misuse/",
        confidence: "S1",
      },
      {
        title: "usatoday24.com — coverage of Spain's AI bill",
        url: "https://usatoday24.com/?p=31207",
        confidence: "S1",
      },
      {
        title: "ECIJA — Spain advances the AI bill after the CES opinion",
        url: "https://www.ecija.com/en/news-and-insights/espana-avanza-la-tramitacion-del-anteproyecto-de-ley-de-ia-tras-el-dictamen-del-ces/",
        confidence: "S",
      },
      {
        title: "Linklaters TechInsights — Spain's AI law",
        url: "https://techinsights.linklaters.com/post/102k3rk/",
        confidence: "S",
      },
      {
        title:
          "White & Case — AI Watch: Global regulatory tracker, Spain (only the shared introduction could be read)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-spain",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },
  {
    code: "IT",
    name: "Italy",
    kind: "country",
    region: "europe",
    status: "in_force",
    binding: true,
    evolving: true,
    parent: "EU",
    summary:
      "Italy's Law No. 132 of 23 September 2025, in force since 10 October 2025, is the first national AI law in the EU and is to be read in line with the EU AI Act. It designates AgID (notifying authority) and ACN (market surveillance, inspections and sanctions), sets sector rules for health, work, justice, public administration, minors and copyright, and creates a deepfake offence (Art. 612-quater Criminal Code, 1 to 5 years' imprisonment). Administrative fines are those of the AI Act, enforced by ACN; implementing decrees, including a sanctions framework, were due within 12 months.",
    scope:
      "Applies alongside the EU AI Act and is to be interpreted consistently with it (Art. 1(2)) [S]; sector rules cover healthcare, employment, justice, public administration, minors and copyright.",
    instruments: [
      {
        id: IT_LAW,
        name: "Law No. 132 of 23 September 2025 — Provisions and delegations to the Government on artificial intelligence",
        number: "Law No. 132/2025",
        status: "in_force",
        binding: true,
        enacted: "2025-09-23",
        inForce: "2025-10-10",
        timeline: [
          { date: "2025-09-25", what: "Published in Gazzetta Ufficiale n. 223.", confidence: "S" },
          { date: "2025-10-10", what: "Entry into force.", confidence: "S" },
          {
            date: "2026-10-10",
            what: "About this date: 12-month deadline for the Government's implementing decrees (including the sanctions framework); the source says 'by about Oct 2026' — day approximate, adoption not confirmed.",
            confidence: "M",
          },
        ],
        summary:
          "First national AI law in the EU, expressly read in line with the AI Act (Art. 1(2)). Sector rules: healthcare (no discriminatory access; the physician decides), employment (employers inform workers; a national observatory), justice (AI only instrumental; decisions stay with magistrates), public administration (traceability), minors under 14 need parental consent to access AI, copyright (protection only with genuine human creative input; text and data mining within copyright-law limits). Criminal law: harmful dissemination of AI-generated or altered content (Art. 612-quater Criminal Code, 1 to 5 years) and aggravating circumstances for crimes committed with AI. Delegations to the Government within 12 months; a EUR 1bn investment programme.",
        confidence: "S",
      },
    ],
    prohibitedPractices: [
      {
        id: "it.law-132.harmful-deepfake-dissemination",
        text: "Unlawfully disseminating AI-generated or altered content (deepfakes) that causes harm — a criminal offence punishable by 1 to 5 years' imprisonment.",
        citation: {
          instrument: IT_LAW,
          text: "Criminal Code Art. 612-quater (introduced by Law No. 132/2025)",
          basis: "law",
        },
        effectiveFrom: "2025-10-10",
        confidence: "S",
      },
    ],
    obligations: [
      {
        id: "it.law-132.worker-information",
        title: "Inform workers when AI is used",
        summary: "Employers must inform workers when they use AI systems in the employment relationship.",
        appliesWhen: "The organisation deploys an AI system used in the workplace.",
        condition: { all: [{ role: ["deployer"] }, { flag: "usedInWorkplace" }] },
        citation: {
          instrument: IT_LAW,
          text: "Law No. 132/2025 (employment provisions)",
          basis: "inferred",
          note: "Article not given in the source.",
        },
        effectiveFrom: "2025-10-10",
        notes: ["The law also creates a national observatory on AI in the workplace."],
        confidence: "S",
      },
      {
        id: "it.law-132.minors-parental-consent",
        title: "Parental consent for children under 14",
        summary: "Obtain parental consent before a child under 14 accesses the AI service.",
        appliesWhen: "The organisation provides an AI system that people interact with directly.",
        condition: { all: [{ role: ["provider"] }, { flag: "interactsWithPeople" }] },
        citation: {
          instrument: IT_LAW,
          text: "Law No. 132/2025 (minors)",
          basis: "inferred",
          note: "Article not given in the source. The pack says minors under 14 need parental consent to access AI; that the duty falls on the provider of the service is our reading.",
        },
        effectiveFrom: "2025-10-10",
        confidence: "S",
      },
      {
        id: "it.law-132.public-administration-traceability",
        title: "Traceability of AI use in public administration",
        summary: "Public administrations using AI must ensure its use is traceable.",
        appliesWhen: "The organisation is a public-sector body deploying an AI system.",
        condition: { all: [{ orgFlag: "publicSector" }, { role: ["deployer"] }] },
        citation: {
          instrument: IT_LAW,
          text: "Law No. 132/2025 (public administration)",
          basis: "inferred",
          note: "Article not given in the source.",
        },
        effectiveFrom: "2025-10-10",
        confidence: "S",
      },
      {
        id: "it.law-132.text-and-data-mining",
        title: "Text and data mining within copyright limits",
        summary:
          "Mine text and data of third-party works for AI only within the limits of copyright law; works made with AI are protected only where there is genuine human creative input.",
        appliesWhen: "The AI system is trained on third-party works.",
        condition: { flag: "trainsOnThirdPartyWorks" },
        citation: {
          instrument: IT_LAW,
          text: "Law No. 132/2025 (copyright)",
          basis: "inferred",
          note: "Article not given in the source.",
        },
        effectiveFrom: "2025-10-10",
        confidence: "S",
      },
      {
        id: "it.law-132.deepfake-dissemination",
        title: "Do not disseminate harmful deepfakes",
        summary:
          "Do not unlawfully disseminate AI-generated or altered content (deepfakes) that causes harm; check published synthetic content against the new offence.",
        appliesWhen: "The organisation publishes deepfakes (AI-generated or altered content of real people).",
        condition: { flag: "publishesDeepfakes" },
        citation: {
          instrument: IT_LAW,
          text: "Criminal Code Art. 612-quater (introduced by Law No. 132/2025)",
          basis: "law",
        },
        effectiveFrom: "2025-10-10",
        notes: [
          "Criminal sanction: 1 to 5 years' imprisonment (not a monetary penalty, so no penalty rule). Committing crimes with AI is also an aggravating circumstance.",
        ],
        confidence: "S",
      },
    ],
    // Administrative fines are those of the EU AI Act (Art. 99), enforced by ACN: they reach Italian
    // systems through the EU entry. There is no separate Italian fine schedule yet [S].
    penalties: [],
    regulators: [
      { name: "AgID (Agency for Digital Italy)", role: "Notifying authority; promotion of AI." },
      {
        name: "ACN (National Cybersecurity Agency)",
        role: "Market surveillance, inspections and sanctions (AI Act fines); single point of contact.",
      },
      { name: "Bank of Italy", role: "Sector supervisor; keeps its powers." },
      { name: "CONSOB", role: "Sector supervisor; keeps its powers." },
      { name: "IVASS", role: "Sector supervisor; keeps its powers." },
      {
        name: "Garante per la protezione dei dati personali",
        role: "Data protection authority; keeps its powers.",
      },
      { name: "AGCOM", role: "Communications authority; keeps its powers." },
    ],
    sources: [
      {
        title: "Anurag Verma WorldWatch — Italy AI",
        url: "https://anuragverma.co/worldwatch/italy/ai/fr",
        confidence: "S",
      },
      {
        title: "Cocuzza — Italy's new AI law: what foreign businesses should know",
        url: "https://www.cocuzza.it/en/2025/10/29/italys-new-ai-law-what-foreign-businesses-should-know",
        confidence: "S",
      },
      {
        title: "Lexia — Law of 23 September on artificial intelligence",
        url: "https://www.lexia.it/es/2025/09/29/law-23-september-artificial-intelligence",
        confidence: "S",
      },
      {
        title: "Noema — client newsletter on the Italian AI law",
        url: "https://www.noemaglobal.com/insights/client-newsletter-italian-ai-law",
        confidence: "S",
      },
      { title: "Confir — EU AI Act in Italy", url: "https://confir.eu/eu-ai-act/italy", confidence: "S" },
      {
        title:
          "White & Case — AI Watch: Global regulatory tracker, Italy (only the shared introduction could be read)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-italy",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },
];
