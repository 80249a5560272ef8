import type { Basis, Citation, Jurisdiction, PenaltyRule } from "@airisk/regulations/schema";
import type { KzOffenderCategory } from "@airisk/regulations/vocabulary";
import { formatISO, isValid, parseISO, subYears } from "date-fns";
import {
  evaluateApplicability,
  type OrganisationFacts,
  reachingJurisdictions,
  type SystemFacts,
  type Verdict,
} from "#applicability.ts";
import { ValidationError } from "#errors.ts";
import {
  compareMoney,
  convertMoney,
  formatMoney,
  type Money,
  maxMoney,
  minMoney,
  multiplyMoney,
  parseDecimal,
  percentOf,
  roundToWholeUnits,
  sumMoney,
} from "#money.ts";

/**
 * The penalty-exposure engine (penalties.md): if a regulator looked at date `asOf`, what could
 * each AI system cost, under which rule, and why. Every figure is a sum of line items; every line
 * names its rule, citation, offence, inputs (offender category, first/repeat, index value,
 * turnover, rate and their dates), the obligation gap or lapse that triggered it, and each
 * assumption with its basis (law / inferred / product policy). Pure: the catalogue, the index
 * values, the rates and the date come in as arguments; money is BigInt minor units throughout.
 */

export type ObligationStatus = "met" | "gap" | "not_applicable";

export type ExposureSystem = SystemFacts & {
  id: string;
  name: string;
  /** Dotted lifecycle state: "retired" → no exposure; "suspended" → lines flagged. */
  state: string;
  /** YYYY-MM-DD; a date before `asOf` means the review has lapsed (overdue) by then. */
  nextReviewAt: string | null;
  /** Recorded obligation statuses (obligations.setStatus). An applicable obligation with no
   * status counts as a gap (the figure is a maximum), and the line says so. */
  obligationStatuses?: Partial<Record<string, ObligationStatus>>;
  /** An open risk scores above the tolerance and has no mitigation (a lapse, penalties.md). */
  unmitigatedRiskAboveTolerance?: boolean;
  /** A prohibited practice is flagged (the lifecycle suspends the system at once). */
  prohibitedPracticeFlagged?: boolean;
};

/**
 * A recorded offence or regulator finding. Every finding drives "repeat within a year" for the
 * organisation; an `open` one is also a line item of its own (a committed offence not yet settled),
 * valued at its own date.
 */
export type ExposureFinding = { systemId: string; offence: string; occurredAt: string; open?: boolean };

export type ExposureOrganisation = {
  kzOffenderCategory?: KzOffenderCategory | undefined;
  euSme?: boolean | undefined;
  /** Up to 750 staff / EUR 150m turnover; only read when `options.euSmallMidCapLowerOf` is on. */
  euSmallMidCap?: boolean | undefined;
  /** Worldwide annual turnover of the preceding financial year. */
  annualTurnover?: Money | undefined;
  flags?: OrganisationFacts["flags"] | undefined;
};

/** Kazakhstan's MCI for a year (the catalogue's `mciValues`, or a tenant's override). */
export type IndexValueInput = { index: "KZ_MCI"; year: number; value: Money; citation?: string };

/** Units of `quote` per one `base`, as an exact decimal string, dated (the catalogue's shape). */
export type ExchangeRateInput = {
  base: string;
  quote: string;
  rate: string;
  asOf: string;
  citation?: string;
};

export type ExposureOptions = {
  /** Apply the EU "whichever is lower" rule to small mid-caps too. Unverified whether the Digital
   * Omnibus did so (penalties.md): a per-tenant option, off by default. */
  euSmallMidCapLowerOf?: boolean;
};

export type ExposureInput = {
  /** YYYY-MM-DD: past, today or future. */
  asOf: string;
  organisation: ExposureOrganisation;
  systems: readonly ExposureSystem[];
  findings: readonly ExposureFinding[];
  catalogue: readonly Jurisdiction[];
  mciValues: readonly IndexValueInput[];
  /** Dated rates; the latest on or before `asOf` is used for each pair (either direction). On
   * equal dates the later entry wins: put tenant overrides after the catalogue defaults. */
  rates: readonly ExchangeRateInput[];
  reportingCurrency: string;
  options?: ExposureOptions;
};

export type Assumption = { text: string; basis: Basis };

export type ConvertedAmount = {
  /** Exact to the minor unit, rounded half up once. */
  amount: Money;
  /** Rounded half up to whole major units, as the seed's approximate figures are (US$ 129.75 → 130). */
  wholeUnits: Money;
  rate: string;
  base: string;
  quote: string;
  rateDate: string;
  rateSource?: string;
  caveat: string;
};

