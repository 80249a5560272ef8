import { PROFILE_FLAGS, SYSTEM_ROLES } from "@airisk/regulations/schema";
import fc from "fast-check";
import type { OrganisationFacts, SystemFacts } from "#applicability.ts";

/** Arbitrary system profiles in the api.md vocabulary, over the given jurisdiction codes. */
export function systemFactsArbitrary(codes: readonly string[]): fc.Arbitrary<SystemFacts> {
  return fc.record({
    jurisdictions: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 }),
    roles: fc.uniqueArray(fc.constantFrom(...SYSTEM_ROLES), { minLength: 1, maxLength: 3 }),
    impactLevel: fc.option(fc.constantFrom("minimal", "medium", "high"), { nil: undefined }),
    autonomyLevel: fc.option(fc.constantFrom("low", "medium", "high"), { nil: undefined }),
    euRiskTier: fc.option(
      fc.constantFrom("prohibited", "high_annex_iii", "high_annex_i", "limited", "minimal"),
      {
        nil: undefined,
      },
    ),
    euAnnexIIIArea: fc.option(fc.constantFrom("1", "4", "5(b)", "5(c)", "8"), { nil: undefined }),
    flags: fc.record(
      Object.fromEntries(PROFILE_FLAGS.map((f) => [f, fc.boolean()])) as Record<
        (typeof PROFILE_FLAGS)[number],
        fc.Arbitrary<boolean>
      >,
    ),
  });
}

export const organisationFactsArbitrary: fc.Arbitrary<OrganisationFacts> = fc.record({
  flags: fc.record({ publicSector: fc.boolean(), providesPublicServices: fc.boolean() }),
});

/** A date between 2024 and 2030 as YYYY-MM-DD. */
export const isoDateArbitrary: fc.Arbitrary<string> = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
