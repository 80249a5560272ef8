import { z } from "zod";
import { KZ_OFFENDER_CATEGORIES } from "#vocabulary.ts";

export { KZ_OFFENDER_CATEGORIES };

/**
 * The catalogue's shape. Every entry is typed data validated by these schemas at build and test
 * time; the applicability engine (@airisk/domain) reads `Condition` trees, never prose.
 */

/** Confidence of a fact, as the research pack tags it: [P] primary text, [S] several secondary
 * sources, [S1] one secondary source, [M] background not re-verified. S1 and M show as "unverified". */
export const Confidence = z.enum(["P", "S", "S1", "M"]);
export type Confidence = z.infer<typeof Confidence>;
export const isUnverified = (c: Confidence): boolean => c === "S1" || c === "M";

const IsoDate = z.iso.date();

/** Jurisdiction codes of api.md: ISO 3166-1 alpha-2, EU, COE, OECD, G7, UN, AFU, US, US-XX, US-NYC. */
export const JurisdictionCode = z.string().regex(/^(?:[A-Z]{2}|EU|COE|OECD|G7|UN|AFU|US-[A-Z]{2,3})$/);

export const JurisdictionKind = z.enum([
  "country",
  "bloc",
  "international",
  "us_federal",
  "us_state",
  "us_city",
]);
export const Region = z.enum(["europe", "asia", "middle_east", "africa", "americas", "oceania", "global"]);

/** Where a jurisdiction stands on AI law overall. */
export const JurisdictionStatus = z.enum([
  "in_force", // a binding AI-specific law applies (possibly phased)
  "enacted", // adopted, not yet applying
  "draft", // a bill or draft before the legislature
  "sectoral", // no comprehensive AI law; binding sector or topic rules apply
  "soft_law", // guidelines, principles, strategies only
  "treaty", // an international convention
]);

export const InstrumentStatus = z.enum([
  "in_force",
  "phased",
  "enacted",
  "adopted",
  "draft",
  "proposed",
  "repealed",
  "withdrawn",
  "soft_law",
]);

/** Where a citation's authority comes from: the law itself, our reading of it, or our own policy. */
export const Basis = z.enum(["law", "inferred", "product_policy"]);
export type Basis = z.infer<typeof Basis>;

export const Citation = z.object({
  /** Id of the instrument in this jurisdiction's `instruments`. */
  instrument: z.string().min(1),
  /** As a reader cites it: "AI Law Art. 21(2), 21(3)", "Art. 99(3)". */
  text: z.string().min(1),
  basis: Basis,
  /** Why the basis is inferred or product policy (required for those). */
  note: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const DatedStep = z.object({ date: IsoDate, what: z.string().min(1), confidence: Confidence });

export const Instrument = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string().min(1),
  /** Official number, e.g. "No. 230-VIII", "Regulation (EU) 2024/1689". */
  number: z.string().optional(),
  status: InstrumentStatus,
  binding: z.boolean(),
  enacted: IsoDate.optional(),
  inForce: IsoDate.optional(),
  /** Phased application and other dated changes (used by the tracker's "upcoming" view). */
  timeline: z.array(DatedStep).default([]),
  summary: z.string().min(1),
  confidence: Confidence,
});
export type Instrument = z.infer<typeof Instrument>;

/** Profile facts of a system that conditions may test (api.md vocabulary). */
export const PROFILE_FLAGS = [
  "producesSyntheticOutputs",
  "producesCreativeOutputs",
  "makesDecisionsAboutPeople",
  "fullyAutomatedDecisions",
  "interactsWithPeople",
  "processesPersonalData",
  "processesBiometricData",
  "biometricAuthentication",
  "emotionRecognition",
  "trainsModels",
  "trainsOnThirdPartyWorks",
  "isSmartContract",
  "isCriticallyImportantObject",
  "seeksTrustedList",
  "isGeneralPurposeModel",
  "gpaiSystemicRisk",
  "usedInWorkplace",
  "publishesDeepfakes",
] as const;
export const ProfileFlag = z.enum(PROFILE_FLAGS);
export type ProfileFlag = z.infer<typeof ProfileFlag>;

export const SYSTEM_ROLES = [
  "owner",
  "holder",
  "user",
  "platform_operator",
  "provider",
  "deployer",
  "importer",
  "distributor",
  "authorised_representative",
] as const;
export const SystemRole = z.enum(SYSTEM_ROLES);
export type SystemRole = z.infer<typeof SystemRole>;

