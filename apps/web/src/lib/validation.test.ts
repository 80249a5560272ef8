import { describe, expect, it } from "vitest";
import { isEmail, isIntInRange } from "#lib/validation.ts";

describe("isEmail", () => {
  it("accepts ordinary addresses", () => {
    expect(isEmail("ada@example.com")).toBe(true);
    expect(isEmail(" a.b+c@mail.example.kz ")).toBe(true);
  });

  it("refuses what cannot be an address", () => {
    for (const bad of [
      "",
      "ada",
      "ada@",
      "@example.com",
      "ada@example",
      "a da@example.com",
      "ada@@x.com",
      "ada@x..com",
    ]) {
      expect(isEmail(bad)).toBe(false);
    }
  });
});

describe("isIntInRange", () => {
  it("accepts whole numbers within the bounds", () => {
    expect(isIntInRange("1", 1, 12)).toBe(true);
    expect(isIntInRange("12", 1, 12)).toBe(true);
    expect(isIntInRange(" 25 ", 1, 25)).toBe(true);
  });

  it("refuses fractions, signs, out-of-range values and blanks", () => {
    for (const bad of ["0", "13", "1.5", "-1", "", "abc", "1e1"])
      expect(isIntInRange(bad, 1, 12)).toBe(false);
  });
});
