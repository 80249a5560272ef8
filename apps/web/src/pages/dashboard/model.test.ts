import { describe, expect, it } from "vitest";
import {
  currencyOptions,
  parseDashboardSearch,
  parseDrill,
  serializeDrill,
  withDrill,
  withView,
} from "#pages/dashboard/model.ts";

describe("drill-down filters in the URL", () => {
  it("round-trips every field in a fixed order", () => {
    const filter = {
      occurrence: "repeat" as const,
      ruleId: "kz.coao.641-1.high-risk",
      systemId: "0b7c1e2a-5d1f-4c3e-9a8b-1234567890ab",
      jurisdiction: "KZ",
      obligationId: "kz.synthetic.labelling",
    };
    const text = serializeDrill(filter);
    expect(text).toBe(
      "jurisdiction:KZ,system:0b7c1e2a-5d1f-4c3e-9a8b-1234567890ab,rule:kz.coao.641-1.high-risk,obligation:kz.synthetic.labelling,occurrence:repeat",
    );
    expect(parseDrill(text)).toEqual(filter);
  });

  it('writes "all" for no filter (the drill-down of the total) and reads it back', () => {
    expect(serializeDrill({})).toBe("all");
    expect(serializeDrill({ systemId: undefined })).toBe("all");
    expect(parseDrill("all")).toEqual({});
  });

  it("refuses what it did not write, so a hand-edited URL just leaves the panel shut", () => {
    for (const bad of [
      "",
      "system",
      ":KZ",
      "colour:red",
      "occurrence:third",
      "jurisdiction:KZ,jurisdiction:EU",
      "rule:<script>",
      "system:a b",
      `rule:${"x".repeat(500)}`,
      42,
      null,
      { systemId: "x" },
    ]) {
      expect(parseDrill(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("parseDashboardSearch", () => {
  it("keeps a valid date, an upper-cased currency and a normalised drill", () => {
    expect(
      parseDashboardSearch({
        asOf: "2026-07-11",
        currency: "usd",
        drill: "occurrence:first,jurisdiction:KZ",
      }),
    ).toEqual({ asOf: "2026-07-11", currency: "USD", drill: "jurisdiction:KZ,occurrence:first" });
  });

  it("drops malformed values", () => {
    expect(parseDashboardSearch({ asOf: "11/07/2026", currency: "dollars", drill: "nope" })).toEqual({});
  });
});

describe("search updates", () => {
  it("opens and shuts the drill-down without touching date and currency", () => {
    const search = { asOf: "2026-03-01", currency: "USD" };
    expect(withDrill(search, { systemId: "s1" })).toEqual({ ...search, drill: "system:s1" });
    expect(withDrill({ ...search, drill: "all" }, undefined)).toEqual(search);
  });

  it("changes the date or the currency, and clears either back to the default", () => {
    const search = { asOf: "2026-03-01", currency: "USD", drill: "all" };
    expect(withView(search, { asOf: "2026-09-01" })).toEqual({ ...search, asOf: "2026-09-01" });
    expect(withView(search, { currency: "EUR" })).toEqual({ ...search, currency: "EUR" });
    expect(withView(search, { asOf: undefined, currency: undefined })).toEqual({ drill: "all" });
  });
});

describe("currencyOptions", () => {
  it("offers KZT, USD and EUR, then the organisation's own and the one in view, once each", () => {
    expect(currencyOptions()).toEqual(["KZT", "USD", "EUR"]);
    expect(currencyOptions("GBP", "USD", undefined, "GBP", "JPY")).toEqual([
      "KZT",
      "USD",
      "EUR",
      "GBP",
      "JPY",
    ]);
    expect(currencyOptions("bad")).toEqual(["KZT", "USD", "EUR"]);
  });
});
