import { type Money, minorUnitExponent, toMinor } from "@airisk/domain/money";

/**
 * Money as the dashboard shows it: the currency code (unambiguous across KZT, USD, EUR…), the
 * locale's grouping, and the ISO 4217 minor units the API counts in (CLDR differs for a few
 * currencies, so Intl's own fraction digits are not used). Exact: the whole part is a BigInt and
 * the fraction is copied, never rounded by a float.
 */
export function formatMoney(m: Money, locale: string, { trimZeroFraction = true } = {}): string {
  const exp = minorUnitExponent(m.currency);
  const minor = toMinor(m);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const unit = 10n ** BigInt(exp);
  const whole = abs / unit;
  const fraction = (abs % unit).toString().padStart(exp, "0");
  const shown = exp > 0 && !(trimZeroFraction && /^0+$/.test(fraction)) ? exp : 0;
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: m.currency,
    currencyDisplay: "code",
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  });
  const text = format
    .formatToParts(whole)
    .map((part) => (part.type === "fraction" ? fraction : part.value))
    .join("");
  return negative ? `-${text}` : text;
}

/** A chart axis tick: "KZT 1.2M". Approximate on purpose; exact figures are in labels and tables. */
export function formatCompact(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "code",
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(value);
}

/** An exchange rate as a reader says it: "500 KZT/USD" (units of quote per one base). */
export function formatRate(r: { rate: string; base: string; quote: string }, locale: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(r.rate);
  let value = r.rate;
  if (match) {
    const whole = new Intl.NumberFormat(locale).format(BigInt(match[1] ?? "0"));
    const decimal =
      new Intl.NumberFormat(locale, { minimumFractionDigits: 1 })
        .formatToParts(1.5)
        .find((p) => p.type === "decimal")?.value ?? ".";
    value = match[2] ? `${whole}${decimal}${match[2]}` : whole;
  }
  return `${value} ${r.quote}/${r.base}`;
}

/** A month tick for the projection ("Apr 2026"); the exact day is in its tooltip and table. */
/** "25 Nov" style: a daily point's axis label (the year is in the table). */
export function formatDayMonth(iso: string, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatShortDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * A figure as a chart label prints it: "≈" when part of it was converted (the card names the rate),
 * and the part without a rate in its own currency ("KZT 0 + EUR 15,000,000*") rather than left out.
 */
export function figureText(
  total: Money,
  parts: { approx: boolean; unconverted: readonly Money[] },
  locale: string,
): string {
  const extra = parts.unconverted.map((m) => ` + ${formatMoney(m, locale)}*`).join("");
  return `${parts.approx ? "≈ " : ""}${formatMoney(total, locale)}${extra}`;
}
