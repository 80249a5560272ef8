import { defaultExchangeRates, jurisdictions, mciValues } from "@airisk/regulations/catalogue";
import { type Jurisdiction, PROFILE_FLAGS } from "@airisk/regulations/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyOffence,
  computeExposure,
  type ExposureFinding,
  type ExposureInput,
  type ExposureLine,
  type ExposureResult,
  type ExposureSystem,
  repeatWindowStart,
} from "./exposure.ts";

// Expected figures are penalties.md's check figures or worked by hand; none is recomputed here.
const SYNTHETIC = "kz.coao.641-1.synthetic";
const HIGH_RISK = "kz.coao.641-1.high-risk";
const BASES = new Set(["law", "inferred", "product_policy"]);

function kzSystem(overrides: Partial<ExposureSystem> = {}): ExposureSystem {
  return {
    id: "sys-kz",
    name: "Chat assistant",
    state: "operating.compliant",
    jurisdictions: ["KZ"],
    roles: ["owner"],
    impactLevel: "medium",
    autonomyLevel: "low",
    flags: { producesSyntheticOutputs: true },
    nextReviewAt: "2026-12-01",
    obligationStatuses: { "kz.synthetic.labelling": "gap" },
    ...overrides,
  };
}

function euSystem(overrides: Partial<ExposureSystem> = {}): ExposureSystem {
  return {
    id: "sys-eu",
    name: "Scoring engine",
    state: "operating.compliant",
    jurisdictions: ["EU"],
    roles: ["provider"],
    euRiskTier: "minimal",
    flags: {},
    nextReviewAt: null,
    obligationStatuses: { "eu.ai-act.prohibited-practices-screening": "gap" },
    ...overrides,
  };
}

function run(overrides: Partial<ExposureInput> = {}): ExposureResult {
  return computeExposure({
    asOf: "2026-03-15",
    organisation: { kzOffenderCategory: "medium" },
    systems: [kzSystem()],
    findings: [],
    catalogue: jurisdictions,
    mciValues,
    rates: defaultExchangeRates,
    reportingCurrency: "USD",
    ...overrides,
  });
}

const linesOf = (r: ExposureResult, ruleId: string): ExposureLine[] =>
  r.lines.filter((l) => l.ruleId === ruleId);
function lineOf(r: ExposureResult, ruleId: string): ExposureLine {
  const found = linesOf(r, ruleId);
  expect(found).toHaveLength(1);
  return found[0] as ExposureLine;
}
const finding = (occurredAt: string, offence = SYNTHETIC, systemId = "sys-other"): ExposureFinding => ({
  systemId,
  offence,
  occurredAt,
});

