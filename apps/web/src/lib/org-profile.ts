import { KZ_OFFENDER_CATEGORIES, type KzOffenderCategory } from "@airisk/regulations/vocabulary";
import { currencyDigits, majorToMinor, minorToMajor } from "#lib/money.ts";
import { isIntInRange } from "#lib/validation.ts";

export { KZ_OFFENDER_CATEGORIES, type KzOffenderCategory };

/** The organisation profile as the API has it (`orgs.get` / `orgs.update`). */
export type OrgProfile = {
  kzOffenderCategory?: KzOffenderCategory;
  euSme?: boolean;
  annualTurnover?: { amountMinor: string; currency: string };
  reportingCurrency?: string;
  reviewIntervalMonths?: number;
  riskTolerance?: number;
  auditEveryHighImpact?: boolean;
};

export const REVIEW_INTERVAL = { min: 1, max: 12 } as const;
export const RISK_TOLERANCE = { min: 1, max: 25 } as const;
export const DEFAULT_CURRENCY = "KZT";

/** The profile form's values: everything a string (as inputs hold it), "" for "not set". */
export type ProfileFormValues = {
  name: string;
  kzOffenderCategory: "" | KzOffenderCategory;
  euSme: boolean;
  /** In major units, e.g. "1,250,000.50". */
  annualTurnover: string;
  turnoverCurrency: string;
  reportingCurrency: string;
  reviewIntervalMonths: string;
  riskTolerance: string;
  /** Product policy, on unless the organisation turns it off. */
  auditEveryHighImpact: boolean;
};

export function toProfileForm(organisation: { name: string; profile: OrgProfile }): ProfileFormValues {
  const { profile } = organisation;
  const turnover = profile.annualTurnover;
  const turnoverCurrency = turnover?.currency ?? profile.reportingCurrency ?? DEFAULT_CURRENCY;
  const digits = currencyDigits(turnoverCurrency);
  let annualTurnover = "";
  if (turnover) {
    annualTurnover =
      digits === undefined || !/^\d+$/.test(turnover.amountMinor)
        ? turnover.amountMinor
        : minorToMajor(turnover.amountMinor, digits, { group: true });
  }
  return {
    name: organisation.name,
    kzOffenderCategory: profile.kzOffenderCategory ?? "",
    euSme: profile.euSme ?? false,
    annualTurnover,
    turnoverCurrency,
    reportingCurrency: profile.reportingCurrency ?? "",
    reviewIntervalMonths: profile.reviewIntervalMonths?.toString() ?? "",
    riskTolerance: profile.riskTolerance?.toString() ?? "",
    auditEveryHighImpact: profile.auditEveryHighImpact ?? true,
  };
}

export type TurnoverProblem = "invalid" | "tooPrecise" | "tooLarge" | "currency";

/** Why the turnover cannot be saved as typed, or undefined when it can (blank means "not set"). */
export function turnoverProblem(amount: string, currency: string): TurnoverProblem | undefined {
  if (amount.trim() === "") return undefined;
  const digits = currencyDigits(currency);
  if (digits === undefined) return "currency";
  const result = majorToMinor(amount, digits);
  return result.ok || result.error === "empty" ? undefined : result.error;
}

/** Profile fields the form can leave blank; `orgs.update` drops those listed in `clear`. */
export type ClearableField =
  | "kzOffenderCategory"
  | "annualTurnover"
  | "reportingCurrency"
  | "reviewIntervalMonths"
  | "riskTolerance";

export type ProfileUpdate = { name: string; profile: OrgProfile; clear: ClearableField[] };

/**
 * The `orgs.update` input for valid form values. `orgs.update` merges the profile into the stored
 * one, so blank fields are listed in `clear` rather than merely left out; the EU SME box is always
 * sent (unticked means "not an SME"). Throws a RangeError for values the form's own rules refuse.
 */
export function fromProfileForm(values: ProfileFormValues): ProfileUpdate {
  const profile: OrgProfile = { euSme: values.euSme, auditEveryHighImpact: values.auditEveryHighImpact };
  if (values.kzOffenderCategory !== "") profile.kzOffenderCategory = values.kzOffenderCategory;
  if (values.annualTurnover.trim() !== "") {
    const digits = currencyDigits(values.turnoverCurrency);
    const result = digits === undefined ? undefined : majorToMinor(values.annualTurnover, digits);
    if (!result?.ok) throw new RangeError(`annual turnover is not valid: ${values.annualTurnover}`);
    profile.annualTurnover = { amountMinor: result.minor, currency: values.turnoverCurrency.toUpperCase() };
  }
  if (values.reportingCurrency !== "") profile.reportingCurrency = values.reportingCurrency.toUpperCase();
  const interval = optionalInt(values.reviewIntervalMonths, REVIEW_INTERVAL);
  if (interval !== undefined) profile.reviewIntervalMonths = interval;
  const tolerance = optionalInt(values.riskTolerance, RISK_TOLERANCE);
  if (tolerance !== undefined) profile.riskTolerance = tolerance;
  const clearable: ClearableField[] = [
    "kzOffenderCategory",
    "annualTurnover",
    "reportingCurrency",
    "reviewIntervalMonths",
    "riskTolerance",
  ];
  return {
    name: values.name.trim(),
    profile,
    clear: clearable.filter((field) => profile[field] === undefined),
  };
}

function optionalInt(value: string, range: { min: number; max: number }): number | undefined {
  if (value.trim() === "") return undefined;
  if (!isIntInRange(value, range.min, range.max))
    throw new RangeError(`not in ${range.min}–${range.max}: ${value}`);
  return Number(value.trim());
}

const PROFILE_FIELDS: Record<string, keyof ProfileFormValues> = {
  name: "name",
  kzOffenderCategory: "kzOffenderCategory",
  euSme: "euSme",
  annualTurnover: "annualTurnover",
  "annualTurnover.amountMinor": "annualTurnover",
  "annualTurnover.currency": "turnoverCurrency",
  reportingCurrency: "reportingCurrency",
  reviewIntervalMonths: "reviewIntervalMonths",
  riskTolerance: "riskTolerance",
  auditEveryHighImpact: "auditEveryHighImpact",
};

/** The form field for an API path such as "profile.annualTurnover.amountMinor". */
export function profileFieldFor(path: string): keyof ProfileFormValues | undefined {
  return PROFILE_FIELDS[path.replace(/^profile\./, "")];
}
