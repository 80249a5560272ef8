import Papa from "papaparse";
import { plainAmount, reportingAmount } from "#pages/dashboard/lines.ts";
import type { ExposureLine } from "#pages/dashboard/model.ts";

/**
 * The CSV export of the line items in view. Amounts are exact decimal strings in major units without
 * grouping (a spreadsheet reads "64875.00" as a number); nothing is rounded beyond the API's minor
 * units. Cells a spreadsheet would run as a formula are escaped.
 */
export const CSV_COLUMNS = [
  "system",
  "systemId",
  "jurisdiction",
  "rule",
  "offence",
  "citation",
  "basis",
  "firstOrRepeat",
  "priorOffence",
  "amount",
  "currency",
  "convertedAmount",
  "reportingCurrency",
  "rate",
  "rateDate",
  "inputs",
  "assumptions",
  "consequences",
  "counted",
  "notCountedReason",
  "unverified",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

const joined = (items: readonly string[]): string => items.join("; ");

/** One row per line item, every value a string. */
export function csvRow(line: ExposureLine, currency: string): CsvRow {
  const inReporting = reportingAmount(line, currency);
  const c = line.converted;
  return {
    system: line.systemName,
    systemId: line.systemId,
    jurisdiction: line.jurisdiction,
    rule: line.ruleId,
    offence: line.offence,
    citation: line.citation.text,
    basis: line.citation.basis,
    firstOrRepeat: line.firstOrRepeat,
    priorOffence: line.priorOffence?.occurredAt ?? "",
    amount: plainAmount(line.amount),
    currency: line.amount.currency,
    // Blank when no rate was on file: the line is then outside the reporting-currency total.
    convertedAmount: inReporting ? plainAmount(inReporting) : "",
    reportingCurrency: currency,
    // Units of quote per one base: "500 KZT/USD".
    rate: c ? `${c.rate} ${c.quote}/${c.base}` : "",
    rateDate: c?.rateDate ?? "",
    inputs: joined(Object.entries(line.inputs).map(([k, v]) => `${k}=${v}`)),
    assumptions: joined(line.assumptions.map((a) => `[${a.basis}] ${a.text}`)),
    consequences: joined(line.consequences),
    counted: line.counted ? "yes" : "no",
    notCountedReason: line.notCountedReason ?? "",
    unverified: line.unverified ? "yes" : "no",
  };
}

/** The CSV text: a header row in the reader's language, then one row per line item. */
export function linesToCsv(
  lines: readonly ExposureLine[],
  currency: string,
  header: Record<CsvColumn, string>,
): string {
  return Papa.unparse(
    {
      fields: CSV_COLUMNS.map((c) => header[c]),
      data: lines.map((l) => {
        const row = csvRow(l, currency);
        return CSV_COLUMNS.map((c) => row[c]);
      }),
    },
    { escapeFormulae: true, newline: "\r\n", quotes: false },
  );
}

/** A file name that says what and when: "airisk-exposure-2026-03-01-KZT.csv". */
export function csvFileName(asOf: string, currency: string, scope?: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  const parts = ["airisk-exposure", asOf, currency, ...(scope ? [safe(scope)] : [])].filter((p) => p !== "");
  return `${parts.join("-")}.csv`;
}