describe("Kazakhstan CoAO Art. 641-1: the eight cells at MCI 4,325 and KZT 500/US$", () => {
  // penalties.md check figures: KZT amount, exact US$ cents, US$ rounded half up to whole dollars.
  const cells = [
    ["natural_person", "first", 15, "6487500", "12975", "13000"],
    ["natural_person", "repeat", 30, "12975000", "25950", "26000"],
    ["small", "first", 20, "8650000", "17300", "17300"],
    ["small", "repeat", 50, "21625000", "43250", "43300"],
    ["medium", "first", 30, "12975000", "25950", "26000"],
    ["medium", "repeat", 70, "30275000", "60550", "60600"],
    ["large", "first", 100, "43250000", "86500", "86500"],
    ["large", "repeat", 200, "86500000", "173000", "173000"],
  ] as const;

  it.each(cells)(
    "%s, %s offence: %i MCI = KZT %s minor ≈ US$ %s cents",
    (category, kind, count, kzt, cents, whole) => {
      const r = run({
        organisation: { kzOffenderCategory: category },
        findings: kind === "repeat" ? [finding("2026-02-01")] : [],
      });
      const line = lineOf(r, SYNTHETIC);
      expect(line.firstOrRepeat).toBe(kind);
      expect(line.amount).toEqual({ amountMinor: kzt, currency: "KZT" });
      expect(line.inputs).toMatchObject({
        offenderCategory: category,
        firstOrRepeat: kind,
        mciCount: String(count),
        mciYear: "2026",
        mciValue: "KZT 4,325",
      });
      expect(line.converted).toMatchObject({
        amount: { amountMinor: cents, currency: "USD" },
        wholeUnits: { amountMinor: whole, currency: "USD" },
        rate: "500",
        base: "USD",
        quote: "KZT",
        rateDate: "2026-03-01",
      });
      expect(line.converted?.caveat).toMatch(/approximate and indicative/i);
      expect(r.total).toEqual({ amountMinor: cents, currency: "USD" });
      expect(line.citation).toMatchObject({ text: "CoAO Art. 641-1", basis: "law" });
      expect(line.obligations.map((o) => o.id)).toEqual(["kz.synthetic.labelling"]);
    },
  );

  it("shows the KZT figure as is when reporting in KZT", () => {
    const r = run({ reportingCurrency: "KZT", organisation: { kzOffenderCategory: "large" } });
    const line = lineOf(r, SYNTHETIC);
    expect(line.converted).toBeUndefined();
    expect(r.total).toEqual({ amountMinor: "43250000", currency: "KZT" });
  });

  it("a repeat carries suspension or prohibition as a non-monetary consequence; a first does not", () => {
    const first = lineOf(run(), SYNTHETIC);
    expect(first.consequences).toEqual([]);
    const repeat = run({ findings: [finding("2026-02-01")] });
    expect(lineOf(repeat, SYNTHETIC).consequences.join(" ")).toMatch(/suspension or prohibition/);
    expect(repeat.nonMonetary).toEqual([expect.objectContaining({ systemId: "sys-kz", ruleId: SYNTHETIC })]);
    expect(lineOf(repeat, SYNTHETIC).priorOffence).toEqual({
      systemId: "sys-other",
      occurredAt: "2026-02-01",
    });
  });

  it("labels every assumption, with the repeat window and the MCI year as inferred", () => {
    const line = lineOf(run(), SYNTHETIC);
    for (const a of line.assumptions) expect(BASES.has(a.basis)).toBe(true);
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({ basis: "inferred", text: expect.stringMatching(/Repeat within one year/) }),
    );
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({
        basis: "inferred",
        text: expect.stringMatching(/MCI used .* year of 2026-03-15/),
      }),
    );
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({ basis: "law", text: expect.stringMatching(/may mislead users/) }),
    );
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({
        basis: "inferred",
        text: expect.stringMatching(/applying from .* \(2026-01-18\)/),
      }),
    );
  });

  it("an offender category that is not set shows the large-business figure, labelled product policy", () => {
    const r = run({ organisation: {} });
    const line = lineOf(r, SYNTHETIC);
    expect(line.amount.amountMinor).toBe("43250000");
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({
        basis: "product_policy",
        text: expect.stringMatching(/Offender category not set/),
      }),
    );
    expect(r.warnings.join(" ")).toMatch(/offender category is not set/);
  });

  it("only the owner or holder is fined; a met obligation is no exposure", () => {
    expect(linesOf(run({ systems: [kzSystem({ roles: ["user"] })] }), SYNTHETIC)).toEqual([]);
    const met = run({ systems: [kzSystem({ obligationStatuses: { "kz.synthetic.labelling": "met" } })] });
    expect(met.lines).toEqual([]);
    expect(met.total).toEqual({ amountMinor: "0", currency: "USD" });
    expect(linesOf(run({ systems: [kzSystem({ flags: {} })] }), SYNTHETIC)).toEqual([]);
  });

  it("an obligation with no recorded status counts as a gap, labelled product policy", () => {
    const line = lineOf(run({ systems: [kzSystem({ obligationStatuses: {} })] }), SYNTHETIC);
    expect(line.obligations[0]?.status).toBe("unassessed");
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({ basis: "product_policy", text: expect.stringMatching(/counted as a gap/) }),
    );
  });
});

