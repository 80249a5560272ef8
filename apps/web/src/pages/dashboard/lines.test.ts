import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, type CsvColumn, csvFileName, csvRow, linesToCsv } from "#pages/dashboard/csv.ts";
import { figureText, formatMoney as formatMoneyIntl, formatRate } from "#pages/dashboard/format.ts";
import {
  filterLines,
  groupLines,
  heatmapGrid,
  obligationRows,
  occurrenceSplit,
  offenceRows,
  plainAmount,
  projectionSeries,
  ratesUsed,
  reportingAmount,
  subtotal,
  suspensionRisks,
  toChartNumber,
  topSystems,
  trendSeries,
  unconvertedTotals,
} from "#pages/dashboard/lines.ts";
import type { Dashboard, ExposureLine } from "#pages/dashboard/model.ts";

const USD_RATE = {
  rate: "500",
  base: "USD",
  quote: "KZT",
  rateDate: "2026-03-01",
  caveat: "Approximate and indicative only: converted at the stated rate of the stated date.",
};

/** A Kazakhstan high-risk line: 30 MCI × KZT 4,325 = KZT 129,750 ≈ US$ 259.50 at 500 KZT/US$. */
function line(overrides: Partial<ExposureLine> = {}): ExposureLine {
  return {
    id: "sys-1|kz.coao.641-1.high-risk",
    source: "obligation_gap",
    systemId: "sys-1",
    systemName: "Credit scoring",
    jurisdiction: "KZ",
    reachedThrough: ["KZ"],
    ruleId: "kz.coao.641-1.high-risk",
    offence: "Failure to manage the risks of a high-risk system",
    citation: { instrument: "kz.coao", text: "CoAO Art. 641-1(2)", basis: "law" },
    confidence: "S",
    unverified: false,
    per: "violation",
    obligations: [
      {
        id: "kz.risk.management",
        title: "Manage the risks of a high-risk system",
        status: "gap",
        citation: { instrument: "kz.ai-law", text: "AI Law Art. 18", basis: "law" },
      },
    ],
    grounds: ["review overdue: the next review was due on 2026-01-31"],
    firstOrRepeat: "first",
    valuedAt: "2026-03-01",
    amount: { amountMinor: "12975000", currency: "KZT" },
    inputs: { offenderCategory: "medium", mciCount: "30", mciValue: "KZT 4,325" },
    assumptions: [{ text: "The MCI used is the one in force in the year of 2026-03-01.", basis: "inferred" }],
    consequences: [],
    suspendedSystem: false,
    counted: true,
    ...overrides,
  };
}

const euLine = (overrides: Partial<ExposureLine> = {}): ExposureLine =>
  line({
    id: "sys-2|eu.ai-act.99-4",
    systemId: "sys-2",
    systemName: "Chat assistant",
    jurisdiction: "EU",
    reachedThrough: ["ES"],
    ruleId: "eu.ai-act.99-4",
    offence: "Non-compliance with transparency obligations",
    citation: { instrument: "eu.ai-act", text: "AI Act Art. 99(4)", basis: "law" },
    obligations: [
      {
        id: "eu.art50.disclosure",
        title: "Tell people they are talking to an AI",
        status: "unassessed",
        citation: { instrument: "eu.ai-act", text: "Art. 50(1)", basis: "law" },
      },
      {
        id: "kz.risk.management",
        title: "Manage the risks of a high-risk system",
        status: "gap",
        citation: { instrument: "kz.ai-law", text: "AI Law Art. 18", basis: "law" },
      },
    ],
    amount: { amountMinor: "1500000000", currency: "EUR" },
    inputs: { fixedCap: "EUR 15,000,000", percent: "3 %" },
    ...overrides,
  });

