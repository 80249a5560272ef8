import { describe, expect, it } from "vitest";
import {
  actionKey,
  actorName,
  changedFields,
  classifyAction,
  flaggedBasis,
  formatValue,
  type HistoryVerification,
  oldestFirst,
  refusalOf,
  screeningOutcome,
  verifyOutcome,
} from "#pages/systems/history-model.ts";

describe("classifyAction", () => {
  it("reads lifecycle events, known register actions and anything else", () => {
    expect(classifyAction("lifecycle.APPROVE")).toEqual({ kind: "lifecycle", event: "APPROVE" });
    expect(classifyAction("lifecycle.RECLASSIFIED")).toEqual({ kind: "lifecycle", event: "RECLASSIFIED" });
    expect(classifyAction("lifecycle.REVIEW_DUE")).toEqual({ kind: "lifecycle", event: "REVIEW_DUE" });
    expect(classifyAction("system.screened")).toEqual({ kind: "known", action: "system.screened" });
    expect(classifyAction("lifecycle.TELEPORT")).toEqual({ kind: "other", action: "lifecycle.TELEPORT" });
    expect(classifyAction("export.made")).toEqual({ kind: "other", action: "export.made" });
    expect(actionKey("system.created")).toBe("system_created");
  });
});

describe("refusalOf", () => {
  it("reads the guard and what was missing from a refused attempt", () => {
    expect(
      refusalOf({
        accepted: false,
        after: { refused: true, guard: "mayApprove", missing: "attach the documentation" },
      }),
    ).toEqual({ guard: "mayApprove", missing: "attach the documentation" });
    expect(refusalOf({ accepted: false, after: null })).toEqual({ guard: null, missing: null });
  });

  it("is null for accepted entries", () => {
    expect(refusalOf({ accepted: true, after: { guard: "x" } })).toBeNull();
  });
});

describe("screeningOutcome", () => {
  it("reads a saved screening's completeness and the practices found", () => {
    expect(
      screeningOutcome({
        action: "system.screened",
        after: { complete: true, found: ["kz.prohibited.other", 3] },
      }),
    ).toEqual({ complete: true, found: ["kz.prohibited.other"] });
    expect(screeningOutcome({ action: "system.screened", after: null })).toEqual({
      complete: false,
      found: [],
    });
    expect(screeningOutcome({ action: "system.updated", after: {} })).toBeNull();
  });
});

describe("flaggedBasis", () => {
  it("flags product policy and inferred, not law or none", () => {
    expect(flaggedBasis("product_policy")).toBe("product_policy");
    expect(flaggedBasis("inferred")).toBe("inferred");
    expect(flaggedBasis("law")).toBeNull();
    expect(flaggedBasis(null)).toBeNull();
  });
});

describe("changedFields", () => {
  it("lists what an update changed, before and after", () => {
    expect(
      changedFields({
        accepted: true,
        before: { name: "A", riskOwnerId: null },
        after: { name: "B", riskOwnerId: "u1" },
      }),
    ).toEqual([
      { field: "name", before: "A", after: "B" },
      { field: "riskOwnerId", before: null, after: "u1" },
    ]);
  });

  it("lists nothing for creations, screenings and refusals", () => {
    expect(changedFields({ accepted: true, before: null, after: { name: "A" } })).toEqual([]);
    expect(changedFields({ accepted: false, before: { a: 1 }, after: { a: 2 } })).toEqual([]);
  });
});

describe("formatValue", () => {
  it("shows values briefly", () => {
    expect(formatValue(null)).toBe("—");
    expect(formatValue("")).toBe("—");
    expect(formatValue(["KZ", "EU"])).toBe("KZ, EU");
    expect(formatValue({ seeksTrustedList: true, processesPersonalData: false, sector: "banking" })).toBe(
      "seeksTrustedList, sector: banking",
    );
    expect(formatValue({ a: false })).toBe("—");
    expect(formatValue(3)).toBe("3");
  });
});

describe("verifyOutcome", () => {
  const base = { entries: 12, headSeq: 12, verifiedAt: new Date(0), brokenInThisSystem: false };
  it("reports an intact chain with the number of entries verified", () => {
    expect(verifyOutcome({ ...base, ok: true, firstBroken: null } as HistoryVerification)).toEqual({
      ok: true,
      entries: 12,
      headSeq: 12,
    });
  });

  it("reports where and how the chain breaks, and whether in this system", () => {
    expect(
      verifyOutcome({
        ...base,
        ok: false,
        firstBroken: { seq: 7, problem: "edited" },
        brokenInThisSystem: true,
      } as HistoryVerification),
    ).toEqual({ ok: false, entries: 12, seq: 7, problem: "edited", inThisSystem: true });
  });
});

describe("ordering and actors", () => {
  it("sorts entries oldest first by sequence number", () => {
    expect(oldestFirst([{ seq: 3 }, { seq: 1 }, { seq: 2 }]).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it("names the member, or the scheduler when no member acted", () => {
    expect(actorName({ actor: { id: "u", name: "Aigerim" }, actorRole: "admin" })).toEqual({
      name: "Aigerim",
      scheduler: false,
    });
    expect(actorName({ actor: null, actorRole: "scheduler" })).toEqual({ name: null, scheduler: true });
  });
});
