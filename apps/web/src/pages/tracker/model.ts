import type { RouterInputs, RouterOutputs } from "#trpc.ts";

/**
 * The tracker's data as the API sends it, and the search parameters of its pages. Pure: no React,
 * no i18n, so the router can import it without pulling the pages into the initial bundle.
 */

export type JurisdictionList = RouterOutputs["regulations"]["jurisdictions"];
export type JurisdictionListItem = JurisdictionList["items"][number];
export type JurisdictionDetail = RouterOutputs["regulations"]["jurisdiction"];
export type Instrument = JurisdictionDetail["instruments"][number];
export type Obligation = JurisdictionDetail["obligations"][number];
export type ProhibitedPractice = JurisdictionDetail["prohibitedPractices"][number];
export type PenaltyRule = JurisdictionDetail["penalties"][number];
export type PenaltyAmount = PenaltyRule["amount"];
export type Citation = Obligation["citation"];
export type Confidence = Instrument["confidence"];
export type UpcomingChange = RouterOutputs["regulations"]["upcoming"][number];

type ListInput = Extract<RouterInputs["regulations"]["jurisdictions"], { q?: unknown }>;
export type JurisdictionStatus = Exclude<ListInput["status"], undefined>;
export type Region = Exclude<ListInput["region"], undefined>;
export type JurisdictionKind = JurisdictionListItem["kind"];
export type OffenderCategory = keyof Extract<PenaltyAmount, { kind: "index" }>["byCategory"];

// Records rather than arrays, so a value added to the schema fails the type-check until listed here.
const STATUS_ORDER: Record<JurisdictionStatus, number> = {
  in_force: 0,
  enacted: 1,
  draft: 2,
  sectoral: 3,
  soft_law: 4,
  treaty: 5,
};
const REGION_ORDER: Record<Region, number> = {
  europe: 0,
  asia: 1,
  middle_east: 2,
  africa: 3,
  americas: 4,
  oceania: 5,
  global: 6,
};
const OFFENDER_ORDER: Record<OffenderCategory, number> = { natural_person: 0, small: 1, medium: 2, large: 3 };

const byOrder = <K extends string>(order: Record<K, number>): K[] =>
  (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);

export const STATUSES: readonly JurisdictionStatus[] = byOrder(STATUS_ORDER);
export const REGIONS: readonly Region[] = byOrder(REGION_ORDER);
export const OFFENDER_CATEGORIES: readonly OffenderCategory[] = byOrder(OFFENDER_ORDER);

/** [S1] one secondary source and [M] background not re-verified show as "unverified". */
export const isUnverified = (confidence: Confidence): boolean => confidence === "S1" || confidence === "M";

/** The list's filters as kept in the URL (`/tracker?status=in_force&region=asia&binding=soft&q=…`). */
export type TrackerSearch = {
  q?: string;
  status?: JurisdictionStatus;
  region?: Region;
  binding?: "binding" | "soft";
};

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return typeof value === "string" && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/**
 * Whatever stands in the URL, made safe: unknown values are dropped rather than sent to the API.
 * The router parses `?q=2024` as a number, so numbers are read back as text.
 */
export function parseTrackerSearch(search: Record<string, unknown>): TrackerSearch {
  const raw = typeof search.q === "number" ? String(search.q) : search.q;
  const q = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  return {
    q: q === "" ? undefined : q,
    status: oneOf(STATUSES, search.status),
    region: oneOf(REGIONS, search.region),
    binding: oneOf(["binding", "soft"] as const, search.binding),
  };
}

/** The API input for the list: filters apply on the server. */
export function listInput(search: TrackerSearch): ListInput {
  return {
    q: search.q,
    status: search.status,
    region: search.region,
    binding: search.binding === undefined ? undefined : search.binding === "binding",
  };
}

export const UPCOMING_MONTHS = [6, 12, 18, 24, 36] as const;
export type UpcomingMonths = (typeof UPCOMING_MONTHS)[number];
export const DEFAULT_UPCOMING_MONTHS: UpcomingMonths = 18;