/** In USD: the KZT lines converted, the EUR line without a rate. */
const repeatLine = line({
  id: "sys-3|kz.coao.641-1.high-risk",
  systemId: "sys-3",
  systemName: "Triage bot",
  firstOrRepeat: "repeat",
  priorOffence: { systemId: "sys-1", occurredAt: "2025-06-15" },
  amount: { amountMinor: "30275000", currency: "KZT" },
  converted: {
    amount: { amountMinor: "60550", currency: "USD" },
    wholeUnits: { amountMinor: "60600", currency: "USD" },
    ...USD_RATE,
  },
  consequences: ["Suspension or prohibition of the activity"],
});
const firstUsd = line({
  converted: {
    amount: { amountMinor: "25950", currency: "USD" },
    wholeUnits: { amountMinor: "26000", currency: "USD" },
    ...USD_RATE,
  },
});
const lowerTier = line({
  id: "sys-1|kz.coao.641-1.synthetic",
  ruleId: "kz.coao.641-1.synthetic",
  counted: false,
  notCountedReason: "an alternative tier of the same conduct is counted",
  amount: { amountMinor: "8650000", currency: "KZT" },
  converted: {
    amount: { amountMinor: "17300", currency: "USD" },
    wholeUnits: { amountMinor: "17300", currency: "USD" },
    ...USD_RATE,
  },
});
const usdLines = [firstUsd, repeatLine, euLine(), lowerTier];

describe("reportingAmount and subtotal", () => {
  it("uses the line's own amount in its own currency, else the converted one, else nothing", () => {
    expect(reportingAmount(line(), "KZT")).toEqual({ amountMinor: "12975000", currency: "KZT" });
    expect(reportingAmount(firstUsd, "USD")).toEqual({ amountMinor: "25950", currency: "USD" });
    expect(reportingAmount(euLine(), "USD")).toBeUndefined();
    // A conversion to another currency than the one asked for is not used.
    expect(reportingAmount(firstUsd, "EUR")).toBeUndefined();
  });

  it("adds counted lines exactly, and counts those without a rate apart", () => {
    expect(subtotal(usdLines, "USD")).toEqual({
      total: { amountMinor: "86500", currency: "USD" },
      lines: 4,
      counted: 3,
      unconverted: 1,
    });
  });

  it("sums what had no rate in its own currencies, so a figure can show what it leaves out", () => {
    const second = euLine({ id: "sys-9|eu", amount: { amountMinor: "750000000", currency: "EUR" } });
    expect(unconvertedTotals([...usdLines, second], "USD")).toEqual([
      { amountMinor: "2250000000", currency: "EUR" },
    ]);
    expect(unconvertedTotals([firstUsd, lowerTier], "USD")).toEqual([]);
    // Not counted lines add nothing, with or without a rate.
    expect(unconvertedTotals([euLine({ counted: false })], "USD")).toEqual([]);
  });

  it("groups lines under every key they yield", () => {
    const groups = groupLines([line(), euLine()], (l) => l.obligations.map((o) => o.id));
    expect([...groups.keys()]).toEqual(["kz.risk.management", "eu.art50.disclosure"]);
    expect(groups.get("kz.risk.management")).toHaveLength(2);
  });

  it("is exact beyond 2^53 minor units", () => {
    const big = line({ amount: { amountMinor: "9007199254740993", currency: "KZT" } });
    expect(subtotal([big, big], "KZT").total.amountMinor).toBe("18014398509481986");
  });
});

describe("filterLines", () => {
  it("matches every field given, obligations by any of a line's obligations", () => {
    const all = [line(), euLine(), repeatLine];
    expect(filterLines(all, {}, "KZT")).toHaveLength(3);
    expect(filterLines(all, { jurisdiction: "EU" }, "KZT").map((l) => l.id)).toEqual([
      "sys-2|eu.ai-act.99-4",
    ]);
    expect(filterLines(all, { systemId: "sys-3" }, "KZT").map((l) => l.systemId)).toEqual(["sys-3"]);
    expect(filterLines(all, { obligationId: "kz.risk.management" }, "KZT")).toHaveLength(3);
    expect(filterLines(all, { obligationId: "eu.art50.disclosure" }, "KZT")).toHaveLength(1);
    expect(
      filterLines(all, { ruleId: "kz.coao.641-1.high-risk", occurrence: "repeat" }, "KZT").map((l) => l.id),
    ).toEqual(["sys-3|kz.coao.641-1.high-risk"]);
    expect(filterLines(all, { jurisdiction: "EU", occurrence: "repeat" }, "KZT")).toEqual([]);
  });

  it("lists counted lines first, the largest first, and lines without a rate after those with one", () => {
    expect(filterLines(usdLines, {}, "USD").map((l) => l.id)).toEqual([
      repeatLine.id,
      firstUsd.id,
      "sys-2|eu.ai-act.99-4",
      lowerTier.id,
    ]);
  });
});