export type ExposureLine = {
  /** `${systemId}|${ruleId}` for a gap, `${systemId}|${ruleId}|${occurredAt}` for an open finding. */
  id: string;
  source: "obligation_gap" | "recorded_offence";
  systemId: string;
  systemName: string;
  jurisdiction: string;
  /** Deployed codes through which a parent's law reaches the system (ES → EU). */
  reachedThrough: string[];
  ruleId: string;
  offence: string;
  citation: Citation;
  confidence: PenaltyRule["confidence"];
  /** Confidence S1 or M: shown as "unverified". */
  unverified: boolean;
  per: PenaltyRule["per"];
  /** The obligations whose gap (or lapse) triggered the line. */
  obligations: Array<{
    id: string;
    title: string;
    status: "gap" | "unassessed" | "lapsed";
    citation: Citation;
  }>;
  /** Further facts that triggered it (review overdue, risk above tolerance…). */
  grounds: string[];
  firstOrRepeat: "first" | "repeat";
  /** The recorded offence that makes this a repeat. */
  priorOffence?: { systemId: string; occurredAt: string };
  /** The date the amount is valued at: `asOf`, or the offence date of a recorded offence. */
  valuedAt: string;
  /** In the rule's currency. */
  amount: Money;
  /** In the reporting currency, when the rule's currency differs and a rate was on file. */
  converted?: ConvertedAmount;
  inputs: Record<string, string>;
  assumptions: Assumption[];
  /** Non-monetary consequences beside the amount (a repeat → suspension or prohibition). */
  consequences: string[];
  suspendedSystem: boolean;
  /** False for an alternative tier of the same conduct whose higher sibling is counted. */
  counted: boolean;
  notCountedReason?: string;
};

export type ExposureTotal = {
  total: Money;
  lines: number;
  /** Counted lines left out of `total` for want of an exchange rate. */
  unconverted: number;
};

export type ExposureResult = {
  asOf: string;
  currency: string;
  /** Counted lines in the reporting currency; lines without a rate are left out (see warnings). */
  total: Money;
  /** False when some counted line could not be converted. */
  complete: boolean;
  byJurisdiction: Array<
    ExposureTotal & { jurisdiction: string; name: string; first: number; repeat: number }
  >;
  bySystem: Array<
    ExposureTotal & {
      systemId: string;
      systemName: string;
      state: string;
      retired: boolean;
      suspended: boolean;
      reviewOverdue: boolean;
    }
  >;
  byOffence: Array<ExposureTotal & { ruleId: string; jurisdiction: string; first: number; repeat: number }>;
  /** A line triggered by several obligations counts under each: these do not add up to `total`. */
  byObligation: Array<ExposureTotal & { obligationId: string; jurisdiction: string }>;
  lines: ExposureLine[];
  /** Jurisdictions reaching a system with no fine in force: soft law, drafts, not yet in force. */
  noMonetaryExposure: Array<{ jurisdiction: string; name: string; status: string; reason: string }>;
  /** Systems facing a non-monetary consequence (suspension or prohibition of their activity…). */
  nonMonetary: Array<{ systemId: string; systemName: string; ruleId: string; consequence: string }>;
  suspendedSystems: Array<{ systemId: string; systemName: string }>;
  overdueReviews: Array<{ systemId: string; systemName: string; nextReviewAt: string }>;
  warnings: string[];
};

export const KZ_HIGH_RISK_OFFENCE = "kz.coao.641-1.high-risk";
const KZ_OWNER_ROLES = ["owner", "holder"] as const;
export const CONVERSION_CAVEAT =
  "Approximate and indicative only: converted at the stated rate of the stated date.";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = (d: Date): string => formatISO(d, { representation: "date" });

function assertDay(field: string, value: string): void {
  if (!ISO_DAY.test(value) || !isValid(parseISO(value)) || isoDay(parseISO(value)) !== value) {
    throw new ValidationError(field, `must be a date YYYY-MM-DD, got "${value}"`);
  }
}

/**
 * The first day of the repeat window ending at `day`: `day` minus one calendar year (penalties.md),
 * so a window always spans a whole calendar year, leap day or not (2028-03-01 → 2027-03-01, 366
 * days). From a leap day it starts on 28 February (2028-02-29 → 2027-02-28), as date-fns clamps.
 */
export function repeatWindowStart(day: string): string {
  return isoDay(subYears(parseISO(day), 1));
}

/**
 * First or repeat at `day`: repeat when the organisation has a recorded offence of the same kind
 * dated on or after `day` minus one year and before `day` (an offence dated `day` itself is not
 * "before" it).
 */
