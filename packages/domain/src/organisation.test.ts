import { describe, expect, it } from "vitest";
import { Money, OrganisationProfile, PROFILE_DEFAULTS } from "./organisation.ts";

describe("organisation profile", () => {
  it("accepts a full Kazakh profile and normalises currency codes", () => {
    const profile = OrganisationProfile.parse({
      kzOffenderCategory: "medium",
      euSme: false,
      annualTurnover: { amountMinor: "125000000000", currency: "kzt" },
      reportingCurrency: "usd",
      reviewIntervalMonths: 12,
      riskTolerance: 9,
    });
    expect(profile.annualTurnover).toEqual({ amountMinor: "125000000000", currency: "KZT" });
    expect(profile.reportingCurrency).toBe("USD");
  });

  it.each([
    [{ reviewIntervalMonths: 13 }, "reviewIntervalMonths", "at least yearly"],
    [{ riskTolerance: 0 }, "riskTolerance", "1 to 25"],
    [{ reportingCurrency: "XYZW" }, "reportingCurrency", "ISO 4217"],
    [{ kzOffenderCategory: "huge" }, "kzOffenderCategory", ""],
    [{ unknownField: 1 }, "", "unknownField"],
    [{ reviewGraceDays: 91 }, "reviewGraceDays", "0 to 90"],
    [{ reviewGraceDays: 1.5 }, "reviewGraceDays", ""],
    [{ reminderOffsetsDays: [0] }, "reminderOffsetsDays.0", "1 to 365"],
    [{ reminderOffsetsDays: [7, 7] }, "reminderOffsetsDays", "repeat"],
  ])("refuses %o naming %s", (input, path, reason) => {
    const result = OrganisationProfile.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path.join(".")).toBe(path);
    expect(JSON.stringify(result.error?.issues)).toContain(reason);
  });

  it("keeps money as exact digits, refusing floats and negatives", () => {
    expect(Money.parse({ amountMinor: "99999999999999999999", currency: "EUR" }).amountMinor).toBe(
      "99999999999999999999",
    );
    expect(Money.safeParse({ amountMinor: "10.5", currency: "EUR" }).success).toBe(false);
    expect(Money.safeParse({ amountMinor: "-1", currency: "EUR" }).success).toBe(false);
  });

  it("takes the reminder policy, defaulting to 14 days' grace and reminders 30, 7 and 1 day before", () => {
    expect(OrganisationProfile.parse({ reviewGraceDays: 0, reminderOffsetsDays: [60, 1] })).toEqual({
      reviewGraceDays: 0,
      reminderOffsetsDays: [60, 1],
    });
    expect(PROFILE_DEFAULTS.reviewGraceDays).toBe(14);
    expect(PROFILE_DEFAULTS.reminderOffsetsDays).toEqual([30, 7, 1]);
  });
});