describe("ratesUsed", () => {
  it("names each distinct rate behind the counted converted lines once", () => {
    expect(ratesUsed(usdLines)).toEqual([USD_RATE]);
    expect(ratesUsed([line(), euLine()])).toEqual([]);
    // A line that is not counted adds nothing to a total, so its rate is not named.
    expect(ratesUsed([lowerTier])).toEqual([]);
  });
});

describe("first vs repeat", () => {
  it("splits amounts and counts by occurrence", () => {
    const split = occurrenceSplit(usdLines, "USD");
    expect(split.first).toEqual({
      total: { amountMinor: "25950", currency: "USD" },
      lines: 3,
      counted: 2,
      unconverted: 1,
    });
    expect(split.repeat).toEqual({
      total: { amountMinor: "60550", currency: "USD" },
      lines: 1,
      counted: 1,
      unconverted: 0,
    });
  });

  it("gives each offence its first and repeat amounts from its lines, largest offence first", () => {
    const dashboard = {
      currency: "KZT",
      lines: [line(), repeatLine, euLine()],
      byOffence: [
        {
          ruleId: "eu.ai-act.99-4",
          jurisdiction: "EU",
          total: { amountMinor: "0", currency: "KZT" },
          lines: 1,
          unconverted: 1,
          first: 1,
          repeat: 0,
        },
        {
          ruleId: "kz.coao.641-1.high-risk",
          jurisdiction: "KZ",
          total: { amountMinor: "43250000", currency: "KZT" },
          lines: 2,
          unconverted: 0,
          first: 1,
          repeat: 1,
        },
      ],
    } satisfies Pick<Dashboard, "byOffence" | "lines" | "currency">;
    const rows = offenceRows(dashboard);
    expect(rows.map((r) => r.ruleId)).toEqual(["kz.coao.641-1.high-risk", "eu.ai-act.99-4"]);
    expect(rows[0]).toMatchObject({
      offence: "Failure to manage the risks of a high-risk system",
      first: { amountMinor: "12975000", currency: "KZT" },
      repeat: { amountMinor: "30275000", currency: "KZT" },
      firstCount: 1,
      repeatCount: 1,
    });
  });
});

describe("obligationRows, topSystems, suspensionRisks", () => {
  it("titles each obligation from its lines", () => {
    const rows = obligationRows({
      lines: [euLine()],
      byObligation: [
        {
          obligationId: "eu.art50.disclosure",
          jurisdiction: "EU",
          total: { amountMinor: "0", currency: "KZT" },
          lines: 1,
          unconverted: 1,
        },
        {
          obligationId: "gone",
          jurisdiction: "EU",
          total: { amountMinor: "0", currency: "KZT" },
          lines: 0,
          unconverted: 0,
        },
      ],
    });
    expect(rows.map((r) => r.title)).toEqual(["Tell people they are talking to an AI", "gone"]);
  });

  it("ranks the systems with line items by amount and keeps ten", () => {
    const system = (n: number, minor: string, extra: object = {}) => ({
      systemId: `s${n}`,
      systemName: `System ${String(n).padStart(2, "0")}`,
      state: "approved",
      retired: false,
      suspended: false,
      reviewOverdue: false,
      total: { amountMinor: minor, currency: "KZT" },
      lines: 1,
      unconverted: 0,
      ...extra,
    });
    const bySystem = [
      ...Array.from({ length: 12 }, (_, i) => system(i + 1, String((i + 1) * 1000))),
      system(50, "99999999", { retired: true, lines: 0 }),
      system(51, "0", { lines: 0 }),
    ];
    const top = topSystems(bySystem);
    expect(top).toHaveLength(10);
    expect(top[0]?.systemId).toBe("s12");
    expect(top.map((s) => s.systemId)).not.toContain("s50");
    expect(top.map((s) => s.systemId)).not.toContain("s1");
  });

  it("groups non-monetary consequences by system and marks the suspended ones", () => {
    const rows = suspensionRisks({
      nonMonetary: [
        { systemId: "b", systemName: "Bravo", ruleId: "r1", consequence: "suspension" },
        { systemId: "a", systemName: "Alpha", ruleId: "r1", consequence: "suspension" },
        { systemId: "b", systemName: "Bravo", ruleId: "r2", consequence: "prohibition" },
        { systemId: "b", systemName: "Bravo", ruleId: "r1", consequence: "suspension" },
      ],
      suspendedSystems: [{ systemId: "b", systemName: "Bravo" }],
    });
    expect(rows).toEqual([
      {
        systemId: "a",
        systemName: "Alpha",
        suspended: false,
        consequences: [{ ruleId: "r1", consequence: "suspension" }],
      },
      {
        systemId: "b",
        systemName: "Bravo",
        suspended: true,
        consequences: [
          { ruleId: "r1", consequence: "suspension" },
          { ruleId: "r2", consequence: "prohibition" },
        ],
      },
    ]);
  });
});

