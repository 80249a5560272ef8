import { KZ_OFFENDER_CATEGORIES } from "@airisk/regulations/schema";
import { z } from "zod";

/** ISO 4217 codes the runtime knows (Node and browsers ship the same list with ICU). */
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => CURRENCIES.has(code), {
    error: "must be an ISO 4217 currency code such as KZT, USD or EUR",
  });

/** Money on the wire: integer minor units as a string (no float ever touches it) and a currency. */
export const Money = z.object({
  amountMinor: z
    .string()
    .regex(/^\d{1,20}$/, { error: "must be a whole number of minor units (digits only)" }),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/**
 * The facts about an organisation that the rules read: Kazakhstan's offender category (CoAO fines
 * depend on it), the EU SME status (Art. 99(6) lower-of rule), turnover (percentage fines), the
 * currency figures are shown in, how often systems are reviewed and the risk tolerance.
 */
export const OrganisationProfile = z
  .object({
    kzOffenderCategory: z.enum(KZ_OFFENDER_CATEGORIES),
    euSme: z.boolean(),
    annualTurnover: Money,
    reportingCurrency: CurrencyCode,
    /** AI Law Art. 18(1): at least yearly; a tenant may choose shorter. */
    reviewIntervalMonths: z.number().int().min(1, { error: "must be 1 to 12 months" }).max(12, {
      error: "must be 1 to 12 months (the law asks for a review at least yearly)",
    }),
    /** Risk score (likelihood × severity, 1–25) above which a mitigation is required. */
    riskTolerance: z
      .number()
      .int()
      .min(1, { error: "must be 1 to 25" })
      .max(25, { error: "must be 1 to 25" }),
    /** Product policy, on by default: every high-impact system is audited before approval. */
    auditEveryHighImpact: z.boolean(),
    /**
     * Product policy: days after the review day before a review still not started is overdue and
     * escalated to executives and admins.
     */
    reviewGraceDays: z
      .number()
      .int()
      .min(0, { error: "must be 0 to 90 days" })
      .max(90, { error: "must be 0 to 90 days" }),
    /** Product policy: how many days before a review day (and a mitigation's due date) owners hear. */
    reminderOffsetsDays: z
      .array(
        z
          .number()
          .int()
          .min(1, { error: "must be 1 to 365 days" })
          .max(365, { error: "must be 1 to 365 days" }),
      )
      .max(10, { error: "at most 10 reminders" })
      .refine((days) => new Set(days).size === days.length, { error: "must not repeat a day" }),
  })
  .partial()
  .strict();
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;

export const OrganisationName = z
  .string()
  .trim()
  .min(1, { error: "must not be empty" })
  .max(120, { error: "must be at most 120 characters" });

/** Product defaults where the organisation has not chosen: the law's maximum interval (AI Law
 * 18(1)), a tolerance of 9 on the 5×5 matrix (product policy) and the audit of every high-impact
 * system (product policy); reviews are overdue 14 days after their day and owners are reminded 30, 7
 * and 1 day before it (product policy). */
export const PROFILE_DEFAULTS = {
  reviewIntervalMonths: 12,
  riskTolerance: 9,
  auditEveryHighImpact: true,
  reviewGraceDays: 14,
  reminderOffsetsDays: [30, 7, 1],
} as const;