describe("repeat within one year (D minus one calendar year, penalties.md)", () => {
  const at = (day: string, occurredAt: string) =>
    classifyOffence(SYNTHETIC, day, [finding(occurredAt)]).firstOrRepeat;

  it("the window starts on D minus one year: the day before is first, on and after are repeat", () => {
    expect(repeatWindowStart("2027-06-15")).toBe("2026-06-15");
    expect(at("2027-06-15", "2026-06-14")).toBe("first");
    expect(at("2027-06-15", "2026-06-15")).toBe("repeat");
    expect(at("2027-06-15", "2026-06-16")).toBe("repeat");
  });

  it("an offence dated D itself, or later, is not before D", () => {
    expect(at("2027-06-15", "2027-06-15")).toBe("first");
    expect(at("2027-06-15", "2027-06-16")).toBe("first");
    expect(at("2027-06-15", "2027-06-14")).toBe("repeat");
  });

  it("across a leap day the window is a calendar year (366 days), not 365 days", () => {
    // D = 2028-03-01: D minus one year is 2027-03-01, 366 days earlier.
    expect(repeatWindowStart("2028-03-01")).toBe("2027-03-01");
    expect(at("2028-03-01", "2027-02-28")).toBe("first");
    expect(at("2028-03-01", "2027-03-01")).toBe("repeat");
    expect(at("2028-03-01", "2027-03-02")).toBe("repeat");
  });

  it("from a leap day the window starts on 28 February of the year before", () => {
    expect(repeatWindowStart("2028-02-29")).toBe("2027-02-28");
    expect(at("2028-02-29", "2027-02-27")).toBe("first");
    expect(at("2028-02-29", "2027-02-28")).toBe("repeat");
    expect(at("2028-02-29", "2027-03-01")).toBe("repeat");
  });

  it("an offence on a leap day stays a prior offence until 28 February of the next year inclusive", () => {
    expect(at("2029-02-28", "2028-02-29")).toBe("repeat"); // window from 2028-02-28
    expect(at("2029-03-01", "2028-02-29")).toBe("first"); // window from 2028-03-01
  });

  it("counts only offences of the same kind, by any system of the organisation", () => {
    expect(classifyOffence(SYNTHETIC, "2026-06-01", [finding("2026-03-01", HIGH_RISK)]).firstOrRepeat).toBe(
      "first",
    );
    const r = run({ asOf: "2026-06-01", findings: [finding("2026-03-01", SYNTHETIC, "another-system")] });
    expect(lineOf(r, SYNTHETIC).firstOrRepeat).toBe("repeat");
  });

  it("the whole engine applies the boundary: 2026-12-10 looks back to 2025-12-10", () => {
    const kind = (occurredAt: string) =>
      lineOf(run({ asOf: "2026-12-10", findings: [finding(occurredAt)] }), SYNTHETIC).firstOrRepeat;
    expect(kind("2025-12-09")).toBe("first");
    expect(kind("2025-12-10")).toBe("repeat");
    expect(kind("2025-12-11")).toBe("repeat");
  });
});

describe("effective dates", () => {
  it("no Kazakhstan exposure before 2026-01-18; from that day there is", () => {
    const before = run({ asOf: "2026-01-17", reportingCurrency: "KZT" });
    expect(before.lines).toEqual([]);
    expect(before.noMonetaryExposure).toEqual([
      expect.objectContaining({ jurisdiction: "KZ", reason: expect.stringMatching(/apply from 2026-01-18/) }),
    ]);
    const on = run({ asOf: "2026-01-18", reportingCurrency: "KZT" });
    expect(lineOf(on, SYNTHETIC).amount.amountMinor).toBe("12975000"); // medium, first: 30 MCI
    expect(on.noMonetaryExposure).toEqual([]);
    expect(on.byJurisdiction).toEqual([
      expect.objectContaining({ jurisdiction: "KZ", total: { amountMinor: "12975000", currency: "KZT" } }),
    ]);
  });

  it("EU Art. 50 transparency exposure (Art. 99(4)) starts on 2026-08-02", () => {
    const system = euSystem({
      flags: { interactsWithPeople: true },
      obligationStatuses: {
        "eu.ai-act.prohibited-practices-screening": "met",
        "eu.ai-act.transparency.interaction": "gap",
      },
    });
    const args = { systems: [system], reportingCurrency: "EUR", organisation: {} };
    expect(run({ ...args, asOf: "2026-08-01" }).lines).toEqual([]);
    const on = run({ ...args, asOf: "2026-08-02" });
    expect(lineOf(on, "eu.ai-act.99-4").amount).toEqual({ amountMinor: "1500000000", currency: "EUR" });
  });

  it("EU Art. 101 GPAI fines apply from 2026-08-02", () => {
    const gpai = euSystem({
      flags: { isGeneralPurposeModel: true },
      obligationStatuses: {
        "eu.ai-act.prohibited-practices-screening": "met",
        "eu.ai-act.gpai.provider-obligations": "gap",
      },
    });
    const args = { systems: [gpai], reportingCurrency: "EUR", organisation: {} };
    expect(linesOf(run({ ...args, asOf: "2026-08-01" }), "eu.ai-act.101")).toEqual([]);
    expect(lineOf(run({ ...args, asOf: "2026-08-02" }), "eu.ai-act.101").amount.amountMinor).toBe(
      "1500000000",
    );
  });
});

