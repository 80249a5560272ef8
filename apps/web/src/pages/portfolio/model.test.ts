import { describe, expect, it } from "vitest";
import {
  CursorTrail,
  effectiveSort,
  hasFilters,
  listInput,
  PAGE_SIZE,
  type PortfolioSearch,
  pageRange,
  parsePortfolioSearch,
  sortJurisdictions,
  toggleSort,
  viewKey,
  withCursor,
  withFilters,
} from "#pages/portfolio/model.ts";

const OWNER = "0b9a3c1e-5d2f-4a8b-9c7d-1e2f3a4b5c6d";

describe("parsePortfolioSearch", () => {
  it("keeps well-formed parameters", () => {
    expect(
      parsePortfolioSearch({
        q: " chatbot ",
        state: "operating",
        impactLevel: "high",
        autonomyLevel: "low",
        jurisdiction: "kz",
        riskOwnerId: OWNER,
        sort: "nextReviewAt",
        dir: "desc",
        cursor: "WyJhIiwiYiJd",
      }),
    ).toEqual({
      q: "chatbot",
      state: "operating",
      impactLevel: "high",
      autonomyLevel: "low",
      jurisdiction: "KZ",
      riskOwnerId: OWNER,
      sort: "nextReviewAt",
      dir: "desc",
      cursor: "WyJhIiwiYiJd",
    });
  });

  it("accepts dotted child states and sub-national codes", () => {
    const parsed = parsePortfolioSearch({ state: "riskProcess.assessment", jurisdiction: "US-CA" });
    expect(parsed.state).toBe("riskProcess.assessment");
    expect(parsed.jurisdiction).toBe("US-CA");
  });

  it("drops whatever the API would refuse, rather than failing", () => {
    expect(
      parsePortfolioSearch({
        q: "",
        state: "operating.compliant.extra",
        impactLevel: "extreme",
        autonomyLevel: 3,
        jurisdiction: "not a code",
        riskOwnerId: "someone",
        sort: "owner",
        dir: "up",
        cursor: "not a cursor!",
      }),
    ).toEqual({
      q: undefined,
      state: undefined,
      impactLevel: undefined,
      autonomyLevel: undefined,
      jurisdiction: undefined,
      riskOwnerId: undefined,
      sort: undefined,
      dir: undefined,
      cursor: undefined,
    });
  });

  it("reads a number the router parsed back as text, and caps the search at the API's limit", () => {
    expect(parsePortfolioSearch({ q: 2024 }).q).toBe("2024");
    expect(parsePortfolioSearch({ q: "x".repeat(500) }).q).toHaveLength(200);
    expect(parsePortfolioSearch({ cursor: "a".repeat(501) }).cursor).toBeUndefined();
  });
});

describe("listInput", () => {
  it("asks the server for one page, sorted by name A–Z unless the URL says otherwise", () => {
    expect(listInput({})).toMatchObject({ sort: "name", dir: "asc", limit: PAGE_SIZE, cursor: undefined });
    expect(listInput({ sort: "updatedAt" })).toMatchObject({ sort: "updatedAt", dir: "desc" });
    expect(listInput({ sort: "state", dir: "desc", cursor: "abc", state: "operating" })).toMatchObject({
      sort: "state",
      dir: "desc",
      cursor: "abc",
      state: "operating",
    });
  });
});

describe("changing the view", () => {
  const search: PortfolioSearch = { q: "bot", impactLevel: "high", cursor: "abc" };

  it("starts again from the first page when a filter changes, and drops cleared filters", () => {
    expect(withFilters(search, { jurisdiction: "EU" })).toEqual({
      q: "bot",
      impactLevel: "high",
      jurisdiction: "EU",
    });
    expect(withFilters(search, { q: undefined, impactLevel: undefined })).toEqual({});
  });

  it("keeps the filters when paging", () => {
    expect(withCursor(search, "next")).toEqual({ q: "bot", impactLevel: "high", cursor: "next" });
    expect(withCursor(search, undefined)).toEqual({ q: "bot", impactLevel: "high" });
  });

  it("flips the direction of the current column and starts another at its default", () => {
    expect(toggleSort({}, "name")).toEqual({ sort: "name", dir: "desc" });
    expect(toggleSort({ sort: "name", dir: "desc", cursor: "c" }, "name")).toEqual({
      sort: "name",
      dir: "asc",
    });
    expect(toggleSort({ sort: "name" }, "updatedAt")).toEqual({ sort: "updatedAt", dir: "desc" });
    expect(toggleSort({}, "nextReviewAt")).toEqual({ sort: "nextReviewAt", dir: "asc" });
    expect(effectiveSort({})).toEqual({ sort: "name", dir: "asc" });
  });

  it("knows when any filter is set (sort and page are not filters)", () => {
    expect(hasFilters({ sort: "state", cursor: "x" })).toBe(false);
    expect(hasFilters({ riskOwnerId: OWNER })).toBe(true);
  });

  it("gives one view key per set of filters and sort, whatever the page", () => {
    expect(viewKey({ q: "a", cursor: "1" })).toBe(viewKey({ q: "a" }));
    expect(viewKey({ q: "a" })).not.toBe(viewKey({ q: "b" }));
    expect(viewKey({})).toBe(viewKey({ sort: "name", dir: "asc" }));
  });
});

describe("CursorTrail", () => {
  it("goes back the way it came, and knows each page's position", () => {
    const trail = new CursorTrail();
    const view = viewKey({});
    trail.forward(view, undefined, "p2");
    trail.forward(view, "p2", "p3");
    expect(trail.back(view, "p3")).toBe("p2");
    expect(trail.back(view, "p2")).toBeUndefined();
    expect(trail.pageIndex(view, undefined)).toBe(0);
    expect(trail.pageIndex(view, "p3")).toBe(2);
  });

  it("sends a page reached from elsewhere back to the first page, position unknown", () => {
    const trail = new CursorTrail();
    const view = viewKey({});
    expect(trail.back(view, "shared")).toBeUndefined();
    expect(trail.pageIndex(view, "shared")).toBeUndefined();
    trail.forward(view, "shared", "after");
    expect(trail.back(view, "after")).toBe("shared");
    expect(trail.pageIndex(view, "after")).toBeUndefined();
  });

  it("keeps views apart: the same cursor under other filters is another page", () => {
    const trail = new CursorTrail();
    trail.forward(viewKey({ q: "a" }), undefined, "c");
    expect(trail.pageIndex(viewKey({ q: "b" }), "c")).toBeUndefined();
  });
});

describe("pageRange", () => {
  it("numbers the rows of a page when its position is known", () => {
    expect(pageRange(0, 50)).toEqual({ from: 1, to: 50 });
    expect(pageRange(2, 7)).toEqual({ from: 101, to: 107 });
    expect(pageRange(undefined, 50)).toBeUndefined();
    expect(pageRange(0, 0)).toBeUndefined();
  });
});

describe("sortJurisdictions", () => {
  it("puts Kazakhstan and the EU first, then the rest by name", () => {
    const sorted = sortJurisdictions([
      { code: "GB", name: "United Kingdom" },
      { code: "EU", name: "European Union" },
      { code: "BR", name: "Brazil" },
      { code: "KZ", name: "Kazakhstan" },
    ]);
    expect(sorted.map((j) => j.code)).toEqual(["KZ", "EU", "BR", "GB"]);
  });
});
