import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  compareMoney,
  convertMoney,
  divideRoundHalfUp,
  formatMoney,
  major,
  minorUnitExponent,
  money,
  multiplyMoney,
  parseDecimal,
  percentOf,
  roundToWholeUnits,
  sumMoney,
} from "./money.ts";

// Figures below are penalties.md's check figures, or worked by hand / with Python's Decimal
// (ROUND_HALF_UP); never by this module.
const MCI_2026 = { amountMinor: "432500", currency: "KZT" }; // KZT 4,325.00
const USD_KZT_500 = { base: "USD", quote: "KZT", rate: "500" };

describe("minor units", () => {
  it("follows ISO 4217 exponents (KZT, USD, EUR 2; KRW, JPY 0; KWD 3)", () => {
    expect(minorUnitExponent("KZT")).toBe(2);
    expect(minorUnitExponent("USD")).toBe(2);
    expect(minorUnitExponent("EUR")).toBe(2);
    expect(minorUnitExponent("KRW")).toBe(0);
    expect(minorUnitExponent("JPY")).toBe(0);
    expect(minorUnitExponent("KWD")).toBe(3);
  });

  it("builds amounts from major units", () => {
    expect(major(4325, "KZT")).toEqual(MCI_2026);
    expect(major("30000000", "KRW")).toEqual({ amountMinor: "30000000", currency: "KRW" });
  });

  it("refuses what is not money", () => {
    expect(() => money("12.5", "KZT")).toThrow(RangeError);
    expect(() => money("1", "kzt")).toThrow(RangeError);
    expect(() => parseDecimal("1e3")).toThrow(RangeError);
    expect(() => parseDecimal("-1")).toThrow(RangeError);
  });
});

describe("arithmetic is exact", () => {
  it("multiplies the MCI by each count of the CoAO 641-1 table", () => {
    const cells: Array<[number, string]> = [
      [15, "6487500"], // KZT 64,875
      [20, "8650000"], // 86,500
      [30, "12975000"], // 129,750
      [50, "21625000"], // 216,250
      [70, "30275000"], // 302,750
      [100, "43250000"], // 432,500
      [200, "86500000"], // 865,000
    ];
    for (const [count, expected] of cells) {
      expect(multiplyMoney(MCI_2026, count)).toEqual({ amountMinor: expected, currency: "KZT" });
    }
  });

  it("refuses a fractional factor", () => {
    expect(() => multiplyMoney(MCI_2026, 1.5)).toThrow(RangeError);
  });

  it("adds and sums within one currency only", () => {
    expect(addMoney(major(1, "EUR"), money("1", "EUR"))).toEqual({ amountMinor: "101", currency: "EUR" });
    expect(sumMoney([], "USD")).toEqual({ amountMinor: "0", currency: "USD" });
    expect(() => addMoney(major(1, "EUR"), major(1, "USD"))).toThrow(/convert first/);
    expect(() => sumMoney([major(1, "EUR")], "USD")).toThrow(RangeError);
  });

  it("handles amounts beyond 2^53 without loss", () => {
    const big = money("90071992547409930000", "EUR");
    expect(addMoney(big, money("1", "EUR")).amountMinor).toBe("90071992547409930001");
  });

  it("compares", () => {
    expect(compareMoney(major(35_000_000, "EUR"), major(28_000_000, "EUR"))).toBe(1);
    expect(compareMoney(major(1, "EUR"), money("100", "EUR"))).toBe(0);
  });
});

describe("rounding: half up (ties away from zero)", () => {
  it("rounds ties up, not to even", () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n); // 2.5 → 3 (banker's: 2)
    expect(divideRoundHalfUp(7n, 2n)).toBe(4n); // 3.5 → 4
    expect(divideRoundHalfUp(4325n, 10n)).toBe(433n); // 432.5 → 433 (banker's: 432)
    expect(divideRoundHalfUp(12974n, 100n)).toBe(130n); // 129.74 → 130
    expect(divideRoundHalfUp(12949n, 100n)).toBe(129n);
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n);
  });

  it("rounds to whole major units as the seed's US$ figures are", () => {
    expect(roundToWholeUnits({ amountMinor: "12975", currency: "USD" })).toEqual({
      amountMinor: "13000",
      currency: "USD",
    }); // 129.75 → 130
    expect(roundToWholeUnits({ amountMinor: "43250", currency: "USD" })).toEqual({
      amountMinor: "43300",
      currency: "USD",
    }); // 432.5 → 433
    expect(roundToWholeUnits({ amountMinor: "30000000", currency: "KRW" }).amountMinor).toBe("30000000");
  });
});