export function parseUpcomingSearch(search: Record<string, unknown>): { months?: UpcomingMonths } {
  const value = typeof search.months === "string" ? Number(search.months) : search.months;
  const months = UPCOMING_MONTHS.find((m) => m === value);
  return { months };
}

export type Nested<T extends { code: string; parent?: string }> = { item: T; children: T[] };

/**
 * Puts US states and cities (and any other child) under their parent when the parent is listed
 * too; a child whose parent was filtered out stays on its own line, in its place.
 */
export function nestByParent<T extends { code: string; parent?: string }>(items: readonly T[]): Nested<T>[] {
  const listed = new Set(items.map((item) => item.code));
  const children = new Map<string, T[]>();
  for (const item of items) {
    if (item.parent && item.parent !== item.code && listed.has(item.parent)) {
      children.set(item.parent, [...(children.get(item.parent) ?? []), item]);
    }
  }
  return items
    .filter((item) => !(item.parent && item.parent !== item.code && listed.has(item.parent)))
    .map((item) => ({ item, children: children.get(item.code) ?? [] }));
}

/** Today in the reader's time zone as YYYY-MM-DD, the form catalogue dates take. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type TimelineStep = {
  date: string;
  kind: "enacted" | "inForce" | "step";
  /** The step's own words; undefined for the enacted and in-force dates, which the UI labels. */
  what?: string;
  confidence: Confidence;
  future: boolean;
};

/**
 * An instrument's dates as one sorted list: enacted, in force and its timeline steps (the in-force
 * date is not repeated when a step already falls on it), each marked past or future.
 */
export function instrumentSteps(instrument: Instrument, today: string): TimelineStep[] {
  const steps: Omit<TimelineStep, "future">[] = instrument.timeline.map((s) => ({
    date: s.date,
    kind: "step" as const,
    what: s.what,
    confidence: s.confidence,
  }));
  if (instrument.inForce && !steps.some((s) => s.date === instrument.inForce)) {
    steps.push({ date: instrument.inForce, kind: "inForce", confidence: instrument.confidence });
  }
  if (instrument.enacted && !steps.some((s) => s.date === instrument.enacted)) {
    steps.push({ date: instrument.enacted, kind: "enacted", confidence: instrument.confidence });
  }
  const rank = { enacted: 0, inForce: 1, step: 2 } as const;
  return steps
    .sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind])
    .map((s) => ({ ...s, future: s.date > today }));
}

/** Where "today" goes among sorted steps: the index of the first future step (length if none). */
export function todayIndex(steps: readonly { date: string }[], today: string): number {
  const index = steps.findIndex((s) => s.date > today);
  return index === -1 ? steps.length : index;
}

/** The date an instrument sits at on the jurisdiction's timeline: in force, else enacted, else its first step. */
export function instrumentDate(instrument: Instrument): string | undefined {
  return (
    instrument.inForce ??
    instrument.enacted ??
    [...instrument.timeline].sort((a, b) => a.date.localeCompare(b.date))[0]?.date
  );
}

/** Instruments oldest first; undated ones last, in catalogue order. */
export function sortInstruments(instruments: readonly Instrument[]): Instrument[] {
  return instruments
    .map((instrument, index) => ({ instrument, index, date: instrumentDate(instrument) }))
    .sort((a, b) => {
      if (a.date && b.date) return a.date.localeCompare(b.date) || a.index - b.index;
      if (a.date) return -1;
      if (b.date) return 1;
      return a.index - b.index;
    })
    .map((entry) => entry.instrument);
}

/** Items by month ("2026-08"), months ascending, each month's items in the order given. */
export function groupByMonth<T extends { date: string }>(
  items: readonly T[],
): { month: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const group = groups.get(month);
    if (group) group.push(item);
    else groups.set(month, [item]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, grouped]) => ({ month, items: grouped }));
}