export function classifyOffence(
  offence: string,
  day: string,
  findings: readonly ExposureFinding[],
): { firstOrRepeat: "first" | "repeat"; prior?: ExposureFinding } {
  const from = repeatWindowStart(day);
  const prior = findings
    .filter((f) => f.offence === offence && f.occurredAt >= from && f.occurredAt < day)
    .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))[0];
  return prior ? { firstOrRepeat: "repeat", prior } : { firstOrRepeat: "first" };
}

/** The latest rate on or before `day` between two currencies, in either direction. */
export function findRate(
  rates: readonly ExchangeRateInput[],
  from: string,
  to: string,
  day: string,
): ExchangeRateInput | undefined {
  let best: ExchangeRateInput | undefined;
  for (const r of rates) {
    const pair = (r.base === from && r.quote === to) || (r.base === to && r.quote === from);
    if (!pair || r.asOf > day || parseDecimal(r.rate).digits === 0n) continue;
    if (!best || r.asOf >= best.asOf) best = r;
  }
  return best;
}

/** A lapse of the risk process of a high-impact system (penalties.md), as reasons; empty if none. */
export function riskProcessLapses(system: ExposureSystem, asOf: string): string[] {
  const grounds: string[] = [];
  if (system.nextReviewAt !== null && system.nextReviewAt < asOf) {
    grounds.push(`review overdue: the next review was due on ${system.nextReviewAt}`);
  }
  if (system.unmitigatedRiskAboveTolerance) {
    grounds.push("a risk above the tolerance is not mitigated");
  }
  if (system.prohibitedPracticeFlagged && !isSuspended(system)) {
    grounds.push("operating while a prohibited practice is flagged");
  }
  return grounds;
}

const isSuspended = (s: { state: string }): boolean =>
  s.state === "suspended" || s.state.startsWith("suspended.");
const isRetired = (s: { state: string }): boolean => s.state === "retired" || s.state.startsWith("retired.");

type Amounted = { amount: Money; inputs: Record<string, string>; assumptions: Assumption[] };

type Context = {
  input: ExposureInput;
  warnings: Set<string>;
};

function inForce(rule: PenaltyRule, day: string): boolean {
  return !rule.proposed && rule.effectiveFrom !== null && rule.effectiveFrom <= day;
}

/** The MCI of the year of `day`; a missing year falls back to the latest earlier one, with a warning. */
function mciFor(ctx: Context, day: string): { value: IndexValueInput; assumption?: Assumption } | undefined {
  const year = Number(day.slice(0, 4));
  const values = ctx.input.mciValues.filter((v) => v.index === "KZ_MCI");
  const exact = values.filter((v) => v.year === year).at(-1);
  if (exact) return { value: exact };
  const earlier = values
    .filter((v) => v.year < year)
    .sort((a, b) => a.year - b.year)
    .at(-1);
  if (!earlier) {
    ctx.warnings.add(
      `No MCI value on file for ${year} or earlier: Kazakhstan fines at ${day} cannot be computed.`,
    );
    return undefined;
  }
  ctx.warnings.add(
    `No MCI value on file for ${year}: the ${earlier.year} value (${formatMoney(earlier.value)}) is used; add the ${year} value.`,
  );
  return {
    value: earlier,
    assumption: {
      text: `The MCI for ${year} is not on file; the ${earlier.year} value is used until it is added.`,
      basis: "inferred",
    },
  };
}

