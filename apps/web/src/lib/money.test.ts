import { describe, expect, it } from "vitest";
import { currencyDigits, majorToMinor, minorToMajor } from "#lib/money.ts";

describe("currencyDigits", () => {
  it("reads the minor-unit digits from Intl", () => {
    expect(currencyDigits("KZT")).toBe(2);
    expect(currencyDigits("USD")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("BHD")).toBe(3);
    expect(currencyDigits("eur")).toBe(2);
  });

  it("is undefined for what is not a currency code", () => {
    expect(currencyDigits("")).toBeUndefined();
    expect(currencyDigits("EURO")).toBeUndefined();
    expect(currencyDigits("1$")).toBeUndefined();
  });
});

describe("majorToMinor", () => {
  it("converts with 2 fraction digits", () => {
    expect(majorToMinor("1234.56", 2)).toEqual({ ok: true, minor: "123456" });
    expect(majorToMinor("1234.5", 2)).toEqual({ ok: true, minor: "123450" });
    expect(majorToMinor("1234", 2)).toEqual({ ok: true, minor: "123400" });
    expect(majorToMinor("0.05", 2)).toEqual({ ok: true, minor: "5" });
    expect(majorToMinor("0", 2)).toEqual({ ok: true, minor: "0" });
    expect(majorToMinor("007.10", 2)).toEqual({ ok: true, minor: "710" });
  });

  it("converts with 0 fraction digits", () => {
    expect(majorToMinor("1500", 0)).toEqual({ ok: true, minor: "1500" });
    expect(majorToMinor("1500.00", 0)).toEqual({ ok: true, minor: "1500" });
    expect(majorToMinor("1500.5", 0)).toEqual({ ok: false, error: "tooPrecise" });
  });

  it("converts with 3 fraction digits", () => {
    expect(majorToMinor("12.345", 3)).toEqual({ ok: true, minor: "12345" });
    expect(majorToMinor("12.3", 3)).toEqual({ ok: true, minor: "12300" });
    expect(majorToMinor("0.001", 3)).toEqual({ ok: true, minor: "1" });
    expect(majorToMinor("0.0015", 3)).toEqual({ ok: false, error: "tooPrecise" });
  });

  it("stays exact beyond the range of floats", () => {
    expect(majorToMinor("123456789012345678.99", 2)).toEqual({ ok: true, minor: "12345678901234567899" });
    expect(majorToMinor("0.29", 2)).toEqual({ ok: true, minor: "29" });
    expect(majorToMinor("1.005", 3)).toEqual({ ok: true, minor: "1005" });
  });

  it("accepts grouping by spaces or by commas in threes", () => {
    expect(majorToMinor(" 1 250 000.50 ", 2)).toEqual({ ok: true, minor: "125000050" });
    expect(majorToMinor("1,250,000.50", 2)).toEqual({ ok: true, minor: "125000050" });
    expect(majorToMinor("1\u00a0250", 0)).toEqual({ ok: true, minor: "1250" });
  });

  it("refuses bad input", () => {
    expect(majorToMinor("", 2)).toEqual({ ok: false, error: "empty" });
    expect(majorToMinor("   ", 2)).toEqual({ ok: false, error: "empty" });
    for (const bad of [
      "-5",
      "+5",
      "1e6",
      "abc",
      "1.2.3",
      "1,5",
      "12,34.5",
      ".5",
      "5.",
      "Infinity",
      "NaN",
      "0x10",
    ]) {
      expect(majorToMinor(bad, 2)).toEqual({ ok: false, error: "invalid" });
    }
  });

  it("refuses amounts longer than the API takes", () => {
    expect(majorToMinor("1".repeat(19), 2)).toEqual({ ok: false, error: "tooLarge" });
    expect(majorToMinor("1".repeat(18), 2)).toEqual({ ok: true, minor: `${"1".repeat(18)}00` });
  });
});

describe("minorToMajor", () => {
  it("converts with 2, 0 and 3 fraction digits", () => {
    expect(minorToMajor("123456", 2)).toBe("1234.56");
    expect(minorToMajor("5", 2)).toBe("0.05");
    expect(minorToMajor("0", 2)).toBe("0.00");
    expect(minorToMajor("1500", 0)).toBe("1500");
    expect(minorToMajor("12345", 3)).toBe("12.345");
    expect(minorToMajor("1", 3)).toBe("0.001");
    expect(minorToMajor("000710", 2)).toBe("7.10");
  });

  it("groups thousands on request", () => {
    expect(minorToMajor("125000050", 2, { group: true })).toBe("1,250,000.50");
    expect(minorToMajor("1250", 0, { group: true })).toBe("1,250");
    expect(minorToMajor("99", 2, { group: true })).toBe("0.99");
  });

  it("round-trips through majorToMinor", () => {
    for (const [minor, digits] of [
      ["12345678901234567899", 2],
      ["1", 0],
      ["1000", 3],
    ] as const) {
      expect(majorToMinor(minorToMajor(minor, digits, { group: true }), digits)).toEqual({ ok: true, minor });
    }
  });

  it("throws on anything but digits", () => {
    for (const bad of ["", "-1", "1.5", "12a", " 1"]) expect(() => minorToMajor(bad, 2)).toThrow(RangeError);
  });
});