describe("the MCI of the year", () => {
  // A tenant override for 2027 (a made-up value for the test; the catalogue ships 2026 only).
  const withMci2027 = [
    ...mciValues,
    { index: "KZ_MCI" as const, year: 2027, value: { amountMinor: "450000", currency: "KZT" } },
  ];

  it("uses the MCI of the as-of year", () => {
    const r = run({ asOf: "2027-02-01", mciValues: withMci2027, reportingCurrency: "KZT" });
    const line = lineOf(r, SYNTHETIC);
    expect(line.amount.amountMinor).toBe("13500000"); // 30 × KZT 4,500
    expect(line.inputs).toMatchObject({ mciYear: "2027", mciValue: "KZT 4,500" });
    expect(
      lineOf(run({ asOf: "2026-12-31", mciValues: withMci2027, reportingCurrency: "KZT" }), SYNTHETIC).amount
        .amountMinor,
    ).toBe("12975000"); // 30 × KZT 4,325
  });

  it("without the year's value falls back to the latest earlier one, with a warning and an inferred assumption", () => {
    const r = run({ asOf: "2027-02-01", reportingCurrency: "KZT" });
    const line = lineOf(r, SYNTHETIC);
    expect(line.amount.amountMinor).toBe("12975000");
    expect(line.inputs.mciYear).toBe("2026");
    expect(r.warnings.join(" ")).toMatch(/No MCI value on file for 2027/);
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({
        basis: "inferred",
        text: expect.stringMatching(/MCI for 2027 is not on file/),
      }),
    );
  });

  it("an open recorded offence is valued at the MCI of its own date", () => {
    const r = run({
      asOf: "2027-02-01",
      mciValues: withMci2027,
      reportingCurrency: "KZT",
      systems: [kzSystem({ obligationStatuses: { "kz.synthetic.labelling": "met" } })],
      findings: [{ systemId: "sys-kz", offence: SYNTHETIC, occurredAt: "2026-11-20", open: true }],
    });
    const line = lineOf(r, SYNTHETIC);
    expect(line.source).toBe("recorded_offence");
    expect(line.valuedAt).toBe("2026-11-20");
    expect(line.amount.amountMinor).toBe("12975000"); // 2026 MCI
    expect(line.firstOrRepeat).toBe("first");
  });

  it("an open finding and the gap that persists: the gap is now a repeat", () => {
    const r = run({
      asOf: "2026-06-01",
      reportingCurrency: "KZT",
      findings: [{ systemId: "sys-kz", offence: SYNTHETIC, occurredAt: "2026-03-01", open: true }],
    });
    const lines = linesOf(r, SYNTHETIC);
    expect(lines.map((l) => [l.source, l.firstOrRepeat, l.amount.amountMinor])).toEqual([
      ["obligation_gap", "repeat", "30275000"], // 70 MCI
      ["recorded_offence", "first", "12975000"], // 30 MCI
    ]);
    expect(r.total.amountMinor).toBe("43250000");
  });
});