function amountFor(
  ctx: Context,
  rule: PenaltyRule,
  jurisdiction: string,
  valuedAt: string,
  firstOrRepeat: "first" | "repeat",
): Amounted | undefined {
  const a = rule.amount;
  const assumptions: Assumption[] = [];
  if (rule.per !== "violation") {
    assumptions.push({
      text: `The rule fines per ${rule.per}: one ${rule.per} is counted.`,
      basis: "product_policy",
    });
  }
  if (a.kind === "fixed") {
    const inputs: Record<string, string> = { maximum: formatMoney(a.max) };
    if (a.min) inputs.minimum = formatMoney(a.min);
    if (a.min && compareMoney(a.min, a.max) !== 0) {
      assumptions.push({
        text: `The law sets a range (${formatMoney(a.min)} to ${formatMoney(a.max)}); exposure shows the maximum.`,
        basis: "product_policy",
      });
    }
    return { amount: a.max, inputs, assumptions };
  }
  if (a.kind === "index") {
    const org = ctx.input.organisation;
    let category = org.kzOffenderCategory;
    if (!category) {
      category = "large";
      ctx.warnings.add(
        "The organisation's Kazakhstan offender category is not set: the large-business figures (the highest) are shown.",
      );
      assumptions.push({
        text: "Offender category not set on the organisation profile: the large-business count (the highest) is used.",
        basis: "product_policy",
      });
    }
    const counts = a.byCategory[category];
    if (!counts) {
      ctx.warnings.add(`${rule.id} has no MCI count for the offender category ${category}.`);
      return undefined;
    }
    const mci = mciFor(ctx, valuedAt);
    if (!mci) return undefined;
    const count = counts[firstOrRepeat];
    if (mci.assumption) assumptions.push(mci.assumption);
    assumptions.push(
      {
        text:
          `"Repeat within one year" = a recorded offence of the same kind by the organisation dated from ` +
          `${repeatWindowStart(valuedAt)} (${valuedAt} minus one calendar year) to the day before ${valuedAt}; ` +
          "the seed is silent on how the year is counted.",
        basis: "inferred",
      },
      {
        text: `The MCI used is the one in force in the year of ${valuedAt} (${mci.value.year}); the seed is silent.`,
        basis: "inferred",
      },
    );
    return {
      amount: multiplyMoney(mci.value.value, count),
      inputs: {
        offenderCategory: category,
        firstOrRepeat,
        mciCount: String(count),
        mciYear: String(mci.value.year),
        mciValue: formatMoney(mci.value.value),
        ...(mci.value.citation ? { mciSource: mci.value.citation } : {}),
      },
      assumptions,
    };
  }
  // fixed_or_turnover
  const org = ctx.input.organisation;
  let rule_ = a.rule;
  let ruleWhy = `whichever is ${a.rule} (${rule.citation.text})`;
  if (a.smeRule && org.euSme === true) {
    rule_ = a.smeRule;
    ruleWhy = `whichever is ${a.smeRule}: the organisation is an SME or start-up (${rule.citation.text})`;
  } else if (
    a.smeRule &&
    jurisdiction === "EU" &&
    ctx.input.options?.euSmallMidCapLowerOf === true &&
    org.euSmallMidCap === true
  ) {
    rule_ = a.smeRule;
    ruleWhy = `whichever is ${a.smeRule}: small mid-cap relief (tenant option)`;
    assumptions.push({
      text:
        "Unverified: whether the Digital Omnibus (Regulation (EU) 2026/1744) extended the Art. 99(6) " +
        '"whichever is lower" rule to small mid-caps; applied because the tenant turned the option on.',
      basis: "inferred",
    });
  }
  const inputs: Record<string, string> = {
    fixedCap: formatMoney(a.fixed),
    percent: `${a.percent} %`,
    rule: ruleWhy,
  };
  const turnover = turnoverIn(ctx, a.fixed.currency, inputs, assumptions);
  if (!turnover) {
    assumptions.push({
      text:
        rule_ === "higher"
          ? "Annual turnover unknown: the fixed cap is shown; the turnover-based cap may be higher."
          : "Annual turnover unknown: the fixed cap is shown as the upper bound of the lower of the two.",
      basis: "inferred",
    });
    return { amount: a.fixed, inputs, assumptions };
  }
  const share = percentOf(turnover, a.percent);
  inputs.percentOfTurnover = formatMoney(share);
  assumptions.push({
    text:
      "The turnover on the organisation profile is taken as the total worldwide annual turnover of the " +
      "preceding financial year.",
    basis: "inferred",
  });
  const amount = rule_ === "higher" ? maxMoney(a.fixed, share) : minMoney(a.fixed, share);
  const order = compareMoney(share, a.fixed);
  inputs.applied =
    order === 0
      ? "fixed cap (equal to the percentage of turnover)"
      : (rule_ === "higher") === order > 0
        ? "percentage of turnover"
        : "fixed cap";
  return { amount, inputs, assumptions };
}

/** The organisation's turnover in `currency`, converted at the dated rate when needed. */
function turnoverIn(
  ctx: Context,
  currency: string,
  inputs: Record<string, string>,
  assumptions: Assumption[],
): Money | undefined {
  const turnover = ctx.input.organisation.annualTurnover;
  if (!turnover) {
    ctx.warnings.add("Annual turnover is not set: turnover-based caps show the fixed amount only.");
    return undefined;
  }
  inputs.annualTurnover = formatMoney(turnover);
  if (turnover.currency === currency) return turnover;
  const rate = findRate(ctx.input.rates, turnover.currency, currency, ctx.input.asOf);
  if (!rate) {
    ctx.warnings.add(
      `No ${turnover.currency}/${currency} exchange rate on or before ${ctx.input.asOf}: turnover-based caps in ${currency} show the fixed amount only.`,
    );
    return undefined;
  }
  const converted = convertMoney(turnover, rate, currency);
  inputs.annualTurnoverConverted = `${formatMoney(converted)} at ${rate.rate} ${rate.quote}/${rate.base} of ${rate.asOf}`;
  assumptions.push({
    text: `Turnover converted to ${currency} at ${rate.rate} ${rate.quote} per ${rate.base} (rate of ${rate.asOf}).`,
    basis: "product_policy",
  });
  return converted;
}

