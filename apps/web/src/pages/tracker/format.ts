import type { TFunction } from "i18next";
import { currencyDigits } from "#lib/money.ts";
import { OFFENDER_CATEGORIES, type OffenderCategory, type PenaltyAmount } from "#pages/tracker/model.ts";

/**
 * Pure formatting for the tracker: money, percentages, penalty amounts, catalogue dates. Amounts
 * arrive as integer minor units in a string; the integer part is a BigInt, so no digit is lost
 * beyond 2^53, and floats never enter.
 */

export type Money = { amountMinor: string; currency: string };

export type MoneyFormat = {
  /** "EUR 35,000,000" (the default, unambiguous across currencies) or "€35,000,000". */
  display?: "code" | "symbol";
  /** Leave out ".00" on whole amounts, as fines are usually written. Default true. */
  trimZeroFraction?: boolean;
};

/**
 * `{ amountMinor: "3500000000", currency: "EUR" }` → "EUR 35,000,000" in English, with the
 * currency's own fraction digits (KZT 2, KRW 0, BHD 3) and the locale's grouping and signs.
 */
export function formatMoney(
  { amountMinor, currency }: Money,
  locale: string,
  { display = "code", trimZeroFraction = true }: MoneyFormat = {},
): string {
  if (!/^\d+$/.test(amountMinor))
    throw new RangeError(`not an amount in minor units: ${JSON.stringify(amountMinor)}`);
  const digits = currencyDigits(currency) ?? 2;
  const scale = 10n ** BigInt(digits);
  const minor = BigInt(amountMinor);
  const whole = minor / scale;
  const fraction = (minor % scale).toString().padStart(digits, "0");
  const shown = digits > 0 && !(trimZeroFraction && /^0+$/.test(fraction)) ? digits : 0;
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    currencyDisplay: display,
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  });
  // Formatting the BigInt whole part gives the locale's grouping; the exact fraction replaces Intl's zeros.
  return format
    .formatToParts(whole)
    .map((part) => (part.type === "fraction" ? fraction : part.value))
    .join("");
}

/** An exact decimal string ("7", "0.5", "12.25") with the locale's grouping and decimal sign. */
export function formatDecimal(value: string, locale: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(BigInt(match[1] ?? "0"));
  const fraction = match[2]?.replace(/0+$/, "");
  if (!fraction) return whole;
  const separator =
    new Intl.NumberFormat(locale, { minimumFractionDigits: 1 })
      .formatToParts(1.5)
      .find((p) => p.type === "decimal")?.value ?? ".";
  return `${whole}${separator}${fraction}`;
}

export type IndexRow = { category: OffenderCategory; first: number; repeat: number };

/** A penalty amount in words; `rows` holds the index multiples by offender category (index kind only). */
export type AmountDescription = { text: string; rows: IndexRow[]; repeatWindow?: string };

/** How a penalty's structured amount reads: "up to EUR 35,000,000", "… or 7 % of …, whichever is higher". */
export function describeAmount(amount: PenaltyAmount, locale: string, t: TFunction): AmountDescription {
  switch (amount.kind) {
    case "fixed": {
      const max = formatMoney(amount.max, locale);
      // A range whose ends meet is one fixed amount ("USD 5,000"), not "USD 5,000 to USD 5,000".
      if (
        amount.min &&
        amount.min.amountMinor === amount.max.amountMinor &&
        amount.min.currency === amount.max.currency
      ) {
        return { text: max, rows: [] };
      }
      if (amount.min && BigInt(amount.min.amountMinor) > 0n) {
        return { text: t("tracker.amount.range", { min: formatMoney(amount.min, locale), max }), rows: [] };
      }
      return { text: t("tracker.amount.upTo", { amount: max }), rows: [] };
    }
    case "fixed_or_turnover": {
      const vars = {
        fixed: formatMoney(amount.fixed, locale),
        percent: formatDecimal(amount.percent, locale),
      };
      const main =
        amount.rule === "higher"
          ? t("tracker.amount.turnoverHigher", vars)
          : t("tracker.amount.turnoverLower", vars);
      if (!amount.smeRule || amount.smeRule === amount.rule) return { text: main, rows: [] };
      return {
        text:
          amount.smeRule === "lower"
            ? t("tracker.amount.smeLower", { main })
            : t("tracker.amount.smeHigher", { main }),
        rows: [],
      };
    }
    case "index": {
      const rows = OFFENDER_CATEGORIES.flatMap((category) => {
        const multiple = amount.byCategory[category];
        return multiple ? [{ category, first: multiple.first, repeat: multiple.repeat }] : [];
      });
      return { text: t("tracker.amount.mciIntro"), rows, repeatWindow: amount.repeatWindow };
    }
  }
}

function isoToUtc(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** A catalogue date ("2026-08-02") as "2 Aug 2026" (en-GB) or "Aug 2, 2026" (en), never shifted by time zones. */
export function formatIsoDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(isoToUtc(iso));
}

/** A month ("2026-08") as "August 2026". */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    isoToUtc(`${month}-01`),
  );
}
