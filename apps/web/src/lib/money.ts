/**
 * Money in the form and on the wire. The API stores integer minor units as a string of digits
 * (tiyn, cents, fils); people type major units. Both directions work on the decimal string itself,
 * so no float ever rounds an amount.
 */

/** Digits after the decimal point for a currency (KZT 2, JPY 0, BHD 3), or undefined if unknown. */
export function currencyDigits(currency: string): number | undefined {
  if (!/^[A-Za-z]{3}$/.test(currency)) return undefined;
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).resolvedOptions()
        .maximumFractionDigits ?? undefined
    );
  } catch {
    return undefined;
  }
}

/** The API accepts at most this many digits of minor units. */
export const MAX_MINOR_DIGITS = 20;

export type MajorToMinor =
  | { ok: true; minor: string }
  | { ok: false; error: "empty" | "invalid" | "tooPrecise" | "tooLarge" };

/**
 * "1,250,000.50" with 2 digits → "125000050". Accepts digits with a dot for decimals, optionally
 * grouped by spaces or by commas in threes; refuses signs, exponents, decimal commas (ambiguous
 * with grouping) and more decimals than the currency has, unless the extra ones are zeros.
 */
export function majorToMinor(input: string, digits: number): MajorToMinor {
  let text = input.trim().replace(/[\s\u00a0\u202f_]/g, "");
  if (text === "") return { ok: false, error: "empty" };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replaceAll(",", "");
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, error: "invalid" };
  const whole = match[1] ?? "";
  let fraction = match[2] ?? "";
  if (fraction.length > digits) {
    if (/[^0]/.test(fraction.slice(digits))) return { ok: false, error: "tooPrecise" };
    fraction = fraction.slice(0, digits);
  }
  const minor = `${whole}${fraction.padEnd(digits, "0")}`.replace(/^0+(?=\d)/, "");
  if (minor.length > MAX_MINOR_DIGITS) return { ok: false, error: "tooLarge" };
  return { ok: true, minor };
}

/**
 * "125000050" with 2 digits → "1250000.50" (or "1,250,000.50" with `group`). Throws a RangeError
 * for anything but a string of digits, which the API never sends.
 */
export function minorToMajor(minor: string, digits: number, { group = false } = {}): string {
  if (!/^\d+$/.test(minor)) throw new RangeError(`not an amount in minor units: ${JSON.stringify(minor)}`);
  const padded = minor.replace(/^0+(?=\d)/, "").padStart(digits + 1, "0");
  let whole = padded.slice(0, padded.length - digits);
  const fraction = padded.slice(padded.length - digits);
  if (group) whole = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return digits > 0 ? `${whole}.${fraction}` : whole;
}
