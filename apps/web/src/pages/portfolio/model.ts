import type { RouterInputs, RouterOutputs } from "#trpc.ts";

/**
 * The portfolio's data as the API sends it, and its search parameters (filters live in the URL).
 * Pure: no React, so the router imports it without pulling the page into the initial bundle.
 */
export type SystemList = RouterOutputs["systems"]["list"];
export type SystemListItem = SystemList["items"][number];
type ListInput = Extract<RouterInputs["systems"]["list"], { q?: unknown }>;

export type SortColumn = NonNullable<ListInput["sort"]>;
export type SortDirection = NonNullable<ListInput["dir"]>;
export type ImpactLevel = NonNullable<ListInput["impactLevel"]>;
export type AutonomyLevel = NonNullable<ListInput["autonomyLevel"]>;

export type PortfolioSearch = {
  q?: string;
  state?: string;
  impactLevel?: ListInput["impactLevel"];
  autonomyLevel?: ListInput["autonomyLevel"];
  jurisdiction?: string;
  riskOwnerId?: string;
  sort?: ListInput["sort"];
  dir?: ListInput["dir"];
  cursor?: string;
};

export const IMPACT_LEVELS: readonly ImpactLevel[] = ["minimal", "medium", "high"];
export const AUTONOMY_LEVELS: readonly AutonomyLevel[] = ["low", "medium", "high"];
export const SORT_COLUMNS: readonly SortColumn[] = ["name", "updatedAt", "nextReviewAt", "state"];

/** One page of the register; the table never holds more than this, however large the portfolio. */
export const PAGE_SIZE = 50;
/** The API's own limits, so a hand-edited URL never turns into a refused request. */
const Q_MAX = 200;
const CURSOR_MAX = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATE = /^[a-zA-Z]+(?:\.[a-zA-Z]+)?$/;
const JURISDICTION = /^[A-Z0-9-]{2,10}$/;
/** Cursors are base64url, as the API hands them out. */
const CURSOR = /^[A-Za-z0-9_-]+$/;

/** Where a column starts when first chosen: names A–Z, the most recently updated and the soonest review first. */
export const DEFAULT_DIRECTION: Record<SortColumn, SortDirection> = {
  name: "asc",
  updatedAt: "desc",
  nextReviewAt: "asc",
  state: "asc",
};

/** The router reads `?q=2024` as a number: numbers are read back as text. */
const str = (value: unknown): string | undefined => {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  return text !== "" ? text : undefined;
};

const matching = (value: unknown, pattern: RegExp, max = Number.POSITIVE_INFINITY): string | undefined => {
  const text = str(value);
  return text !== undefined && text.length <= max && pattern.test(text) ? text : undefined;
};

/** Keeps only well-formed parameters; anything else in the URL is dropped, never an error. */
export function parsePortfolioSearch(search: Record<string, unknown>): PortfolioSearch {
  const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
    allowed.includes(value as T) ? (value as T) : undefined;
  return {
    q: str(search.q)?.slice(0, Q_MAX),
    state: matching(search.state, STATE, 60),
    impactLevel: pick(search.impactLevel, IMPACT_LEVELS),
    autonomyLevel: pick(search.autonomyLevel, AUTONOMY_LEVELS),
    jurisdiction: matching(str(search.jurisdiction)?.toUpperCase(), JURISDICTION),
    riskOwnerId: matching(search.riskOwnerId, UUID),
    sort: pick(search.sort, SORT_COLUMNS),
    dir: pick(search.dir, ["asc", "desc"] as const),
    cursor: matching(search.cursor, CURSOR, CURSOR_MAX),
  };
}

/** The API input for one page: filters, sort and paging all apply on the server. */
export function listInput(search: PortfolioSearch): ListInput {
  return {
    q: search.q,
    state: search.state,
    impactLevel: search.impactLevel,
    autonomyLevel: search.autonomyLevel,
    jurisdiction: search.jurisdiction,
    riskOwnerId: search.riskOwnerId,
    sort: search.sort ?? "name",
    dir: search.dir ?? DEFAULT_DIRECTION[search.sort ?? "name"],
    cursor: search.cursor,
    limit: PAGE_SIZE,
  };
}

/** Drops unset parameters, so the URL shows only what was chosen. */
function compact(search: PortfolioSearch): PortfolioSearch {
  return Object.fromEntries(
    Object.entries(search).filter(([, value]) => value !== undefined && value !== ""),
  ) as PortfolioSearch;
}

