import type { JurisdictionInput } from "#schema.ts";

/**
 * Turkey: no AI law; two bills before the Grand National Assembly, neither enacted. Research pack
 * `jurisdictions.md` §12 (sources as of about September 2026).
 *
 * Both bills' proposed fines are recorded as penalty rules marked `proposed` (no effective date), so
 * the tracker shows Turkey's schedule and exposure never counts it.
 */

const PROPOSED = "Proposed in the draft bill; not in force.";

export const jurisdictions: JurisdictionInput[] = [
  {
    code: "TR",
    name: "Turkey",
    kind: "country",
    region: "europe",
    status: "draft",
    binding: false,
    evolving: true,
    summary:
      "Turkey has no AI law. A draft AI Law submitted to the Grand National Assembly in June 2024 would require " +
      "risk assessment and registration of high-risk systems, with fines of up to TRY 35m or 7% of annual revenue " +
      "for prohibited uses and lower tiers below. A second private member's bill (September 2025, MHP) proposes " +
      "deepfake labelling, a 6-hour takedown duty, emergency powers for the BTK and fines of up to TRY 10m. " +
      "Neither has been enacted.",
    instruments: [
      {
        id: "tr.draft-ai-law-2024",
        name: "Draft Artificial Intelligence Law (2024)",
        status: "draft",
        binding: false,
        timeline: [
          {
            date: "2024-06-24",
            what: "Submitted to the Grand National Assembly (sources give 24 or 25 June 2024)",
            confidence: "S",
          },
        ],
        summary:
          "Draft, not enacted. Would introduce risk assessment and the registration of high-risk AI systems under a " +
          "supervisory authority. Proposed fines (not in force, not counted in exposure): up to TRY 35m or 7% of " +
          "annual revenue for prohibited uses, with lower tiers for other breaches.",
        confidence: "S",
      },
      {
        id: "tr.deepfake-bill-2025",
        name: "Private member's AI bill (MHP, September 2025)",
        status: "draft",
        binding: false,
        timeline: [],
        summary:
          "Draft, not enacted. Proposes labelling of deepfakes, takedown within 6 hours, emergency powers for the " +
          "BTK, and fines of up to TRY 10m (not in force, not counted in exposure).",
        confidence: "S",
      },
    ],
    penalties: [
      {
        id: "tr.draft-ai-law-2024.prohibited-uses",
        offence: "Prohibited AI uses (proposed)",
        citation: {
          instrument: "tr.draft-ai-law-2024",
          text: "Draft Artificial Intelligence Law (2024), sanctions",
          basis: "inferred",
          note: "Article not given in the source; proposed in the draft bill, not in force.",
        },
        amount: {
          kind: "fixed_or_turnover",
          fixed: { amountMinor: "3500000000", currency: "TRY" },
          percent: "7",
          rule: "higher",
        },
        per: "violation",
        whoMayBeFined: "Operators of AI systems (as proposed)",
        nonMonetary: [],
        proposed: true,
        effectiveFrom: null,
        triggeredBy: [],
        confidence: "S",
        notes: [
          PROPOSED,
          "Up to TRY 35m or 7% of annual revenue; 'the higher' follows the research pack's summary table (max).",
          "The bill also has lower tiers for other breaches; their figures are not given in the source.",
        ],
      },
      {
        id: "tr.deepfake-bill-2025.max-fine",
        offence:
          "Breaches of the 2025 private member's bill, e.g. deepfake labelling or 6-hour takedown (proposed)",
        citation: {
          instrument: "tr.deepfake-bill-2025",
          text: "Private member's AI bill (MHP, September 2025)",
          basis: "inferred",
          note: "Article not given in the source; proposed in the draft bill, not in force.",
        },
        amount: { kind: "fixed", max: { amountMinor: "1000000000", currency: "TRY" } },
        per: "violation",
        whoMayBeFined: "Persons and platforms subject to the bill (as proposed)",
        nonMonetary: ["Emergency powers for the BTK (as proposed)"],
        proposed: true,
        effectiveFrom: null,
        triggeredBy: [],
        confidence: "S",
        notes: [PROPOSED, "Fines up to TRY 10m."],
      },
    ],
    regulators: [
      {
        name: "AI supervisory authority (proposed)",
        role: "Would supervise AI systems and the high-risk register under the 2024 draft AI Law",
      },
      {
        name: "Information and Communication Technologies Authority (BTK)",
        role: "Would receive emergency powers under the 2025 private member's bill",
      },
    ],
    sources: [
      {
        title: "Turkish Law Blog: Review of Turkey's draft Artificial Intelligence Law",
        url: "https://turkishlawblog.com/insights/detail/review-of-turkeys-draft-artificial-intelligence-law",
        confidence: "S",
      },
      {
        title: "CMS Law-Now: New Turkish AI law on the horizon",
        url: "https://cms-lawnow.com/en/ealerts/2024/07/new-turkish-ai-law-on-the-horizon",
        confidence: "S",
      },
      {
        title: "Haberler: Turkey's first artificial intelligence law",
        url: "https://en.haberler.com/turkey-s-first-artificial-intelligence-law-has-19010279",
        confidence: "S",
      },
      {
        title: "White & Case, AI Watch: Global regulatory tracker – Turkey (slug inferred, unverified)",
        url: "https://www.whitecase.com/insight-our-thinking/ai-watch-global-regulatory-tracker-turkey",
        confidence: "M",
      },
    ],
    lastChecked: "2026-11-25",
  },
];