describe("EU AI Act Art. 99: higher-of, and lower-of for SMEs", () => {
  const eur = (turnover: string | undefined, extra: Partial<ExposureInput["organisation"]> = {}) =>
    lineOf(
      run({
        systems: [euSystem()],
        reportingCurrency: "EUR",
        organisation: {
          ...(turnover ? { annualTurnover: { amountMinor: turnover, currency: "EUR" } } : {}),
          ...extra,
        },
      }),
      "eu.ai-act.99-3",
    );
  const EUR_400M = "40000000000";
  const EUR_500M = "50000000000";
  const EUR_1BN = "100000000000";

  it("7 % of EUR 400m (28m) is below EUR 35m: the fixed cap wins", () => {
    const line = eur(EUR_400M);
    expect(line.amount).toEqual({ amountMinor: "3500000000", currency: "EUR" });
    expect(line.inputs).toMatchObject({ percentOfTurnover: "EUR 28,000,000", applied: "fixed cap" });
  });

  it("7 % of EUR 1bn (70m) is above EUR 35m: the percentage wins", () => {
    const line = eur(EUR_1BN);
    expect(line.amount).toEqual({ amountMinor: "7000000000", currency: "EUR" });
    expect(line.inputs.applied).toBe("percentage of turnover");
  });

  it("at the crossover (EUR 500m) both give EUR 35m", () => {
    expect(eur(EUR_500M).amount.amountMinor).toBe("3500000000");
    expect(eur(EUR_500M, { euSme: true }).amount.amountMinor).toBe("3500000000");
  });

  it("an SME gets the lower: EUR 28m at 400m, EUR 35m at 1bn", () => {
    expect(eur(EUR_400M, { euSme: true }).amount.amountMinor).toBe("2800000000");
    expect(eur(EUR_1BN, { euSme: true }).amount.amountMinor).toBe("3500000000");
    expect(eur(EUR_400M, { euSme: true }).inputs.rule).toMatch(/lower: the organisation is an SME/);
  });

  it("Art. 101 has no SME rule: an SME GPAI provider gets the higher (3 % of EUR 1bn = 30m)", () => {
    const r = run({
      asOf: "2026-09-01",
      reportingCurrency: "EUR",
      organisation: { euSme: true, annualTurnover: { amountMinor: EUR_1BN, currency: "EUR" } },
      systems: [
        euSystem({
          flags: { isGeneralPurposeModel: true },
          obligationStatuses: {
            "eu.ai-act.prohibited-practices-screening": "met",
            "eu.ai-act.gpai.provider-obligations": "gap",
          },
        }),
      ],
    });
    expect(lineOf(r, "eu.ai-act.101").amount.amountMinor).toBe("3000000000");
  });

  it("small mid-cap relief is off by default, and when the tenant turns it on it is labelled unverified", () => {
    const org = { euSmallMidCap: true, annualTurnover: { amountMinor: EUR_400M, currency: "EUR" } };
    const base = { systems: [euSystem()], reportingCurrency: "EUR", organisation: org };
    expect(lineOf(run(base), "eu.ai-act.99-3").amount.amountMinor).toBe("3500000000");
    const on = lineOf(run({ ...base, options: { euSmallMidCapLowerOf: true } }), "eu.ai-act.99-3");
    expect(on.amount.amountMinor).toBe("2800000000");
    expect(on.assumptions).toContainEqual(
      expect.objectContaining({
        basis: "inferred",
        text: expect.stringMatching(/^Unverified.*small mid-caps/),
      }),
    );
  });

  it("unknown turnover shows the fixed cap with an inferred assumption and a warning", () => {
    const r = run({ systems: [euSystem()], reportingCurrency: "EUR", organisation: {} });
    const line = lineOf(r, "eu.ai-act.99-3");
    expect(line.amount.amountMinor).toBe("3500000000");
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({
        basis: "inferred",
        text: expect.stringMatching(/turnover-based cap may be higher/),
      }),
    );
    expect(r.warnings.join(" ")).toMatch(/Annual turnover is not set/);
  });

  it("turnover in another currency is converted at the dated rate", () => {
    const r = run({
      systems: [euSystem()],
      reportingCurrency: "EUR",
      organisation: { annualTurnover: { amountMinor: "55000000000000", currency: "KZT" } }, // KZT 550bn
      rates: [{ base: "EUR", quote: "KZT", rate: "550", asOf: "2026-03-01" }],
    });
    // KZT 550bn / 550 = EUR 1bn; 7 % = EUR 70m.
    expect(lineOf(r, "eu.ai-act.99-3").amount.amountMinor).toBe("7000000000");
  });
});

describe("currency conversion with dated rates", () => {
  const rates = [
    { base: "USD", quote: "KZT", rate: "500", asOf: "2026-03-01" },
    { base: "USD", quote: "KZT", rate: "520", asOf: "2026-06-01", citation: "tenant override" },
    { base: "USD", quote: "KZT", rate: "480", asOf: "2026-09-01" },
  ];

  it("uses the latest rate on or before the as-of date, and shows rate and date", () => {
    const before = lineOf(run({ asOf: "2026-05-31", rates }), SYNTHETIC).converted;
    expect(before).toMatchObject({ rate: "500", rateDate: "2026-03-01", amount: { amountMinor: "25950" } });
    const on = lineOf(run({ asOf: "2026-06-01", rates }), SYNTHETIC).converted;
    // KZT 129,750 / 520 = 249.5192… → US$ 249.52; whole dollars 250.
    expect(on).toMatchObject({
      rate: "520",
      rateDate: "2026-06-01",
      rateSource: "tenant override",
      amount: { amountMinor: "24952" },
      wholeUnits: { amountMinor: "25000" },
    });
    expect(lineOf(run({ asOf: "2026-08-31", rates }), SYNTHETIC).converted?.rate).toBe("520");
  });

  it("on equal dates the later entry (a tenant override) wins", () => {
    const r = run({
      rates: [...defaultExchangeRates, { base: "USD", quote: "KZT", rate: "510", asOf: "2026-03-01" }],
    });
    expect(lineOf(r, SYNTHETIC).converted?.rate).toBe("510");
  });

  it("a missing rate is a warning, not a crash: the line keeps its KZT amount and is left out of the total", () => {
    const r = run({ asOf: "2026-02-15" }); // the only rate is of 2026-03-01
    const line = lineOf(r, SYNTHETIC);
    expect(line.amount.amountMinor).toBe("12975000");
    expect(line.converted).toBeUndefined();
    expect(r.total).toEqual({ amountMinor: "0", currency: "USD" });
    expect(r.complete).toBe(false);
    expect(r.warnings.join(" ")).toMatch(/No KZT\/USD exchange rate on or before 2026-02-15/);
    expect(r.byJurisdiction[0]).toMatchObject({ jurisdiction: "KZ", unconverted: 1 });
  });

  it("adds lines in several currencies once converted", () => {
    const r = run({
      reportingCurrency: "KZT",
      organisation: { kzOffenderCategory: "medium" },
      systems: [kzSystem(), euSystem()],
      rates: [{ base: "EUR", quote: "KZT", rate: "550", asOf: "2026-01-01" }],
    });
    // KZT 129,750 + EUR 35m × 550 = KZT 19,250,000,000 → 19,250,129,750.00
    expect(r.total).toEqual({ amountMinor: "1925012975000", currency: "KZT" });
    expect(r.complete).toBe(true);
  });
});