function convertLine(ctx: Context, amount: Money): ConvertedAmount | undefined {
  const to = ctx.input.reportingCurrency;
  if (amount.currency === to) return undefined;
  const rate = findRate(ctx.input.rates, amount.currency, to, ctx.input.asOf);
  if (!rate) {
    ctx.warnings.add(
      `No ${amount.currency}/${to} exchange rate on or before ${ctx.input.asOf}: ${amount.currency} lines are left out of the ${to} total.`,
    );
    return undefined;
  }
  const converted = convertMoney(amount, rate, to);
  return {
    amount: converted,
    wholeUnits: roundToWholeUnits(converted),
    rate: rate.rate,
    base: rate.base,
    quote: rate.quote,
    rateDate: rate.asOf,
    ...(rate.citation ? { rateSource: rate.citation } : {}),
    caveat: CONVERSION_CAVEAT,
  };
}

/** The offence-specific assumptions penalties.md requires beside the amount. */
function offenceAssumptions(rule: PenaltyRule, system: ExposureSystem): Assumption[] {
  const out: Assumption[] = [];
  if (rule.id === "kz.coao.641-1.synthetic") {
    out.push({
      text:
        "Exposure is potential: the offence concerns synthetic outputs that may mislead users, shown where the " +
        "machine-readable label and the perceptible warning (AI Law 21(2)-(3)) are not met.",
      basis: "law",
    });
  }
  if (rule.citation.instrument === "kz.coao" && rule.effectiveFrom !== null) {
    out.push({
      text:
        `CoAO Art. 641-1 is treated as applying from the AI Law's entry into force (${rule.effectiveFrom}): ` +
        "the seed gives no status or date for it (verify).",
      basis: "inferred",
    });
  }
  if (rule.id === KZ_HIGH_RISK_OFFENCE) {
    out.push(
      {
        text:
          "Exposure is potential: the law also requires a consequence (harm to health or wellbeing, prohibited " +
          "or false information, discrimination or a violation of human rights), and only where the conduct is " +
          "not a criminal offence.",
        basis: "law",
      },
      {
        text:
          "A lapsed risk process (review overdue, a risk above tolerance unmitigated, or operating while a " +
          "prohibited practice is flagged) is read as failing to manage the risks of a high-risk system.",
        basis: "inferred",
      },
    );
  }
  if (rule.citation.basis !== "law" && rule.citation.note) {
    out.push({ text: rule.citation.note, basis: rule.citation.basis });
  }
  if (system.state === "draft" || system.state.startsWith("riskProcess")) {
    out.push({
      text:
        `The system is in ${system.state}: the register does not say whether it is already in use; ` +
        "exposure assumes it may be.",
      basis: "inferred",
    });
  }
  if (isSuspended(system)) {
    out.push({
      text:
        "The system is suspended and counts as not operating; the line stands for the obligation gap that " +
        "remains, not for continued operation.",
      basis: "product_policy",
    });
  }
  return out;
}

/** Consequences shown beside the amount. For MCI rules (first/repeat) the catalogue's non-monetary
 * consequences are those of a repeat offence (CoAO 641-1: suspension or prohibition). */
function consequencesFor(rule: PenaltyRule, firstOrRepeat: "first" | "repeat"): string[] {
  if (rule.amount.kind === "index" && firstOrRepeat === "first") return [];
  return rule.nonMonetary;
}

type Build = {
  rule: PenaltyRule;
  jurisdiction: string;
  reachedThrough: string[];
  system: ExposureSystem;
  source: ExposureLine["source"];
  valuedAt: string;
  obligations: ExposureLine["obligations"];
  grounds: string[];
  extraAssumptions: Assumption[];
  excludeFinding?: ExposureFinding;
};

function buildLine(ctx: Context, b: Build): ExposureLine | undefined {
  const { rule, system } = b;
  const history = b.excludeFinding
    ? ctx.input.findings.filter((f) => f !== b.excludeFinding)
    : ctx.input.findings;
  const { firstOrRepeat, prior } = classifyOffence(rule.id, b.valuedAt, history);
  const priced = amountFor(ctx, rule, b.jurisdiction, b.valuedAt, firstOrRepeat);
  if (!priced) return undefined;
  const converted = convertLine(ctx, priced.amount);
  return {
    id: b.source === "obligation_gap" ? `${system.id}|${rule.id}` : `${system.id}|${rule.id}|${b.valuedAt}`,
    source: b.source,
    systemId: system.id,
    systemName: system.name,
    jurisdiction: b.jurisdiction,
    reachedThrough: b.reachedThrough,
    ruleId: rule.id,
    offence: rule.offence,
    citation: rule.citation,
    confidence: rule.confidence,
    unverified: rule.confidence === "S1" || rule.confidence === "M",
    per: rule.per,
    obligations: b.obligations,
    grounds: b.grounds,
    firstOrRepeat,
    ...(prior ? { priorOffence: { systemId: prior.systemId, occurredAt: prior.occurredAt } } : {}),
    valuedAt: b.valuedAt,
    amount: priced.amount,
    ...(converted ? { converted } : {}),
    inputs: priced.inputs,
    assumptions: [...b.extraAssumptions, ...priced.assumptions, ...offenceAssumptions(rule, system)],
    consequences: consequencesFor(rule, firstOrRepeat),
    suspendedSystem: isSuspended(system),
    counted: true,
  };
}

