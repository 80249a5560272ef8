import type { RouterOutputs } from "#trpc.ts";

/**
 * The dashboard's data as the API sends it, and its search parameters (date, currency and the open
 * drill-down live in the URL, so a view can be shared). Pure and light: the router imports it, so
 * nothing here may pull the page (or its charting library) into the initial bundle.
 */
export type Dashboard = RouterOutputs["dashboard"]["exposure"];
export type ExposureLine = Dashboard["lines"][number];

export type DashboardSearch = {
  asOf?: string;
  currency?: string;
  /** The open drill-down, serialised by `serializeDrill` ("all", "system:…", "rule:…,occurrence:repeat"). */
  drill?: string;
};

export type Occurrence = "first" | "repeat";

/**
 * Which line items a drill-down shows: every field present must match; none present is every line
 * (the drill-down of the total).
 */
export type DrillFilter = {
  jurisdiction?: string;
  systemId?: string;
  ruleId?: string;
  obligationId?: string;
  occurrence?: Occurrence;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
/** Ids as the catalogue and the register spell them: letters, digits, dots, dashes, underscores. */
const ID = /^[A-Za-z0-9._-]{1,120}$/;
const DRILL_MAX = 400;

/** The URL's key for each filter field, in the order they are written. */
const DRILL_KEYS = [
  ["jurisdiction", "jurisdiction"],
  ["systemId", "system"],
  ["ruleId", "rule"],
  ["obligationId", "obligation"],
  ["occurrence", "occurrence"],
] as const satisfies ReadonlyArray<readonly [keyof DrillFilter, string]>;

/** "all" for no filter, else `key:value` pairs joined by commas, in a fixed order. */
export function serializeDrill(filter: DrillFilter): string {
  const parts = DRILL_KEYS.flatMap(([field, key]) => {
    const value = filter[field];
    return value === undefined ? [] : [`${key}:${value}`];
  });
  return parts.length === 0 ? "all" : parts.join(",");
}

/** The filter a `drill` parameter names, or undefined when it is malformed (the drill-down stays shut). */
export function parseDrill(value: unknown): DrillFilter | undefined {
  if (typeof value !== "string" || value.length > DRILL_MAX) return undefined;
  if (value === "all") return {};
  const filter: DrillFilter = {};
  for (const part of value.split(",")) {
    const colon = part.indexOf(":");
    if (colon < 1) return undefined;
    const key = part.slice(0, colon);
    const raw = part.slice(colon + 1);
    const entry = DRILL_KEYS.find(([, k]) => k === key);
    if (!entry || !ID.test(raw)) return undefined;
    const [field] = entry;
    if (filter[field] !== undefined) return undefined;
    if (field === "occurrence") {
      if (raw !== "first" && raw !== "repeat") return undefined;
      filter.occurrence = raw;
    } else {
      filter[field] = raw;
    }
  }
  return filter;
}

/** The search with the drill-down opened on `filter`, or shut (undefined); date and currency kept. */
export function withDrill(search: DashboardSearch, filter: DrillFilter | undefined): DashboardSearch {
  const { drill: _drill, ...rest } = search;
  return filter ? { ...rest, drill: serializeDrill(filter) } : rest;
}

/** The search at another date or currency; `undefined` returns to the default (today, the organisation's currency). */
export function withView(
  search: DashboardSearch,
  next: { asOf?: string | undefined; currency?: string | undefined },
): DashboardSearch {
  const { asOf: _asOf, currency: _currency, ...rest } = search;
  const asOf = "asOf" in next ? next.asOf : search.asOf;
  const currency = "currency" in next ? next.currency : search.currency;
  return { ...(asOf ? { asOf } : {}), ...(currency ? { currency } : {}), ...rest };
}

/** Currencies the picker offers: the usual three, the organisation's own and whatever is in view. */
export function currencyOptions(...extra: Array<string | undefined>): string[] {
  const out = ["KZT", "USD", "EUR"];
  for (const c of extra) if (c && CURRENCY.test(c) && !out.includes(c)) out.push(c);
  return out;
}

export function parseDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const asOf = typeof search.asOf === "string" && DAY.test(search.asOf) ? search.asOf : undefined;
  const currency =
    typeof search.currency === "string" && CURRENCY.test(search.currency.toUpperCase())
      ? search.currency.toUpperCase()
      : undefined;
  const filter = parseDrill(search.drill);
  const drill = filter ? serializeDrill(filter) : undefined;
  return { ...(asOf ? { asOf } : {}), ...(currency ? { currency } : {}), ...(drill ? { drill } : {}) };
}
