import { describe, expect, it } from "vitest";
import { nextReviewDay } from "./review.ts";

describe("nextReviewDay", () => {
  it("adds the organisation's interval", () => {
    expect(nextReviewDay("2026-03-15", 6)).toBe("2026-09-15");
    expect(nextReviewDay("2026-03-15", 12)).toBe("2027-03-15");
  });

  it("never goes past 12 months (AI Law Art. 18(1))", () => {
    expect(nextReviewDay("2026-03-15", 24)).toBe("2027-03-15");
  });

  it("clamps month ends and leap days instead of spilling into the next month", () => {
    expect(nextReviewDay("2027-01-31", 1)).toBe("2027-02-28");
    expect(nextReviewDay("2028-01-31", 1)).toBe("2028-02-29");
    expect(nextReviewDay("2028-02-29", 12)).toBe("2029-02-28");
  });
});