/** Lines for the obligation gaps (and lapses) of one system in one reaching jurisdiction. */
function gapLines(
  ctx: Context,
  system: ExposureSystem,
  jurisdiction: Jurisdiction,
  through: string[],
  applicable: Map<string, Verdict>,
): ExposureLine[] {
  const asOf = ctx.input.asOf;
  const out: ExposureLine[] = [];
  for (const rule of jurisdiction.penalties) {
    if (!inForce(rule, asOf) || rule.triggeredBy.length === 0) continue;
    const triggers = rule.triggeredBy.flatMap((id) => {
      const v = applicable.get(id);
      return v ? [v] : [];
    });
    if (triggers.length === 0) continue;
    const extraAssumptions: Assumption[] = [];
    let grounds: string[] = [];
    let obligations: ExposureLine["obligations"];
    if (jurisdiction.code === "KZ" && rule.amount.kind === "index") {
      // CoAO 641-1 fines the owner or holder of the system (kazakhstan.md).
      if (!system.roles.some((r) => (KZ_OWNER_ROLES as readonly string[]).includes(r))) continue;
    }
    if (rule.id === KZ_HIGH_RISK_OFFENCE) {
      if (system.impactLevel !== "high") continue;
      grounds = riskProcessLapses(system, asOf);
      if (grounds.length === 0) continue;
      grounds.unshift("impact on safety is high");
      obligations = triggers.map((v) => ({
        id: v.obligationId,
        title: v.title,
        status: "lapsed" as const,
        citation: v.citation,
      }));
      if (system.nextReviewAt !== null && system.nextReviewAt < asOf) {
        extraAssumptions.push({
          text:
            `Review overdue is read from the stored next review date (${system.nextReviewAt}): a review ` +
            `completed before ${asOf} would clear it.`,
          basis: "inferred",
        });
      }
    } else {
      obligations = triggers.flatMap((v) => {
        const status = system.obligationStatuses?.[v.obligationId];
        if (status === "met" || status === "not_applicable") return [];
        return [
          {
            id: v.obligationId,
            title: v.title,
            status: status === "gap" ? ("gap" as const) : ("unassessed" as const),
            citation: v.citation,
          },
        ];
      });
      if (obligations.length === 0) continue;
      const unassessed = obligations.filter((o) => o.status === "unassessed").map((o) => o.id);
      if (unassessed.length > 0) {
        extraAssumptions.push({
          text: `No status recorded for ${unassessed.join(", ")}: counted as a gap (exposure is a maximum).`,
          basis: "product_policy",
        });
      }
    }
    const line = buildLine(ctx, {
      rule,
      jurisdiction: jurisdiction.code,
      reachedThrough: through,
      system,
      source: "obligation_gap",
      valuedAt: asOf,
      obligations,
      grounds,
      extraAssumptions,
    });
    if (line) out.push(line);
  }
  return markAlternatives(out, jurisdiction);
}

/**
 * Rules of one jurisdiction triggered by the very same obligations are alternative tiers for the
 * same conduct (first/subsequent, curable/uncurable, general/serious): only the highest counts,
 * the others stay visible. Compared in the rule's currency; different currencies are all counted.
 */