describe("proposed rules never count", () => {
  it("Turkey's draft fines give no monetary exposure", () => {
    const r = run({ systems: [euSystem({ id: "tr", jurisdictions: ["TR"] })] });
    expect(r.lines).toEqual([]);
    expect(r.noMonetaryExposure).toEqual([
      expect.objectContaining({ jurisdiction: "TR", reason: expect.stringMatching(/only proposed/) }),
    ]);
  });

  it("Spain's draft fines do not count; the EU's reach the system through ES", () => {
    const r = run({
      systems: [euSystem({ jurisdictions: ["ES"] })],
      reportingCurrency: "EUR",
      organisation: {},
    });
    expect(r.lines.map((l) => l.jurisdiction)).toEqual(["EU"]);
    expect(lineOf(r, "eu.ai-act.99-3").reachedThrough).toEqual(["ES"]);
  });

  it("a proposed rule triggered by a gap, or named by an open finding, is not counted", () => {
    const proposed: Jurisdiction[] = jurisdictions.map((j) =>
      j.code === "KZ"
        ? { ...j, penalties: j.penalties.map((p) => ({ ...p, proposed: true, effectiveFrom: null })) }
        : j,
    );
    const r = run({
      catalogue: proposed,
      findings: [{ systemId: "sys-kz", offence: SYNTHETIC, occurredAt: "2026-03-01", open: true }],
    });
    expect(r.lines).toEqual([]);
    expect(r.noMonetaryExposure).toEqual([expect.objectContaining({ jurisdiction: "KZ" })]);
  });
});

describe("lifecycle states", () => {
  it("a retired system's exposure is zero", () => {
    const r = run({ systems: [kzSystem({ state: "retired" })] });
    expect(r.lines).toEqual([]);
    expect(r.total.amountMinor).toBe("0");
    expect(r.bySystem).toEqual([
      expect.objectContaining({
        systemId: "sys-kz",
        retired: true,
        total: { amountMinor: "0", currency: "USD" },
      }),
    ]);
  });

  it("a retired system's recorded offences still make the organisation's next one a repeat", () => {
    const r = run({
      systems: [kzSystem({ id: "old", state: "retired" }), kzSystem({ id: "new" })],
      findings: [finding("2026-02-01", SYNTHETIC, "old")],
    });
    expect(r.lines.map((l) => [l.systemId, l.firstOrRepeat])).toEqual([["new", "repeat"]]);
  });

  it("a suspended system is flagged on its lines and listed", () => {
    const r = run({ systems: [kzSystem({ state: "suspended", prohibitedPracticeFlagged: true })] });
    const line = lineOf(r, SYNTHETIC);
    expect(line.suspendedSystem).toBe(true);
    expect(r.suspendedSystems).toEqual([{ systemId: "sys-kz", systemName: "Chat assistant" }]);
    expect(r.bySystem[0]).toMatchObject({ suspended: true });
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({
        basis: "product_policy",
        text: expect.stringMatching(/counts as not operating/),
      }),
    );
  });
});

