import { compareMoney, type Money, minorUnitExponent, sumMoney, toMinor } from "@airisk/domain/money";
import type { Dashboard, DrillFilter, ExposureLine, Occurrence } from "#pages/dashboard/model.ts";

/**
 * Pure groupings of the dashboard's line items. Every figure the page shows that the API does not
 * already total (first vs repeat amounts, rates used, a drill-down's subtotal) is summed here from
 * the same line items, exactly (BigInt minor units), with the engine's rules: only counted lines
 * add up, and a line without a rate to the reporting currency is left out and counted as such.
 */

export type { Money };

/** What a line adds in the reporting currency: its own amount, its converted amount, or nothing. */
export function reportingAmount(line: ExposureLine, currency: string): Money | undefined {
  if (line.amount.currency === currency) return line.amount;
  return line.converted?.amount.currency === currency ? line.converted.amount : undefined;
}

export type Subtotal = {
  total: Money;
  /** Every line, counted or not. */
  lines: number;
  /** Lines that add to the total (or would, with a rate). */
  counted: number;
  /** Counted lines left out of the total for want of an exchange rate. */
  unconverted: number;
};

export function subtotal(lines: readonly ExposureLine[], currency: string): Subtotal {
  const counted = lines.filter((l) => l.counted);
  const amounts = counted.flatMap((l) => {
    const m = reportingAmount(l, currency);
    return m ? [m] : [];
  });
  return {
    total: sumMoney(amounts, currency),
    lines: lines.length,
    counted: counted.length,
    unconverted: counted.length - amounts.length,
  };
}

/**
 * What the counted lines without a rate to `currency` add up to, in their own currencies: the part
 * of a figure that is missing from it, shown beside it rather than dropped.
 */
export function unconvertedTotals(lines: readonly ExposureLine[], currency: string): Money[] {
  const sums = new Map<string, Money[]>();
  for (const l of lines) {
    if (!l.counted || reportingAmount(l, currency)) continue;
    sums.set(l.amount.currency, [...(sums.get(l.amount.currency) ?? []), l.amount]);
  }
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([code, amounts]) => sumMoney(amounts, code));
}

/** Lines grouped under each key a line yields (a line with several obligations is under each). */
export function groupLines(
  lines: readonly ExposureLine[],
  keys: (line: ExposureLine) => readonly string[],
): Map<string, ExposureLine[]> {
  const out = new Map<string, ExposureLine[]>();
  for (const l of lines) {
    for (const k of keys(l)) {
      const list = out.get(k);
      if (list) list.push(l);
      else out.set(k, [l]);
    }
  }
  return out;
}

export const isEmptyFilter = (filter: DrillFilter): boolean =>
  Object.values(filter).every((v) => v === undefined);

export function matchesFilter(line: ExposureLine, filter: DrillFilter): boolean {
  if (filter.jurisdiction !== undefined && line.jurisdiction !== filter.jurisdiction) return false;
  if (filter.systemId !== undefined && line.systemId !== filter.systemId) return false;
  if (filter.ruleId !== undefined && line.ruleId !== filter.ruleId) return false;
  if (filter.occurrence !== undefined && line.firstOrRepeat !== filter.occurrence) return false;
  if (filter.obligationId !== undefined && !line.obligations.some((o) => o.id === filter.obligationId))
    return false;
  return true;
}

/** The line items behind a figure: counted ones first, the largest first, then by system and rule. */
export function filterLines(
  lines: readonly ExposureLine[],
  filter: DrillFilter,
  currency: string,
): ExposureLine[] {
  const minor = (l: ExposureLine): bigint => {
    const m = reportingAmount(l, currency);
    return m ? toMinor(m) : -1n;
  };
  return lines
    .filter((l) => matchesFilter(l, filter))
    .sort((a, b) => {
      if (a.counted !== b.counted) return a.counted ? -1 : 1;
      const d = minor(b) - minor(a);
      if (d !== 0n) return d > 0n ? 1 : -1;
      return (
        a.systemName.localeCompare(b.systemName) ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.id.localeCompare(b.id)
      );
    });
}