/** A change of filters or sort: back to the first page, since the old cursor means nothing now. */
export function withFilters(search: PortfolioSearch, next: Partial<PortfolioSearch>): PortfolioSearch {
  return compact({ ...search, ...next, cursor: undefined });
}

/** The same view on another page. */
export function withCursor(search: PortfolioSearch, cursor: string | undefined): PortfolioSearch {
  return compact({ ...search, cursor });
}

/** A click on a column heading: the same column flips its direction, another starts at its default. */
export function toggleSort(search: PortfolioSearch, column: SortColumn): PortfolioSearch {
  const current = search.sort ?? "name";
  const dir = search.dir ?? DEFAULT_DIRECTION[current];
  const nextDir = current === column ? (dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[column];
  return withFilters(search, { sort: column, dir: nextDir });
}

/** The sort in effect (the API's default when the URL names none). */
export function effectiveSort(search: PortfolioSearch): { sort: SortColumn; dir: SortDirection } {
  const sort = search.sort ?? "name";
  return { sort, dir: search.dir ?? DEFAULT_DIRECTION[sort] };
}

export function hasFilters(search: PortfolioSearch): boolean {
  return Boolean(
    search.q ||
      search.state ||
      search.impactLevel ||
      search.autonomyLevel ||
      search.jurisdiction ||
      search.riskOwnerId,
  );
}

/** Everything that defines the list except the page: a cursor is only meaningful within one view. */
export function viewKey(search: PortfolioSearch): string {
  const { sort, dir } = effectiveSort(search);
  return JSON.stringify([
    search.q ?? "",
    search.state ?? "",
    search.impactLevel ?? "",
    search.autonomyLevel ?? "",
    search.jurisdiction ?? "",
    search.riskOwnerId ?? "",
    sort,
    dir,
  ]);
}

/**
 * The pages walked through with "Next", so "Previous" knows where to go back to. Keyset cursors
 * only point forward; remembering the way (per view and cursor, not as a stack) keeps it right
 * when the browser's back and forward buttons move through the pages too. A page reached some
 * other way (a reload, a shared link) goes back to the first page, and its position is unknown.
 */
export class CursorTrail {
  readonly #previous = new Map<string, string | undefined>();
  readonly #index = new Map<string, number>();

  #key(view: string, cursor: string): string {
    return `${view}\n${cursor}`;
  }

  /** Records the step from the page at `from` (undefined: the first) to the page at `to`. */
  forward(view: string, from: string | undefined, to: string): void {
    const key = this.#key(view, to);
    this.#previous.set(key, from);
    const fromIndex = this.pageIndex(view, from);
    if (fromIndex === undefined) this.#index.delete(key);
    else this.#index.set(key, fromIndex + 1);
  }

  /** The cursor of the page before the page at `cursor`: undefined for the first page. */
  back(view: string, cursor: string | undefined): string | undefined {
    return cursor === undefined ? undefined : this.#previous.get(this.#key(view, cursor));
  }

  /** 0 for the first page, n for the page n steps of "Next" later; undefined when not known. */
  pageIndex(view: string, cursor: string | undefined): number | undefined {
    return cursor === undefined ? 0 : this.#index.get(this.#key(view, cursor));
  }
}

/** "51–100 of 10,000": the rows a page shows, when its position is known. */
export function pageRange(
  pageIndex: number | undefined,
  shown: number,
  pageSize = PAGE_SIZE,
): { from: number; to: number } | undefined {
  if (pageIndex === undefined || shown === 0) return undefined;
  const from = pageIndex * pageSize + 1;
  return { from, to: from + shown - 1 };
}

export type JurisdictionOption = { code: string; name: string };

/** The jurisdictions modelled in depth come first: Kazakhstan, then the EU. */
export const PRIMARY_JURISDICTIONS = ["KZ", "EU"] as const;

/** Catalogue jurisdictions for a picker: KZ and EU first, the rest by name. */
export function sortJurisdictions<T extends JurisdictionOption>(items: readonly T[]): T[] {
  const rank = (code: string) => {
    const index = (PRIMARY_JURISDICTIONS as readonly string[]).indexOf(code);
    return index === -1 ? PRIMARY_JURISDICTIONS.length : index;
  };
  return [...items].sort((a, b) => rank(a.code) - rank(b.code) || a.name.localeCompare(b.name, "en"));
}