describe("Kazakhstan high-risk offence: impact high and a lapsed risk process", () => {
  const highRisk = (overrides: Partial<ExposureSystem> = {}) =>
    kzSystem({
      impactLevel: "high",
      flags: {},
      obligationStatuses: {},
      nextReviewAt: "2026-12-01",
      ...overrides,
    });

  it("a future as-of date uses the stored next review date: on the day it is not overdue, the day after it is", () => {
    const on = run({ asOf: "2026-12-01", systems: [highRisk()], reportingCurrency: "KZT" });
    expect(linesOf(on, HIGH_RISK)).toEqual([]);
    expect(on.overdueReviews).toEqual([]);
    const after = run({ asOf: "2026-12-02", systems: [highRisk()], reportingCurrency: "KZT" });
    const line = lineOf(after, HIGH_RISK);
    expect(line.amount.amountMinor).toBe("12975000"); // medium, first: 30 MCI
    expect(line.grounds).toContain("review overdue: the next review was due on 2026-12-01");
    expect(line.obligations).toEqual([expect.objectContaining({ id: "kz.risk.process", status: "lapsed" })]);
    expect(after.overdueReviews).toEqual([
      { systemId: "sys-kz", systemName: "Chat assistant", nextReviewAt: "2026-12-01" },
    ]);
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({ basis: "law", text: expect.stringMatching(/requires a consequence/) }),
    );
    expect(line.assumptions).toContainEqual(
      expect.objectContaining({ basis: "inferred", text: expect.stringMatching(/stored next review date/) }),
    );
  });

  it("an overdue review of a system that is not high impact is no CoAO exposure (but is listed as overdue)", () => {
    const r = run({ asOf: "2026-12-02", systems: [highRisk({ impactLevel: "medium" })] });
    expect(r.lines).toEqual([]);
    expect(r.overdueReviews).toHaveLength(1);
  });

  it("an unmitigated risk above tolerance is a lapse", () => {
    const r = run({ systems: [highRisk({ unmitigatedRiskAboveTolerance: true })] });
    expect(lineOf(r, HIGH_RISK).grounds).toContain("a risk above the tolerance is not mitigated");
  });

  it("operating while a prohibited practice is flagged is a lapse; a suspended system is not operating", () => {
    const operating = run({ systems: [highRisk({ prohibitedPracticeFlagged: true })] });
    expect(lineOf(operating, HIGH_RISK).grounds).toContain(
      "operating while a prohibited practice is flagged",
    );
    const suspended = run({ systems: [highRisk({ state: "suspended", prohibitedPracticeFlagged: true })] });
    expect(linesOf(suspended, HIGH_RISK)).toEqual([]);
  });

  it("without a lapse a high-impact system has no CoAO exposure", () => {
    expect(run({ systems: [highRisk()] }).lines).toEqual([]);
  });
});

describe("other jurisdictions", () => {
  it("soft-law jurisdictions answer 'no monetary exposure' rather than zero", () => {
    const r = run({ systems: [kzSystem({ jurisdictions: ["SG"] })] });
    expect(r.byJurisdiction).toEqual([]);
    expect(r.noMonetaryExposure).toEqual([
      {
        jurisdiction: "SG",
        name: expect.any(String),
        status: "soft_law",
        reason: "no monetary exposure (soft law)",
      },
    ]);
  });

  it("a binding jurisdiction with fines in force but nothing triggered shows zero", () => {
    const r = run({ systems: [kzSystem({ obligationStatuses: { "kz.synthetic.labelling": "met" } })] });
    expect(r.byJurisdiction).toEqual([
      expect.objectContaining({ jurisdiction: "KZ", total: { amountMinor: "0", currency: "USD" }, lines: 0 }),
    ]);
  });

  it("alternative tiers of the same conduct: only the highest counts (New York City LL 144)", () => {
    const r = run({
      reportingCurrency: "USD",
      systems: [
        euSystem({
          id: "hiring",
          jurisdictions: ["US-NYC"],
          roles: ["deployer"],
          flags: { makesDecisionsAboutPeople: true, usedInWorkplace: true },
          obligationStatuses: { "us-nyc.ll144.bias-audit": "gap" },
        }),
      ],
    });
    const first = lineOf(r, "us-nyc.ll144.first-violation");
    const subsequent = lineOf(r, "us-nyc.ll144.subsequent-violation");
    expect(subsequent.counted).toBe(true);
    expect(first.counted).toBe(false);
    expect(first.notCountedReason).toMatch(/alternative to us-nyc.ll144.subsequent-violation/);
    expect(r.total).toEqual({ amountMinor: "150000", currency: "USD" }); // US$ 1,500
    expect(subsequent.assumptions).toContainEqual(
      expect.objectContaining({ basis: "product_policy", text: expect.stringMatching(/range .* maximum/) }),
    );
  });

  it("a rule no obligation triggers counts only through an open finding (EU Art. 99(5))", () => {
    const system = euSystem({ obligationStatuses: { "eu.ai-act.prohibited-practices-screening": "met" } });
    const args = { systems: [system], reportingCurrency: "EUR", organisation: {} };
    expect(run(args).lines).toEqual([]);
    const r = run({
      ...args,
      findings: [{ systemId: "sys-eu", offence: "eu.ai-act.99-5", occurredAt: "2026-01-10", open: true }],
    });
    expect(lineOf(r, "eu.ai-act.99-5").amount.amountMinor).toBe("750000000");
  });

  it("warns about unknown offences and jurisdictions without failing", () => {
    const r = run({
      systems: [kzSystem({ jurisdictions: ["KZ", "XX"] })],
      findings: [finding("2026-01-20", "no.such.rule")],
    });
    expect(r.warnings.join(" ")).toMatch(/unknown offence "no.such.rule"/);
    expect(r.warnings.join(" ")).toMatch(/jurisdiction XX is not in the catalogue/);
    expect(r.lines).toHaveLength(1);
  });

  it("refuses a malformed as-of date", () => {
    expect(() => run({ asOf: "2026-02-30" })).toThrow(/asOf/);
  });
});