describe("percent of an amount", () => {
  it("computes the EU turnover caps", () => {
    expect(percentOf(major(400_000_000, "EUR"), "7")).toEqual(major(28_000_000, "EUR"));
    expect(percentOf(major(1_000_000_000, "EUR"), "7")).toEqual(major(70_000_000, "EUR"));
    expect(percentOf(major(500_000_000, "EUR"), "3")).toEqual(major(15_000_000, "EUR"));
  });

  it("takes decimal percentages and rounds half up to the minor unit", () => {
    expect(percentOf(major(1000, "EUR"), "0.5")).toEqual(major(5, "EUR"));
    expect(percentOf(money("50", "EUR"), "1")).toEqual(money("1", "EUR")); // 0.5 cent → 1 cent
    expect(percentOf(money("49", "EUR"), "1")).toEqual(money("0", "EUR")); // 0.49 cent → 0
    expect(percentOf(money("333", "EUR"), "12.5")).toEqual(money("42", "EUR")); // 41.625 → 42
  });
});

describe("conversion with a rate", () => {
  it("reproduces the seed's US$ figures at KZT 500 per US$ (exact to the cent, then whole dollars)", () => {
    const cases: Array<[string, string, string]> = [
      // KZT minor, exact US$ cents, whole US$ (penalties.md check figures)
      ["6487500", "12975", "13000"], // 15 MCI: 64,875 ≈ 130
      ["8650000", "17300", "17300"], // 20: 86,500 ≈ 173
      ["12975000", "25950", "26000"], // 30: 129,750 ≈ 260
      ["43250000", "86500", "86500"], // 100: 432,500 ≈ 865
      ["21625000", "43250", "43300"], // 50: 216,250 ≈ 433
      ["30275000", "60550", "60600"], // 70: 302,750 ≈ 606
      ["86500000", "173000", "173000"], // 200: 865,000 ≈ 1,730
    ];
    for (const [kzt, cents, whole] of cases) {
      const usd = convertMoney({ amountMinor: kzt, currency: "KZT" }, USD_KZT_500, "USD");
      expect(usd).toEqual({ amountMinor: cents, currency: "USD" });
      expect(roundToWholeUnits(usd).amountMinor).toBe(whole);
    }
  });

  it("converts in the rate's direction too (base → quote multiplies)", () => {
    expect(convertMoney(major(130, "USD"), USD_KZT_500, "KZT")).toEqual(major(65_000, "KZT"));
  });

  it("takes a decimal rate and rounds once", () => {
    // 64,875 / 470.25 = 137.9585… → 137.96
    const rate = { base: "USD", quote: "KZT", rate: "470.25" };
    expect(convertMoney(major(64_875, "KZT"), rate, "USD")).toEqual(money("13796", "USD"));
  });

  it("respects currencies without minor units", () => {
    // KRW 30,000,000 / 1,350 = 22,222.2222… → US$ 22,222.22
    const rate = { base: "USD", quote: "KRW", rate: "1350" };
    expect(convertMoney(major(30_000_000, "KRW"), rate, "USD")).toEqual(money("2222222", "USD"));
    expect(convertMoney(money("2222222", "USD"), rate, "KRW")).toEqual(money("29999997", "KRW"));
  });

  it("refuses a rate for another pair, and a zero rate", () => {
    expect(() => convertMoney(major(1, "EUR"), USD_KZT_500, "USD")).toThrow(RangeError);
    expect(() => convertMoney(major(1, "KZT"), { base: "USD", quote: "KZT", rate: "0" }, "USD")).toThrow(
      RangeError,
    );
  });

  it("never drifts by more than half a minor unit (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 1, max: 100_000 }), (kzt, r) => {
        const usd = BigInt(
          convertMoney(money(kzt, "KZT"), { base: "USD", quote: "KZT", rate: String(r) }, "USD").amountMinor,
        );
        // |usd − kzt/r| ≤ 1/2  ⇔  |2·usd·r − 2·kzt| ≤ r
        const diff = 2n * usd * BigInt(r) - 2n * kzt;
        return (diff < 0n ? -diff : diff) <= BigInt(r);
      }),
    );
  });
});

describe("formatting", () => {
  it("groups digits and drops zero minor units", () => {
    expect(formatMoney(MCI_2026)).toBe("KZT 4,325");
    expect(formatMoney(money("12975", "USD"))).toBe("USD 129.75");
    expect(formatMoney(money("5", "USD"))).toBe("USD 0.05");
    expect(formatMoney(major(35_000_000, "EUR"))).toBe("EUR 35,000,000");
    expect(formatMoney(major(30_000_000, "KRW"))).toBe("KRW 30,000,000");
  });
});
