import type { RouterOutputs } from "#trpc.ts";

/** The dashboard's data as the API sends it, and its search parameters (date and currency in the URL). */
export type Dashboard = RouterOutputs["dashboard"]["exposure"];
export type ExposureLine = Dashboard["lines"][number];

export type DashboardSearch = { asOf?: string; currency?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;

export function parseDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const asOf = typeof search.asOf === "string" && DAY.test(search.asOf) ? search.asOf : undefined;
  const currency =
    typeof search.currency === "string" && CURRENCY.test(search.currency.toUpperCase())
      ? search.currency.toUpperCase()
      : undefined;
  return { ...(asOf ? { asOf } : {}), ...(currency ? { currency } : {}) };
}