export const ImpactLevel = z.enum(["minimal", "medium", "high"]);
export const AutonomyLevel = z.enum(["low", "medium", "high"]);
/** EU AI Act risk tier of a system (GPAI models carry `isGeneralPurposeModel`). */
export const EuRiskTier = z.enum(["prohibited", "high_annex_iii", "high_annex_i", "limited", "minimal"]);
/** Organisation facts conditions may test. */
export const ORGANISATION_FLAGS = ["publicSector", "providesPublicServices"] as const;
export const OrganisationFlag = z.enum(ORGANISATION_FLAGS);

/**
 * When an obligation applies, as data. Leaves test one fact; `all`/`any`/`not` combine them.
 * `always` applies to every system in the jurisdiction (subject to the obligation's roles).
 */
export type Condition =
  | { always: true }
  | { flag: ProfileFlag }
  | { orgFlag: z.infer<typeof OrganisationFlag> }
  | { role: SystemRole[] }
  | { impact: Array<z.infer<typeof ImpactLevel>> }
  | { autonomy: Array<z.infer<typeof AutonomyLevel>> }
  | { euTier: Array<z.infer<typeof EuRiskTier>> }
  | { annexIIIArea: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ always: z.literal(true) }).strict(),
    z.object({ flag: ProfileFlag }).strict(),
    z.object({ orgFlag: OrganisationFlag }).strict(),
    z.object({ role: z.array(SystemRole).min(1) }).strict(),
    z.object({ impact: z.array(ImpactLevel).min(1) }).strict(),
    z.object({ autonomy: z.array(AutonomyLevel).min(1) }).strict(),
    z.object({ euTier: z.array(EuRiskTier).min(1) }).strict(),
    z.object({ annexIIIArea: z.array(z.string().min(1)).min(1) }).strict(),
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
  ]),
);

export const Obligation = z.object({
  /** Stable id, part of the API (kazakhstan.md ids for Kazakhstan): "kz.synthetic.labelling". */
  id: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/),
  title: z.string().min(1),
  /** What must be done, in our words. */
  summary: z.string().min(1),
  /** "Applies when", as a reader would say it; `condition` is the same rule as data. */
  appliesWhen: z.string().min(1),
  condition: Condition,
  citation: Citation,
  /** The date from which the obligation applies (the instrument's, or a later phase). */
  effectiveFrom: IsoDate,
  /** Further facts: "rules pending", "detailed rules adopted, not yet in force". */
  notes: z.array(z.string()).default([]),
  confidence: Confidence,
});
export type Obligation = z.infer<typeof Obligation>;

export const ProhibitedPractice = z.object({
  id: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/),
  text: z.string().min(1),
  citation: Citation,
  effectiveFrom: IsoDate,
  confidence: Confidence,
});

/** Money in the catalogue: integer minor units as a string, and an ISO 4217 currency. */
export const Money = z.object({
  amountMinor: z.string().regex(/^\d+$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof Money>;
/** A percentage as an exact decimal string ("7", "0.5"), never a float. */
export const Percent = z.string().regex(/^\d+(?:\.\d+)?$/);

export const PenaltyAmount = z.discriminatedUnion("kind", [
  /** A fixed maximum (or a fixed range). */
  z.object({ kind: z.literal("fixed"), min: Money.optional(), max: Money }),
  /** A fixed cap or a share of worldwide annual turnover; `rule` picks the higher or lower. */
  z.object({
    kind: z.literal("fixed_or_turnover"),
    fixed: Money,
    percent: Percent,
    rule: z.enum(["higher", "lower"]),
    /** For SMEs / start-ups the other rule may apply (EU Art. 99(6): the lower). */
    smeRule: z.enum(["higher", "lower"]).optional(),
  }),
  /** Multiples of an index (Kazakhstan's MCI) by offender category (CoAO), first and repeat offence. */
  z.object({
    kind: z.literal("index"),
    index: z.literal("KZ_MCI"),
    byCategory: z.record(
      z.enum(KZ_OFFENDER_CATEGORIES),
      z.object({ first: z.number().int().positive(), repeat: z.number().int().positive() }),
    ),
    /** What "repeat" means, as the law or our reading says. */
    repeatWindow: z.string().min(1),
  }),
]);
export type PenaltyAmount = z.infer<typeof PenaltyAmount>;

export const PenaltyRule = z.object({
  /** Stable id, part of the API: "kz.coao.641-1.synthetic", "eu.ai-act.99-3". */
  id: z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/),
  offence: z.string().min(1),
  citation: Citation,
  amount: PenaltyAmount,
  /** Each violation, each day, each affected person… */
  per: z.enum(["violation", "day", "person", "system"]),
  whoMayBeFined: z.string().min(1),
  /** Suspension, prohibition, injunctions… shown beside the amount. */
  nonMonetary: z.array(z.string()).default([]),
  /**
   * Proposed in a bill, not law: catalogued for the tracker and planning, never counted as
   * exposure. A proposed rule has no effective date (`null`); a rule in law always has one.
   */
  proposed: z.boolean().default(false),
  effectiveFrom: IsoDate.nullable(),
  /** Obligations whose gap can trigger this rule (exposure drills down through them). */
  triggeredBy: z.array(z.string()).default([]),
  confidence: Confidence,
  notes: z.array(z.string()).default([]),
});
export type PenaltyRule = z.infer<typeof PenaltyRule>;

export const Regulator = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  citation: z.string().optional(),
});