describe("heatmapGrid", () => {
  it("lays 25 cells out from severity 5 down, likelihood 1 across, and reports off-scale counts", () => {
    const { grid, total, offScale } = heatmapGrid([
      { likelihood: 5, severity: 5, count: 2 },
      { likelihood: 1, severity: 1, count: 3 },
      { likelihood: 6, severity: 1, count: 1 },
    ]);
    expect(grid).toHaveLength(25);
    expect(grid[0]).toEqual({ likelihood: 1, severity: 5, count: 0, score: 5 });
    expect(grid[4]).toEqual({ likelihood: 5, severity: 5, count: 2, score: 25 });
    expect(grid[20]).toEqual({ likelihood: 1, severity: 1, count: 3, score: 1 });
    expect(total).toBe(6);
    expect(offScale).toBe(1);
  });
});

describe("amounts", () => {
  it("plots major units and writes exact ones", () => {
    expect(toChartNumber({ amountMinor: "25950", currency: "USD" })).toBe(259.5);
    expect(toChartNumber({ amountMinor: "30000000", currency: "KRW" })).toBe(30_000_000);
    expect(plainAmount({ amountMinor: "12975000", currency: "KZT" })).toBe("129750.00");
    expect(plainAmount({ amountMinor: "5", currency: "USD" })).toBe("0.05");
    expect(plainAmount({ amountMinor: "1234", currency: "BHD" })).toBe("1.234");
    expect(plainAmount({ amountMinor: "30000000", currency: "KRW" })).toBe("30000000");
  });

  it("formats money with the ISO minor units and rates as units of quote per base", () => {
    // Intl separates the code from the amount with a no-break space.
    const formatMoney = (m: { amountMinor: string; currency: string }, locale: string) =>
      formatMoneyIntl(m, locale).replace(/\u00a0/g, " ");
    expect(formatMoney({ amountMinor: "25950", currency: "USD" }, "en")).toBe("USD 259.50");
    expect(formatMoney({ amountMinor: "43250000", currency: "KZT" }, "en")).toBe("KZT 432,500");
    expect(formatMoney({ amountMinor: "9007199254740993", currency: "KZT" }, "en")).toBe(
      "KZT 90,071,992,547,409.93",
    );
    expect(formatRate(USD_RATE, "en")).toBe("500 KZT/USD");
    const label = (parts: Parameters<typeof figureText>[1]) =>
      figureText({ amountMinor: "25950", currency: "USD" }, parts, "en").replace(/\u00a0/g, " ");
    expect(label({ approx: true, unconverted: [] })).toBe("≈ USD 259.50");
    expect(label({ approx: false, unconverted: [{ amountMinor: "1500000000", currency: "EUR" }] })).toBe(
      "USD 259.50 + EUR 15,000,000*",
    );
    expect(formatRate({ rate: "470.25", base: "USD", quote: "KZT" }, "en")).toBe("470.25 KZT/USD");
  });

  it("plots the recorded trend in order, in major units, keeping the exact totals", () => {
    const trend = [
      { day: "2026-07-01", total: { amountMinor: "12975000", currency: "KZT" }, complete: true },
      { day: "2026-08-01", total: { amountMinor: "30275000", currency: "KZT" }, complete: false },
    ];
    expect(trendSeries({ trend })).toEqual([
      { ...trend[0], value: 129_750 },
      { ...trend[1], value: 302_750 },
    ]);
    expect(trendSeries({ trend: [] })).toEqual([]);
  });

  it("starts the projection at the date in view", () => {
    const series = projectionSeries({
      asOf: "2026-03-01",
      total: { amountMinor: "100", currency: "USD" },
      complete: true,
      projection: [{ asOf: "2026-04-01", total: { amountMinor: "250", currency: "USD" }, complete: false }],
    });
    expect(series).toEqual([
      {
        asOf: "2026-03-01",
        total: { amountMinor: "100", currency: "USD" },
        complete: true,
        now: true,
        value: 1,
      },
      {
        asOf: "2026-04-01",
        total: { amountMinor: "250", currency: "USD" },
        complete: false,
        now: false,
        value: 2.5,
      },
    ]);
  });
});

