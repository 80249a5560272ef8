import { describe, expect, it } from "vitest";
import {
  groupByMonth,
  type Instrument,
  instrumentSteps,
  listInput,
  nestByParent,
  parseTrackerSearch,
  parseUpcomingSearch,
  sortInstruments,
  todayIndex,
  todayIso,
} from "#pages/tracker/model.ts";

describe("groupByMonth", () => {
  it("groups changes by month, months ascending, keeping the order within a month", () => {
    const changes = [
      { date: "2026-08-02", id: "a" },
      { date: "2026-08-02", id: "b" },
      { date: "2026-08-31", id: "c" },
      { date: "2026-09-01", id: "d" },
      { date: "2027-08-02", id: "e" },
    ];
    expect(groupByMonth(changes)).toEqual([
      { month: "2026-08", items: [changes[0], changes[1], changes[2]] },
      { month: "2026-09", items: [changes[3]] },
      { month: "2027-08", items: [changes[4]] },
    ]);
  });

  it("copes with an empty list and unsorted input", () => {
    expect(groupByMonth([])).toEqual([]);
    const unsorted = [{ date: "2027-01-10" }, { date: "2026-12-01" }, { date: "2027-01-02" }];
    expect(groupByMonth(unsorted).map((g) => [g.month, g.items.length])).toEqual([
      ["2026-12", 1],
      ["2027-01", 2],
    ]);
  });
});

describe("parseTrackerSearch", () => {
  it("keeps known filters", () => {
    expect(
      parseTrackerSearch({ q: " Kazakh ", status: "in_force", region: "asia", binding: "soft" }),
    ).toEqual({
      q: "Kazakh",
      status: "in_force",
      region: "asia",
      binding: "soft",
    });
  });

  it("drops unknown or empty values and reads numbers as text", () => {
    expect(parseTrackerSearch({ q: "", status: "bogus", region: 3, binding: true })).toEqual({
      q: undefined,
      status: undefined,
      region: undefined,
      binding: undefined,
    });
    expect(parseTrackerSearch({ q: 2024 }).q).toBe("2024");
    expect(parseTrackerSearch({ q: "x".repeat(150) }).q).toHaveLength(100);
  });

  it("becomes the API input", () => {
    expect(listInput({ binding: "binding" }).binding).toBe(true);
    expect(listInput({ binding: "soft" }).binding).toBe(false);
    expect(listInput({}).binding).toBeUndefined();
  });
});

describe("parseUpcomingSearch", () => {
  it("accepts the offered periods only", () => {
    expect(parseUpcomingSearch({ months: 12 })).toEqual({ months: 12 });
    expect(parseUpcomingSearch({ months: "36" })).toEqual({ months: 36 });
    expect(parseUpcomingSearch({ months: 7 })).toEqual({ months: undefined });
    expect(parseUpcomingSearch({})).toEqual({ months: undefined });
  });
});

describe("nestByParent", () => {
  it("puts states and cities under their listed parent", () => {
    const items = [
      { code: "US-CA", parent: "US" },
      { code: "KZ" },
      { code: "US" },
      { code: "US-NYC", parent: "US" },
    ];
    expect(nestByParent(items)).toEqual([
      { item: { code: "KZ" }, children: [] },
      { item: { code: "US" }, children: [items[0], items[3]] },
    ]);
  });

  it("leaves a child whose parent is filtered out on its own line", () => {
    const items = [{ code: "US-CO", parent: "US" }, { code: "KZ" }];
    expect(nestByParent(items)).toEqual([
      { item: items[0], children: [] },
      { item: items[1], children: [] },
    ]);
  });
});

const instrument = (over: Partial<Instrument>): Instrument => ({
  id: "ai-act",
  name: "AI Act",
  status: "phased",
  binding: true,
  timeline: [],
  summary: "…",
  confidence: "P",
  ...over,
});

describe("instrumentSteps", () => {
  it("merges enacted, in force and the timeline, sorted, marking the future", () => {
    const steps = instrumentSteps(
      instrument({
        enacted: "2024-06-13",
        inForce: "2024-08-01",
        timeline: [
          { date: "2026-08-02", what: "High-risk obligations apply", confidence: "P" },
          { date: "2025-02-02", what: "Prohibitions apply", confidence: "S1" },
        ],
      }),
      "2025-09-01",
    );
    expect(steps.map((s) => [s.date, s.kind, s.future])).toEqual([
      ["2024-06-13", "enacted", false],
      ["2024-08-01", "inForce", false],
      ["2025-02-02", "step", false],
      ["2026-08-02", "step", true],
    ]);
    expect(steps[2]?.confidence).toBe("S1");
    expect(todayIndex(steps, "2025-09-01")).toBe(3);
  });

  it("does not repeat the in-force date when a step falls on it", () => {
    const steps = instrumentSteps(
      instrument({
        inForce: "2026-01-18",
        timeline: [{ date: "2026-01-18", what: "Law in force", confidence: "P" }],
      }),
      "2026-01-18",
    );
    expect(steps).toEqual([
      { date: "2026-01-18", kind: "step", what: "Law in force", confidence: "P", future: false },
    ]);
  });

  it("puts today first or last when everything is ahead or behind", () => {
    expect(todayIndex([{ date: "2030-01-01" }], "2026-01-01")).toBe(0);
    expect(todayIndex([{ date: "2020-01-01" }], "2026-01-01")).toBe(1);
    expect(todayIndex([], "2026-01-01")).toBe(0);
  });
});

describe("sortInstruments", () => {
  it("orders by in-force, enacted or first step date, undated last", () => {
    const sorted = sortInstruments([
      instrument({ id: "undated" }),
      instrument({ id: "later", inForce: "2026-01-18" }),
      instrument({ id: "earlier", enacted: "2024-06-13" }),
      instrument({ id: "stepped", timeline: [{ date: "2025-05-01", what: "x", confidence: "M" }] }),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(["earlier", "stepped", "later", "undated"]);
  });
});

describe("todayIso", () => {
  it("uses the local calendar date", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