export type RateUsed = {
  base: string;
  quote: string;
  rate: string;
  rateDate: string;
  caveat: string;
  rateSource?: string;
};

/** The distinct exchange rates behind the converted counted lines, so every converted figure names its rate. */
export function ratesUsed(lines: readonly ExposureLine[]): RateUsed[] {
  const out = new Map<string, RateUsed>();
  for (const l of lines) {
    const c = l.converted;
    if (!l.counted || !c) continue;
    const key = `${c.base}/${c.quote}/${c.rate}/${c.rateDate}`;
    if (!out.has(key)) {
      out.set(key, {
        base: c.base,
        quote: c.quote,
        rate: c.rate,
        rateDate: c.rateDate,
        caveat: c.caveat,
        ...(c.rateSource ? { rateSource: c.rateSource } : {}),
      });
    }
  }
  return [...out.values()].sort((a, b) => (a.rateDate < b.rateDate ? 1 : a.rateDate > b.rateDate ? -1 : 0));
}

/** First-time vs repeat offences: what each adds to the total, and how many lines. */
export function occurrenceSplit(
  lines: readonly ExposureLine[],
  currency: string,
): Record<Occurrence, Subtotal> {
  return {
    first: subtotal(
      lines.filter((l) => l.firstOrRepeat === "first"),
      currency,
    ),
    repeat: subtotal(
      lines.filter((l) => l.firstOrRepeat === "repeat"),
      currency,
    ),
  };
}

const byTotalDesc = <T extends { total: Money }>(a: T, b: T): number => compareMoney(b.total, a.total);

export type OffenceRow = {
  ruleId: string;
  jurisdiction: string;
  offence: string;
  total: Money;
  first: Money;
  repeat: Money;
  firstCount: number;
  repeatCount: number;
  lines: number;
  unconverted: number;
};

/** By offence (rule), with the amounts of first and repeat offences apart, largest first. */
export function offenceRows(dashboard: Pick<Dashboard, "byOffence" | "lines" | "currency">): OffenceRow[] {
  const { currency } = dashboard;
  return dashboard.byOffence
    .map((o) => {
      // The server's sums when it sends them (a large organisation's lines are only the largest).
      const ls = dashboard.lines.filter((l) => l.ruleId === o.ruleId);
      const split = o.firstTotal && o.repeatTotal ? undefined : occurrenceSplit(ls, currency);
      return {
        ruleId: o.ruleId,
        jurisdiction: o.jurisdiction,
        offence: o.offence ?? ls[0]?.offence ?? o.ruleId,
        total: o.total,
        first: o.firstTotal ?? split?.first.total ?? o.total,
        repeat: o.repeatTotal ?? split?.repeat.total ?? o.total,
        firstCount: o.first,
        repeatCount: o.repeat,
        lines: o.lines,
        unconverted: o.unconverted,
      };
    })
    .sort((a, b) => byTotalDesc(a, b) || a.ruleId.localeCompare(b.ruleId));
}

export type ObligationRow = Dashboard["byObligation"][number] & { title: string };

/** By obligation, with each obligation's title (from the lines it triggered), largest first. */
export function obligationRows(dashboard: Pick<Dashboard, "byObligation" | "lines">): ObligationRow[] {
  const titles = new Map<string, string>();
  for (const l of dashboard.lines) for (const o of l.obligations) titles.set(o.id, o.title);
  for (const o of dashboard.byObligation) if (o.title) titles.set(o.obligationId, o.title);
  return dashboard.byObligation
    .map((o) => ({ ...o, title: titles.get(o.obligationId) ?? o.obligationId }))
    .sort((a, b) => byTotalDesc(a, b) || a.obligationId.localeCompare(b.obligationId));
}

export type SystemRow = Dashboard["bySystem"][number];

/** The systems with the largest exposure (those with line items only), at most `limit`. */
export function topSystems(bySystem: readonly SystemRow[], limit = 10): SystemRow[] {
  return bySystem
    .filter((s) => !s.retired && s.lines > 0)
    .sort(
      (a, b) =>
        byTotalDesc(a, b) ||
        b.lines - a.lines ||
        a.systemName.localeCompare(b.systemName) ||
        a.systemId.localeCompare(b.systemId),
    )
    .slice(0, limit);
}

