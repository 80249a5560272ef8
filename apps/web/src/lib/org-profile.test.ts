import { describe, expect, it } from "vitest";
import {
  fromProfileForm,
  type ProfileFormValues,
  profileFieldFor,
  toProfileForm,
  turnoverProblem,
} from "#lib/org-profile.ts";

const blank: ProfileFormValues = {
  name: "Acme",
  kzOffenderCategory: "",
  euSme: false,
  annualTurnover: "",
  turnoverCurrency: "KZT",
  reportingCurrency: "",
  reviewIntervalMonths: "",
  riskTolerance: "",
  auditEveryHighImpact: true,
};

describe("toProfileForm", () => {
  it("fills blanks for an empty profile, with KZT as the turnover currency", () => {
    expect(toProfileForm({ name: "Acme", profile: {} })).toEqual(blank);
  });

  it("shows the turnover in major units of its currency", () => {
    const values = toProfileForm({
      name: "Acme",
      profile: {
        kzOffenderCategory: "medium",
        euSme: true,
        annualTurnover: { amountMinor: "125000050", currency: "KZT" },
        reportingCurrency: "EUR",
        reviewIntervalMonths: 6,
        riskTolerance: 12,
      },
    });
    expect(values).toEqual({
      name: "Acme",
      kzOffenderCategory: "medium",
      euSme: true,
      annualTurnover: "1,250,000.50",
      turnoverCurrency: "KZT",
      reportingCurrency: "EUR",
      reviewIntervalMonths: "6",
      riskTolerance: "12",
      auditEveryHighImpact: true,
    });
    expect(
      toProfileForm({ name: "A", profile: { annualTurnover: { amountMinor: "1500", currency: "JPY" } } }),
    ).toMatchObject({ annualTurnover: "1,500", turnoverCurrency: "JPY" });
  });
});

describe("fromProfileForm", () => {
  it("sends only what is set, and the EU SME box always", () => {
    expect(fromProfileForm({ ...blank, name: "  Acme  " })).toEqual({
      name: "Acme",
      profile: { euSme: false, auditEveryHighImpact: true },
      clear: [
        "kzOffenderCategory",
        "annualTurnover",
        "reportingCurrency",
        "reviewIntervalMonths",
        "riskTolerance",
      ],
    });
  });

  it("converts every field", () => {
    expect(
      fromProfileForm({
        name: "Acme",
        kzOffenderCategory: "small",
        euSme: true,
        annualTurnover: "1,250,000.5",
        turnoverCurrency: "BHD",
        reportingCurrency: "USD",
        reviewIntervalMonths: "12",
        riskTolerance: "25",
        auditEveryHighImpact: false,
      }),
    ).toEqual({
      name: "Acme",
      profile: {
        kzOffenderCategory: "small",
        euSme: true,
        annualTurnover: { amountMinor: "1250000500", currency: "BHD" },
        reportingCurrency: "USD",
        reviewIntervalMonths: 12,
        riskTolerance: 25,
        auditEveryHighImpact: false,
      },
      clear: [],
    });
  });

  it("round-trips what the API sent", () => {
    const profile = {
      euSme: false,
      annualTurnover: { amountMinor: "99", currency: "USD" },
      reviewIntervalMonths: 1,
      riskTolerance: 1,
      auditEveryHighImpact: false,
    };
    expect(fromProfileForm(toProfileForm({ name: "Acme", profile }))).toEqual({
      name: "Acme",
      profile,
      clear: ["kzOffenderCategory", "reportingCurrency"],
    });
  });

  it("throws for values the form rules refuse", () => {
    expect(() => fromProfileForm({ ...blank, annualTurnover: "1.5", turnoverCurrency: "JPY" })).toThrow(
      RangeError,
    );
    expect(() => fromProfileForm({ ...blank, reviewIntervalMonths: "13" })).toThrow(RangeError);
  });
});

describe("turnoverProblem", () => {
  it("accepts blanks and valid amounts", () => {
    expect(turnoverProblem("", "KZT")).toBeUndefined();
    expect(turnoverProblem("10.5", "USD")).toBeUndefined();
  });

  it("names what is wrong", () => {
    expect(turnoverProblem("10.5", "JPY")).toBe("tooPrecise");
    expect(turnoverProblem("ten", "USD")).toBe("invalid");
    expect(turnoverProblem("9".repeat(25), "USD")).toBe("tooLarge");
    expect(turnoverProblem("10", "")).toBe("currency");
  });
});

describe("profileFieldFor", () => {
  it("maps API paths to form fields", () => {
    expect(profileFieldFor("name")).toBe("name");
    expect(profileFieldFor("profile.annualTurnover.amountMinor")).toBe("annualTurnover");
    expect(profileFieldFor("profile.annualTurnover.currency")).toBe("turnoverCurrency");
    expect(profileFieldFor("reviewIntervalMonths")).toBe("reviewIntervalMonths");
    expect(profileFieldFor("profile.unknown")).toBeUndefined();
  });
});