describe("invariants over arbitrary portfolios", () => {
  const codes = ["KZ", "EU", "ES", "US-CA", "US-NYC", "US-TX", "CN", "KR", "SG", "TR", "GB", "CA"];
  const states = [
    "draft",
    "riskProcess.assessment",
    "operating.compliant",
    "operating.overdue",
    "suspended",
    "retired",
  ];
  const systemArb = fc.record({
    id: fc.uuid(),
    name: fc.constant("system"),
    state: fc.constantFrom(...states),
    jurisdictions: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 }),
    roles: fc.uniqueArray(fc.constantFrom("owner", "holder", "user", "provider", "deployer" as const), {
      minLength: 1,
      maxLength: 3,
    }),
    impactLevel: fc.constantFrom("minimal", "medium", "high" as const),
    euRiskTier: fc.constantFrom(
      "prohibited",
      "high_annex_iii",
      "high_annex_i",
      "limited",
      "minimal" as const,
    ),
    flags: fc.record(
      Object.fromEntries(PROFILE_FLAGS.map((f) => [f, fc.boolean()])) as Record<
        (typeof PROFILE_FLAGS)[number],
        fc.Arbitrary<boolean>
      >,
    ),
    nextReviewAt: fc.option(fc.constantFrom("2026-01-01", "2026-12-01", "2027-06-01"), { nil: null }),
    unmitigatedRiskAboveTolerance: fc.boolean(),
  });

  it("never uses non-integer money, and the total is the sum of the counted lines", () => {
    fc.assert(
      fc.property(
        fc.array(systemArb, { maxLength: 4 }),
        fc.constantFrom("2025-06-01", "2026-03-15", "2026-09-01", "2028-03-01"),
        fc.constantFrom("USD", "KZT", "EUR"),
        fc.constantFrom<Array<"natural_person" | "small" | "medium" | "large" | undefined>>(
          "natural_person",
          "large",
          undefined,
        ),
        (systems, asOf, currency, kzOffenderCategory) => {
          const r = computeExposure({
            asOf,
            organisation: {
              kzOffenderCategory,
              euSme: false,
              annualTurnover: { amountMinor: "100000000000", currency: "EUR" },
            },
            systems,
            findings: [],
            catalogue: jurisdictions,
            mciValues,
            rates: [...defaultExchangeRates, { base: "EUR", quote: "KZT", rate: "550", asOf: "2025-01-01" }],
            reportingCurrency: currency,
          });
          let sum = 0n;
          for (const l of r.lines) {
            expect(l.amount.amountMinor).toMatch(/^\d+$/);
            expect(systems.find((s) => s.id === l.systemId)?.state).not.toBe("retired");
            for (const a of l.assumptions) expect(BASES.has(a.basis)).toBe(true);
            expect(l.jurisdiction).not.toBe("TR");
            const m = l.amount.currency === currency ? l.amount : l.converted?.amount;
            if (l.counted && m) sum += BigInt(m.amountMinor);
          }
          expect(r.total.amountMinor).toBe(sum.toString());
          if (asOf < "2026-01-18") expect(r.lines.some((l) => l.jurisdiction === "KZ")).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