export type SuspensionRisk = {
  systemId: string;
  systemName: string;
  suspended: boolean;
  consequences: Array<{ ruleId: string; consequence: string }>;
};

/** Systems at risk of suspension or prohibition (the engine's non-monetary consequences), one entry per system. */
export function suspensionRisks(
  dashboard: Pick<Dashboard, "nonMonetary" | "suspendedSystems">,
): SuspensionRisk[] {
  const suspended = new Set(dashboard.suspendedSystems.map((s) => s.systemId));
  const out = new Map<string, SuspensionRisk>();
  for (const n of dashboard.nonMonetary) {
    const entry = out.get(n.systemId) ?? {
      systemId: n.systemId,
      systemName: n.systemName,
      suspended: suspended.has(n.systemId),
      consequences: [],
    };
    if (!entry.consequences.some((c) => c.ruleId === n.ruleId && c.consequence === n.consequence)) {
      entry.consequences.push({ ruleId: n.ruleId, consequence: n.consequence });
    }
    out.set(n.systemId, entry);
  }
  return [...out.values()].sort((a, b) => a.systemName.localeCompare(b.systemName));
}

export const SCALE = [1, 2, 3, 4, 5] as const;

export type HeatCell = { likelihood: number; severity: number; count: number; score: number };

/**
 * The 5 × 5 grid in reading order (severity 5 down to 1, likelihood 1 to 5), every cell present,
 * counts from the API's sparse cells; cells off the scale are reported apart, never dropped silently.
 */
export function heatmapGrid(cells: ReadonlyArray<{ likelihood: number; severity: number; count: number }>): {
  grid: HeatCell[];
  total: number;
  offScale: number;
} {
  const grid: HeatCell[] = [];
  for (const severity of [...SCALE].reverse())
    for (const likelihood of SCALE)
      grid.push({ likelihood, severity, count: 0, score: likelihood * severity });
  let total = 0;
  let offScale = 0;
  for (const c of cells) {
    total += c.count;
    const cell = grid.find((g) => g.likelihood === c.likelihood && g.severity === c.severity);
    if (cell) cell.count += c.count;
    else offScale += c.count;
  }
  return { grid, total, offScale };
}

/** Major units as a float, for chart geometry only: labels always show the exact amount. */
export function toChartNumber(m: Money): number {
  const exp = minorUnitExponent(m.currency);
  const minor = toMinor(m);
  const unit = 10n ** BigInt(exp);
  return Number(minor / unit) + Number(minor % unit) / Number(unit);
}

/** The exact major amount without grouping ("64875", "259.50"), as spreadsheets read it. */
export function plainAmount(m: Money): string {
  const exp = minorUnitExponent(m.currency);
  const minor = toMinor(m);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exp + 1, "0");
  const whole = digits.slice(0, digits.length - exp);
  const text = exp > 0 ? `${whole}.${digits.slice(digits.length - exp)}` : whole;
  return negative ? `-${text}` : text;
}

export type TrendPoint = { day: string; total: Money; complete: boolean; value: number };

/** The recorded daily totals of the last 12 months (oldest first), ready to plot. */
export function trendSeries(dashboard: Pick<Dashboard, "trend">): TrendPoint[] {
  return dashboard.trend.map((p) => ({ ...p, value: toChartNumber(p.total) }));
}

export type ProjectionPoint = { asOf: string; total: Money; complete: boolean; value: number; now: boolean };

/** The current total followed by the API's six projected months, ready to plot. */
export function projectionSeries(
  dashboard: Pick<Dashboard, "asOf" | "total" | "complete" | "projection">,
): ProjectionPoint[] {
  return [
    { asOf: dashboard.asOf, total: dashboard.total, complete: dashboard.complete, now: true },
    ...dashboard.projection.map((p) => ({ ...p, now: false })),
  ].map((p) => ({ ...p, value: toChartNumber(p.total) }));
}