export const Source = z.object({
  title: z.string().min(1),
  url: z.url().optional(),
  confidence: Confidence,
});

export const RiskCategory = z.object({
  name: z.string().min(1),
  description: z.string().min(1),
  citation: z.string().optional(),
});

export const Jurisdiction = z
  .object({
    code: JurisdictionCode,
    name: z.string().min(1),
    kind: JurisdictionKind,
    region: Region,
    status: JurisdictionStatus,
    /** True when binding AI-specific rules apply now or are enacted; false for soft law / drafts. */
    binding: z.boolean(),
    /** Still being built out: subordinate acts pending, frequent change. */
    evolving: z.boolean().default(false),
    summary: z.string().min(1),
    definitionOfAI: z.object({ text: z.string().min(1), citation: z.string().optional() }).optional(),
    scope: z.string().optional(),
    instruments: z.array(Instrument).min(1),
    riskCategories: z.array(RiskCategory).default([]),
    prohibitedPractices: z.array(ProhibitedPractice).default([]),
    /** True when the list above is introduced with "including": screening offers "other". */
    prohibitedListOpen: z.boolean().default(false),
    obligations: z.array(Obligation).default([]),
    penalties: z.array(PenaltyRule).default([]),
    regulators: z.array(Regulator).default([]),
    sources: z.array(Source).min(1),
    /** The US states and cities of the federal entry, the EU members of the EU… */
    parent: JurisdictionCode.optional(),
    lastChecked: IsoDate,
  })
  .superRefine((j, ctx) => {
    const instrumentIds = new Set(j.instruments.map((i) => i.id));
    const cited = [
      ...j.obligations.map((o) => ({ where: `obligation ${o.id}`, c: o.citation })),
      ...j.prohibitedPractices.map((p) => ({ where: `prohibited practice ${p.id}`, c: p.citation })),
      ...j.penalties.map((p) => ({ where: `penalty ${p.id}`, c: p.citation })),
    ];
    for (const { where, c } of cited) {
      if (!instrumentIds.has(c.instrument)) {
        ctx.addIssue({ code: "custom", message: `${where} cites unknown instrument "${c.instrument}"` });
      }
      if (c.basis !== "law" && !c.note) {
        ctx.addIssue({ code: "custom", message: `${where} is ${c.basis} but says not why (citation.note)` });
      }
    }
    for (const p of j.penalties) {
      if (p.proposed !== (p.effectiveFrom === null)) {
        ctx.addIssue({
          code: "custom",
          message: `penalty ${p.id}: a proposed rule has no effective date, and a rule in law must have one`,
        });
      }
    }
    const obligationIds = new Set(j.obligations.map((o) => o.id));
    for (const p of j.penalties) {
      for (const t of p.triggeredBy) {
        if (!obligationIds.has(t))
          ctx.addIssue({ code: "custom", message: `penalty ${p.id} names unknown obligation ${t}` });
      }
    }
  });
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type JurisdictionInput = z.input<typeof Jurisdiction>;

/** Kazakhstan's monthly calculation index by year, and default exchange rates, with their sources. */
export const IndexValue = z.object({
  index: z.literal("KZ_MCI"),
  year: z.number().int(),
  value: Money,
  citation: z.string().min(1),
  confidence: Confidence,
});
export const ExchangeRate = z.object({
  /** Units of `quote` per one `base` as an exact decimal string. */
  base: z.string().regex(/^[A-Z]{3}$/),
  quote: z.string().regex(/^[A-Z]{3}$/),
  rate: Percent,
  asOf: IsoDate,
  citation: z.string().min(1),
  confidence: Confidence,
});
