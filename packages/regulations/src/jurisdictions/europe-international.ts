import type { JurisdictionInput } from "#schema.ts";

/**
 * United Kingdom, Japan, the EU/EEA national implementation entries (France, Germany, Czech
 * Republic, Norway), Switzerland, and the international bodies (Council of Europe, OECD, G7, United
 * Nations, African Union). Research pack: jurisdictions.md §5, §8, §11, §12, §13 and §14.
 *
 * Dates the pack gives only to the month or year ("Mar 2023", "May 2019", "Jul 2026") stay in prose:
 * a timeline step needs a full date, and we do not invent days. EU member states carry `parent: "EU"`;
 * the AI Act's obligations, dates and fines live in the EU entry and are not repeated here, so a
 * system deployed in France is not counted twice.
 */

const LAST_CHECKED = "2026-11-25";

const EU_AI_ACT_REFERENCE = {
  name: "Regulation (EU) 2024/1689 (AI Act), as amended by Regulation (EU) 2026/1744",
  number: "Regulation (EU) 2024/1689",
  status: "phased",
  binding: true,
  inForce: "2024-08-01",
  confidence: "P",
} as const;

export const jurisdictions: JurisdictionInput[] = [
  // ---------------------------------------------------------------------------------------------
  // United Kingdom — jurisdictions.md §5
  // ---------------------------------------------------------------------------------------------
  {
    code: "GB",
    name: "United Kingdom",
    kind: "country",
    region: "europe",
    status: "sectoral",
    binding: true,
    evolving: true,
    summary:
      "No AI statute. Since the March 2023 White Paper (CP 815) the UK relies on existing regulators applying " +
      "five non-statutory cross-sector principles. Binding rules reach AI through sector law: the Online Safety " +
      "Act 2023 covers AI-generated content on user-to-user and search services (Ofcom), UK GDPR and the Data " +
      "Protection Act 2018 cover personal data (ICO), and the Data (Use and Access) Act 2025 relaxed the limits " +
      "on solely automated decision-making, with safeguards. The King's Speech of 13 May 2026 brought no AI bill; " +
      'a Regulating for Growth Bill instead creates cross-economy sandbox powers (the "AI Growth Lab"), and ' +
      "binding frontier-AI legislation remains deferred. On 16 Feb 2026 the government committed to bringing " +
      "standalone chatbots into the Online Safety Act's illegal-content duties.",
    scope:
      "Principles apply through each regulator's existing remit; the Online Safety Act reaches AI-generated " +
      "content on regulated user-to-user and search services (standalone chatbots largely out of scope so far).",
    instruments: [
      {
        id: "gb.ai-white-paper-2023",
        name: "AI regulation: a pro-innovation approach (White Paper)",
        number: "CP 815",
        status: "soft_law",
        binding: false,
        summary:
          "Published March 2023. Asks existing regulators to apply five cross-sector principles: safety, security " +
          "and robustness; transparency and explainability; fairness; accountability and governance; " +
          "contestability and redress. Non-statutory.",
        confidence: "S",
      },
      {
        id: "gb.online-safety-act-2023",
        name: "Online Safety Act 2023",
        status: "in_force",
        binding: true,
        timeline: [
          {
            date: "2026-02-16",
            what: "Government commits to bringing standalone AI chatbots into the illegal-content duties",
            confidence: "S",
          },
        ],
        summary:
          "Enforced by Ofcom. Applies to AI-generated content on user-to-user and search services; standalone " +
          "chatbots were largely out of scope until the government's commitment of 16 Feb 2026 to bring them into " +
          "the illegal-content duties. Maximum penalty: the greater of GBP 18m and 10% of qualifying worldwide revenue.",
        confidence: "S",
      },
      {
        id: "gb.uk-gdpr-dpa-2018",
        name: "UK GDPR and Data Protection Act 2018",
        status: "in_force",
        binding: true,
        summary:
          "Technology-neutral data protection law enforced by the ICO; applies to AI systems that process personal " +
          "data. Maximum fine: the greater of GBP 17.5m and 4% of worldwide annual turnover (not re-verified).",
        confidence: "M",
      },
      {
        id: "gb.data-use-and-access-act-2025",
        name: "Data (Use and Access) Act 2025",
        status: "enacted",
        binding: true,
        summary:
          "Royal Assent June 2025. Relaxes the UK GDPR limits on solely automated decision-making: legitimate " +
          "interests becomes available as a basis, subject to safeguards. Commencement dates of these provisions " +
          "are not given in the research pack.",
        confidence: "S",
      },
      {
        id: "gb.regulating-for-growth-bill",
        name: "Regulating for Growth Bill",
        status: "proposed",
        binding: false,
        timeline: [
          {
            date: "2026-05-13",
            what: "Announced in the King's Speech (no AI bill; sandbox powers branded the AI Growth Lab)",
            confidence: "S",
          },
        ],
        summary:
          "Announced in the King's Speech of 13 May 2026 in place of an AI bill: cross-economy regulatory sandbox " +
          'powers, branded the "AI Growth Lab". Not AI-specific regulation of businesses.',
        confidence: "S",
      },
    ],
    penalties: [
      {
        id: "gb.osa.max-penalty",
        offence:
          "Breach of Online Safety Act 2023 duties by a regulated user-to-user or search service, including " +
          "the illegal-content duties as they apply to AI-generated content",
        citation: {
          instrument: "gb.online-safety-act-2023",
          text: "Online Safety Act 2023 (penalty provision)",
          basis: "inferred",
          note: "article not given in the source",
        },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "1800000000", currency: "GBP" },
          percent: "10",
          rule: "higher",
        },
        per: "violation",
        whoMayBeFined: "Providers of regulated user-to-user and search services",
        effectiveFrom: "2025-03-17",
        confidence: "S",
        notes: [
          "The percentage is of qualifying worldwide revenue (the Act's measure), not of turnover.",
          "Effective date unverified [M]: the research pack gives none; 17 Mar 2025 (illegal-content duties " +
            "enforceable) is background knowledge.",
          "Sector law, not AI-specific: no catalogue obligation triggers it.",
        ],
      },
      {
        id: "gb.uk-gdpr.max-fine",
        offence:
          "Infringement of UK GDPR / Data Protection Act 2018 (higher maximum), e.g. by an AI system processing personal data",
        citation: {
          instrument: "gb.uk-gdpr-dpa-2018",
          text: "UK GDPR / DPA 2018 (maximum fine)",
          basis: "inferred",
          note: "article not given in the source",
        },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "1750000000", currency: "GBP" },
          percent: "4",
          rule: "higher",
        },
        per: "violation",
        whoMayBeFined: "Controllers and processors",
        effectiveFrom: "2021-01-01",
        confidence: "M",
        notes: [
          "The cap is background knowledge in the research pack [M]; verify before relying on it.",
          "Effective date unverified [M]: the research pack gives none; 1 Jan 2021 (UK GDPR after the Brexit " +
            "transition) is background knowledge.",
          "Sector law, not AI-specific: no catalogue obligation triggers it.",
        ],
      },
    ],
    regulators: [
      { name: "Department for Science, Innovation and Technology (DSIT)", role: "AI policy lead" },
      { name: "Information Commissioner's Office (ICO)", role: "Data protection (UK GDPR, DPA 2018)" },
      { name: "Ofcom", role: "Online safety regulator (Online Safety Act 2023)" },
      { name: "Competition and Markets Authority (CMA)", role: "Competition and consumer protection" },
      { name: "Financial Conduct Authority (FCA)", role: "Financial services conduct" },
      { name: "Prudential Regulation Authority (PRA)", role: "Prudential supervision" },
      {
        name: "Medicines and Healthcare products Regulatory Agency (MHRA)",
        role: "Medical devices and medicines",
      },
      { name: "Equality and Human Rights Commission (EHRC)", role: "Equality and human rights" },
      { name: "Digital Regulation Cooperation Forum (DRCF)", role: "Cooperation among digital regulators" },
      {
        name: "AI Security Institute",
        role: "Government AI institute, renamed from the AI Safety Institute in Feb 2025",
      },
    ],
    sources: [
      {
        title: "Glacis — guide to UK AI regulation",
        url: "https://www.glacis.io/guide-uk-ai-regulation",
        confidence: "S",
      },
      {
        title: "Think Digital Partners — government sets out plans to regulate AI (Mar 2023)",
        url: "https://www.thinkdigitalpartners.com/news/2023/03/30/government-sets-out-plans-to-regulate-ai/",
        confidence: "S",
      },
      {
        title: "YR Project — UK Regulating for Growth Bill",
        url: "https://yrproject.nl/en/uk-regulating-for-growth-bill.html",
        confidence: "S",
      },
      {
        title: "Complete AI Training — King's Speech outlines digital policy agenda",
        url: "https://completeaitraining.com/news/uk-kings-speech-outlines-broad-digital-policy-agenda-but/",
        confidence: "S",
      },
      {
        title: "Reg-Intel — the Online Safety Act and AI",
        url: "https://reg-intel.com/the-online-safety-act-and-ai-what-ofcom-can-and-cannot-do/",
        confidence: "S",
      },
      {
        title: "Sorena — Online Safety Act penalties and fines",
        url: "https://www.sorena.io/artifacts/uk/online-safety-act/penalties-and-fines",
        confidence: "S",
      },
      {
        title: "White & Case AI Watch: United Kingdom (listed for reference; page not read in full)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-united-kingdom",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // Japan — jurisdictions.md §8
  // ---------------------------------------------------------------------------------------------
  {
    code: "JP",
    name: "Japan",
    kind: "country",
    region: "asia",
    status: "in_force",
    binding: true,
    evolving: true,
    summary:
      "Japan's AI Promotion Act (Act No. 53 of 2025) is a basic (framework) law: it sets up the government's AI " +
      "policy machinery and contains no prohibitions and no fines. Most provisions apply from promulgation on " +
      "4 Jun 2025 and Chapters III–IV (Basic Plan, AI Strategy Headquarters) from 1 Sep 2025. Businesses must " +
      "make efforts and cooperate with government measures; under Art. 16 the government gathers information, " +
      "analyses cases where rights are infringed (such as deepfakes or IP) and gives guidance or advice, and may " +
      "publicise company names. The Cabinet adopted the AI Basic Plan on 23 Dec 2025; detailed expectations sit " +
      "in soft law (AI Business Guidelines, copyright guidance).",
    definitionOfAI: {
      text:
        '"AI-related technology": technology that substitutes for human cognition, reasoning and judgment by ' +
        "artificial means, and information-processing systems that use it.",
      citation: "AI Promotion Act (article not given in the source)",
    },
    scope:
      "Government AI policy framework; an effort-and-cooperation duty for businesses, with no sanctions.",
    instruments: [
      {
        id: "jp.ai-promotion-act",
        name: "Act on the Promotion of Research, Development and Utilization of AI-Related Technologies (AI Promotion Act)",
        number: "Act No. 53 of 2025",
        status: "in_force",
        binding: true,
        enacted: "2025-05-28",
        inForce: "2025-06-04",
        timeline: [
          { date: "2025-05-28", what: "Passed by the Diet", confidence: "S" },
          { date: "2025-06-04", what: "Promulgated; most provisions take effect", confidence: "S" },
          {
            date: "2025-09-01",
            what: "Chapters III–IV (AI Basic Plan, AI Strategy Headquarters) take effect",
            confidence: "S",
          },
        ],
        summary:
          "Basic law promoting AI research, development and use. No prohibitions, no fines. Businesses must make " +
          "efforts and cooperate with government measures; Art. 16 lets the government collect information, " +
          "analyse rights-infringing cases (e.g. deepfakes, IP), give guidance or advice and publicise company names.",
        confidence: "S",
      },
      {
        id: "jp.ai-basic-plan",
        name: "AI Basic Plan",
        status: "adopted",
        binding: false,
        enacted: "2025-12-23",
        timeline: [{ date: "2025-12-23", what: "Adopted by the Cabinet", confidence: "S" }],
        summary:
          "The government's AI plan under the AI Promotion Act, adopted by the Cabinet on 23 Dec 2025.",
        confidence: "S",
      },
      {
        id: "jp.appropriate-rd-use-guidelines",
        name: "Guidelines on ensuring appropriate research, development and use of AI",
        status: "soft_law",
        binding: false,
        summary: "Guidelines issued under the AI Promotion Act in December 2025.",
        confidence: "S",
      },
      {
        id: "jp.ai-business-guidelines",
        name: "AI Business Guidelines (METI / MIC)",
        status: "soft_law",
        binding: false,
        summary: "Voluntary governance guidelines for AI developers, providers and business users.",
        confidence: "S",
      },
      {
        id: "jp.aca-ai-copyright-guidance",
        name: "Agency for Cultural Affairs guidance on AI and copyright",
        status: "soft_law",
        binding: false,
        summary: "Non-binding guidance on how copyright law applies to AI training and outputs.",
        confidence: "S",
      },
    ],
    obligations: [
      {
        id: "jp.ai-promotion-act.business-cooperation",
        title: "Make efforts and cooperate with government AI measures",
        summary:
          "Businesses using AI-related technology must make efforts in line with the Act and cooperate with the " +
          "measures the government takes under it. There is no sanction; under Art. 16 the government may look " +
          "into rights-infringing cases, give guidance or advice and publicise company names.",
        appliesWhen: "Any business that develops, provides or uses AI-related technology in Japan",
        condition: { always: true },
        citation: {
          instrument: "jp.ai-promotion-act",
          text: "AI Promotion Act, duty of businesses",
          basis: "inferred",
          note: "article not given in the source",
        },
        effectiveFrom: "2025-06-04",
        notes: ["Effort duty only: no prohibitions or fines under the Act."],
        confidence: "S",
      },
    ],
    regulators: [
      {
        name: "AI Strategy Headquarters",
        role: "Cabinet body chaired by the Prime Minister with all ministers; drives the AI Basic Plan",
        citation: "AI Promotion Act Chapters III–IV",
      },
      { name: "Cabinet Office", role: "Secretariat and coordination" },
      { name: "Japan AI Safety Institute (J-AISI)", role: "AI safety evaluation and research" },
    ],
    sources: [
      {
        title: "Policy Window — Japan AI Promotion Act",
        url: "https://policywindow.org/wiki/japan-ai-promotion-act/print",
        confidence: "S",
      },
      {
        title: "Hogan Lovells — APAC AI monitor: Japan",
        url: "https://ca.hoganlovells.com/en/publications/apac-ai-monitor-series-japan",
        confidence: "S",
      },
      {
        title:
          "OECD.AI — Act on Promotion of Research, Development and Utilization of AI-Related Technologies",
        url: "https://oecd.ai/en/dashboards/policy-initiatives/act-on-promotion-of-research,-development,-and-utilization-of-artificial-intelligence-related-technologies",
        confidence: "S",
      },
      {
        title: "Anderson Mori & Tomotsune — trending news (Mar 2026)",
        url: "https://www.amt-law.com/en/insights/trending-news/trending-news_20260316001_en_001",
        confidence: "S",
      },
      {
        title: "Japan News (Yomiuri) — AI Basic Plan adopted",
        url: "https://japannews.yomiuri.co.jp/politics/politics-government/20251223-300085/",
        confidence: "S",
      },
      {
        title: "White & Case AI Watch: Japan (listed for reference; page not read in full)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-japan",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // France — jurisdictions.md §11
  // ---------------------------------------------------------------------------------------------
  {
    code: "FR",
    name: "France",
    kind: "country",
    region: "europe",
    status: "draft",
    binding: true,
    evolving: true,
    summary:
      "EU member: the EU AI Act applies directly (obligations, dates and fines are in the EU entry). The national " +
      "law designating the AI Act authorities is a draft, published by the DGE and DGCCRF on 9 Sep 2025 and " +
      "pending in Parliament. It makes the DGCCRF coordinator and single point of contact, with the CNIL, Arcom, " +
      "the ACPR and others (about 17 authorities) supervising their areas. Fines are those of the AI Act.",
    instruments: [
      {
        id: "fr.ai-act-authorities-bill",
        name: "Draft law designating the national authorities for the EU AI Act",
        status: "draft",
        binding: false,
        timeline: [{ date: "2025-09-09", what: "Draft published by the DGE and DGCCRF", confidence: "S" }],
        summary:
          "Designates about 17 authorities to supervise the AI Act in France, with the DGCCRF as coordinator and " +
          "single point of contact. Pending in Parliament.",
        confidence: "S",
      },
      {
        id: "fr.eu-ai-act",
        ...EU_AI_ACT_REFERENCE,
        summary:
          "Applies directly in France as an EU regulation; see the EU entry for obligations, dates and fines.",
      },
    ],
    regulators: [
      { name: "DGCCRF", role: "Coordinating authority and single point of contact (proposed)" },
      { name: "DGE", role: "Represents France on the European AI Board (proposed)" },
      {
        name: "CNIL",
        role: "Most biometric, predictive-policing and emotion-recognition prohibitions (proposed)",
      },
      {
        name: "Arcom",
        role: "With the DGCCRF: manipulation and exploitation of vulnerabilities (proposed)",
      },
      { name: "ACPR", role: "Credit and insurance (proposed)" },
    ],
    sources: [
      { title: "Digital Policy Alert — event 33391 (France, AI Act authorities draft law)", confidence: "S" },
      {
        title: "ai-regulation.com — France designates AI Act authorities",
        url: "https://ai-regulation.com/?p=7192",
        confidence: "S",
      },
    ],
    parent: "EU",
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // Germany — jurisdictions.md §11
  // ---------------------------------------------------------------------------------------------
  {
    code: "DE",
    name: "Germany",
    kind: "country",
    region: "europe",
    status: "draft",
    binding: true,
    evolving: true,
    summary:
      "EU member: the EU AI Act applies directly (obligations, dates and fines are in the EU entry). The national " +
      "implementing law, the KI-Marktüberwachungs- und Innovationsförderungsgesetz (KI-MIG), was drafted by the " +
      "ministry on 11 Sep 2025 and adopted by the Cabinet around February 2026; Bundestag passage is not " +
      "confirmed. It makes the Bundesnetzagentur the central market-surveillance and notifying authority and " +
      "single point of contact; BaFin covers finance. Fines are those of the AI Act.",
    instruments: [
      {
        id: "de.ki-mig",
        name: "KI-Marktüberwachungs- und Innovationsförderungsgesetz (KI-MIG)",
        status: "draft",
        binding: false,
        timeline: [{ date: "2025-09-11", what: "Ministry draft (Referentenentwurf)", confidence: "S" }],
        summary:
          "AI Act implementing law. Cabinet adoption about February 2026 (exact date not given); Bundestag " +
          "passage not confirmed. Designates the Bundesnetzagentur, with an AI coordination and competence centre " +
          "(KoKIVO) and an independent chamber for sensitive Annex III uses; BaFin for finance; existing sector " +
          "authorities for Annex I products.",
        confidence: "S",
      },
      {
        id: "de.eu-ai-act",
        ...EU_AI_ACT_REFERENCE,
        summary:
          "Applies directly in Germany as an EU regulation; see the EU entry for obligations, dates and fines.",
      },
    ],
    regulators: [
      {
        name: "Bundesnetzagentur",
        role:
          "Central market-surveillance and notifying authority and single point of contact, with the AI " +
          "coordination and competence centre (KoKIVO) and an independent chamber for sensitive Annex III uses (proposed)",
      },
      { name: "BaFin", role: "Market surveillance for AI in financial services (proposed)" },
      { name: "Existing sector authorities", role: "Annex I products (proposed)" },
    ],
    sources: [
      {
        title: "DSV Europa — AI Act implementation",
        url: "https://dsv-europa.de/de/news/2025/09/ai-act-umsetzung.html",
        confidence: "S",
      },
      {
        title: "onlinepc.ch — Deutschland startet Umsetzung des AI Acts",
        url: "https://www.onlinepc.ch/business/kuenstliche-intelligenz/deutschland-startet-umsetzung-ai-acts-2981606.html",
        confidence: "S",
      },
      {
        title: "netzpolitik.org — Referentenentwurf: these authorities are to implement the AI Regulation",
        url: "https://netzpolitik.org/2025/referentenentwurf-diese-behoerden-sollen-die-ki-verordnung-umsetzen/",
        confidence: "S",
      },
    ],
    parent: "EU",
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // Czech Republic — jurisdictions.md §11
  // ---------------------------------------------------------------------------------------------
  {
    code: "CZ",
    name: "Czech Republic",
    kind: "country",
    region: "europe",
    status: "draft",
    binding: true,
    evolving: true,
    summary:
      "EU member: the EU AI Act applies directly (obligations, dates and fines are in the EU entry). Government " +
      "Resolution No. 394 of 28 May 2025 proposes the Czech Telecommunication Office (ČTÚ) as market-surveillance " +
      'authority, but the adaptation "Law on AI" (amending Act 87/2023 Coll.) is still in the legislative ' +
      "process, so the ČTÚ cannot yet exercise powers that affect businesses' rights. Fines are those of the AI Act.",
    instruments: [
      {
        id: "cz.government-resolution-394-2025",
        name: "Government Resolution on AI Act supervision",
        number: "Resolution No. 394 of 28 May 2025",
        status: "adopted",
        binding: false,
        enacted: "2025-05-28",
        timeline: [
          {
            date: "2025-05-28",
            what: "Government proposes ČTÚ as AI Act market-surveillance authority",
            confidence: "S",
          },
        ],
        summary: "Proposes the ČTÚ as the AI Act market-surveillance authority; binds no business.",
        confidence: "S",
      },
      {
        id: "cz.law-on-ai",
        name: "Law on AI (adaptation law amending Act 87/2023 Coll.)",
        status: "draft",
        binding: false,
        summary:
          "Adapts Czech law to the AI Act and amends Act 87/2023 Coll.; still in the legislative process, so the " +
          "ČTÚ cannot yet use powers affecting businesses' rights.",
        confidence: "S",
      },
      {
        id: "cz.eu-ai-act",
        ...EU_AI_ACT_REFERENCE,
        summary:
          "Applies directly in the Czech Republic as an EU regulation; see the EU entry for obligations, dates and fines.",
      },
    ],
    regulators: [
      {
        name: "Czech Telecommunication Office (ČTÚ)",
        role: "Proposed AI Act market-surveillance authority; powers affecting businesses await the Law on AI",
        citation: "Government Resolution No. 394 of 28 May 2025",
      },
    ],
    sources: [
      { title: "ČTÚ — about the office", url: "https://ctu.gov.cz/en/ctu", confidence: "S" },
      {
        title: "Peyton Legal — draft Czech Law on Artificial Intelligence",
        url: "https://www.peytonlegal.cz/en/draft-czech-law-on-artificial-intelligence",
        confidence: "S",
      },
    ],
    parent: "EU",
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // Norway (EEA, not an EU member: no parent) — jurisdictions.md §11
  // ---------------------------------------------------------------------------------------------
  {
    code: "NO",
    name: "Norway",
    kind: "country",
    region: "europe",
    status: "draft",
    binding: false,
    evolving: true,
    summary:
      "EEA state, not an EU member: the EU AI Act does not apply directly and reaches Norway only through the " +
      "EEA Agreement. The KI-loven bill incorporates it; its consultation ran 30 Jun–30 Sep 2025 and entry into " +
      "force was targeted for late summer 2026, with slippage likely pending the EEA Joint Committee decision. " +
      "Nkom would be the coordinating supervisory authority, with a role for Datatilsynet; AI Act fine levels " +
      "would apply once the law is in force.",
    instruments: [
      {
        id: "no.ki-loven",
        name: "KI-loven (Norwegian AI Act, incorporating the EU AI Act through the EEA Agreement)",
        status: "draft",
        binding: false,
        timeline: [
          { date: "2025-06-30", what: "Public consultation opens", confidence: "S" },
          { date: "2025-09-30", what: "Public consultation closes", confidence: "S" },
        ],
        summary:
          "Incorporates the AI Act into Norwegian law via the EEA Agreement. Entry into force targeted for late " +
          "summer 2026 (no exact date); depends on the EEA Joint Committee decision. AI Act fine levels would apply " +
          "once in force.",
        confidence: "S",
      },
    ],
    regulators: [
      {
        name: "Nkom (Norwegian Communications Authority)",
        role: "Coordinating supervisory authority (proposed)",
      },
      { name: "Datatilsynet", role: "Data protection authority; a role under KI-loven (proposed)" },
    ],
    sources: [
      {
        title: "Skarpix — KI-forordningen kommer til Norge",
        url: "https://skarpix.com/en-NO/blogg/ki-forordningen-kommer-til-norge",
        confidence: "S",
      },
      {
        title: "Trusq — Norway and the AI Act (EEA)",
        url: "https://trusq.io/en/norway-ai-act-eea.html",
        confidence: "S",
      },
      {
        title: "Anurag Verma — World watch: Norway AI",
        url: "https://anuragverma.co/worldwatch/norway/ai",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // Switzerland — jurisdictions.md §12
  // ---------------------------------------------------------------------------------------------
  {
    code: "CH",
    name: "Switzerland",
    kind: "country",
    region: "europe",
    status: "soft_law",
    binding: false,
    evolving: true,
    summary:
      "No AI law and no AI-specific fines; the Federal Act on Data Protection (FADP) and sector law apply. On " +
      "12 Feb 2025 the Federal Council decided to ratify the Council of Europe AI Convention (signed March 2025), " +
      "implementing it through sector-specific amendments, cross-sector rules only where fundamental rights " +
      "require them (e.g. data protection), and non-binding measures. A consultation draft, led by the FDJP, is " +
      "due by the end of 2026.",
    instruments: [
      {
        id: "ch.federal-council-decision-2025",
        name: "Federal Council decision on AI regulation (implementation of the CoE AI Convention)",
        status: "adopted",
        binding: false,
        enacted: "2025-02-12",
        timeline: [
          {
            date: "2025-02-12",
            what: "Federal Council decides its approach to AI regulation",
            confidence: "S",
          },
          {
            date: "2026-12-31",
            what: "Consultation draft due (by end of 2026), led by the FDJP",
            confidence: "S",
          },
        ],
        summary:
          "Ratify the CoE AI Convention (signed March 2025); sector-specific amendments, cross-sector rules only " +
          "where fundamental rights require them, plus non-binding measures. Consultation draft due by end-2026.",
        confidence: "S",
      },
      {
        id: "ch.fadp",
        name: "Federal Act on Data Protection (FADP)",
        status: "in_force",
        binding: true,
        summary:
          "Technology-neutral data protection law that applies to AI processing personal data; not AI-specific.",
        confidence: "S",
      },
    ],
    regulators: [
      { name: "Federal Department of Justice and Police (FDJP)", role: "Leads the draft legislation" },
      {
        name: "Federal Data Protection and Information Commissioner (FDPIC)",
        role: "Data protection supervision",
      },
    ],
    sources: [
      {
        title: "digital.swiss — draft legislation to implement the CoE Framework Convention on AI",
        url: "https://digital.swiss/en/action-plan/measures/draft-legislation-to-implement-the-council-of-europe-framework-convention-on-artificial-intelligence-and-human-rights,-democracy-and-the-rule-of-law",
        confidence: "S",
      },
      {
        title: "Federal Department of Finance — Federal Council press release",
        url: "https://www.efd.admin.ch/en/newnsb/5oOec_8ZQEV1X-55waGOg",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // Council of Europe — jurisdictions.md §13
  // ---------------------------------------------------------------------------------------------
  {
    code: "COE",
    name: "Council of Europe",
    kind: "international",
    region: "europe",
    status: "treaty",
    binding: true,
    summary:
      "The Framework Convention on AI and Human Rights, Democracy and the Rule of Law (CETS No. 225) is the first " +
      "binding international AI treaty. Adopted on 17 May 2024 and opened for signature in Vilnius on 5 Sep 2024, " +
      "it entered into force on 1 Nov 2025 after 5 ratifications, including 3 Council of Europe member states. " +
      "Signatories include the EU, US, UK, Norway, Israel, Canada, Japan and Switzerland; the European Parliament " +
      "consented to EU conclusion on 11 Mar 2026. It binds states, not companies: applying it to the private " +
      "sector is each party's choice, and national security and defence are excluded. No corporate fines.",
    scope:
      "Binding on states parties. Private-sector application is opt-in for each party; national security and " +
      "defence are excluded.",
    instruments: [
      {
        id: "coe.framework-convention-ai",
        name: "Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
        number: "CETS No. 225",
        status: "in_force",
        binding: true,
        enacted: "2024-05-17",
        inForce: "2025-11-01",
        timeline: [
          { date: "2024-05-17", what: "Adopted", confidence: "S" },
          { date: "2024-09-05", what: "Opened for signature in Vilnius", confidence: "S" },
          {
            date: "2025-11-01",
            what: "Enters into force (5 ratifications, including 3 Council of Europe member states)",
            confidence: "S",
          },
          {
            date: "2026-03-11",
            what: "European Parliament consents to conclusion by the EU",
            confidence: "S",
          },
        ],
        summary:
          "Treaty binding on its parties. Signatories include the EU, US, UK, Norway, Israel, Canada, Japan and " +
          "Switzerland. Private-sector application is opt-in; national security and defence are excluded.",
        confidence: "S",
      },
    ],
    regulators: [
      { name: "States parties", role: "Implement and apply the Convention in national law" },
      { name: "Council of Europe", role: "Organisation under which the Convention was adopted" },
    ],
    sources: [
      {
        title: "Moldova 1 — Council of Europe opens AI treaty for signature",
        url: "https://moldova1.md/p/35066/council-of-europe-opens-ai-treaty",
        confidence: "S",
      },
      { title: "teleo-codex entity notes (git.livingip.xyz; secondary)", confidence: "S" },
      {
        title: "White & Case AI Watch: Council of Europe (listed for reference; page not read in full)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-council-europe",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // OECD — jurisdictions.md §13
  // ---------------------------------------------------------------------------------------------
  {
    code: "OECD",
    name: "OECD",
    kind: "international",
    region: "global",
    status: "soft_law",
    binding: false,
    summary:
      "The OECD AI Principles, adopted in May 2019 and revised in May 2024 (adding misinformation, the rule of law " +
      "and bias), are non-binding recommendations to member states for trustworthy AI. The OECD definition of an AI " +
      "system (revised November 2023) underlies the EU AI Act's definition. The OECD also runs the reporting " +
      "framework for the G7 Hiroshima Code of Conduct. No obligations or fines for businesses.",
    instruments: [
      {
        id: "oecd.ai-principles",
        name: "OECD AI Principles",
        status: "soft_law",
        binding: false,
        summary:
          "Adopted May 2019; revised May 2024 to address misinformation, the rule of law and bias. The AI-system " +
          "definition (revised November 2023) is the basis of the EU AI Act definition. Exact days not given in the " +
          "research pack.",
        confidence: "S",
      },
    ],
    regulators: [{ name: "OECD", role: "Issues the Principles; runs the G7 Hiroshima reporting framework" }],
    sources: [
      { title: "Hogan Lovells AI hub (as cited in the research pack)", confidence: "S" },
      {
        title: "White & Case AI Watch: Global regulatory tracker (shared introduction, the seed)",
        confidence: "S1",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // G7 — jurisdictions.md §13
  // ---------------------------------------------------------------------------------------------
  {
    code: "G7",
    name: "G7",
    kind: "international",
    region: "global",
    status: "soft_law",
    binding: false,
    summary:
      "Under the Hiroshima AI Process the G7 issued International Guiding Principles (11 principles) and a " +
      "voluntary Code of Conduct for organisations developing advanced AI systems on 30 Oct 2023. The OECD runs " +
      "the reporting framework. Voluntary: no obligations or fines for businesses.",
    instruments: [
      {
        id: "g7.hiroshima-guiding-principles",
        name: "Hiroshima Process International Guiding Principles for organisations developing advanced AI systems",
        status: "soft_law",
        binding: false,
        enacted: "2023-10-30",
        timeline: [
          { date: "2023-10-30", what: "Guiding Principles issued (11 principles)", confidence: "S" },
        ],
        summary: "Eleven principles for organisations developing advanced AI systems.",
        confidence: "S",
      },
      {
        id: "g7.hiroshima-code-of-conduct",
        name: "Hiroshima Process International Code of Conduct for organisations developing advanced AI systems",
        status: "soft_law",
        binding: false,
        enacted: "2023-10-30",
        timeline: [{ date: "2023-10-30", what: "Voluntary Code of Conduct issued", confidence: "S" }],
        summary:
          "Voluntary code for advanced AI developers; reporting against it runs through an OECD framework.",
        confidence: "S",
      },
    ],
    regulators: [
      { name: "G7", role: "Hiroshima AI Process" },
      { name: "OECD", role: "Runs the Code of Conduct reporting framework" },
    ],
    sources: [
      { title: "Hogan Lovells AI hub (as cited in the research pack)", confidence: "S" },
      {
        title: "White & Case AI Watch: G7 (listed for reference; page not read in full)",
        url: "https://whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-g7",
        confidence: "M",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // United Nations — jurisdictions.md §13
  // ---------------------------------------------------------------------------------------------
  {
    code: "UN",
    name: "United Nations",
    kind: "international",
    region: "global",
    status: "soft_law",
    binding: false,
    evolving: true,
    summary:
      "General Assembly resolutions, not binding on businesses. The Global Digital Compact (res. 79/1, " +
      "22 Sep 2024) was followed by A/RES/79/325 of 26 Aug 2025, which set up the Independent International " +
      "Scientific Panel on AI (40 experts, 3-year terms, an annual report) and the Global Dialogue on AI " +
      "Governance (Geneva, July 2026; New York, 2027). The earlier resolution on safe, secure and trustworthy AI " +
      "(A/RES/78/265, March 2024) is not re-verified. No obligations or fines for businesses.",
    instruments: [
      {
        id: "un.global-digital-compact",
        name: "Global Digital Compact",
        number: "A/RES/79/1",
        status: "adopted",
        binding: false,
        enacted: "2024-09-22",
        timeline: [{ date: "2024-09-22", what: "Adopted by the General Assembly", confidence: "S" }],
        summary:
          "General Assembly resolution 79/1 setting shared digital cooperation commitments, including on AI.",
        confidence: "S",
      },
      {
        id: "un.ares-79-325",
        name: "Resolution on the Independent International Scientific Panel on AI and the Global Dialogue on AI Governance",
        number: "A/RES/79/325",
        status: "adopted",
        binding: false,
        enacted: "2025-08-26",
        timeline: [
          {
            date: "2025-08-26",
            what: "Adopted: Scientific Panel on AI and Global Dialogue on AI Governance established",
            confidence: "S",
          },
        ],
        summary:
          "Establishes the Independent International Scientific Panel on AI (40 experts serving 3-year terms, " +
          "reporting annually) and the Global Dialogue on AI Governance (Geneva, July 2026; New York, 2027).",
        confidence: "S",
      },
      {
        id: "un.ares-78-265",
        name: "Resolution on seizing the opportunities of safe, secure and trustworthy AI systems",
        number: "A/RES/78/265",
        status: "adopted",
        binding: false,
        summary:
          "General Assembly resolution of March 2024 on safe, secure and trustworthy AI (not re-verified).",
        confidence: "M",
      },
    ],
    regulators: [
      { name: "UN General Assembly", role: "Adopts the resolutions" },
      {
        name: "UN Secretary-General",
        role: "Responsible with the General Assembly for the AI bodies of A/RES/79/325",
      },
      {
        name: "Independent International Scientific Panel on AI",
        role: "40 experts, 3-year terms; annual report",
        citation: "A/RES/79/325",
      },
      {
        name: "Global Dialogue on AI Governance",
        role: "Intergovernmental dialogue",
        citation: "A/RES/79/325",
      },
    ],
    sources: [
      {
        title: "DDG — towards global AI governance: a key step at the United Nations",
        url: "https://www.ddg.fr/actualite/towards-global-ai-governance-a-key-step-at-the-united-nations",
        confidence: "S",
      },
      {
        title:
          "Crocommander — UN General Assembly adopts terms of reference for AI scientific panel and Global Dialogue",
        url: "https://crocommander.com/international-cooperation/un-general-assembly-adopts-terms-of-reference-for-ai-scientific-panel-and-global-dialogue-on-ai-governance",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },

  // ---------------------------------------------------------------------------------------------
  // African Union (AFU; AU is Australia) — jurisdictions.md §13
  // ---------------------------------------------------------------------------------------------
  {
    code: "AFU",
    name: "African Union",
    kind: "international",
    region: "africa",
    status: "soft_law",
    binding: false,
    summary:
      "The Continental AI Strategy was endorsed by the AU Executive Council at its session of 18–19 Jul 2024 in " +
      "Accra. It is non-binding and sets a common direction for member states, with implementation over " +
      "2025–2030 and Phase 1 in 2025–26. No obligations or fines for businesses.",
    instruments: [
      {
        id: "afu.continental-ai-strategy",
        name: "Continental Artificial Intelligence Strategy",
        status: "soft_law",
        binding: false,
        enacted: "2024-07-19",
        timeline: [
          {
            date: "2024-07-19",
            what: "Endorsed by the Executive Council (session of 18–19 Jul 2024, Accra)",
            confidence: "S",
          },
        ],
        summary: "Non-binding continental strategy; implementation 2025–2030, Phase 1 in 2025–26.",
        confidence: "S",
      },
    ],
    regulators: [{ name: "African Union and its member states", role: "Implement the strategy" }],
    sources: [
      {
        title: "CIPIT (cipit.org) — AU Continental AI Strategy (as cited in the research pack)",
        confidence: "S",
      },
      {
        title: "AI Reports Africa — Africa's evolving AI regulatory landscape",
        url: "https://aireports.africa/2025/06/13/africas-evolving-ai-regulatory-landscape-new-frameworks-local-priorities-and-continental-ambitions",
        confidence: "S",
      },
    ],
    lastChecked: LAST_CHECKED,
  },
];
