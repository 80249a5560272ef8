/**
 * Exact money: integer minor units held as BigInt, carried on the wire as digit strings
 * (`{ amountMinor: "6487500", currency: "KZT" }` is KZT 64,875.00). No float ever touches an
 * amount: percentages and exchange rates arrive as exact decimal strings ("7", "0.5", "470.25")
 * and every division is done on integers and rounded once.
 *
 * Rounding rule (the one rule, everywhere): **round half up**, i.e. a remainder of exactly one
 * half goes away from zero (129.75 → 130 at whole units, 432.5 → 433; banker's rounding would
 * give 432). Amounts in this domain are never negative, so "away from zero" and "up" agree.
 */

export type Money = { amountMinor: string; currency: string };

/**
 * ISO 4217 minor-unit exponents that are not 2. Written out rather than read from Intl, whose
 * CLDR data differs from ISO 4217 for some currencies (CLDR shows 0 digits for IDR, HUF, …) and
 * whose minor units the catalogue stores by ISO (KRW 30,000,000 is "30000000").
 */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

const CURRENCY = /^[A-Z]{3}$/;
const DIGITS = /^-?\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Digits after the decimal point in the currency's minor unit (ISO 4217; 2 unless listed). */
export function minorUnitExponent(currency: string): number {
  assertCurrency(currency);
  return EXPONENTS[currency] ?? 2;
}

function assertCurrency(currency: string): void {
  if (!CURRENCY.test(currency)) throw new RangeError(`not an ISO 4217 currency code: "${currency}"`);
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Builds a Money from minor units. */
export function money(amountMinor: bigint | string, currency: string): Money {
  assertCurrency(currency);
  const value = typeof amountMinor === "bigint" ? amountMinor : parseMinor(amountMinor);
  return { amountMinor: value.toString(), currency };
}

/** Builds a Money from a whole number of major units: `major(4325, "KZT")` is KZT 4,325.00. */
export function major(units: bigint | number | string, currency: string): Money {
  const whole = typeof units === "bigint" ? units : parseMinor(String(units));
  return money(whole * pow10(minorUnitExponent(currency)), currency);
}

function parseMinor(s: string): bigint {
  if (!DIGITS.test(s)) throw new RangeError(`minor units must be a whole number, got "${s}"`);
  return BigInt(s);
}

/** The amount in minor units as a BigInt. */
export function toMinor(m: Money): bigint {
  return parseMinor(m.amountMinor);
}

export function zero(currency: string): Money {
  return money(0n, currency);
}

function sameCurrency(a: Money, b: Money, what: string): void {
  if (a.currency !== b.currency) {
    throw new RangeError(`cannot ${what} ${a.currency} and ${b.currency}: convert first`);
  }
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, "add");
  return money(toMinor(a) + toMinor(b), a.currency);
}

/** The sum of `items`, all in `currency` (zero when empty). */
export function sumMoney(items: readonly Money[], currency: string): Money {
  let total = 0n;
  for (const m of items) {
    sameCurrency(m, { amountMinor: "0", currency }, "add");
    total += toMinor(m);
  }
  return money(total, currency);
}

/** Multiplies by a whole number (an MCI count, a number of violations). Exact. */
export function multiplyMoney(m: Money, factor: bigint | number): Money {
  if (typeof factor === "number" && !Number.isSafeInteger(factor)) {
    throw new RangeError(`the factor must be a whole number, got ${factor}`);
  }
  return money(toMinor(m) * BigInt(factor), m.currency);
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b, "compare");
  const d = toMinor(a) - toMinor(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function maxMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}

/** An exact decimal string as `digits / 10^scale`: "470.25" → { digits: 47025n, scale: 2 }. */
export function parseDecimal(s: string): { digits: bigint; scale: number } {
  if (!DECIMAL.test(s)) throw new RangeError(`not a non-negative decimal number: "${s}"`);
  const [whole = "0", fraction = ""] = s.split(".");
  return { digits: BigInt(whole + fraction), scale: fraction.length };
}

/** `numerator / denominator` rounded half up (ties away from zero) to an integer. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  if (denominator < 0n) return divideRoundHalfUp(-numerator, -denominator);
  if (numerator < 0n) return -divideRoundHalfUp(-numerator, denominator);
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * `percent` % of an amount (percent an exact decimal string: "7", "0.5"), rounded half up to the
 * currency's minor unit: 7 % of EUR 400,000,000.00 is EUR 28,000,000.00.
 */
export function percentOf(m: Money, percent: string): Money {
  const { digits, scale } = parseDecimal(percent);
  return money(divideRoundHalfUp(toMinor(m) * digits, 100n * pow10(scale)), m.currency);
}

/** A rate: units of `quote` for one unit of `base`, an exact decimal string (catalogue shape). */
export type Rate = { base: string; quote: string; rate: string };

/**
 * Converts `m` into `to` at `rate`, in either direction (base → quote multiplies, quote → base
 * divides), rounded half up once to the minor unit of `to`. At KZT 500 per US$, KZT 64,875.00
 * is US$ 129.75 exactly.
 */
export function convertMoney(m: Money, rate: Rate, to: string): Money {
  assertCurrency(to);
  if (m.currency === to) return m;
  const { digits, scale } = parseDecimal(rate.rate);
  if (digits === 0n) throw new RangeError(`a zero rate cannot convert ${rate.base}/${rate.quote}`);
  const fromExp = pow10(minorUnitExponent(m.currency));
  const toExp = pow10(minorUnitExponent(to));
  const amount = toMinor(m);
  if (m.currency === rate.base && to === rate.quote) {
    return money(divideRoundHalfUp(amount * digits * toExp, pow10(scale) * fromExp), to);
  }
  if (m.currency === rate.quote && to === rate.base) {
    return money(divideRoundHalfUp(amount * pow10(scale) * toExp, digits * fromExp), to);
  }
  throw new RangeError(`a ${rate.base}/${rate.quote} rate cannot convert ${m.currency} to ${to}`);
}

/**
 * Rounded half up to whole major units (still expressed in minor units): US$ 129.75 → US$ 130.00,
 * US$ 432.50 → US$ 433.00. This is how the seed's approximate US$ figures are rounded.
 */
export function roundToWholeUnits(m: Money): Money {
  const unit = pow10(minorUnitExponent(m.currency));
  return money(divideRoundHalfUp(toMinor(m), unit) * unit, m.currency);
}

/** Exact decimal text of the major amount, grouped: "64,875", "129.75", "1,730". Trailing zero
 * minor units are dropped ("64,875", not "64,875.00"); otherwise every minor digit is shown. */
export function formatAmount(m: Money): string {
  const exp = minorUnitExponent(m.currency);
  const value = toMinor(m);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(exp + 1, "0");
  const whole = digits.slice(0, digits.length - exp);
  const fraction = digits.slice(digits.length - exp);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = /^0*$/.test(fraction) ? grouped : `${grouped}.${fraction}`;
  return negative ? `-${text}` : text;
}

/** "KZT 64,875", "USD 129.75". */
export function formatMoney(m: Money): string {
  return `${m.currency} ${formatAmount(m)}`;
}
