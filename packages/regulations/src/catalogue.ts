import { z } from "zod";
import { jurisdictionInputs } from "#jurisdictions/index.ts";
import { ExchangeRate, IndexValue, Jurisdiction } from "#schema.ts";

/**
 * The regulatory catalogue: every jurisdiction of the tracker, validated once when this module
 * loads (a malformed entry fails the build and every test). Each release of the content bumps
 * `catalogueVersion` and adds a dated line to `changeLog`.
 */
export const CatalogueChange = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  date: z.iso.date(),
  summary: z.string().min(1),
});
export type CatalogueChange = z.infer<typeof CatalogueChange>;

export const changeLog: readonly CatalogueChange[] = [
  {
    version: "0.1.0",
    date: "2026-11-25",
    summary: "Empty catalogue: the package and its versioning exist; content follows.",
  },
  {
    version: "1.0.0",
    date: "2026-11-25",
    summary:
      "Every jurisdiction of the tracker; Kazakhstan (AI Law, Digital Code, CoAO 641-1) and the EU AI Act " +
      "(as amended by Regulation (EU) 2026/1744) in depth; penalty schedules for KR, CN, US-CA, US-CO, US-TX, " +
      "US-NYC, US-NY, BR, CA, ES and TR. Sources as of about September 2026.",
  },
];

export const catalogueVersion: string = changeLog.at(-1)?.version ?? "0.0.0";

export const jurisdictions: readonly Jurisdiction[] = z.array(Jurisdiction).parse(jurisdictionInputs);

const byCode = new Map(jurisdictions.map((j) => [j.code, j]));

export function getJurisdiction(code: string): Jurisdiction | undefined {
  return byCode.get(code);
}

/** Kazakhstan's monthly calculation index (MCI) by year: fines are multiples of it. */
export const mciValues: readonly z.infer<typeof IndexValue>[] = z.array(IndexValue).parse([
  {
    index: "KZ_MCI",
    year: 2026,
    value: { amountMinor: "432500", currency: "KZT" },
    citation: "Law on the Republican Budget for 2026-2028 (MCI for 2026 as the seed gives it)",
    confidence: "S",
  },
]);

/** Default exchange rates the product ships; tenants may override them with their own dated values. */
export const defaultExchangeRates: readonly z.infer<typeof ExchangeRate>[] = z.array(ExchangeRate).parse([
  {
    base: "USD",
    quote: "KZT",
    rate: "500",
    asOf: "2026-03-01",
    citation:
      "The seed's US$ equivalents assume about KZT 500 per US$ (March 2026); approximate and indicative only",
    confidence: "S1",
  },
]);