describe("CSV export", () => {
  const header = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<CsvColumn, string>;

  it("writes one row per line with rule, citation, basis, inputs, assumptions, amount and converted amount", () => {
    expect(csvRow(repeatLine, "USD")).toEqual({
      system: "Triage bot",
      systemId: "sys-3",
      jurisdiction: "KZ",
      rule: "kz.coao.641-1.high-risk",
      offence: "Failure to manage the risks of a high-risk system",
      citation: "CoAO Art. 641-1(2)",
      basis: "law",
      firstOrRepeat: "repeat",
      priorOffence: "2025-06-15",
      amount: "302750.00",
      currency: "KZT",
      convertedAmount: "605.50",
      reportingCurrency: "USD",
      rate: "500 KZT/USD",
      rateDate: "2026-03-01",
      inputs: "offenderCategory=medium; mciCount=30; mciValue=KZT 4,325",
      assumptions: "[inferred] The MCI used is the one in force in the year of 2026-03-01.",
      consequences: "Suspension or prohibition of the activity",
      counted: "yes",
      notCountedReason: "",
      unverified: "no",
    });
  });

  it("leaves the converted amount blank without a rate, and repeats the amount in the reporting currency", () => {
    expect(csvRow(euLine(), "USD")).toMatchObject({ amount: "15000000.00", convertedAmount: "", rate: "" });
    expect(csvRow(line(), "KZT")).toMatchObject({
      convertedAmount: "129750.00",
      reportingCurrency: "KZT",
      rate: "",
    });
  });

  it("round-trips through a CSV parser, quoting commas and quotes and neutralising formulae", () => {
    const tricky = line({
      systemName: '=HYPERLINK("http://evil"), "quoted"',
      offence: "line one\nline two",
    });
    const text = linesToCsv([tricky, lowerTier], "KZT", header);
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(3);
    const [first, second] = [parsed[1] ?? [], parsed[2] ?? []];
    expect(first[CSV_COLUMNS.indexOf("system")]).toBe(`'=HYPERLINK("http://evil"), "quoted"`);
    expect(first[CSV_COLUMNS.indexOf("offence")]).toBe("line one\nline two");
    expect(second[CSV_COLUMNS.indexOf("counted")]).toBe("no");
    expect(second[CSV_COLUMNS.indexOf("notCountedReason")]).toBe(
      "an alternative tier of the same conduct is counted",
    );
  });

  it("names the file after the date, the currency and the scope", () => {
    expect(csvFileName("2026-03-01", "USD")).toBe("airisk-exposure-2026-03-01-USD.csv");
    expect(csvFileName("2026-03-01", "KZT", "Credit scoring / KZ")).toBe(
      "airisk-exposure-2026-03-01-KZT-Credit-scoring-KZ.csv",
    );
  });
});
