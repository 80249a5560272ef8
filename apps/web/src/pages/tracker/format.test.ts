import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "#i18n/locales/en.ts";
import {
  describeAmount,
  formatDecimal,
  formatIsoDate,
  formatMoney,
  formatMonth,
} from "#pages/tracker/format.ts";

// Intl separates a currency code from the number with a no-break space; tests read plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const money = (amountMinor: string, currency: string, locale = "en") =>
  plain(formatMoney({ amountMinor, currency }, locale));

let t: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: "en",
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  t = instance.t;
});

describe("formatMoney", () => {
  it("formats KZT with its 2 fraction digits, leaving out zero tiyn", () => {
    expect(money("0", "KZT")).toBe("KZT 0");
    expect(money("432500", "KZT")).toBe("KZT 4,325");
    expect(money("432550", "KZT")).toBe("KZT 4,325.50");
    expect(money("5", "KZT")).toBe("KZT 0.05");
  });

  it("keeps the fraction on request", () => {
    expect(plain(formatMoney({ amountMinor: "0", currency: "KZT" }, "en", { trimZeroFraction: false }))).toBe(
      "KZT 0.00",
    );
    expect(
      plain(formatMoney({ amountMinor: "100", currency: "USD" }, "en", { trimZeroFraction: false })),
    ).toBe("USD 1.00");
  });

  it("formats EUR and USD", () => {
    expect(money("3500000000", "EUR")).toBe("EUR 35,000,000");
    expect(money("750000001", "EUR")).toBe("EUR 7,500,000.01");
    expect(money("1000000", "USD")).toBe("USD 10,000");
    expect(plain(formatMoney({ amountMinor: "1000000", currency: "USD" }, "en", { display: "symbol" }))).toBe(
      "$10,000",
    );
  });

  it("formats KRW, which has no minor unit", () => {
    expect(money("30000000", "KRW")).toBe("KRW 30,000,000");
    expect(money("0", "KRW")).toBe("KRW 0");
  });

  it("follows the locale's grouping and decimal sign", () => {
    expect(money("3500000050", "EUR", "de")).toBe("35.000.000,50 EUR");
  });

  it("loses no digit beyond 2^53", () => {
    expect(money("12345678901234567899", "EUR")).toBe("EUR 123,456,789,012,345,678.99");
    expect(money("90071992547409930000", "KZT")).toBe("KZT 900,719,925,474,099,300");
    expect(money("9007199254740993", "KRW")).toBe("KRW 9,007,199,254,740,993");
  });

  it("refuses what is not minor units", () => {
    for (const bad of ["", "-1", "1.5", "1e3"]) {
      expect(() => formatMoney({ amountMinor: bad, currency: "EUR" }, "en")).toThrow(RangeError);
    }
  });
});

describe("formatDecimal", () => {
  it("keeps exact decimals in the locale's form", () => {
    expect(formatDecimal("7", "en")).toBe("7");
    expect(formatDecimal("0.5", "en")).toBe("0.5");
    expect(formatDecimal("1.50", "en")).toBe("1.5");
    expect(formatDecimal("0.5", "de")).toBe("0,5");
    expect(formatDecimal("1000", "en")).toBe("1,000");
  });
});

describe("describeAmount", () => {
  const eur = (amountMinor: string) => ({ amountMinor, currency: "EUR" });

  it("describes a fixed maximum and a fixed range", () => {
    expect(plain(describeAmount({ kind: "fixed", max: eur("3500000000") }, "en", t).text)).toBe(
      "up to EUR 35,000,000",
    );
    expect(plain(describeAmount({ kind: "fixed", min: eur("0"), max: eur("50000") }, "en", t).text)).toBe(
      "up to EUR 500",
    );
    const range = describeAmount({ kind: "fixed", min: eur("100000"), max: eur("2000000") }, "en", t);
    expect(plain(range.text)).toBe("EUR 1,000 to EUR 20,000");
    expect(range.rows).toEqual([]);
    expect(
      plain(describeAmount({ kind: "fixed", min: eur("500000"), max: eur("500000") }, "en", t).text),
    ).toBe("EUR 5,000");
  });

  it("describes a fixed cap or a share of turnover, with the SME rule", () => {
    const eu = describeAmount(
      { kind: "fixed_or_turnover", fixed: eur("3500000000"), percent: "7", rule: "higher", smeRule: "lower" },
      "en",
      t,
    );
    expect(plain(eu.text)).toBe(
      "EUR 35,000,000 or 7 % of worldwide annual turnover, whichever is higher (SMEs and start-ups: whichever is lower)",
    );
    expect(
      plain(
        describeAmount(
          { kind: "fixed_or_turnover", fixed: eur("750000000"), percent: "1.5", rule: "lower" },
          "en",
          t,
        ).text,
      ),
    ).toBe("EUR 7,500,000 or 1.5 % of worldwide annual turnover, whichever is lower");
    // An SME rule equal to the main rule adds nothing.
    expect(
      plain(
        describeAmount(
          { kind: "fixed_or_turnover", fixed: eur("100"), percent: "3", rule: "higher", smeRule: "higher" },
          "en",
          t,
        ).text,
      ),
    ).toBe("EUR 1 or 3 % of worldwide annual turnover, whichever is higher");
  });

  it("describes index multiples by offender category in a fixed order", () => {
    const kz = describeAmount(
      {
        kind: "index",
        index: "KZ_MCI",
        byCategory: {
          large: { first: 200, repeat: 400 },
          natural_person: { first: 15, repeat: 30 },
          medium: { first: 50, repeat: 100 },
          small: { first: 30, repeat: 60 },
        },
        repeatWindow: "within one year after the first penalty",
      },
      "en",
      t,
    );
    expect(kz.text).toBe("Multiples of the monthly calculation index (MCI):");
    expect(kz.rows).toEqual([
      { category: "natural_person", first: 15, repeat: 30 },
      { category: "small", first: 30, repeat: 60 },
      { category: "medium", first: 50, repeat: 100 },
      { category: "large", first: 200, repeat: 400 },
    ]);
    expect(kz.repeatWindow).toBe("within one year after the first penalty");
  });
});

describe("catalogue dates", () => {
  it("formats a date without time-zone drift", () => {
    expect(formatIsoDate("2026-08-02", "en-GB")).toBe("2 Aug 2026");
    expect(formatIsoDate("2027-01-01", "en")).toBe("Jan 1, 2027");
  });

  it("names a month", () => {
    expect(formatMonth("2026-08", "en")).toBe("August 2026");
    expect(formatMonth("2027-01", "en-GB")).toBe("January 2027");
  });
});