function markAlternatives(lines: ExposureLine[], jurisdiction: Jurisdiction): ExposureLine[] {
  const keyOf = (ruleId: string): string =>
    [...(jurisdiction.penalties.find((p) => p.id === ruleId)?.triggeredBy ?? [])].sort().join(",");
  const groups = new Map<string, ExposureLine[]>();
  for (const l of lines) {
    const key = `${keyOf(l.ruleId)}|${l.amount.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const best = group.reduce((a, b) => (compareMoney(b.amount, a.amount) > 0 ? b : a));
    for (const l of group) {
      if (l === best) continue;
      l.counted = false;
      l.notCountedReason =
        `An alternative to ${best.ruleId} for the same conduct (same triggering obligations): only the ` +
        "highest tier is counted.";
      l.assumptions.push({
        text: "Rules triggered by the same obligations are alternatives: only the highest is counted.",
        basis: "product_policy",
      });
    }
  }
  return lines;
}

/** Lines for open findings (recorded offences not yet settled), valued at their own dates. */
function findingLines(
  ctx: Context,
  system: ExposureSystem,
  rules: Map<string, { rule: PenaltyRule; jurisdiction: Jurisdiction }>,
  reaching: Map<string, string[]>,
): ExposureLine[] {
  const out: ExposureLine[] = [];
  for (const f of ctx.input.findings) {
    if (f.systemId !== system.id || f.open !== true || f.occurredAt > ctx.input.asOf) continue;
    const found = rules.get(f.offence);
    if (!found) continue; // warned about once in computeExposure
    const { rule, jurisdiction } = found;
    if (!inForce(rule, f.occurredAt)) {
      ctx.warnings.add(
        `Finding ${f.offence} of ${f.occurredAt} on system ${system.id}: the rule was not in force on that date; not counted.`,
      );
      continue;
    }
    const through = reaching.get(jurisdiction.code);
    if (!through) {
      ctx.warnings.add(
        `Finding ${f.offence} on system ${system.id}: the system is not deployed where ${jurisdiction.code} law reaches; counted as recorded.`,
      );
    }
    const line = buildLine(ctx, {
      rule,
      jurisdiction: jurisdiction.code,
      reachedThrough: through ?? [],
      system,
      source: "recorded_offence",
      valuedAt: f.occurredAt,
      obligations: [],
      grounds: [`offence recorded on ${f.occurredAt} and still open`],
      extraAssumptions: [
        {
          text: "An open recorded offence is exposure until it is settled; it is valued at its own date.",
          basis: "product_policy",
        },
      ],
      excludeFinding: f,
    });
    if (line) out.push(line);
  }
  return out;
}

function noExposureReason(j: Jurisdiction, asOf: string): string | undefined {
  if (j.penalties.some((p) => inForce(p, asOf))) return undefined;
  const pending = j.penalties
    .filter((p) => !p.proposed && p.effectiveFrom !== null)
    .map((p) => p.effectiveFrom as string)
    .sort()[0];
  if (pending) return `no monetary exposure yet: its fines apply from ${pending}`;
  if (j.penalties.length > 0) return "no monetary exposure: fines are only proposed (draft), never counted";
  if (j.status === "soft_law") return "no monetary exposure (soft law)";
  if (j.status === "treaty")
    return "no monetary exposure (a treaty binding on states; no fines on organisations)";
  if (j.status === "draft") return "no monetary exposure (draft law; no fines in force)";
  return "no monetary exposure: no penalty schedule in the catalogue";
}

/** What a line adds to totals in the reporting currency, or undefined without a rate. */
function reportingAmount(line: ExposureLine, currency: string): Money | undefined {
  if (line.amount.currency === currency) return line.amount;
  return line.converted?.amount;
}

function totalOf(lines: readonly ExposureLine[], currency: string): ExposureTotal {
  const counted = lines.filter((l) => l.counted);
  const amounts = counted.flatMap((l) => {
    const m = reportingAmount(l, currency);
    return m ? [m] : [];
  });
  return {
    total: sumMoney(amounts, currency),
    lines: lines.length,
    unconverted: counted.length - amounts.length,
  };
}

function groupBy<K>(lines: readonly ExposureLine[], key: (l: ExposureLine) => K[]): Map<K, ExposureLine[]> {
  const out = new Map<K, ExposureLine[]>();
  for (const l of lines) for (const k of key(l)) out.set(k, [...(out.get(k) ?? []), l]);
  return out;
}

export function computeExposure(input: ExposureInput): ExposureResult {
  assertDay("asOf", input.asOf);
  const ctx: Context = { input, warnings: new Set() };
  const currency = input.reportingCurrency;
  const asOf = input.asOf;

  const rules = new Map<string, { rule: PenaltyRule; jurisdiction: Jurisdiction }>();
  for (const j of input.catalogue)
    for (const rule of j.penalties) rules.set(rule.id, { rule, jurisdiction: j });
  for (const f of input.findings) {
    assertDay("findings.occurredAt", f.occurredAt);
    if (!rules.has(f.offence)) ctx.warnings.add(`Finding of unknown offence "${f.offence}" ignored.`);
  }
  const known = new Set(input.catalogue.map((j) => j.code));

  const lines: ExposureLine[] = [];
  const reached = new Map<string, Jurisdiction>();
  const bySystemMeta: ExposureResult["bySystem"] = [];
  const suspendedSystems: ExposureResult["suspendedSystems"] = [];
  const overdueReviews: ExposureResult["overdueReviews"] = [];

  for (const system of input.systems) {
    if (system.nextReviewAt !== null) assertDay("nextReviewAt", system.nextReviewAt);
    const retired = isRetired(system);
    const suspended = isSuspended(system);
    const reviewOverdue = !retired && system.nextReviewAt !== null && system.nextReviewAt < asOf;
    const meta = {
      systemId: system.id,
      systemName: system.name,
      state: system.state,
      retired,
      suspended,
      reviewOverdue,
    };
    if (retired) {
      bySystemMeta.push({ ...meta, total: sumMoney([], currency), lines: 0, unconverted: 0 });
      continue;
    }
    if (suspended) suspendedSystems.push({ systemId: system.id, systemName: system.name });
    if (reviewOverdue && system.nextReviewAt !== null) {
      overdueReviews.push({
        systemId: system.id,
        systemName: system.name,
        nextReviewAt: system.nextReviewAt,
      });
    }
    for (const code of system.jurisdictions) {
      if (!known.has(code))
        ctx.warnings.add(`System ${system.id}: jurisdiction ${code} is not in the catalogue.`);
    }

    const applicability = evaluateApplicability({
      system,
      organisation: { flags: input.organisation.flags ?? {} },
      asOf,
      catalogue: input.catalogue,
    });
    const applicable = new Map(applicability.applicable.map((v) => [v.obligationId, v]));
    const reaching = new Map<string, string[]>();
    const systemLines: ExposureLine[] = [];
    for (const { jurisdiction, through } of reachingJurisdictions(system.jurisdictions, input.catalogue)) {
      reached.set(jurisdiction.code, jurisdiction);
      reaching.set(jurisdiction.code, through);
      systemLines.push(...gapLines(ctx, system, jurisdiction, through, applicable));
    }
    systemLines.push(...findingLines(ctx, system, rules, reaching));
    lines.push(...systemLines);
    bySystemMeta.push({ ...meta, ...totalOf(systemLines, currency) });
  }

  const byJurisdictionCodes = new Set(lines.map((l) => l.jurisdiction));
  const noMonetaryExposure: ExposureResult["noMonetaryExposure"] = [];
  for (const j of reached.values()) {
    const reason = noExposureReason(j, asOf);
    if (reason && !byJurisdictionCodes.has(j.code)) {
      noMonetaryExposure.push({ jurisdiction: j.code, name: j.name, status: j.status, reason });
    } else {
      byJurisdictionCodes.add(j.code);
    }
  }
  const names = new Map(input.catalogue.map((j) => [j.code, j.name]));
  const linesByJurisdiction = groupBy(lines, (l) => [l.jurisdiction]);
  const byJurisdiction = [...byJurisdictionCodes].sort().map((code) => {
    const ls = linesByJurisdiction.get(code) ?? [];
    return {
      jurisdiction: code,
      name: names.get(code) ?? code,
      ...totalOf(ls, currency),
      first: ls.filter((l) => l.counted && l.firstOrRepeat === "first").length,
      repeat: ls.filter((l) => l.counted && l.firstOrRepeat === "repeat").length,
    };
  });
  const byOffence = [...groupBy(lines, (l) => [l.ruleId])].map(([ruleId, ls]) => ({
    ruleId,
    jurisdiction: ls[0]?.jurisdiction ?? "",
    ...totalOf(ls, currency),
    first: ls.filter((l) => l.counted && l.firstOrRepeat === "first").length,
    repeat: ls.filter((l) => l.counted && l.firstOrRepeat === "repeat").length,
  }));
  const byObligation = [...groupBy(lines, (l) => l.obligations.map((o) => o.id))].map(
    ([obligationId, ls]) => ({
      obligationId,
      jurisdiction: ls[0]?.jurisdiction ?? "",
      ...totalOf(ls, currency),
    }),
  );
  const nonMonetary = lines.flatMap((l) =>
    l.counted
      ? l.consequences.map((consequence) => ({
          systemId: l.systemId,
          systemName: l.systemName,
          ruleId: l.ruleId,
          consequence,
        }))
      : [],
  );
  const overall = totalOf(lines, currency);
  if (overall.unconverted > 0) {
    ctx.warnings.add(
      `${overall.unconverted} line(s) could not be converted to ${currency} and are left out of the total.`,
    );
  }
  return {
    asOf,
    currency,
    total: overall.total,
    complete: overall.unconverted === 0,
    byJurisdiction,
    bySystem: bySystemMeta,
    byOffence,
    byObligation,
    lines,
    noMonetaryExposure,
    nonMonetary,
    suspendedSystems,
    overdueReviews,
    warnings: [...ctx.warnings],
  };
}
